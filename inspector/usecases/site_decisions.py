"""Decisions that cross benches (issue 17): a supervisor's decision made at another station on this bench's own
inspection, pulled from the hub and applied here; and this bench's decision that the hub refused, undone here.

The owning bench alone writes its items. When a desk decides on one of them, the bench pulls the decision, keeps it as
a copy in its audit trail (origin 'site') and makes the change itself, as the review use cases do, at a new version
queued upstream: so its records, its label and the hub agree, and every desk's copy follows. Applying is idempotent
by the decision's id.

A decision the hub refused (another supervisor decided first, or four eyes) counts for nothing: its row notes the
hub's reason, what it changed is put back where nothing has changed it since, and the outcome and the hold are worked
out again without it (the owner's item at a new version queued upstream; a desk's copy in place, as its owner never
heard of the change).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from inspector.domain.flags import NOT_REFUNDABLE
from inspector.domain.policy import Policy
from inspector.domain.review import (DeductionOverrideError, ReviewAction, based_on, current_version,
                                     override_deduction)
from inspector.storage.orm import OWN, SITE_COPY, InspectionRow, OperatorRow
from inspector.storage.orm_review import InspectionAuditRow
from inspector.sync.site_copies import ensure_operators
from inspector.usecases.outcome_override import CHOOSABLE, set_outcome
from inspector.usecases.review import decided_version, set_deduction, set_disposition, set_grade
from inspector.usecases.unit_assessment import redecide
from inspector.usecases.unit_of_work import UnitOfWork

ITEM_RECORD = "item_inspection"


@dataclass(frozen=True)
class PulledDecision:
    """A decision the hub accepted from another station, on an inspection of this bench (checked in shape by
    `inspector.sync.decision_pull`)."""
    id: str
    station: str
    inspection_id: str
    action: str
    before: dict[str, Any]
    after: dict[str, Any]
    reason: str
    operator_id: str
    at: dt.datetime
    inspection_version: int           # the version it produced
    based_on_version: int | None


@dataclass(frozen=True)
class ApplyPulledDecisions:
    decisions: list[PulledDecision]
    at: dt.datetime                   # when pulled: the time of the outbox rows


@dataclass(frozen=True)
class AppliedDecisions:
    applied: int = 0                  # stored, and the item changed where the decision changes something
    known: int = 0                    # already here (a page pulled again)
    # Never to be stored (not an inspection of this bench), or stored but their change does not fit the item here.
    set_aside: list[tuple[str, str]] = field(default_factory=list)


class _DoesNotFit(ValueError):
    pass


def apply_pulled_decisions(cmd: ApplyPulledDecisions, uow: UnitOfWork) -> AppliedDecisions:
    """Stores each decision as a copy in the audit trail and makes its change to the item, in one transaction."""
    applied, known, set_aside = 0, 0, []
    with uow:
        session = uow.session
        for d in cmd.decisions:
            if session.get(InspectionAuditRow, d.id) is not None:
                known += 1
                continue
            row = session.get(InspectionRow, d.inspection_id)
            if row is None or row.origin != OWN:
                set_aside.append((d.id, f"inspection {d.inspection_id} is not one of this bench's"))
                continue
            if session.get(OperatorRow, d.operator_id) is None:
                # A supervisor this bench has not pulled (or one the site's team never had: an account made at a
                # desk before the site): a placeholder keeps the foreign key, so the decision is applied now rather
                # than waiting for a person who may never come. The team pull fills it in.
                ensure_operators(uow.connection, {d.operator_id: d.at.isoformat()})
            was = decided_version(uow, row)
            try:
                changed = _make_change(uow, row, d)
            except _DoesNotFit as exc:
                changed = False
                set_aside.append((d.id, f"stored, but its change does not fit this item: {exc}"))
            session.add(InspectionAuditRow(
                id=d.id, inspection_id=d.inspection_id, action=d.action, before=d.before, after=d.after,
                reason=d.reason[:255], operator_id=d.operator_id, station=d.station, at=d.at,
                inspection_version=d.inspection_version, version=1, origin=SITE_COPY,
                based_on_version=d.based_on_version))
            if changed:
                # Past both what this bench knew and what the decision produced: the hub's version only moves on.
                row.version = max(was + 1, d.inspection_version)
                session.flush()
                uow.record_change(ITEM_RECORD, row.id, row.version, cmd.at)
            session.flush()
            applied += 1
        uow.commit()
    return AppliedDecisions(applied, known, set_aside)


def _make_change(uow: UnitOfWork, row: InspectionRow, d: PulledDecision) -> bool:
    """The decision's change to the item, as the review use cases make it; False when it changes nothing here."""
    after = d.after
    if d.action == ReviewAction.APPROVE:
        return False
    if d.action == ReviewAction.GRADE:
        grade = after.get("grade")
        if not isinstance(grade, str) or not grade:
            raise _DoesNotFit("no grade")
        if row.grade == grade:
            return False
        set_grade(row, uow, grade)
        return True
    if d.action == ReviewAction.DEDUCTION:
        code, amount = after.get("finding"), after.get("deduction")
        if not isinstance(code, str) or not isinstance(amount, str):
            raise _DoesNotFit("no finding or amount")
        finding = next((f for f in row.findings if f.code == code), None)
        if finding is None:
            raise _DoesNotFit(f"no finding {code}")
        if finding.deduction is not None and str(finding.deduction) == amount:
            return False
        try:
            set_deduction(row, uow, code, amount, d.reason)
        except DeductionOverrideError as exc:
            raise _DoesNotFit(str(exc)) from None
        return True
    if d.action == ReviewAction.DISPOSITION:
        disposition, reason = after.get("disposition"), after.get("disposition_reason")
        if not isinstance(disposition, str) or not disposition:
            raise _DoesNotFit("no disposition")
        if row.disposition == disposition:
            return False
        set_disposition(row, uow, disposition, reason if isinstance(reason, str) else d.reason,
                        after.get("bin") if isinstance(after.get("bin"), str) else None)
        return True
    if d.action == ReviewAction.OUTCOME:
        outcome = next((o for o in CHOOSABLE if o.value == after.get("outcome")), None)
        if outcome is None:
            raise _DoesNotFit("no outcome")
        before, now = set_outcome(row, uow, outcome)
        return before != now
    raise _DoesNotFit(f"unknown action {d.action}")


# -- refused by the hub ---------------------------------------------------------------------------------------------

class _Joined(UnitOfWork):
    """The caller's transaction seen as a unit of work, so the refusal works the item out as the use cases do; it is
    never entered nor committed here (the caller's transaction is)."""

    def __init__(self, conn: Connection, session: Session, policy: Policy) -> None:
        self.policy = policy
        self._connection, self._session = conn, session


def note_refusals(conn: Connection, refused: Mapping[str, str], at: dt.datetime, policy: Policy) -> int:
    """Notes the hub's reason on each of this bench's decisions it refused, and undoes their change; in the caller's
    transaction (the outbox's acknowledgement). Returns how many were newly refused."""
    session = Session(bind=conn, autoflush=True, expire_on_commit=False)
    uow = _Joined(conn, session, policy)
    newly = 0
    try:
        for audit_id, reason in refused.items():
            audit = session.get(InspectionAuditRow, audit_id)
            if audit is None or audit.origin != OWN or audit.refused_reason is not None:
                continue   # refused before (a retry refused again): undone already
            # Noted first: from here on the decision counts for nothing, so the item is worked out without it.
            audit.refused_reason = reason[:512]
            session.flush()
            newly += 1
            row = session.get(InspectionRow, audit.inspection_id)
            if row is not None and _undo(uow, row, audit):
                _undone(uow, row, at)
        session.flush()
    finally:
        session.close()
    return newly


def _undone(uow: UnitOfWork, row: InspectionRow, at: dt.datetime) -> None:
    """The owner's item goes up again at a new version; a desk's copy is only put back, never queued."""
    if row.origin != OWN:
        return
    a = InspectionAuditRow
    produced = uow.session.scalar(select(func.max(a.inspection_version))
                                  .where(a.inspection_id == row.id, a.refused_reason.is_(None)))
    row.version = current_version(row.version, () if produced is None else (produced,)) + 1
    uow.session.flush()
    uow.record_change(ITEM_RECORD, row.id, row.version, at)


def _undo(uow: UnitOfWork, row: InspectionRow, audit: InspectionAuditRow) -> bool:
    """Puts back the fields the refused decision changed, where they still hold what it set (a later change stays),
    then works the outcome and the hold out again without it. A desk's copy is left alone once its owner's newer
    version has replaced it. True when something was put back."""
    before, after = dict(audit.before), dict(audit.after)
    if row.origin != OWN and row.version > based_on(audit.action, audit.inspection_version, audit.based_on_version):
        return False
    if audit.action == ReviewAction.GRADE:
        if row.grade != after.get("grade"):
            return False
        row.grade = before.get("grade")
    elif audit.action == ReviewAction.DISPOSITION:
        if row.disposition != after.get("disposition"):
            return False
        row.disposition = before.get("disposition") or row.disposition
        row.bin = before.get("bin") or row.bin
        row.disposition_reason = before.get("disposition_reason")
    elif audit.action == ReviewAction.DEDUCTION:
        if not _undo_deduction(row, before, after):
            return False
    elif audit.action == ReviewAction.OUTCOME:
        # Nothing to put back but the outcome itself, which the rules (or an earlier decision) give again: the
        # `before` of a row from before migration 0008 has no outcome to copy.
        if row.outcome != after.get("outcome"):
            return False
        return redecide(uow, row)
    else:
        return False
    redecide(uow, row)
    return True


def _undo_deduction(row: InspectionRow, before: dict[str, Any], after: dict[str, Any]) -> bool:
    finding = next((f for f in row.findings if f.code == after.get("finding")), None)
    if finding is None or row.unit_price is None or row.currency is None:
        return False
    if (None if finding.deduction is None else str(finding.deduction)) != after.get("deduction"):
        return False
    amounts = {f.code: f.deduction for f in row.findings}
    refundable = not (set(row.flags) & {f.value for f in NOT_REFUNDABLE})
    previous = before.get("deduction")
    # The total and refund worked out again from the findings, as the override did (others may have changed).
    try:
        change = override_deduction(row.unit_price, row.currency, amounts, finding.code,
                                    previous if isinstance(previous, str) else "0", refundable)
    except DeductionOverrideError:
        return False
    finding.deduction = Decimal(previous) if isinstance(previous, str) else None
    row.deduction_total, row.refund = change.total, change.refund
    return True
