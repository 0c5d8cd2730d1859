"""Applying a pushed batch: each record idempotently by (type, id, version), each acknowledged on its own.

applied   - this version is now the hub's (a new record, or newer than what the hub had)
duplicate - the hub already has this version or a newer one (a resend after a lost answer): nothing changes
rejected  - not acceptable (reason given); the bench sets it aside, the rest of the batch is unaffected. A record
            whose envelope is wrong (a version that is not an integer, data that is not an object) is rejected too,
            as long as its type and id are text to acknowledge it by (`read_envelopes`).

PostgreSQL: one `INSERT ... ON CONFLICT DO UPDATE ... WHERE newer AND same station RETURNING` per batch does the
work: it is atomic per row, so two hub processes given the same record (a bench retrying against another process)
apply it once. Rows go in key order so two concurrent batches lock rows in the same order and cannot deadlock each
other. SQLite (one hub process, one writer at a time): see `_store_sqlite`.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from pydantic import ValidationError
from sqlalchemy import Connection, Engine, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite

from inspector.hub import badge_runs, decisions, photo_rows, progress, site_feed, timeline
from inspector.hub.record_types import ENVELOPE, first_error, problem_with
from inspector.hub.schema import records
from inspector.hub.storage import in_transaction, now_iso

APPLIED, DUPLICATE, REJECTED = "applied", "duplicate", "rejected"
SAFE_INTEGER = 2**53   # the largest integer every JSON reader keeps exactly


@dataclass(frozen=True)
class Incoming:
    type: str
    id: str
    version: int | None          # None only when the envelope's version is no integer JSON carries exactly
    data: dict[str, Any]
    problem: str | None = None   # why the envelope itself is unacceptable


class Unnamed(ValueError):
    """A pushed record that cannot be acknowledged (not an object, or no text type and id): the batch is refused."""

    def __init__(self, index: int, what: str) -> None:
        super().__init__(what)
        self.index = index


def read_envelopes(items: list[Any]) -> list[Incoming]:
    """The batch's records as Incoming, each envelope checked strictly; one that is wrong carries its `problem`."""
    incoming = []
    for index, item in enumerate(items):
        if type(item) is not dict:
            raise Unnamed(index, "a record is an object with type, id, version and data")
        record_type, record_id = item.get("type"), item.get("id")
        if type(record_type) is not str or type(record_id) is not str:
            raise Unnamed(index, "a record needs a type and an id as text, to be acknowledged by")
        try:
            ENVELOPE.validate_python(item)
        except ValidationError as exc:
            version = item.get("version")
            echoed = version if type(version) is int and -SAFE_INTEGER <= version <= SAFE_INTEGER else None
            incoming.append(Incoming(record_type, record_id, echoed, {}, first_error(exc)))
            continue
        incoming.append(Incoming(record_type, record_id, item["version"], item["data"]))
    return incoming


@dataclass(frozen=True)
class Outcome:
    type: str
    id: str
    version: int | None
    outcome: str
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "id": self.id, "version": self.version, "outcome": self.outcome,
                "reason": self.reason}


def _upsert(dialect: str):  # type: ignore[no-untyped-def]
    stmt = (postgresql.insert(records) if dialect == "postgresql" else sqlite.insert(records))
    excluded = stmt.excluded
    return stmt.on_conflict_do_update(
        index_elements=[records.c.record_type, records.c.record_id],
        set_={"version": excluded.version, "data": excluded.data, "updated_at": excluded.updated_at,
              "seq": excluded.seq, "happened_at": excluded.happened_at, "subject": excluded.subject},
        # A station never overwrites another's record, and an older version never replaces a newer one.
        where=(records.c.version < excluded.version) & (records.c.station == excluded.station),
    ).returning(records.c.record_type, records.c.record_id)


_UPSERTS = {name: _upsert(name) for name in ("sqlite", "postgresql")}


class Unstorable(ValueError):
    """Data the hub parsed but cannot write back out as JSON (nested deeper than any writer goes)."""


STORED_DEPTH = 254   # the deepest nesting orjson writes; a real record nests three levels


def _data(data: dict[str, Any]) -> str:
    """The text stored for a record's data. ASCII-only JSON: a lone surrogate or NUL in some text cannot break the
    database's encoding. orjson writes the same compact text as json.dumps for ASCII data (most records), much
    faster; anything else goes the old way."""
    try:
        text = orjson.dumps(data)
    except orjson.JSONEncodeError as exc:
        if "recursion" in str(exc).lower():
            raise Unstorable(f"data: nested more than {STORED_DEPTH} levels deep") from None
        # a lone surrogate, an integer beyond 64 bits: json.dumps escapes or writes it
        return _slow_data(data)
    return text.decode() if text.isascii() else _slow_data(data)


def _slow_data(data: dict[str, Any]) -> str:
    try:
        return json.dumps(data, separators=(",", ":"), allow_nan=False)
    except RecursionError:
        raise Unstorable("data: nested too deeply to be stored") from None


def _judge_existing(r: Incoming, station: str, owner: str, version: int) -> Outcome:
    if owner != station:
        return Outcome(r.type, r.id, r.version, REJECTED, f"record {r.id} belongs to another station")
    return Outcome(r.type, r.id, r.version, DUPLICATE, None if version == r.version else f"hub has version {version}")


# Per type, so the primary key (record_type, record_id) index answers: a row-value IN list scans instead.
_SQLITE_FIND = "SELECT record_id, station, version FROM hub_records WHERE record_type = ? AND record_id IN ({})"
_SQLITE_INSERT = ("INSERT INTO hub_records (record_type, record_id, station, version, data, received_at, updated_at, "
                  "seq, happened_at, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_SQLITE_UPDATE = ("UPDATE hub_records SET version = ?, data = ?, updated_at = ?, seq = ?, happened_at = ?, subject = ? "
                  "WHERE record_type = ? AND record_id = ? AND station = ? AND version < ?")


def _site_columns(r: Incoming) -> tuple[str | None, str | None]:
    return site_feed.happened_at(r.type, r.data), site_feed.subject_of(r.type, r.data)


def _store_sqlite(conn: Connection, station: str, good: list[Incoming],
                  texts: dict[tuple[str, str], str], at: str) -> dict[tuple[str, str], Outcome]:
    """SQLite: the transaction holds the database's only write lock from its first statement (BEGIN IMMEDIATE),
    so reading what exists and then writing is race-free, and plain executemany costs a third of an upsert with
    RETURNING, on the hub's hot path."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    have: dict[tuple[str, str], tuple[str, int]] = {}
    by_type: dict[str, list[str]] = {}
    for r in good:
        by_type.setdefault(r.type, []).append(r.id)
    for record_type, ids in by_type.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for i, owner, version in cursor.execute(_SQLITE_FIND.format(",".join("?" * len(chunk))),
                                                    [record_type, *chunk]):
                have[(record_type, i)] = (owner, version)
    inserts, updates, outcomes = [], [], {}
    taking = [r for r in good if (found := have.get((r.type, r.id))) is None or
              (found[0] == station and found[1] < r.version)]
    seq = site_feed.numbers(conn, len(taking)) if taking else 0
    for r in good:
        found = have.get((r.type, r.id))
        if found is None:
            inserts.append((r.type, r.id, station, r.version, texts[(r.type, r.id)], at, at, seq,
                            *_site_columns(r)))
        elif found[0] == station and found[1] < r.version:
            updates.append((r.version, texts[(r.type, r.id)], at, seq, *_site_columns(r), r.type, r.id, station,
                            r.version))
        else:
            outcomes[(r.type, r.id)] = _judge_existing(r, station, *found)
            continue
        seq += 1
        outcomes[(r.type, r.id)] = Outcome(r.type, r.id, r.version, APPLIED)
    if inserts:
        cursor.executemany(_SQLITE_INSERT, inserts)
    if updates:
        cursor.executemany(_SQLITE_UPDATE, updates)
    cursor.close()
    return outcomes


def _store(conn: Connection, station: str, good: list[Incoming],
           texts: dict[tuple[str, str], str], at: str) -> dict[tuple[str, str], Outcome]:
    # A decision the station had no right to send raises decisions.NoRight: this transaction is undone (a 403).
    refused = decisions.refusals(conn, station, good)
    outcomes = {key: Outcome(key[0], key[1], r.version, REJECTED, refused[key])
                for r in good if (key := (r.type, r.id)) in refused}
    good = [r for r in good if (r.type, r.id) not in refused]
    # Badge events (wrong PINs and what ends their run) are counted in a table of their own, not kept as records.
    events = [r for r in good if r.type == badge_runs.BADGE_EVENT]
    good = [r for r in good if r.type != badge_runs.BADGE_EVENT]
    if good:
        outcomes.update(_store_dialect(conn, station, good, texts, at))
    applied = [r for r in good if outcomes[(r.type, r.id)].outcome == APPLIED]
    progress.note_applied(conn, station, applied)
    photo_rows.note_applied(conn, station, applied, at)
    timeline.note_applied(conn, applied, at)   # the events counter: the last lock but the badges' own
    outcomes.update({key: Outcome(key[0], key[1], 1, outcome, reason)
                     for key, (outcome, reason) in badge_runs.store_events(conn, station, events).items()})
    return outcomes


def _store_dialect(conn: Connection, station: str, good: list[Incoming],
                   texts: dict[tuple[str, str], str], at: str) -> dict[tuple[str, str], Outcome]:
    if conn.dialect.name == "sqlite":
        return _store_sqlite(conn, station, good, texts, at)
    # A number for every row offered: one not applied leaves a gap, which a cursor passes over.
    first = site_feed.numbers(conn, len(good))
    rows = [{"record_type": r.type, "record_id": r.id, "station": station, "version": r.version,
             "data": texts[(r.type, r.id)], "received_at": at, "updated_at": at, "seq": first + n,
             "happened_at": site_columns[0], "subject": site_columns[1]}
            for n, r in enumerate(good) for site_columns in (_site_columns(r),)]
    applied = {(t, i) for t, i in conn.execute(_UPSERTS[conn.dialect.name], rows)}
    outcomes = {(r.type, r.id): Outcome(r.type, r.id, r.version, APPLIED) for r in good if (r.type, r.id) in applied}
    rest = [r for r in good if (r.type, r.id) not in applied]
    if rest:
        have = {(t, i): (s, v) for t, i, s, v in conn.execute(
            select(records.c.record_type, records.c.record_id, records.c.station, records.c.version)
            .where(tuple_(records.c.record_type, records.c.record_id).in_([(r.type, r.id) for r in rest])))}
        for r in rest:
            outcomes[(r.type, r.id)] = _judge_existing(r, station, *have[(r.type, r.id)])
    return outcomes


def apply_batch(engine: Engine, station: str, batch: Sequence[Incoming],
                now: dt.datetime | None = None) -> list[Outcome]:
    """`now`: the hub's clock (the app passes its own), the time records and timeline steps are noted at; a caller
    outside the app (a command, a test) that passes none gets the wall clock's."""
    decisions.refuse_foreign(station, batch)   # another station's record refuses the whole batch (a 403)
    results: list[Outcome | None] = [None] * len(batch)
    newest: dict[tuple[str, str], int] = {}   # key -> index of the highest version in this batch
    texts: dict[int, str] = {}                # index -> the data as stored
    for index, record in enumerate(batch):
        if record.problem is not None or record.version is None:
            reason = record.problem or "version: not an integer"
        else:
            reason = problem_with(record.type, record.id, record.version, station, record.data)
        if reason is None:
            # Written out now, not in the transaction: data that cannot be stored is a rejection like any other,
            # and a rejected copy never supersedes a good one.
            try:
                texts[index] = _data(record.data)
            except Unstorable as exc:
                reason = str(exc)
        if reason is not None:
            results[index] = Outcome(record.type, record.id, record.version, REJECTED, reason)
            continue
        key = (record.type, record.id)
        seen = newest.get(key)
        # One statement may touch a row only once: an older copy in the same batch is superseded, not stored.
        if seen is None or batch[seen].version < record.version:
            if seen is not None:
                results[seen] = Outcome(record.type, record.id, batch[seen].version, DUPLICATE, "superseded in batch")
            newest[key] = index
        else:
            results[index] = Outcome(record.type, record.id, record.version, DUPLICATE, "superseded in batch")
    good = sorted((batch[i] for i in newest.values()), key=lambda r: (r.type, r.id))
    if good:
        stored_texts = {key: texts[index] for key, index in newest.items()}
        at = now.astimezone(dt.timezone.utc).isoformat(timespec="microseconds") if now else now_iso()
        stored = in_transaction(engine, lambda conn: _store(conn, station, good, stored_texts, at))
        for key, index in newest.items():
            results[index] = stored[key]
    return [r for r in results if r is not None]
