"""Everything policy says about one inspected unit: flags, deductions, refund, proposed disposition."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from inspector.domain.deductions import DeductionResult, compute_deductions
from inspector.domain.dispositions import propose_disposition
from inspector.domain.flags import NOT_REFUNDABLE, Flag, outside_window
from inspector.domain.matching import Match, MatchKind
from inspector.domain.policy import Policy
from inspector.domain.returns import Return, ReturnStatus

_MATCH_FLAGS = {
    MatchKind.NO_RETURN: Flag.UNEXPECTED_PARCEL,
    MatchKind.WRONG_ITEM: Flag.WRONG_ITEM,
    MatchKind.EXTRA_QUANTITY: Flag.EXTRA_QUANTITY,
    MatchKind.SERIAL_MISMATCH: Flag.SERIAL_MISMATCH,
    MatchKind.SERIAL_MISSING: Flag.SERIAL_MISSING,
}


@dataclass(frozen=True)
class Assessment:
    flags: frozenset[Flag]
    deductions: DeductionResult | None  # None when no paid line is known (nothing to refund from)
    proposed_disposition: str

    @property
    def refund(self) -> Decimal | None:
        return None if self.deductions is None else self.deductions.refund


def unit_flags(policy: Policy, match: Match, rma: Return | None, received_on: dt.date) -> frozenset[Flag]:
    """Flags that follow from what was scanned and when, before any grading."""
    flags: set[Flag] = set()
    if match.kind in _MATCH_FLAGS:
        flags.add(_MATCH_FLAGS[match.kind])
    if rma is not None:
        if outside_window(rma.delivered_on, received_on, policy.return_window_days):
            flags.add(Flag.OUTSIDE_WINDOW)
        if rma.status is not ReturnStatus.OPEN:
            flags.add(Flag.RETURN_NOT_OPEN)
    if match.line is not None and match.line.category in policy.non_returnable_categories:
        flags.add(Flag.NON_RETURNABLE)
    return frozenset(flags)


def assess_unit(policy: Policy, match: Match, base_flags: Iterable[Flag], grade: str | None,
                findings: Iterable[str], chosen_disposition: str | None = None) -> Assessment:
    findings = frozenset(findings)
    flags = set(base_flags)
    deductions = None
    if match.line is not None:
        deductions = compute_deductions(policy, match.line.unit_price, match.line.currency, findings,
                                        refundable=not (flags & NOT_REFUNDABLE))
        if deductions.percent_of_price > policy.review_deduction_threshold_percent and deductions.total > 0:
            flags.add(Flag.OVER_DEDUCTION_THRESHOLD)
    proposed = propose_disposition(policy, grade, findings, flags)
    if chosen_disposition is not None and chosen_disposition != proposed:
        flags.add(Flag.DISPOSITION_OVERRIDDEN)
    return Assessment(frozenset(flags), deductions, proposed)
