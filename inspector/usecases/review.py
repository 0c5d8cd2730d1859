"""The supervisor's review: the queue of exceptions, approving, and overriding grade, a deduction or disposition
(the outcome: `inspector.usecases.outcome_override`).

Every decision is a new `inspection_audit` row (never an edit) and an outbox row of type `inspection_override`;
an override also changes the item itself, at a new version, and queues it for upstream in the same transaction.
Each use case checks the role itself, so a refusal does not depend on the window hiding a button.

Across the site (issue 17) a decision carries the inspection's version it was based on, and the hub applies the first
decision at a version. At a supervisor desk the item may be another station's (a copy): the decision goes up, the
copy shows it at once, but the copy itself is never queued nor moved to a new version (its owner pulls the decision
and writes the new version, which reaches the desk with the site feed). A decision the hub refused
(`refused_reason`) counts for nothing, here and in the review state. Four eyes: nobody decides on their own
inspection, unless the site's policy says otherwise.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from inspector.domain.flags import NOT_REFUNDABLE, Flag
from inspector.domain.fraud import Reason
from inspector.domain.outcomes import Outcome
from inspector.domain.review import (RELEASING, DeductionOverrideError, ReviewAction, breaks_four_eyes, clean_reason,
                                     current_version, exception_flags, may_review, override_deduction)
from inspector.errors import RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.storage.orm import OWN, InspectionRow, OperatorRow
from inspector.storage.orm_review import InspectionAuditRow
from inspector.usecases.review_rows import PhotoRef, queue_rows
from inspector.usecases.unit_assessment import redecide
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
    # This bench's latest decision on it that the hub refused (another supervisor decided first: who, and when).
    refused: str | None = None
    outcome: str = Outcome.REFUND.value
    outcome_amount: Decimal | None = None
    outcome_basis: str = ""
    exchange_sku: str | None = None
    risk_reasons: tuple[Reason, ...] = ()
    held: bool = False          # held for review and not yet released (approved, or its outcome decided)
    photos: tuple[PhotoRef, ...] = ()   # live photos, oldest first


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
    refused_reason: str | None = None     # the hub refused it: it counts for nothing
    origin: str = OWN                     # "site": decided at another station, pulled from the hub


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


def _state(actions: list[str], held: bool = False) -> str:
    """A held item stays open until a decision releases it (an approval or an outcome), whatever else is changed."""
    if held and not any(a in RELEASING for a in actions):
        return "open"
    if any(a != ReviewAction.APPROVE for a in actions):
        return "overridden"
    return "approved" if actions else "open"


def review_queue(query: ReviewQuery, supervisor_id: str, uow: UnitOfWork) -> list[ReviewItem]:
    require_range(query.first_day, query.last_day)
    start, end = uow.policy.zone.range_bounds(query.first_day, query.last_day)
    with uow:
        require_supervisor(uow, supervisor_id)
        rows, findings, decided, photos = queue_rows(uow.connection, start, end, query.station or None)
        items, exceptions_of = [], {}    # flags -> exceptions: a day repeats a few flag lists many times
        for r in rows:
            exceptions = exceptions_of.get(r.flags)
            if exceptions is None:
                exceptions = exceptions_of[r.flags] = exception_flags(r.flags)
            if not exceptions:
                continue
            # Every decision counts, this bench's and those pulled from the site, but one the hub refused: so a
            # hold leaves every desk's queue once one desk decided and both synced.
            decisions = decided.get(r.id, ())
            kept = [d for d in decisions if d.refused is None]
            actions = [d.action for d in kept]
            flagged = Flag.HELD_FOR_REVIEW.value in r.flags
            state = _state(actions, flagged)
            if query.open_only and state != "open":
                continue
            refused = next((d.refused for d in reversed(decisions) if d.refused is not None), None)
            items.append(ReviewItem(
                r.id, r.license_plate, r.completed_at, r.station, r.operator_name, r.rma_number, r.customer_reason,
                r.sku, r.description, exceptions, r.grade, r.proposed_disposition, r.disposition,
                r.disposition_reason, r.currency, r.unit_price, r.deduction_total, r.refund,
                tuple(findings.get(r.id, ())), state,
                current_version(r.version, [d.produced_version for d in kept]), refused, r.outcome, r.outcome_amount,
                r.outcome_basis, r.exchange_sku, r.risk.reasons, flagged and not any(a in RELEASING for a in actions),
                tuple(photos.get(r.id, ()))))
        return items


def _completed(uow: UnitOfWork, inspection_id: str) -> InspectionRow:
    row = uow.session.get(InspectionRow, inspection_id)
    if row is None or row.status != "completed":
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Only a completed inspection can be reviewed."))
    return row


def require_reason(reason: str) -> str:
    kept = clean_reason(reason)
    if not kept:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "An override needs a reason."))
    return kept


def decided_version(uow: UnitOfWork, row: InspectionRow) -> int:
    """The inspection's version as this bench knows it: its row, or what a decision made on it since produced (a
    desk's copy keeps its owner's version until the owner's next one arrives). Refused decisions count for nothing."""
    a = InspectionAuditRow
    produced = uow.session.scalar(select(func.max(a.inspection_version))
                                  .where(a.inspection_id == row.id, a.refused_reason.is_(None)))
    return current_version(row.version, () if produced is None else (produced,))


@dataclass(frozen=True)
class Deciding:
    row: InspectionRow
    based_on: int         # the version decided on; the decision produces the next one


def deciding_on(uow: UnitOfWork, cmd: Decision) -> Deciding:
    """Checks that this supervisor may decide on this item now (role, completed, four eyes)."""
    require_supervisor(uow, cmd.supervisor_id)
    row = _completed(uow, cmd.inspection_id)
    if breaks_four_eyes(row.operator_id, cmd.supervisor_id, uow.policy.site.four_eyes):
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "You inspected this item yourself: another supervisor must "
                                                      "approve, override or release it."))
    return Deciding(row, decided_version(uow, row))


def write_audit(uow: UnitOfWork, cmd: Decision, deciding: Deciding, action: ReviewAction,
                before: dict[str, Any], after: dict[str, Any], reason: str) -> str:
    audit = InspectionAuditRow(id=str(uuid.uuid4()), inspection_id=deciding.row.id, action=action.value,
                               before=before, after=after, reason=reason, operator_id=cmd.supervisor_id,
                               station=cmd.station, at=cmd.at, inspection_version=deciding.based_on + 1, version=1,
                               based_on_version=deciding.based_on)
    uow.session.add(audit)
    uow.session.flush()
    uow.record_change(OVERRIDE_RECORD, audit.id, 1, cmd.at)
    return audit.id


def item_changed(uow: UnitOfWork, at: dt.datetime, row: InspectionRow, version: int) -> None:
    """The item's change goes upstream at `version`, if the item is this bench's own. A desk's copy of another
    station's item shows the change at once but is never queued, nor moved to a new version: its owner writes it."""
    if row.origin != OWN:
        return
    row.version = version
    uow.session.flush()
    uow.record_change("item_inspection", row.id, row.version, at)


def approve(cmd: Approve, uow: UnitOfWork) -> str:
    """Accepts the inspection as recorded (releases a hold); returns the audit row's id."""
    with uow:
        deciding = deciding_on(uow, cmd)
        audit_id = write_audit(uow, cmd, deciding, ReviewAction.APPROVE, {"review": "open"}, {"review": "approved"},
                               clean_reason(cmd.note))
        uow.commit()
        return audit_id


def _grade_of(uow: UnitOfWork, grade: str) -> str:
    code = grade.strip().upper()
    if code not in uow.policy.grade_codes:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Grade {grade} is not on this site's scale ({scale})."),
                           grade=grade, scale=", ".join(uow.policy.grade_codes))
    return code


def set_grade(row: InspectionRow, uow: UnitOfWork, grade: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The change itself (before, after), here and when a decision made elsewhere is pulled; the outcome follows
    the grade (an exchange needs a good enough one)."""
    before = {"grade": row.grade}
    row.grade = grade
    redecide(uow, row)
    return before, {"grade": grade}


def override_grade(cmd: OverrideGrade, uow: UnitOfWork) -> str:
    grade = _grade_of(uow, cmd.grade)
    with uow:
        deciding = deciding_on(uow, cmd)
        reason = require_reason(cmd.reason)
        row = deciding.row
        if row.grade == grade:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "The item already has that value."))
        before, after = set_grade(row, uow, grade)
        item_changed(uow, cmd.at, row, deciding.based_on + 1)
        audit_id = write_audit(uow, cmd, deciding, ReviewAction.GRADE, before, after, reason)
        uow.commit()
        return audit_id


def money_text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def set_deduction(row: InspectionRow, uow: UnitOfWork, code: str, amount: str, reason: str,
                  refuse_same: bool = False) -> tuple[dict[str, Any], dict[str, Any]]:
    """One finding's deduction, with the total, the refund and the outcome worked out again
    (DeductionOverrideError if it cannot be set on this item)."""
    if row.unit_price is None or row.currency is None:
        raise DeductionOverrideError("this item has no paid price to deduct from")
    amounts = {f.code: f.deduction for f in row.findings}
    refundable = not (set(row.flags) & {f.value for f in NOT_REFUNDABLE})
    change = override_deduction(row.unit_price, row.currency, amounts, code, amount, refundable)
    finding = next(f for f in row.findings if f.code == code)
    if refuse_same and finding.deduction == change.amounts[code]:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "The item already has that value."))
    before = {"finding": code, "deduction": money_text(finding.deduction),
              "deduction_total": money_text(row.deduction_total), "refund": money_text(row.refund)}
    finding.deduction = change.amounts[code]
    finding.basis = f"set by supervisor: {reason}"[:255]
    row.deduction_total, row.refund = change.total, change.refund
    redecide(uow, row)
    after = {"finding": code, "deduction": money_text(finding.deduction),
             "deduction_total": money_text(change.total), "refund": money_text(change.refund)}
    return before, after


def override_deduction_of(cmd: OverrideDeduction, uow: UnitOfWork) -> str:
    with uow:
        deciding = deciding_on(uow, cmd)
        reason = require_reason(cmd.reason)
        row = deciding.row
        if row.unit_price is None or row.currency is None:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "This item has no paid price to deduct from."))
        try:
            before, after = set_deduction(row, uow, cmd.finding, cmd.amount, reason, refuse_same=True)
        except DeductionOverrideError as exc:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "That deduction cannot be set: {why}"), why=str(exc))
        item_changed(uow, cmd.at, row, deciding.based_on + 1)
        audit_id = write_audit(uow, cmd, deciding, ReviewAction.DEDUCTION, before, after, reason)
        uow.commit()
        return audit_id


def set_disposition(row: InspectionRow, uow: UnitOfWork, disposition: str, reason: str,
                    bin_if_unknown: str | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The disposition and the bin this site's policy gives it (`bin_if_unknown` where the policy lacks it)."""
    before = {"disposition": row.disposition, "bin": row.bin, "disposition_reason": row.disposition_reason}
    row.disposition, row.disposition_reason = disposition, reason
    row.bin = uow.policy.disposition(disposition).bin if uow.policy.has_disposition(disposition) else \
        (bin_if_unknown or row.bin)
    return before, {"disposition": row.disposition, "bin": row.bin, "disposition_reason": reason}


def override_disposition(cmd: OverrideDisposition, uow: UnitOfWork) -> str:
    if not uow.policy.has_disposition(cmd.disposition):
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Unknown disposition {code}."), code=cmd.disposition)
    with uow:
        deciding = deciding_on(uow, cmd)
        reason = require_reason(cmd.reason)
        row = deciding.row
        if row.disposition == cmd.disposition:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "The item already has that value."))
        before, after = set_disposition(row, uow, cmd.disposition, reason)
        item_changed(uow, cmd.at, row, deciding.based_on + 1)
        audit_id = write_audit(uow, cmd, deciding, ReviewAction.DISPOSITION, before, after, reason)
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
                           a.station, a.at, a.refused_reason, a.origin) for a, name in rows]
