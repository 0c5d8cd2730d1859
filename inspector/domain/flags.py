"""Exceptions an inspection can raise; each sends it to the supervisor's review queue."""
from __future__ import annotations

import datetime as dt
from enum import StrEnum


class Flag(StrEnum):
    UNEXPECTED_PARCEL = "unexpected_parcel"     # no return known for the parcel
    WRONG_ITEM = "wrong_item"                   # the unit is not on the return
    EXTRA_QUANTITY = "extra_quantity"           # more units than the return expects
    SERIAL_MISMATCH = "serial_mismatch"         # a serial that is not the one shipped
    OUTSIDE_WINDOW = "outside_window"           # received after the return window closed
    NON_RETURNABLE = "non_returnable"           # a category that cannot be returned
    OVER_DEDUCTION_THRESHOLD = "over_deduction_threshold"
    DISPOSITION_OVERRIDDEN = "disposition_overridden"
    RETURN_NOT_OPEN = "return_not_open"         # the return was cancelled or closed upstream


# Flags under which nothing is refunded until a supervisor decides.
NOT_REFUNDABLE = frozenset({Flag.UNEXPECTED_PARCEL, Flag.WRONG_ITEM, Flag.EXTRA_QUANTITY, Flag.NON_RETURNABLE})


def outside_window(delivered_on: dt.date | None, received_on: dt.date, window_days: int) -> bool:
    """The window runs `window_days` whole days after delivery; with no delivery date nothing is flagged."""
    return delivered_on is not None and (received_on - delivered_on).days > window_days
