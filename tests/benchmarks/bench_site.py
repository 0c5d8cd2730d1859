"""A site: 20 stations x 1,000 items a day x 35 days pushed to one hub, and a fresh supervisor desk pulling it all.

Figures, each against a floor measured in the same run (issue 17):
- the desk's pull rate (records/s, the site feed into its copies) against the push rate of the same records (the
  twenty benches' outboxes to the same hub): at least half;
- scan to screen p99 at a desk whose window pulls the site while the operator scans, against the same bench's floor
  (bench_scan_to_screen): within 3x;
- the desk's review queue for one site day of 20,000 items against a bare SQL query of the same rows: within 2x;
- the site's end-of-day PDF of that day against the bare ReportLab build of the same rows (bench_report): within 1.5x.
Sizes: BENCH_SITE_STATIONS, BENCH_SITE_ITEMS (per station and day), BENCH_SITE_DAYS.
    python -m tests.benchmarks bench_site
"""
from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

from tests.benchmarks.figures import report

STATIONS = int(os.environ.get("BENCH_SITE_STATIONS", "20"))
ITEMS = int(os.environ.get("BENCH_SITE_ITEMS", "1000"))
DAYS = int(os.environ.get("BENCH_SITE_DAYS", "35"))
DESK = "DESK-1"


def _names() -> list[str]:
    return [f"S{n:02d}" for n in range(1, STATIONS + 1)]


def _site_day(now: dt.datetime) -> dt.datetime:
    """The newest full day of the site's records: yesterday at 09:30 UTC (the window counts back from now)."""
    return (now - dt.timedelta(days=1)).replace(hour=9, minute=30, second=0, microsecond=0)


def _push_site(root: Path, hub_url: str, tokens: dict[str, str], last_day: dt.datetime) -> tuple[int, float]:
    """Every station's records pushed by its own bench, as `inspector sync` pushes: records and seconds spent
    pushing (the benches' making of their records is not timed)."""
    from inspector.settings import load_settings
    from inspector.sync.engine import SyncConfig, SyncEngine
    from tests.integration.faults.workload import bulk_records, make_bench
    records, seconds = 0, 0.0
    for name in _names():
        bench = make_bench(root / "benches", name, hub_url, tokens[name])
        try:
            made = bulk_records(bench.database, name, ITEMS * DAYS, last_day=last_day, per_day=ITEMS)
            engine = SyncEngine(bench.database, bench.policy, bench.paths, SyncConfig.from_settings(
                load_settings(bench.paths)))
            engine.check_station()
            started = time.perf_counter()
            result = engine.run_once(pull=False)
            seconds += time.perf_counter() - started
            engine.close()
            assert result["ok"] and result["pushed"]["applied"] == made, result
            records += made
        finally:
            bench.close()
    return records, seconds


def _pull_desk(root: Path, hub_url: str, token: str) -> tuple[int, float, Path]:
    """A fresh desk's pull of the whole site feed: records stored as copies, and seconds."""
    from inspector.settings import load_settings
    from inspector.sync.engine import PassReport, SyncConfig, SyncEngine
    from tests.integration.faults.workload import make_bench
    desk = make_bench(root / "desk", DESK, hub_url, token)
    try:
        engine = SyncEngine(desk.database, desk.policy, desk.paths, SyncConfig.from_settings(load_settings(desk.paths)))
        engine.check_station()
        report_ = PassReport()
        started = time.perf_counter()
        engine.pull_site(report_)
        seconds = time.perf_counter() - started
        engine.close()
        site = report_.site["site"]
        assert site["desk"] and not site["set_aside"], site
        return site["stored"], seconds, desk.paths.database
    finally:
        desk.close()


def _review_queue(database_path: Path, day: dt.date) -> tuple[float, float, int]:
    """The desk's review queue for one site day (the use case, as the window opens it) against a bare SQL query of
    the same rows with the same joins; medians of 3."""
    from sqlalchemy import select

    from inspector.domain.operators import Role
    from inspector.domain.policy import load_policy
    from inspector.paths import resource
    from inspector.storage.database import Database
    from inspector.storage.orm import OperatorRow
    from inspector.usecases.operators import CreateOperator, create_operator
    from inspector.usecases.review import ReviewQuery, review_queue
    from inspector.usecases.unit_of_work import UnitOfWork
    database = Database.open_sqlite(database_path)
    policy = load_policy(resource("policy.json"))
    try:
        with database.engine.connect() as conn:
            supervisor = conn.scalar(select(OperatorRow.id).where(OperatorRow.badge == "SUP-9001"))
        supervisor = supervisor or create_operator(CreateOperator("SUP-9001", "Supervisor", Role.SUPERVISOR, "9999",
                                                                  dt.datetime.now(dt.timezone.utc)),
                                                   UnitOfWork(database, policy))
        start, end = (policy.zone.range_bounds(day, day))
        bounds = tuple(t.astimezone(dt.timezone.utc).isoformat(timespec="microseconds") for t in (start, end))
        ours, bare, rows = [], [], 0
        for _ in range(3):
            began = time.perf_counter()
            rows = len(review_queue(ReviewQuery(day, day), supervisor, UnitOfWork(database, policy)))
            ours.append(time.perf_counter() - began)
            began = time.perf_counter()
            with database.engine.connect() as conn:
                found = conn.exec_driver_sql(_BARE_QUEUE, bounds).fetchall()
                conn.exec_driver_sql(_BARE_FINDINGS, bounds).fetchall()
            bare.append(time.perf_counter() - began)
        assert len(found) == rows, (len(found), rows)
        return statistics.median(ours), statistics.median(bare), rows
    finally:
        database.dispose()


# The same rows the review queue shows: completed items of the day with exception flags, their inspector, their
# return, their findings and the decisions on them.
_BARE_QUEUE = """
SELECT i.*, o.name, r.rma_number, r.customer_reason,
       (SELECT group_concat(a.action) FROM inspection_audit AS a WHERE a.inspection_id = i.id) AS actions
FROM item_inspections AS i JOIN operators AS o ON o.id = i.operator_id
JOIN parcel_receipts AS p ON p.id = i.parcel_id LEFT JOIN returns AS r ON r.id = p.return_id
WHERE i.status = 'completed' AND i.completed_at >= ? AND i.completed_at < ? AND i.flags != '[]'
ORDER BY i.completed_at, i.id
"""
_BARE_FINDINGS = """
SELECT f.* FROM damage_findings AS f JOIN item_inspections AS i ON i.id = f.inspection_id
WHERE i.status = 'completed' AND i.completed_at >= ? AND i.completed_at < ?
"""


def _scan_while_pulling(hub_url: str, token: str, tmp: Path) -> bool:
    """A desk window scanning while its own sync pulls the whole site feed (the desk is the generated bench of
    bench_scan_to_screen, given the site-view right)."""
    import dataclasses

    from inspector.paths import Paths
    from inspector.settings import load_settings, save_settings
    from tests.benchmarks.bench_data import data_dir_with_history, scan_pairs
    from tests.benchmarks.bench_scan_to_screen import (CYCLES, HISTORY, measure_floor, measure_scans, report_scans,
                                                       signed_in_driver)
    from ui.sync.sync_status import attach_to_window
    data = data_dir_with_history(HISTORY, tmp)
    db = data / "bench.sqlite3"
    paths = Paths(data)
    save_settings(paths, dataclasses.replace(load_settings(paths), station="BENCH-01", hub_url=hub_url,
                                             hub_token=token))
    pairs = scan_pairs(db, CYCLES)
    driver = signed_in_driver(data, "BENCH-01")
    sync = attach_to_window(driver.window, driver.runner, paths, interval_s=1.0, start=True)
    ours, shown = measure_scans(driver, pairs)
    sync.stop()
    floor = measure_floor(driver, db, shown)
    driver.close()
    import sqlite3
    with sqlite3.connect(db) as conn:
        copies = conn.execute("SELECT count(*) FROM item_inspections WHERE origin = 'site'").fetchone()[0]
    print(f"      the desk had stored {copies:,} item copies by the end of the scanning", flush=True)
    return report_scans("scan to screen at a desk while it pulls the site, p99", ours, floor) and copies > 0


def run() -> bool:
    from inspector.hub.stations import add_station
    from inspector.hub.storage import opened
    from tests.benchmarks.bench_report import ALLOWED, _in_child
    from tests.integration.faults.hubs import ProcessHub
    ok = True
    now = dt.datetime.now(dt.timezone.utc)
    last_day = _site_day(now)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        hub_url = f"sqlite:///{root}/hub.sqlite3"
        with opened(hub_url) as engine:
            tokens = {name: add_station(engine, name) for name in _names()}
            desk_token = add_station(engine, DESK, site_view=True)
            window_desk_token = add_station(engine, "BENCH-01", site_view=True)
        with ProcessHub(hub_url) as hub:
            pushed, push_s = _push_site(root, hub.url, tokens, last_day)
            push_rate = pushed / push_s
            print(f"   pushed {pushed:,} records from {STATIONS} stations in {push_s:.1f} s "
                  f"({push_rate:,.0f} records/s)", flush=True)
            pulled, pull_s, desk_db = _pull_desk(root, hub.url, desk_token)
            pull_rate = pulled / pull_s
            ok &= pull_rate >= 0.5 * push_rate
            print(f"{'PASS' if pull_rate >= 0.5 * push_rate else 'MISS'}  a fresh desk pulls the site "
                  f"({STATIONS} stations x {ITEMS:,} items x {DAYS} days): {pulled:,} records in {pull_s:.1f} s = "
                  f"{pull_rate:,.0f} records/s vs pushing the same {push_rate:,.0f} records/s = "
                  f"{pull_rate / push_rate:.2f}x (target >= 0.5x)", flush=True)
            ok &= _scan_while_pulling(hub.url, window_desk_token, root / "window-desk")
        day = last_day.date()
        ours, bare, rows = _review_queue(desk_db, day)
        ok &= report(f"desk review queue, a site day of {rows:,} items", ours * 1000, bare * 1000, 2.0)
        ours_pdf = _in_child("ours", desk_db, root / "site-ours.pdf", 1, day)
        bare_pdf = _in_child("bare", desk_db, root / "site-bare.pdf", 1, day)
        print(f"   site day PDF: ours {ours_pdf['pages']} pages ({ours_pdf['rows']:,} exception rows); bare "
              f"{bare_pdf['pages']} pages", flush=True)
        ok &= report(f"site end-of-day PDF, {rows:,}-item day", ours_pdf["seconds"] * 1000,
                     bare_pdf["seconds"] * 1000, ALLOWED)
    return ok


if __name__ == "__main__":
    import sys
    sys.exit(0 if run() else 1)
