"""Issue 17: the site's count of wrong PINs per badge on a PostgreSQL hub. Tries pushed at once by many benches (and
through several connections, as several hub processes would) are all counted, once each; two benches over HTTP
lock a badge at both.

Needs a PostgreSQL (`bash .ci/postgres-setup.sh`, or $INSPECTOR_TEST_PG_URL): skipped without one, failed on CI.
"""
from __future__ import annotations

import datetime as dt
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from inspector.domain.operators import lock_duration
from inspector.domain.policy import SignInLockout
from inspector.hub import badge_runs, ingest
from inspector.hub.schema import badge_events
from inspector.hub.storage import opened
from inspector.sync.engine import SyncConfig, SyncEngine
from inspector.usecases.operators import SignIn, sign_in
from tests.conftest import NOW
from tests.integration.faults.hubs import ThreadHub, issue_tokens
from tests.integration.faults.postgres import fresh_database, require_url
from tests.integration.faults.workload import make_bench
from tests.integration.test_site_pin_lockout import attempt, locked_for, seconds

STATIONS = [f"B{n}" for n in range(1, 7)]
TRIES = 8


@pytest.fixture
def pg_url():
    base = require_url()
    with fresh_database(base) as url:
        yield url


def failure(station: str, n: int) -> ingest.Incoming:
    record_id = str(uuid.uuid4())
    at = (NOW + dt.timedelta(milliseconds=n * 10 + STATIONS.index(station))).isoformat()
    return ingest.Incoming("badge_event", record_id, 1, {
        "id": record_id, "version": 1, "badge": "OP-1001", "kind": "failure", "at": at, "station": station,
        "while_locked": False})


def test_tries_pushed_at_once_by_many_benches_are_each_counted_once(pg_url):
    batches = {station: [failure(station, n) for n in range(TRIES)] for station in STATIONS}
    with opened(pg_url) as engine:
        def push(station: str) -> list[str]:
            # One try per push, and each batch sent twice (a lost answer): the most interleaving, the most resends.
            outcomes = []
            for record in batches[station]:
                outcomes += [r.outcome for r in ingest.apply_batch(engine, station, [record])]
                outcomes += [r.outcome for r in ingest.apply_batch(engine, station, [record])]
            return outcomes
        with ThreadPoolExecutor(len(STATIONS)) as pool:
            results = list(pool.map(push, STATIONS))
        runs = badge_runs.current_runs(engine)
        with engine.connect() as conn:
            kept = conn.execute(select(badge_events.c.id)).scalars().all()
    assert all(r == ["applied", "duplicate"] * TRIES for r in results)
    total = len(STATIONS) * TRIES
    assert len(kept) == total
    last = max(r.data["at"] for b in batches.values() for r in b)
    last_utc = dt.datetime.fromisoformat(last).astimezone(dt.timezone.utc)
    until = last_utc + lock_duration(total, SignInLockout())
    assert runs == [{"badge": "OP-1001", "failures": total, "locked_until": until.isoformat(timespec="microseconds"),
                     "last_failure_at": last_utc.isoformat(timespec="microseconds")}]


def test_wrong_pins_at_two_benches_lock_the_badge_at_both_over_a_postgresql_hub(tmp_path, pg_url):
    tokens = issue_tokens(pg_url, "B1", "B2")
    with ThreadHub(pg_url) as hub:
        # Each bench has its own OP-1001 (PIN 1234); the site counts the badge, whoever holds it.
        a, b = (make_bench(tmp_path / "benches", name, hub.url, tokens[name]) for name in ("B1", "B2"))
        try:
            def sync(bench) -> dict:
                engine = SyncEngine(bench.database, bench.policy, bench.paths,
                                    SyncConfig(hub.url, tokens[bench.station], bench.station))
                try:
                    report = engine.run_once()
                finally:
                    engine.close()
                assert report["ok"], report["error"]
                return report
            assert [attempt(a, "9999", NOW + seconds(n), "OP-1001") for n in range(3)] == ["wrong"] * 3
            sync(a)
            assert [attempt(b, "9999", NOW + seconds(3 + n), "OP-1001") for n in range(2)] == ["wrong"] * 2
            report = sync(b)                  # five at the site: locked for 30 s from the last
            assert report["pulled"]["operators"]["badge_locks"]["at_site"] == 1
            assert attempt(b, "1234", NOW + seconds(10), "OP-1001") == locked_for(24, "OP-1001")
            sync(a)
            assert attempt(a, "1234", NOW + seconds(20), "OP-1001") == locked_for(14, "OP-1001")
            assert sign_in(SignIn("OP-1001", "1234", NOW + seconds(40), "B1"), a.uow()).name == "Ana Popescu"
            sync(a)
            sync(b)
            assert attempt(b, "9999", NOW + seconds(41), "OP-1001") == "wrong"     # a new run: one
        finally:
            a.close()
            b.close()
