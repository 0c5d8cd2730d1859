"""Records as read from a file, before any field is checked: the common shape of CSV rows and JSON objects."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from inspector.importing.problems import Location

RETURN_FIELDS = ("rma_number", "order_number", "customer_reason", "delivered_on", "status", "tracking_numbers")
LINE_FIELDS = ("line_no", "sku", "gtin", "description", "quantity", "unit_price", "currency", "category", "serials")


@dataclass(frozen=True)
class RawLine:
    location: Location
    values: Mapping[str, object]


@dataclass(frozen=True)
class RawReturn:
    """One CSV row (a return's fields repeated, with one line) or one JSON return object (all its lines).

    `complete` is True for JSON, where one object is the whole return: seeing its RMA number twice is an error.
    For CSV, rows of one return are gathered by RMA number and must agree on the return's fields.
    """
    location: Location
    values: Mapping[str, object]
    lines: tuple[RawLine, ...]
    complete: bool
    problems: tuple[tuple[str | None, str], ...] = field(default=())  # (field, reason) found while reading
