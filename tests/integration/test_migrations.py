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


def _before_0009(diffs: list) -> list:
    """Differences from the models other than what 0009 adds (for a database checked at 0008)."""
    def of_0009(diff) -> bool:
        what = diff[0] if isinstance(diff, tuple) else diff[0][0]
        rest = diff if isinstance(diff, tuple) else diff[0]
        return (what == "add_table" and rest[1].name == "inspection_photos"
                or what == "add_index" and rest[1].table.name == "inspection_photos"
                or what == "add_column" and rest[3].name == "photo_needed")
    return [d for d in diffs if not of_0009(d)]


def test_0008_adds_outcome_and_fraud_columns_in_place_and_old_items_read_as_refunds(tmp_path):
    """Plain ADD COLUMN: no table is copied (each keeps its root page), no row is rewritten, nothing backfilled."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from inspector.domain.outcomes import Outcome, stored_outcome
    from inspector.storage.database import migrate
    from inspector.storage.orm import Base, ReturnRow
    from inspector.storage.snapshots import load_return

    added = {"returns": {"customer_id", "customer_orders", "customer_history"},
             "return_lines": {"requested_outcome", "exchange_sku", "exchange_description", "unit_weight_g"},
             "parcel_receipts": {"weight_g", "weight_source", "expected_weight_g"},
             "item_inspections": {"requested_outcome", "outcome", "outcome_amount", "outcome_basis", "exchange_sku",
                                  "weight_g", "weight_source", "risk"}}
    copy = tmp_path / "bench.sqlite3"
    shutil.copy(FIXTURE, copy)
    db = Database.open_sqlite(copy, migrate_schema=False)

    def state() -> tuple[dict[str, int], dict[str, int]]:
        with db.engine.connect() as conn:
            counts = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in added}
            pages = dict(conn.exec_driver_sql("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'").all())
        return counts, {t: pages[t] for t in added}

    def columns(table: str) -> set[str]:
        return {c["name"] for c in inspect(db.engine).get_columns(table)}

    def has_customer_index() -> bool:
        return "ix_returns_customer_id" in {i["name"] for i in inspect(db.engine).get_indexes("returns")}

    try:
        migrate(db.engine, "0007")
        before = state()
        assert min(before[0].values()) == 1
        assert not any(columns(t) & new for t, new in added.items()) and not has_customer_index()
        migrate(db.engine, "0008")
        assert state() == before
        assert all(new <= columns(t) for t, new in added.items()) and has_customer_index()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert _before_0009(compare_metadata(context, Base.metadata)) == []
            nulls = conn.exec_driver_sql("SELECT outcome, outcome_amount, risk, weight_g, refund FROM item_inspections "
                                         "WHERE id = 'i-1'").one()
        assert nulls[:4] == (None, None, None, None)
        assert stored_outcome(nulls[0], None, Decimal(nulls[4])) == (Outcome.REFUND, Decimal("269.91"))
        with db.session() as s:
            row = s.scalars(select(ReturnRow)).first()
            assert (row.customer_id, row.customer_orders, row.customer_history) == (None, None, None)
            rma = load_return(s.connection(), row.id)
            assert (rma.customer_id, rma.customer_orders, rma.customer) == (None, None, None)
            assert all((ln.requested_outcome, ln.exchange_sku, ln.unit_weight_g) == (None, None, None)
                       for ln in rma.lines)

        command.downgrade(alembic_config(db.engine), "0007")
        assert state()[0] == before[0]
        assert not any(columns(t) & new for t, new in added.items()) and not has_customer_index()
        migrate(db.engine, "head")
        assert state()[0] == before[0] and has_customer_index()
    finally:
        db.dispose()


def test_0008_columns_keep_what_the_bench_writes(tmp_path):
    from inspector.domain.fraud import CustomerHistory, Reason, Risk, Signal
    from inspector.storage.orm import InspectionRow, ParcelRow, ReturnLineRow, ReturnRow
    from inspector.storage.snapshots import load_return

    copy = tmp_path / "bench.sqlite3"
    shutil.copy(FIXTURE, copy)
    db = Database.open_sqlite(copy)
    history = CustomerHistory(3, 90, 4, Decimal("75.0"), "2026-12-14T09:00:00+00:00")
    risk = Risk(90, 80, True, (Reason(Signal.ITEM_SWAPPED, 60, "serial is not the one shipped"),
                               Reason(Signal.REPEAT_RETURNER, 30, "3 returns in 90 days, 75.0% of 4 orders")))
    try:
        with db.session() as s:
            item = s.get(InspectionRow, "i-1")
            item.outcome, item.outcome_amount, item.outcome_basis = "store_credit", Decimal("296.90"), "store credit"
            item.requested_outcome, item.weight_g, item.weight_source = "store_credit", 812, "scale"
            item.risk = risk.to_json()
            parcel = s.get(ParcelRow, item.parcel_id)
            parcel.weight_g, parcel.weight_source, parcel.expected_weight_g = 1620, "typed", 1200
            rma = s.get(ReturnRow, parcel.return_id)
            rma.customer_id, rma.customer_orders, rma.customer_history = "CUST 0042/ü", 4, history.to_json()
            line = s.get(ReturnLineRow, item.return_line_id)
            line.requested_outcome, line.exchange_sku, line.exchange_description, line.unit_weight_g = (
                "exchange", "TEE-M-BLU", "Tee, medium, blue", 800)
            s.commit()
            return_id, line_id = rma.id, line.id
        with db.session() as s:
            item = s.get(InspectionRow, "i-1")
            assert (item.outcome, item.outcome_amount, item.weight_g) == ("store_credit", Decimal("296.90"), 812)
            assert Risk.from_json(item.risk) == risk
            loaded = load_return(s.connection(), return_id)
        assert (loaded.customer_id, loaded.customer_orders, loaded.customer) == ("CUST 0042/ü", 4, history)
        line = next(ln for ln in loaded.lines if ln.id == line_id)
        assert (line.requested_outcome, line.exchange_sku, line.exchange_description, line.unit_weight_g) == (
            "exchange", "TEE-M-BLU", "Tee, medium, blue", 800)
    finally:
        db.dispose()


def test_0009_adds_the_photo_table_and_column_in_place_and_goes_with_its_downgrade(tmp_path):
    """create_table and a plain ADD COLUMN: item_inspections keeps its root page and rows; the ORM and 0009 agree."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from inspector.storage.database import migrate
    from inspector.storage.orm import Base
    from inspector.storage.orm_photos import InspectionPhotoRow

    copy = tmp_path / "bench.sqlite3"
    shutil.copy(FIXTURE, copy)
    db = Database.open_sqlite(copy, migrate_schema=False)

    def state() -> tuple[int, int]:
        with db.engine.connect() as conn:
            return (conn.exec_driver_sql("SELECT count(*) FROM item_inspections").scalar(),
                    conn.exec_driver_sql("SELECT rootpage FROM sqlite_master WHERE name = 'item_inspections'").scalar())

    def has_photos() -> tuple[bool, bool]:
        columns = {c["name"] for c in inspect(db.engine).get_columns("item_inspections")}
        return "inspection_photos" in inspect(db.engine).get_table_names(), "photo_needed" in columns

    try:
        migrate(db.engine, "0008")
        before = state()
        assert before[0] == 1 and has_photos() == (False, False)
        migrate(db.engine, "0009")
        assert state() == before and has_photos() == (True, True)
        assert {i["name"] for i in inspect(db.engine).get_indexes("inspection_photos")} == {
            "ix_inspection_photos_inspection", "ix_inspection_photos_sha256", "ix_inspection_photos_origin_uploaded"}
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            assert conn.exec_driver_sql("SELECT photo_needed FROM item_inspections").scalar() is None
        with db.session() as s:     # what the bench writes reads back; deleting an item takes its photos
            s.add(InspectionPhotoRow(id="p-1", inspection_id="i-1", sha256="a" * 64, bytes=10, width=4, height=3,
                                     taken_at=s.get(InspectionRow, "i-1").completed_at, operator_id="op",
                                     station="B1", source="file"))
            s.commit()
            photo = s.get(InspectionPhotoRow, "p-1")
            assert (photo.version, photo.origin, photo.upload_attempts, photo.removed_at) == (1, "own", 0, None)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.exec_driver_sql("DELETE FROM damage_findings WHERE inspection_id = 'i-1'")
            conn.exec_driver_sql("DELETE FROM item_inspections WHERE id = 'i-1'")
            assert conn.exec_driver_sql("SELECT count(*) FROM inspection_photos").scalar() == 0
            conn.rollback()

        command.downgrade(alembic_config(db.engine), "0008")
        assert state()[0] == before[0] and has_photos() == (False, False)
        migrate(db.engine, "head")
        assert has_photos() == (True, True)
    finally:
        db.dispose()
