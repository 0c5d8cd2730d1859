"""Bench database files as other versions of the program left them: the first release's, and a newer one's."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from inspector.storage.database import Database, migrate

FIRST_RELEASE = Path(__file__).resolve().parent / "fixtures" / "bench-schema-0001.sqlite3"   # schema 0001, 0.1.0
FUTURE_REVISION = "0099_from_a_newer_version"


def first_release_database(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIRST_RELEASE, path)
    return path


def newer_database(path: Path) -> Path:
    """A bench database as a newer program leaves it: today's tables, a revision this program does not know, WAL mode
    and nothing left in the log (the newer program closed it)."""
    first_release_database(path)
    db = Database.open_sqlite(path, migrate_schema=False)
    try:
        migrate(db.engine)          # straight to the head, no pre-upgrade backup (that is not what is under test)
    finally:
        db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (FUTURE_REVISION,))
    conn.close()
    return path
