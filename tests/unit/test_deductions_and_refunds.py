from decimal import Decimal

import pytest

from inspector.domain.deductions import compute_deductions
from inspector.domain.money import MoneyError, parse_money, round_money
from inspector.domain.policy import PolicyError, policy_from_dict
from inspector.paths import resource
from inspector.domain.policy import load_policy

POLICY = load_policy(resource("policy.json"))


def test_percent_deduction_is_rounded_to_the_minor_unit():
    result = compute_deductions(POLICY, Decimal("19.99"), "EUR", ("scratches",))
    assert result.lines[0].amount == Decimal("2.00")   # 10% of 19.99 = 1.999 -> 2.00
    assert result.refund == Decimal("17.99")
    assert not result.capped


def test_yen_has_no_minor_unit():
    result = compute_deductions(POLICY, Decimal("1999"), "JPY", ("scratches",))
    assert result.lines[0].amount == Decimal("200")
    assert result.refund == Decimal("1799")


def test_fixed_amount_in_the_item_currency_and_fallback_percent_elsewhere():
    eur = compute_deductions(POLICY, Decimal("80.00"), "EUR", ("missing_accessory",))
    assert eur.total == Decimal("5.00") and eur.refund == Decimal("75.00")
    chf = compute_deductions(POLICY, Decimal("80.00"), "CHF", ("missing_accessory",))
    assert chf.total == Decimal("4.00")          # 5% fallback: no fixed CHF amount in the policy
    assert "no fixed amount in CHF" in chf.lines[0].basis


def test_total_is_capped_per_item():
    result = compute_deductions(POLICY, Decimal("100.00"), "EUR", ("dents", "stains", "used_signs"))
    assert sum(ln.amount for ln in result.lines) == Decimal("60.00")
    assert result.capped and result.total == Decimal("50.00") and result.refund == Decimal("50.00")


@pytest.mark.parametrize("finding", ["defective", "wrong_item_shipped", "transit_damage"])
def test_nothing_is_kept_back_when_the_fault_is_ours_or_the_carriers(finding):
    result = compute_deductions(POLICY, Decimal("49.90"), "EUR", (finding, "scratches"))
    ours = next(ln for ln in result.lines if ln.finding == finding)
    assert ours.amount == Decimal("0.00") and "fault" in ours.basis
    assert result.total == Decimal("4.99")


def test_not_refundable_refunds_nothing():
    result = compute_deductions(POLICY, Decimal("10.00"), "EUR", (), refundable=False)
    assert result.refund == Decimal("0.00") and result.total == Decimal("0.00")


def test_money_refuses_floats_and_excess_decimals():
    with pytest.raises(MoneyError):
        parse_money(19.99, "EUR")  # type: ignore[arg-type]
    with pytest.raises(MoneyError):
        parse_money("1.005", "EUR")
    with pytest.raises(MoneyError):
        parse_money("12.5", "JPY")
    assert parse_money("0.125", "KWD") == Decimal("0.125")
    assert round_money(Decimal("2.675"), "EUR") == Decimal("2.68")   # half up, not banker's


def test_policy_errors_name_the_field():
    with pytest.raises(PolicyError, match="return_window_days"):
        policy_from_dict({"grades": [{"code": "A", "label": "x"}], "damage_types": [],
                          "dispositions": [{"code": "quarantine", "label": "Q"}]})
    with pytest.raises(PolicyError, match="float"):
        policy_from_dict({"return_window_days": 14, "grades": [{"code": "A", "label": "x"}],
                          "damage_types": [{"code": "d", "label": "D",
                                            "deduction": {"kind": "percent", "percent": 10.5}}],
                          "dispositions": [{"code": "quarantine", "label": "Q"}]})
