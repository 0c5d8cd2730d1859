"""Records as read from a file, before any field is checked: the common shape of CSV rows and JSON objects."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from inspector.importing.problems import Location

RETURN_FIELDS = ("rma_number", "order_number", "customer_reason", "delivered_on", "status", "tracking_numbers",
                 "customer_id", "customer_orders")
LINE_FIELDS = ("line_no", "sku", "gtin", "description", "quantity", "unit_price", "currency", "category", "serials",
               "requested_outcome", "exchange_sku", "exchange_description", "unit_weight_g")
# A source that gives only an amount for several units: the unit price is worked out (`pricing`).
PRICE_FROM_TOTAL = ("order_amount", "order_quantity")


@dataclass(frozen=True)
class RawLine:
    location: Location
    values: Mapping[str, object]


@dataclass(frozen=True)
class RawReturn:
    """One CSV row (a return's fields repeated, with one line) or one JSON return object (all its lines).

    `complete` is True for JSON, where one object is the whole return: seeing its RMA number twice is an error.
    For CSV, rows of one return are gathered by RMA number and must agree on the return's fields, except those named
    in `merge` (a report with a reason and a tracking number per item): those are joined instead.

    `number_lines`: the source gives no line numbers, so the checker numbers the lines in the order its return's
    lines arrive; otherwise each line's `line_no` is required and checked (our own formats, the hub's API).

    `cut_short`: a row with fewer cells than its header. If its RMA number cannot be read either, the file is
    unusable: the row may belong to any return of the file, which would be imported without it.
    """
    location: Location
    values: Mapping[str, object]
    lines: tuple[RawLine, ...]
    complete: bool
    problems: tuple[tuple[str | None, str], ...] = field(default=())  # (field, reason) found while reading
    merge: frozenset[str] = frozenset()
    number_lines: bool = False
    cut_short: bool = False
