"""One transaction per use case; rolls back unless committed; environment errors become EnvironmentProblem."""
from __future__ import annotations

import datetime as dt
import sqlite3
from types import TracebackType

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from inspector.domain.policy import Policy
from inspector.storage.database import Database, environment_problem
from inspector.storage.orm import UtcDateTime

# On the driver's cursor: this runs on every completed item, the bench's hot path (see `UnitOfWork.cursor`).
_OUTBOX_INSERT = ("INSERT INTO outbox (record_type, record_id, version, created_at, status, attempts) "
                  "VALUES (?, ?, ?, ?, 'pending', 0)")


class UnitOfWork:
    """A transaction on one connection. The ORM session is made only when a use case asks for it, so the hot paths
    written in Core (scanning a parcel or an item) or on the driver's cursor (completing an item) pay for no session
    at all."""

    def __init__(self, database: Database, policy: Policy) -> None:
        self.database = database
        self.policy = policy
        self._connection: Connection | None = None
        self._session: Session | None = None

    def __enter__(self) -> "UnitOfWork":
        self._committed = False
        try:
            self._connection = self.database.engine.connect()
            self._transaction = self._connection.begin()
        except SQLAlchemyError as exc:
            self._close()
            raise environment_problem(exc) or exc
        return self

    @property
    def connection(self) -> Connection:
        assert self._connection is not None, "use the unit of work inside `with uow:`"
        return self._connection

    def cursor(self) -> sqlite3.Cursor:
        """The SQLite driver's own cursor, in this transaction, for the bench's hottest statements (completing an
        item and its outbox row): SQLAlchemy's work per statement cost twice the statement itself there. Nothing is
        converted on this path: callers pass stored forms (`UtcDateTime.stored`)."""
        return self.connection.connection.driver_connection.cursor()  # type: ignore[union-attr]

    @property
    def session(self) -> Session:
        if self._session is None:
            # Joins the connection's transaction; committing is the unit of work's job, not the session's.
            self._session = Session(bind=self.connection, expire_on_commit=False, autoflush=True)
        return self._session

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            # A failed ORM flush has already rolled the connection's transaction back (and said so).
            if not self._committed and self._connection is not None and self._transaction.is_active:
                self._transaction.rollback()
        finally:
            self._close()
        if isinstance(exc, (SQLAlchemyError, sqlite3.Error)):   # the latter from `cursor()`
            problem = environment_problem(exc)
            if problem is not None:
                raise problem from exc

    def _close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def commit(self) -> None:
        if self._session is not None:
            self._session.flush()
        self._transaction.commit()
        self._committed = True

    def record_change(self, record_type: str, record_id: str, version: int, at: dt.datetime) -> None:
        """Queue the change for upstream in this same transaction, so it is sent if and only if it happened."""
        cursor = self.cursor()
        cursor.execute(_OUTBOX_INSERT, (record_type, record_id, version, UtcDateTime.stored(at)))
        # The driver opens the transaction itself before a write (its default mode, which the engine keeps): were it
        # ever switched to autocommit, the outbox row would be committed apart from the change, so refuse outright.
        if not cursor.connection.in_transaction:
            raise RuntimeError("the outbox row was written outside the unit of work's transaction")
