"""What the bench holds under a scanned text, for `scans.read_at_bench`: the return with that number, the open returns
of that order number, and whether a return line has that SKU.

Asked on scans, so each is one small indexed read, built once and run on the caller's connection: `rma_number` is
unique, `order_number` and the SKU have indexes of their own (migration 0007).
"""
from __future__ import annotations

from sqlalchemy import Connection, bindparam, literal, select

from inspector.domain.returns import ReturnStatus
from inspector.scans.known_codes import Known
from inspector.storage.orm import ReturnLineRow, ReturnRow

# One more than the bench offers to choose from (a digit key each, 1-9), so that it can tell when there are more.
ORDER_RETURNS_LIMIT = 10

_returns, _lines = ReturnRow.__table__, ReturnLineRow.__table__
_RETURN = select(_returns.c.rma_number).where(_returns.c.rma_number == bindparam("text"))
_ORDER_RETURNS = (select(_returns.c.rma_number)
                  .where(_returns.c.order_number == bindparam("text"), _returns.c.status == ReturnStatus.OPEN.value)
                  .order_by(_returns.c.rma_number).limit(ORDER_RETURNS_LIMIT))
# As matching compares SKUs (`domain.matching`, upper case on both sides): the index is NOCASE, a scanned SKU ASCII.
_SKU = select(literal(1)).where(_lines.c.sku.collate("NOCASE") == bindparam("text")).limit(1)


def known_for_scan(connection: Connection, text: str) -> Known:
    """`text` is the scan as printed (cleaned, case kept): a return's number and an order number match it exactly.

    Whether a line has the SKU is only asked once a return is found: only then does it decide the reading.
    """
    rma_number = connection.execute(_RETURN, {"text": text}).scalar()
    order_returns = () if rma_number is not None else tuple(
        connection.execute(_ORDER_RETURNS, {"text": text}).scalars())
    if rma_number is None and not order_returns:
        return Known.NOTHING
    known_sku = connection.execute(_SKU, {"text": text}).first() is not None
    return Known(rma_number, order_returns, known_sku)
