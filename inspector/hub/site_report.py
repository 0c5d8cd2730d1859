"""The site's reports, written by the hub itself with the bench's own code: same code, same totals as a desk.

The hub keeps records generically (type, id, version, JSON data). To report a span of the site's days it loads them
into a temporary bench database made with the bench's migrations: the item inspections that happened in it (their
`happened_at`, in the hub policy's time zone: `inspector.domain.site_day`), the parcels they belong to and the
overrides and photo records on them, through the desk's own `store_copies`; their returns, through the bench's own
upsert path; and their operators, with a PIN hash that never verifies (a report needs none). The bench's unchanged
report and export code then run on that database; the photos' bytes are the hub's photo folder's (`hub_photos`).

Everything is read from one snapshot of the hub database, a chunk at a time: a day of 20,000 items never sits in
memory twice, the hub's writers are never blocked (SQLite: a deferred read transaction in WAL; PostgreSQL:
REPEATABLE READ), and the newest change number the report saw (`Loaded.last_seq`) is exact.
"""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import Connection, Engine, create_engine, event, func, select
from sqlalchemy.dialects import sqlite as sqlite_dialect

from inspector.domain.policy import Policy, load_policy, policy_from_dict
from inspector.hub.schema import operators as hub_operators
from inspector.hub.schema import policies, records, return_docs, stations
from inspector.paths import resource
from inspector.storage.database import Database
from inspector.storage.orm import SITE_OPERATOR, OperatorRow
from inspector.usecases.unit_of_work import UnitOfWork

if TYPE_CHECKING:     # ReportLab only when a report is drawn: the hub's feed routes read this module too
    from inspector.reports.photo_cells import PhotoSource

CHUNK = 1000                  # item inspections per step: their parcels, overrides, returns and operators go along
LOOKUP = 500                  # ids per IN (...) list
# The temporary database's own station. No station can be called this (`inspector.hub.stations.STATION_NAME`), so
# `store_copies` skips none of the site's records as "its own".
REPORT_STATION = "(hub report)"
# Split by `verify_pin` into fewer than six parts: refused before any hashing. A report database signs nobody in.
NEVER_VERIFIES = "none$hub-report-copy"
ITEM, PARCEL, OVERRIDE, PHOTO = "item_inspection", "parcel_receipt", "inspection_override", "inspection_photo"


def utc_text(moment: dt.datetime) -> str:
    """An instant as the hub keeps `happened_at` (`inspector.hub.site_feed.happened_at`): text that sorts as time."""
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


def hub_policy(conn: Connection) -> Policy:
    """The policy the hub serves its benches (`inspector hub set-policy`), else the shipped one: the site's day is
    the same for the hub's reports as for its desks."""
    data = conn.scalar(select(policies.c.data).where(policies.c.id == 1))
    return policy_from_dict(orjson.loads(data)) if data else load_policy(resource("policy.json"))


# -- one snapshot of the hub database ------------------------------------------------------------------------------
def _deferred_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def _sqlite_reader(url: Any) -> Engine:
    """A second engine on the hub's SQLite file whose transactions begin DEFERRED: the hub's own engine begins each
    one IMMEDIATE (`inspector.hub.storage`), which would hold its only write lock for the whole of a report."""
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None      # `_deferred_begin` starts each transaction
        dbapi_connection.execute("PRAGMA busy_timeout=10000")
    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _deferred_begin)
    return engine


@contextmanager
def hub_snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection whose every read sees the hub database as it was at its first read, and which writes nothing."""
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if not database or database == ":memory:":
            # One in-memory database exists only on the hub's own connections; nothing writes beside a test's read.
            with engine.connect() as conn:
                yield conn
                conn.rollback()
            return
        reader = _sqlite_reader(engine.url)
        try:
            with reader.connect() as conn:
                yield conn
                conn.rollback()
        finally:
            reader.dispose()
        return
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():   # committed on leaving: it wrote nothing
            yield conn


def newest_seq(conn: Connection) -> int:
    """The newest record change number in this snapshot: any record applied later has a higher one (numbers are
    taken under the counter row's lock: `inspector.hub.site_feed.numbers`)."""
    return int(conn.scalar(select(func.coalesce(func.max(records.c.seq), 0))) or 0)


def stations_behind(conn: Connection, day_end: dt.datetime) -> list[tuple[str, str | None]]:
    """Active stations, already made by the end of the day, that the hub has not heard from since before it ended:
    their records of the day may not all be here. (name, last heard or None), by name."""
    end = utc_text(day_end)
    rows = conn.execute(select(stations.c.name, stations.c.last_heard_at, stations.c.created_at)
                        .where(stations.c.active.is_(True)).order_by(stations.c.name)).all()
    return [(name, heard) for name, heard, created in rows if created < end and (heard is None or heard < end)]


def hub_photos(folder: Path | None) -> PhotoSource | None:
    """The hub's photo folder (`--photos DIR`: the photos as DIR/ab/<sha256>.jpg) as the report's thumbnails, each
    made into DIR/thumbs/ the first time a report shows it; None without a folder (no photos column)."""
    if folder is None:
        return None
    from inspector.photos.store import PhotoStore
    from inspector.reports.photo_cells import store_photos
    return store_photos(PhotoStore(folder))


# -- the temporary bench database ----------------------------------------------------------------------------------
@contextmanager
def scratch_database() -> Iterator[Database]:
    """An empty bench database (the bench's own migrations) in a temporary folder, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="inspector-hub-report-"))
    database = Database.open_sqlite(folder / "report.sqlite3")
    try:
        # A copy for one report: nothing here must survive a power cut.
        event.listen(database.engine, "connect",
                     lambda dbapi_connection, _r: dbapi_connection.execute("PRAGMA synchronous=OFF"))
        database.engine.dispose()
        yield database
    finally:
        database.dispose()
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Loaded:
    """What went into the report's database."""
    items: int = 0
    parcels: int = 0
    overrides: int = 0
    photos: int = 0               # inspection_photo records (the bytes are the hub's photo folder's)
    returns: int = 0
    operators: int = 0
    set_aside: list[tuple[str, str]] = field(default_factory=list)   # (record id, why), from store_copies
    returns_refused: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"items": self.items, "parcels": self.parcels, "overrides": self.overrides, "photos": self.photos,
                "returns": self.returns, "operators": self.operators, "set_aside": [list(s) for s in self.set_aside],
                "returns_refused": self.returns_refused}


def _feed_item(row: Any) -> dict[str, Any]:
    """A hub row as the site feed serves it: what `store_copies` takes."""
    return {"type": row.record_type, "id": row.record_id, "version": row.version, "station": row.station,
            "seq": row.seq, "data": orjson.loads(row.data)}


_FEED_COLUMNS = (records.c.record_type, records.c.record_id, records.c.version, records.c.station, records.c.seq,
                 records.c.data)


def _chunks(values: Sequence[str], size: int = LOOKUP) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


class _Loader:
    """Fills the report's database a chunk of item inspections at a time, each chunk with what it needs first (its
    parcels, their returns, the operators named)."""

    def __init__(self, hub: Connection, database: Database, policy: Policy, at: dt.datetime) -> None:
        self.hub, self.database, self.policy, self.at = hub, database, policy, at
        self.loaded = Loaded()
        # Only ids are remembered, never rows: what is loaded once is not loaded again for a later chunk.
        self._parcels: set[str] = set()
        self._returns: set[str] = set()
        self._operators: set[str] = set()

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.database, self.policy)

    def _by_id(self, record_type: str, ids: Iterable[str]) -> list[dict[str, Any]]:
        found = []
        for chunk in _chunks(sorted(set(ids))):
            found += [_feed_item(r) for r in self.hub.execute(
                select(*_FEED_COLUMNS).where(records.c.record_type == record_type, records.c.record_id.in_(chunk)))]
        return found

    def _store_returns(self, rma_numbers: set[str]) -> None:
        from inspector.sync.pulling import store_returns
        wanted = sorted(rma_numbers - self._returns)
        self._returns.update(wanted)
        for chunk in _chunks(wanted):
            documents = [orjson.loads(data) for data in self.hub.scalars(
                select(return_docs.c.data).where(return_docs.c.rma_number.in_(chunk)))]
            if documents:
                stored = store_returns(documents, self.uow(), self.at)
                self.loaded.returns += stored.added + stored.updated
                self.loaded.returns_refused += stored.refused

    def _store_operators(self, operator_ids: set[str]) -> None:
        wanted = sorted(operator_ids - self._operators)
        self._operators.update(wanted)
        rows = []
        for chunk in _chunks(wanted):
            for op in self.hub.execute(select(hub_operators.c.id, hub_operators.c.badge, hub_operators.c.name,
                                              hub_operators.c.role, hub_operators.c.lang, hub_operators.c.active,
                                              hub_operators.c.created_at).where(hub_operators.c.id.in_(chunk))):
                rows.append({"id": op.id, "badge": op.badge, "name": op.name, "role": op.role, "lang": op.lang,
                             "active": op.active, "pin_hash": NEVER_VERIFIES, "origin": SITE_OPERATOR,
                             "created_at": dt.datetime.fromisoformat(op.created_at)})
        if rows:
            # Ignored when there already (a desk-made placeholder for one the hub did not know then): never replaced.
            with self.database.transaction() as session:
                session.execute(sqlite_dialect.insert(OperatorRow.__table__).on_conflict_do_nothing(), rows)
            self.loaded.operators += len(rows)

    def add(self, items: list[dict[str, Any]]) -> None:
        """Item inspections, with their parcels."""
        parcels = self._by_id(PARCEL, {i["data"].get("parcel_id") for i in items} - self._parcels - {None})
        self._parcels.update(p["id"] for p in parcels)
        self._store([*parcels, *items])
        self.loaded.items += len(items)
        self.loaded.parcels += len(parcels)

    def add_overrides(self, overrides: list[dict[str, Any]]) -> None:
        """Decisions and photos of item inspections loaded already."""
        self._store(overrides)
        photos = sum(1 for r in overrides if r["type"] == PHOTO)
        self.loaded.photos += photos
        self.loaded.overrides += len(overrides) - photos

    def _store(self, page: list[dict[str, Any]]) -> None:
        from inspector.sync.site_copies import store_copies   # the desk's own path for the site's records
        self._store_returns({rma for r in page if isinstance(rma := r["data"].get("rma_number"), str)})
        self._store_operators({op for r in page if isinstance(op := r["data"].get("operator_id"), str)})
        self.loaded.set_aside += list(store_copies(page, self.uow(), REPORT_STATION).set_aside)


def load_span(hub: Connection, database: Database, policy: Policy, first_day: dt.date, last_day: dt.date,
              at: dt.datetime, station: str | None = None, after_seq: int | None = None,
              progress: Callable[[int], None] | None = None) -> Loaded:
    """Loads the item inspections that happened from `first_day` to `last_day` (the site's days in the policy's
    zone, both included), with what they need, into `database`. `station`: only that station's items;
    `after_seq`: only items applied after that change number (a closed day's addendum)."""
    start, end = policy.zone.range_bounds(first_day, last_day)
    chosen = [records.c.record_type == ITEM, records.c.happened_at >= utc_text(start),
              records.c.happened_at < utc_text(end)]
    if station is not None:
        chosen.append(records.c.station == station)
    if after_seq is not None:
        chosen.append(records.c.seq > after_seq)
    # Returns are read with the import's checks as of `at`, which refuse a delivery date still to come: a span's
    # returns were delivered by its end, whenever the report is made (a clock set back, a day reported early).
    loader = _Loader(hub, database, policy, max(at, end))
    # A server-side cursor on PostgreSQL; SQLite's cursor reads as it goes anyway.
    for rows in hub.execution_options(yield_per=CHUNK).execute(select(*_FEED_COLUMNS).where(*chosen)).partitions():
        loader.add([_feed_item(r) for r in rows])
        if progress is not None:
            progress(loader.loaded.items)
    # Then the decisions on them and their photos, in one read (the items are in by now: each names its item).
    decided = select(records.c.record_id).where(*chosen)
    overrides = (select(*_FEED_COLUMNS).where(records.c.record_type.in_((OVERRIDE, PHOTO)),
                                              records.c.subject.in_(decided))
                 .order_by(records.c.seq))
    for rows in hub.execution_options(yield_per=CHUNK).execute(overrides).partitions():
        loader.add_overrides([_feed_item(r) for r in rows])
    return loader.loaded


