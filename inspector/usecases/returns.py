"""Returns to expect: added or updated by RMA number, each return whole or not at all."""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from inspector.domain.returns import Return
from inspector.storage.orm import InspectionRow, ReturnLineRow, ReturnRow, ReturnTrackingRow
from inspector.usecases.unit_of_work import UnitOfWork

BATCH = 500   # returns per flush: few statements per batch, and the session never holds more than one batch


@dataclass(frozen=True)
class UpsertReturns:
    returns: Iterable[Return]   # ids are ignored; the RMA number and the line number are the keys; may be a stream
    source: str
    at: dt.datetime


@dataclass(frozen=True)
class UpsertResult:
    added: int
    updated: int


def _apply_lines(uow: UnitOfWork, row: ReturnRow, incoming: Return) -> None:
    existing = {ln.line_no: ln for ln in row.lines}
    inspected = _inspected(uow, existing, incoming)
    free = max([*existing, *(line.line_no for line in incoming.lines)], default=0) + 1
    for line in incoming.lines:
        target = existing.pop(line.line_no, None)
        if target is not None and target.id in inspected and not _same_item(target.sku, line.sku):
            # An inspected line never becomes another item: a source without line numbers (Amazon's report) numbers
            # a return's items by their order, so one more item can shift the numbers. The inspected line keeps its
            # item and price under a free number; the incoming item gets a line of its own.
            target.line_no, free, target = free, free + 1, None
        if target is None:
            target = ReturnLineRow(id=str(uuid.uuid4()), line_no=line.line_no)
            row.lines.append(target)
        target.sku, target.gtin, target.description = line.sku, line.gtin, line.description
        target.quantity, target.unit_price, target.currency = line.quantity, line.unit_price, line.currency
        target.category, target.serials = line.category, list(line.serials)
        target.requested_outcome, target.exchange_sku = line.requested_outcome, line.exchange_sku
        target.exchange_description, target.unit_weight_g = line.exchange_description, line.unit_weight_g
    for stale in existing.values():
        if stale.id not in inspected:   # a line already inspected against stays, so history keeps its price
            row.lines.remove(stale)


def _same_item(stored: str, incoming: str) -> bool:
    return stored.casefold() == incoming.casefold()


def _inspected(uow: UnitOfWork, existing: dict[int, ReturnLineRow], incoming: Return) -> set[str]:
    """The ids of the lines that inspections point at, among those this update would drop or give another item;
    no query when it does neither (the common case: the same return again)."""
    at_risk = {ln.line_no for ln in incoming.lines if ln.line_no in existing
               and not _same_item(existing[ln.line_no].sku, ln.sku)}
    at_risk |= set(existing) - {ln.line_no for ln in incoming.lines}
    if not at_risk:
        return set()
    return set(uow.session.scalars(select(InspectionRow.return_line_id).where(
        InspectionRow.return_line_id.in_([existing[n].id for n in at_risk]))))


def _apply_tracking(uow: UnitOfWork, row: ReturnRow, numbers: Sequence[str],
                    owned: dict[str, ReturnTrackingRow], batch_rows: dict[str, ReturnRow]) -> None:
    wanted = set(numbers)
    for t in list(row.tracking):
        if t.tracking_number not in wanted:
            row.tracking.remove(t)
    have = {t.tracking_number for t in row.tracking}
    for number in sorted(wanted - have):
        # A tracking number moves to the newest return that names it.
        old = owned.pop(number, None)
        if old is not None:
            owner = batch_rows.get(old.return_id)
            if owner is not None and old in owner.tracking:
                owner.tracking.remove(old)   # an owner loaded in this batch lets go of it too
            else:
                uow.session.delete(old)
            uow.session.flush()
        row.tracking.append(ReturnTrackingRow(tracking_number=number))


def _upsert_batch(uow: UnitOfWork, batch: list[Return], source: str, at: dt.datetime) -> tuple[int, int]:
    session = uow.session
    # The batch's known returns with their lines and tracking numbers, and the owners of its tracking numbers: a few
    # statements per batch instead of a few per return.
    known = {row.rma_number: row for row in session.scalars(
        select(ReturnRow).where(ReturnRow.rma_number.in_([r.rma_number for r in batch]))
        .options(selectinload(ReturnRow.lines), selectinload(ReturnRow.tracking)))}
    numbers = sorted({n for r in batch for n in r.tracking_numbers})
    owned = {t.tracking_number: t for t in session.scalars(
        select(ReturnTrackingRow).where(ReturnTrackingRow.tracking_number.in_(numbers)))} if numbers else {}
    batch_rows = {row.id: row for row in known.values()}
    added = updated = 0
    for incoming in batch:
        row = known.get(incoming.rma_number)
        if row is None:
            row = ReturnRow(id=str(uuid.uuid4()), rma_number=incoming.rma_number)
            session.add(row)
            known[incoming.rma_number] = batch_rows[row.id] = row
            added += 1
        else:
            updated += 1
        row.order_number, row.customer_reason = incoming.order_number, incoming.customer_reason
        row.delivered_on, row.status = incoming.delivered_on, incoming.status.value
        row.source, row.updated_at = source, at
        row.customer_id, row.customer_orders = incoming.customer_id, incoming.customer_orders
        _apply_lines(uow, row, incoming)
        for number in incoming.tracking_numbers:
            if owned.get(number) is not None and owned[number].return_id == row.id:
                del owned[number]   # already this return's
        _apply_tracking(uow, row, incoming.tracking_numbers, owned, batch_rows)
    session.flush()
    return added, updated


def upsert_returns(cmd: UpsertReturns, uow: UnitOfWork) -> UpsertResult:
    """All of `cmd.returns` in one transaction, written a batch at a time: each batch is flushed and then let go of,
    so a stream of a hundred thousand returns never sits in the session (or in memory) at once."""
    added = updated = 0
    with uow:
        batch: list[Return] = []
        for incoming in cmd.returns:
            batch.append(incoming)
            if len(batch) == BATCH:
                counts = _upsert_batch(uow, batch, cmd.source, cmd.at)
                added, updated, batch = added + counts[0], updated + counts[1], []
                uow.session.expunge_all()
        if batch:
            counts = _upsert_batch(uow, batch, cmd.source, cmd.at)
            added, updated = added + counts[0], updated + counts[1]
        uow.commit()
    return UpsertResult(added, updated)
