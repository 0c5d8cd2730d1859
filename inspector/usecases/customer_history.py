"""What the hub last served about a return's customer (its "customer" block, format 2): how many returns they
sent lately and, where the shop gave their order count, the rate. Kept with the return, so a bench that is offline
judges the repeat-returner signal on its last pull."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import bindparam, update

from inspector.domain.fraud import CustomerHistory
from inspector.storage.orm import ReturnRow
from inspector.usecases.unit_of_work import UnitOfWork

_returns = ReturnRow.__table__
_KEEP = update(_returns).where(_returns.c.rma_number == bindparam("rma")).values(
    customer_history=bindparam("history"))


def served_history(data: Any) -> dict[str, Any] | None:
    """The block as kept: checked and written back the domain's way; None when absent or not well formed (the hub
    writes it, so there is nothing for the person at the bench to act on)."""
    try:
        history = CustomerHistory.from_json(data) if isinstance(data, Mapping) else None
    except (ValueError, TypeError, KeyError, ArithmeticError):
        return None
    return None if history is None else history.to_json()


def replace_customer_histories(uow: UnitOfWork, histories: Mapping[str, Any]) -> None:
    """Replaces the customer block of each return given (by RMA number), in one transaction of its own."""
    if not histories:
        return
    rows = [{"rma": rma, "history": served_history(data)} for rma, data in histories.items()]
    with uow:
        uow.connection.execute(_KEEP, rows)
        uow.commit()


def replace_customer_history(uow: UnitOfWork, rma_number: str, data: Any) -> None:
    replace_customer_histories(uow, {rma_number: data})
