"""The hub in production: /healthz, /readyz and /metrics over HTTP on loopback, against a bench's real sync.

The metrics are read as Prometheus reads them (`text_string_to_metric_families`) and checked against what the hub
answered the bench and what its database holds. The PostgreSQL tests (two hub processes on one database; the
database dropped under a running hub) need a PostgreSQL: skipped without one, failed on CI.
"""
from __future__ import annotations

import datetime as dt
import time
from collections import Counter

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from inspector.hub.storage import MIGRATIONS_DIR, VERSION_TABLE, make_hub_engine
from inspector.storage import migrating
from inspector.sync.engine import SyncConfig, SyncEngine
from tests.conftest import NOW
from tests.integration.faults.checks import hub_records
from tests.integration.faults.hubs import ProcessHub, issue_tokens, wait_healthy
from tests.integration.faults.postgres import fresh_database, require_url
from tests.integration.faults.workload import make_bench, work
from tests.unit.test_sync_hub_records import parcel

HOUR = dt.timedelta(hours=1)


def scrape(url: str) -> dict[str, dict[tuple[tuple[str, str], ...], float]]:
    """GET /metrics, parsed: sample name -> {sorted labels: value}."""
    answer = httpx.get(f"{url}/metrics", timeout=10)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain; version=0.0.4")
    samples: dict[str, dict[tuple[tuple[str, str], ...], float]] = {}
    for family in text_string_to_metric_families(answer.text):
        for sample in family.samples:
            samples.setdefault(sample.name, {})[tuple(sorted(sample.labels.items()))] = sample.value
    return samples


def by_type(samples: dict, name: str, station: str) -> dict[str, float]:
    return {dict(labels)["type"]: value for labels, value in samples.get(name, {}).items()
            if dict(labels)["station"] == station}


def envelope(record) -> dict:
    return {"type": record.type, "id": record.id, "version": record.version, "data": record.data}


def push(url: str, token: str, *records: dict) -> dict:
    answer = httpx.post(f"{url}/v1/records", json={"records": list(records)},
                        headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_metrics_count_what_a_bench_synced_and_what_was_refused(hub, bench):
    app_state = hub.server.config.app.state
    app_state.clock = lambda: NOW + HOUR   # the records happened at NOW + a few seconds, on the bench's clock
    made = work(bench, 3)
    sync = SyncEngine(bench.database, bench.policy, bench.paths, SyncConfig(hub.url, hub.tokens["B1"], "B1"))
    report = sync.run_once()
    sync.close()
    assert report["ok"] and report["pushed"]["applied"] == made
    held = Counter(record_type for record_type, _id in hub_records(hub.db_url, "B1"))
    assert sum(held.values()) == made

    # One record sent again as it is (a resend after a lost answer), one the hub refuses, one of a type it does
    # not know (counted as "other": a bench cannot grow the metrics' labels at will).
    (record_type, record_id), (_station, version, data) = next(iter(hub_records(hub.db_url, "B1").items()))
    resent = push(hub.url, hub.tokens["B1"], {"type": record_type, "id": record_id, "version": version,
                                              "data": data})
    assert resent["duplicate"] == 1
    refused = push(hub.url, hub.tokens["B1"], envelope(parcel("p-lost", status="lost")),
                   {"type": "no_such_type", "id": "x-1", "version": 1, "data": {}})
    assert refused["rejected"] == 2

    app_state.clock = lambda: NOW + HOUR + dt.timedelta(minutes=10)   # ten minutes without a word from B1
    samples = scrape(hub.url)
    assert by_type(samples, "inspector_hub_records_applied_total", "B1") == {t: float(n) for t, n in held.items()}
    assert by_type(samples, "inspector_hub_records_duplicate_total", "B1") == {record_type: 1.0}
    assert by_type(samples, "inspector_hub_records_rejected_total", "B1") == {"parcel_receipt": 1.0, "other": 1.0}
    # Every applied record carried its bench time: an hour less a few seconds before it reached the hub.
    delays = {dict(labels)["le"]: value for labels, value in samples["inspector_hub_record_delay_seconds_bucket"].items()
              if dict(labels)["station"] == "B1"}
    assert delays["900.0"] == 0 and delays["3600.0"] == made
    assert samples["inspector_hub_record_delay_seconds_count"][(("station", "B1"),)] == made
    assert 3600 * made - 60 < samples["inspector_hub_record_delay_seconds_sum"][(("station", "B1"),)] < 3600 * made
    # Read from the database: B1 was last heard from ten minutes ago; B2 and B9 (never heard from) are listed too.
    ages = {dict(labels)["station"]: value
            for labels, value in samples["inspector_hub_station_last_heard_age_seconds"].items()}
    assert ages["B1"] == 600.0 and {"B2", "B9"} <= set(ages)
    assert samples["inspector_hub_database_up"][()] == 1.0


def test_health_and_readiness_follow_the_schema(hub):
    assert httpx.get(f"{hub.url}/healthz").json() == {"status": "ok"}
    head = migrating.head_revision(MIGRATIONS_DIR)
    ready = httpx.get(f"{hub.url}/readyz")
    assert ready.status_code == 200 and ready.json() == {"status": "ready", "schema_revision": head}

    engine = make_hub_engine(hub.db_url)
    try:
        def set_revision(revision: str) -> None:
            with engine.begin() as conn:
                conn.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = :r"), {"r": revision})

        set_revision("9999")   # as a newer hub process on the same database leaves it
        ahead = httpx.get(f"{hub.url}/readyz")
        assert ahead.status_code == 503
        assert ahead.json()["reason"].startswith("schema ahead: the database is at revision 9999")
        set_revision("0001")   # as a backup restored from before an upgrade
        behind = httpx.get(f"{hub.url}/readyz")
        assert behind.status_code == 503
        assert behind.json()["reason"].startswith(f"schema behind: the database is at revision 0001, this hub "
                                                  f"needs {head}")
        # Alive all along (a load balancer's liveness check must not restart it for its database), and still
        # scraped.
        assert httpx.get(f"{hub.url}/healthz").status_code == 200
        assert scrape(hub.url)["inspector_hub_database_up"][()] == 1.0
        set_revision(head)
        assert httpx.get(f"{hub.url}/readyz").status_code == 200
    finally:
        engine.dispose()
    # No token anywhere on these: a load balancer has none.
    assert httpx.get(f"{hub.url}/v1/station").status_code == 401


@pytest.fixture
def pg_url():
    base = require_url()
    with fresh_database(base) as url:
        yield url


def test_two_hub_processes_on_postgres_agree_and_a_dropped_database_is_not_ready(tmp_path, pg_url):
    tokens = issue_tokens(pg_url, "B1", "B2")
    hubs = [ProcessHub(pg_url).start(wait=False), ProcessHub(pg_url).start(wait=False)]
    try:
        for running in hubs:
            wait_healthy(running.url, process=running.process)
        bench = make_bench(tmp_path, "B1", hubs[0].url, tokens["B1"])
        made = work(bench, 2)
        sync = SyncEngine(bench.database, bench.policy, bench.paths, SyncConfig(hubs[0].url, tokens["B1"], "B1"))
        assert sync.run_once()["pushed"]["applied"] == made
        sync.close()
        bench.close()
        first, second = scrape(hubs[0].url), scrape(hubs[1].url)
        # Counted by the process that applied them: summed across processes, they are the site's.
        applied = [sum(by_type(s, "inspector_hub_records_applied_total", "B1").values()) for s in (first, second)]
        assert applied == [made, 0]
        # Read from the database: the same whichever process is asked (seconds apart, so within a few).
        ages = [{dict(labels)["station"]: value
                 for labels, value in s["inspector_hub_station_last_heard_age_seconds"].items()}
                for s in (first, second)]
        assert set(ages[0]) == set(ages[1]) == {"B1", "B2"}
        assert all(abs(ages[0][name] - ages[1][name]) < 5 for name in ages[0]) and ages[0]["B1"] < 60

        # Dropped under the running hubs, their sessions ended: as a database server lost or a wrong restore.
        admin = create_engine(require_url(), isolation_level="AUTOCOMMIT")
        name = make_url(pg_url).database
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        finally:
            admin.dispose()
        for running in hubs:
            gone = _readyz_when_failing(running.url)
            assert gone.status_code == 503
            assert gone.json() == {"status": "unavailable",
                                   "reason": "database unreachable: the hub database did not answer"}
            assert httpx.get(f"{running.url}/healthz").status_code == 200
            assert scrape(running.url)["inspector_hub_database_up"][()] == 0.0
    finally:
        for running in hubs:
            running.stop()


def _readyz_when_failing(url: str, timeout: float = 20.0) -> httpx.Response:
    deadline = time.monotonic() + timeout
    while True:
        answer = httpx.get(f"{url}/readyz", timeout=10)
        if answer.status_code != 200 or time.monotonic() > deadline:
            return answer
        time.sleep(0.1)
