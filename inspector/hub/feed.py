"""Returns and policy that benches pull: loaded by the administrator, served by change number.

Returns are kept in the import format (docs/import-format.md), so a bench reads a pulled page with the same checks
as an import file and can never expect half a return. A served return adds one key to that format, "progress": what
each station has inspected against each of its lines (see `inspector.hub.progress`); the bench takes it off before
the checks.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from inspector.domain.returns import Return
from inspector.hub import progress
from inspector.hub.schema import counters, policies, return_docs
from inspector.hub.storage import in_transaction, now_iso, reading


def return_document(ret: Return) -> dict[str, Any]:
    return {
        "rma_number": ret.rma_number, "order_number": ret.order_number, "customer_reason": ret.customer_reason,
        "delivered_on": ret.delivered_on.isoformat() if ret.delivered_on else None, "status": ret.status.value,
        "tracking_numbers": list(ret.tracking_numbers),
        "lines": [{"line_no": ln.line_no, "sku": ln.sku, "gtin": ln.gtin, "description": ln.description,
                   "quantity": ln.quantity, "unit_price": str(ln.unit_price), "currency": ln.currency,
                   "category": ln.category, "serials": list(ln.serials)} for ln in ret.lines],
    }


def store_returns(engine: Engine, returns: Sequence[Return]) -> int:
    """Adds or replaces returns by RMA number; each gets a new change number, so benches pull it again."""
    if not returns:
        return 0
    docs = [return_document(r) for r in returns]

    def work(conn):  # type: ignore[no-untyped-def]
        # Taking the numbers locks the counter row until commit (see CounterRow).
        last = conn.execute(update(counters).where(counters.c.name == "returns")
                            .values(value=counters.c.value + len(docs)).returning(counters.c.value)).scalar_one()
        first, at = last - len(docs) + 1, now_iso()
        rows = [{"rma_number": d["rma_number"], "status": d["status"], "data": json.dumps(d, ensure_ascii=False),
                 "seq": first + n, "updated_at": at} for n, d in enumerate(docs)]
        stmt = (postgresql.insert(return_docs) if conn.dialect.name == "postgresql" else sqlite.insert(return_docs))
        stmt = stmt.on_conflict_do_update(index_elements=[return_docs.c.rma_number], set_={
            "status": stmt.excluded.status, "data": stmt.excluded.data, "seq": stmt.excluded.seq,
            "updated_at": stmt.excluded.updated_at})
        conn.execute(stmt, rows)
        return len(rows)
    return in_transaction(engine, work)


def returns_since(engine: Engine, cursor: int, limit: int) -> tuple[list[dict[str, Any]], int, bool]:
    """Returns changed after `cursor`, oldest change first; the new cursor; whether more are waiting.

    Each return carries its progress: what each station has inspected against each line (`progress.progress_of`),
    read after the returns, so it is never older than the change number the bench moves its cursor to."""
    with reading(engine) as conn:
        rows = conn.execute(select(return_docs.c.seq, return_docs.c.data).where(return_docs.c.seq > cursor)
                            .order_by(return_docs.c.seq).limit(limit + 1)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        docs = [json.loads(data) for _, data in rows]
        done = progress.progress_of(conn, [d["rma_number"] for d in docs]) if docs else {}
    for doc in docs:
        doc["progress"] = done.get(doc["rma_number"], [])
    return docs, (rows[-1].seq if rows else cursor), more


def store_policy(engine: Engine, policy: dict[str, Any]) -> int:
    def work(conn):  # type: ignore[no-untyped-def]
        current = conn.scalar(select(policies.c.version).where(policies.c.id == 1))
        data, at = json.dumps(policy, ensure_ascii=False), now_iso()
        if current is None:
            conn.execute(insert(policies).values(id=1, version=1, data=data, updated_at=at))
            return 1
        conn.execute(update(policies).where(policies.c.id == 1).values(version=current + 1, data=data, updated_at=at))
        return current + 1
    return in_transaction(engine, work)


def current_policy(engine: Engine) -> tuple[int, dict[str, Any] | None]:
    with reading(engine) as conn:
        row = conn.execute(select(policies.c.version, policies.c.data).where(policies.c.id == 1)).first()
    return (0, None) if row is None else (row.version, json.loads(row.data))
