"""`inspector hub report` for a 20,000-item site day, on SQLite and on PostgreSQL, against the bench's own report of
the same day.

The hub loads the day's records from its database into a temporary bench database (the bench's migrations, the
desk's `store_copies`) and runs the bench's unchanged report code on it (`inspector.hub.site_report`). The floor is
that same report code run by the bench on its own database, which holds the same rows: the ratio is the price of
the loading. Each build runs in a fresh process, so its peak memory (VmHWM) is its own.

    python -m tests.benchmarks.bench_hub_report            # SQLite, and PostgreSQL when one is configured
"""
from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.figures import report

NOW = dt.datetime(2026, 11, 20, 23, 0, tzinfo=dt.timezone.utc)
ITEMS = 20_000
STATION = "B1"
ALLOWED = 3.0        # the issue asks for a figure, not a target: this only flags a loading gone wrong
REPEATS = 2


def _make_day(root: Path) -> Path:
    """A bench's day of ITEMS items (the demo's history), every record still to be sent."""
    from inspector.demo import load_demo_data
    from inspector.demo.history import HistoryOptions, generate_history
    from inspector.paths import Paths
    from inspector.settings import site_policy
    from inspector.storage.database import Database
    paths = Paths(root / "bench").ensure()
    load_demo_data(paths)
    database = Database.open_sqlite(paths.database)
    try:
        generate_history(database, site_policy(paths), HistoryOptions(
            parcels=round(ITEMS / 1.894), days=1, seed=5, outbox_status="pending", station=STATION), NOW)
        with database.engine.connect() as conn:
            made = conn.exec_driver_sql("SELECT count(*) FROM item_inspections WHERE status = 'completed'").scalar()
    finally:
        database.dispose()
    print(f"   generated a day of {made:,} items", flush=True)
    return paths.database


def _fill_hub(database_path: Path, hub_url: str) -> int:
    """Every record of the bench applied by the hub's own ingest (in process: HTTP is not what is measured)."""
    from inspector.hub import ingest
    from inspector.hub.stations import add_station
    from inspector.hub.storage import ensure_schema, make_hub_engine
    from inspector.storage.database import Database
    from inspector.sync import outbox
    engine = make_hub_engine(hub_url)
    database = Database.open_sqlite(database_path)
    applied = after = 0
    try:
        ensure_schema(engine)
        add_station(engine, STATION)
        while True:
            with database.engine.connect() as conn:
                batch = outbox.prepare_push(conn, 5000, after)
            if batch.empty:
                break
            after = batch.last_id
            outcomes = ingest.apply_batch(engine, STATION, ingest.read_envelopes(batch.records))
            applied += sum(o.outcome == ingest.APPLIED for o in outcomes)
    finally:
        database.dispose()
        engine.dispose()
    return applied


def _bench(database_path: str, output: str, repeats: int) -> dict:
    """The floor: the bench's own report of the day, from its own database."""
    from inspector.labels.fonts import preload
    from inspector.reports.day_pdf import build_day_report
    from inspector.storage.database import Database
    preload()
    database = Database.open_sqlite(Path(database_path))
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        result = build_day_report(database, NOW.date(), Path(output), generated_at=NOW)
        times.append(time.perf_counter() - started)
    database.dispose()
    return {"seconds": statistics.median(times), "items": result.items, "pages": result.pages}


def _hub(hub_url: str, output: str, repeats: int) -> dict:
    """`inspector hub report --date D -o FILE` as the command runs it."""
    from inspector.hub.closing import write_day_report
    from inspector.hub.storage import make_hub_engine
    from inspector.labels.fonts import preload
    preload()
    engine = make_hub_engine(hub_url)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        done = write_day_report(engine, NOW.date(), Path(output), clock=lambda: NOW)
        times.append(time.perf_counter() - started)
    engine.dispose()
    assert done.result is not None
    return {"seconds": statistics.median(times), "items": done.result.items, "pages": done.result.pages}


def _in_child(kind: str, source: str, output: Path) -> dict:
    code = (f"import json; from tests.benchmarks.bench_hub_report import _{kind} as f; "
            f"from tests.benchmarks.bench_report import peak_rss_mb; "
            f"r = f({source!r}, {str(output)!r}, {REPEATS}); r['max_rss_mb'] = peak_rss_mb(); print(json.dumps(r))")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2])
    return json.loads(done.stdout.strip().splitlines()[-1])


def _policy_in_utc(hub_url: str) -> None:
    """The demo's day is a UTC day: the hub's policy says so, as the site's would."""
    from inspector.hub import feed
    from inspector.hub.storage import make_hub_engine
    from inspector.paths import resource
    data = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    data["time_zone"] = "UTC"
    engine = make_hub_engine(hub_url)
    try:
        feed.store_policy(engine, data)
    finally:
        engine.dispose()


def run() -> bool:
    from tests.integration.faults.postgres import configured_url, fresh_database
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        database = _make_day(root)
        # The bench's own report reads its zone from its policy: the demo's, this computer's zone; pinned to UTC
        # for both sides, as the day was generated in UTC.
        from tests.conftest import pin_site_zone
        from inspector.paths import Paths
        pin_site_zone(Paths(database.parent), "UTC")
        floor = _in_child("bench", str(database), root / "bench.pdf")
        hubs = [("SQLite", f"sqlite:///{root}/hub.sqlite3", None)]
        pg = configured_url()
        if pg:
            hubs.append(("PostgreSQL", None, pg))
        else:
            print("   (no PostgreSQL configured: INSPECTOR_TEST_PG_URL or .ci/postgres.env; SQLite only)")
        for name, url, pg_base in hubs:
            if pg_base is not None:
                with fresh_database(pg_base) as pg_url:
                    ok &= _one(name, pg_url, database, root, floor)
            else:
                ok &= _one(name, url, database, root, floor)
    return ok


def _one(name: str, hub_url: str, database: Path, root: Path, floor: dict) -> bool:
    started = time.perf_counter()
    applied = _fill_hub(database, hub_url)
    _policy_in_utc(hub_url)
    print(f"   {name} hub: {applied:,} record versions applied in {time.perf_counter() - started:.0f} s", flush=True)
    ours = _in_child("hub", hub_url, root / f"hub-{name}.pdf")
    if ours["items"] != floor["items"]:
        print(f"MISS  hub report on {name}: {ours['items']:,} items, the bench's own {floor['items']:,}")
        return False
    print(f"   {ITEMS:,}-item day on {name}: hub {ours['pages']} pages, peak RSS {ours['max_rss_mb']:.0f} MB; "
          f"bench's own {floor['pages']} pages, peak RSS {floor['max_rss_mb']:.0f} MB", flush=True)
    return report(f"inspector hub report on {name}, {ITEMS:,}-item day", ours["seconds"] * 1000,
                  floor["seconds"] * 1000, ALLOWED)


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
