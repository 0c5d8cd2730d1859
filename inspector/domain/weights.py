"""What a parcel or an item should weigh, and whether a weighing says it does not (policy `fraud.weight`).

Grams as whole numbers everywhere; a scale's pounds and ounces are turned into grams once, half up.
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from inspector.domain.outcome_policy import WeightRule

HUNDRED = Decimal(100)
_GRAMS_PER = {"g": Decimal(1), "kg": Decimal(1000), "lb": Decimal("453.59237"), "oz": Decimal("28.349523125")}


def _whole(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def grams(value: Decimal, unit: str) -> int:
    """A reading in g, kg, lb or oz (any case) as whole grams; ValueError for another unit."""
    factor = _GRAMS_PER.get(unit.strip().lower())
    if factor is None:
        raise ValueError(f"unknown weight unit {unit!r}: g, kg, lb or oz")
    return _whole(Decimal(value) * factor)


def expected_parcel_g(lines: Iterable[tuple[int | None, int]], packaging_g: int) -> int | None:
    """A parcel's expected weight from its (unit_weight_g, open units) pairs plus the packaging; None when a unit's
    weight is unknown or no unit is expected."""
    total, units = 0, 0
    for unit_weight, count in lines:
        if count <= 0:
            continue
        if unit_weight is None:
            return None
        total += unit_weight * count
        units += count
    return total + packaging_g if units else None


def tolerance_g(expected: int, rule: WeightRule) -> int:
    return max(rule.tolerance_g, _whole(expected * rule.tolerance_percent / HUNDRED))


def is_off(measured: int, expected: int, rule: WeightRule) -> bool:
    """Strictly outside expected ± tolerance: a weight exactly at the limit is not off."""
    return abs(measured - expected) > tolerance_g(expected, rule)


def is_empty(measured: int, expected_contents_g: int, rule: WeightRule) -> bool:
    """Hardly more than the packaging: under it plus `empty_below_percent` of what the contents should weigh."""
    return measured < rule.packaging_g + expected_contents_g * rule.empty_below_percent / HUNDRED


def describe(measured: int, expected: int, rule: WeightRule) -> str:
    """E.g. "1,620 g, expected 1,200 g ± 120 g" (the same in every language: digits and g)."""
    return f"{measured:,} g, expected {expected:,} g ± {tolerance_g(expected, rule):,} g"


def parcel_weight_flags(measured: int, expected_contents_g: int | None, rule: WeightRule) -> dict[str, str]:
    """The parcel flags a weighing gives (flag -> detail): `empty_box`, else `weight_off`, else none. The expected
    parcel is the contents plus the packaging; with the contents unknown nothing can be said."""
    if expected_contents_g is None:
        return {}
    expected = expected_contents_g + rule.packaging_g
    if is_empty(measured, expected_contents_g, rule):
        return {"empty_box": describe(measured, expected, rule)}
    if is_off(measured, expected, rule):
        return {"weight_off": describe(measured, expected, rule)}
    return {}
