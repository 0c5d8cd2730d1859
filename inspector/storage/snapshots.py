"""Stored rows to frozen domain objects, inside the unit of work, so nothing lazy escapes the database lane."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, select

from inspector.domain.fraud import CustomerHistory
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.storage.orm import ReturnLineRow, ReturnRow, ReturnTrackingRow

_returns, _lines, _tracking = ReturnRow.__table__, ReturnLineRow.__table__, ReturnTrackingRow.__table__
# Built once and run on the connection: a return is read on every scan, and the ORM's loading (identity map,
# joined eager loading, instance state) cost several times the three small indexed queries themselves.
_RETURN = select(_returns.c.id, _returns.c.rma_number, _returns.c.order_number, _returns.c.customer_reason,
                 _returns.c.delivered_on, _returns.c.status, _returns.c.customer_id, _returns.c.customer_orders,
                 _returns.c.customer_history).where(_returns.c.id == bindparam("id"))
_LINES = (select(_lines.c.id, _lines.c.line_no, _lines.c.sku, _lines.c.gtin, _lines.c.description,
                 _lines.c.quantity, _lines.c.unit_price, _lines.c.currency, _lines.c.category, _lines.c.serials,
                 _lines.c.requested_outcome, _lines.c.exchange_sku, _lines.c.exchange_description,
                 _lines.c.unit_weight_g)
          .where(_lines.c.return_id == bindparam("id")).order_by(_lines.c.line_no))
_TRACKING = select(_tracking.c.tracking_number).where(_tracking.c.return_id == bindparam("id"))


def return_line(row: Any) -> ReturnLine:
    """From a `ReturnLineRow` or a Core row of its columns."""
    return ReturnLine(id=row.id, line_no=row.line_no, sku=row.sku, gtin=row.gtin, description=row.description,
                      quantity=row.quantity, unit_price=row.unit_price, currency=row.currency,
                      category=row.category, serials=tuple(row.serials or ()),
                      requested_outcome=row.requested_outcome, exchange_sku=row.exchange_sku,
                      exchange_description=row.exchange_description, unit_weight_g=row.unit_weight_g)


def _return(row: Any, tracking_numbers: tuple[str, ...], lines: tuple[ReturnLine, ...]) -> Return:
    return Return(id=row.id, rma_number=row.rma_number, order_number=row.order_number,
                  customer_reason=row.customer_reason, delivered_on=row.delivered_on,
                  status=ReturnStatus(row.status), tracking_numbers=tracking_numbers, lines=lines,
                  customer_id=row.customer_id, customer_orders=row.customer_orders,
                  customer=_customer(row.customer_history))


def _customer(stored: Any) -> CustomerHistory | None:
    # Stored only after the bench checked it (`usecases.customer_history`): a block that no longer reads is ignored.
    try:
        return CustomerHistory.from_json(stored)
    except ValueError:
        return None


def return_of(row: ReturnRow) -> Return:
    return _return(row, tuple(t.tracking_number for t in row.tracking), tuple(return_line(ln) for ln in row.lines))


def load_return(connection: Connection, return_id: str) -> Return | None:
    row = connection.execute(_RETURN, {"id": return_id}).first()
    if row is None:
        return None
    lines = tuple(return_line(ln) for ln in connection.execute(_LINES, {"id": return_id}))
    return _return(row, tuple(connection.execute(_TRACKING, {"id": return_id}).scalars()), lines)
