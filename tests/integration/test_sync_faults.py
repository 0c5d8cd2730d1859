"""Whatever fails between bench and hub, the hub ends with every record exactly once, as the bench has it.

All traffic goes through a fault-injecting proxy on loopback (tests/integration/faults/proxy.py). Each test prints,
and appends to out/sync-faults.jsonl, how many records and faults it ran.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time

import pytest

from inspector.settings import load_settings
from inspector.sync.backoff import Backoff
from inspector.sync.engine import SyncConfig, SyncEngine
from tests.integration.faults.checks import assert_hub_matches_bench
from tests.integration.faults.hubs import REPO, ProcessHub, ThreadHub, issue_tokens
from tests.integration.faults.killing import kill_when_held
from tests.integration.faults.proxy import Fault, FaultProxy
from tests.integration.faults.workload import make_bench, work

REPORT = REPO / "out" / "sync-faults.jsonl"
PUSH = ("POST", "/v1/records")


def every(fault: Fault, k: int, first: int = 2, limit: int | None = None):
    """Plan: `fault` on every k-th push from the `first`, at most `limit` times; everything else passes."""
    seen = {"pushes": 0, "faults": 0}

    def plan(_n: int, method: str, path: str) -> Fault:
        if (method, path) != PUSH:
            return Fault.PASS
        seen["pushes"] += 1
        due = seen["pushes"] >= first and (seen["pushes"] - first) % k == 0
        if due and (limit is None or seen["faults"] < limit):
            seen["faults"] += 1
            return fault
        return Fault.PASS
    return plan


def record(name: str, **figures) -> None:
    line = {"test": name, **figures}
    print(f"\n[sync-faults] {json.dumps(line)}")
    REPORT.parent.mkdir(exist_ok=True)
    with REPORT.open("a", encoding="utf-8") as out:
        out.write(json.dumps(line) + "\n")


def sync_until_clean(engine: SyncEngine, passes: int = 60) -> dict:
    """What the background worker does: pass, and on failure back off (short here) and pass again."""
    backoff = Backoff(base=0.02, cap=0.3, rng=random.Random(5))
    totals = {"passes": 0, "failed_passes": 0, "applied": 0, "duplicate": 0}
    for _ in range(passes):
        report = engine.run_once(pull=False)
        totals["passes"] += 1
        totals["applied"] += report["pushed"]["applied"]
        totals["duplicate"] += report["pushed"]["duplicate"]
        if report["ok"] and report["pending"] == 0:
            return totals
        totals["failed_passes"] += 1
        time.sleep(backoff.failed())
    raise AssertionError(f"still not clean after {passes} passes: {totals}")


@pytest.fixture
def sqlite_hub(tmp_path):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    token = issue_tokens(db_url, "B1")["B1"]
    with ThreadHub(db_url) as hub:
        hub.token = token
        yield hub


FAULTS = [
    pytest.param(Fault.DROP_BEFORE, 2, None, id="connection-dropped-before-commit"),
    pytest.param(Fault.DROP_AFTER, 2, None, id="connection-dropped-after-commit"),
    pytest.param(Fault.ERROR_500, 2, None, id="http-500"),
    pytest.param(Fault.STALL_BEFORE, 3, 3, id="timeout-before-commit"),
    pytest.param(Fault.STALL_AFTER, 3, 3, id="timeout-after-commit"),
]


@pytest.mark.parametrize(("fault", "k", "limit"), FAULTS)
def test_hub_matches_bench_after_faults(tmp_path, sqlite_hub, fault, k, limit):
    bench = make_bench(tmp_path / "benches", "B1")
    with FaultProxy(sqlite_hub.port, every(fault, k, limit=limit), stall_seconds=1.0) as proxy:
        engine = SyncEngine(bench.database, bench.policy, bench.paths,
                            SyncConfig(proxy.url, sqlite_hub.token, "B1", batch_size=20, timeout=0.5))
        made = work(bench, 60)
        first = sync_until_clean(engine)
        made += work(bench, 60)                          # more work arrives while faults continue
        second = sync_until_clean(engine)
        engine.close()
    count = assert_hub_matches_bench(sqlite_hub.db_url, bench.database, "B1")
    assert count == made
    assert proxy.faults >= 3
    if fault in (Fault.DROP_AFTER, Fault.STALL_AFTER):
        # The hub committed batches whose answers were lost: the resends were answered as duplicates.
        assert first["duplicate"] + second["duplicate"] > 0
    record(f"faults[{fault.value}]", records=count, faults=dict(proxy.injected), requests=proxy.requests,
           passes=first["passes"] + second["passes"], duplicates_answered=first["duplicate"] + second["duplicate"])
    bench.close()


@pytest.mark.monotonic_waits      # the restarted hub is waited for with timeouts
def test_hub_restarted_mid_batch(tmp_path):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    token = issue_tokens(db_url, "B1")["B1"]
    bench = make_bench(tmp_path / "benches", "B1")
    made = work(bench, 100)
    hub = ProcessHub(db_url).start()
    kills = {"n": 0}

    def kill_and_restart() -> None:
        kills["n"] += 1
        hub.kill()
        threading.Timer(0.2, start_quietly).start()  # back on the same port shortly, like a supervisor would

    def start_quietly() -> None:
        try:
            hub.start()
        except RuntimeError:
            pass  # killed again by the next planned fault before it answered its health check

    try:
        with FaultProxy(hub.port, every(Fault.KILL_HUB, 4, first=2, limit=3)) as proxy:
            proxy.on_kill = kill_and_restart
            engine = SyncEngine(bench.database, bench.policy, bench.paths,
                                SyncConfig(proxy.url, token, "B1", batch_size=10, timeout=2.0))
            totals = sync_until_clean(engine, passes=200)
            engine.close()
    finally:
        time.sleep(0.3)
        hub.stop()
    count = assert_hub_matches_bench(db_url, bench.database, "B1")
    # Requests refused while the hub is down count as pushes too, so how many of the planned kills come round
    # depends on timing; at least one restart mid-batch always happens (the first is due on the second request).
    assert count == made and kills["n"] >= 1 and hub.starts == kills["n"] + 1
    record("hub_restarted_mid_batch", records=count, faults={"hub_killed_mid_request": kills["n"]},
           hub_starts=hub.starts, requests=proxy.requests, passes=totals["passes"],
           failed_passes=totals["failed_passes"], duplicates_answered=totals["duplicate"])
    bench.close()


def test_bench_process_killed_between_send_and_ack(tmp_path, sqlite_hub):
    bench = make_bench(tmp_path / "benches", "B1")
    made = work(bench, 60)
    with FaultProxy(sqlite_hub.port, every(Fault.HOLD_AFTER, 1000, first=3, limit=1)) as proxy:
        env = {**os.environ, "PYTHONPATH": str(REPO), "INSPECTOR_HUB_TOKEN": sqlite_hub.token}
        child = subprocess.Popen([sys.executable, "-m", "inspector.cli.main", "--data-dir",
                                  str(bench.paths.data_dir), "sync", "--once", "--push-only", "--batch", "20",
                                  "--hub", proxy.url], env=env, cwd=REPO,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # The hub has committed; the bench dies before the answer.
        kill_when_held(child, proxy, "the bench never sent its third batch", timeout=30)
    with bench.database.engine.connect() as conn:
        left = conn.exec_driver_sql("SELECT count(*) FROM outbox WHERE status='pending'").scalar_one()
    assert left > 0, "the killed bench should still have pending rows"
    engine = SyncEngine(bench.database, bench.policy, bench.paths,
                        SyncConfig.from_settings(load_settings(bench.paths), hub_url=sqlite_hub.url,
                                                 token=sqlite_hub.token))
    after = sync_until_clean(engine)
    engine.close()
    assert after["duplicate"] >= 1                 # the batch committed before the kill came back as duplicates
    count = assert_hub_matches_bench(sqlite_hub.db_url, bench.database, "B1")
    assert count == made
    record("bench_killed_between_send_and_ack", records=count, faults={"bench_process_killed": 1},
           pending_after_kill=left, duplicates_answered=after["duplicate"], requests=proxy.requests)
    bench.close()
