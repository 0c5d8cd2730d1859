"""Read side of the bench: builds the frozen parcel and item views in one short read transaction."""
from __future__ import annotations


from collections import Counter

from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload

from inspector.bench.state import ExpectedLineView, FindingView, ItemView, ParcelView, ScanLogEntry, Cue
from inspector.domain.flags import Flag
from inspector.domain.policy import Policy
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.storage.orm import InspectionRow, ParcelRow, ReturnRow, ScanLogRow
from inspector.usecases.unit_of_work import UnitOfWork

_inspections = InspectionRow.__table__
_COUNTED_MATCHES = ("matched", "serial_mismatch")   # units that use up a line's expected quantity

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


def _parcel_view(uow: UnitOfWork, parcel: ParcelRow) -> ParcelView:
    # Read on every scan, so it is kept to three small indexed queries: the parcel, its return with the lines
    # (one join), and the inspections that count (this parcel's, and any against the return's lines).
    rma = None
    if parcel.return_id:
        rma = uow.session.scalar(select(ReturnRow).options(joinedload(ReturnRow.lines))
                                 .where(ReturnRow.id == parcel.return_id))
    line_ids = [ln.id for ln in rma.lines] if rma is not None else []
    counted = uow.connection.execute(
        select(_inspections.c.return_line_id, _inspections.c.parcel_id, _inspections.c.match_kind)
        .where(_inspections.c.status == "completed",
               or_(_inspections.c.parcel_id == parcel.id, _inspections.c.return_line_id.in_(line_ids)))).all()
    per_line = Counter(line for line, _parcel, kind in counted if kind in _COUNTED_MATCHES)
    items_done = sum(1 for _line, in_parcel, _kind in counted if in_parcel == parcel.id)
    lines = tuple(ExpectedLineView(ln.id, ln.line_no, ln.sku, ln.gtin, ln.description, ln.quantity,
                                   per_line.get(ln.id, 0), ln.unit_price, ln.currency, ln.category)
                  for ln in (rma.lines if rma is not None else ()))
    return ParcelView(
        id=parcel.id, tracking_number=parcel.tracking_number, rma_number=rma.rma_number if rma else None,
        order_number=rma.order_number if rma else None, customer_reason=rma.customer_reason if rma else None,
        delivered_on=rma.delivered_on if rma else None, packaging_condition=parcel.packaging_condition,
        flags=tuple(parcel.flags), warnings=parcel_warnings(parcel.flags),
        lines=lines, items_done=items_done)


def item_view(row: InspectionRow, policy: Policy) -> ItemView:
    checked = {f.code: f for f in row.findings}
    findings = tuple(
        FindingView(d.code, d.label, d.code in checked,
                    checked[d.code].deduction if d.code in checked else None,
                    checked[d.code].basis if d.code in checked else "")
        for d in policy.damage_types)
    description = row.description or (f"Not on the return: {row.sku or row.gtin or row.scanned_text}")
    return ItemView(
        id=row.id, license_plate=row.license_plate, sku=row.sku, gtin=row.gtin, description=description,
        serial=row.serial, lot=row.lot, expiry=row.expiry, match_kind=row.match_kind, flags=tuple(row.flags),
        grade=row.grade, findings=findings, deduction_total=row.deduction_total, refund=row.refund,
        unit_price=row.unit_price, currency=row.currency, proposed_disposition=row.proposed_disposition,
        disposition=row.disposition, disposition_reason=row.disposition_reason, bin=row.bin, note=row.note,
        status=row.status)


def load_views(uow: UnitOfWork, parcel_id: str | None, item_id: str | None
               ) -> tuple[ParcelView | None, ItemView | None]:
    with uow:
        parcel = uow.session.get(ParcelRow, parcel_id) if parcel_id else None
        item = (uow.session.get(InspectionRow, item_id, options=[joinedload(InspectionRow.findings)])
                if item_id else None)
        return (None if parcel is None else _parcel_view(uow, parcel),
                None if item is None else item_view(item, uow.policy))


def load_item(uow: UnitOfWork, item_id: str) -> ItemView | None:
    with uow:
        row = uow.session.get(InspectionRow, item_id)
        return None if row is None else item_view(row, uow.policy)


def find_by_license_plate(uow: UnitOfWork, plate: str) -> ItemView | None:
    with uow:
        row = uow.session.scalar(select(InspectionRow).where(InspectionRow.license_plate == plate))
        return None if row is None else item_view(row, uow.policy)


def recent_scans(uow: UnitOfWork, station: str, limit: int) -> tuple[ScanLogEntry, ...]:
    with uow:
        rows = uow.session.scalars(select(ScanLogRow).where(ScanLogRow.station == station)
                                   .order_by(ScanLogRow.id.desc()).limit(limit)).all()
        return tuple(ScanLogEntry(r.at, r.text, Cue(r.cue), r.message) for r in reversed(rows))
