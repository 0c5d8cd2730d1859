"""What the other benches of the site have inspected against a return's lines, as the hub last served it.

The site knows a return line by its RMA number and line number. The hub serves each return with its progress per
line and station (`inspector.hub.progress`); the bench keeps the other stations' part in `return_line_progress`,
replaced whole per return at each pull. Its own station's part it counts from its own rows, which are fresher.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, insert, select

from inspector.storage.orm import LineProgressRow
from inspector.usecases.unit_of_work import UnitOfWork

_progress = LineProgressRow.__table__
# Read on every item scan and every parcel view: the primary key (rma_number, line_no, station) answers it.
_ELSEWHERE = (select(_progress.c.line_no, _progress.c.station, _progress.c.inspected)
              .where(_progress.c.rma_number == bindparam("rma"), _progress.c.inspected > 0)
              .order_by(_progress.c.line_no, _progress.c.station))
_FORGET = delete(_progress).where(_progress.c.rma_number.in_(bindparam("rmas", expanding=True)))
_KEEP = insert(_progress)


@dataclass(frozen=True)
class LineProgress:
    line_no: int
    station: str
    inspected: int


@dataclass(frozen=True)
class ReplaceLineProgress:
    progress: Mapping[str, Sequence[LineProgress]]   # by RMA number: every return here is replaced whole
    own_station: str | None                          # whose counts are left out (the bench counts its own rows)


def replace_line_progress(cmd: ReplaceLineProgress, uow: UnitOfWork) -> int:
    """Replaces the other stations' progress of each return given; returns the rows kept."""
    if not cmd.progress:
        return 0
    rows = [{"rma_number": rma, "line_no": p.line_no, "station": p.station, "inspected": p.inspected}
            for rma, entries in cmd.progress.items() for p in entries
            if p.station != cmd.own_station and p.inspected > 0]
    with uow:
        rmas = list(cmd.progress)
        for start in range(0, len(rmas), 500):
            uow.connection.execute(_FORGET, {"rmas": rmas[start:start + 500]})
        if rows:
            uow.connection.execute(_KEEP, rows)
        uow.commit()
    return len(rows)


def inspected_elsewhere(uow: UnitOfWork, rma_number: str) -> list[LineProgress]:
    """The other stations' counts against the return's lines, by line and station, inside the caller's
    transaction."""
    return [LineProgress(line_no, station, inspected)
            for line_no, station, inspected in uow.connection.execute(_ELSEWHERE, {"rma": rma_number})]
