"""The bench's outbox as the sender sees it: take a batch, then mark what the hub acknowledged.

Outbox statuses: pending -> sent (hub applied it, or already had it) | rejected (set aside with the reason; shown,
retryable with `retry_rejected`, and never in the way of the rows behind it: batches take pending rows only).
A crash after sending and before `apply_acks` leaves the rows pending; the resend is a duplicate at the hub.
A batch the hub refused whole for one record it names (a 403: a decision this station had no right to send) sets
that record aside the same way (`refused_by_name`); the rest stays pending and goes in the next batch.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, func, select, update

from inspector.domain.policy import Policy
from inspector.storage.orm import OutboxRow
from inspector.sync.client import Ack, HubForbade, push_body
from inspector.sync.readers import READERS
from inspector.usecases.site_decisions import note_refusals

OVERRIDE_RECORD = "inspection_override"

PENDING, SENT, REJECTED = "pending", "sent", "rejected"
_outbox = OutboxRow.__table__

_TAKE = (select(_outbox.c.id, _outbox.c.record_type, _outbox.c.record_id, _outbox.c.version)
         .where(_outbox.c.status == PENDING, _outbox.c.id > bindparam("after"))
         .order_by(_outbox.c.id).limit(bindparam("limit")))
_MARK = (update(_outbox).where(_outbox.c.id.in_(bindparam("ids", expanding=True)))
         .values(status=bindparam("status"), last_error=bindparam("error"), attempts=_outbox.c.attempts + 1))


@dataclass(frozen=True)
class PushBatch:
    """Records to send, and which outbox rows each one answers for. Plain data: it crosses threads."""
    records: list[dict[str, Any]]
    rows_for: dict[tuple[str, str], list[int]]        # (type, id) -> outbox row ids
    set_aside: dict[str, list[int]] = field(default_factory=dict)  # reason -> outbox ids not sendable at all
    taken: int = 0                                     # outbox rows read
    last_id: int = 0                                   # the next batch may start after this row while this
                                                       # one is still on its way (pipelined push)
    body: bytes = b""                                  # the records serialised, ready to send
    limit: int = 0                                     # outbox rows asked for

    @property
    def empty(self) -> bool:
        return not self.records and not self.set_aside

    @property
    def full(self) -> bool:
        """As many rows as were asked for came back: more are probably waiting."""
        return self.taken >= self.limit > 0


@dataclass(frozen=True)
class AckSummary:
    applied: int = 0
    duplicate: int = 0
    rejected: int = 0
    set_aside: int = 0           # rows the bench itself could not send (no reader, record gone)
    rows_done: int = 0           # outbox rows no longer pending
    reasons: tuple[str, ...] = ()


def prepare_push(conn: Connection, limit: int, after_id: int = 0) -> PushBatch:
    rows = conn.execute(_TAKE, {"limit": limit, "after": after_id}).all()
    by_type: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for outbox_id, record_type, record_id, _version in rows:
        by_type[record_type][record_id].append(outbox_id)
    records: list[dict[str, Any]] = []
    rows_for: dict[tuple[str, str], list[int]] = {}
    set_aside: dict[str, list[int]] = defaultdict(list)
    for record_type, ids in by_type.items():
        reader = READERS.get(record_type)
        if reader is None:
            set_aside[f"this bench cannot send {record_type!r} records yet"].extend(
                i for outbox_ids in ids.values() for i in outbox_ids)
            continue
        found = reader(conn, list(ids))
        for record_id, outbox_ids in ids.items():
            data = found.get(record_id)
            if data is None:
                set_aside[f"{record_type} {record_id} is no longer in the bench database"].extend(outbox_ids)
                continue
            records.append({"type": record_type, "id": record_id, "version": data["version"], "data": data})
            rows_for[(record_type, record_id)] = outbox_ids
    return PushBatch(records, rows_for, dict(set_aside), len(rows), rows[-1][0] if rows else after_id,
                     push_body(records) if records else b"", limit)


def apply_acks(conn: Connection, batch: PushBatch, acks: list[Ack], policy: Policy) -> AckSummary:
    """Marks the rows the hub answered for. A record the hub did not mention stays pending (sent next time). The
    policy works out again an item whose decision the hub refused."""
    done: list[int] = []
    rejected: dict[str, list[int]] = defaultdict(list)
    counts = {"applied": 0, "duplicate": 0, "rejected": 0}
    for ack in acks:
        ids = batch.rows_for.get((ack.type, ack.id))
        if ids is None or ack.outcome not in counts:
            continue
        counts[ack.outcome] += 1
        if ack.outcome == "rejected":
            rejected[ack.reason or "rejected by the hub"].extend(ids)
        else:
            done.extend(ids)
    if done:
        conn.execute(_MARK, {"ids": done, "status": SENT, "error": None})
    for reason, ids in list(rejected.items()) + list(batch.set_aside.items()):
        conn.execute(_MARK, {"ids": ids, "status": REJECTED, "error": reason[:1000]})
    # A supervisor's decision the hub refused (another decided first, four eyes) counts for nothing from now on.
    refused = {ack.id: ack.reason or "rejected by the hub" for ack in acks
               if ack.type == OVERRIDE_RECORD and ack.outcome == "rejected" and (ack.type, ack.id) in batch.rows_for}
    if refused:
        note_refusals(conn, refused, dt.datetime.now(dt.timezone.utc), policy)
    set_aside = sum(len(ids) for ids in batch.set_aside.values())
    return AckSummary(counts["applied"], counts["duplicate"], counts["rejected"], set_aside,
                      len(done) + sum(len(i) for i in rejected.values()) + set_aside,
                      tuple(sorted(rejected)) + tuple(sorted(batch.set_aside)))


def refused_by_name(batch: PushBatch, error: BaseException) -> list[Ack] | None:
    """The acknowledgement to apply (`apply_acks`) when the hub refused the whole batch for one record of it that it
    names: that record rejected with the hub's reason, so it is set aside as any rejection is (a decision's change
    undone, its audit entry refused), and the rest, not mentioned, stays pending for the next batch. The hub
    applied nothing of the batch. None when the error names no record of this batch: then the batch failed."""
    if not isinstance(error, HubForbade) or error.record is None or error.record not in batch.rows_for:
        return None
    record_type, record_id = error.record
    version = next(r["version"] for r in batch.records if r["type"] == record_type and r["id"] == record_id)
    return [Ack(record_type, record_id, version, REJECTED, error.reason or "refused by the hub")]


def note_failure(conn: Connection, batch: PushBatch, error: str) -> None:
    """The batch did not get through: rows stay pending, with the attempt counted and the error kept."""
    ids = [i for outbox_ids in batch.rows_for.values() for i in outbox_ids]
    if ids:
        conn.execute(_MARK, {"ids": ids, "status": PENDING, "error": error[:1000]})


_COUNT = select(func.count()).select_from(_outbox).where(_outbox.c.status == bindparam("status"))


def counts(conn: Connection) -> dict[str, int]:
    # Two index range counts, not a GROUP BY: a bench with a million sent rows must still answer in a blink.
    return {status: conn.execute(_COUNT, {"status": status}).scalar_one() for status in (PENDING, REJECTED)}


def rejected_rows(conn: Connection, limit: int = 200) -> list[dict[str, Any]]:
    rows = conn.execute(select(_outbox.c.id, _outbox.c.record_type, _outbox.c.record_id, _outbox.c.version,
                               _outbox.c.attempts, _outbox.c.last_error)
                        .where(_outbox.c.status == REJECTED).order_by(_outbox.c.id).limit(limit))
    return [dict(row._mapping) for row in rows]


def retry_rejected(conn: Connection, outbox_ids: list[int] | None = None) -> int:
    """Puts set-aside rows back in the queue (after the cause was fixed); returns how many."""
    stmt = update(_outbox).where(_outbox.c.status == REJECTED)
    if outbox_ids is not None:
        stmt = stmt.where(_outbox.c.id.in_(outbox_ids))
    return conn.execute(stmt.values(status=PENDING)).rowcount
