"""Policy `outcomes` and `fraud`: absent, today's behaviour; present, strict, naming the field at fault."""
from __future__ import annotations

import copy
import json
from decimal import Decimal

import pytest

from inspector.domain.deductions import compute_deductions
from inspector.domain.fraud import Signal, UnitEvidence, assess_risk, unit_reasons
from inspector.domain.outcome_policy import DEFAULT_WEIGHTS, FraudPolicy, OutcomePolicy, RepeatRule, WeightRule
from inspector.domain.outcomes import Outcome, decide_outcome
from inspector.domain.policy import PolicyError, policy_from_dict
from inspector.paths import resource

SHIPPED_JSON = json.loads(resource("policy.json").read_text(encoding="utf-8"))


def without_sections() -> dict:
    data = copy.deepcopy(SHIPPED_JSON)
    del data["outcomes"], data["fraud"]
    return data


def with_section(name: str, section: dict) -> dict:
    data = without_sections()
    data[name] = section
    return data


def test_a_policy_without_the_sections_behaves_as_before():
    policy = policy_from_dict(without_sections())
    assert policy.outcomes == OutcomePolicy() and policy.fraud == FraudPolicy()
    assert policy.fraud.hold_threshold is None
    # Every unit's money is the refund as computed, whatever was requested or flagged.
    for findings in ((), ("scratches",), ("dents", "stains", "used_signs")):
        for flags in (frozenset(), frozenset({"outside_window"}), frozenset({"over_deduction_threshold"}),
                      frozenset({"return_not_open"})):
            d = compute_deductions(policy, Decimal("149.99"), "EUR", findings)
            result = decide_outcome(policy, None, "C", flags, d)
            assert (result.outcome, result.amount) == (Outcome.REFUND, d.refund)
            credit = decide_outcome(policy, "store_credit", "C", flags, d)
            assert credit.amount == d.refund                       # no bonus, deductions kept
    # Signals are shown, nothing is held.
    e = UnitEvidence(frozenset({"wrong_item"}), frozenset(), "", None, None, frozenset({"empty_box"}), {}, None)
    risk = assess_risk(policy, unit_reasons(policy, e))
    assert risk.score == 140 and not risk.held and risk.threshold is None


def test_the_shipped_policy():
    policy = policy_from_dict(SHIPPED_JSON)
    assert policy.outcomes == OutcomePolicy(store_credit_bonus_percent=Decimal(10), exchange_min_grade="B")
    assert policy.fraud == FraudPolicy(hold_threshold=80)
    assert len(policy.damage_types) == 10                            # F1-F10: no new damage type


def test_every_field_read():
    outcomes = {"default_request": "store_credit", "store_credit": {"waive_deductions": True, "bonus_percent": "12.5"},
                "exchange": {"min_grade": "c"}, "late": "supervisor"}
    fraud = {"hold_threshold": 100, "weights": {"empty_box": 100}, "require_serial": True,
             "weight": {"tolerance_percent": "5", "tolerance_g": 10, "packaging_g": 150, "empty_below_percent": "30"},
             "wear": {"findings": ["used_signs", "stains"], "unused_reasons": ["  Never Worn "]},
             "swap_findings": [], "repeat_returner": {"days": 30, "min_returns": 4, "min_rate_percent": "40",
                                                      "min_orders": 5}}
    data = without_sections() | {"outcomes": outcomes, "fraud": fraud}
    policy = policy_from_dict(data)
    assert policy.outcomes == OutcomePolicy("store_credit", True, Decimal("12.5"), "C", "supervisor")
    assert policy.fraud == FraudPolicy(
        hold_threshold=100, weights={**DEFAULT_WEIGHTS, "empty_box": 100},
        weight=WeightRule(Decimal(5), 10, 150, Decimal(30)), wear_findings=frozenset({"used_signs", "stains"}),
        unused_reasons=("never worn",), swap_findings=frozenset(), require_serial=True,
        repeat=RepeatRule(30, 4, Decimal(40), 5))
    assert policy.fraud.weights[Signal.EMPTY_BOX] == 100
    # A hold threshold of null is as absent.
    assert policy_from_dict(with_section("fraud", {"hold_threshold": None})).fraud == FraudPolicy()


@pytest.mark.parametrize("name, section, message", [
    ("outcomes", "refund", "outcomes: must be an object"),
    ("outcomes", {"colour": 1}, "outcomes: unknown field 'colour'"),
    ("outcomes", {"default_request": "cash"}, "outcomes.default_request: must be one of refund, exchange, store_"),
    ("outcomes", {"default_request": "supervisor"}, "outcomes.default_request"),
    ("outcomes", {"late": "ignore"}, "outcomes.late: must be one of flag, supervisor"),
    ("outcomes", {"store_credit": {"bonus": "10"}}, "outcomes.store_credit: unknown field 'bonus'"),
    ("outcomes", {"store_credit": {"bonus_percent": 10.5}}, "outcomes.store_credit.bonus_percent: write numbers as"),
    ("outcomes", {"store_credit": {"bonus_percent": "ten"}}, "outcomes.store_credit.bonus_percent: 'ten' is not a"),
    ("outcomes", {"store_credit": {"bonus_percent": "-1"}}, "outcomes.store_credit.bonus_percent: must be a perc"),
    ("outcomes", {"store_credit": {"waive_deductions": "yes"}}, "outcomes.store_credit.waive_deductions: must be t"),
    ("outcomes", {"exchange": {"min_grade": "Z"}}, "outcomes.exchange.min_grade: 'Z' is not a grade"),
    ("outcomes", {"exchange": {"lowest": "B"}}, "outcomes.exchange: unknown field 'lowest'"),
    ("fraud", [], "fraud: must be an object"),
    ("fraud", {"threshold": 80}, "fraud: unknown field 'threshold'"),
    ("fraud", {"hold_threshold": 0}, "fraud.hold_threshold: must be a whole number from 1"),
    ("fraud", {"hold_threshold": "80"}, "fraud.hold_threshold: must be a whole number"),
    ("fraud", {"weights": {"stolen": 50}}, "fraud.weights: unknown field 'stolen'"),
    ("fraud", {"weights": {"empty_box": -5}}, "fraud.weights.empty_box: must be a whole number from 0 to 1000"),
    ("fraud", {"weight": {"tolerance_g": -1}}, "fraud.weight.tolerance_g: must be a whole number from 0"),
    ("fraud", {"weight": {"tolerance_percent": 10.0}}, "fraud.weight.tolerance_percent: write numbers as strings"),
    ("fraud", {"weight": {"packaging": 300}}, "fraud.weight: unknown field 'packaging'"),
    ("fraud", {"wear": {"findings": ["sparkles"]}}, "fraud.wear.findings: 'sparkles' is not a damage type"),
    ("fraud", {"wear": {"unused_reasons": [""]}}, "fraud.wear.unused_reasons: must be a list of non-empty texts"),
    ("fraud", {"wear": {"reasons": []}}, "fraud.wear: unknown field 'reasons'"),
    ("fraud", {"swap_findings": ["nope"]}, "fraud.swap_findings: 'nope' is not a damage type"),
    ("fraud", {"swap_findings": "wrong_item_shipped"}, "fraud.swap_findings: must be a list of finding codes"),
    ("fraud", {"require_serial": "yes"}, "fraud.require_serial: must be true or false"),
    ("fraud", {"repeat_returner": {"days": 0}}, "fraud.repeat_returner.days: must be a whole number from 1"),
    ("fraud", {"repeat_returner": {"min_rate_percent": "x"}}, "fraud.repeat_returner.min_rate_percent: 'x' is not"),
    ("fraud", {"repeat_returner": {"weeks": 2}}, "fraud.repeat_returner: unknown field 'weeks'"),
])
def test_a_bad_field_is_named(name, section, message):
    with pytest.raises(PolicyError) as caught:
        policy_from_dict(with_section(name, section))
    assert str(caught.value).startswith(message)


def test_the_old_fields_numbers_read_as_before():
    data = without_sections() | {"deduction_cap_percent": 40}
    assert policy_from_dict(data).deduction_cap_percent == Decimal(40)
    with pytest.raises(PolicyError, match="deduction_cap_percent: write numbers as strings"):
        policy_from_dict(without_sections() | {"deduction_cap_percent": 40.0})
