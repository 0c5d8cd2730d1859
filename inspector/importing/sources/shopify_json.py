"""Shopify Admin GraphQL `Return` objects saved as JSON: the response of a query for orders with their returns
(`{"data": {"orders": {"nodes": [{"name": "#1001", "returns": {"nodes": [...]}}]}}}`), for one order's returns
(`{"data": {"order": {"name": ..., "returns": ...}}}`), for returns themselves (`{"data": {"returns": ...}}`), or a
bare list of returns. Connections may be written with `nodes` or with `edges[].node`. One `Return` is one whole
return; its `returnLineItems` are its lines, in the order given. What each field becomes: docs/import-format.md.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from inspector.importing.field_rules import DESCRIPTION_MAX
from inspector.importing.json_stream import ONE, Item, iter_items, nodes_of, open_json, text_of
from inspector.importing.problems import Location
from inspector.importing.raw_records import RawLine, RawReturn
from inspector.importing.texts import cut, join_reasons

ORDERS = ("data", "orders")
PATHS = (ORDERS, ("data", "returns"), ("data", "order", "returns"), ("returns",), (), ("data", "return", ONE))
EXPECTED = ('Return objects, as {"data": {"orders": {"nodes": [{"name": ..., "returns": {"nodes": [...]}}]}}}, '
            '{"data": {"order": {"returns": ...}}}, {"data": {"returns": ...}} or [...]')
STATUSES = {"REQUESTED": "open", "OPEN": "open", "CLOSED": "closed", "CANCELED": "cancelled",
            "DECLINED": "cancelled"}
# The line item's price for one unit, best first (after every discount, after its own, before any).
UNIT_PRICES = ("discountedUnitPriceAfterAllDiscountsSet", "discountedUnitPriceSet", "originalUnitPriceSet")


def read_shopify(source: bytes | BinaryIO, encoding: str | None = None) -> Iterator[RawReturn]:
    orders = ".".join(ORDERS)
    for item in iter_items(open_json(source, encoding), PATHS, EXPECTED, one_key="name"):
        if not item.path.startswith(orders):
            yield _return(item, item.around.get("data.order.name"))
        elif isinstance(item.value, dict):   # an order node, decoded whole: its returns are read from it
            name = item.value.get("name")
            for path, node in nodes_of(item.value.get("returns"), f"{item.path}.returns"):
                yield _return(Item(path, node), name)


def _return(item: Item, order_name: object) -> RawReturn:
    location = Location(path=item.path)
    obj = item.value
    if not isinstance(obj, dict):
        return RawReturn(location, {}, (), complete=True, problems=((None, "must be a Return object"),))
    problems: list[tuple[str | None, str]] = []
    status = STATUSES.get(text_of(obj.get("status")).upper())
    if status is None:
        problems.append(("status", f"{obj.get('status')!r} is none of {', '.join(STATUSES)}"))
    order = obj.get("order")
    # A return listed under its order may leave out its own `order { name }`.
    order_number = order.get("name") if isinstance(order, dict) else order_name
    if "returnLineItems" not in obj:
        problems.append(("returnLineItems", "is missing: select the return's line items in the query"))
    lines, reasons = [], []
    for path, node in nodes_of(obj.get("returnLineItems"), f"{item.path}.returnLineItems"):
        if not isinstance(node, dict):
            problems.append((path.removeprefix(f"{item.path}."), "must be an object"))
            continue
        reasons.append(_reason(node))
        lines.append(RawLine(Location(path=path), _line(node)))
    values = {
        "rma_number": obj.get("name"),
        "order_number": order_number,
        "customer_reason": join_reasons(reasons),
        "status": status,
        "tracking_numbers": _tracking_numbers(obj),
    }
    return RawReturn(location, values, tuple(lines), complete=True, problems=tuple(problems), number_lines=True)


def _reason(node: dict[str, Any]) -> str:
    definition = node.get("returnReasonDefinition")
    reason = text_of(definition.get("name")) if isinstance(definition, dict) else ""
    if not reason:   # the older enum: SIZE_TOO_SMALL -> "Size too small"
        reason = text_of(node.get("returnReason")).replace("_", " ").capitalize()
    notes = [text_of(node.get(key)) for key in ("returnReasonNote", "customerNote")]
    note = " ".join(n for n in notes if n)
    return f"{reason}: {note}" if reason and note else reason or note


def _shop_money(value: object) -> dict[str, Any]:
    money = value.get("shopMoney") if isinstance(value, dict) else None
    return money if isinstance(money, dict) else {}


def _line(node: dict[str, Any]) -> dict[str, object]:
    fulfilled = node.get("fulfillmentLineItem")
    line_item = fulfilled.get("lineItem") if isinstance(fulfilled, dict) else None
    line_item = line_item if isinstance(line_item, dict) else {}
    values: dict[str, object] = {
        "sku": line_item.get("sku", node.get("sku")),
        "description": cut(text_of(line_item.get("name")) or text_of(line_item.get("title")), DESCRIPTION_MAX),
        "quantity": node.get("quantity"),
    }
    total = _shop_money(node.get("withCodeDiscountedTotalPriceSet"))
    if total:   # what was paid for the returned quantity, every discount taken off
        values.update(order_amount=total.get("amount"), order_quantity=node.get("quantity"),
                      currency=total.get("currencyCode"))
        return values
    unit = next((m for m in (_shop_money(line_item.get(key)) for key in UNIT_PRICES) if m), None)
    if unit is None and isinstance(node.get("unitPrice"), dict):   # a line not tied to a fulfilment
        unit = node["unitPrice"]
    unit = unit or {}
    values.update(unit_price=unit.get("amount"), currency=unit.get("currencyCode"))
    return values


def _tracking_numbers(obj: dict[str, Any]) -> list[str]:
    numbers: list[str] = []
    for _, order in nodes_of(obj.get("reverseFulfillmentOrders"), ""):
        deliveries = order.get("reverseDeliveries") if isinstance(order, dict) else None
        for _, delivery in nodes_of(deliveries, ""):
            deliverable = delivery.get("deliverable") if isinstance(delivery, dict) else None
            tracking = deliverable.get("tracking") if isinstance(deliverable, dict) else None
            number = text_of(tracking.get("number")) if isinstance(tracking, dict) else ""
            if number and number not in numbers:
                numbers.append(number)
    return numbers
