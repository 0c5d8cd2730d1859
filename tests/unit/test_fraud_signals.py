"""Fraud signals (`inspector.domain.fraud`) and weighing (`inspector.domain.weights`): each signal with its detail,
the weight limits to the gram, and the score at the hold threshold."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from inspector.domain import weights
from inspector.domain.assessment import unit_flags
from inspector.domain.flags import Flag
from inspector.domain.fraud import (CustomerHistory, Reason, Risk, Signal, UnitEvidence, assess_risk,
                                    unit_reasons)
from inspector.domain.matching import MatchKind, match_unit
from inspector.domain.outcome_policy import DEFAULT_WEIGHTS, FraudPolicy, WeightRule
from inspector.domain.policy import load_policy
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.paths import resource

SHIPPED = load_policy(resource("policy.json"))
RULE = WeightRule()          # ±10% or 20 g, 300 g packaging, empty under packaging + 20% of the contents
AS_OF = "2026-12-14T09:00:00+00:00"


def evidence(**given) -> UnitEvidence:
    values = dict(flags=frozenset(), findings=frozenset(), customer_reason="", weight_g=None, expected_weight_g=None,
                  parcel_flags=frozenset(), parcel_detail={}, customer=None)
    values.update(given)
    return UnitEvidence(**values)


def reasons(**given) -> dict[Signal, str]:
    return {r.signal: r.detail for r in unit_reasons(SHIPPED, evidence(**given))}


def test_every_signal_has_a_default_weight_in_signal_order():
    assert tuple(DEFAULT_WEIGHTS) == tuple(s.value for s in Signal)
    assert FraudPolicy().weights == DEFAULT_WEIGHTS


# -- weighing --------------------------------------------------------------------------------------------------------

def test_grams_from_every_unit_half_up():
    assert weights.grams(Decimal("1.234"), "kg") == 1234
    assert weights.grams(Decimal("1"), "lb") == 454                 # 453.59237
    assert weights.grams(Decimal("2.5"), "LB") == 1134              # 1133.98
    assert weights.grams(Decimal("1"), "oz") == 28                  # 28.349523125
    assert weights.grams(Decimal("0.5"), "oz") == 14                # 14.17
    assert weights.grams(Decimal("16"), "oz") == 454                # a pound
    assert weights.grams(Decimal("0.5"), "g") == 1 and weights.grams(Decimal("-0.4"), "g") == 0
    with pytest.raises(ValueError, match="unknown weight unit 'st'"):
        weights.grams(Decimal(1), "st")


def test_the_expected_parcel_is_its_open_units_plus_packaging():
    assert weights.expected_parcel_g([(400, 2), (300, 1)], 300) == 1400
    assert weights.expected_parcel_g([(400, 2), (None, 1)], 300) is None      # a weight unknown
    assert weights.expected_parcel_g([(None, 0), (400, 1)], 300) == 700       # a line with nothing open
    assert weights.expected_parcel_g([], 300) is None
    assert weights.expected_parcel_g([(400, 0)], 300) is None


def test_the_limit_itself_is_not_off():
    assert weights.tolerance_g(1200, RULE) == 120
    assert not weights.is_off(1320, 1200, RULE) and weights.is_off(1321, 1200, RULE)
    assert not weights.is_off(1080, 1200, RULE) and weights.is_off(1079, 1200, RULE)
    # A light item: the 20 g floor, not 10%.
    assert weights.tolerance_g(100, RULE) == 20
    assert not weights.is_off(120, 100, RULE) and weights.is_off(121, 100, RULE)
    assert weights.tolerance_g(1205, RULE) == 121                              # 120.5, half up


def test_an_empty_box_below_packaging_plus_a_share_of_the_contents():
    # 300 g packaging + 20% of 1,200 g = 540 g
    assert weights.is_empty(539, 1200, RULE) and not weights.is_empty(540, 1200, RULE)


def test_a_parcels_weighing_gives_empty_box_or_weight_off_or_nothing():
    assert weights.parcel_weight_flags(400, 1200, RULE) == {"empty_box": "400 g, expected 1,500 g ± 150 g"}
    assert weights.parcel_weight_flags(1700, 1200, RULE) == {"weight_off": "1,700 g, expected 1,500 g ± 150 g"}
    assert weights.parcel_weight_flags(1350, 1200, RULE) == {}                # 1,500 - 150: at the limit
    assert weights.parcel_weight_flags(1349, 1200, RULE) == {"weight_off": "1,349 g, expected 1,500 g ± 150 g"}
    assert weights.parcel_weight_flags(400, None, RULE) == {}
    assert weights.describe(1620, 1200, RULE) == "1,620 g, expected 1,200 g ± 120 g"


# -- the signals -----------------------------------------------------------------------------------------------------

def test_item_swapped_by_flags_or_by_a_finding():
    assert reasons(flags=frozenset({"serial_mismatch"})) == {Signal.ITEM_SWAPPED: "serial is not the one shipped"}
    assert reasons(flags=frozenset({"serial_missing"})) == {
        Signal.ITEM_SWAPPED: "no serial on a line that lists serials"}
    assert reasons(flags=frozenset({"wrong_item"}), findings=frozenset({"wrong_item_shipped"})) == {
        Signal.ITEM_SWAPPED: "not on the return; found \"We shipped the wrong item\""}
    assert reasons(flags=frozenset({"outside_window"}), findings=frozenset({"scratches"})) == {}
    (reason,) = unit_reasons(SHIPPED, evidence(flags=frozenset({"serial_mismatch"})))
    assert reason == Reason(Signal.ITEM_SWAPPED, 60, "serial is not the one shipped")


def test_weight_off_for_the_item_and_for_its_parcel():
    assert reasons(weight_g=1321, expected_weight_g=1200) == {
        Signal.WEIGHT_OFF: "item: 1,321 g, expected 1,200 g ± 120 g"}
    assert reasons(weight_g=1320, expected_weight_g=1200) == {}
    assert reasons(weight_g=1500, expected_weight_g=None) == {}
    both = reasons(weight_g=900, expected_weight_g=1200, parcel_flags=frozenset({"weight_off"}),
                   parcel_detail={"weight_off": "1,700 g, expected 1,500 g ± 150 g"})
    assert both == {Signal.WEIGHT_OFF: "item: 900 g, expected 1,200 g ± 120 g; "
                                       "parcel: 1,700 g, expected 1,500 g ± 150 g"}
    assert reasons(parcel_flags=frozenset({"weight_off"})) == {Signal.WEIGHT_OFF: "parcel: weight off"}


def test_empty_box_and_missing_items_come_from_the_parcel():
    got = reasons(parcel_flags=frozenset({"empty_box", "missing_items"}),
                  parcel_detail={"missing_items": "2 of 3 units"})
    assert got == {Signal.EMPTY_BOX: "parcel: empty box", Signal.MISSING_ITEMS: "parcel: 2 of 3 units"}
    assert reasons(parcel_flags=frozenset({"empty_box"}), parcel_detail={"empty_box": "400 g, expected 1,500 g ± 150 g"}
                   ) == {Signal.EMPTY_BOX: "parcel: 400 g, expected 1,500 g ± 150 g"}


def test_wear_only_when_the_customer_said_it_was_unused():
    worn = frozenset({"used_signs", "scratches"})
    assert reasons(findings=worn, customer_reason="Changed my mind, sorry") == {
        Signal.WEAR_ON_UNUSED: 'Signs of use on a return given as "changed my mind"'}
    assert reasons(findings=worn, customer_reason="TOO SMALL") == {
        Signal.WEAR_ON_UNUSED: 'Signs of use on a return given as "too small"'}
    assert reasons(findings=worn, customer_reason="Stopped working after a week") == {}
    assert reasons(findings=frozenset({"scratches"}), customer_reason="Changed my mind") == {}


def test_a_repeat_returner_by_count_or_by_rate_with_enough_orders():
    def customer(returns: int, orders: int | None = None, rate: str | None = None) -> CustomerHistory:
        return CustomerHistory(returns, 90, orders, None if rate is None else Decimal(rate), AS_OF)

    assert reasons(customer=customer(3)) == {Signal.REPEAT_RETURNER: "3 returns in 90 days"}
    assert reasons(customer=customer(2)) == {}
    repeat = Signal.REPEAT_RETURNER
    assert reasons(customer=customer(2, 3, "66.7")) == {repeat: "2 returns in 90 days, 66.7% of 3 orders"}
    assert reasons(customer=customer(2, 4, "50.0")) == {repeat: "2 returns in 90 days, 50.0% of 4 orders"}
    assert reasons(customer=customer(2, 5, "40.0")) == {}                     # under 50%
    assert reasons(customer=customer(1, 1, "100.0")) == {}                    # one order is too few to say
    assert reasons(customer=customer(2, 2, "100.0")) == {repeat: "2 returns in 90 days, 100.0% of 2 orders"}
    assert reasons(customer=None) == {}


def test_signals_come_in_signal_order_with_the_policys_weights():
    every = unit_reasons(SHIPPED, evidence(
        flags=frozenset({"wrong_item"}), findings=frozenset({"used_signs"}), customer_reason="unwanted gift",
        weight_g=10, expected_weight_g=1200, parcel_flags=frozenset({"empty_box", "missing_items"}),
        customer=CustomerHistory(5, 90, None, None, AS_OF)))
    assert [(r.signal, r.weight) for r in every] == [(s, DEFAULT_WEIGHTS[s.value]) for s in Signal]
    heavier = dataclasses.replace(SHIPPED, fraud=dataclasses.replace(SHIPPED.fraud, weights={
        **DEFAULT_WEIGHTS, "item_swapped": 95}))
    assert unit_reasons(heavier, evidence(flags=frozenset({"wrong_item"})))[0].weight == 95


# -- the score -------------------------------------------------------------------------------------------------------

def test_the_score_at_the_threshold_is_held():
    assert SHIPPED.fraud.hold_threshold == 80
    swapped = Reason(Signal.ITEM_SWAPPED, 60, "serial is not the one shipped")
    empty = Reason(Signal.EMPTY_BOX, 80, "parcel: empty box")
    repeat = Reason(Signal.REPEAT_RETURNER, 30, "3 returns in 90 days")
    assert assess_risk(SHIPPED, [swapped]) == Risk(60, 80, False, (swapped,))
    assert assess_risk(SHIPPED, [empty]).held                                 # 80 at 80
    both = assess_risk(SHIPPED, [repeat, swapped, swapped])                   # a signal counts once
    assert both == Risk(90, 80, True, (swapped, repeat))
    unheld = dataclasses.replace(SHIPPED, fraud=FraudPolicy())
    assert assess_risk(unheld, [empty, swapped]) == Risk(140, None, False, (swapped, empty))
    assert assess_risk(SHIPPED, []) == Risk(0, 80, False, ())


def test_risk_and_customer_history_as_json():
    risk = Risk(90, 80, True, (Reason(Signal.ITEM_SWAPPED, 60, "serial is not the one shipped"),
                               Reason(Signal.REPEAT_RETURNER, 30, "3 returns in 90 days")))
    data = risk.to_json()
    assert data == {"score": 90, "threshold": 80, "held": True, "reasons": [
        {"signal": "item_swapped", "weight": 60, "detail": "serial is not the one shipped"},
        {"signal": "repeat_returner", "weight": 30, "detail": "3 returns in 90 days"}]}
    assert Risk.from_json(data) == risk
    assert Risk.from_json(None) is Risk.NONE == Risk(0, None, False, ())
    newer = {**data, "reasons": [*data["reasons"], {"signal": "from_the_future", "weight": 5, "detail": ""}]}
    assert Risk.from_json(newer) == risk                                      # a signal unknown here is left out

    history = CustomerHistory(4, 90, 6, Decimal("66.7"), AS_OF)
    assert history.to_json() == {"returns": 4, "days": 90, "orders": 6, "rate_percent": "66.7", "as_of": AS_OF}
    assert CustomerHistory.from_json(history.to_json()) == history
    assert CustomerHistory.from_json({"returns": 1, "days": 90, "orders": None, "rate_percent": None,
                                      "as_of": AS_OF}) == CustomerHistory(1, 90, None, None, AS_OF)
    assert CustomerHistory.from_json(None) is None
    for bad in ({"days": 90, "as_of": AS_OF}, {"returns": "4", "days": 90, "as_of": AS_OF},
                {"returns": 4, "days": 90, "rate_percent": 12.5, "as_of": AS_OF},
                {"returns": 4, "days": 90, "rate_percent": "NaN", "as_of": AS_OF}):
        with pytest.raises(ValueError):
            CustomerHistory.from_json(bad)


# -- a unit without its serial ---------------------------------------------------------------------------------------

PHONE = ReturnLine("l1", 1, "PHONE-1", "04006381333931", "Phone", 1, Decimal("300.00"), "EUR", "electronics", ("SN1",))
PHONE_ANY = ReturnLine("l2", 2, "PHONE-1", "04006381333931", "Phone", 1, Decimal("300.00"), "EUR", "electronics")


def test_a_unit_without_a_serial_on_a_line_listing_serials():
    assert match_unit((PHONE,), {}, "4006381333931", None, None).kind is MatchKind.MATCHED      # as before
    missing = match_unit((PHONE,), {}, "4006381333931", None, None, require_serial=True)
    assert (missing.kind, missing.line) == (MatchKind.SERIAL_MISSING, PHONE)
    # A line that lists no serials takes it.
    assert match_unit((PHONE, PHONE_ANY), {}, "4006381333931", None, None, require_serial=True).line == PHONE_ANY
    assert match_unit((PHONE,), {}, "4006381333931", None, "SN1", require_serial=True).kind is MatchKind.MATCHED
    rma = Return("r", "RMA-1", "ORD-1", "", None, ReturnStatus.OPEN, (), (PHONE,))
    assert Flag.SERIAL_MISSING in unit_flags(SHIPPED, missing, rma, dt.date(2026, 12, 14))
