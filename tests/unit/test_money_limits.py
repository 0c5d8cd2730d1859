"""`parse_money` at its edges: the one size limit shared with the hub, and every odd way an amount can be written.

Each refusal is a `MoneyError` whose message says what is wrong, never a decimal module error escaping.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from inspector.domain.money import MAX_WHOLE_DIGITS, MoneyError, parse_money


def refusal(raw, currency="EUR") -> str:
    with pytest.raises(MoneyError) as info:
        parse_money(raw, currency)
    return str(info.value)


@pytest.mark.parametrize("raw", ["9" * MAX_WHOLE_DIGITS, "9" * MAX_WHOLE_DIGITS + ".99", 10**MAX_WHOLE_DIGITS - 1,
                                 Decimal("9" * MAX_WHOLE_DIGITS + ".99")])
def test_the_largest_amount_the_hub_takes_is_accepted(raw):
    assert parse_money(raw, "EUR") == Decimal(str(raw))


@pytest.mark.parametrize("raw", [
    "1" + "0" * MAX_WHOLE_DIGITS,             # 16 digits: the hub would refuse it later
    "12345678901234567890123456",             # 26 digits: was imported, then refused by the hub
    "123456789012345678901234567",            # 27 digits: the decimal module's quantize failed (traceback)
    "1" * 40 + ".50",
    10**MAX_WHOLE_DIGITS,
    10**39,                                   # a 40-digit JSON integer
    10**5000,                                 # beyond Python's int-to-text limit
    Decimal("1E+30"),
    "-" + "9" * 30,
], ids=lambda raw: f"{type(raw).__name__}-{len(str(raw)) if not isinstance(raw, int) else raw.bit_length()}")
def test_amounts_beyond_the_shared_limit_are_refused_clearly(raw):
    message = refusal(raw)
    assert f"at most {MAX_WHOLE_DIGITS} digits before the decimal point" in message
    assert len(message) < 200   # a 5,000-digit number is not echoed back whole


@pytest.mark.parametrize("raw, words", [
    ("1E+30", "exponent"), ("1e-9", "exponent"), ("2E2", "exponent"),
    ("NaN", "not a number"), ("nan", "not a number"), ("sNaN", "not a number"), ("-NaN", "not a number"),
    ("Infinity", "not a finite amount"), ("-inf", "not a finite amount"), (Decimal("Infinity"), "not a finite"),
    (Decimal("NaN"), "not a number"),
    ("+19.99", "without a '+'"),
    ("1,000.00", "thousands separator"), ("1 000", "thousands separator"), ("1'000", "thousands separator"),
    ("1_000", "thousands separator"), ("1\u00a0000", "thousands separator"),
    ("19,99", "'.' for decimals"),
    (".5", "like 19.99"), ("5.", "like 19.99"), ("", "empty"), ("   ", "empty"), ("abc", "like 19.99"),
    ("١٢٣", "like 19.99"),                     # Arabic-Indic digits: Decimal reads them, a person would not expect it
    ("€19.99", "like 19.99"), ("19.99 EUR", "like 19.99"),
    (19.99, "float"), (True, "true/false"), (None, "not an amount"),
])
def test_odd_ways_of_writing_an_amount_get_a_clear_message(raw, words):
    assert words in refusal(raw)


def test_surrounding_whitespace_is_not_an_error():
    assert parse_money("  19.99\t", "EUR") == Decimal("19.99")


def test_more_decimals_than_the_currency_is_still_its_own_message():
    assert "more decimals than EUR allows" in refusal("19.999")
    assert "more decimals than JPY allows" in refusal("1.5", "JPY")
    assert "more decimals than EUR allows" in refusal("0." + "0" * 60 + "1")


def test_the_amount_is_kept_exact_and_in_plain_digits():
    # Trailing zeros beyond the minor unit change nothing, so they are accepted and the result is written plainly.
    assert str(parse_money("19.990000000", "EUR")) == "19.99"
    assert str(parse_money(Decimal("1E+3"), "JPY")) == "1000"
    assert str(parse_money("-0.00", "EUR")) == "0.00"      # no negative zero
    assert str(parse_money("0012.5", "EUR")) == "12.50"
    assert str(parse_money("12800", "JPY")) == "12800"
