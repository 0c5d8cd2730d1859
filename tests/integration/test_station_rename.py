"""`inspector settings --set-station NEW` never strands records: the hub only takes a station's records with that
station's token, so a rename is refused while anything written under the old name has not reached the hub yet."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys


from inspector.cli.main import main
from inspector.paths import Paths
from inspector.settings import load_settings
from inspector.sync.engine import SyncConfig, SyncEngine
from tests.integration.faults.hubs import REPO
from tests.integration.faults.workload import work


def rename_here(capsys, bench, new_name):
    """The same command in this process (a subprocess costs seconds): exit code, stdout, stderr."""
    code = main(["--data-dir", str(bench.paths.data_dir), "settings", "--set-station", new_name])
    out, err = capsys.readouterr()
    return code, out, err


def rename(bench, new_name):
    return subprocess.run([sys.executable, "-m", "inspector", "--data-dir", str(bench.paths.data_dir), "settings",
                           "--set-station", new_name], capture_output=True, text=True, timeout=60, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def sync(bench, hub):
    engine = SyncEngine(bench.database, bench.policy, bench.paths,
                        SyncConfig.from_settings(load_settings(bench.paths)))
    try:
        return engine.run_once()
    finally:
        engine.close()


def test_a_rename_is_refused_while_records_wait_and_allowed_once_they_are_up(hub, bench, capsys):
    made = work(bench, 2)
    refused = rename(bench, "B9")
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "Traceback" not in refused.stderr
    assert f"{made} records" in refused.stderr and "inspector sync --once" in refused.stderr
    assert load_settings(bench.paths).station == "B1"          # nothing changed
    assert sync(bench, hub)["pending"] == 0
    code, out, err = rename_here(capsys, bench, "B9")
    assert code == 0, err
    assert json.loads(out)["station"] == "B9" and load_settings(bench.paths).station == "B9"


def test_records_set_aside_by_the_hub_and_open_parcels_block_a_rename_too(hub, bench, capsys):
    work(bench, 2)
    with bench.database.engine.begin() as conn:     # one record the hub refuses
        conn.exec_driver_sql("UPDATE item_inspections SET currency='euro' WHERE license_plate='LP00000001'")
    report = sync(bench, hub)
    # Its two outbox rows: completed, then a new version when its parcel was done with units of the return missing.
    assert report["pending"] == 0 and report["rejected_waiting"] == 2
    code, _, err = rename_here(capsys, bench, "B9")
    assert code == 2 and "1 record set aside" in err and "inspector sync --rejected" in err
    assert load_settings(bench.paths).station == "B1"
    with bench.database.engine.begin() as conn:     # fixed and sent again: nothing waits any more
        conn.exec_driver_sql("UPDATE item_inspections SET currency='EUR', version=version+1 "
                             "WHERE license_plate='LP00000001'")
        conn.exec_driver_sql("UPDATE outbox SET status='pending' WHERE status='rejected'")
    assert sync(bench, hub)["rejected_waiting"] == 0
    work(bench, 1, finish=False)                     # a parcel still open: its completion would carry B1
    assert sync(bench, hub)["pending"] == 0
    code, _, err = rename_here(capsys, bench, "B9")
    assert code == 2 and "1 parcel still open" in err
    assert load_settings(bench.paths).station == "B1"


def test_a_fresh_bench_renames_without_a_database_and_a_bad_name_is_refused(tmp_path, capsys):
    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "settings", "--set-station", "B5"]) == 0
    assert json.loads(capsys.readouterr().out)["station"] == "B5"
    assert not (fresh / "bench.sqlite3").exists()   # asking the settings does not create a database
    for bad in ("", "   ", "x" * 65, "B\n6"):
        assert main(["--data-dir", str(fresh), "settings", "--set-station", bad]) == 2
        assert "is not a station name" in capsys.readouterr().err
    assert load_settings(Paths(fresh)).station == "B5"


def test_a_record_made_under_the_old_name_later_is_set_aside_and_the_rest_goes_up(hub, bench):
    """After a rename a record under the old name can still be queued (a label reprinted for an item inspected before
    it bumps that item's version). The hub refuses such a batch with a 403 naming the record; the bench sets that one
    aside with the reason and its other records go up in the same pass, instead of the queue stopping for good."""
    from sqlalchemy import update

    from inspector.storage.orm import InspectionRow, OutboxRow
    assert work(bench, 2) == 4
    assert sync(bench, hub)["ok"]
    with bench.database.engine.begin() as conn:
        # An item of the bench's old name (B9), changed again after the rename, and new work under its name (B1).
        old = conn.scalar(InspectionRow.__table__.select().with_only_columns(InspectionRow.id).limit(1))
        conn.execute(update(InspectionRow).where(InspectionRow.id == old).values(station="B9", version=9))
        conn.execute(OutboxRow.__table__.insert().values(
            record_type="item_inspection", record_id=old, version=9, status="pending", attempts=0,
            created_at=dt.datetime(2026, 11, 20, tzinfo=dt.timezone.utc)))
    work(bench, 1)
    report = sync(bench, hub)
    assert report["ok"] and report["pending"] == 0, report
    assert report["pushed"]["rejected"] == 1 and report["rejected_waiting"] == 1
    assert any("station B9's" in reason for reason in report["pushed"]["reasons"]), report["pushed"]["reasons"]
    assert report["pushed"]["applied"] == 2      # the new parcel and its item
