"""Reading records in their upstream form for a batch, many at a time (Core selects, no ORM objects).

The record is read as it is when sent, not as it was when the outbox row was written: several changes to one record
go up once, at its newest version. A type with no reader here is set aside by the sender, never sent half-formed;
the supervisor's overrides and voids plug in by adding a reader.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, Date, Result, String, Table, select, type_coerce

from inspector.storage.orm import (BadgeEventRow, FindingRow, InspectionRow, MoneyText, ParcelRow, ReturnLineRow,
                                   ReturnRow, UtcDateTime)
from inspector.storage.orm_photos import InspectionPhotoRow
from inspector.storage.orm_review import InspectionAuditRow
from inspector.usecases.records import (badge_event_record, inspection_record, override_record, parcel_record,
                                        photo_record)

Reader = Callable[[Connection, Sequence[str]], dict[str, dict[str, Any]]]

_parcels, _returns = ParcelRow.__table__, ReturnRow.__table__
_inspections, _findings, _lines = InspectionRow.__table__, FindingRow.__table__, ReturnLineRow.__table__


def _as_stored(table: Table) -> list[Any]:
    """The table's columns, with times, dates and money read as the text stored (see `usecases.records`)."""
    return [type_coerce(c, String).label(c.name) if isinstance(c.type, (UtcDateTime, MoneyText, Date)) else c
            for c in table.c]


_PARCELS = (select(*_as_stored(_parcels), _returns.c.rma_number.label("rma_number"))
            .select_from(_parcels.outerjoin(_returns, _parcels.c.return_id == _returns.c.id)))
# The return line by the site's identity (RMA number and line number): the bench's row id means nothing elsewhere.
_RMA_OF_LINE = _returns.alias("line_return")
# The customer is the parcel's return's (an item off the return, with no line, was still sent back by them).
_PARCEL_OF_ITEM, _RETURN_OF_PARCEL = _parcels.alias("item_parcel"), _returns.alias("parcel_return")
_INSPECTIONS = (select(*_as_stored(_inspections), _RMA_OF_LINE.c.rma_number.label("line_rma_number"),
                       _lines.c.line_no.label("line_no"), _RETURN_OF_PARCEL.c.customer_id.label("customer_id"))
                .select_from(_inspections.outerjoin(_lines, _inspections.c.return_line_id == _lines.c.id)
                             .outerjoin(_RMA_OF_LINE, _lines.c.return_id == _RMA_OF_LINE.c.id)
                             .outerjoin(_PARCEL_OF_ITEM, _inspections.c.parcel_id == _PARCEL_OF_ITEM.c.id)
                             .outerjoin(_RETURN_OF_PARCEL, _PARCEL_OF_ITEM.c.return_id == _RETURN_OF_PARCEL.c.id)))
_FINDINGS = select(*_as_stored(_findings))
_FINDINGS_ORDER = (_findings.c.inspection_id, _findings.c.code)   # as the ORM relationship orders them


def _plain(result: Result[Any]) -> Iterator[SimpleNamespace]:
    # The record builders read attributes; a SimpleNamespace answers them at C speed, a SQLAlchemy Row does not, and
    # zipping the column names once per result costs a third of `Row._asdict()` per row (the sender's reading time
    # is the bench's share of a push).
    names = tuple(result.keys())
    return (SimpleNamespace(**dict(zip(names, row))) for row in result.all())


def read_parcels(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    rows = _plain(conn.execute(_PARCELS.where(_parcels.c.id.in_(ids))))
    return {row.id: parcel_record(row, row.rma_number) for row in rows}  # type: ignore[arg-type]


def read_inspections(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    findings: dict[str, list[Any]] = defaultdict(list)
    for row in conn.execute(_FINDINGS.where(_findings.c.inspection_id.in_(ids)).order_by(*_FINDINGS_ORDER)).all():
        findings[row.inspection_id].append(row)
    rows = _plain(conn.execute(_INSPECTIONS.where(_inspections.c.id.in_(ids))))
    return {row.id: inspection_record(row, findings.get(row.id, ())) for row in rows}  # type: ignore[arg-type]


def read_overrides(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    audit = InspectionAuditRow.__table__
    rows = _plain(conn.execute(select(*_as_stored(audit)).where(audit.c.id.in_(ids))))
    return {row.id: override_record(row) for row in rows}


def read_badge_events(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    events = BadgeEventRow.__table__
    rows = _plain(conn.execute(select(*_as_stored(events)).where(events.c.id.in_(ids))))
    return {row.id: badge_event_record(row) for row in rows}


def read_photos(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    photos = InspectionPhotoRow.__table__
    rows = _plain(conn.execute(select(*_as_stored(photos)).where(photos.c.id.in_(ids))))
    return {row.id: photo_record(row) for row in rows}


READERS: dict[str, Reader] = {
    "parcel_receipt": read_parcels,
    "item_inspection": read_inspections,
    "inspection_override": read_overrides,
    "badge_event": read_badge_events,
    "inspection_photo": read_photos,
}
