"""The supervisor's review: the queue of exceptions, approving, and overriding grade, a deduction or disposition.

Every decision is a new `inspection_audit` row (never an edit) and an outbox row of type `inspection_override`;
an override also changes the item itself, at a new version, and queues it for upstream in the same transaction.
Each use case checks the role itself, so a refusal does not depend on the window hiding a button.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from inspector.domain.flags import NOT_REFUNDABLE
from inspector.domain.review import (DeductionOverrideError, ReviewAction, clean_reason, exception_flags, may_review,
                                     override_deduction)
from inspector.errors import RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.storage.orm import InspectionRow, OperatorRow, ParcelRow, ReturnRow
from inspector.storage.orm_review import InspectionAuditRow
from inspector.usecases.unit_of_work import UnitOfWork

OVERRIDE_RECORD = "inspection_override"


@dataclass(frozen=True)
class ReviewQuery:
    first_day: dt.date
    last_day: dt.date           # inclusive, the site's days like the exports
    station: str | None = None
    open_only: bool = False     # only what no supervisor has decided on yet


@dataclass(frozen=True)
class ReviewItem:
    inspection_id: str
    license_plate: str
    completed_at: dt.datetime
    station: str
    operator_name: str
    rma_number: str | None
    customer_reason: str | None
    sku: str | None
    description: str
    exceptions: tuple[str, ...]
    grade: str | None
    proposed_disposition: str
    disposition: str
    disposition_reason: str | None
    currency: str | None
    unit_price: Decimal | None
    deduction_total: Decimal | None
    refund: Decimal | None
    findings: tuple[tuple[str, Decimal | None], ...]
    review_state: str           # open | approved | overridden
    version: int


@dataclass(frozen=True)
class Decision:
    inspection_id: str
    supervisor_id: str
    station: str
    at: dt.datetime


@dataclass(frozen=True)
class Approve(Decision):
    note: str = ""


@dataclass(frozen=True)
class OverrideGrade(Decision):
    grade: str
    reason: str


@dataclass(frozen=True)
class OverrideDeduction(Decision):
    finding: str
    amount: str                 # as typed; parsed in the item's currency
    reason: str


@dataclass(frozen=True)
class OverrideDisposition(Decision):
    disposition: str
    reason: str


@dataclass(frozen=True)
class AuditEntry:
    id: str
    inspection_id: str
    action: str
    before: dict[str, Any]
    after: dict[str, Any]
    reason: str
    operator_name: str
    station: str
    at: dt.datetime


def require_supervisor(uow: UnitOfWork, operator_id: str) -> OperatorRow:
    """The active supervisor behind `operator_id`, else RefusedError. Every supervisor use case (review, insight,
    export) calls this inside its unit of work, so the refusal never depends on what a window shows."""
    row = uow.session.get(OperatorRow, operator_id)
    if row is None or not row.active or not may_review(row.role):
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Only a supervisor can review and override inspections."))
    return row


def require_day(day: dt.date | None) -> dt.date:
    """A day a person typed: None (half typed, or no such day as 2026-02-30) is refused, saying how to write one."""
    if day is None:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Write each day as YYYY-MM-DD, e.g. {example}."),
                           example="2026-11-19")
    return day


def require_range(first_day: dt.date, last_day: dt.date) -> None:
    """A range of days, both included, must not end before it starts."""
    if last_day < first_day:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "The range ends ({last}) before it starts ({first})."),
                           first=first_day.isoformat(), last=last_day.isoformat())


def _state(actions: list[str]) -> str:
    if any(a != ReviewAction.APPROVE for a in actions):
        return "overridden"
    return "approved" if actions else "open"


def review_queue(query: ReviewQuery, supervisor_id: str, uow: UnitOfWork) -> list[ReviewItem]:
    require_range(query.first_day, query.last_day)
    start, end = uow.policy.zone.range_bounds(query.first_day, query.last_day)
    with uow:
        require_supervisor(uow, supervisor_id)
        i = InspectionRow
        stmt = (select(i, OperatorRow.name, ReturnRow.rma_number, ReturnRow.customer_reason)
                .join(OperatorRow, OperatorRow.id == i.operator_id)
                .join(ParcelRow, ParcelRow.id == i.parcel_id)
                .outerjoin(ReturnRow, ReturnRow.id == ParcelRow.return_id)
                .where(i.status == "completed", i.completed_at >= start, i.completed_at < end, i.flags != [])
                .options(selectinload(i.findings))
                .order_by(i.completed_at, i.id))
        if query.station:
            stmt = stmt.where(i.station == query.station)
        rows = [(r, name, rma, reason) for r, name, rma, reason in uow.session.execute(stmt)
                if exception_flags(r.flags)]
        actions: dict[str, list[str]] = {}
        ids = [r.id for r, *_ in rows]
        for n in range(0, len(ids), 500):
            for inspection_id, action in uow.session.execute(
                    select(InspectionAuditRow.inspection_id, InspectionAuditRow.action)
                    .where(InspectionAuditRow.inspection_id.in_(ids[n:n + 500]))):
                actions.setdefault(inspection_id, []).append(action)
        items = []
        for r, name, rma, reason in rows:
            state = _state(actions.get(r.id, []))
            if query.open_only and state != "open":
                continue
            items.append(ReviewItem(
                r.id, r.license_plate, r.completed_at, r.station, name, rma, reason, r.sku, r.description,
                exception_flags(r.flags), r.grade, r.proposed_disposition, r.disposition, r.disposition_reason,
                r.currency, r.unit_price, r.deduction_total, r.refund,
                tuple((f.code, f.deduction) for f in r.findings), state, r.version))
        return items


def _completed(uow: UnitOfWork, inspection_id: str) -> InspectionRow:
    row = uow.session.get(InspectionRow, inspection_id)
    if row is None or row.status != "completed":
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Only a completed inspection can be reviewed."))
    return row


def _reason(reason: str) -> str:
    kept = clean_reason(reason)
    if not kept:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "An override needs a reason."))
    return kept


def _audit(uow: UnitOfWork, cmd: Decision, row: InspectionRow, action: ReviewAction, before: dict[str, Any],
           after: dict[str, Any], reason: str) -> str:
    audit = InspectionAuditRow(id=str(uuid.uuid4()), inspection_id=row.id, action=action.value, before=before,
                               after=after, reason=reason, operator_id=cmd.supervisor_id, station=cmd.station,
                               at=cmd.at, inspection_version=row.version, version=1)
    uow.session.add(audit)
    uow.session.flush()
    uow.record_change(OVERRIDE_RECORD, audit.id, 1, cmd.at)
    return audit.id


def _changed(uow: UnitOfWork, cmd: Decision, row: InspectionRow) -> None:
    row.version += 1
    uow.session.flush()
    uow.record_change("item_inspection", row.id, row.version, cmd.at)


def approve(cmd: Approve, uow: UnitOfWork) -> str:
    """Accepts the inspection as recorded; returns the audit row's id."""
    with uow:
        require_supervisor(uow, cmd.supervisor_id)
        row = _completed(uow, cmd.inspection_id)
        audit_id = _audit(uow, cmd, row, ReviewAction.APPROVE, {"review": "open"}, {"review": "approved"},
                          clean_reason(cmd.note))
        uow.commit()
        return audit_id


def override_grade(cmd: OverrideGrade, uow: UnitOfWork) -> str:
    grade = cmd.grade.strip().upper()
    if grade not in uow.policy.grade_codes:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Grade {grade} is not on this site's scale ({scale})."),
                           grade=cmd.grade, scale=", ".join(uow.policy.grade_codes))
    with uow:
        require_supervisor(uow, cmd.supervisor_id)
        reason = _reason(cmd.reason)
        row = _completed(uow, cmd.inspection_id)
        if row.grade == grade:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "The item already has that value."))
        before = {"grade": row.grade}
        row.grade = grade
        _changed(uow, cmd, row)
        audit_id = _audit(uow, cmd, row, ReviewAction.GRADE, before, {"grade": grade}, reason)
        uow.commit()
        return audit_id


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def override_deduction_of(cmd: OverrideDeduction, uow: UnitOfWork) -> str:
    with uow:
        require_supervisor(uow, cmd.supervisor_id)
        reason = _reason(cmd.reason)
        row = _completed(uow, cmd.inspection_id)
        if row.unit_price is None or row.currency is None:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "This item has no paid price to deduct from."))
        amounts = {f.code: f.deduction for f in row.findings}
        refundable = not (set(row.flags) & {f.value for f in NOT_REFUNDABLE})
        try:
            change = override_deduction(row.unit_price, row.currency, amounts, cmd.finding, cmd.amount, refundable)
        except DeductionOverrideError as exc:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "That deduction cannot be set: {why}"), why=str(exc))
        finding = next(f for f in row.findings if f.code == cmd.finding)
        if finding.deduction == change.amounts[cmd.finding]:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "The item already has that value."))
        before = {"finding": cmd.finding, "deduction": _money(finding.deduction),
                  "deduction_total": _money(row.deduction_total), "refund": _money(row.refund)}
        finding.deduction = change.amounts[cmd.finding]
        finding.basis = f"set by supervisor: {reason}"[:255]
        row.deduction_total, row.refund = change.total, change.refund
        _changed(uow, cmd, row)
        after = {"finding": cmd.finding, "deduction": _money(finding.deduction),
                 "deduction_total": _money(change.total), "refund": _money(change.refund)}
        audit_id = _audit(uow, cmd, row, ReviewAction.DEDUCTION, before, after, reason)
        uow.commit()
        return audit_id


def override_disposition(cmd: OverrideDisposition, uow: UnitOfWork) -> str:
    if not uow.policy.has_disposition(cmd.disposition):
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Unknown disposition {code}."), code=cmd.disposition)
    with uow:
        require_supervisor(uow, cmd.supervisor_id)
        reason = _reason(cmd.reason)
        row = _completed(uow, cmd.inspection_id)
        if row.disposition == cmd.disposition:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "The item already has that value."))
        before = {"disposition": row.disposition, "bin": row.bin, "disposition_reason": row.disposition_reason}
        row.disposition, row.disposition_reason = cmd.disposition, reason
        row.bin = uow.policy.disposition(cmd.disposition).bin
        _changed(uow, cmd, row)
        after = {"disposition": row.disposition, "bin": row.bin, "disposition_reason": reason}
        audit_id = _audit(uow, cmd, row, ReviewAction.DISPOSITION, before, after, reason)
        uow.commit()
        return audit_id


def audit_trail(inspection_id: str, uow: UnitOfWork) -> list[AuditEntry]:
    with uow:
        rows = uow.session.execute(
            select(InspectionAuditRow, OperatorRow.name).join(OperatorRow, OperatorRow.id ==
                                                              InspectionAuditRow.operator_id)
            .where(InspectionAuditRow.inspection_id == inspection_id).order_by(InspectionAuditRow.at,
                                                                               InspectionAuditRow.id))
        return [AuditEntry(a.id, a.inspection_id, a.action, dict(a.before), dict(a.after), a.reason, name,
                           a.station, a.at) for a, name in rows]
