"""One rule per import field: raw cell (CSV text) or JSON value in, clean domain value out, or a `FieldError`.

Each rule says what is wrong in words a person fixing the file understands, because the message is all they get.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from babel.numbers import is_currency
from biip import ParseError
from biip.gtin import Gtin

from inspector.domain.money import MoneyError, parse_money
from inspector.domain.returns import ReturnStatus
from inspector.scans.tracking_numbers import match_tracking_numbers

# Same shape the bench reads from an RMA barcode ("RMA", optional "-", 6-10 digits), stored the way a scan
# normalises it, so that scanning the RMA label finds the imported return.
_RMA_NUMBER = re.compile(r"RMA-?([0-9]{6,10})", re.IGNORECASE | re.ASCII)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_TRACKING = re.compile(r"[A-Z0-9]{6,40}", re.ASCII)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

LIST_SEPARATOR = ";"
MAX_QUANTITY = 9999          # a larger figure on one return line is a typo, not a return
MAX_LINE_NO = 999_999
# Matches the column widths in the database, so nothing is cut short on the way in.
ORDER_NUMBER_MAX, REASON_MAX, SKU_MAX, DESCRIPTION_MAX, CATEGORY_MAX, SERIAL_MAX = 64, 255, 64, 255, 64, 64


class FieldError(ValueError):
    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


def _as_text(field: str, raw: object) -> str:
    """CSV cells are always text; in JSON the value must be a string (or absent/null, read as empty)."""
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise FieldError(field, f"must be a string, got {_json_type(raw)}")
    return raw.strip()


def _json_type(raw: object) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(raw), type(raw).__name__)


def text(field: str, raw: object, max_length: int, required: bool) -> str:
    value = _as_text(field, raw)
    if required and not value:
        raise FieldError(field, "is empty")
    if len(value) > max_length:
        raise FieldError(field, f"is {len(value)} characters long, at most {max_length} allowed")
    if _CONTROL.search(value):
        # Line breaks and tabs would break labels and the bench's one-line displays.
        raise FieldError(field, "contains a line break, tab or other control character")
    return value


def rma_number(raw: object) -> str:
    value = _as_text("rma_number", raw)
    match = _RMA_NUMBER.fullmatch(value)
    if not match:
        shown = value or "(empty)"
        raise FieldError("rma_number", f"{shown!r} is not an RMA number (RMA- followed by 6 to 10 digits)")
    return f"RMA-{match[1]}"


def whole_number(field: str, raw: object, maximum: int) -> int:
    """A positive whole number: JSON integer or CSV digits; 2.0, "2.5", true and -1 are refused."""
    if isinstance(raw, bool) or isinstance(raw, float):
        raise FieldError(field, f"must be a whole number, got {raw!r}")
    if isinstance(raw, int):
        number = raw
    else:
        value = _as_text(field, raw)
        if not _DIGITS.fullmatch(value):
            raise FieldError(field, f"{value!r} is not a whole number" if value else "is empty")
        number = int(value)
    if number < 1:
        raise FieldError(field, f"must be 1 or more, got {number}")
    if number > maximum:
        raise FieldError(field, f"{number} is implausibly large (at most {maximum})")
    return number


def delivered_on(raw: object, today: dt.date) -> dt.date | None:
    value = _as_text("delivered_on", raw)
    if not value:
        return None  # unknown delivery date: the window cannot be checked, which the bench accepts
    if not _ISO_DATE.fullmatch(value):
        raise FieldError("delivered_on", f"{value!r} is not a date written YYYY-MM-DD")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise FieldError("delivered_on", f"{value} is not a real calendar date") from None
    # One day of slack: the upstream system may sit in a time zone ahead of UTC.
    if day > today + dt.timedelta(days=1):
        raise FieldError("delivered_on", f"{value} is in the future")
    return day


def status(raw: object) -> ReturnStatus:
    value = _as_text("status", raw).lower()
    if not value:
        return ReturnStatus.OPEN
    try:
        return ReturnStatus(value)
    except ValueError:
        raise FieldError("status", f"{value!r} is not open, closed or cancelled") from None


def _text_items(field: str, raw: object) -> list[str]:
    """A list: `a;b;c` in a CSV cell, a list of strings in JSON. Empty items (`a;;b`) are refused."""
    if raw is None:
        return []
    if isinstance(raw, list):
        items = []
        for i, item in enumerate(raw):
            if not isinstance(item, str):
                raise FieldError(f"{field}[{i}]", f"must be a string, got {_json_type(item)}")
            items.append(item.strip())
    elif isinstance(raw, str):
        if not raw.strip():
            return []
        items = [item.strip() for item in raw.split(LIST_SEPARATOR)]
    else:
        raise FieldError(field, f"must be a list of strings, got {_json_type(raw)}")
    if any(not item for item in items):
        raise FieldError(field, "has an empty entry (two separators in a row, or one at the end)")
    duplicates = sorted({item for item in items if items.count(item) > 1})
    if duplicates:
        raise FieldError(field, f"lists {', '.join(duplicates)} more than once")
    return items


def tracking_numbers(raw: object) -> tuple[str, ...]:
    """Kept the way a scan of the label normalises them, so the parcel scan finds the return."""
    numbers = []
    for item in _text_items("tracking_numbers", raw):
        compact = item.replace(" ", "").upper()
        if not _TRACKING.fullmatch(compact):
            raise FieldError("tracking_numbers", f"{item!r} is not a tracking number (6-40 letters and digits)")
        carriers = match_tracking_numbers(compact)
        valid = [m for m in carriers if m.check_digit_valid is not False]
        if carriers and not valid:
            # The bench would refuse to scan it too; a typo here means the parcel is never matched.
            raise FieldError("tracking_numbers", f"{item}: check digit does not match for a "
                             f"{carriers[0].format_name}")
        numbers.append(valid[0].value if valid else compact)
    if len(set(numbers)) != len(numbers):
        raise FieldError("tracking_numbers", "names the same tracking number twice")
    return tuple(numbers)


def serials(raw: object, quantity: int | None) -> tuple[str, ...]:
    items = _text_items("serials", raw)
    for item in items:
        if len(item) > SERIAL_MAX or _CONTROL.search(item):
            raise FieldError("serials", f"{item[:20]!r} is not a serial number (at most {SERIAL_MAX} "
                             "characters, no control characters)")
    if quantity is not None and len(items) > quantity:
        raise FieldError("serials", f"lists {len(items)} serials for a quantity of {quantity}")
    return tuple(items)


def gtin(raw: object) -> str | None:
    value = _as_text("gtin", raw)
    if not value:
        return None
    if not _DIGITS.fullmatch(value) or len(value) not in (8, 12, 13, 14):
        raise FieldError("gtin", f"{value!r} is not a GTIN (8, 12, 13 or 14 digits)")
    try:
        Gtin.parse(value)
    except ParseError:
        raise FieldError("gtin", f"{value}: check digit does not match") from None
    return value


def currency(raw: object) -> str:
    value = _as_text("currency", raw).upper()
    if not value:
        raise FieldError("currency", "is empty")
    if not re.fullmatch(r"[A-Z]{3}", value) or not is_currency(value):
        raise FieldError("currency", f"{value!r} is not an ISO 4217 currency code")
    return value


def unit_price(raw: object, currency_code: str | None) -> Decimal:
    if isinstance(raw, bool):
        raise FieldError("unit_price", f"must be an amount written as a string, got {raw!r}")
    if isinstance(raw, str):
        raw = raw.strip()
        if not raw:
            raise FieldError("unit_price", "is empty")
        if not re.fullmatch(r"[0-9]+(\.[0-9]+)?", raw, re.ASCII):
            raise FieldError("unit_price", f"{raw!r} is not an amount like 19.99 (digits, one '.' for decimals)")
    elif not isinstance(raw, (int, float)):
        raise FieldError("unit_price", f"must be an amount written as a string, got {_json_type(raw)}")
    if currency_code is None:
        # The precision depends on the currency; without one the amount cannot be judged.
        raise FieldError("unit_price", "cannot be checked without a valid currency")
    try:
        amount = parse_money(raw, currency_code)
    except MoneyError as exc:
        raise FieldError("unit_price", str(exc)) from None
    if amount < 0:
        raise FieldError("unit_price", f"{amount} is negative")
    return amount


def category(raw: object) -> str:
    # Policy names categories in lower case ("personalised"); "Personalised" must not slip past the check.
    return text("category", raw, CATEGORY_MAX, required=False).lower()
