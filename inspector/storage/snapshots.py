"""ORM rows to frozen domain objects, inside the unit of work, so nothing lazy escapes the database lane."""
from __future__ import annotations

from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.storage.orm import ReturnLineRow, ReturnRow


def return_line(row: ReturnLineRow) -> ReturnLine:
    return ReturnLine(id=row.id, line_no=row.line_no, sku=row.sku, gtin=row.gtin, description=row.description,
                      quantity=row.quantity, unit_price=row.unit_price, currency=row.currency,
                      category=row.category, serials=tuple(row.serials or ()))


def return_of(row: ReturnRow) -> Return:
    return Return(id=row.id, rma_number=row.rma_number, order_number=row.order_number,
                  customer_reason=row.customer_reason, delivered_on=row.delivered_on,
                  status=ReturnStatus(row.status), tracking_numbers=tuple(t.tracking_number for t in row.tracking),
                  lines=tuple(return_line(ln) for ln in row.lines))
