"""Amazon's seller-fulfilled returns report (`GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE`), as downloaded.

Tab-separated, no quoting, a header row, then a row per returned item: the rows of one return share its
"Amazon RMA ID" and repeat the order's fields. Each item may carry its own reason and tracking number; the return
gets them all (merged by the checker). The report gives no line numbers and no fixed row order, so the lines of a
return are numbered by their content once it is whole. The price of one unit is "Order Amount" / "Order quantity"
(see `pricing`). What each column becomes: docs/import-format.md.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import BinaryIO

from inspector.importing.field_rules import DESCRIPTION_MAX, REASON_MAX
from inspector.importing.problems import Location
from inspector.importing.raw_records import RawLine, RawReturn
from inspector.importing.sources.tabular import Header, Row, read_table
from inspector.importing.texts import cut

RMA, MERCHANT_RMA, ORDER = "Amazon RMA ID", "Merchant RMA ID", "Order ID"
STATUS, TRACKING, REASON = "Return request status", "Tracking ID", "Return Reason"
SKU, NAME, QUANTITY = "Merchant SKU", "Item Name", "Return quantity"
AMOUNT, ORDER_QUANTITY, CURRENCY = "Order Amount", "Order quantity", "Currency code"
REQUIRED = (ORDER, RMA, SKU, QUANTITY, AMOUNT, ORDER_QUANTITY, CURRENCY)
OPTIONAL = (MERCHANT_RMA, STATUS, TRACKING, REASON, NAME)

# "Return request status" as the report writes it (in any case). A status not listed is a problem of its return:
# taking an unknown word for "open" could send the bench looking for a parcel that will never come.
STATUSES = {"": "open", "approved": "open", "authorized": "open", "pending": "open", "requested": "open",
            "closed": "closed", "completed": "closed",
            "cancelled": "cancelled", "canceled": "cancelled", "rejected": "cancelled", "denied": "cancelled"}
MERGED = frozenset({"customer_reason", "tracking_numbers"})


def read_amazon(source: bytes | BinaryIO, encoding: str | None = None) -> Iterator[RawReturn]:
    header, rows = read_table(source, "\t", encoding, quoting=csv.QUOTE_NONE)
    at = {column: header.find(column, required=True) for column in REQUIRED}
    at.update({column: header.find(column, required=False) for column in OPTIONAL})
    for row in rows:
        yield _record(header, at, row)


def _text(row: Row, position: int | None) -> str:
    return (row.cell(position) or "").strip()


def _record(header: Header, at: dict[str, int | None], row: Row) -> RawReturn:
    location = Location(line=row.line)
    problems: list[tuple[str | None, str]] = []
    shape = row.shape_problem(header)
    if shape:
        problems.append((None, shape))
    status = _text(row, at[STATUS])
    known = STATUSES.get(status.casefold())
    if known is None:
        problems.append(("status", f"{STATUS} {status!r} is none of {', '.join(sorted(set(STATUSES) - {''}))}"))
    values = {
        "rma_number": _text(row, at[RMA]) or _text(row, at[MERCHANT_RMA]),
        "order_number": row.cell(at[ORDER]),
        "customer_reason": cut(_text(row, at[REASON]), REASON_MAX),
        "status": known,
        "tracking_numbers": row.cell(at[TRACKING]),
    }
    line = {
        "sku": row.cell(at[SKU]),
        "description": cut(_text(row, at[NAME]), DESCRIPTION_MAX),
        "quantity": row.cell(at[QUANTITY]),
        "order_amount": row.cell(at[AMOUNT]),
        "order_quantity": row.cell(at[ORDER_QUANTITY]),
        "currency": row.cell(at[CURRENCY]),
    }
    return RawReturn(location, values, (RawLine(location, line),), complete=False, problems=tuple(problems),
                     merge=MERGED, number_lines=True, cut_short=row.is_cut_short(header))
