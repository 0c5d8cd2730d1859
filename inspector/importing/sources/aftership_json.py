"""AfterShip Returns API return objects saved as JSON: an API response (`{"data": {"returns": [...]}}`, or
`{"data": {...one return...}}`), `{"returns": [...]}` or a bare list of returns. One return object is one whole
return; its `return_items` are its lines, in the order given. What each field becomes: docs/import-format.md.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from inspector.importing.field_rules import DESCRIPTION_MAX
from inspector.importing.json_stream import ONE, Item, iter_items, open_json, text_of
from inspector.importing.problems import Location
from inspector.importing.raw_records import RawLine, RawReturn
from inspector.importing.texts import cut, join_reasons

PATHS = (("data", "returns"), ("returns",), (), ("data", ONE))
EXPECTED = 'a list of return objects, as {"data": {"returns": [...]}}, {"returns": [...]} or [...]'
# `approval_status` (and the older API's `status`, which adds shipped and received) to ours.
STATUSES = {"submitted": "open", "approved": "open", "shipped": "open", "received": "open",
            "done": "closed", "rejected": "cancelled", "expired": "cancelled"}
# The price the customer paid for one unit, best first.
PRICES = ("unit_discounted_price_including_tax", "unit_display_price")


def read_aftership(source: bytes | BinaryIO, encoding: str | None = None) -> Iterator[RawReturn]:
    for item in iter_items(open_json(source, encoding), PATHS, EXPECTED, one_key="rma_number"):
        yield _return(item)


def _return(item: Item) -> RawReturn:
    location = Location(path=item.path)
    obj = item.value
    if not isinstance(obj, dict):
        return RawReturn(location, {}, (), complete=True, problems=((None, "must be a return object"),))
    problems: list[tuple[str | None, str]] = []
    word = obj.get("approval_status", obj.get("status"))
    status = STATUSES.get(text_of(word).lower())
    if status is None:
        problems.append(("approval_status", f"{word!r} is none of {', '.join(STATUSES)}"))
    order = obj.get("order")
    if order is not None and not isinstance(order, dict):
        problems.append(("order", "must be an object"))
    order = order if isinstance(order, dict) else {}
    lines, reasons = [], []
    items = obj.get("return_items")
    if not isinstance(items, list):
        problems.append(("return_items", "must be a list of return items"))
        items = []
    for index, raw in enumerate(items):
        where = f"{item.path}.return_items[{index}]"
        if not isinstance(raw, dict):
            problems.append((f"return_items[{index}]", "must be an object"))
            continue
        reasons.append(_reason(raw))
        lines.append(RawLine(Location(path=where), _line(raw)))
    values = {
        "rma_number": obj.get("rma_number"),
        "order_number": order.get("order_name") or order.get("order_number"),
        "customer_reason": join_reasons(reasons),
        "status": status,
        "tracking_numbers": [text_of(s.get("tracking_number")) for s in obj.get("shipments") or ()
                             if isinstance(s, dict) and text_of(s.get("tracking_number"))],
    }
    return RawReturn(location, values, tuple(lines), complete=True, problems=tuple(problems), number_lines=True)


def _reason(item: dict[str, Any]) -> str:
    reason, comment = text_of(item.get("return_reason")), text_of(item.get("return_reason_comment"))
    return f"{reason}: {comment}" if reason and comment else reason or comment


def _line(item: dict[str, Any]) -> dict[str, object]:
    title, variant = text_of(item.get("product_title")), text_of(item.get("variant_title"))
    if variant == "Default Title":   # what Shopify names the variant of a product that has none
        variant = ""
    price = next((item[key] for key in PRICES if isinstance(item.get(key), dict)), {})
    quantity = item.get("return_quantity")
    return {
        "sku": item.get("sku"),
        "description": cut(f"{title} - {variant}" if title and variant else title or variant, DESCRIPTION_MAX),
        "quantity": item.get("intended_return_quantity") if quantity is None else quantity,
        "unit_price": price.get("amount"),
        "currency": price.get("currency"),
    }
