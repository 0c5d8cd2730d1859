"""What the customer gets for a returned unit: a refund, an exchange or store credit (policy `outcomes`).

One function for the bench, the review and pulled decisions: a supervisor's deduction override comes in through
the `DeductionResult` (see `deductions_with`). Each amount is rounded to the currency, the bonus before it is added,
so every step is reproducible.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from inspector.domain.deductions import HUNDRED, DeductionResult
from inspector.domain.flags import NOT_REFUNDABLE, Flag
from inspector.domain.money import round_money
from inspector.domain.policy import Policy


class Outcome(StrEnum):
    REFUND = "refund"
    EXCHANGE = "exchange"
    STORE_CREDIT = "store_credit"
    SUPERVISOR = "supervisor"      # nothing until a supervisor decides
    NONE = "none"                  # nothing for the customer


REQUESTABLE = frozenset({Outcome.REFUND, Outcome.EXCHANGE, Outcome.STORE_CREDIT})
_REFUSED = frozenset(NOT_REFUNDABLE) - {Flag.NON_RETURNABLE}


@dataclass(frozen=True)
class OutcomeResult:
    outcome: Outcome
    amount: Decimal          # money to the customer, rounded to the currency (refund net / credit / 0)
    basis: str               # English, short, for the audit and export
    exchange_sku: str | None = None


def deductions_with(refund: Decimal, total: Decimal, unit_price: Decimal, currency: str) -> DeductionResult:
    """Deductions as a supervisor set them (a total and a refund kept on the item), to decide an outcome from."""
    return DeductionResult((), total, False, refund, currency, unit_price)


def _zero(deductions: DeductionResult | None) -> Decimal:
    return Decimal(0) if deductions is None else round_money(Decimal(0), deductions.currency)


def _plain(value: Decimal) -> str:
    """A percentage as written: 10, 7.5 (never 1E+1)."""
    return format(value.normalize(), "f")


def _net(d: DeductionResult) -> Decimal:
    return round_money(d.unit_price - d.total, d.currency)


def _refund(amount: Decimal, d: DeductionResult, basis: str = "") -> OutcomeResult:
    return OutcomeResult(Outcome.REFUND, amount,
                         basis or f"refund: {d.unit_price} {d.currency} less {d.total} {d.currency} deductions")


def _store_credit(policy: Policy, d: DeductionResult, net: Decimal) -> OutcomeResult:
    rule = policy.outcomes
    base = d.unit_price if rule.store_credit_waive_deductions else net
    bonus = round_money(base * rule.store_credit_bonus_percent / HUNDRED, d.currency)
    said = "deductions waived" if rule.store_credit_waive_deductions else "after deductions"
    if rule.store_credit_bonus_percent:
        said += f", +{_plain(rule.store_credit_bonus_percent)}%"
    return OutcomeResult(Outcome.STORE_CREDIT, round_money(base + bonus, d.currency), f"store credit: {said}")


def _exchange(d: DeductionResult, exchange_sku: str | None, note: str = "") -> OutcomeResult:
    goods = f"goods value {d.unit_price} {d.currency}"
    basis = f"exchange for {exchange_sku} ({goods})" if exchange_sku else f"exchange ({goods})"
    return OutcomeResult(Outcome.EXCHANGE, _zero(d), basis + note, exchange_sku)


def _grade_allows_exchange(policy: Policy, grade: str | None) -> bool:
    lowest = policy.outcomes.exchange_min_grade
    if lowest is None or grade is None:
        return True
    order = policy.grade_codes               # best first
    return grade in order and lowest in order and order.index(grade) <= order.index(lowest)


def decide_outcome(policy: Policy, requested: str | None, grade: str | None, flags: Iterable[str],
                   deductions: DeductionResult | None, exchange_sku: str | None = None) -> OutcomeResult:
    """The outcome the policy gives a unit: what the customer asked for (`requested`, None: the policy's default)
    where the rules allow it. ValueError for a request that is not refund, exchange or store_credit."""
    flags = frozenset(flags)
    outcome = Outcome(requested or policy.outcomes.default_request)
    if outcome not in REQUESTABLE:
        raise ValueError(f"{outcome.value!r} cannot be requested")
    if deductions is None:
        return OutcomeResult(Outcome.NONE, Decimal(0), "no paid line on the return")
    refused = sorted(flags & _REFUSED)
    if refused:
        return OutcomeResult(Outcome.NONE, _zero(deductions), f"not refundable: {', '.join(refused)}")
    if Flag.NON_RETURNABLE in flags:
        return OutcomeResult(Outcome.SUPERVISOR, _zero(deductions), "non-returnable: a supervisor decides")
    if Flag.OUTSIDE_WINDOW in flags and policy.outcomes.late == "supervisor":
        return OutcomeResult(Outcome.SUPERVISOR, _zero(deductions), "outside the return window: a supervisor decides")
    if outcome is Outcome.STORE_CREDIT:
        return _store_credit(policy, deductions, deductions.refund)
    if outcome is Outcome.EXCHANGE:
        if not exchange_sku:
            # Nothing named to exchange for (the policy's default asked for an exchange on a line without one).
            return _refund(deductions.refund, deductions, "exchange asked without a SKU: refunded")
        if _grade_allows_exchange(policy, grade):
            return _exchange(deductions, exchange_sku, "" if grade is not None else ", not graded yet")
        return _refund(deductions.refund, deductions,
                       f"exchange needs grade {policy.outcomes.exchange_min_grade}, got {grade}: refunded")
    return _refund(deductions.refund, deductions)


def chosen_outcome(policy: Policy, chosen: Outcome, deductions: DeductionResult | None,
                   exchange_sku: str | None = None) -> OutcomeResult:
    """A supervisor's choice, at the rule's amount whatever the flags: a refund is the price less the deductions
    (also where the flags refunded nothing), store credit as the policy gives it, an exchange or nothing 0.
    ValueError for SUPERVISOR, which is no decision."""
    chosen = Outcome(chosen)
    if chosen is Outcome.SUPERVISOR:
        raise ValueError("a supervisor's choice cannot be 'supervisor'")
    if chosen is Outcome.NONE or deductions is None:
        said = "nothing" if chosen is Outcome.NONE else f"{chosen.value}, no paid line on the return"
        return OutcomeResult(chosen, _zero(deductions), f"chosen by a supervisor: {said}",
                             exchange_sku if chosen is Outcome.EXCHANGE else None)
    if chosen is Outcome.EXCHANGE:
        result = _exchange(deductions, exchange_sku)
    elif chosen is Outcome.STORE_CREDIT:
        result = _store_credit(policy, deductions, _net(deductions))
    else:
        result = _refund(_net(deductions), deductions)
    return OutcomeResult(result.outcome, result.amount, f"chosen by a supervisor: {result.basis}",
                         result.exchange_sku)


def stored_outcome(outcome: str | None, amount: Decimal | None, refund: Decimal | None) -> tuple[Outcome, Decimal]:
    """An item's outcome as stored; rows from before migration 0008 have none and were refunds."""
    if outcome is None:
        return Outcome.REFUND, refund if refund is not None else Decimal(0)
    return Outcome(outcome), amount if amount is not None else Decimal(0)
