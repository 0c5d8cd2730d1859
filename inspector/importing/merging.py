"""What a report with a row per item needs beyond our own CSV: the return's fields merged from its rows (each item
may carry its own reason and parcel), and its lines numbered by their content (the report gives no line numbers
and no fixed row order).

Both are decided so that the same rows in another order (the next download of the report) give the same return.
"""
from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from inspector.domain.returns import ReturnLine
from inspector.importing.texts import REASON_SEPARATOR, join_reasons

if TYPE_CHECKING:
    from inspector.importing.assembly import ReturnFields

# Which fields merging changed (flags, or-ed together per return).
MERGED_REASON, MERGED_TRACKING = 1, 2
# What merging changed in a good return's fields: its reasons, its tracking numbers (None: as first stored).
Merged = tuple[str | None, tuple[str, ...] | None]


def merged_field(first: ReturnFields, other: ReturnFields, name: str) -> tuple[ReturnFields, int]:
    """`first` with another row's value of `name` joined in (all the reasons, all the tracking numbers, sorted),
    and the MERGED_* flag of what changed. Raises ValueError for a field that is not merged."""
    if name == "customer_reason":
        reasons = {*first.customer_reason.split(REASON_SEPARATOR), other.customer_reason}
        return dataclasses.replace(first, customer_reason=sys.intern(join_reasons(sorted(reasons)))), MERGED_REASON
    if name == "tracking_numbers":
        return dataclasses.replace(first, tracking_numbers=tuple(sorted(
            {*first.tracking_numbers, *other.tracking_numbers}))), MERGED_TRACKING
    raise ValueError(f"{name} cannot be merged")


def changes(fields: ReturnFields, flags: int) -> Merged:
    """What of a return's merged `fields` must replace those stored with its first row."""
    return (fields.customer_reason if flags & MERGED_REASON else None,
            fields.tracking_numbers if flags & MERGED_TRACKING else None)


def with_changes(fields: ReturnFields, merged: Merged | None) -> ReturnFields:
    if merged is None:
        return fields
    reason, tracking = merged
    return dataclasses.replace(fields, customer_reason=fields.customer_reason if reason is None else reason,
                               tracking_numbers=fields.tracking_numbers if tracking is None else tracking)


def _content(line: ReturnLine) -> tuple[str, str, int, Decimal]:
    return (line.sku, line.description, line.quantity, line.unit_price)


def numbered_by_content(lines: Iterable[ReturnLine]) -> tuple[ReturnLine, ...]:
    """A whole return's lines sorted by what they hold and numbered 1, 2, ...: the same lines read in another order
    keep their numbers, so importing the report again updates each line in place."""
    return tuple(dataclasses.replace(line, line_no=n) for n, line in enumerate(sorted(lines, key=_content), start=1))
