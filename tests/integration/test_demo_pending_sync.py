"""`inspector demo --outbox pending` makes history a bench can push: all of it its own station's, so a sync with the
bench's token takes every record and sets none aside."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from inspector.cli.main import main
from inspector.demo import load_demo_data
from inspector.demo.history import HistoryOptions, generate_history
from inspector.paths import Paths
from inspector.settings import StationSettings, load_settings, save_settings, site_policy
from inspector.storage.database import Database
from inspector.sync.engine import SyncConfig, SyncEngine
from tests.conftest import NOW
from tests.integration.faults.checks import assert_hub_matches_bench
from tests.integration.faults.hubs import REPO


def cli(data_dir, *args, env=None):
    base = {k: v for k, v in os.environ.items() if k not in ("INSPECTOR_STATION", "INSPECTOR_HUB_TOKEN")}
    return subprocess.run([sys.executable, "-m", "inspector", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, cwd=REPO,
                          env={**base, "PYTHONPATH": str(REPO), **(env or {})})


def test_pending_demo_history_is_the_benchs_own_and_goes_up_whole(tmp_path, hub):
    paths = Paths(tmp_path / "B1").ensure()
    save_settings(paths, StationSettings(station="B1", hub_url=hub.url, hub_token=hub.tokens["B1"]))
    made = cli(paths.data_dir, "demo", "--parcels", "40", "--days", "3", "--outbox", "pending")
    assert made.returncode == 0, made.stderr
    done = cli(paths.data_dir, "sync", "--once", "--push-only")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["pushed"]["rejected"] == 0 and report["rejected_waiting"] == 0 and report["pending"] == 0
    database = Database.open_sqlite(paths.database)
    try:
        assert assert_hub_matches_bench(hub.db_url, database, "B1") == report["pushed"]["applied"] > 40
    finally:
        database.dispose()


def test_two_benches_with_the_same_seed_make_records_of_their_own(tmp_path, hub):
    """Same seed on two benches: the records must not share ids, or the hub refuses the second bench's."""
    for station in ("B1", "B2"):
        paths = Paths(tmp_path / station).ensure()
        save_settings(paths, StationSettings(station=station, hub_url=hub.url, hub_token=hub.tokens[station]))
        load_demo_data(paths, NOW)
        database = Database.open_sqlite(paths.database)
        try:
            generate_history(database, site_policy(paths), HistoryOptions(parcels=5, days=2, seed=1,
                                                                          outbox_status="pending", station=station), NOW)
            engine = SyncEngine(database, site_policy(paths), paths, SyncConfig.from_settings(load_settings(paths)))
            report = engine.run_once(pull=False)
            engine.close()
        finally:
            database.dispose()
        assert report["ok"] and report["pushed"]["rejected"] == 0 and report["rejected_waiting"] == 0, report


def test_the_station_option_names_the_demo_history_too(tmp_path, hub, monkeypatch, capsys):
    paths = Paths(tmp_path / "B2").ensure()
    save_settings(paths, StationSettings(station="B1", hub_url=hub.url))
    monkeypatch.delenv("INSPECTOR_STATION", raising=False)
    monkeypatch.setenv("INSPECTOR_HUB_TOKEN", hub.tokens["B2"])
    assert main(["--data-dir", str(paths.data_dir), "--station", "B2", "demo", "--parcels", "5",
                 "--outbox", "pending"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(paths.data_dir), "--station", "B2", "sync", "--once", "--push-only"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["pushed"]["rejected"] == 0 and report["pending"] == 0, report


def test_pending_history_without_a_station_is_refused_not_spread_over_others():
    with pytest.raises(ValueError, match="own station"):
        HistoryOptions(parcels=1, outbox_status="pending").stations()
