"""What policy derives from what is recorded about one unit: flags, deductions, disposition, outcome and risk.

An item in hand is assessed whole (`assess`). A completed item keeps its flags and deductions as recorded (and as a
supervisor overrode them): only its outcome (`redecide`) and its risk (`refresh_risk`) are worked out again, when a
grade or deduction is overridden, or when its parcel's weight or completion brings new evidence.

An item whose risk reaches the policy's threshold carries `Flag.HELD_FOR_REVIEW`; only a supervisor's approval or
outcome decision releases it (`inspector.usecases.review`, `inspector.usecases.outcome_override`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, func, select

from inspector.domain import weights
from inspector.domain.assessment import assess_unit, unit_flags
from inspector.domain.deductions import DeductionLine, DeductionResult
from inspector.domain.flags import Flag
from inspector.domain.fraud import Risk, UnitEvidence, assess_risk, unit_reasons
from inspector.domain.matching import Match, MatchKind
from inspector.domain.outcomes import Outcome, OutcomeResult, chosen_outcome, decide_outcome, deductions_with
from inspector.domain.photo_rules import photo_needed
from inspector.domain.policy import Policy
from inspector.domain.returns import Return, ReturnLine
from inspector.domain.review import ReviewAction
from inspector.storage.orm import OWN, InspectionRow, ParcelRow
from inspector.storage.orm_review import InspectionAuditRow
from inspector.storage.snapshots import load_return
from inspector.usecases.line_progress import inspected_elsewhere
from inspector.usecases.unit_of_work import UnitOfWork

HELD = Flag.HELD_FOR_REVIEW.value
PARCEL_SIGNALS = frozenset({Flag.PARCEL_WEIGHT_OFF.value, Flag.EMPTY_BOX.value, Flag.MISSING_ITEMS.value})
WEIGHED_FLAGS = frozenset({Flag.PARCEL_WEIGHT_OFF.value, Flag.EMPTY_BOX.value})

# What uses up a line's quantity: a unit matched to it, with a serial it did not list or without the serial it needs.
COUNTED_MATCHES = (MatchKind.MATCHED.value, MatchKind.SERIAL_MISMATCH.value, MatchKind.SERIAL_MISSING.value)
_inspections = InspectionRow.__table__
_INSPECTED_PER_LINE = (select(_inspections.c.return_line_id, func.count())
                       .where(_inspections.c.return_line_id.in_(bindparam("line_ids", expanding=True)),
                              _inspections.c.status != "cancelled",
                              # A desk's copies of other stations' units are counted in their station's progress.
                              _inspections.c.origin == OWN,
                              _inspections.c.match_kind.in_(COUNTED_MATCHES))
                       .group_by(_inspections.c.return_line_id))


def inspected_per_line(uow: UnitOfWork, rma: Return) -> dict[str, int]:
    """Units already inspected against each of the return's lines (cancelled ones and mismatches do not count), at
    this bench and, as the hub last served it, at the site's other benches (`inspector.hub.progress` counts theirs
    by the same rule)."""
    counted = dict(uow.connection.execute(_INSPECTED_PER_LINE, {"line_ids": [ln.id for ln in rma.lines]}).all())
    line_ids = {ln.line_no: ln.id for ln in rma.lines}
    for elsewhere in inspected_elsewhere(uow, rma.rma_number):
        line_id = line_ids.get(elsewhere.line_no)
        if line_id is not None:
            counted[line_id] = counted.get(line_id, 0) + elsewhere.inspected
    return counted


def missing_units(uow: UnitOfWork, rma: Return) -> tuple[int, int]:
    """(units still expected, units on the return) over the return's lines, here and at the other benches."""
    counted = inspected_per_line(uow, rma)
    expected = sum(ln.quantity for ln in rma.lines)
    return sum(max(0, ln.quantity - counted.get(ln.id, 0)) for ln in rma.lines), expected


def missing_detail(missing: int, expected: int) -> str:
    return f"{missing} of {expected} units not received"


@dataclass(frozen=True)
class ParcelEvidence:
    """What the unit's parcel says: its weight and completion flags, with the detail of each."""
    flags: frozenset[str] = frozenset()
    detail: Mapping[str, str] = field(default_factory=dict)


def parcel_evidence(uow: UnitOfWork, flags: Iterable[str], weight_g: int | None, expected_weight_g: int | None,
                    rma: Return | None, missing: tuple[int, int] | None = None) -> ParcelEvidence:
    """From a parcel's stored columns (an ORM row or a Core row of them); reads the return's progress only when the
    parcel is flagged `missing_items` (never while an item is scanned: that flag comes when the parcel is done) and
    the caller has not counted it already (`missing`, as `missing_units` gives it)."""
    present = frozenset(flags) & PARCEL_SIGNALS
    if not present:
        return ParcelEvidence()
    detail: dict[str, str] = {}
    if present & WEIGHED_FLAGS and weight_g is not None and expected_weight_g is not None:
        text = weights.describe(weight_g, expected_weight_g, uow.policy.fraud.weight)
        detail.update((flag, text) for flag in present & WEIGHED_FLAGS)
    if Flag.MISSING_ITEMS.value in present and rma is not None:
        detail[Flag.MISSING_ITEMS.value] = missing_detail(*(missing or missing_units(uow, rma)))
    return ParcelEvidence(present, detail)


def parcel_evidence_of(uow: UnitOfWork, parcel: ParcelRow, rma: Return | None,
                       missing: tuple[int, int] | None = None) -> ParcelEvidence:
    return parcel_evidence(uow, parcel.flags or (), parcel.weight_g, parcel.expected_weight_g, rma, missing)


def unit_risk(policy: Policy, flags: Iterable[str], findings: Iterable[str], rma: Return | None,
              line: ReturnLine | None, weight_g: int | None, parcel: ParcelEvidence) -> Risk:
    evidence = UnitEvidence(flags=frozenset(flags) - {HELD}, findings=frozenset(findings),
                            customer_reason=rma.customer_reason if rma else "", weight_g=weight_g,
                            expected_weight_g=line.unit_weight_g if line else None, parcel_flags=parcel.flags,
                            parcel_detail=parcel.detail, customer=rma.customer if rma else None)
    return assess_risk(policy, unit_reasons(policy, evidence))


def risk_json(risk: Risk) -> dict[str, Any] | None:
    """As stored and sent upstream: nothing for a unit without any signal."""
    return risk.to_json() if risk.reasons else None


def with_hold(flags: Iterable[str], risk: Risk) -> list[str]:
    kept = set(flags) - {HELD}
    if risk.held:
        kept.add(HELD)
    return sorted(kept)


def outcome_values(result: OutcomeResult) -> dict[str, Any]:
    return {"outcome": result.outcome.value, "outcome_amount": result.amount, "outcome_basis": result.basis[:255]}


@dataclass(frozen=True)
class Recorded:
    """What the operator recorded about a unit, and what it is judged with."""
    match: Match
    rma: Return | None
    received_on: dt.date
    grade: str | None = None
    findings: tuple[str, ...] = ()
    chosen: str | None = None               # a disposition picked over the proposed one (with a reason)
    requested_outcome: str | None = None
    exchange_sku: str | None = None
    weight_g: int | None = None
    parcel: ParcelEvidence = ParcelEvidence()


def assess(policy: Policy, unit: Recorded) -> tuple[dict[str, Any], dict[str, DeductionLine]]:
    """The columns to store for an item in hand, and the deduction of each finding."""
    result = assess_unit(policy, unit.match, unit_flags(policy, unit.match, unit.rma, unit.received_on),
                         unit.grade, unit.findings, unit.chosen)
    disposition = result.proposed_disposition if unit.chosen is None else unit.chosen
    risk = unit_risk(policy, result.flags, unit.findings, unit.rma, unit.match.line, unit.weight_g, unit.parcel)
    decided = decide_outcome(policy, unit.requested_outcome, unit.grade, frozenset(result.flags), result.deductions,
                             unit.exchange_sku)
    values: dict[str, Any] = {"flags": with_hold(result.flags, risk),
                              "proposed_disposition": result.proposed_disposition, "disposition": disposition,
                              "bin": policy.disposition(disposition).bin, "risk": risk_json(risk),
                              "photo_needed": photo_needed(policy.photos, unit.grade, unit.findings, result.flags,
                                                           result.deductions.total if result.deductions else None),
                              **outcome_values(decided)}
    if result.deductions is None:
        return values, {}
    values.update(deduction_total=result.deductions.total, refund=result.deductions.refund)
    return values, {ln.finding: ln for ln in result.deductions.lines}


# -- completed items ------------------------------------------------------------------------------------------------

def _context(uow: UnitOfWork, row: InspectionRow, rma: Return | None = None) -> tuple[Return | None,
                                                                                      ReturnLine | None]:
    if rma is None and row.parcel.return_id is not None:
        rma = load_return(uow.connection, row.parcel.return_id)
    line = next((ln for ln in rma.lines if ln.id == row.return_line_id), None) if rma else None
    return rma, line


def stored_deductions(row: InspectionRow) -> DeductionResult | None:
    """The item's deductions as recorded (a supervisor's override included)."""
    if row.unit_price is None or row.currency is None or row.refund is None:
        return None
    return deductions_with(row.refund, row.deduction_total or Decimal(0), row.unit_price, row.currency)


def supervisor_outcome(uow: UnitOfWork, inspection_id: str) -> str | None:
    """The outcome a supervisor chose for the item (the latest decision the hub did not refuse), if any."""
    a = InspectionAuditRow
    after = uow.session.scalars(select(a.after).where(a.inspection_id == inspection_id,
                                                      a.action == ReviewAction.OUTCOME.value,
                                                      a.refused_reason.is_(None))
                                .order_by(a.at.desc(), a.id.desc()).limit(1)).first()
    chosen = after.get("outcome") if isinstance(after, dict) else None
    return chosen if isinstance(chosen, str) and chosen in {o.value for o in Outcome} else None


def decided_outcome(uow: UnitOfWork, row: InspectionRow) -> OutcomeResult:
    deductions = stored_deductions(row)
    chosen = supervisor_outcome(uow, row.id)
    if chosen is not None:
        return chosen_outcome(uow.policy, Outcome(chosen), deductions, row.exchange_sku)
    return decide_outcome(uow.policy, row.requested_outcome, row.grade, frozenset(row.flags), deductions,
                          row.exchange_sku)


def refresh_risk(uow: UnitOfWork, row: InspectionRow, parcel: ParcelEvidence | None = None,
                 rma: Return | None = None) -> bool:
    """The completed item's risk and hold worked out again; True when they changed."""
    rma, line = _context(uow, row, rma)
    if parcel is None:
        parcel = parcel_evidence_of(uow, row.parcel, rma)
    risk = unit_risk(uow.policy, row.flags, [f.code for f in row.findings], rma, line, row.weight_g, parcel)
    flags, stored = with_hold(row.flags, risk), risk_json(risk)
    if flags == sorted(row.flags) and stored == row.risk:
        return False
    row.flags, row.risk = flags, stored
    return True


def redecide(uow: UnitOfWork, row: InspectionRow) -> bool:
    """The completed item's outcome (and risk) worked out again after a supervisor's change; True when changed."""
    # A desk's copy keeps the risk its owner worked out: the desk may lack the evidence (the return, its customer).
    changed = refresh_risk(uow, row) if row.origin == OWN else False
    values = outcome_values(decided_outcome(uow, row))
    if any(getattr(row, column) != value for column, value in values.items()):
        for column, value in values.items():
            setattr(row, column, value)
        changed = True
    return changed
