"""Each import field rule: what it accepts, how it normalises, and the reason it gives when it refuses."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from inspector.domain.returns import ReturnStatus
from inspector.importing import field_rules as rules
from inspector.importing.field_rules import FieldError

TODAY = dt.date(2026, 11, 23)


def reason(check, *args) -> str:
    with pytest.raises(FieldError) as info:
        check(*args)
    return info.value.reason


@pytest.mark.parametrize("raw, expected", [("RMA-123456", "RMA-123456"), ("rma1234567890", "RMA-1234567890"),
                                           (" RMA-0001234 ", "RMA-0001234")])
def test_rma_numbers_are_read_as_a_scan_reads_them(raw, expected):
    assert rules.rma_number(raw) == expected


@pytest.mark.parametrize("raw", ["DZMb5xQ4RRMA", "R-2026-000123", "#1001-R1", "A7K2P9QX", "XRMA-123456",
                                 "RMA-12345", "RMA-12345678901", "RMA-12a456", "rma-0001",
                                 "RMA-2026-0001", "Retur Nr. 17/ü", "x" * 64, "7",
                                 # Amazon ids shaped like our RMA- numbers or our license plates: a scan of a known
                                 # return looks it up first
                                 "rmA5QZi7RRMA", "RMA5QZI7RRMA", "lpgSTh32RRMA", "LP3X7K9QRRMA"])
def test_any_upstream_number_is_kept_exactly(raw):
    # XRMA-123456, RMA-12345 and RMA-12a456 were refused while only our RMA- numbers existed; now each is simply an
    # upstream's own id (a shop plugin's "RMA-12345"), found at the bench by looking it up.
    assert rules.rma_number(f"  {raw} ") == raw


@pytest.mark.parametrize("raw, words", [
    ("", "is empty"),
    ("x" * 65, "65 characters long, at most 64"),
    ("R-1\tX", "control character"),
    ("R-1\u00a0X", "cannot be printed"),
    ("R-\u202e1", "text-direction"),
    ("OP-1234", "bench's own badge barcode"),
    ("CMD:COMPLETE", "bench's own command barcode"),
    ("cmd:nothing", "bench's own command barcode"),
    (123456, "must be a string"),
])
def test_bad_rma_numbers_are_refused_with_the_reason(raw, words):
    assert words in reason(rules.rma_number, raw)


def test_a_missing_rma_number_is_refused():
    assert "is empty" in reason(rules.rma_number, None)


def test_gtin_check_digit_is_verified():
    assert rules.gtin("4006381333931") == "4006381333931"
    assert rules.gtin("") is None
    assert "check digit" in reason(rules.gtin, "4006381333932")
    assert "8, 12, 13 or 14 digits" in reason(rules.gtin, "40063813339")
    assert "8, 12, 13 or 14 digits" in reason(rules.gtin, "400638133393X")


def test_currency_must_be_iso_4217():
    assert rules.currency("eur") == "EUR"
    assert rules.currency("JPY") == "JPY"
    assert "ISO 4217" in reason(rules.currency, "EURO")
    assert "ISO 4217" in reason(rules.currency, "XYZ")
    assert reason(rules.currency, "") == "is empty"


def test_money_is_exact_and_respects_the_currency_minor_unit():
    assert rules.unit_price("19.99", "EUR") == Decimal("19.99")
    assert rules.unit_price("12800", "JPY") == Decimal("12800")
    assert rules.unit_price(12800, "JPY") == Decimal("12800")
    assert rules.unit_price("1.234", "KWD") == Decimal("1.234")
    assert "more decimals than EUR" in reason(rules.unit_price, "19.999", "EUR")
    assert "more decimals than JPY" in reason(rules.unit_price, "12800.5", "JPY")


def test_a_json_float_price_is_an_error():
    assert "float" in reason(rules.unit_price, 19.99, "EUR")


@pytest.mark.parametrize("raw", ["19,99", "1e3", "-5", "abc", "NaN", "19.99 EUR", " "])
def test_malformed_amounts_are_refused(raw):
    assert reason(rules.unit_price, raw, "EUR")


def test_price_cannot_be_judged_without_a_currency():
    assert "currency" in reason(rules.unit_price, "19.99", None)


def test_negative_json_integer_price_is_refused():
    assert "negative" in reason(rules.unit_price, -5, "EUR")


@pytest.mark.parametrize("raw", ["0", "-1", "1.5", "2.0", "two", "", True, 2.0, 10000])
def test_quantity_is_a_positive_whole_number(raw):
    assert reason(rules.whole_number, "quantity", raw, rules.MAX_QUANTITY)


def test_quantity_accepts_csv_digits_and_json_integers():
    assert rules.whole_number("quantity", "3", rules.MAX_QUANTITY) == 3
    assert rules.whole_number("quantity", 3, rules.MAX_QUANTITY) == 3


def test_dates_are_strict_iso_and_not_in_the_future():
    assert rules.delivered_on("2026-11-01", TODAY) == dt.date(2026, 11, 1)
    assert rules.delivered_on("", TODAY) is None
    assert "YYYY-MM-DD" in reason(rules.delivered_on, "01/11/2026", TODAY)
    assert "YYYY-MM-DD" in reason(rules.delivered_on, "20261101", TODAY)
    assert "real calendar date" in reason(rules.delivered_on, "2026-02-30", TODAY)
    assert "future" in reason(rules.delivered_on, "2026-12-01", TODAY)


def test_status_defaults_to_open():
    assert rules.status("") is ReturnStatus.OPEN
    assert rules.status("Cancelled") is ReturnStatus.CANCELLED
    assert "open, closed or cancelled" in reason(rules.status, "returned")


def test_tracking_numbers_are_normalised_and_check_digits_verified():
    assert rules.tracking_numbers("1z4e7w90 3618442102; 3401234561") == ("1Z4E7W903618442102", "3401234561")
    assert rules.tracking_numbers(["EJ123456785JP"]) == ("EJ123456785JP",)
    assert rules.tracking_numbers("") == ()
    # An unknown carrier's number is kept as it is: the bench can still match the parcel by RMA label.
    assert rules.tracking_numbers("GLSX12345678") == ("GLSX12345678",)
    assert "check digit" in reason(rules.tracking_numbers, "1Z4E7W903618442103")
    assert "check digit" in reason(rules.tracking_numbers, "3401234562")
    assert "empty entry" in reason(rules.tracking_numbers, "3401234561;;")
    assert "more than once" in reason(rules.tracking_numbers, "3401234561;3401234561")


def test_serials_may_not_outnumber_the_quantity():
    assert rules.serials("A1;B2", 2) == ("A1", "B2")
    assert "for a quantity of 1" in reason(rules.serials, "A1;B2", 1)
    assert "more than once" in reason(rules.serials, ["A1", "A1"], 2)
    assert "must be a string" in reason(rules.serials, ["A1", 7], 2)


def test_text_refuses_control_characters_and_overlong_values():
    assert "control character" in reason(rules.text, "description", "two\nlines", 255, False)
    assert "at most 64" in reason(rules.text, "sku", "x" * 65, 64, True)
    assert reason(rules.text, "sku", "  ", 64, True) == "is empty"


def test_category_is_lower_cased_for_the_policy_lookup():
    assert rules.category("Personalised") == "personalised"


# -- outcomes and fraud signals (issue 13) ----------------------------------------------------------------------------

def test_a_customer_id_is_kept_exactly_and_is_optional():
    assert rules.customer_id(" CUST-00017 ") == "CUST-00017"
    assert rules.customer_id("gid://shopify/Customer/7") == "gid://shopify/Customer/7"
    assert rules.customer_id("") is None and rules.customer_id(None) is None
    assert "65 characters long, at most 64" in reason(rules.customer_id, "c" * 65)
    assert "control character" in reason(rules.customer_id, "C\t1")
    assert "cannot be printed" in reason(rules.customer_id, "C\u00a01")
    assert "must be a string" in reason(rules.customer_id, 17)


@pytest.mark.parametrize("raw, expected", [("0", 0), (0, 0), ("12", 12), (1_000_000, 1_000_000), ("", None),
                                           (None, None)])
def test_customer_orders_is_a_count_from_zero(raw, expected):
    assert rules.customer_orders(raw) == expected


@pytest.mark.parametrize("raw, words", [("-1", "not a whole number"), (-1, "must be 0 or more"),
                                        ("2.5", "not a whole number"), (True, "whole number"),
                                        (1_000_001, "implausibly large (at most 1000000)")])
def test_bad_customer_orders_are_refused(raw, words):
    assert words in reason(rules.customer_orders, raw)


@pytest.mark.parametrize("raw, expected", [("refund", "refund"), (" Exchange ", "exchange"),
                                           ("STORE_CREDIT", "store_credit"), ("", None), (None, None)])
def test_a_requested_outcome_is_one_of_three_or_the_policys_default(raw, expected):
    assert rules.requested_outcome(raw) == expected


def test_an_unknown_requested_outcome_names_the_choices():
    assert reason(rules.requested_outcome, "voucher") == "'voucher' is not refund, exchange or store_credit"


def test_an_exchange_needs_its_sku_and_nothing_else_takes_one():
    assert rules.exchange_sku(" TEE-M-BLU ", "exchange") == "TEE-M-BLU"
    assert rules.exchange_sku("", "refund") is None and rules.exchange_sku(None, None) is None
    assert "an exchange needs the SKU" in reason(rules.exchange_sku, "", "exchange")
    assert "requested_outcome is refund" in reason(rules.exchange_sku, "TEE-M-BLU", "refund")
    assert "requested_outcome is empty" in reason(rules.exchange_sku, "TEE-M-BLU", None)
    assert "65 characters long" in reason(rules.exchange_sku, "S" * 65, "exchange")


def test_exchange_description_and_unit_weight():
    assert rules.exchange_description(" T-shirt M blue ") == "T-shirt M blue"
    assert rules.exchange_description("") is None
    assert "256 characters long, at most 255" in reason(rules.exchange_description, "d" * 256)
    assert rules.unit_weight_g("180") == 180 and rules.unit_weight_g(1_000_000) == 1_000_000
    assert rules.unit_weight_g("") is None and rules.unit_weight_g(None) is None
    assert "must be 1 or more" in reason(rules.unit_weight_g, 0)
    assert "not a whole number" in reason(rules.unit_weight_g, "0.18")
    assert "must be a whole number" in reason(rules.unit_weight_g, 180.0)
