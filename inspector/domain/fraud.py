"""Fraud signals: what about a returned unit suggests it is not what was sold, and the risk score they add up to.

Each signal gives one `Reason` with the policy's weight and a plain English detail (numbers as digits). An item's
score is the sum of the weights of its distinct signals; it is held for review at the policy's threshold.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from inspector.domain import weights

if TYPE_CHECKING:
    from inspector.domain.policy import Policy


class Signal(StrEnum):
    ITEM_SWAPPED = "item_swapped"
    WEIGHT_OFF = "weight_off"
    EMPTY_BOX = "empty_box"
    MISSING_ITEMS = "missing_items"
    WEAR_ON_UNUSED = "wear_on_unused"
    REPEAT_RETURNER = "repeat_returner"


@dataclass(frozen=True)
class Reason:
    signal: Signal
    weight: int
    detail: str


@dataclass(frozen=True)
class Risk:
    score: int
    threshold: int | None
    held: bool
    reasons: tuple[Reason, ...]

    NONE: ClassVar[Risk]

    def to_json(self) -> dict[str, Any]:
        return {"score": self.score, "threshold": self.threshold, "held": self.held,
                "reasons": [{"signal": r.signal.value, "weight": r.weight, "detail": r.detail}
                            for r in self.reasons]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Risk:
        """As stored or sent; None (no risk assessed, e.g. a row from before 0008) is `Risk.NONE`. A reason whose
        signal this program does not know (a newer bench's) is left out; the score stays as stored."""
        if data is None:
            return cls.NONE
        known = {s.value for s in Signal}
        reasons = tuple(Reason(Signal(r["signal"]), int(r["weight"]), str(r.get("detail", "")))
                        for r in data.get("reasons", ()) if r.get("signal") in known)
        threshold = data.get("threshold")
        return cls(int(data.get("score", 0)), None if threshold is None else int(threshold),
                   bool(data.get("held", False)), reasons)


Risk.NONE = Risk(0, None, False, ())


@dataclass(frozen=True)
class CustomerHistory:
    """What the hub served about the return's customer (a format=2 return's "customer" block)."""
    returns: int                    # non-cancelled returns first seen in the last `days`, this one included
    days: int
    orders: int | None              # the shop's count of the customer's orders, if given
    rate_percent: Decimal | None    # returns ÷ orders × 100, None when orders are unknown or 0
    as_of: str                      # ISO 8601, the hub's time of counting

    def to_json(self) -> dict[str, Any]:
        return {"returns": self.returns, "days": self.days, "orders": self.orders,
                "rate_percent": None if self.rate_percent is None else str(self.rate_percent), "as_of": self.as_of}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> CustomerHistory | None:
        """ValueError when the block is not one (a hub bug or a hostile peer)."""
        if data is None:
            return None
        try:
            returns, days, orders, rate = data["returns"], data["days"], data.get("orders"), data.get("rate_percent")
            as_of = data["as_of"]
        except (KeyError, TypeError):
            raise ValueError("customer history: missing returns, days or as_of") from None
        whole = (returns, days) + (() if orders is None else (orders,))
        if any(not isinstance(n, int) or isinstance(n, bool) or n < 0 for n in whole) or not isinstance(as_of, str):
            raise ValueError("customer history: returns, days and orders must be whole numbers, as_of a time")
        return cls(returns, days, orders, None if rate is None else _rate(rate), as_of)


def _rate(raw: Any) -> Decimal:
    try:
        value = Decimal(raw) if isinstance(raw, str) else None
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or value < 0:
        raise ValueError(f"customer history: rate_percent {raw!r} is not a number written as text")
    return value


@dataclass(frozen=True)
class UnitEvidence:
    flags: frozenset[str]            # the unit's flags (wrong_item, serial_mismatch, serial_missing ...)
    findings: frozenset[str]
    customer_reason: str
    weight_g: int | None             # the item weighed at the bench
    expected_weight_g: int | None    # its line's unit_weight_g
    parcel_flags: frozenset[str]     # weight_off / empty_box / missing_items of its parcel
    parcel_detail: Mapping[str, str]  # detail text per parcel flag (from the parcel's weighing), may be empty
    customer: CustomerHistory | None


_SWAP_FLAGS = {"wrong_item": "not on the return", "serial_mismatch": "serial is not the one shipped",
               "serial_missing": "no serial on a line that lists serials"}
_PARCEL_WORDS = {"weight_off": "weight off", "empty_box": "empty box", "missing_items": "units missing"}


def _swapped(policy: Policy, e: UnitEvidence) -> str | None:
    said = [text for flag, text in _SWAP_FLAGS.items() if flag in e.flags]
    said += [f"found \"{policy.damage_type(code).label}\"" for code in sorted(e.findings & policy.fraud.swap_findings)]
    return "; ".join(said) or None


def _parcel(e: UnitEvidence, flag: str) -> str | None:
    if flag not in e.parcel_flags:
        return None
    return f"parcel: {e.parcel_detail.get(flag) or _PARCEL_WORDS[flag]}"


def _weight_off(policy: Policy, e: UnitEvidence) -> str | None:
    said = []
    rule = policy.fraud.weight
    if e.weight_g is not None and e.expected_weight_g is not None and weights.is_off(e.weight_g, e.expected_weight_g,
                                                                                      rule):
        said.append(f"item: {weights.describe(e.weight_g, e.expected_weight_g, rule)}")
    if (parcel := _parcel(e, "weight_off")) is not None:
        said.append(parcel)
    return "; ".join(said) or None


def _wear_on_unused(policy: Policy, e: UnitEvidence) -> str | None:
    worn = e.findings & policy.fraud.wear_findings
    reason = e.customer_reason.casefold()
    claimed = next((phrase for phrase in policy.fraud.unused_reasons if phrase.casefold() in reason), None)
    if not worn or claimed is None:
        return None
    labels = ", ".join(policy.damage_type(code).label for code in sorted(worn))
    return f"{labels} on a return given as \"{claimed}\""


def _repeat_returner(policy: Policy, e: UnitEvidence) -> str | None:
    c, rule = e.customer, policy.fraud.repeat
    if c is None:
        return None
    by_count = c.returns >= rule.min_returns
    by_rate = (c.rate_percent is not None and c.orders is not None and c.orders >= rule.min_orders
               and c.rate_percent >= rule.min_rate_percent)
    if not (by_count or by_rate):
        return None
    detail = f"{c.returns} returns in {c.days} days"
    if c.rate_percent is not None and c.orders is not None:
        detail += f", {c.rate_percent}% of {c.orders} orders"
    return detail


def unit_reasons(policy: Policy, evidence: UnitEvidence) -> tuple[Reason, ...]:
    """The signals a unit gives, in `Signal` order, one reason each."""
    details = {
        Signal.ITEM_SWAPPED: _swapped(policy, evidence),
        Signal.WEIGHT_OFF: _weight_off(policy, evidence),
        Signal.EMPTY_BOX: _parcel(evidence, "empty_box"),
        Signal.MISSING_ITEMS: _parcel(evidence, "missing_items"),
        Signal.WEAR_ON_UNUSED: _wear_on_unused(policy, evidence),
        Signal.REPEAT_RETURNER: _repeat_returner(policy, evidence),
    }
    return tuple(Reason(signal, policy.fraud.weights[signal.value], detail)
                 for signal, detail in details.items() if detail is not None)


def assess_risk(policy: Policy, reasons: Iterable[Reason]) -> Risk:
    """The score is the sum of the weights of the distinct signals; held at or above the policy's threshold."""
    distinct: dict[Signal, Reason] = {}
    for reason in reasons:
        distinct.setdefault(reason.signal, reason)
    kept = tuple(distinct[s] for s in Signal if s in distinct)
    score = sum(r.weight for r in kept)
    threshold = policy.fraud.hold_threshold
    return Risk(score, threshold, threshold is not None and score >= threshold, kept)
