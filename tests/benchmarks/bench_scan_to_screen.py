"""Scan to screen updated, with 1,000,000 past inspections in the database.

Ours: the real window; the scan goes through the scanner path (database lane, bench session, use cases) and the
time stops when the window has rendered the outcome and painted it. Floor, measured beside it: a raw sqlite3 indexed
lookup of the same return (and line) plus the same window rendering the same state and painting it.

With photos (`BENCH_SCAN_PHOTOS=0` skips it): the same scans with `FileCamera` playing a 1280×720 video into the
capture session, once with a photo taken (F9) after each item scan, waited for until attached, then CMD:CANCEL, and
once with the camera running idle (no shot). Same floor and targets.
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
PHOTOS = os.environ.get("BENCH_SCAN_PHOTOS", "1") != "0"
PHOTO_WAIT_S = 20.0


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


def take_photo(driver, photos) -> None:
    """F9 with the item in hand, then wait until the bench has attached the photo (encoded, stored, recorded)."""
    def attached() -> bool:
        item = driver.client.state.item
        return item is not None and bool(item.photos) and not photos.desk.busy and driver.client.in_flight == 0
    driver.client.request_photo()
    from tests.benchmarks.event_spin import spin_until
    assert spin_until(attached, PHOTO_WAIT_S), "the photo was never attached"


def measure_scans(driver, pairs, after_item=None) -> tuple[dict[str, list[float]], list[tuple]]:
    """Parcel and item scans through the window, each timed to the painted screen; the states shown, for the floor.
    `after_item(driver)` runs, untimed, with the item in hand (the photo variant's F9)."""
    ours: dict[str, list[float]] = {"parcel": [], "item": []}
    shown = []
    for tracking, gtin in pairs:
        for kind, text in (("parcel", tracking), ("item", gtin)):
            ms, state = driver.scan(text)
            ours[kind].append(ms)
            shown.append((kind, tracking, gtin, state))
        if after_item is not None:
            after_item(driver)
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


def measure_with_camera(data: Path, pairs, video: Path, shots: bool) -> tuple[dict, dict]:
    """The scans with `FileCamera` running (it starts once an item is in hand and keeps running across the parcels);
    with `shots`, F9 after each item scan."""
    from inspector.paths import Paths
    from inspector.photos.camera_settings import CameraSettings
    from ui.bench.photo_actions import attach_photos
    from tests.benchmarks.event_spin import spin_until

    driver = signed_in_driver(data)
    photos = attach_photos(driver.window, Paths(data), camera=CameraSettings(f"file:{video}"))
    try:
        warm_tracking, warm_gtin = pairs[0]       # the camera starts and the player decodes before timing begins
        driver.scan(warm_tracking)
        driver.scan(warm_gtin)
        assert spin_until(lambda: photos.desk.source is not None and photos.desk.source.active), "no camera"
        driver.scan("CMD:CANCEL")
        driver.scan("CMD:PARCEL-DONE")
        ours, shown = measure_scans(driver, pairs[1:],
                                    after_item=(lambda d: take_photo(d, photos)) if shots else None)
        floor = measure_floor(driver, data / "bench.sqlite3", shown)
    finally:
        photos.close()
        driver.close()
    return ours, floor


def run() -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        data = data_dir_with_history(HISTORY, Path(tmp))
        pairs = scan_pairs(data / "bench.sqlite3", CYCLES)
        driver = signed_in_driver(data)
        ours, shown = measure_scans(driver, pairs)
        floor = measure_floor(driver, data / "bench.sqlite3", shown)
        driver.close()
        print(f"      history: {HISTORY:,} completed inspections")
        ok = report_scans("scan to screen, p99 (parcel and item scans)", ours, floor)
        if not PHOTOS:
            return ok
        from tests.photo_video import make_video
        video = make_video(Path(tmp) / "camera-720p.mkv", 1280, 720)
        idle = measure_with_camera(data, pairs, video, shots=False)
        ok &= report_scans("scan to screen with the camera running idle (720p, preview showing), p99", *idle)
        shot = measure_with_camera(data, pairs, video, shots=True)
        ok &= report_scans("scan to screen with a photo (F9) after each item scan (720p), p99", *shot)
    return ok


if __name__ == "__main__":
    run()
