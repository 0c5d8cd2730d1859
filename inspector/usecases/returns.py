"""Returns to expect: added or updated by RMA number, each return whole or not at all."""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from inspector.domain.returns import Return
from inspector.storage.orm import InspectionRow, ReturnLineRow, ReturnRow, ReturnTrackingRow
from inspector.usecases.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class UpsertReturns:
    returns: Sequence[Return]   # ids are ignored; the RMA number and the line number are the keys
    source: str
    at: dt.datetime


@dataclass(frozen=True)
class UpsertResult:
    added: int
    updated: int


def _apply_lines(uow: UnitOfWork, row: ReturnRow, incoming: Return) -> None:
    existing = {ln.line_no: ln for ln in row.lines}
    for line in incoming.lines:
        target = existing.pop(line.line_no, None)
        if target is None:
            target = ReturnLineRow(id=str(uuid.uuid4()), line_no=line.line_no)
            row.lines.append(target)
        target.sku, target.gtin, target.description = line.sku, line.gtin, line.description
        target.quantity, target.unit_price, target.currency = line.quantity, line.unit_price, line.currency
        target.category, target.serials = line.category, list(line.serials)
    for stale in existing.values():
        referenced = uow.session.scalar(select(InspectionRow.id).where(InspectionRow.return_line_id == stale.id))
        if not referenced:  # a line already inspected against stays, so history keeps its price
            row.lines.remove(stale)


def _apply_tracking(uow: UnitOfWork, row: ReturnRow, numbers: Sequence[str]) -> None:
    wanted = set(numbers)
    for t in list(row.tracking):
        if t.tracking_number not in wanted:
            row.tracking.remove(t)
    have = {t.tracking_number for t in row.tracking}
    for number in wanted - have:
        # A tracking number moves to the newest return that names it.
        old = uow.session.get(ReturnTrackingRow, number)
        if old is not None:
            uow.session.delete(old)
            uow.session.flush()
        row.tracking.append(ReturnTrackingRow(tracking_number=number))


def upsert_returns(cmd: UpsertReturns, uow: UnitOfWork) -> UpsertResult:
    added = updated = 0
    with uow:
        for incoming in cmd.returns:
            row = uow.session.scalar(select(ReturnRow).where(ReturnRow.rma_number == incoming.rma_number))
            if row is None:
                row = ReturnRow(id=str(uuid.uuid4()), rma_number=incoming.rma_number)
                uow.session.add(row)
                added += 1
            else:
                updated += 1
            row.order_number, row.customer_reason = incoming.order_number, incoming.customer_reason
            row.delivered_on, row.status = incoming.delivered_on, incoming.status.value
            row.source, row.updated_at = cmd.source, cmd.at
            _apply_lines(uow, row, incoming)
            _apply_tracking(uow, row, incoming.tracking_numbers)
            uow.session.flush()
        uow.commit()
    return UpsertResult(added, updated)
