"""What a damage finding keeps back from the refund, capped per item."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from inspector.domain.money import round_money
from inspector.domain.policy import DeductionKind, Policy

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class DeductionLine:
    finding: str
    amount: Decimal
    basis: str  # how the amount was reached, shown to the operator and kept for the audit


@dataclass(frozen=True)
class DeductionResult:
    lines: tuple[DeductionLine, ...]
    total: Decimal
    capped: bool
    refund: Decimal
    currency: str
    unit_price: Decimal

    @property
    def percent_of_price(self) -> Decimal:
        return Decimal(0) if self.unit_price == 0 else self.total * HUNDRED / self.unit_price


def _line(policy: Policy, code: str, unit_price: Decimal, currency: str) -> DeductionLine:
    damage = policy.damage_type(code)
    if not damage.deductible:
        return DeductionLine(code, round_money(Decimal(0), currency), f"none: {damage.fault.value} fault")
    rule = damage.deduction
    assert rule is not None
    if rule.kind is DeductionKind.PERCENT:
        assert rule.percent is not None
        return DeductionLine(code, round_money(unit_price * rule.percent / HUNDRED, currency),
                             f"{rule.percent}% of {unit_price} {currency}")
    fixed = rule.fixed_amount(currency)
    if fixed is not None:
        return DeductionLine(code, round_money(fixed, currency), f"fixed {fixed} {currency}")
    percent = rule.fallback_percent or Decimal(0)
    return DeductionLine(code, round_money(unit_price * percent / HUNDRED, currency),
                         f"{percent}% of {unit_price} {currency} (no fixed amount in {currency})")


def compute_deductions(policy: Policy, unit_price: Decimal, currency: str,
                       findings: tuple[str, ...] | frozenset[str], refundable: bool = True) -> DeductionResult:
    """Deductions per finding, their total capped at the policy's share of the paid price, and the refund.

    A unit that is not refundable (wrong item, not on the return, non-returnable) refunds nothing, whatever the findings.
    """
    unit_price = round_money(unit_price, currency)
    lines = tuple(_line(policy, code, unit_price, currency) for code in sorted(findings))
    raw_total = sum((ln.amount for ln in lines), Decimal(0))
    cap = round_money(unit_price * policy.deduction_cap_percent / HUNDRED, currency)
    total = min(raw_total, cap, unit_price)
    refund = round_money(unit_price - total, currency) if refundable else round_money(Decimal(0), currency)
    return DeductionResult(lines, round_money(total, currency), total < raw_total, refund, currency, unit_price)
