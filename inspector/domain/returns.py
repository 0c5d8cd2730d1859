"""A return (RMA) as the bench sees it: what the customer said they would send back."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from inspector.domain.fraud import CustomerHistory


class ReturnStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class ReturnLine:
    id: str
    line_no: int
    sku: str
    gtin: str | None
    description: str
    quantity: int
    unit_price: Decimal
    currency: str
    category: str
    serials: tuple[str, ...] = ()
    requested_outcome: str | None = None     # refund | exchange | store_credit; None: the policy's default
    exchange_sku: str | None = None
    exchange_description: str | None = None
    unit_weight_g: int | None = None


@dataclass(frozen=True)
class Return:
    id: str
    rma_number: str
    order_number: str
    customer_reason: str
    delivered_on: dt.date | None
    status: ReturnStatus
    tracking_numbers: tuple[str, ...]
    lines: tuple[ReturnLine, ...]
    customer_id: str | None = None
    customer_orders: int | None = None       # the shop's count of the customer's orders, if given
    customer: CustomerHistory | None = None  # what the hub last served about the customer
