"""A database made by the first schema upgrades in place, keeping every record."""
from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from sqlalchemy import inspect, select

from alembic.script import ScriptDirectory

from inspector.storage.database import WAL_AUTOCHECKPOINT_PAGES, Database, alembic_config
from inspector.storage.orm import InspectionRow, ScanLogRow

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "bench-schema-0001.sqlite3"


def test_first_schema_upgrades_in_place(tmp_path):
    copy = tmp_path / "bench.sqlite3"
    shutil.copy(FIXTURE, copy)
    db = Database.open_sqlite(copy)
    try:
        with db.engine.connect() as conn:
            head = ScriptDirectory.from_config(alembic_config(db.engine)).get_current_head()
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert "scan_log" in inspect(db.engine).get_table_names()
        with db.session() as s:
            row = s.get(InspectionRow, "i-1")
            assert row.refund == Decimal("269.91") and row.label_prints == 0
            assert [f.code for f in row.findings] == ["scratches"]
            s.add(ScanLogRow(station="bench-1", operator_id=None, at=row.completed_at, text="x", cue="info",
                             message="m"))
            s.commit()
            assert s.scalar(select(ScanLogRow.text)) == "x"
    finally:
        db.dispose()


def test_opening_twice_is_a_no_op(tmp_path):
    path = tmp_path / "bench.sqlite3"
    Database.open_sqlite(path).dispose()
    Database.open_sqlite(path).dispose()


def test_idle_checkpoint_copies_the_log_and_sqlite_does_not_checkpoint_inside_a_commit(tmp_path):
    db = Database.open_sqlite(tmp_path / "bench.sqlite3")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == WAL_AUTOCHECKPOINT_PAGES
            conn.exec_driver_sql("CREATE TABLE t (x TEXT)")
            for _ in range(50):
                conn.exec_driver_sql("INSERT INTO t VALUES (?)", ("x" * 2000,))
            conn.commit()
        assert db.checkpoint() > 0
        with db.engine.connect() as conn:
            _busy, log, done = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
            assert log == done  # nothing left in the log that is not in the database file
    finally:
        db.dispose()


def test_pin_lockout_tables_come_with_0005_and_go_with_its_downgrade(tmp_path):
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from inspector.storage.database import migrate
    from inspector.storage.orm import Base

    copy = tmp_path / "bench.sqlite3"
    shutil.copy(FIXTURE, copy)
    db = Database.open_sqlite(copy)
    try:
        assert {"pin_failures", "badge_locks"} <= set(inspect(db.engine).get_table_names())
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []     # head is exactly what the models say
        command.downgrade(alembic_config(db.engine), "0004")
        assert not {"pin_failures", "badge_locks"} & set(inspect(db.engine).get_table_names())
        migrate(db.engine, "head")
        assert {"pin_failures", "badge_locks"} <= set(inspect(db.engine).get_table_names())
    finally:
        db.dispose()


def test_0007_widens_return_numbers_in_place_keeping_every_return_and_what_points_at_it(tmp_path):
    """`returns` is pointed at by lines, tracking numbers and parcels: its width changes without copying the table
    (a copy would drop it, which fails or deletes its lines on cascade with foreign keys on)."""
    import sqlite3

    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from inspector.storage.database import migrate
    from inspector.storage.orm import Base

    copy = tmp_path / "bench.sqlite3"
    shutil.copy(FIXTURE, copy)
    db = Database.open_sqlite(copy, migrate_schema=False)
    tables = ("returns", "return_lines", "return_tracking", "parcel_receipts", "item_inspections")

    def counts() -> dict[str, int]:
        with db.engine.connect() as conn:
            return {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in tables}

    def declared(table: str) -> str:
        with db.engine.connect() as conn:
            return {row[1]: row[2] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")}["rma_number"]

    def indexes() -> set[str]:
        return {i["name"] for t in ("returns", "return_lines") for i in inspect(db.engine).get_indexes(t)}

    other = None
    try:
        migrate(db.engine, "0006")
        before = counts()
        assert min(before.values()) == 1 and declared("returns") == "VARCHAR(32)"
        other = sqlite3.connect(copy)        # open across the upgrade, as a second bench process's would be
        widths = "SELECT type FROM pragma_table_info('returns') WHERE name = 'rma_number'"
        assert other.execute(widths).fetchone() == ("VARCHAR(32)",)
        migrate(db.engine, "head")
        assert other.execute(widths).fetchone() == ("VARCHAR(64)",)     # the schema version moved on
        assert counts() == before
        assert (declared("returns"), declared("return_line_progress")) == ("VARCHAR(64)", "VARCHAR(64)")
        assert {"ix_returns_order_number", "ix_return_lines_sku"} <= indexes()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []

        command.downgrade(alembic_config(db.engine), "0006")
        assert counts() == before and declared("returns") == "VARCHAR(32)"
        assert not {"ix_returns_order_number", "ix_return_lines_sku"} & indexes()
        migrate(db.engine, "head")
        assert counts() == before and declared("returns") == "VARCHAR(64)"
    finally:
        if other is not None:
            other.close()
        db.dispose()
