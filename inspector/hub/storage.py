"""Opening the hub database: SQLite (default, one hub process) or PostgreSQL (several hub processes).

SQLite: every transaction starts with BEGIN IMMEDIATE, so two writers queue on the lock instead of one of them failing
when it upgrades a read lock (the hub runs requests on several threads). PostgreSQL: READ COMMITTED with
`INSERT ... ON CONFLICT`, which is atomic per row across processes; a deadlock between two hub processes is
retried.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, insert, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from inspector.errors import EnvironmentProblem
from inspector.hub.schema import SCHEMA_VERSION, HubBase, HubSchemaRow, counters

DEFAULT_URL = "sqlite:///hub.sqlite3"
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


def _sqlite_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_hub_engine(url: str) -> Engine:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]   # psycopg 3 is the driver we ship
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_size=8, max_overflow=8, pool_pre_ping=True)
    return engine


def ensure_schema(engine: Engine) -> None:
    """Creates the tables on first use and refuses a database made by a newer hub.

    Several hub processes may start together on one PostgreSQL: an advisory lock lets one create, the others wait.
    """
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(72201001)"))
            HubBase.metadata.create_all(conn)
            found = conn.scalar(select(HubSchemaRow.version).where(HubSchemaRow.id == 1))
            if found is None:
                conn.execute(insert(HubSchemaRow.__table__).values(id=1, version=SCHEMA_VERSION))
                conn.execute(insert(counters).values(name="returns", value=0))
            elif found > SCHEMA_VERSION:
                raise EnvironmentProblem(f"The hub database has schema version {found}; this hub knows up to "
                                         f"{SCHEMA_VERSION}.", "Upgrade the hub program.")
    except OperationalError as exc:
        raise EnvironmentProblem(f"The hub database cannot be opened: {exc.orig}.",
                                 "Check the --db URL and that the database server is running.") from exc


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
