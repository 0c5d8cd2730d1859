"""Backups of the bench database: one file each, taken with SQLite's online backup API, checked before they count.

The online backup API (`sqlite3.Connection.backup`) copies a consistent snapshot while the bench keeps writing: in
WAL mode the copy reads one snapshot and never blocks the writer. The copy is written under a temporary name, switched
from WAL to a plain rollback journal (a backup is one self-contained file), checked with `PRAGMA integrity_check` and
only then renamed to its final name, so a full disk or a crash never leaves half a backup that looks whole.

Where they live: `<data dir>/backups/`. The bench takes one before it upgrades its database
(`bench-<UTC time>-upgrade-<old>-to-<new>.sqlite3`, the newest five kept); `inspector restore` takes one of the
database it replaces (`bench-<UTC time>-before-restore.sqlite3`, five kept, pruned only after the restore worked and
never the file being restored). A database too damaged to copy (or no database at all) is moved there as it is,
with its -wal and -shm (`bench-<UTC time>-before-restore-damaged.sqlite3`, never pruned: it is the evidence).
`inspector backup -o FILE` writes wherever it is told.
"""
from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from inspector.errors import EnvironmentProblem
from inspector.storage import migrating
from inspector.storage.database import SchemaAge, head_revision, schema_age

BACKUP_DIR_NAME = "backups"
SQLITE_HEADER = b"SQLite format 3\x00"
UPGRADE_KIND, RESTORE_KIND, DAMAGED_KIND = "upgrade", "before-restore", "before-restore-damaged"
SIDE_FILES = ("-wal", "-shm", "-journal")       # what SQLite keeps beside a database file
_STAMP = "%Y%m%dT%H%M%SZ"
_BUSY_MS = 5000

Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class BackupCheck:
    """What a file is, as a bench database: for `inspector restore` (what it refuses) and `inspector doctor`."""
    path: Path
    is_database: bool                 # an SQLite file at all
    integrity: str                    # "ok", or the first problems `PRAGMA integrity_check` found
    revision: str | None              # its bench schema revision
    age: SchemaAge                    # that revision against this program's
    head: str | None                  # this program's newest revision
    inspections: int | None = None    # item inspections in it
    pending: int | None = None        # outbox rows not yet sent to the hub

    @property
    def usable(self) -> bool:
        """This program can restore it: a sound bench database it knows (older ones upgrade at the next start)."""
        return self.problem is None

    @property
    def problem(self) -> str | None:
        """Why it cannot be restored, in a sentence; None when it can."""
        if not self.is_database:
            return f"{self.path} is not an SQLite database (not a bench backup)."
        if self.integrity != "ok":
            return f"{self.path} is damaged (integrity check: {self.integrity})."
        if self.age is SchemaAge.NEWER:
            return (f"{self.path} was made by a newer version of the program (schema {self.revision}; this version "
                    f"knows up to {self.head}). Install that version to use it.")
        if self.age is SchemaAge.EMPTY or self.inspections is None:
            return f"{self.path} is an SQLite database but not a bench database (no bench schema in it)."
        return None

    def describe(self) -> str:
        """One line: its schema and counts."""
        schema = {SchemaAge.CURRENT: f"schema {self.revision} (current)",
                  SchemaAge.OLDER: f"schema {self.revision} (older; upgraded when the bench next starts)",
                  SchemaAge.NEWER: f"schema {self.revision} (newer than this program)",
                  SchemaAge.EMPTY: "no bench schema"}[self.age]
        counts = "" if self.inspections is None else \
            f", {self.inspections} inspections, {self.pending} records waiting for the hub"
        return f"{schema}{counts}"


# -- taking a backup ------------------------------------------------------------------------------------------------

def take_backup(db_path: Path, dest: Path) -> Path:
    """Copies the database at `db_path` to `dest` (replacing it) while others may be writing; returns `dest`.

    Raises EnvironmentProblem when the database cannot be read, the destination cannot be written (the disk is full:
    nothing is left behind), or the copy fails its integrity check."""
    db_path, dest = Path(db_path), Path(dest)
    source = _open_source(db_path)
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            _discard(partial)
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)                              # one step: one consistent snapshot
                copy.execute("PRAGMA journal_mode=DELETE")       # one self-contained file, no -wal beside it
                integrity = _integrity(copy)
            finally:
                copy.close()
            if integrity != "ok":
                raise EnvironmentProblem(f"The backup of {db_path} failed its integrity check ({integrity}).",
                                         "The database itself may be damaged: run `inspector doctor`.")
            os.chmod(partial, 0o600)      # operators' PIN hashes are in it
            os.replace(partial, dest)
        except (sqlite3.Error, OSError) as exc:
            raise _write_problem(exc, dest, db_path) from exc
    finally:
        source.close()
        _discard(partial)
    return dest


def _open_source(db_path: Path) -> sqlite3.Connection:
    if not db_path.is_file():
        raise EnvironmentProblem(f"There is no database at {db_path}.", "Check --data-dir.")
    if not os.access(db_path, os.R_OK):
        raise EnvironmentProblem(f"The database {db_path} cannot be read (permission denied).",
                                 "Run as the user the bench runs as, or check the file's permissions.")
    try:
        source = sqlite3.connect(db_path)
        source.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise EnvironmentProblem(f"The database {db_path} cannot be read: {exc}.",
                                 "Run `inspector doctor`, or restore an earlier backup.") from exc
    return source


def _write_problem(exc: BaseException, dest: Path, db_path: Path) -> EnvironmentProblem:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        free = _free_bytes(dest.parent)
        needs = db_path.stat().st_size if db_path.exists() else 0
        return EnvironmentProblem(
            f"The disk is full: the backup needs about {_mb(needs)} and {dest.parent} has {_mb(free)} free. "
            f"Nothing was written.", "Free some space there, or write the backup somewhere else.")
    if isinstance(exc, PermissionError) or "readonly" in text or "permission" in text:
        return EnvironmentProblem(f"The backup cannot be written to {dest}: permission denied.",
                                  "Choose a folder you may write to.")
    return EnvironmentProblem(f"The backup of {db_path} to {dest} failed: {exc}.", "Check the disk and try again.")


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _mb(size: int | None) -> str:
    return "an unknown amount" if size is None else f"{size / 1_000_000:.1f} MB"


def _discard(path: Path) -> None:
    for leftover in (path, Path(f"{path}-journal")):
        try:
            leftover.unlink()
        except FileNotFoundError:
            pass


def _integrity(conn: sqlite3.Connection) -> str:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check(5)").fetchall()]
    return "ok" if rows == ["ok"] else "; ".join(rows)


# -- the backups folder ---------------------------------------------------------------------------------------------

def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR_NAME


def list_backups(data_dir: Path) -> list[Path]:
    """The backups in `<data dir>/backups/`, newest first (their names start with the UTC time they were taken)."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob("bench-*.sqlite3") if p.is_file()), key=lambda p: p.name, reverse=True)


def kept_backup(db_path: Path, kind: str, keep: int, clock: Clock | None = None, detail: str = "",
                prune: bool = True) -> Path:
    """Takes a backup of `db_path` into its `backups/` folder as `bench-<time>-<kind>[-<detail>].sqlite3`, then
    (when `prune`) deletes all but the newest `keep` of that kind. The older ones go only once the new one is whole."""
    dest = _new_name(backup_dir(db_path.parent), kind, clock, detail)
    take_backup(db_path, dest)
    if prune:
        prune_backups(db_path.parent, kind, keep)
    return dest


def _new_name(folder: Path, kind: str, clock: Clock | None, detail: str = "") -> Path:
    """A free `bench-<time>-<kind>[-<detail>].sqlite3` in `folder` (made, private, if need be)."""
    stamp = (clock or _utc_now)().astimezone(dt.timezone.utc).strftime(_STAMP)
    name = f"bench-{stamp}-{kind}" + (f"-{detail}" if detail else "")
    _make_private_dir(folder)
    dest, n = folder / f"{name}.sqlite3", 1
    while dest.exists():      # two in one second
        n += 1
        dest = folder / f"{name}-{n}.sqlite3"
    return dest


def prune_backups(data_dir: Path, kind: str, keep: int, spare: tuple[Path, ...] = ()) -> list[Path]:
    """Deletes all but the newest `keep` backups of `kind`, never one of `spare` (compared resolved: the file being
    restored may be named through a link or a relative path). Returns what it deleted."""
    spared = {p.resolve() for p in spare}
    gone = [p for p in [p for p in list_backups(data_dir) if _kind_of(p) == kind][keep:] if p.resolve() not in spared]
    for old in gone:
        old.unlink(missing_ok=True)
    return gone


def _kind_of(path: Path) -> str | None:
    """The kind in `bench-<time>-<kind>...`; None for a file named some other way (never deleted)."""
    parts = path.stem.split("-", 2)
    rest = parts[2] if len(parts) == 3 else ""
    return next((kind for kind in (DAMAGED_KIND, UPGRADE_KIND, RESTORE_KIND)
                 if rest == kind or rest.startswith(f"{kind}-")), None)


def is_damaged_copy(path: Path) -> bool:
    """A damaged database set aside by a restore (evidence, not a backup to restore)."""
    return _kind_of(Path(path)) == DAMAGED_KIND


def set_aside_as_it_is(db_path: Path, clock: Clock | None = None) -> Path:
    """Moves the database file at `db_path` and its -wal, -shm and -journal into its `backups/` folder unchanged, as
    `bench-<time>-before-restore-damaged.sqlite3` (+ the same suffixes): for a file too damaged to copy, or no
    database at all. `os.replace` within the data dir's disk: nothing is copied, nothing can be half moved. The
    caller holds the bench's lock (no bench has the file open)."""
    db_path = Path(db_path)
    dest = _new_name(backup_dir(db_path.parent), DAMAGED_KIND, clock)
    try:
        for suffix in SIDE_FILES:           # the logs first: a database moved without them would pair with none
            side = Path(f"{db_path}{suffix}")
            if side.exists():
                os.replace(side, f"{dest}{suffix}")
        os.replace(db_path, dest)
    except OSError as exc:
        raise EnvironmentProblem(f"The damaged database {db_path} could not be moved into {dest.parent}: "
                                 f"{exc.strerror}.", "Check the data folder's permissions (run as its owner). "
                                                     "Nothing was restored.") from exc
    return dest


def pre_upgrade_backup(db_path: Path, keep: int = 5, clock: Clock | None = None) -> Path | None:
    """The backup the bench takes before migrating: None when there is nothing to keep (no file, a new empty
    database, already at this program's head, or a newer schema, which is refused and never migrated)."""
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    source = _open_source(db_path)
    try:
        revision = stored_revision(source)
    except sqlite3.Error as exc:
        raise EnvironmentProblem(f"The database {db_path} cannot be read: {exc}.",
                                 "Run `inspector doctor`, or restore an earlier backup.") from exc
    finally:
        source.close()
    if schema_age(revision) is not SchemaAge.OLDER:
        return None
    try:
        return kept_backup(db_path, UPGRADE_KIND, keep, clock, detail=f"{revision}-to-{head_revision()}")
    except EnvironmentProblem as exc:
        raise EnvironmentProblem(f"The database needs an upgrade, and the backup before it could not be taken: "
                                 f"{exc.message}", f"{exc.what_to_do} The database was not changed.") from exc


def _make_private_dir(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise EnvironmentProblem(f"The backups folder {folder} cannot be created: {exc.strerror}.",
                                 "Check the data folder's permissions and free space.") from exc


# -- checking a file ------------------------------------------------------------------------------------------------

def stored_revision(conn: sqlite3.Connection) -> str | None:
    """The bench schema revision recorded in an SQLite database; None when it has none."""
    table = migrating.DEFAULT_VERSION_TABLE
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is None:
        return None
    row = conn.execute(f"SELECT version_num FROM {table}").fetchone()
    return row[0] if row else None


def check_backup_file(path: Path) -> BackupCheck:
    """Reads `path` without changing it: is it SQLite, is it whole, which schema, how many inspections and records
    waiting for the hub. Raises EnvironmentProblem only when the file cannot be read at all."""
    path = Path(path)
    head = head_revision()
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except FileNotFoundError as exc:
        raise EnvironmentProblem(f"There is no file {path}.", "Check the name.") from exc
    except IsADirectoryError as exc:
        raise EnvironmentProblem(f"{path} is a folder, not a backup file.", "Give the backup file itself.") from exc
    except OSError as exc:
        raise EnvironmentProblem(f"{path} cannot be read: {exc.strerror}.",
                                 "Check the file's permissions (run as its owner).") from exc
    if header != SQLITE_HEADER:
        return BackupCheck(path, False, "not a database", None, SchemaAge.EMPTY, head)
    try:
        conn = read_only_connection(path)
    except sqlite3.Error as exc:
        raise EnvironmentProblem(f"{path} cannot be opened: {exc}.", "Check the file's permissions.") from exc
    try:
        try:
            integrity = _integrity(conn)
        except sqlite3.DatabaseError as exc:
            return BackupCheck(path, True, str(exc), None, SchemaAge.EMPTY, head)
        if integrity != "ok":
            return BackupCheck(path, True, integrity, None, SchemaAge.EMPTY, head)
        revision = stored_revision(conn)
        age = schema_age(revision)
        inspections = pending = None
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if {"item_inspections", "outbox"} <= tables:
            inspections = conn.execute("SELECT count(*) FROM item_inspections").fetchone()[0]
            pending = conn.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
        return BackupCheck(path, True, "ok", revision, age, head, inspections, pending)
    finally:
        conn.close()


def read_only_connection(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """`path` opened read-only; `immutable` when no write-ahead log lies beside it, so reading a file creates no
    -wal or -shm files next to it."""
    wal = Path(f"{path}-wal").exists()
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro" + ("" if wal else "&immutable=1"), uri=True,
                           timeout=timeout)


# -- restoring ------------------------------------------------------------------------------------------------------

def restore_into(source: Path, db_path: Path) -> None:
    """Puts the backup `source` in as the database at `db_path`, through SQLite's backup API.

    Over a database: copied into it, so its -wal and -shm files stay in step with it (copying the file over them
    would pair the new file with the old log). Where there is none (never was, or a damaged one was set aside:
    `set_aside_as_it_is`): built under a temporary name in the same folder, checked, switched out of WAL mode (no log
    beside it) and renamed into place, so a failure never leaves half a database under the bench's name.
    The caller checks `source` first (`check_backup_file`), keeps what it replaces, and makes sure no bench has it
    open."""
    source, db_path = Path(source), Path(db_path)
    building = db_path if db_path.exists() else db_path.with_name(f".{db_path.name}.restoring")
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        if building != db_path:
            _discard(building)
        src = read_only_connection(source)
        try:
            dst = sqlite3.connect(building)
            try:
                dst.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
                src.backup(dst)
                integrity = _integrity(dst)
                if building == db_path:
                    dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                else:
                    dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        if building != db_path and integrity == "ok":
            leftovers = [f"{db_path}{suffix}" for suffix in SIDE_FILES if Path(f"{db_path}{suffix}").exists()]
            if leftovers:     # a log of another database would be replayed into this one
                raise EnvironmentProblem(f"{', '.join(leftovers)} lie beside {db_path} with no database: they "
                                         f"belong to another one.", f"Move them into {backup_dir(db_path.parent)} "
                                                                    f"and restore again.")
            os.replace(building, db_path)
    except (sqlite3.Error, OSError) as exc:
        raise EnvironmentProblem(f"Restoring {source} into {db_path} failed: {exc}.",
                                 f"Fix what the message says and restore again; the database as it was before is "
                                 f"kept in {backup_dir(db_path.parent)}.") from exc
    finally:
        if building != db_path:
            _discard(building)
    if integrity != "ok":
        raise EnvironmentProblem(f"The restored database failed its integrity check ({integrity}).",
                                 f"Restore the database as it was before, kept in {backup_dir(db_path.parent)}.")
