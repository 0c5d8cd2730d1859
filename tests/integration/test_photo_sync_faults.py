"""Photos of several megabytes go up through a fault-injecting proxy (tests/integration/faults/proxy.py) that acts
inside the body: a cut, a hub killed mid-body, a bench process killed mid-upload, a flipped byte. Whatever happens,
the upload goes on from what the hub holds, and at the end the hub's folder holds each photo once, byte for byte,
and no file there mismatches its name. Each test prints, and appends to out/sync-faults.jsonl, what it ran."""
from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time

import pytest

from inspector.photos.store import PhotoStore
from inspector.sync.backoff import Backoff
from inspector.sync.engine import SyncEngine
from tests.integration.faults.hubs import REPO, ProcessHub, ThreadHub, issue_tokens
from tests.integration.faults.killing import kill_when_held
from tests.integration.faults.proxy import Fault, FaultProxy
from tests.integration.faults.workload import Bench, make_bench
from tests.integration.test_photo_sync import (
    assert_hub_holds,
    engine_for,
    noise_photo,
    own_photos,
    photographed_item,
)
from tests.integration.test_sync_faults import record

SIZES = ((2000, 1400), (2200, 1600), (2600, 1800))      # noise at q95: ~3.3, ~4.1 and ~5.5 MB


def photo_put(method: str, path: str) -> bool:
    return method == "PUT" and path.startswith("/v1/photos/")


def on_puts(fault: Fault, *which: int):
    """Plan: `fault` on these photo PUTs (1 = the first), everything else passes."""
    seen = {"puts": 0}

    def plan(_n: int, method: str, path: str) -> Fault:
        if not photo_put(method, path):
            return Fault.PASS
        seen["puts"] += 1
        return fault if seen["puts"] in which else Fault.PASS
    return plan


def photographed_bench(root, hub_url: str, token: str) -> tuple[Bench, set[str], int]:
    bench = make_bench(root, "B1", hub_url, token)
    hashes = {photographed_item(bench, noise_photo(w, h))[1] for w, h in SIZES}
    store = PhotoStore(bench.paths.photos_dir)
    total = sum(len(store.read(sha)) for sha in hashes)
    assert all(3_000_000 <= len(store.read(sha)) <= 6_000_000 for sha in hashes)
    return bench, hashes, total


def sync_until_clean(engine: SyncEngine, passes: int = 60) -> dict:
    """Passes with a short backoff until the records and the photos are all at the hub."""
    backoff = Backoff(base=0.02, cap=0.3, rng=random.Random(7))
    totals = {"passes": 0, "failed_passes": 0, "uploaded": 0, "resumed": 0, "refused": 0, "bytes_sent": 0}
    for _ in range(passes):
        report = engine.run_once(pull=False)
        totals["passes"] += 1
        for key in ("uploaded", "resumed", "refused", "bytes_sent"):
            totals[key] += report["photos"][key]
        if report["ok"] and report["pending"] == 0 and report["photos"]["pending"] == 0:
            return totals
        totals["failed_passes"] += 1
        time.sleep(backoff.failed())
    raise AssertionError(f"still not clean after {passes} passes: {totals}")


@pytest.fixture
def photo_hub(tmp_path):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    token = issue_tokens(db_url, "B1")["B1"]
    with ThreadHub(db_url, photos_dir=tmp_path / "hub-photos") as hub:
        hub.token = token
        yield hub


def test_a_cut_mid_body_goes_on_from_what_the_hub_holds(tmp_path, photo_hub):
    bench, hashes, total = photographed_bench(tmp_path / "benches", photo_hub.url, photo_hub.token)
    with FaultProxy(photo_hub.port, on_puts(Fault.CUT_MID_BODY, 2, 6, 11)) as proxy:
        engine = engine_for(bench, proxy.url, photo_hub.token, timeout=5.0)
        totals = sync_until_clean(engine)
        engine.close()
    assert proxy.injected[Fault.CUT_MID_BODY.value] == 3
    assert totals["uploaded"] == 3 and totals["resumed"] >= 3 and totals["failed_passes"] == 3
    forwarded = proxy.forwarded_bytes["PUT"]
    assert forwarded < 1.6 * total, (forwarded, total)       # it went on from the cut, never from 0
    assert_hub_holds(photo_hub.photos_dir, bench, hashes)
    record("photos[cut_mid_body]", photos=len(hashes), photo_bytes=total, forwarded=forwarded,
           faults=dict(proxy.injected), passes=totals["passes"], resumed=totals["resumed"])
    bench.close()


@pytest.mark.monotonic_waits      # the restarted hub is waited for with timeouts
def test_a_hub_killed_mid_body_and_restarted_is_resumed(tmp_path):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    token = issue_tokens(db_url, "B1")["B1"]
    hub = ProcessHub(db_url, photos_dir=tmp_path / "hub-photos").start()
    bench, hashes, total = photographed_bench(tmp_path / "benches", hub.url, token)
    kills = {"n": 0}

    def kill_and_restart() -> None:
        kills["n"] += 1
        hub.kill()
        threading.Timer(0.2, start_quietly).start()

    def start_quietly() -> None:
        try:
            hub.start()
        except (RuntimeError, TimeoutError):
            pass     # slow to come up on a busy machine: the passes go on failing until it answers
    try:
        with FaultProxy(hub.port, on_puts(Fault.KILL_HUB_MID_BODY, 3)) as proxy:
            proxy.on_kill = kill_and_restart
            engine = engine_for(bench, proxy.url, token, timeout=5.0)
            totals = sync_until_clean(engine, passes=200)
            engine.close()
    finally:
        time.sleep(0.3)
        hub.stop()
    assert kills["n"] == 1 and hub.starts == 2 and totals["uploaded"] == 3 and totals["resumed"] >= 1
    forwarded = proxy.forwarded_bytes["PUT"]
    assert forwarded < 1.6 * total, (forwarded, total)
    assert_hub_holds(tmp_path / "hub-photos", bench, hashes)
    record("photos[hub_killed_mid_body]", photos=len(hashes), photo_bytes=total, forwarded=forwarded,
           faults={"hub_killed_mid_body": kills["n"]}, hub_starts=hub.starts, passes=totals["passes"],
           resumed=totals["resumed"])
    bench.close()


@pytest.mark.monotonic_waits      # waits for the child to reach the held chunk
def test_a_bench_process_killed_mid_upload_is_resumed(tmp_path, photo_hub):
    bench, hashes, total = photographed_bench(tmp_path / "benches", photo_hub.url, photo_hub.token)
    with FaultProxy(photo_hub.port, on_puts(Fault.HOLD_MID_BODY, 3)) as proxy:
        env = {**os.environ, "PYTHONPATH": str(REPO), "INSPECTOR_HUB_TOKEN": photo_hub.token}
        child = subprocess.Popen([sys.executable, "-m", "inspector.cli.main", "--data-dir",
                                  str(bench.paths.data_dir), "sync", "--once", "--push-only", "--hub", proxy.url],
                                 env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # The bench dies with a chunk half way to the hub.
        kill_when_held(child, proxy, "the bench never sent its third chunk")
        uploaded_before = sum(row[1] for row in own_photos(bench))
        assert uploaded_before < 3, "the killed bench should still have photos to send"
        engine = engine_for(bench, proxy.url, photo_hub.token, timeout=5.0)
        totals = sync_until_clean(engine)
        engine.close()
    assert totals["resumed"] >= 1 and uploaded_before + totals["uploaded"] == 3
    forwarded = proxy.forwarded_bytes["PUT"]
    assert forwarded < 1.6 * total, (forwarded, total)
    assert_hub_holds(photo_hub.photos_dir, bench, hashes)
    record("photos[bench_killed_mid_upload]", photos=len(hashes), photo_bytes=total, forwarded=forwarded,
           faults={"bench_process_killed": 1}, passes=totals["passes"], resumed=totals["resumed"])
    bench.close()


def test_a_corrupted_body_is_refused_and_sent_again(tmp_path, photo_hub):
    bench, hashes, total = photographed_bench(tmp_path / "benches", photo_hub.url, photo_hub.token)
    with FaultProxy(photo_hub.port, on_puts(Fault.CORRUPT_BODY, 2)) as proxy:
        engine = engine_for(bench, proxy.url, photo_hub.token, timeout=5.0)
        totals = sync_until_clean(engine)
        engine.close()
    assert proxy.injected[Fault.CORRUPT_BODY.value] == 1
    # The hub found the whole wrong once and threw it away; the bench sent that photo again from 0 in the same pass.
    assert totals["refused"] == 1 and totals["uploaded"] == 3 and totals["passes"] == 1
    assert sorted(row[2] for row in own_photos(bench)) == [0, 0, 1] and all(row[3] is None for row in own_photos(bench))
    assert_hub_holds(photo_hub.photos_dir, bench, hashes)
    record("photos[corrupt_body]", photos=len(hashes), photo_bytes=total, forwarded=proxy.forwarded_bytes["PUT"],
           faults=dict(proxy.injected), passes=totals["passes"], refused=totals["refused"])
    bench.close()


def test_a_photo_the_hub_refuses_three_times_is_set_aside_and_the_rest_go_on(tmp_path, photo_hub):
    bench = make_bench(tmp_path / "benches", "B1", photo_hub.url, photo_hub.token)
    _iid, bad = photographed_item(bench)          # small: one chunk, corrupted every time
    _iid, good = photographed_item(bench)
    with FaultProxy(photo_hub.port, on_puts(Fault.CORRUPT_BODY, 1, 2, 3)) as proxy:
        engine = engine_for(bench, proxy.url, photo_hub.token, timeout=5.0)
        report = engine.run_once(pull=False)
        again = engine.run_once(pull=False)
        engine.close()
    assert report["ok"] and report["photos"]["refused"] == 3 and report["photos"]["set_aside"] == 1
    assert report["photos"]["uploaded"] == 1 and report["photos"]["pending"] == 0
    assert again["photos"]["bytes_sent"] == 0                      # set aside: not tried again by itself
    rows = {row[0]: row[1:] for row in own_photos(bench)}
    assert rows[good] == (1, 0, None)
    assert rows[bad][:2] == (0, 3) and "refused the photo 3 times" in rows[bad][2]
    assert_hub_holds(photo_hub.photos_dir, bench, {good})
    record("photos[refused_three_times]", photos=2, faults=dict(proxy.injected), refused=3, set_aside=1)
    bench.close()
