"""The supervisor's review: which inspections are exceptions, who may decide, and what an override changes.

Plain rules, no storage: the use cases in `inspector.usecases.review` apply them and keep the audit trail.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from inspector.domain.flags import Flag
from inspector.domain.money import MoneyError, parse_money, round_money
from inspector.domain.operators import Role

# Everything a flag can say sends the item to review; listed so the queue's order (and the report's) is stable.
REVIEW_FLAGS: tuple[Flag, ...] = (
    Flag.HELD_FOR_REVIEW, Flag.WRONG_ITEM, Flag.SERIAL_MISMATCH, Flag.SERIAL_MISSING, Flag.UNEXPECTED_PARCEL,
    Flag.OUTSIDE_WINDOW, Flag.NON_RETURNABLE, Flag.OVER_DEDUCTION_THRESHOLD, Flag.DISPOSITION_OVERRIDDEN,
    Flag.EXTRA_QUANTITY, Flag.RETURN_NOT_OPEN,
)
_REVIEW_SET = frozenset(REVIEW_FLAGS)

# Only supervisors review; an administrator sets up stations and policy but does not decide on refunds.
REVIEW_ROLES = frozenset({Role.SUPERVISOR})


class ReviewAction(StrEnum):
    APPROVE = "approve"
    GRADE = "override_grade"
    DEDUCTION = "override_deduction"
    DISPOSITION = "override_disposition"
    OUTCOME = "override_outcome"


# The decisions that release an item held for review (`Flag.HELD_FOR_REVIEW`); other overrides leave it open.
RELEASING = frozenset({ReviewAction.APPROVE, ReviewAction.OUTCOME})


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


# -- decisions across the site (issue 17) ----------------------------------------------------------------------------
# A decision is an event carrying the inspection's version it was based on and the version it produced (one more,
# for an approval too: two supervisors approving the same version is a conflict like any other). A bench's view of
# an inspection's version is the newest of its row's version and the versions its decisions produced, refused ones
# aside (`current_version`): a desk never changes the version of its copy, whose owner alone writes the item.

def based_on(action: str, inspection_version: int, based_on_version: int | None) -> int:
    """The version a decision was based on: kept explicitly since the site; before, an approval left the version
    as it was and an override moved it on by one."""
    if based_on_version is not None:
        return based_on_version
    return inspection_version if action == ReviewAction.APPROVE else inspection_version - 1


def current_version(row_version: int, produced: Iterable[int]) -> int:
    """An inspection's version as a bench sees it: its row, or a decision made on it since, whichever is newer."""
    return max([row_version, *produced])


def breaks_four_eyes(inspector_id: str, decider_id: str, four_eyes: bool) -> bool:
    """Four eyes: nobody decides on their own inspection, unless the site's policy switched it off (one person)."""
    return four_eyes and inspector_id == decider_id


@dataclass(frozen=True)
class Decided:
    """A decision the hub has accepted (or accepts while judging a batch)."""
    id: str
    station: str
    operator_id: str
    at: str                 # as the decision carries it: ISO 8601 with an offset
    action: str
    based_on: int
    produced: int


@dataclass(frozen=True)
class Conflict:
    current: int                    # the inspection's version now
    winner: Decided | None          # who decided first; None: the owning bench changed the item itself


def version_conflict(station: str, based_on_version: int, owner: str | None, record_version: int | None,
                     accepted: Sequence[Decided]) -> Conflict | None:
    """Whether a decision made at `station` on `based_on_version` comes too late: the first decision at a version
    wins, a later one is refused.

    The owning bench writes the item itself and pushes the version its own decision produced before the decision:
    its own versions never conflict with its decisions. For it, only a decision made at another station that its
    own history does not include (produced after what it based its decision on) comes first. Anyone else must have
    decided on the current version: the newest of the owner's record and the versions accepted decisions produced.
    """
    produced = [a.produced for a in accepted]
    current = max([record_version or 0, *produced])
    if station == owner:
        first = [a for a in accepted if a.station != station and a.produced > based_on_version]
    elif based_on_version == current:
        return None
    else:
        first = [a for a in accepted if a.based_on >= based_on_version]
        if not first:
            return Conflict(current, None)
    if not first:
        return None
    # The one that took the version this decision was based on: the closest after it, the earliest of equals.
    return Conflict(current, min(first, key=lambda a: (a.based_on, a.at, a.id)))
