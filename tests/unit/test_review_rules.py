"""The review's plain rules: which flags are exceptions, who may decide, what a deduction override does."""
from decimal import Decimal

import pytest

from inspector.domain.operators import Role
from inspector.domain.review import (DeductionOverrideError, clean_reason, exception_flags, may_review,
                                     override_deduction)


def test_exception_flags_are_the_issue_list_in_review_order():
    assert exception_flags(["over_deduction_threshold", "wrong_item", "something_else"]) == (
        "wrong_item", "over_deduction_threshold")
    assert exception_flags(["disposition_overridden", "outside_window", "non_returnable", "serial_mismatch",
                            "unexpected_parcel"]) == (
        "serial_mismatch", "unexpected_parcel", "outside_window", "non_returnable", "disposition_overridden")
    assert exception_flags([]) == ()


def test_only_supervisors_may_review():
    assert may_review(Role.SUPERVISOR) and may_review("supervisor")
    assert not may_review(Role.INSPECTOR) and not may_review(Role.ADMIN)


def test_reason_is_trimmed_and_blank_means_none():
    assert clean_reason("  customer  called\n back ") == "customer called back"
    assert clean_reason("   ") == "" and clean_reason(None) == ""


def test_deduction_override_recomputes_total_and_refund_to_the_minor_unit():
    change = override_deduction(Decimal("299.90"), "EUR", {"scratches": Decimal("15.00"), "dents": Decimal("30.00")},
                                "scratches", "5.5")
    assert change.amounts["scratches"] == Decimal("5.5")
    assert change.total == Decimal("35.50") and change.refund == Decimal("264.40")
    jpy = override_deduction(Decimal("1999"), "JPY", {"stains": Decimal("200")}, "stains", "0")
    assert jpy.total == Decimal("0") and jpy.refund == Decimal("1999")


def test_deduction_override_never_refunds_what_is_not_refundable():
    change = override_deduction(Decimal("10.00"), "EUR", {"dents": None}, "dents", "2.00", refundable=False)
    assert change.total == Decimal("2.00") and change.refund == Decimal("0.00")


@pytest.mark.parametrize("amount", ["-1", "300", "1.234", "abc", "NaN"])
def test_deduction_override_refuses_amounts_outside_the_price_or_the_currency(amount):
    with pytest.raises(DeductionOverrideError):
        override_deduction(Decimal("299.90"), "EUR", {"scratches": Decimal("15.00")}, "scratches", amount)


def test_deduction_override_needs_an_existing_finding():
    with pytest.raises(DeductionOverrideError):
        override_deduction(Decimal("299.90"), "EUR", {}, "scratches", "1")
