"""Scan to screen while a large backlog syncs: the same measure as bench_scan_to_screen, with the window's own sync
worker pushing tens of thousands of outbox records to a real hub process on loopback at the same time."""
from __future__ import annotations

import dataclasses
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_data import data_dir_with_history, scan_pairs
from tests.benchmarks.bench_scan_to_screen import (CYCLES, HISTORY, measure_floor, measure_scans, report_scans,
                                                   signed_in_driver)

BACKLOG = int(os.environ.get("BENCH_SYNC_BACKLOG", "40000"))
STATION = "BENCH-01"   # one of the generated history's stations, so the hub accepts its records as this bench's


def _make_backlog(db: Path, rows: int) -> int:
    """The newest outbox rows of this station's records, back to pending: a bench that was offline for a while."""
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE outbox SET status = 'pending' WHERE id IN (SELECT o.id FROM outbox o "
            "LEFT JOIN item_inspections i ON i.id = o.record_id LEFT JOIN parcel_receipts p ON p.id = o.record_id "
            "WHERE coalesce(i.station, p.station) = ? ORDER BY o.id DESC LIMIT ?)", (STATION, rows))
        return _pending(conn)


def _pending(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]


def _sent(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM outbox WHERE status = 'sent'").fetchone()[0]


def run() -> bool:
    from inspector.paths import Paths
    from inspector.settings import load_settings, save_settings
    from tests.integration.faults.hubs import ProcessHub, issue_tokens
    from ui.sync.sync_status import attach_to_window

    with tempfile.TemporaryDirectory() as tmp:
        data = data_dir_with_history(HISTORY, Path(tmp))
        db = data / "bench.sqlite3"
        before = _make_backlog(db, BACKLOG)
        with sqlite3.connect(db) as conn:
            sent_before = _sent(conn)
        hub_url = f"sqlite:///{tmp}/hub.sqlite3"
        token = issue_tokens(hub_url, STATION)[STATION]
        with ProcessHub(hub_url) as hub:
            paths = Paths(data)
            save_settings(paths, dataclasses.replace(load_settings(paths), station=STATION, hub_url=hub.url,
                                                     hub_token=token))
            pairs = scan_pairs(db, CYCLES)
            driver = signed_in_driver(data, STATION)
            sync = attach_to_window(driver.window, driver.runner, paths, interval_s=1.0, start=True)
            started = time.monotonic()
            ours, shown = measure_scans(driver, pairs)
            scanning_s = time.monotonic() - started
            with sqlite3.connect(db) as conn:
                pushed = _sent(conn) - sent_before
            # The same worker once the operator stops: how fast the rest of the backlog goes up.
            idle_s, idle_pushed = _drain(driver, sync, db, seconds=5.0)
            sync.stop()
            with sqlite3.connect(db) as conn:
                after = _pending(conn)
            floor = measure_floor(driver, db, shown)
            driver.close()
    print(f"      backlog: {before:,} records pending at the start; {pushed:,} pushed during {scanning_s:.1f} s of "
          f"back-to-back scanning ({pushed / scanning_s:,.0f}/s: the worker yields to the operator), then "
          f"{idle_pushed:,} in {idle_s:.1f} s once the bench was idle ({idle_pushed / idle_s:,.0f}/s); "
          f"{after:,} left")
    return report_scans("scan to screen while the backlog syncs, p99", ours, floor) and pushed > 0


def _drain(driver, sync, db: Path, seconds: float) -> tuple[float, int]:
    from PySide6.QtCore import QEventLoop, QTimer
    with sqlite3.connect(db) as conn:
        sent_before = _sent(conn)
    started = time.monotonic()
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()
    with sqlite3.connect(db) as conn:
        return time.monotonic() - started, _sent(conn) - sent_before


if __name__ == "__main__":
    run()
