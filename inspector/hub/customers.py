"""A customer's recent returns, as the hub counts them for the benches (`format=2` pages, the "customer" block).

The hub is the one place that sees all of a customer's returns, so it counts them: the customer's returns that are
not cancelled and that the hub first saw in the last `days` (the hub policy's `fraud.repeat_returner.days`, 90 by
default), by the hub's clock, and the rate against the orders the shop gave with the customer's newest return. A bench
keeps the block it pulled with the return and judges the repeat-returner signal by it.

When a return of a customer is added, the customer's other open returns take new change numbers
(`renumber_others`), so benches pull them again with the fresh count.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Connection, bindparam, func, select, update

from inspector.domain.returns import ReturnStatus
from inspector.hub.schema import counters, policies, return_docs

DEFAULT_DAYS = 90   # inspector.domain.fraud RepeatRule.days
_CHUNK = 500


def repeat_days(policy: dict[str, Any] | None) -> int:
    """The days a customer's returns are counted over, from the hub's policy (checked when it was set)."""
    fraud = (policy or {}).get("fraud")
    repeat = fraud.get("repeat_returner") if isinstance(fraud, dict) else None
    days = repeat.get("days") if isinstance(repeat, dict) else None
    return days if isinstance(days, int) and not isinstance(days, bool) and days >= 1 else DEFAULT_DAYS


def policy_days(conn: Connection) -> int:
    data = conn.scalar(select(policies.c.data).where(policies.c.id == 1))
    return repeat_days(json.loads(data) if data else None)


def _chunks(values: list[str]) -> Iterable[list[str]]:
    return (values[start:start + _CHUNK] for start in range(0, len(values), _CHUNK))


def history(conn: Connection, customer_ids: Collection[str], now: dt.datetime,
            days: int) -> dict[str, dict[str, Any]]:
    """The "customer" block per customer id: {"returns", "days", "orders", "rate_percent", "as_of"}."""
    wanted = sorted(set(customer_ids))
    if not wanted:
        return {}
    start = (now - dt.timedelta(days=days)).astimezone(dt.timezone.utc).isoformat(timespec="microseconds")
    counted: dict[str, int] = {}
    orders: dict[str, int | None] = {}
    for chunk in _chunks(wanted):
        counted.update(conn.execute(
            select(return_docs.c.customer_id, func.count())
            .where(return_docs.c.customer_id.in_(chunk), return_docs.c.status != ReturnStatus.CANCELLED.value,
                   return_docs.c.first_seen_at >= start)
            .group_by(return_docs.c.customer_id)).all())
        # The orders the shop gave with the customer's newest return (by when the hub first saw it; renumbering
        # moves a return's change number, not that), the last one read here.
        for customer, data in conn.execute(select(return_docs.c.customer_id, return_docs.c.data)
                                           .where(return_docs.c.customer_id.in_(chunk))
                                           .order_by(return_docs.c.first_seen_at, return_docs.c.rma_number)):
            orders[customer] = json.loads(data).get("customer_orders")
    as_of = now.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
    return {customer: _block(counted.get(customer, 0), days, orders.get(customer), as_of) for customer in wanted}


def _block(returns: int, days: int, orders: int | None, as_of: str) -> dict[str, Any]:
    rate = None
    if orders:
        rate = str((Decimal(returns * 100) / Decimal(orders)).quantize(Decimal("0.1"), ROUND_HALF_UP))
    return {"returns": returns, "days": days, "orders": orders, "rate_percent": rate, "as_of": as_of}


def renumber_others(conn: Connection, customers: Collection[str], written: Collection[str], at: str) -> int:
    """Gives the open returns of `customers` that this change did not write a new change number each, under the
    returns' counter the caller holds (`feed._lock_returns`); how many."""
    if not customers:
        return 0
    others: list[str] = []
    for chunk in _chunks(sorted(set(customers))):
        others.extend(conn.scalars(select(return_docs.c.rma_number).where(
            return_docs.c.customer_id.in_(chunk), return_docs.c.status == ReturnStatus.OPEN.value)))
    done = set(written)
    others = sorted(rma for rma in set(others) if rma not in done)
    if not others:
        return 0
    last = conn.execute(update(counters).where(counters.c.name == "returns")
                        .values(value=counters.c.value + len(others)).returning(counters.c.value)).scalar_one()
    first = last - len(others) + 1
    conn.execute(update(return_docs).where(return_docs.c.rma_number == bindparam("rma"))
                 .values(seq=bindparam("new_seq"), updated_at=at),
                 [{"rma": rma, "new_seq": first + n} for n, rma in enumerate(others)])
    return len(others)
