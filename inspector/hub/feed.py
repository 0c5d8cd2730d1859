"""Returns and policy that benches pull: loaded by the administrator or pushed by the shop's systems (returns),
served by change number.

Returns are kept in the import format (docs/import-format.md), so a bench reads a pulled page with the same checks
as an import file and can never expect half a return. A served return adds one key to that format, "progress": what
each station has inspected against each of its lines (see `inspector.hub.progress`); the bench takes it off before
the checks. A `format=2` page adds "customer" too (`inspector.hub.customers`) and keeps the import format's newer
keys (customer, outcome, weight); a `format=1` page (the default, benches from before them) leaves those out.
Nothing else is ever added: a bench refuses unknown keys, so the sender's version and who stored the return are kept
in columns of their own.

Every write also notes the return's timeline (`inspector.hub.timeline`) in the same transaction.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from inspector.domain.returns import Return, ReturnStatus
from inspector.hub import customers, progress, timeline
from inspector.hub.schema import counters, policies, return_docs
from inspector.hub.storage import in_transaction, now_iso, reading


# Kept in a return's document only when set, so a return stored before they existed reads the same again; served
# only on `format=2` pages (a bench from before them refuses unknown keys).
RETURN_EXTRAS = ("customer_id", "customer_orders")
LINE_EXTRAS = ("requested_outcome", "exchange_sku", "exchange_description", "unit_weight_g")
FORMATS = (1, 2)


def return_document(ret: Return) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "rma_number": ret.rma_number, "order_number": ret.order_number, "customer_reason": ret.customer_reason,
        "delivered_on": ret.delivered_on.isoformat() if ret.delivered_on else None, "status": ret.status.value,
        "tracking_numbers": list(ret.tracking_numbers),
    }
    doc.update(_set(ret, RETURN_EXTRAS))
    doc["lines"] = [{"line_no": ln.line_no, "sku": ln.sku, "gtin": ln.gtin, "description": ln.description,
                     "quantity": ln.quantity, "unit_price": str(ln.unit_price), "currency": ln.currency,
                     "category": ln.category, "serials": list(ln.serials), **_set(ln, LINE_EXTRAS)}
                    for ln in ret.lines]
    return doc


def _set(thing: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: value for name in names if (value := getattr(thing, name, None)) is not None}


def served_document(doc: dict[str, Any], fmt: int) -> dict[str, Any]:
    """The stored document as a page of `fmt` serves it: format 1 without the keys its benches do not know."""
    if fmt >= 2:
        return doc
    plain = {key: value for key, value in doc.items() if key not in RETURN_EXTRAS}
    plain["lines"] = [{key: value for key, value in line.items() if key not in LINE_EXTRAS}
                      for line in doc["lines"]]
    return plain


ADDED, UPDATED, UNCHANGED, STALE, REJECTED = "added", "updated", "unchanged", "stale", "rejected"
OUTCOMES = (ADDED, UPDATED, UNCHANGED, STALE, REJECTED)
_CHUNK = 500   # RMA numbers per IN list


@dataclass(frozen=True)
class StoredReturn:
    rma_number: str
    outcome: str                  # one of OUTCOMES
    reason: str | None = None     # why it was stale or rejected


@dataclass(frozen=True)
class StoreOutcome:
    """What became of each return given to `store_returns`, in the order given."""
    results: tuple[StoredReturn, ...]

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

    def counts(self) -> dict[str, int]:
        return {outcome: self.count(outcome) for outcome in OUTCOMES}

    @property
    def stored(self) -> int:
        """Returns added or updated: the ones benches pull again."""
        return self.count(ADDED) + self.count(UPDATED)


def store_returns(engine: Engine, returns: Iterable[Return], source: str | None = None,
                  versions: Mapping[str, int] | None = None, now: dt.datetime | None = None) -> StoreOutcome:
    """Adds or replaces returns by RMA number, in one transaction; only a changed return takes a new change number,
    so benches pull just what changed.

    - the same content again is `unchanged` (it keeps its change number);
    - with `versions` (the sender's version per RMA number): an older version than the one stored is `stale`, the
      same version with other content is `rejected`, and a newer one is stored (a newer version with the same
      content only moves the stored version on);
    - without a version, a changed return replaces the stored one and keeps its version: the change counts as part
      of that version, so only a higher version changes the return again. Sent again after the change, the version
      it was made on is `rejected` and an older one `stale`: neither undoes it.
    `source` says who stored it (an integration's name, `import:<format>`); `now` is the hub's clock (a return
    first seen then counts in its customer's recent returns from then on)."""
    given = [(return_document(r), (versions or {}).get(r.rma_number)) for r in returns]
    if not given:
        return StoreOutcome(())
    return in_transaction(engine, lambda conn: _store(conn, given, source, at=_at(now)))


def cancel_return(engine: Engine, rma_number: str, source: str | None = None,
                  version: int | None = None, now: dt.datetime | None = None) -> StoredReturn | None:
    """Sets a held return's status to cancelled, judged as `store_returns` judges a return sent with that status
    (without a version, only the status changes: the version held stays, so a replay of it cannot reopen the
    return); None when the hub holds no such return."""
    def work(conn: Connection) -> StoredReturn | None:
        _lock_returns(conn)
        data = conn.scalar(select(return_docs.c.data).where(return_docs.c.rma_number == rma_number))
        if data is None:
            return None
        doc = json.loads(data)
        doc["status"] = ReturnStatus.CANCELLED.value
        return _store(conn, [(doc, version)], source, locked=True, at=_at(now)).results[0]
    return in_transaction(engine, work)


def _lock_returns(conn: Connection) -> None:
    # Every writer of hub_returns takes the returns' counter row first (see CounterRow, `progress._renumber`): held
    # from here to the commit, what is read next is what the writes below replace, even across hub processes.
    conn.execute(select(counters.c.value).where(counters.c.name == "returns").with_for_update())


def _at(now: dt.datetime | None) -> str:
    return now.astimezone(dt.timezone.utc).isoformat(timespec="microseconds") if now else now_iso()


def _store(conn: Connection, given: list[tuple[dict[str, Any], int | None]], source: str | None,
           locked: bool = False, at: str | None = None) -> StoreOutcome:
    if not locked:
        _lock_returns(conn)
    names = list(dict.fromkeys(doc["rma_number"] for doc, _version in given))
    held: dict[str, tuple[str, int | None]] = {}
    for start in range(0, len(names), _CHUNK):
        held.update((rma, (data, version)) for rma, data, version in conn.execute(
            select(return_docs.c.rma_number, return_docs.c.data, return_docs.c.upstream_version)
            .where(return_docs.c.rma_number.in_(names[start:start + _CHUNK]))))
    results: list[StoredReturn] = []
    writes: dict[str, dict[str, Any]] = {}
    moved_on: dict[str, int] = {}   # unchanged content, newer version: only the version is written
    added_customers: set[str] = set()
    for doc, version in given:
        rma, text = doc["rma_number"], json.dumps(doc, ensure_ascii=False)
        before = held.get(rma)
        outcome, reason = _judge(text, version, before)
        results.append(StoredReturn(rma, outcome, reason))
        if outcome in (ADDED, UPDATED):
            if version is None and before is not None:
                # A change without a version stays at the version held: forgetting it would let a replay of that
                # version (or an older one) undo the change, e.g. reopen a return cancelled without a version.
                version = before[1]
            writes[rma] = {"rma_number": rma, "status": doc["status"], "data": text, "upstream_version": version,
                           "source": source, "customer_id": doc.get("customer_id")}
            if outcome == ADDED and doc.get("customer_id"):
                added_customers.add(doc["customer_id"])
            moved_on.pop(rma, None)
            held[rma] = (text, version)
        elif outcome == UNCHANGED and before is not None and version is not None and (
                before[1] is None or version > before[1]):
            moved_on[rma] = version
            held[rma] = (text, version)
    if writes:
        # Taking the numbers bumps the counter row already locked above.
        last = conn.execute(update(counters).where(counters.c.name == "returns")
                            .values(value=counters.c.value + len(writes)).returning(counters.c.value)).scalar_one()
        first, at = last - len(writes) + 1, at or now_iso()
        rows = [{**row, "seq": first + n, "updated_at": at, "first_seen_at": at}
                for n, row in enumerate(writes.values())]
        stmt = (postgresql.insert(return_docs) if conn.dialect.name == "postgresql" else sqlite.insert(return_docs))
        stmt = stmt.on_conflict_do_update(index_elements=[return_docs.c.rma_number], set_={
            name: stmt.excluded[name] for name in ("status", "data", "seq", "updated_at", "upstream_version",
                                                   "source", "customer_id")})
        conn.execute(stmt, rows)
        # The customer's count changed for their other open returns: benches pull those again.
        customers.renumber_others(conn, added_customers, writes, at)
        timeline.note_returns(conn, [json.loads(row["data"]) for row in rows], at)
    if moved_on:
        conn.execute(update(return_docs).where(return_docs.c.rma_number == bindparam("rma"))
                     .values(upstream_version=bindparam("version")),
                     [{"rma": rma, "version": version} for rma, version in moved_on.items()])
    return StoreOutcome(tuple(results))


def _judge(text: str, version: int | None, before: tuple[str, int | None] | None) -> tuple[str, str | None]:
    if before is None:
        return ADDED, None
    held_text, held_version = before
    if version is not None and held_version is not None and version < held_version:
        return STALE, f"version {version} is older than the version the hub holds ({held_version}); not stored"
    if text == held_text:
        return UNCHANGED, None
    if version is not None and version == held_version:
        return REJECTED, (f"version {version} is already held with other content (a change made without a "
                          "version, such as a DELETE, stays at the version it was made on); a change needs a higher "
                          "version")
    return UPDATED, None


def returns_since(engine: Engine, cursor: int, limit: int, fmt: int = 1,
                  now: dt.datetime | None = None) -> tuple[list[dict[str, Any]], int, bool]:
    """Returns changed after `cursor`, oldest change first; the new cursor; whether more are waiting.

    Each return carries its progress: what each station has inspected against each line (`progress.progress_of`),
    read after the returns, so it is never older than the change number the bench moves its cursor to. Format 2
    adds the keys of revision 0004 and, for a return with a customer id, the customer's recent returns
    (`customers.history`, counted as of `now`, the hub's clock: required then)."""
    with reading(engine) as conn:
        rows = conn.execute(select(return_docs.c.seq, return_docs.c.data).where(return_docs.c.seq > cursor)
                            .order_by(return_docs.c.seq).limit(limit + 1)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        docs = [json.loads(data) for _, data in rows]
        done = progress.progress_of(conn, [d["rma_number"] for d in docs]) if docs else {}
        known = {d["customer_id"] for d in docs if d.get("customer_id")} if fmt >= 2 else set()
        if known and now is None:
            raise ValueError("a format 2 page counts customers' returns as of the hub's clock: pass `now`")
        found = customers.history(conn, known, now, customers.policy_days(conn)) if known and now else {}
    served = []
    for doc in docs:
        page_doc = served_document(doc, fmt)
        if doc.get("customer_id") in found:
            page_doc["customer"] = found[doc["customer_id"]]
        page_doc["progress"] = done.get(doc["rma_number"], [])
        served.append(page_doc)
    return served, (rows[-1].seq if rows else cursor), more


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
