"""Opening the bench database: SQLite in WAL, migrations applied at start-up, environment errors told apart."""
from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from inspector.errors import EnvironmentProblem
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.storage import migrating
from inspector.storage.migrating import SchemaAge

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BACKUPS_KEPT = 5      # pre-upgrade backups kept in `<data dir>/backups/` (`inspector.storage.backups`)

log = logging.getLogger(__name__)

NEWER_SCHEMA = (
    QT_TRANSLATE_NOOP("bench", "This database was made by a newer version of the program, which this version "
                               "cannot read; it was not changed."),
    QT_TRANSLATE_NOOP("bench", "Install the newer version again, or restore a backup made before it "
                               "(inspector restore FILE)."))

# SQLite error texts that mean "the machine", not "the code" (qutebrowser's misc/sql.py does the same split).
_ENVIRONMENT_ERRORS = {
    "database is locked": (
        QT_TRANSLATE_NOOP("bench", "The database is busy (locked by another program)."),
        QT_TRANSLATE_NOOP("bench", "Wait a moment and try again; nothing was lost.")),
    "database or disk is full": (
        QT_TRANSLATE_NOOP("bench", "The disk is full."),
        QT_TRANSLATE_NOOP("bench", "Free some space; nothing was lost.")),
    "disk i/o error": (
        QT_TRANSLATE_NOOP("bench", "The disk could not be read or written."),
        QT_TRANSLATE_NOOP("bench", "Check the disk; nothing was lost.")),
    "unable to open database file": (
        QT_TRANSLATE_NOOP("bench", "The database file cannot be opened."),
        QT_TRANSLATE_NOOP("bench", "Check the data folder exists and is writable.")),
    "attempt to write a readonly database": (
        QT_TRANSLATE_NOOP("bench", "The database is read-only."),
        QT_TRANSLATE_NOOP("bench", "Check the permissions of the data folder.")),
    "file is not a database": (
        QT_TRANSLATE_NOOP("bench", "The database file is damaged or is not a bench database."),
        QT_TRANSLATE_NOOP("bench", "Restore it from a backup, or choose another data folder.")),
}


def environment_problem(exc: BaseException) -> EnvironmentProblem | None:
    """The person-facing problem behind a database error, or None when it is a bug."""
    original = getattr(exc, "orig", exc)
    if isinstance(original, (sqlite3.OperationalError, sqlite3.DatabaseError, OSError)):
        text = str(original).lower()
        for needle, (message, what_to_do) in _ENVIRONMENT_ERRORS.items():
            if needle in text:
                return EnvironmentProblem(message, what_to_do)
        if isinstance(original, OSError):
            return EnvironmentProblem(f"The database cannot be used: {original.strerror}.", "Check the data folder.")
    return None


WAL_AUTOCHECKPOINT_PAGES = 20_000


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")        # readers never block the one writer
    cursor.execute("PRAGMA synchronous=NORMAL")      # safe with WAL; a power cut loses at most the last commit
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")       # another process briefly holding the lock is not an error
    # SQLite's own checkpoint runs inside whichever commit crosses 1,000 WAL pages, which makes that one scan 15-20 ms
    # slower. The bench checkpoints when idle instead (`Database.checkpoint`); this higher limit is only the backstop
    # for long bursts (a bulk import), and closing the last connection checkpoints too.
    cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
    cursor.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(engine: Engine) -> Config:
    return migrating.alembic_config(MIGRATIONS_DIR, engine)


def migrate(engine: Engine, revision: str = "head") -> None:
    migrating.upgrade(MIGRATIONS_DIR, engine, revision)


def head_revision() -> str | None:
    """The bench line's newest revision."""
    return migrating.head_revision(MIGRATIONS_DIR)


def schema_age(revision: str | None) -> SchemaAge:
    """A bench database's revision against this program's migrations."""
    return migrating.schema_age(MIGRATIONS_DIR, revision)


class Database:
    """One per process. Sessions are short-lived, one per unit of work, on the database lane."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False, future=True)

    @classmethod
    def open_sqlite(cls, path: Path, migrate_schema: bool = True) -> "Database":
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise EnvironmentProblem(f"The data folder {path.parent} cannot be created: {exc.strerror}.",
                                     "Choose another folder with --data-dir.") from exc
        db = cls(make_engine(f"sqlite:///{path}"))
        if migrate_schema:
            try:
                db.migrate()
            except BaseException:
                db.dispose()     # a refused database is let go at once, its -wal and -shm with it
                raise
        return db

    @property
    def description(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def migrate(self) -> None:
        """Brings the schema to this program's head. A database at the head costs one revision read; one at an
        older revision is backed up first (`inspector.storage.backups.pre_upgrade_backup`: no backup, no upgrade);
        one a newer program made is refused untouched."""
        try:
            with self.engine.connect() as conn:
                current = migrating.current_revision(conn)
            age = schema_age(current)
            if age is SchemaAge.CURRENT:
                return
            if age is SchemaAge.NEWER:
                log.error("database %s is at schema revision %s, newer than this program's %s",
                          self.description, current, head_revision())
                raise EnvironmentProblem(*NEWER_SCHEMA)
            if age is SchemaAge.OLDER and self._is_sqlite_file:
                from inspector.storage.backups import pre_upgrade_backup   # rare: kept off the start-up imports
                pre_upgrade_backup(Path(self.engine.url.database), BACKUPS_KEPT)
            migrate(self.engine)
        except SQLAlchemyError as exc:   # OperationalError, and DatabaseError for a file that is not a database
            problem = environment_problem(exc)
            if problem:
                raise problem from exc
            raise

    @property
    def _is_sqlite_file(self) -> bool:
        return self.engine.dialect.name == "sqlite" and self.engine.url.database not in (None, "", ":memory:")

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Commit once on success, roll back on any error; environment errors become EnvironmentProblem."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except SQLAlchemyError as exc:
            problem = environment_problem(exc)
            if problem:
                raise problem from exc
            raise
        finally:
            session.close()

    def checkpoint(self) -> int:
        """Copies the write-ahead log into the database file, without waiting on or blocking anyone (PASSIVE);
        returns how many log frames are now in the database file.

        Called when the bench is idle, so the copying never lands inside a scan."""
        if self.engine.dialect.name != "sqlite":
            return 0
        try:
            with self.engine.connect() as conn:
                _busy, _log, done = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
                return int(done)
        except OperationalError as exc:
            problem = environment_problem(exc)
            if problem:
                raise problem from exc
            raise

    def dispose(self) -> None:
        self.engine.dispose()
