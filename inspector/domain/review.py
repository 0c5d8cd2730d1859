"""The supervisor's review: which inspections are exceptions, who may decide, and what an override changes.

Plain rules, no storage: the use cases in `inspector.usecases.review` apply them and keep the audit trail.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from inspector.domain.flags import Flag
from inspector.domain.money import MoneyError, parse_money, round_money
from inspector.domain.operators import Role

# Everything a flag can say sends the item to review; listed so the queue's order (and the report's) is stable.
REVIEW_FLAGS: tuple[Flag, ...] = (
    Flag.WRONG_ITEM, Flag.SERIAL_MISMATCH, Flag.UNEXPECTED_PARCEL, Flag.OUTSIDE_WINDOW, Flag.NON_RETURNABLE,
    Flag.OVER_DEDUCTION_THRESHOLD, Flag.DISPOSITION_OVERRIDDEN, Flag.EXTRA_QUANTITY, Flag.RETURN_NOT_OPEN,
)
_REVIEW_SET = frozenset(REVIEW_FLAGS)

# Only supervisors review; an administrator sets up stations and policy but does not decide on refunds.
REVIEW_ROLES = frozenset({Role.SUPERVISOR})


class ReviewAction(StrEnum):
    APPROVE = "approve"
    GRADE = "override_grade"
    DEDUCTION = "override_deduction"
    DISPOSITION = "override_disposition"


def exception_flags(flags: Iterable[str]) -> tuple[str, ...]:
    """The flags that make an inspection an exception, in review order."""
    present = set(flags) & _REVIEW_SET
    return tuple(f.value for f in REVIEW_FLAGS if f in present)


def may_review(role: Role | str) -> bool:
    return Role(role) in REVIEW_ROLES


def clean_reason(reason: str | None) -> str:
    """The reason as kept; empty means none was given (an override without one is refused)."""
    return " ".join((reason or "").split())[:255]


@dataclass(frozen=True)
class DeductionChange:
    amounts: dict[str, Decimal | None]   # per finding code, after the change
    total: Decimal
    refund: Decimal


class DeductionOverrideError(ValueError):
    pass


def override_deduction(unit_price: Decimal, currency: str, amounts: Mapping[str, Decimal | None], code: str,
                       new_amount: str | Decimal, refundable: bool = True) -> DeductionChange:
    """Sets one finding's deduction; the total is the findings' sum (never above the price) and the refund the rest.

    Where nothing is refundable (wrong item, unexpected parcel...) the refund stays zero whatever is deducted.
    """
    if code not in amounts:
        raise DeductionOverrideError(f"no finding {code!r} on this item")
    try:
        amount = parse_money(new_amount, currency)
    except MoneyError as exc:
        raise DeductionOverrideError(str(exc)) from exc
    if amount < 0 or amount > unit_price:
        raise DeductionOverrideError(f"{amount} is not between 0 and the price {unit_price} {currency}")
    changed = dict(amounts)
    changed[code] = amount
    total = round_money(min(sum((a for a in changed.values() if a is not None), Decimal(0)), unit_price), currency)
    refund = round_money(unit_price - total, currency) if refundable else round_money(Decimal(0), currency)
    return DeductionChange(changed, total, refund)
