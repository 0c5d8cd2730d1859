"""The hub on PostgreSQL: several hub processes over one database, nothing doubled or lost.

Needs a PostgreSQL (`bash .ci/postgres-setup.sh`, or $INSPECTOR_TEST_PG_URL): skipped without one, failed on CI.
"""
from __future__ import annotations

import shutil
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import update

from inspector.paths import Paths
from inspector.storage.database import Database
from inspector.storage.orm import OutboxRow
from inspector.sync.client import HubClient
from inspector.sync.engine import SyncConfig, SyncEngine
from inspector.sync import outbox
from tests.integration.faults.checks import assert_hub_matches_bench, hub_records
from tests.integration.faults.hubs import ProcessHub, ThreadHub, issue_tokens, wait_healthy
from tests.integration.faults.postgres import fresh_database, require_url
from tests.integration.faults.workload import Bench, bulk_records, make_bench, work


@pytest.fixture
def pg_url():
    base = require_url()
    with fresh_database(base) as url:
        yield url


def _resend_everything(bench: Bench) -> None:
    with bench.database.engine.begin() as conn:
        conn.execute(update(OutboxRow.__table__).values(status="pending"))


def test_push_pull_and_resend_on_postgres(tmp_path, pg_url):
    token = issue_tokens(pg_url, "B1")["B1"]
    with ThreadHub(pg_url) as hub:
        bench = make_bench(tmp_path, "B1", hub.url, token)
        made = work(bench, 20)
        engine = SyncEngine(bench.database, bench.policy, bench.paths,
                            SyncConfig(hub.url, token, "B1", batch_size=9))
        assert engine.run_once()["pushed"]["applied"] == made
        _resend_everything(bench)               # as after a crash between send and acknowledge
        again = engine.run_once()
        # Every record once or more: a parcel done with units of its return missing gave its item a later version.
        assert again["pushed"]["applied"] == 0 and again["pushed"]["duplicate"] >= made
        engine.close()
    assert assert_hub_matches_bench(pg_url, bench.database, "B1") == made
    bench.close()


def test_two_hub_processes_given_the_same_records_apply_each_once(tmp_path, pg_url):
    token = issue_tokens(pg_url, "B1")["B1"]
    bench = make_bench(tmp_path, "B1")
    made = bulk_records(bench.database, "B1", 400)
    with bench.database.engine.connect() as conn:
        records = outbox.prepare_push(conn, 10_000).records
    hubs = [ProcessHub(pg_url).start(wait=False), ProcessHub(pg_url).start(wait=False)]
    try:
        for hub in hubs:
            wait_healthy(hub.url, process=hub.process)
        clients = [HubClient(hub.url, token) for hub in hubs]
        outcomes: dict[tuple[str, str], list[str]] = {}
        batches = [records[i:i + 50] for i in range(0, len(records), 50)]
        with ThreadPoolExecutor(4) as pool:
            # Every batch goes to both hub processes at the same moment, twice over.
            futures = [pool.submit(client.push, batch) for batch in batches for client in clients * 2]
            for future in futures:
                for ack in future.result():
                    outcomes.setdefault((ack.type, ack.id), []).append(ack.outcome)
        for client in clients:
            client.close()
    finally:
        for hub in hubs:
            hub.stop()
    assert len(outcomes) == made
    assert all(sorted(o) == ["applied", "duplicate", "duplicate", "duplicate"] for o in outcomes.values())
    assert len(hub_records(pg_url, "B1")) == made


BENCHES, ITEMS_EACH = 20, 100


def test_scale_twenty_benches_against_two_hub_processes(tmp_path, pg_url):
    """20 benches push at once through 2 hub processes on one PostgreSQL; half of them switch hub mid-way and
    a quarter resend everything (a lost acknowledgement) to the other process."""
    names = [f"BENCH-{n:02d}" for n in range(BENCHES)]
    tokens = issue_tokens(pg_url, *names)
    hubs = [ProcessHub(pg_url).start(wait=False), ProcessHub(pg_url).start(wait=False)]
    template = make_bench(tmp_path / "template", "TEMPLATE")
    template.close()
    benches: list[Bench] = []
    for name in names:       # copies of one migrated, seeded file: 20 migrations would cost seconds
        paths = Paths(tmp_path / name).ensure()
        shutil.copy(template.paths.database, paths.database)
        database = Database.open_sqlite(paths.database)
        bench = Bench(name, paths, database, template.policy, template.operator_id)
        bulk_records(database, name, ITEMS_EACH)
        benches.append(bench)
    started = time.monotonic()
    errors: list[BaseException] = []
    try:
        for hub in hubs:
            wait_healthy(hub.url, process=hub.process)

        def run_bench(n: int, bench: Bench) -> dict:
            first, other = hubs[n % 2], hubs[(n + 1) % 2]
            engine = SyncEngine(bench.database, bench.policy, bench.paths,
                                SyncConfig(first.url, tokens[bench.station], bench.station, batch_size=40))
            totals = {"applied": 0, "duplicate": 0}
            try:
                report = engine.run_once(pull=False, max_batches=2 if n % 2 else None)
                for key in totals:
                    totals[key] += report["pushed"][key]
                if n % 4 == 0:
                    _resend_everything(bench)
                engine.close()
                engine = SyncEngine(bench.database, bench.policy, bench.paths,
                                    SyncConfig(other.url, tokens[bench.station], bench.station, batch_size=40))
                report = engine.run_once(pull=False)
                assert report["ok"], report
                for key in totals:
                    totals[key] += report["pushed"][key]
                return totals
            finally:
                engine.close()

        with ThreadPoolExecutor(BENCHES) as pool:
            futures = [pool.submit(run_bench, n, bench) for n, bench in enumerate(benches)]
            results = []
            for future in futures:
                try:
                    results.append(future.result())
                except BaseException as exc:  # noqa: BLE001 - collected, reported below
                    errors.append(exc)
        elapsed = time.monotonic() - started
    finally:
        for hub in hubs:
            hub.stop()
    assert not errors, errors[:3]
    expected = ITEMS_EACH + ITEMS_EACH // 2
    for bench in benches:
        assert assert_hub_matches_bench(pg_url, bench.database, bench.station) == expected
        bench.close()
    applied = sum(r["applied"] for r in results)
    duplicates = sum(r["duplicate"] for r in results)
    assert applied == BENCHES * expected and duplicates >= (BENCHES // 4) * expected
    print(f"\n[scale] {BENCHES} benches x {expected} records via 2 hub processes on PostgreSQL: {applied} applied, "
          f"{duplicates} duplicates answered, {elapsed:.1f} s")
