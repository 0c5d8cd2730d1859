"""Read side of the bench: builds the frozen parcel and item views in one short read transaction."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, or_, select

from inspector.bench.state import (Cue, ExpectedLineView, FindingView, InspectedElsewhere, ItemView, ParcelView,
                                   ReturnChoice, ScanLogEntry)
from inspector.domain import weights
from inspector.domain.flags import Flag
from inspector.domain.fraud import Risk
from inspector.domain.outcomes import Outcome, stored_outcome
from inspector.domain.photo_rules import photo_needed_sentence
from inspector.domain.policy import Policy
from inspector.domain.review import ReviewAction
from inspector.i18n import QT_TRANSLATE_NOOP, Text, text
from inspector.storage.orm import OWN, FindingRow, InspectionRow, ParcelRow, ReturnLineRow, ReturnRow, ScanLogRow
from inspector.storage.orm_review import InspectionAuditRow
from inspector.storage.snapshots import load_return
from inspector.usecases.line_progress import inspected_elsewhere
from inspector.usecases.photos import PhotoView, photos_of
from inspector.usecases.unit_assessment import COUNTED_MATCHES
from inspector.usecases.unit_of_work import UnitOfWork

_inspections = InspectionRow.__table__
_parcels = ParcelRow.__table__
_findings = FindingRow.__table__
_scan_log = ScanLogRow.__table__
_returns, _lines = ReturnRow.__table__, ReturnLineRow.__table__
_audit = InspectionAuditRow.__table__
# Built once and run on the connection, not through the ORM: these are read on every scan (see load_return).
_PARCEL = select(_parcels.c.id, _parcels.c.tracking_number, _parcels.c.return_id, _parcels.c.packaging_condition,
                 _parcels.c.flags, _parcels.c.weight_g, _parcels.c.expected_weight_g, _parcels.c.weight_source
                 ).where(_parcels.c.id == bindparam("id"))
_ITEM_BY_ID = select(_inspections).where(_inspections.c.id == bindparam("key"))
# A scanned label finds this bench's own items only, never a desk's copy of another station's.
_ITEM_BY_PLATE = select(_inspections).where(_inspections.c.license_plate == bindparam("key"),
                                            _inspections.c.origin == OWN)
_FINDINGS = (select(_findings.c.code, _findings.c.deduction, _findings.c.basis)
             .where(_findings.c.inspection_id == bindparam("id")))
_COUNTED_MATCHES = COUNTED_MATCHES   # units that use up a line's expected quantity
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
    Flag.PARCEL_WEIGHT_OFF: QT_TRANSLATE_NOOP("bench", "The parcel does not weigh what the return's items should."),
    Flag.EMPTY_BOX: QT_TRANSLATE_NOOP("bench", "The parcel weighs hardly more than its packaging: it may be empty."),
    Flag.MISSING_ITEMS: QT_TRANSLATE_NOOP("bench", "Units of the return were not in this parcel."),
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
        lines=lines, items_done=items_done, weight_g=parcel.weight_g, expected_weight_g=parcel.expected_weight_g,
        weight_source=parcel.weight_source, weight_detail=_weight_detail(parcel, uow.policy))


def _weight_detail(parcel: Any, policy: Policy) -> str:
    if parcel.weight_g is None or parcel.expected_weight_g is None:
        return ""
    return weights.describe(parcel.weight_g, parcel.expected_weight_g, policy.fraud.weight)


def item_view(row: Any, findings: Iterable[Any], policy: Policy, chosen: bool = False,
              photos: tuple[PhotoView, ...] = ()) -> ItemView:
    """From an inspection's stored columns (a Core row), its findings (code, deduction, basis) and live photos."""
    checked = {f.code: f for f in findings}
    views = tuple(
        FindingView(d.code, d.label, d.code in checked,
                    checked[d.code].deduction if d.code in checked else None,
                    checked[d.code].basis if d.code in checked else "")
        for d in policy.damage_types)
    description = row.description or _unnamed(row)
    outcome, amount = stored_outcome(row.outcome, row.outcome_amount, row.refund)
    if row.outcome is None and row.refund is None:
        amount = None     # nothing worked out yet (a unit not on a paid line): the box shows a dash
    return ItemView(
        id=row.id, license_plate=row.license_plate, sku=row.sku, gtin=row.gtin, description=description,
        serial=row.serial, lot=row.lot, expiry=row.expiry, match_kind=row.match_kind, flags=tuple(row.flags),
        grade=row.grade, findings=views, deduction_total=row.deduction_total, refund=row.refund,
        unit_price=row.unit_price, currency=row.currency, proposed_disposition=row.proposed_disposition,
        disposition=row.disposition, disposition_reason=row.disposition_reason, bin=row.bin, note=row.note,
        status=row.status, requested_outcome=row.requested_outcome, outcome=outcome.value, outcome_amount=amount,
        outcome_basis=row.outcome_basis or "", outcome_note=outcome_note(policy, row, outcome, amount, chosen),
        exchange_sku=row.exchange_sku, weight_g=row.weight_g, risk=Risk.from_json(row.risk), photos=photos,
        photo_needed=None if photos or not row.photo_needed else photo_needed_sentence(row.photo_needed, policy))


def outcome_note(policy: Policy, row: Any, outcome: Outcome, amount: Decimal | None,
                 chosen: bool = False) -> Text | None:
    """Why the customer gets what they get, from what is stored on the item, in words the window translates (the
    stored basis is English). `chosen`: the outcome is a supervisor's decision (`supervisor_chose`)."""
    if chosen:
        return text(QT_TRANSLATE_NOOP("bench", "chosen by a supervisor"))
    if outcome is Outcome.STORE_CREDIT:
        return _credit_note(amount, row.refund, row.unit_price)
    if outcome is Outcome.EXCHANGE and row.grade is None:
        return text(QT_TRANSLATE_NOOP("bench", "if the grade allows it"))
    if (outcome is Outcome.REFUND and row.requested_outcome == Outcome.EXCHANGE.value and row.exchange_sku
            and row.grade is not None):
        return text(QT_TRANSLATE_NOOP("bench", "exchange asked; it needs grade {lowest} or better"),
                    lowest=policy.outcomes.exchange_min_grade or "-")
    if outcome is Outcome.SUPERVISOR:
        return text(QT_TRANSLATE_NOOP("bench", "a supervisor decides"))
    if outcome is Outcome.NONE:
        return text(QT_TRANSLATE_NOOP("bench", "not refundable"))
    return None


def _credit_note(amount: Decimal | None, refund: Decimal | None, price: Decimal | None) -> Text | None:
    """Store credit on the whole price (deductions waived) or on the refund, and the bonus over it in percent."""
    if amount is None or refund is None or price is None:
        return None
    waived = refund < price <= amount
    base = price if waived else refund
    bonus = round((amount - base) * 100 / base, 1).normalize() if base > 0 and amount > base else None
    if waived:
        return (text(QT_TRANSLATE_NOOP("bench", "deductions waived, +{bonus}%"), bonus=format(bonus, "f"))
                if bonus else text(QT_TRANSLATE_NOOP("bench", "deductions waived")))
    return (text(QT_TRANSLATE_NOOP("bench", "after deductions, +{bonus}%"), bonus=format(bonus, "f"))
            if bonus else None)


_CHOSEN = (select(_audit.c.after).where(_audit.c.inspection_id == bindparam("id"),
                                        _audit.c.action == ReviewAction.OUTCOME.value,
                                        _audit.c.refused_reason.is_(None))
           .order_by(_audit.c.at.desc()).limit(1))


def supervisor_chose(uow: UnitOfWork, row: Any) -> bool:
    """True when the item's outcome is what a supervisor's kept outcome decision set (the latest one): a later
    re-assessment that changed the outcome or its amount ends that."""
    after = uow.connection.execute(_CHOSEN, {"id": row.id}).scalar()
    if not after or after.get("outcome") != row.outcome:
        return False
    amount = after.get("outcome_amount")
    return (None if amount is None else Decimal(amount)) == row.outcome_amount


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
    return item_view(row, uow.connection.execute(_FINDINGS, {"id": row.id}).all(), uow.policy,
                     supervisor_chose(uow, row), photos_of(uow, row.id))


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
