"""A bench and the real hub on loopback: push, pull, set aside, retry, the CLI, the cancelled-return warning."""
from __future__ import annotations

import datetime as dt

import json
import os
import subprocess
import sys
from dataclasses import replace


# Delivered a few days before the real today: the import refuses a delivery date in the future, so a fixed date
# would fail under a clock set before it (tests/shifted_clocks.sh).
DELIVERED = (dt.datetime.now(dt.timezone.utc).date() - dt.timedelta(days=3)).isoformat()


from inspector.cli.main import main
from inspector.domain.policy import load_policy
from inspector.settings import load_settings, save_settings
from inspector.sync.engine import SyncConfig, SyncEngine
from inspector.usecases import parcels
from tests.conftest import NOW
from tests.integration.faults.checks import assert_hub_matches_bench, hub_records
from tests.integration.faults.hubs import REPO
from tests.integration.faults.workload import work


def engine_for(bench, **overrides):
    return SyncEngine(bench.database, bench.policy, bench.paths,
                      SyncConfig.from_settings(load_settings(bench.paths), **overrides))


def test_everything_goes_up_once_and_a_second_pass_has_nothing_to_do(hub, bench):
    made = work(bench, 30)
    engine = engine_for(bench, batch_size=7)
    report = engine.run_once()
    assert report["ok"] and report["pending"] == 0 and report["pushed"]["applied"] == made
    assert report["pushed"]["batches"] > 5       # small batches, one after another
    assert assert_hub_matches_bench(hub.db_url, bench.database, "B1") == made
    again = engine.run_once()
    assert again["pushed"]["batches"] == 0 and again["ok"]
    assert engine.state.last_success and engine.state.last_error is None
    engine.close()


def test_a_record_changed_after_it_went_up_goes_up_again_at_its_new_version(hub, bench):
    work(bench, 2, finish=False)                 # parcels still open, items in progress
    engine = engine_for(bench)
    engine.run_once()
    before = hub_records(hub.db_url, "B1")
    from inspector.usecases import inspections
    with bench.database.engine.connect() as conn:
        open_items = conn.exec_driver_sql("SELECT id, parcel_id FROM item_inspections").all()
    for item_id, parcel_id in open_items:
        inspections.complete_inspection(inspections.InspectionCommand(item_id, NOW), bench.uow())
        parcels.complete_parcel(parcels.ParcelCommand(parcel_id, NOW), bench.uow())
    report = engine.run_once()
    assert report["pushed"]["applied"] == 2 * len(open_items)
    after = hub_records(hub.db_url, "B1")
    # Items in progress are not upstream's business yet (no outbox row until completed); the parcels were.
    assert before and all(after[key][1] > before[key][1] for key in before)
    assert len(after) == len(before) + len(open_items)
    assert_hub_matches_bench(hub.db_url, bench.database, "B1")
    engine.close()


def test_rejected_records_are_set_aside_shown_and_retried_after_a_fix(hub, bench):
    work(bench, 5)
    with bench.database.engine.begin() as conn:    # a bad value the hub refuses, on one record
        conn.exec_driver_sql("UPDATE item_inspections SET currency='euro' WHERE license_plate='LP00000003'")
    engine = engine_for(bench)
    report = engine.run_once()
    assert report["ok"] and report["pushed"]["rejected"] == 1 and report["pushed"]["applied"] == 9
    assert report["pending"] == 0 and report["rejected_waiting"] >= 1     # the rest went through
    assert "currency" in report["pushed"]["reasons"][0]
    shown = engine.rejected()
    assert shown and "currency" in shown[0]["last_error"]
    with bench.database.engine.begin() as conn:     # the supervisor fixes it
        conn.exec_driver_sql("UPDATE item_inspections SET currency='EUR', version=version+1 "
                             "WHERE license_plate='LP00000003'")
    assert engine.retry_rejected() >= 1
    fixed = engine.run_once()
    assert fixed["pushed"]["applied"] == 1 and fixed["rejected_waiting"] == 0
    assert_hub_matches_bench(hub.db_url, bench.database, "B1")
    engine.close()


def test_a_token_for_another_station_stops_the_pass_with_a_clear_error(hub, bench):
    work(bench, 1)
    engine = SyncEngine(bench.database, bench.policy, bench.paths,
                        SyncConfig(hub.url, hub.tokens["B2"], "B1"))
    report = engine.run_once()
    # The parcel, the item, and each again: done with units of its return missing, the item got a new version.
    assert not report["ok"] and report["pending"] == 4
    assert "token belongs to B2, but this bench calls itself B1" in report["error"]
    engine.close()


def test_pulled_returns_land_in_the_cache_and_a_cancelled_one_warns_at_the_parcel_scan(hub, bench, tmp_path):
    def rma_file(status: str):
        path = tmp_path / f"rmas-{status}.json"
        path.write_text(json.dumps({"returns": [{
            "rma_number": "RMA-40000001", "order_number": "ORD-9", "customer_reason": "Broken",
            "delivered_on": DELIVERED, "status": status, "tracking_numbers": [],
            "lines": [{"line_no": 1, "sku": "MUG", "gtin": "5901234123457", "description": "Mug", "quantity": 1,
                       "unit_price": "9.99", "currency": "EUR", "category": "home"}]}]}))
        return path
    assert main(["hub", "import-rmas", str(rma_file("open")), "--db", hub.db_url]) == 0
    engine = engine_for(bench)
    first = engine.run_once()
    assert first["pulled"]["returns_added"] == 1
    assert main(["hub", "import-rmas", str(rma_file("cancelled")), "--db", hub.db_url]) == 0
    second = engine.run_once()
    assert second["pulled"]["returns_updated"] == 1 and second["pulled"]["returns_added"] == 0
    assert engine.run_once()["pulled"]["returns_updated"] == 0           # the cursor moved on
    parcel_id = parcels.receive_parcel(parcels.ReceiveParcel("B1", bench.operator_id, "RMA-40000001", NOW,
                                                             rma_number="RMA-40000001"), bench.uow())
    with bench.database.engine.connect() as conn:
        flags = conn.exec_driver_sql("SELECT flags FROM parcel_receipts WHERE id=?", (parcel_id,)).scalar_one()
    assert "return_not_open" in json.loads(flags)
    engine.close()


def test_policy_is_pulled_into_the_data_dir_when_newer(hub, bench, tmp_path):
    from inspector.paths import resource
    data = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    data["return_window_days"] = 30
    path = tmp_path / "site-policy.json"
    path.write_text(json.dumps(data))
    assert main(["hub", "set-policy", str(path), "--db", hub.db_url]) == 0
    engine = engine_for(bench)
    report = engine.run_once()
    assert report["pulled"]["policy_updated"] and report["pulled"]["policy_version"] == 1
    assert load_policy(bench.paths.policy_override).return_window_days == 30
    assert not engine.run_once()["pulled"]["policy_updated"]
    engine.close()


def test_cli_sync_once_prints_json_and_never_logs_the_token(hub, bench):
    made = work(bench, 4)
    save_settings(bench.paths, replace(load_settings(bench.paths), hub_url=None, hub_token=None))
    cmd = [sys.executable, "-m", "inspector.cli.main", "--data-dir", str(bench.paths.data_dir), "sync", "--once",
           "--hub", hub.url]
    env = {**os.environ, "PYTHONPATH": str(REPO), "INSPECTOR_HUB_TOKEN": hub.tokens["B1"]}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60, cwd=REPO)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["pushed"]["applied"] == made and report["pending"] == 0
    # Hub gone: exit 1, a JSON error, the token nowhere in the output.
    down = subprocess.run(cmd[:-1] + ["http://127.0.0.1:9"], capture_output=True, text=True, env=env, timeout=60,
                          cwd=REPO)
    assert down.returncode == 1 and not json.loads(down.stdout)["ok"]
    assert "cannot be reached" in json.loads(down.stdout)["error"]
    assert hub.tokens["B1"] not in down.stdout + down.stderr + done.stdout + done.stderr
    no_hub = subprocess.run(cmd[:-2], capture_output=True, text=True, env={**env, "INSPECTOR_HUB_TOKEN": ""},
                            timeout=60, cwd=REPO)
    assert no_hub.returncode == 2 and "No hub is set up" in json.loads(no_hub.stdout)["error"]


def test_tls_is_verified_by_default(bench):
    engine = engine_for(bench)
    assert engine.config.verify_tls is True
    assert engine.client._http._transport._pool._ssl_context.verify_mode.name == "CERT_REQUIRED"
    engine.close()
