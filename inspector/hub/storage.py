"""Opening the hub database: SQLite (default, one hub process) or PostgreSQL (several hub processes).

SQLite: every transaction starts with BEGIN IMMEDIATE, so two writers queue on the lock instead of one of them failing
when it upgrades a read lock (the hub runs requests on several threads). PostgreSQL: READ COMMITTED with
`INSERT ... ON CONFLICT`, which is atomic per row across processes; a deadlock between two hub processes is
retried.

The schema is the hub's own Alembic line (`inspector/hub/migrations`, version table `hub_alembic_version`, apart from
the bench's), brought to its newest revision whenever the hub or one of its commands opens the database.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from inspector.errors import EnvironmentProblem
from inspector.hub.schema import HubSchemaRow
from inspector.hub.wal_checkpoints import BACKSTOP_PAGES
from inspector.storage import migrating

DEFAULT_URL = "sqlite:///hub.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "hub_alembic_version"
# Taken around every schema change. Hubs from before migrations took the same key around create_all, so an old and a
# new hub starting together on one PostgreSQL queue too.
SCHEMA_LOCK_KEY = 72201001
SCHEMA_LOCK_ATTEMPTS = 3     # busy timeouts a starting hub waits for another one's migration (SQLite)
# A database made by create_all before the hub had migrations carries only `hub_schema.version`: the revision each
# such version equals, stamped instead of run.
PRE_MIGRATION_REVISIONS = {1: "0001"}
T = TypeVar("T")


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def _sqlite_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # The driver's own transaction handling is switched off so that `_sqlite_begin` decides how each one starts.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_connect_serving(dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
    _sqlite_connect(dbapi_connection, record)
    # A serving hub's `WalCheckpointer` copies the log back off the request path; this is only the backstop.
    dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_PAGES}")


def _sqlite_begin(connection: Connection) -> None:
    # A reading connection (`reading`) begins DEFERRED: in WAL it sees one snapshot and takes no lock, so a desk's
    # page of the site feed never holds up the pushes queued on the write lock.
    connection.exec_driver_sql("BEGIN" if connection.get_execution_options().get(_READING) else "BEGIN IMMEDIATE")


_READING = "hub_reading"


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A connection for reads only (the feeds a bench or desk pulls): see `_sqlite_begin`. PostgreSQL reads never
    wait on writers anyway."""
    with engine.connect() as conn:
        yield conn.execution_options(**{_READING: True})


def make_hub_engine(url: str, serving: bool = False) -> Engine:
    """`serving`: for the hub process itself, whose SQLite log a `WalCheckpointer` copies back."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]   # psycopg 3 is the driver we ship
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_connect_serving if serving else _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_size=8, max_overflow=8, pool_pre_ping=True)
    return engine


def ensure_schema(engine: Engine) -> None:
    """Brings the database to the newest revision this hub knows; refuses one a newer hub has migrated.

    Several hub processes (or commands) may start together on one database: on PostgreSQL a transaction-level
    advisory lock lets one migrate while the others wait and then find nothing to do; on SQLite the transaction starts
    with BEGIN IMMEDIATE (`_sqlite_begin`), so the file lock does the same. Adopting an old database and upgrading
    run inside that one transaction: all or nothing.
    """
    try:
        for attempt in range(SCHEMA_LOCK_ATTEMPTS):
            try:
                with engine.begin() as conn:
                    if conn.dialect.name == "postgresql":
                        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
                    _adopt_pre_migration_schema(conn)
                    migrating.check_known(MIGRATIONS_DIR, conn, VERSION_TABLE)
                    migrating.upgrade(MIGRATIONS_DIR, conn, "head", VERSION_TABLE)
                break
            except OperationalError as exc:
                # SQLite: another hub process holds the file while it migrates, longer than one busy timeout on a
                # loaded machine; wait for it again (it then finds nothing to do) before calling the database locked.
                if "database is locked" not in str(exc.orig).lower() or attempt == SCHEMA_LOCK_ATTEMPTS - 1:
                    raise
    except migrating.NewerSchemaError as exc:
        raise EnvironmentProblem(f"The hub database is at schema revision {exc.current}, made by a newer hub; this "
                                 f"hub knows up to revision {exc.head}.", "Upgrade the hub program.") from exc
    except OperationalError as exc:
        raise EnvironmentProblem(f"The hub database cannot be opened: {exc.orig}.",
                                 "Check the --db URL and that the database server is running.") from exc
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501":   # insufficient_privilege
            raise
        first_line = str(exc.orig).splitlines()[0]
        raise EnvironmentProblem(f"The hub database user may not change the schema: {first_line}.",
                                 "Start the hub once as a user allowed to create tables (the database owner).") from exc


def _adopt_pre_migration_schema(conn: Connection) -> None:
    """Stamps a database made by create_all before the hub had migrations, keeping its tables and rows."""
    if migrating.current_revision(conn, VERSION_TABLE) is not None or not inspect(conn).has_table("hub_schema"):
        return
    found = schema_version(conn)
    revision = PRE_MIGRATION_REVISIONS.get(found) if found is not None else None
    if revision is None:
        raise EnvironmentProblem(f"The hub database has an unknown schema (hub_schema version {found}, no "
                                 f"{VERSION_TABLE} table).", "Check the --db URL points at a hub database.")
    migrating.stamp(MIGRATIONS_DIR, conn, revision, VERSION_TABLE)


def schema_version(conn: Connection) -> int | None:
    return conn.scalar(select(HubSchemaRow.version).where(HubSchemaRow.id == 1))


def _retryable(exc: DBAPIError) -> bool:
    # PostgreSQL: deadlock_detected, serialization_failure. SQLite: a lock outlasting busy_timeout.
    code = getattr(exc.orig, "sqlstate", None)
    return code in ("40P01", "40001") or "database is locked" in str(exc.orig).lower()


def in_transaction(engine: Engine, work: Callable[[Connection], T], attempts: int = 4) -> T:
    """Runs `work` in one transaction, retrying the whole of it when the database asks for a retry."""
    for attempt in range(attempts):
        try:
            with engine.begin() as conn:
                return work(conn)
        except DBAPIError as exc:
            if attempt == attempts - 1 or not _retryable(exc):
                raise
            time.sleep(0.01 * (2 ** attempt))
    raise AssertionError("unreachable")


@contextmanager
def opened(url: str) -> Iterator[Engine]:
    engine = make_hub_engine(url)
    try:
        ensure_schema(engine)
        yield engine
    finally:
        engine.dispose()
