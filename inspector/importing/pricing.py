"""The price of one unit when a source gives only an amount for several (Amazon's "Order Amount" for its "Order
quantity", Shopify's discounted total of a return line).

unit price = order amount / order quantity, rounded half up to the currency's minor unit (`round_money`): 25.00 EUR
for 3 units is 8.33 a unit, 0.05 EUR for 2 units is 0.03. The rounded unit price times the quantity may differ from
the order amount by less than one minor unit per unit; the deduction rules work on the unit price, as for every
other source.
"""
from __future__ import annotations

from decimal import Decimal

from inspector.domain.money import MoneyError, parse_money, round_money
from inspector.importing import field_rules as rules
from inspector.importing.field_rules import FieldError

MAX_ORDER_QUANTITY = 999_999


def unit_price_from_total(total: object, quantity: object, currency: str | None) -> Decimal:
    """Raises FieldError naming `order_amount` or `order_quantity`, whichever cannot be used."""
    count = rules.whole_number("order_quantity", quantity, MAX_ORDER_QUANTITY)
    if total is None or (isinstance(total, str) and not total.strip()):
        raise FieldError("order_amount", "is empty, so the price of one unit cannot be worked out")
    if currency is None:
        raise FieldError("order_amount", "cannot be checked without a valid currency")
    try:
        amount = parse_money(total, currency)  # type: ignore[arg-type]  # it names any other type's fault
    except MoneyError as exc:
        raise FieldError("order_amount", str(exc)) from None
    if amount < 0:
        raise FieldError("order_amount", f"{amount} is negative")
    return round_money(amount / count, currency)
