"""After a restore: the bench's own records take the version numbers the replaced database had reached.

Each record the bench sends upstream carries a version, moved on by one at every change, and the hub keeps the
highest it was sent (an equal or lower one is answered "duplicate" and changes nothing). A restored backup is older
than the database it replaces: a record changed and sent after the backup was taken comes back at an older version
than the hub holds, and the bench's next change of it would reuse a number the hub has already, so the hub would
drop that change as a duplicate, silently.

The hub can only hold versions this bench sent, so it holds no more than the replaced database reached. Each own
record (origin 'own'; a desk's copies of other stations' records keep the hub's numbers) is lifted to the replaced
database's version where that is higher: the record's content stays the backup's, and its next change goes up at a
number past anything the hub has. Records written once (badge events, supervisors' decisions) never change, and a
record made after the backup is not in the restored database at all, so neither needs this.

When the replaced database cannot be read (too damaged), nothing can be lifted: `carry_versions_forward` returns
None and `inspector restore` says what that means.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

# The record types whose rows change after they are first sent (`inspector.sync.readers`), by table.
CHANGING_RECORD_TABLES = ("parcel_receipts", "item_inspections", "inspection_photos")


def carry_versions_forward(db_path: Path, replaced: Path) -> int | None:
    """Lifts the own records of the database at `db_path` to the versions they had in `replaced` (the database it
    replaced, as kept in backups/) where those are higher; returns how many rows it changed, None when `replaced`
    cannot be read."""
    conn = sqlite3.connect(Path(db_path).resolve().as_uri(), uri=True, timeout=5.0)
    try:
        try:
            conn.execute("ATTACH DATABASE ? AS replaced", (f"{Path(replaced).resolve().as_uri()}?mode=ro",))
            tables = [t for t in CHANGING_RECORD_TABLES
                      if _has_versions(conn, "main", t) and _has_versions(conn, "replaced", t)]
            for table in tables:      # read it whole first: a damaged file fails here, before anything is written
                conn.execute(f"SELECT count(*), max(version) FROM replaced.{table}").fetchone()
        except sqlite3.DatabaseError:
            return None
        lifted = 0
        with conn:
            for table in tables:
                own = " AND origin = 'own'" if "origin" in _columns(conn, "main", table) else ""
                theirs = " AND r.origin = 'own'" if "origin" in _columns(conn, "replaced", table) else ""
                lifted += conn.execute(
                    f"UPDATE main.{table} SET version = (SELECT r.version FROM replaced.{table} r "
                    f"WHERE r.id = {table}.id{theirs}) "
                    f"WHERE version < (SELECT r.version FROM replaced.{table} r WHERE r.id = {table}.id{theirs}){own}"
                ).rowcount
        return lifted
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA {schema}.table_info({table})")}


def _has_versions(conn: sqlite3.Connection, schema: str, table: str) -> bool:
    return {"id", "version"} <= _columns(conn, schema, table)
