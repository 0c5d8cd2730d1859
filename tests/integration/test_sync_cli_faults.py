"""`inspector sync` against a hostile machine and user: unreadable settings, policy or database, bad numbers, a
database another process is writing, kill -9 at random moments. Always JSON and an exit code, never a traceback;
after a kill, a rerun brings the hub level with the bench, nothing lost and nothing twice."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from inspector.cli.main import main
from inspector.paths import Paths
from inspector.settings import StationSettings, save_settings
from tests.integration.faults.checks import assert_hub_matches_bench
from tests.integration.faults.hubs import REPO
from tests.integration.faults.workload import bulk_records, work


def sync(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), "sync", "--once", *args])
    return code, json.loads(capsys.readouterr().out)


def test_what_stops_the_set_up_is_json_and_exit_2(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("INSPECTOR_HUB_TOKEN", raising=False)
    data = tmp_path / "data"
    cases = {
        "station settings": lambda: (data / "station.json").write_text("{not json"),
        "policy: missing": lambda: (data / "policy.json").write_text('{"x": 1}'),
        "not a bench database": lambda: (data / "bench.sqlite3").write_bytes(b"not a database at all " * 10),
    }
    for words, spoil in cases.items():
        for name in ("station.json", "policy.json", "bench.sqlite3"):
            (data / name).unlink(missing_ok=True)
        save_settings(Paths(data).ensure(), StationSettings(station="B1", hub_url="http://127.0.0.1:9", hub_token="tok-unused-0123456789"))
        spoil()
        code, report = sync(capsys, data)
        assert code == 2 and not report["ok"] and words in report["error"], report
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    code, report = sync(capsys, a_file)
    assert code == 2 and "cannot be used" in report["error"]
    code, report = sync(capsys, tmp_path / "fresh", "--hub", "not-a-url", "--token", "tok-unused-0123456789")
    assert code == 2 and "http:// or https://" in report["error"]


@pytest.mark.parametrize("args", [["--timeout", "-1"], ["--timeout", "0"], ["--timeout", "nan"], ["--batch", "0"],
                                  ["--push-only", "--pull-only"]])
def test_bad_numbers_and_contradictions_are_a_usage_line(tmp_path, capsys, args):
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(tmp_path), "sync", "--once", *args])
    assert stopped.value.code == 2 and "error:" in capsys.readouterr().err


def test_requeueing_while_another_process_writes_is_json_and_exit_1(hub, bench, capsys):
    work(bench, 2)
    with bench.database.engine.begin() as conn:     # one record the hub refuses
        conn.exec_driver_sql("UPDATE item_inspections SET currency='euro' WHERE license_plate='LP00000001'")
    code, report = sync(capsys, bench.paths.data_dir)
    # The refused item's two outbox rows: completed, then again when its parcel was done with units missing.
    assert code == 0 and report["rejected_waiting"] == 2
    holder = sqlite3.connect(bench.paths.database, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")            # another writer holds the database
        holder.execute("UPDATE operators SET name = name")
        code, report = sync(capsys, bench.paths.data_dir, "--retry-rejected")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and not report["ok"] and "busy" in report["error"]
    code, report = sync(capsys, bench.paths.data_dir, "--retry-rejected")
    assert code == 0 and report["requeued"] == 2 and report["rejected_waiting"] == 2   # refused again: still shown


def test_sync_killed_at_random_moments_then_a_rerun_sends_everything_once(hub, bench, capsys):
    made = bulk_records(bench.database, "B1", 2400)
    rng = random.Random(os.environ.get("KILL_SEED", "15"))
    env = {**os.environ, "PYTHONPATH": str(REPO), "INSPECTOR_HUB_TOKEN": hub.tokens["B1"]}
    for _ in range(2):
        child = subprocess.Popen([sys.executable, "-m", "inspector", "--data-dir", str(bench.paths.data_dir), "sync",
                                  "--once", "--batch", "100"], cwd=REPO, env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.0, 3.5))
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    with bench.database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    code, report = sync(capsys, bench.paths.data_dir)
    assert code == 0 and report["pending"] == 0 and report["rejected_waiting"] == 0
    assert assert_hub_matches_bench(hub.db_url, bench.database, "B1") == made
