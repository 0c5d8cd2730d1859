"""Every scan at the bench with what came of it: the shift list, and the answer to "why was this rejected"."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import insert

from inspector.scans.keyboard_wedge import storable
from inspector.storage.orm import ScanLogRow
from inspector.usecases.unit_of_work import UnitOfWork

# Built once: one row per scan, so this is on the bench's hot path.
_INSERT = insert(ScanLogRow.__table__)
TEXT_LIMIT = 512   # the columns' size


@dataclass(frozen=True)
class RecordScan:
    station: str
    operator_id: str | None
    at: dt.datetime
    text: str
    cue: str
    message: str


def record_scan(cmd: RecordScan, uow: UnitOfWork) -> None:
    """Whatever the scan's text, it is written: half a UTF-16 pair (which SQLite's UTF-8 cannot hold) as an escape."""
    with uow:
        uow.connection.execute(_INSERT, {"station": cmd.station, "operator_id": cmd.operator_id, "at": cmd.at,
                                         "text": storable(cmd.text)[:TEXT_LIMIT], "cue": cmd.cue,
                                         "message": storable(cmd.message)[:TEXT_LIMIT]})
        uow.commit()
