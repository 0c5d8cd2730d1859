"""Money is Decimal, rounded to the currency's minor unit. Never float."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache


class MoneyError(ValueError):
    pass


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


def parse_money(text: str | int | Decimal, currency: str) -> Decimal:
    """Reads an amount from an import file or policy; refuses floats so no binary rounding sneaks in."""
    if isinstance(text, float):
        raise MoneyError(f"amount {text!r} is a float; write money as a string such as \"19.99\"")
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation as exc:
        raise MoneyError(f"{text!r} is not an amount") from exc
    if not value.is_finite():
        raise MoneyError(f"{text!r} is not a finite amount")
    if value != round_money(value, currency):
        raise MoneyError(f"{text} has more decimals than {currency.upper()} allows")
    return value


def format_money(amount: Decimal, currency: str, locale: str = "en_US") -> str:
    from babel.numbers import format_currency
    return format_currency(amount, currency.upper(), locale=locale)
