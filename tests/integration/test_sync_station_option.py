"""`inspector --station NAME sync --once` and $INSPECTOR_STATION: the sync runs as the station the window runs as."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest

from inspector.cli.main import main
from inspector.settings import load_settings, save_settings
from tests.integration.faults.checks import assert_hub_matches_bench
from tests.integration.faults.hubs import REPO, ThreadHub, issue_tokens
from tests.integration.faults.workload import make_bench, work


@pytest.fixture
def hub(tmp_path):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_tokens(db_url, "B1", "B7")
    with ThreadHub(db_url) as running:
        running.tokens = tokens
        yield running


@pytest.fixture
def bench(tmp_path, hub):
    """Records made as B7 (the window started with --station B7) on a bench whose settings say B1."""
    made = make_bench(tmp_path / "benches", "B7", hub.url)
    save_settings(made.paths, replace(load_settings(made.paths), station="B1"))
    yield made
    made.close()


def cli(bench, *args, env=None):
    base = {k: v for k, v in os.environ.items() if k != "INSPECTOR_STATION"}
    env = {**base, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run([sys.executable, "-m", "inspector", "--data-dir", str(bench.paths.data_dir), *args],
                          capture_output=True, text=True, timeout=60, cwd=REPO, env=env)


def test_the_station_option_is_the_station_the_sync_runs_as(hub, bench):
    made = work(bench, 2)
    token = {"INSPECTOR_HUB_TOKEN": hub.tokens["B7"]}
    done = cli(bench, "--station", "B7", "sync", "--once", env=token)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["station"] == "B7" and report["pushed"]["applied"] == made and report["pushed"]["rejected"] == 0
    assert_hub_matches_bench(hub.db_url, bench.database, "B7")
    assert load_settings(bench.paths).station == "B1"           # an option for this run, never saved


def test_the_station_from_the_environment_is_honoured_too(hub, bench, monkeypatch, capsys):
    made = work(bench, 1)
    monkeypatch.setenv("INSPECTOR_HUB_TOKEN", hub.tokens["B7"])
    # Without either, the bench is B1 and the B7 token is refused with a clear message.
    monkeypatch.delenv("INSPECTOR_STATION", raising=False)
    assert main(["--data-dir", str(bench.paths.data_dir), "sync", "--once"]) == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert "B7" in error and "B1" in error          # the token's station and the bench's, named
    monkeypatch.setenv("INSPECTOR_STATION", "B7")
    assert main(["--data-dir", str(bench.paths.data_dir), "sync", "--once"]) == 0
    assert json.loads(capsys.readouterr().out)["pushed"]["applied"] == made


def test_the_window_and_its_sync_resolve_the_station_the_same_way(bench, monkeypatch):
    from inspector.bench import open_bench
    from inspector.settings import running_settings
    monkeypatch.setenv("INSPECTOR_STATION", "B7")
    assert running_settings(bench.paths).station == "B7"
    assert running_settings(bench.paths, "B3").station == "B3"     # the option beats the environment
    session = open_bench(bench.paths)
    try:
        assert session.station == "B7"
    finally:
        session.database.dispose()
    monkeypatch.delenv("INSPECTOR_STATION")
    assert running_settings(bench.paths).station == "B1"
    pytest.importorskip("PySide6")
    from ui.sync.sync_status import engine_factory_for
    save_settings(bench.paths, replace(load_settings(bench.paths), hub_token="tok-unused-0123456789"))
    engine = engine_factory_for(bench.paths, "B7")()
    try:
        assert engine.config.station == "B7"
    finally:
        engine.close()
        engine.dispose_database()
