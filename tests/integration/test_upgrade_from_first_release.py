"""The issue's promise: a database made by the first released schema (0001, version 0.1.0), with records pending in
its outbox, opens with today's program (a backup taken first), and its records reach the real hub afterwards, whole.
"""
from __future__ import annotations

import sqlite3
from decimal import Decimal

from inspector.domain.policy import load_policy
from inspector.paths import Paths, resource
from inspector.settings import StationSettings, load_settings, save_settings
from inspector.storage.backups import check_backup_file, list_backups
from inspector.storage.database import Database, SchemaAge, head_revision
from inspector.sync import outbox
from inspector.sync.engine import SyncConfig, SyncEngine
from tests.bench_files import first_release_database
from tests.integration.faults.checks import hub_records
from tests.integration.faults.hubs import issue_tokens

STATION = "bench-1"      # the station the first release's records carry

# The fixture (made at efca143, the commit that settled 0001) holds one finished parcel (p-1, version 2) with one
# finished item (i-1, version 2) and the item's pending outbox row. That release wrote one outbox row per change through
# `UnitOfWork.record_change` (`git show efca143:inspector/usecases/parcels.py`, `.../unit_of_work.py`): the parcel's
# receipt (version 1) and its completion (version 2) too. Those two rows are added here in the 0001 outbox's shape:
# type, id, version and time only. That outbox holds no payload (the skeleton's `payload` column, c7bfd0d, was taken
# out of 0001 before the release): the sender reads the record as it is when it sends.
FIRST_RELEASE_PARCEL_ROWS = [
    ("parcel_receipt", "p-1", 1, "2026-11-01T09:00:00.000000+00:00", "pending", 0, None),
    ("parcel_receipt", "p-1", 2, "2026-11-01T09:05:00.000000+00:00", "pending", 0, None),
]


def _first_release_bench(root) -> Paths:
    paths = Paths(root / STATION).ensure()
    first_release_database(paths.database)
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        conn.executemany("INSERT INTO outbox (record_type, record_id, version, created_at, status, attempts, "
                         "last_error) VALUES (?, ?, ?, ?, ?, ?, ?)", FIRST_RELEASE_PARCEL_ROWS)
        pending = conn.execute("SELECT record_type, record_id, version FROM outbox WHERE status = 'pending' "
                               "ORDER BY id").fetchall()
    conn.close()
    assert pending == [("item_inspection", "i-1", 2), ("parcel_receipt", "p-1", 1), ("parcel_receipt", "p-1", 2)]
    return paths


def test_a_first_release_database_with_pending_records_upgrades_and_syncs_them(tmp_path, hub):
    paths = _first_release_bench(tmp_path / "benches")
    token = issue_tokens(hub.db_url, STATION)[STATION]
    save_settings(paths, StationSettings(station=STATION, hub_url=hub.url, hub_token=token))

    database = Database.open_sqlite(paths.database)          # today's program: backup, then upgrade
    try:
        [backup] = list_backups(paths.data_dir)
        assert f"-upgrade-0001-to-{head_revision()}" in backup.name
        kept = check_backup_file(backup)
        assert kept.usable and (kept.revision, kept.age, kept.inspections, kept.pending) == (
            "0001", SchemaAge.OLDER, 1, 3)
        assert check_backup_file(paths.database).age is SchemaAge.CURRENT
        with database.engine.connect() as conn:
            assert outbox.counts(conn) == {"pending": 3, "rejected": 0}

        engine = SyncEngine(database, load_policy(resource("policy.json")), paths,
                            SyncConfig.from_settings(load_settings(paths)))
        try:
            report = engine.run_once()
        finally:
            engine.close()
        assert report["ok"], report
        assert report["pushed"]["applied"] == 2 and report["pushed"]["rejected"] == 0
        with database.engine.connect() as conn:
            assert outbox.counts(conn) == {"pending": 0, "rejected": 0}
            assert conn.exec_driver_sql("SELECT count(*) FROM outbox WHERE status = 'sent'").scalar() == 3
    finally:
        database.dispose()

    at_hub = hub_records(hub.db_url, STATION)
    assert set(at_hub) == {("item_inspection", "i-1"), ("parcel_receipt", "p-1")}
    station, version, item = at_hub[("item_inspection", "i-1")]
    assert (station, version) == (STATION, 2)
    assert (item["license_plate"], item["parcel_id"], item["sku"], item["grade"], item["status"]) == (
        "LP0000000001", "p-1", "PHONE-X1", "B", "completed")
    assert item["unit_price"] == "299.90" and item["currency"] == "EUR"       # money travels as exact text
    assert (Decimal(item["unit_price"]), Decimal(item["deduction_total"]), Decimal(item["refund"])) == (
        Decimal("299.90"), Decimal("29.99"), Decimal("269.91"))
    assert [(f["code"], Decimal(f["deduction"])) for f in item["findings"]] == [("scratches", Decimal("29.99"))]
    assert item["disposition"] == "open_box" and item["completed_at"].startswith("2026-11-01T09:04:00")
    station, version, parcel = at_hub[("parcel_receipt", "p-1")]
    assert (station, version, parcel["status"], parcel["tracking_number"]) == (
        STATION, 2, "completed", "1Z999AA10123456784")
