"""What the customer gets for a unit (`inspector.domain.outcomes`): each rule, with exact money."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from inspector.domain.deductions import compute_deductions
from inspector.domain.outcome_policy import OutcomePolicy
from inspector.domain.outcomes import (REQUESTABLE, Outcome, OutcomeResult, chosen_outcome, decide_outcome,
                                       deductions_with, stored_outcome)
from inspector.domain.policy import Policy, load_policy
from inspector.paths import resource

SHIPPED = load_policy(resource("policy.json"))


def policy(**outcomes) -> Policy:
    return dataclasses.replace(SHIPPED, outcomes=OutcomePolicy(**outcomes))


def scratched(price: str = "149.99", currency: str = "EUR", findings=("scratches",), refundable: bool = True):
    return compute_deductions(SHIPPED, Decimal(price), currency, findings, refundable)


def test_a_refund_is_the_price_less_the_deductions():
    d = scratched()                                         # 10% of 149.99 = 14.999 -> 15.00
    result = decide_outcome(policy(), "refund", "C", frozenset(), d)
    assert result == OutcomeResult(Outcome.REFUND, Decimal("134.99"), "refund: 149.99 EUR less 15.00 EUR deductions")
    assert str(result.amount) == "134.99"


def test_store_credit_with_deductions_waived_and_a_bonus():
    result = decide_outcome(policy(store_credit_waive_deductions=True, store_credit_bonus_percent=Decimal(10)),
                            "store_credit", "C", frozenset(), scratched())
    assert result == OutcomeResult(Outcome.STORE_CREDIT, Decimal("164.99"), "store credit: deductions waived, +10%")


def test_store_credit_after_deductions_rounds_the_bonus_before_adding_it():
    result = decide_outcome(policy(store_credit_bonus_percent=Decimal(10)), "store_credit", "C", frozenset(),
                            scratched())
    # 134.99 + round(13.499) = 134.99 + 13.50
    assert result == OutcomeResult(Outcome.STORE_CREDIT, Decimal("148.49"), "store credit: after deductions, +10%")
    plain = decide_outcome(policy(), "store_credit", "C", frozenset(), scratched())
    assert (plain.amount, plain.basis) == (Decimal("134.99"), "store credit: after deductions")


def test_store_credit_in_yen_and_in_a_three_decimal_currency():
    yen = decide_outcome(policy(store_credit_bonus_percent=Decimal("7.5")), "store_credit", "A", frozenset(),
                         scratched("12800", "JPY", ()))
    assert (yen.amount, yen.basis) == (Decimal("13760"), "store credit: after deductions, +7.5%")
    assert str(yen.amount) == "13760"
    # KWD has 3 decimals: 10% of 12.345 = 1.2345 -> 1.235; 11.110 + round(1.111) = 12.221
    kwd = scratched("12.345", "KWD")
    assert kwd.refund == Decimal("11.110")
    credit = decide_outcome(policy(store_credit_bonus_percent=Decimal(10)), "store_credit", "B", frozenset(), kwd)
    assert str(credit.amount) == "12.221"
    waived = decide_outcome(policy(store_credit_waive_deductions=True, store_credit_bonus_percent=Decimal("2.5")),
                            "store_credit", "B", frozenset(), kwd)
    assert str(waived.amount) == "12.654"                  # 12.345 + round(0.308625) = 12.345 + 0.309


def test_an_exchange_at_or_above_the_lowest_grade_and_a_refund_below_it():
    rule = policy(exchange_min_grade="B")
    for grade in ("A", "B"):
        result = decide_outcome(rule, "exchange", grade, frozenset(), scratched(), "TEE-M-BLU")
        assert result == OutcomeResult(Outcome.EXCHANGE, Decimal("0.00"),
                                       "exchange for TEE-M-BLU (goods value 149.99 EUR)", "TEE-M-BLU")
        assert str(result.amount) == "0.00"
    below = decide_outcome(rule, "exchange", "C", frozenset(), scratched(), "TEE-M-BLU")
    assert below == OutcomeResult(Outcome.REFUND, Decimal("134.99"), "exchange needs grade B, got C: refunded")
    # Not graded yet: an exchange for now, decided again at the grade.
    ungraded = decide_outcome(rule, "exchange", None, frozenset(), scratched(), "TEE-M-BLU")
    assert ungraded.outcome is Outcome.EXCHANGE and ungraded.basis.endswith(", not graded yet")
    # Without a lowest grade any refundable unit may be exchanged.
    assert decide_outcome(policy(), "exchange", "E", frozenset(), scratched(), "X").outcome is Outcome.EXCHANGE


def test_an_exchange_asked_without_a_sku_is_refunded():
    # The policy's default asks for an exchange, on a line that names nothing to exchange for.
    rule = policy(default_request="exchange", exchange_min_grade="B")
    for requested, sku in ((None, None), ("exchange", None), ("exchange", "")):
        for grade in ("A", None):
            result = decide_outcome(rule, requested, grade, frozenset(), scratched(), sku)
            assert result == OutcomeResult(Outcome.REFUND, Decimal("134.99"),
                                           "exchange asked without a SKU: refunded")
    assert decide_outcome(rule, None, "A", frozenset(), scratched(), "TEE-M").outcome is Outcome.EXCHANGE


def test_a_late_return_is_only_flagged_or_waits_for_a_supervisor():
    late = frozenset({"outside_window"})
    flagged = decide_outcome(policy(late="flag"), "refund", "B", late, scratched())
    assert (flagged.outcome, flagged.amount) == (Outcome.REFUND, Decimal("134.99"))
    held = decide_outcome(policy(late="supervisor"), "store_credit", "B", late, scratched())
    assert held == OutcomeResult(Outcome.SUPERVISOR, Decimal("0.00"),
                                 "outside the return window: a supervisor decides")


def test_non_returnable_waits_for_a_supervisor_and_other_refusals_give_nothing():
    d = scratched(refundable=False)
    result = decide_outcome(policy(), "refund", "A", frozenset({"non_returnable"}), d)
    assert result == OutcomeResult(Outcome.SUPERVISOR, Decimal("0.00"), "non-returnable: a supervisor decides")
    wrong = decide_outcome(policy(), "exchange", "A", frozenset({"wrong_item", "non_returnable"}), d, "X")
    assert wrong == OutcomeResult(Outcome.NONE, Decimal("0.00"), "not refundable: wrong_item")
    none = decide_outcome(policy(), "refund", "A", frozenset({"unexpected_parcel"}), None)
    assert none == OutcomeResult(Outcome.NONE, Decimal(0), "no paid line on the return")


def test_no_request_takes_the_policys_default_and_only_three_can_be_requested():
    credit = decide_outcome(policy(default_request="store_credit", store_credit_bonus_percent=Decimal(10)), None,
                            "B", frozenset(), scratched())
    assert (credit.outcome, credit.amount) == (Outcome.STORE_CREDIT, Decimal("148.49"))
    assert decide_outcome(policy(), None, "B", frozenset(), scratched()).outcome is Outcome.REFUND
    assert REQUESTABLE == {Outcome.REFUND, Outcome.EXCHANGE, Outcome.STORE_CREDIT}
    for bad in ("supervisor", "none", "cash"):
        with pytest.raises(ValueError):
            decide_outcome(policy(), bad, "B", frozenset(), scratched())


def test_a_supervisors_deduction_override_feeds_the_outcome():
    overridden = deductions_with(Decimal("139.99"), Decimal("10.00"), Decimal("149.99"), "EUR")
    assert decide_outcome(policy(), "refund", "C", frozenset(), overridden).amount == Decimal("139.99")
    credit = decide_outcome(policy(store_credit_bonus_percent=Decimal(10)), "store_credit", "C", frozenset(),
                            overridden)
    assert credit.amount == Decimal("153.99")                 # 139.99 + 14.00 (13.999 rounded)


def test_a_supervisors_choice_at_the_rules_amount():
    rule = policy(store_credit_bonus_percent=Decimal(10), exchange_min_grade="B")
    d = scratched(refundable=False)                             # e.g. non-returnable: refund 0 by the flags
    refund = chosen_outcome(rule, Outcome.REFUND, d)
    assert refund == OutcomeResult(Outcome.REFUND, Decimal("134.99"),
                                   "chosen by a supervisor: refund: 149.99 EUR less 15.00 EUR deductions")
    credit = chosen_outcome(rule, Outcome.STORE_CREDIT, d)
    assert (credit.outcome, credit.amount) == (Outcome.STORE_CREDIT, Decimal("148.49"))
    assert credit.basis == "chosen by a supervisor: store credit: after deductions, +10%"
    exchange = chosen_outcome(rule, Outcome.EXCHANGE, d, "TEE-M-BLU")
    assert exchange == OutcomeResult(Outcome.EXCHANGE, Decimal("0.00"),
                                     "chosen by a supervisor: exchange for TEE-M-BLU (goods value 149.99 EUR)",
                                     "TEE-M-BLU")
    nothing = chosen_outcome(rule, Outcome.NONE, d)
    assert nothing == OutcomeResult(Outcome.NONE, Decimal("0.00"), "chosen by a supervisor: nothing")
    overridden = deductions_with(Decimal("0.00"), Decimal("20.00"), Decimal("149.99"), "EUR")
    assert chosen_outcome(rule, Outcome.REFUND, overridden).amount == Decimal("129.99")
    assert chosen_outcome(rule, Outcome.REFUND, None).amount == Decimal(0)
    with pytest.raises(ValueError):
        chosen_outcome(rule, Outcome.SUPERVISOR, d)


def test_rows_from_before_0008_read_as_refunds():
    assert stored_outcome(None, None, Decimal("134.99")) == (Outcome.REFUND, Decimal("134.99"))
    assert stored_outcome(None, None, None) == (Outcome.REFUND, Decimal(0))
    assert stored_outcome("exchange", Decimal("0.00"), Decimal("134.99")) == (Outcome.EXCHANGE, Decimal("0.00"))
    assert stored_outcome("store_credit", Decimal("164.99"), Decimal("134.99")) == (Outcome.STORE_CREDIT,
                                                                                   Decimal("164.99"))
