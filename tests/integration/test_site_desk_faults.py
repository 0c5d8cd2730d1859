"""Whatever fails between a supervisor desk and the hub, the desk ends with every remote record of the window once,
at its newest version: faults injected on the site feed's pages (tests/integration/faults/proxy.py), and a desk
process killed with -9 in the middle of a pull and started again. Each test appends its figures to
out/sync-faults.jsonl, as the push fault tests do."""
from __future__ import annotations

import os
import random
import subprocess
import sys
import time

import pytest

from inspector.sync import site_pull
from inspector.sync.backoff import Backoff
from inspector.sync.engine import SyncEngine
from tests.integration.faults.hubs import REPO, ThreadHub
from tests.integration.faults.killing import kill_when_held
from tests.integration.faults.proxy import Fault, FaultProxy
from tests.integration.faults.site_desk import (Clock, Site, assert_desk_matches_hub, desk_copies,
                                                issue_site_tokens, open_site)
from tests.integration.faults.workload import bulk_records, work
from tests.integration.test_sync_faults import record

BENCHES = ("B1", "B2")
SITE_PAGE = ("GET", "/v1/site/records")


@pytest.fixture
def site(tmp_path):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_site_tokens(db_url, BENCHES, "DESK")
    with ThreadHub(db_url) as hub:
        made = open_site(tmp_path, hub, tokens, BENCHES, "DESK", Clock())
        made.hub_port = hub.port
        yield made
        made.close()


def on_pages(fault: Fault, k: int, first: int = 2, limit: int | None = None):
    """Plan: `fault` on every k-th page of the site feed from the `first`, at most `limit` times."""
    seen = {"pages": 0, "faults": 0}

    def plan(_n: int, method: str, path: str) -> Fault:
        if (method, path.split("?", 1)[0]) != SITE_PAGE:
            return Fault.PASS
        seen["pages"] += 1
        due = seen["pages"] >= first and (seen["pages"] - first) % k == 0
        if due and (limit is None or seen["faults"] < limit):
            seen["faults"] += 1
            return fault
        return Fault.PASS
    return plan


def pull_until_clean(engine: SyncEngine, passes: int = 80) -> dict:
    backoff = Backoff(base=0.02, cap=0.3, rng=random.Random(7))
    totals = {"passes": 0, "failed_passes": 0, "stored": 0, "unchanged": 0}
    for _ in range(passes):
        report = engine.run_once(push=False)
        totals["passes"] += 1
        feed = report["pulled"].get("site") or {}
        totals["stored"] += feed.get("stored", 0)
        totals["unchanged"] += feed.get("unchanged", 0)
        if report["ok"]:
            return totals
        totals["failed_passes"] += 1
        time.sleep(backoff.failed())
    raise AssertionError(f"the desk's pull never came through in {passes} passes: {totals}")


def _benches_work_and_push(site: Site, parcels: int) -> None:
    for bench in site.benches.values():
        work(bench, parcels, finish=False)      # items in hand: their parcels go up now, new versions later
        work(bench, parcels)
        site.engine(bench).run_once()


def _benches_finish_and_push(site: Site) -> None:
    """New versions of records the desk may hold already: the parcels and items left open are finished."""
    from inspector.usecases import inspections, parcels
    from tests.conftest import NOW
    for bench in site.benches.values():
        with bench.database.engine.connect() as conn:
            open_items = conn.exec_driver_sql("SELECT id, parcel_id FROM item_inspections "
                                              "WHERE status = 'in_progress'").all()
        for item_id, parcel_id in open_items:
            inspections.complete_inspection(inspections.InspectionCommand(item_id, NOW), bench.uow())
            parcels.complete_parcel(parcels.ParcelCommand(parcel_id, NOW), bench.uow())
        assert site.engine(bench).run_once()["ok"]


FAULTS = [
    pytest.param(Fault.DROP_BEFORE, 2, None, id="connection-dropped-before-answer"),
    pytest.param(Fault.DROP_AFTER, 2, None, id="connection-dropped-after-answer"),
    pytest.param(Fault.ERROR_500, 2, None, id="http-500"),
    pytest.param(Fault.STALL_BEFORE, 3, 3, id="timeout-before-answer"),
    pytest.param(Fault.STALL_AFTER, 3, 3, id="timeout-after-answer"),
]


@pytest.mark.parametrize(("fault", "k", "limit"), FAULTS)
def test_the_desk_holds_every_remote_record_once_at_its_newest_version_after_faults(site, monkeypatch, fault, k,
                                                                                     limit):
    monkeypatch.setattr(site_pull, "PAGE", 7)       # many small pages, so the faults land between them
    _benches_work_and_push(site, 12)
    with FaultProxy(site.hub_port, on_pages(fault, k, limit=limit), stall_seconds=1.0) as proxy:
        engine = site.engine(site.desk, hub_url=proxy.url, timeout=0.5)
        first = pull_until_clean(engine)
        _benches_finish_and_push(site)             # newer versions arrive while faults go on
        _benches_work_and_push(site, 5)
        second = pull_until_clean(engine)
    count = assert_desk_matches_hub(site, "")
    # Per bench: 34 parcels, and 29 items (the last 5 still in hand: not upstream's business yet).
    assert count == len(desk_copies(site.desk)) == 2 * (34 + 29)
    assert proxy.faults >= 3
    record(f"site_feed_faults[{fault.value}]", records=count, faults=dict(proxy.injected), requests=proxy.requests,
           passes=first["passes"] + second["passes"],
           failed_passes=first["failed_passes"] + second["failed_passes"])


def test_a_desk_killed_in_the_middle_of_a_pull_converges_when_started_again(site):
    # Three pages of the feed (site_pull.PAGE records each): 3,000 items and 1,500 parcels from B1.
    b1 = site.benches["B1"]
    made = bulk_records(b1.database, "B1", 3000)
    assert site.engine(b1).run_once()["ok"]
    desk = site.desk
    with FaultProxy(site.hub_port, on_pages(Fault.HOLD_AFTER, 1000, first=2, limit=1)) as proxy:
        env = {**os.environ, "PYTHONPATH": str(REPO), "INSPECTOR_HUB_TOKEN": site.tokens["DESK"]}
        child = subprocess.Popen([sys.executable, "-m", "inspector.cli.main", "--data-dir",
                                  str(desk.paths.data_dir), "sync", "--once", "--pull-only", "--hub", proxy.url],
                                 env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # The hub answered page 2; the desk dies before it reads it.
        kill_when_held(child, proxy, "the desk never asked for its second page")
        with desk.database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        halfway = len(desk_copies(desk))
        assert 0 < halfway < made, "the killed desk should hold the first page only"
        proxy.plan = lambda _n, _m, _p: Fault.PASS
        engine = site.engine(desk, hub_url=proxy.url)
        report = pull_until_clean(engine)
    assert assert_desk_matches_hub(site, "") == made
    assert report["passes"] == 1
    record("desk_killed_mid_pull", records=made, faults={"desk_process_killed": 1}, copies_after_kill=halfway,
           requests=proxy.requests)
