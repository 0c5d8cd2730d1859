"""Policy `outcomes` (what the customer gets: refund, exchange or store credit) and `fraud` (signals and holds).

Both sections are optional: a policy without them behaves as before (refund as computed, signals shown, nothing
held). Inside a section everything is strict: an unknown key, grade, finding code or signal name is an
`OutcomePolicyError` naming the field (`inspector.domain.policy` turns it into a `PolicyError`).
"""
from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any


class OutcomePolicyError(ValueError):
    """A bad `outcomes` or `fraud` section; the message names the field."""


REQUESTS = ("refund", "exchange", "store_credit")
LATE_RULES = ("flag", "supervisor")

# Per signal (`inspector.domain.fraud.Signal`, in its order): what it adds to an item's risk score.
DEFAULT_WEIGHTS: Mapping[str, int] = MappingProxyType({
    "item_swapped": 60, "weight_off": 40, "empty_box": 80, "missing_items": 40, "wear_on_unused": 30,
    "repeat_returner": 30,
})
DEFAULT_UNUSED_REASONS = ("unwanted", "changed my mind", "too small", "too large", "no longer needed", "not needed",
                          "ordered by mistake")


@dataclass(frozen=True)
class OutcomePolicy:
    default_request: str = "refund"          # refund | exchange | store_credit
    store_credit_waive_deductions: bool = False
    store_credit_bonus_percent: Decimal = Decimal(0)
    exchange_min_grade: str | None = None    # None: any refundable unit may be exchanged
    late: str = "flag"                       # flag (money as computed) | supervisor (0 until a supervisor decides)


@dataclass(frozen=True)
class WeightRule:
    tolerance_percent: Decimal = Decimal(10)
    tolerance_g: int = 20
    packaging_g: int = 300
    empty_below_percent: Decimal = Decimal(20)


@dataclass(frozen=True)
class RepeatRule:
    days: int = 90
    min_returns: int = 3
    min_rate_percent: Decimal = Decimal(50)
    min_orders: int = 2


@dataclass(frozen=True)
class FraudPolicy:
    hold_threshold: int | None = None        # None: signals shown, nothing held
    weights: Mapping[str, int] = field(default_factory=lambda: DEFAULT_WEIGHTS, hash=False)
    weight: WeightRule = field(default_factory=WeightRule)
    wear_findings: frozenset[str] = frozenset({"used_signs"})
    # Matched as casefolded substrings of the return's reason: "Changed my mind, sorry" is claimed unused.
    unused_reasons: tuple[str, ...] = DEFAULT_UNUSED_REASONS
    swap_findings: frozenset[str] = frozenset({"wrong_item_shipped"})  # a finding saying "not the item shipped"
    require_serial: bool = False             # a line listing serials needs the unit's serial (else serial_missing)
    repeat: RepeatRule = field(default_factory=RepeatRule)


# -- reading ---------------------------------------------------------------------------------------------------------

def policy_decimal(raw: Any, where: str) -> Decimal:
    """A number written as a string ("10") or a whole number; never a float (binary rounding)."""
    if isinstance(raw, float):
        raise OutcomePolicyError(f"{where}: write numbers as strings (\"10\"), not floats")
    if isinstance(raw, bool) or not isinstance(raw, (str, int)):
        raise OutcomePolicyError(f"{where}: {raw!r} is not a number")
    try:
        value = Decimal(str(raw))
    except InvalidOperation:
        raise OutcomePolicyError(f"{where}: {raw!r} is not a number") from None
    if not value.is_finite():
        raise OutcomePolicyError(f"{where}: {raw!r} is not a number")
    return value


def _object(raw: Any, where: str, known: Collection[str]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise OutcomePolicyError(f"{where}: must be an object")
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise OutcomePolicyError(f"{where}: unknown field {unknown[0]!r}")
    return raw


def _percent(raw: Any, where: str, high: int = 100) -> Decimal:
    value = policy_decimal(raw, where)
    if not 0 <= value <= high:
        raise OutcomePolicyError(f"{where}: must be a percentage from 0 to {high}")
    return value


def _whole(raw: Any, where: str, low: int, high: int) -> int:
    if not isinstance(raw, int) or isinstance(raw, bool) or not low <= raw <= high:
        raise OutcomePolicyError(f"{where}: must be a whole number from {low} to {high}")
    return raw


def _bool(raw: Any, where: str) -> bool:
    if not isinstance(raw, bool):
        raise OutcomePolicyError(f"{where}: must be true or false")
    return raw


def _one_of(raw: Any, where: str, choices: Collection[str]) -> str:
    if raw not in choices:
        raise OutcomePolicyError(f"{where}: must be one of {', '.join(choices)}, not {raw!r}")
    return str(raw)


def _codes(raw: Any, where: str, known: Collection[str]) -> frozenset[str]:
    if not isinstance(raw, list):
        raise OutcomePolicyError(f"{where}: must be a list of finding codes")
    for code in raw:
        if code not in known:
            raise OutcomePolicyError(f"{where}: {code!r} is not a damage type of this policy")
    return frozenset(raw)


def outcomes_from(raw: Any, grade_codes: tuple[str, ...]) -> OutcomePolicy:
    """Policy `outcomes`; None (absent) gives today's rule: refund as computed, late returns only flagged."""
    if raw is None:
        return OutcomePolicy()
    data = _object(raw, "outcomes", ("default_request", "store_credit", "exchange", "late"))
    values: dict[str, Any] = {}
    if "default_request" in data:
        values["default_request"] = _one_of(data["default_request"], "outcomes.default_request", REQUESTS)
    if "late" in data:
        values["late"] = _one_of(data["late"], "outcomes.late", LATE_RULES)
    if "store_credit" in data:
        credit = _object(data["store_credit"], "outcomes.store_credit", ("waive_deductions", "bonus_percent"))
        if "waive_deductions" in credit:
            values["store_credit_waive_deductions"] = _bool(credit["waive_deductions"],
                                                            "outcomes.store_credit.waive_deductions")
        if "bonus_percent" in credit:
            values["store_credit_bonus_percent"] = _percent(credit["bonus_percent"],
                                                            "outcomes.store_credit.bonus_percent")
    if "exchange" in data:
        exchange = _object(data["exchange"], "outcomes.exchange", ("min_grade",))
        grade = exchange.get("min_grade")
        if grade is not None:
            if not isinstance(grade, str) or grade.upper() not in grade_codes:
                raise OutcomePolicyError(f"outcomes.exchange.min_grade: {grade!r} is not a grade of this policy")
            values["exchange_min_grade"] = grade.upper()
    return OutcomePolicy(**values)


_SIZE = 1_000_000


def _weights(raw: Any) -> Mapping[str, int]:
    data = _object(raw, "fraud.weights", DEFAULT_WEIGHTS)
    weights = dict(DEFAULT_WEIGHTS)
    weights.update({k: _whole(v, f"fraud.weights.{k}", 0, 1000) for k, v in data.items()})
    return MappingProxyType(weights)


def _weight_rule(raw: Any) -> WeightRule:
    data = _object(raw, "fraud.weight", ("tolerance_percent", "tolerance_g", "packaging_g", "empty_below_percent"))
    values: dict[str, Any] = {}
    for key in ("tolerance_percent", "empty_below_percent"):
        if key in data:
            values[key] = _percent(data[key], f"fraud.weight.{key}")
    for key in ("tolerance_g", "packaging_g"):
        if key in data:
            values[key] = _whole(data[key], f"fraud.weight.{key}", 0, _SIZE)
    return WeightRule(**values)


def _repeat_rule(raw: Any) -> RepeatRule:
    where = "fraud.repeat_returner"
    data = _object(raw, where, ("days", "min_returns", "min_rate_percent", "min_orders"))
    values: dict[str, Any] = {}
    if "days" in data:
        values["days"] = _whole(data["days"], f"{where}.days", 1, 3660)
    if "min_returns" in data:
        values["min_returns"] = _whole(data["min_returns"], f"{where}.min_returns", 1, _SIZE)
    if "min_orders" in data:
        values["min_orders"] = _whole(data["min_orders"], f"{where}.min_orders", 0, _SIZE)
    if "min_rate_percent" in data:
        values["min_rate_percent"] = _percent(data["min_rate_percent"], f"{where}.min_rate_percent", 10_000)
    return RepeatRule(**values)


def _unused_reasons(raw: Any) -> tuple[str, ...]:
    where = "fraud.wear.unused_reasons"
    if not isinstance(raw, list) or not all(isinstance(r, str) and r.strip() for r in raw):
        raise OutcomePolicyError(f"{where}: must be a list of non-empty texts")
    return tuple(r.strip().casefold() for r in raw)


def fraud_from(raw: Any, finding_codes: Collection[str]) -> FraudPolicy:
    """Policy `fraud`; None (absent) gives the default signals with no hold threshold (nothing held)."""
    if raw is None:
        return FraudPolicy()
    data = _object(raw, "fraud", ("hold_threshold", "weights", "weight", "wear", "swap_findings", "require_serial",
                                  "repeat_returner"))
    values: dict[str, Any] = {}
    if data.get("hold_threshold") is not None:
        values["hold_threshold"] = _whole(data["hold_threshold"], "fraud.hold_threshold", 1, 100_000)
    if "weights" in data:
        values["weights"] = _weights(data["weights"])
    if "weight" in data:
        values["weight"] = _weight_rule(data["weight"])
    if "wear" in data:
        wear = _object(data["wear"], "fraud.wear", ("findings", "unused_reasons"))
        if "findings" in wear:
            values["wear_findings"] = _codes(wear["findings"], "fraud.wear.findings", finding_codes)
        if "unused_reasons" in wear:
            values["unused_reasons"] = _unused_reasons(wear["unused_reasons"])
    if "swap_findings" in data:
        values["swap_findings"] = _codes(data["swap_findings"], "fraud.swap_findings", finding_codes)
    if "require_serial" in data:
        values["require_serial"] = _bool(data["require_serial"], "fraud.require_serial")
    if "repeat_returner" in data:
        values["repeat"] = _repeat_rule(data["repeat_returner"])
    return FraudPolicy(**values)
