"""One rule per import field: raw cell (CSV text) or JSON value in, clean domain value out, or a `FieldError`.

Each rule says what is wrong in words a person fixing the file understands, because the message is all they get.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache

from babel.numbers import is_currency
from biip import ParseError
from biip.gtin import Gtin

from inspector.domain.money import MoneyError, parse_money
from inspector.domain.returns import ReturnStatus
from inspector.scans.bench_codes import own_code_kind
from inspector.scans.kinds import ScanKind
from inspector.scans.tracking_numbers import match_tracking_numbers

# Our own RMA shape ("RMA", optional "-", 6-10 digits) is stored the way a scan normalises it, so that scanning
# the RMA label finds the imported return. Any other number is the upstream's own and is kept exactly.
_RMA_NUMBER = re.compile(r"RMA-?([0-9]{6,10})", re.IGNORECASE | re.ASCII)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_TRACKING = re.compile(r"[A-Z0-9]{6,40}", re.ASCII)
# C0 and C1 controls (NUL, tab, CR, LF, NEL...) and the Unicode line and paragraph separators: all break a line.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Invisible direction overrides: they make "SN-123" show as "321-NS" on a screen or label. Right-to-left text itself
# (Arabic, Hebrew) needs none of them and is kept exactly as written.
_DIRECTION_CONTROL = re.compile(r"[\u202a-\u202e\u2066-\u2069]")

LIST_SEPARATOR = ";"
MAX_QUANTITY = 9999          # a larger figure on one return line is a typo, not a return
MAX_LINE_NO = 999_999
# Matches the column widths in the database, so nothing is cut short on the way in.
RMA_NUMBER_MAX, ORDER_NUMBER_MAX, REASON_MAX, SKU_MAX, DESCRIPTION_MAX, CATEGORY_MAX, SERIAL_MAX = 64, 64, 255, 64, 255, 64, 64


# A JSON escape such as "\ud800" that is half of a pair: valid JSON text, but no character, so neither the
# database nor a UTF-8 terminal can take it.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def shown(value: str) -> str:
    """A value quoted for a message, cut short: a 10,000-character cell is not echoed back whole."""
    return repr(value if len(value) <= 40 else value[:37] + "...")


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
    _refuse_surrogates(field, raw)
    return raw.strip()


def _refuse_surrogates(field: str, raw: str) -> None:
    if _SURROGATE.search(raw):
        raise FieldError(field, "contains a broken character: half of a UTF-16 surrogate pair (an escape such as "
                                "\\ud800 in the JSON without its other half)")


def _json_type(raw: object) -> str:
    for kind, name in ((bool, "true/false"), (int, "a number"), (float, "a number"), (list, "a list"),
                       (dict, "an object")):
        if isinstance(raw, kind):
            return name
    return type(raw).__name__


def _number(number: int) -> str:
    """A number for a message: in full when short, else by its length (a huge JSON integer is not echoed)."""
    text = str(number)
    digits = text.lstrip("-")
    return text if len(digits) <= 20 or not digits.isdigit() else f"a number of {len(digits)} digits"


def _refuse_invisible(field: str, value: str) -> None:
    if _CONTROL.search(value):
        # Line breaks and tabs would break labels and the bench's one-line displays.
        raise FieldError(field, "contains a line break, tab or other control character")
    if _DIRECTION_CONTROL.search(value):
        raise FieldError(field, "contains an invisible text-direction control character (U+202A-U+202E or "
                                "U+2066-U+2069), which makes the text show in another order than it is stored")


def text(field: str, raw: object, max_length: int, required: bool) -> str:
    value = _as_text(field, raw)
    if required and not value:
        raise FieldError(field, "is empty")
    if len(value) > max_length:
        raise FieldError(field, f"is {len(value)} characters long, at most {max_length} allowed")
    _refuse_invisible(field, value)
    return value


def rma_number(raw: object) -> str:
    """A return's number: the upstream's own id, 1 to 64 printable characters kept exactly as given."""
    value = text("rma_number", raw, RMA_NUMBER_MAX, required=True)
    if match := _RMA_NUMBER.fullmatch(value):
        return f"RMA-{match[1]}"
    if not value.isprintable():
        raise FieldError("rma_number", f"{shown(value)} holds a character that cannot be printed on a label")
    bench_code = _bench_code(value)
    if bench_code is not None:
        raise FieldError("rma_number", f"{shown(value)} reads as the bench's own {bench_code} barcode, so scanning "
                                       "it would not open the return")
    return value


def _bench_code(value: str) -> str | None:
    """The kind of our own barcode `value` reads as, that a scan would never look up as a return. A license plate's
    shape is no bar: a known return comes first when a plate-shaped text is scanned (Amazon's "LP3X7K9QRRMA")."""
    kind = own_code_kind(value)
    return None if kind in (None, ScanKind.LICENSE_PLATE) else kind.value


def whole_number(field: str, raw: object, maximum: int, minimum: int = 1) -> int:
    """A whole number from `minimum` (1: positive): JSON integer or CSV digits; 2.0, "2.5", true and -1 are
    refused."""
    if isinstance(raw, bool) or isinstance(raw, float):
        raise FieldError(field, f"must be a whole number, got {raw!r}")
    if isinstance(raw, int):
        number = raw
    else:
        value = _as_text(field, raw)
        if not _DIGITS.fullmatch(value):
            raise FieldError(field, f"{shown(value)} is not a whole number" if value else "is empty")
        digits = value.lstrip("0")
        if len(digits) > len(str(maximum)):   # before int(): thousands of digits are slow, or refused by Python
            size = digits if len(digits) <= 20 else f"a number of {len(digits)} digits"
            raise FieldError(field, f"{size} is implausibly large (at most {maximum})")
        number = int(value)
    if number < minimum:
        raise FieldError(field, f"must be {minimum} or more, got {_number(number)}")
    if number > maximum:
        raise FieldError(field, f"{_number(number)} is implausibly large (at most {maximum})")
    return number


def delivered_on(raw: object, today: dt.date) -> dt.date | None:
    value = _as_text("delivered_on", raw)
    if not value:
        return None  # unknown delivery date: the window cannot be checked, which the bench accepts
    if not _ISO_DATE.fullmatch(value):
        raise FieldError("delivered_on", f"{shown(value)} is not a date written YYYY-MM-DD")
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
        raise FieldError("status", f"{shown(value)} is not open, closed or cancelled") from None


def _text_items(field: str, raw: object) -> list[str]:
    """A list: `a;b;c` in a CSV cell, a list of strings in JSON. Empty items (`a;;b`) are refused."""
    if raw is None:
        return []
    if isinstance(raw, list):
        items = []
        for i, item in enumerate(raw):
            if not isinstance(item, str):
                raise FieldError(f"{field}[{i}]", f"must be a string, got {_json_type(item)}")
            _refuse_surrogates(field, item)
            items.append(item.strip())
    elif isinstance(raw, str):
        _refuse_surrogates(field, raw)
        if not raw.strip():
            return []
        items = [item.strip() for item in raw.split(LIST_SEPARATOR)]
    else:
        raise FieldError(field, f"must be a list of strings, got {_json_type(raw)}")
    if any(not item for item in items):
        raise FieldError(field, "has an empty entry (two separators in a row, or one at the end)")
    if len(set(items)) != len(items):
        duplicates = sorted({item for item in items if items.count(item) > 1})
        raise FieldError(field, f"lists {', '.join(shown(d) for d in duplicates[:5])} more than once")
    return items


def tracking_numbers(raw: object) -> tuple[str, ...]:
    """Kept the way a scan of the label normalises them, so the parcel scan finds the return."""
    numbers = []
    for item in _text_items("tracking_numbers", raw):
        compact = item.replace(" ", "").upper()
        if not _TRACKING.fullmatch(compact):
            raise FieldError("tracking_numbers", f"{shown(item)} is not a tracking number (6-40 letters and digits)")
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
        if len(item) > SERIAL_MAX or _CONTROL.search(item) or _DIRECTION_CONTROL.search(item):
            raise FieldError("serials", f"{shown(item)} is not a serial number (at most {SERIAL_MAX} "
                             "characters, no control characters)")
        if LIST_SEPARATOR in item:
            # Only a JSON list can carry one: any CSV (an export, a re-import) would read it back as two serials.
            raise FieldError("serials", f"{shown(item)} contains '{LIST_SEPARATOR}', which separates serials in "
                             "CSV files")
    if quantity is not None and len(items) > quantity:
        raise FieldError("serials", f"lists {len(items)} serials for a quantity of {quantity}")
    return tuple(items)


def gtin(raw: object) -> str | None:
    value = _as_text("gtin", raw)
    if not value:
        return None
    if not _DIGITS.fullmatch(value) or len(value) not in (8, 12, 13, 14):
        raise FieldError("gtin", f"{shown(value)} is not a GTIN (8, 12, 13 or 14 digits)")
    if not _gtin_valid(value):
        raise FieldError("gtin", f"{value}: check digit does not match")
    return value


@lru_cache(maxsize=1 << 16)
def _gtin_valid(value: str) -> bool:
    # A file names the same products again and again; biip's parse is the costliest check of a line.
    try:
        Gtin.parse(value)
    except ParseError:
        return False
    return True


def currency(raw: object) -> str:
    value = _as_text("currency", raw).upper()
    if not value:
        raise FieldError("currency", "is empty")
    if not re.fullmatch(r"[A-Z]{3}", value) or not is_currency(value):
        raise FieldError("currency", f"{shown(value)} is not an ISO 4217 currency code")
    return value


def unit_price(raw: object, currency_code: str | None) -> Decimal:
    if raw is None or isinstance(raw, str):
        if raw is None or not raw.strip():
            raise FieldError("unit_price", "is empty")
    elif isinstance(raw, bool) or not isinstance(raw, (int, float)):
        # A JSON integer is accepted (and a float refused by the money rule, with its own reason).
        raise FieldError("unit_price", f"must be an amount written as a string, got {_json_type(raw)}")
    if currency_code is None:
        # The precision depends on the currency; without one the amount cannot be judged.
        raise FieldError("unit_price", "cannot be checked without a valid currency")
    try:
        # The money rule gives the reason for anything but plain digits (exponent, NaN, '+', 1,000.00, too large...)
        amount = parse_money(raw, currency_code)
    except MoneyError as exc:
        raise FieldError("unit_price", str(exc)) from None
    if amount < 0:
        raise FieldError("unit_price", f"{amount} is negative")
    return amount


def category(raw: object) -> str:
    # Policy names categories in lower case ("personalised"); "Personalised" must not slip past the check.
    return text("category", raw, CATEGORY_MAX, required=False).lower()


# -- outcomes and fraud signals (issue 13): all optional ---------------------------------------------------------------
CUSTOMER_ID_MAX, EXCHANGE_SKU_MAX, EXCHANGE_DESCRIPTION_MAX = 64, 64, 255
MAX_CUSTOMER_ORDERS = 1_000_000
MAX_UNIT_WEIGHT_G = 1_000_000
REQUESTABLE_OUTCOMES = ("refund", "exchange", "store_credit")


def customer_id(raw: object) -> str | None:
    """The shop's own id of the customer: opaque, 1 to 64 printable characters kept exactly; empty means unknown."""
    value = text("customer_id", raw, CUSTOMER_ID_MAX, required=False)
    if not value:
        return None
    if not value.isprintable():
        raise FieldError("customer_id", f"{shown(value)} holds a character that cannot be printed")
    return value


def customer_orders(raw: object) -> int | None:
    """The shop's count of the customer's orders (0 is a count: the first order may still be in the shop's books)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    return whole_number("customer_orders", raw, MAX_CUSTOMER_ORDERS, minimum=0)


def requested_outcome(raw: object) -> str | None:
    """What the customer asked for; empty leaves it to the site's policy (`outcomes.default_request`)."""
    value = _as_text("requested_outcome", raw).lower()
    if not value:
        return None
    if value not in REQUESTABLE_OUTCOMES:
        raise FieldError("requested_outcome", f"{shown(value)} is not {', '.join(REQUESTABLE_OUTCOMES[:-1])} or "
                                              f"{REQUESTABLE_OUTCOMES[-1]}")
    return value


def exchange_sku(raw: object, requested: str | None) -> str | None:
    """The item the customer wants instead: required with an exchange, refused with anything else (a stray SKU on
    a refund line is most often a column shifted by one)."""
    value = text("exchange_sku", raw, EXCHANGE_SKU_MAX, required=False)
    if requested == "exchange" and not value:
        raise FieldError("exchange_sku", "is empty; an exchange needs the SKU to send instead")
    if value and requested != "exchange":
        raise FieldError("exchange_sku", f"{shown(value)} is given but requested_outcome is "
                                         f"{requested or 'empty'}; only an exchange names a SKU to send instead")
    return value or None


def exchange_description(raw: object) -> str | None:
    return text("exchange_description", raw, EXCHANGE_DESCRIPTION_MAX, required=False) or None


def unit_weight_g(raw: object) -> int | None:
    """One unit's weight in whole grams, as shipped (without the parcel's packaging); empty means unknown."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    return whole_number("unit_weight_g", raw, MAX_UNIT_WEIGHT_G)
