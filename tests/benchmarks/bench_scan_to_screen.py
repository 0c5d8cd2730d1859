"""Scan to screen updated, with 1,000,000 past inspections in the database.

Ours: the real window; the scan goes through the scanner path (database lane, bench session, use cases) and the
time stops when the window has rendered the outcome and painted it. Floor, measured beside it: a raw sqlite3 indexed
lookup of the same return (and line) plus the same window rendering the same state and painting it.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_data import data_dir_with_history, scan_pairs
from tests.benchmarks.figures import percentile, report, summary

HISTORY = int(os.environ.get("BENCH_HISTORY_ITEMS", "1000000"))
CYCLES = int(os.environ.get("BENCH_SCAN_CYCLES", "200"))


def _raw_parcel(conn: sqlite3.Connection, tracking: str) -> None:
    row = conn.execute("SELECT r.id, r.rma_number, r.order_number, r.customer_reason, r.delivered_on, r.status "
                       "FROM return_tracking t JOIN returns r ON r.id = t.return_id WHERE t.tracking_number = ?",
                       (tracking,)).fetchone()
    conn.execute("SELECT line_no, sku, gtin, description, quantity, unit_price, currency FROM return_lines "
                 "WHERE return_id = ?", (row[0],)).fetchall()


def _raw_item(conn: sqlite3.Connection, tracking: str, gtin: str) -> None:
    conn.execute("SELECT l.id, l.description, l.unit_price, l.currency FROM return_tracking t "
                 "JOIN return_lines l ON l.return_id = t.return_id WHERE t.tracking_number = ? AND l.gtin = ?",
                 (tracking, gtin)).fetchone()


def measure_scans(driver, pairs) -> tuple[dict[str, list[float]], list[tuple]]:
    """Parcel and item scans through the window, each timed to the painted screen; the states shown, for the floor."""
    ours: dict[str, list[float]] = {"parcel": [], "item": []}
    shown = []
    for tracking, gtin in pairs:
        for kind, text in (("parcel", tracking), ("item", gtin)):
            ms, state = driver.scan(text)
            ours[kind].append(ms)
            shown.append((kind, tracking, gtin, state))
        driver.scan("CMD:CANCEL")
        driver.scan("CMD:PARCEL-DONE")
    return ours, shown


def measure_floor(driver, db: Path, shown) -> dict[str, list[float]]:
    floor: dict[str, list[float]] = {"parcel": [], "item": []}
    conn = sqlite3.connect(db)
    try:
        for kind, tracking, gtin, state in shown:
            t0 = time.perf_counter()
            if kind == "parcel":
                _raw_parcel(conn, tracking)
            else:
                _raw_item(conn, tracking, gtin)
            driver.show(state)
            floor[kind].append((time.perf_counter() - t0) * 1000)
    finally:
        conn.close()
    return floor


def report_scans(title: str, ours: dict[str, list[float]], floor: dict[str, list[float]]) -> bool:
    for kind in ("parcel", "item"):
        print(f"      {kind} scan, ours : {summary(ours[kind])}")
        print(f"      {kind} scan, floor: {summary(floor[kind])}")
    return report(title, percentile(ours["parcel"] + ours["item"], 99),
                  percentile(floor["parcel"] + floor["item"], 99), 3.0, absolute_limit=16.0)


def signed_in_driver(data: Path, station: str = "bench-bench"):
    from tests.benchmarks.window_driver import WindowDriver
    driver = WindowDriver(data, station)
    driver.scan("OP-1001")
    driver.pin("1234")
    return driver


def run() -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        data = data_dir_with_history(HISTORY, Path(tmp))
        pairs = scan_pairs(data / "bench.sqlite3", CYCLES)
        driver = signed_in_driver(data)
        ours, shown = measure_scans(driver, pairs)
        floor = measure_floor(driver, data / "bench.sqlite3", shown)
        driver.close()
    print(f"      history: {HISTORY:,} completed inspections")
    return report_scans("scan to screen, p99 (parcel and item scans)", ours, floor)


if __name__ == "__main__":
    run()
