"""A return (RMA) as the bench sees it: what the customer said they would send back."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


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
