"""Exceptions an inspection can raise; each sends it to the supervisor's review queue."""
from __future__ import annotations

import datetime as dt
from enum import StrEnum


class Flag(StrEnum):
    UNEXPECTED_PARCEL = "unexpected_parcel"     # no return known for the parcel
    WRONG_ITEM = "wrong_item"                   # the unit is not on the return
    EXTRA_QUANTITY = "extra_quantity"           # more units than the return expects
    SERIAL_MISMATCH = "serial_mismatch"         # a serial that is not the one shipped
    SERIAL_MISSING = "serial_missing"           # no serial on a line that lists serials (policy fraud.require_serial)
    OUTSIDE_WINDOW = "outside_window"           # received after the return window closed
    NON_RETURNABLE = "non_returnable"           # a category that cannot be returned
    OVER_DEDUCTION_THRESHOLD = "over_deduction_threshold"
    DISPOSITION_OVERRIDDEN = "disposition_overridden"
    RETURN_NOT_OPEN = "return_not_open"         # the return was cancelled or closed upstream
    HELD_FOR_REVIEW = "held_for_review"         # the item's fraud risk reached the hold threshold
    # A parcel's flags (`parcel_receipts.flags`); an item's risk carries them, they are no exception on their own.
    PARCEL_WEIGHT_OFF = "weight_off"            # the parcel weighs more or less than its contents should
    EMPTY_BOX = "empty_box"                     # hardly more than the packaging, or completed with no unit
    MISSING_ITEMS = "missing_items"             # completed with units of its return still expected


# Flags under which nothing is refunded until a supervisor decides.
NOT_REFUNDABLE = frozenset({Flag.UNEXPECTED_PARCEL, Flag.WRONG_ITEM, Flag.EXTRA_QUANTITY, Flag.NON_RETURNABLE})


def outside_window(delivered_on: dt.date | None, received_on: dt.date, window_days: int) -> bool:
    """The window runs `window_days` whole days after delivery; with no delivery date nothing is flagged."""
    return delivered_on is not None and (received_on - delivered_on).days > window_days
