"""Read side of the bench: builds the frozen parcel and item views in one short read transaction."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, or_, select

from inspector.bench.state import (Cue, ExpectedLineView, FindingView, InspectedElsewhere, ItemView, ParcelView,
                                   ReturnChoice, ScanLogEntry)
from inspector.domain.flags import Flag
from inspector.domain.policy import Policy
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.storage.orm import OWN, FindingRow, InspectionRow, ParcelRow, ReturnLineRow, ReturnRow, ScanLogRow
from inspector.storage.snapshots import load_return
from inspector.usecases.line_progress import inspected_elsewhere
from inspector.usecases.unit_of_work import UnitOfWork

_inspections = InspectionRow.__table__
_parcels = ParcelRow.__table__
_findings = FindingRow.__table__
_scan_log = ScanLogRow.__table__
_returns, _lines = ReturnRow.__table__, ReturnLineRow.__table__
# Built once and run on the connection, not through the ORM: these are read on every scan (see load_return).
_PARCEL = select(_parcels.c.id, _parcels.c.tracking_number, _parcels.c.return_id, _parcels.c.packaging_condition,
                 _parcels.c.flags).where(_parcels.c.id == bindparam("id"))
_ITEM_BY_ID = select(_inspections).where(_inspections.c.id == bindparam("key"))
# A scanned label finds this bench's own items only, never a desk's copy of another station's.
_ITEM_BY_PLATE = select(_inspections).where(_inspections.c.license_plate == bindparam("key"),
                                            _inspections.c.origin == OWN)
_FINDINGS = (select(_findings.c.code, _findings.c.deduction, _findings.c.basis)
             .where(_findings.c.inspection_id == bindparam("id")))
_COUNTED_MATCHES = ("matched", "serial_mismatch")   # units that use up a line's expected quantity
_COUNTED = (select(_inspections.c.return_line_id, _inspections.c.parcel_id, _inspections.c.match_kind)
            .where(_inspections.c.status == "completed",
                   or_(_inspections.c.parcel_id == bindparam("parcel_id"),
                       # A desk's copies of other stations' units are in those stations' progress (`elsewhere`).
                       and_(_inspections.c.return_line_id.in_(bindparam("line_ids", expanding=True)),
                            _inspections.c.origin == OWN))))
_CHOICES = (select(_returns.c.rma_number, _returns.c.order_number, _returns.c.customer_reason,
                   _returns.c.delivered_on, func.count(_lines.c.id).label("lines"),
                   func.coalesce(func.sum(_lines.c.quantity), 0).label("units"))
            .select_from(_returns.outerjoin(_lines, _lines.c.return_id == _returns.c.id))
            .where(_returns.c.rma_number.in_(bindparam("rma_numbers", expanding=True)))
            .group_by(_returns.c.id, _returns.c.rma_number, _returns.c.order_number, _returns.c.customer_reason,
                      _returns.c.delivered_on))

_WARNINGS = {
    Flag.UNEXPECTED_PARCEL: QT_TRANSLATE_NOOP("bench", "No return is known for this parcel: it is received as an "
                                                       "unexpected return."),
    Flag.RETURN_NOT_OPEN: QT_TRANSLATE_NOOP("bench", "This return was cancelled or closed upstream: check with a "
                                                     "supervisor."),
    Flag.OUTSIDE_WINDOW: QT_TRANSLATE_NOOP("bench", "Received after the return window closed."),
}


def parcel_warnings(flags: list[str]) -> tuple[str, ...]:
    """Constant texts, so the window can translate each one as it is."""
    return tuple(_WARNINGS[Flag(f)] for f in flags if Flag(f) in _WARNINGS)


def _parcel_view(uow: UnitOfWork, parcel: Any) -> ParcelView:
    # Read on every scan, so it is kept to small indexed queries: the parcel, its return with the lines, the
    # inspections that count (this parcel's, and any against the return's lines), and the other benches' counts.
    rma = load_return(uow.connection, parcel.return_id) if parcel.return_id else None
    line_ids = [ln.id for ln in rma.lines] if rma is not None else []
    counted = uow.connection.execute(_COUNTED, {"parcel_id": parcel.id, "line_ids": line_ids}).all()
    per_line = Counter(line for line, _parcel, kind in counted if kind in _COUNTED_MATCHES)
    items_done = sum(1 for _line, in_parcel, _kind in counted if in_parcel == parcel.id)
    # What the site's other benches inspected against these lines, as the hub last served it.
    elsewhere: dict[int, list[InspectedElsewhere]] = {}
    for progress in (inspected_elsewhere(uow, rma.rma_number) if rma is not None else ()):
        elsewhere.setdefault(progress.line_no, []).append(InspectedElsewhere(progress.station, progress.inspected))
    lines = tuple(ExpectedLineView(ln.id, ln.line_no, ln.sku, ln.gtin, ln.description, ln.quantity,
                                   per_line.get(ln.id, 0) + sum(e.inspected for e in elsewhere.get(ln.line_no, ())),
                                   ln.unit_price, ln.currency, ln.category, tuple(elsewhere.get(ln.line_no, ())))
                  for ln in (rma.lines if rma is not None else ()))
    return ParcelView(
        id=parcel.id, tracking_number=parcel.tracking_number, rma_number=rma.rma_number if rma else None,
        order_number=rma.order_number if rma else None, customer_reason=rma.customer_reason if rma else None,
        delivered_on=rma.delivered_on if rma else None, packaging_condition=parcel.packaging_condition,
        flags=tuple(parcel.flags), warnings=parcel_warnings(parcel.flags),
        lines=lines, items_done=items_done)


def item_view(row: Any, findings: Iterable[Any], policy: Policy) -> ItemView:
    """From an inspection's stored columns (a Core row) and its findings (code, deduction, basis)."""
    checked = {f.code: f for f in findings}
    views = tuple(
        FindingView(d.code, d.label, d.code in checked,
                    checked[d.code].deduction if d.code in checked else None,
                    checked[d.code].basis if d.code in checked else "")
        for d in policy.damage_types)
    description = row.description or _unnamed(row)
    return ItemView(
        id=row.id, license_plate=row.license_plate, sku=row.sku, gtin=row.gtin, description=description,
        serial=row.serial, lot=row.lot, expiry=row.expiry, match_kind=row.match_kind, flags=tuple(row.flags),
        grade=row.grade, findings=views, deduction_total=row.deduction_total, refund=row.refund,
        unit_price=row.unit_price, currency=row.currency, proposed_disposition=row.proposed_disposition,
        disposition=row.disposition, disposition_reason=row.disposition_reason, bin=row.bin, note=row.note,
        status=row.status)


def _unnamed(row: Any) -> str:
    """A name for a unit whose return line has no description (or that has no line): the line's SKU or GTIN when it
    matched one (the row keeps the line's SKU), "Not on the return" only when it truly is not on it."""
    if row.return_line_id is not None:
        return row.sku or row.gtin or row.scanned_text
    return f"Not on the return: {row.sku or row.gtin or row.scanned_text}"


def _read_item(uow: UnitOfWork, statement: Select, key: str) -> ItemView | None:
    row = uow.connection.execute(statement, {"key": key}).first()
    if row is None:
        return None
    return item_view(row, uow.connection.execute(_FINDINGS, {"id": row.id}).all(), uow.policy)


def load_views(uow: UnitOfWork, parcel_id: str | None, item_id: str | None
               ) -> tuple[ParcelView | None, ItemView | None]:
    with uow:
        parcel = uow.connection.execute(_PARCEL, {"id": parcel_id}).first() if parcel_id else None
        return (None if parcel is None else _parcel_view(uow, parcel),
                _read_item(uow, _ITEM_BY_ID, item_id) if item_id else None)


def return_choices(uow: UnitOfWork, rma_numbers: Sequence[str]) -> tuple[ReturnChoice, ...]:
    """The returns to choose from, in the order given."""
    with uow:
        found = {row.rma_number: row for row in uow.connection.execute(_CHOICES, {"rma_numbers": list(rma_numbers)})}
    return tuple(ReturnChoice(row.rma_number, row.order_number, row.customer_reason, row.delivered_on, row.lines,
                              row.units)
                 for row in (found.get(number) for number in rma_numbers) if row is not None)


def load_item(uow: UnitOfWork, item_id: str) -> ItemView | None:
    with uow:
        return _read_item(uow, _ITEM_BY_ID, item_id)


def find_by_license_plate(uow: UnitOfWork, plate: str) -> ItemView | None:
    with uow:
        return _read_item(uow, _ITEM_BY_PLATE, plate)


def scans_since(uow: UnitOfWork, station: str, since: dt.datetime) -> int:
    """How many scans this station logged from `since` on (the shift count; the list keeps only the newest)."""
    with uow:
        return uow.connection.execute(
            select(func.count()).select_from(_scan_log)
            .where(_scan_log.c.station == station, _scan_log.c.at >= since)).scalar_one()


def recent_scans(uow: UnitOfWork, station: str, limit: int) -> tuple[ScanLogEntry, ...]:
    with uow:
        rows = uow.session.scalars(select(ScanLogRow).where(ScanLogRow.station == station)
                                   .order_by(ScanLogRow.id.desc()).limit(limit)).all()
        return tuple(ScanLogEntry(r.at, r.text, Cue(r.cue), r.message) for r in reversed(rows))
