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
