"""Money is Decimal, rounded to the currency's minor unit. Never float."""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache


class MoneyError(ValueError):
    pass


# One limit for every amount the bench takes in and the hub accepts: at most this many digits before the decimal
# point and MAX_FRACTION_DIGITS after it. The hub's schema pattern is built from the same two numbers.
MAX_WHOLE_DIGITS = 15
MAX_FRACTION_DIGITS = 6


@cache
def minor_unit_exponent(currency: str) -> int:
    """Digits after the decimal point (EUR 2, JPY 0, KWD 3), from CLDR via Babel."""
    # Babel is imported on first use: the window imports this module before its first paint.
    from babel.numbers import get_currency_precision
    return get_currency_precision(currency.upper())


def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-minor_unit_exponent(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    # Commercial rounding (half up) is what refund slips and accountants expect, not banker's rounding.
    return amount.quantize(quantum(currency), rounding=ROUND_HALF_UP)


_PLAIN_AMOUNT = re.compile(r"-?([0-9]+)(?:\.([0-9]+))?", re.ASCII)
_NOT_A_NUMBER = re.compile(r"[+-]?s?nan[0-9]*", re.IGNORECASE)
_INFINITE = re.compile(r"[+-]?inf(inity)?", re.IGNORECASE)
_DECIMAL_COMMA = re.compile(r"-?[0-9]+,[0-9]{1,2}", re.ASCII)
_GROUPED = re.compile(r"-?[0-9]{1,3}([,' _\u00a0\u202f.][0-9]{3})+(\.[0-9]+)?", re.ASCII)
# Far longer than any amount within the limit: a longer text is not diagnosed further.
_MAX_TEXT = 2 * (MAX_WHOLE_DIGITS + MAX_FRACTION_DIGITS) + 8
_EXAMPLE = "like 19.99 (digits, one '.' for decimals)"


def _cut(text: str) -> str:
    return text if len(text) <= 24 else text[:20] + "..."


def _shown(text: str) -> str:
    return repr(_cut(text))


def _too_large(shown: str) -> MoneyError:
    return MoneyError(f"{shown} is too large: at most {MAX_WHOLE_DIGITS} digits before the decimal point")


def _why_not_an_amount(text: str) -> str:
    """The reason a text is not a plain amount, in the words of the mistake most likely behind it."""
    shown = _shown(text)
    if _NOT_A_NUMBER.fullmatch(text):
        return f"{shown} is not a number"
    if _INFINITE.fullmatch(text):
        return f"{shown} is not a finite amount"
    if text.startswith("+") and _PLAIN_AMOUNT.fullmatch(text[1:]):
        return f"{shown}: write the amount without a '+'"
    if _DECIMAL_COMMA.fullmatch(text):
        return f"{shown}: use '.' for decimals, as in 19.99"
    if _GROUPED.fullmatch(text):
        return f"{shown}: write the amount without thousands separators, as in 1234.50"
    try:
        if "e" in text.lower() and Decimal(text).is_finite():
            return f"{shown}: exponent notation is not accepted; write the amount in full, {_EXAMPLE}"
    except InvalidOperation:
        pass
    return f"{shown} is not an amount {_EXAMPLE}"


def _from_text(text: str) -> Decimal:
    text = text.strip()
    if not text:
        raise MoneyError("the amount is empty")
    match = _PLAIN_AMOUNT.fullmatch(text)
    if not match:
        # A text far longer than any amount gets the plain reason, without guessing at what it meant.
        raise MoneyError(_why_not_an_amount(text) if len(text) <= _MAX_TEXT
                         else f"{_shown(text)} is not an amount {_EXAMPLE}")
    if len(match[1].lstrip("0")) > MAX_WHOLE_DIGITS:
        raise _too_large(_shown(text))
    return Decimal(text)


def _from_decimal(value: Decimal, shown: str) -> Decimal:
    if value.is_nan():
        raise MoneyError(f"{shown} is not a number")
    if not value.is_finite():
        raise MoneyError(f"{shown} is not a finite amount")
    if not value.is_zero() and value.adjusted() >= MAX_WHOLE_DIGITS:
        raise _too_large(shown)
    return value


def parse_money(text: str | int | Decimal, currency: str) -> Decimal:
    """Reads an amount from an import file, policy or a person; refuses floats so no binary rounding sneaks in.

    Accepted: plain digits with an optional '-' and one '.' (surrounding whitespace is ignored), a whole number, or a
    Decimal; at most MAX_WHOLE_DIGITS digits before the point, no more decimals than the currency has. Everything
    else (exponents, NaN, Infinity, '+', thousands separators, a decimal comma) is a `MoneyError` saying which.
    The result is exact and written in the currency's minor unit (19.990 EUR is 19.99, never -0), so it is stored
    and sent upstream as plain digits within the hub's limit.
    """
    if isinstance(text, bool):
        raise MoneyError("true/false is not an amount; write money as a string such as \"19.99\"")
    if isinstance(text, float):
        raise MoneyError(f"amount {text!r} is a float; write money as a string such as \"19.99\"")
    if isinstance(text, str):
        value = _from_text(text)
    elif isinstance(text, int):
        if abs(text) >= 10**MAX_WHOLE_DIGITS:   # compared as a number: a huge int cannot even be turned into text
            raise _too_large(f"a number of {len(str(abs(text))) if text.bit_length() < 10_000 else 'many'} digits")
        value = Decimal(text)
    elif isinstance(text, Decimal):
        value = _from_decimal(text, _shown(str(text)))
    else:
        raise MoneyError(f"{type(text).__name__} is not an amount {_EXAMPLE}")
    rounded = round_money(value, currency)
    if value != rounded:
        raise MoneyError(f"{_cut(str(text).strip())} has more decimals than {currency.upper()} allows")
    return rounded.copy_abs() if rounded.is_zero() else rounded


def format_money(amount: Decimal, currency: str, locale: str = "en_US") -> str:
    from babel.numbers import format_currency
    return format_currency(amount, currency.upper(), locale=locale)
