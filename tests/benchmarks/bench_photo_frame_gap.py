"""A photo at the bench must not stall the window: the longest GUI-thread gap from F9 until the thumbnail is painted
and the photo's row is committed, against the longest gap over as long a time with the camera running and no shot.

The real window, signed in, an item in hand, `FileCamera` playing a 1280×720 and then a 1920×1080 video into the
capture session with the preview showing. A 1 ms `PreciseTimer` heartbeat on the GUI thread stamps the gaps. Each
shot is `client.request_photo()` (what F9 does); after it, the newest photo is removed again (Shift+F9) so every shot
meets the same strip, then the floor window is measured.
"""
from __future__ import annotations

import os
import tempfile
import time
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.benchmarks.event_spin import spin_for, spin_until
from tests.benchmarks.figures import percentile, report, summary

SHOTS = int(os.environ.get("BENCH_PHOTO_SHOTS", "30"))
SIZES = ((1280, 720), (1920, 1080))


class Heartbeat:
    def __init__(self) -> None:
        self.beats: list[float] = []
        self.timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=1)
        self.timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))
        self.timer.start()

    def where(self, start: float, end: float) -> float:
        inside = [b for b in self.beats if start <= b <= end]
        pairs = list(pairwise(inside))
        return (max(pairs, key=lambda p: p[1] - p[0])[0] - start) * 1000 if pairs else 0.0

    def longest_gap(self, start: float, end: float) -> float:
        inside = [b for b in self.beats if start <= b <= end]
        if len(inside) < 2:
            return (end - start) * 1000
        return max(b - a for a, b in pairwise(inside)) * 1000


def _photos(driver) -> int:
    item = driver.client.state.item
    return len(item.photos) if item is not None else 0


def measure(video: Path, data: Path, preview: bool = True) -> dict[str, list[float]]:
    from inspector.paths import Paths
    from inspector.photos.camera_settings import CameraSettings
    from tests.benchmarks.bench_data import scan_pairs
    from tests.benchmarks.bench_scan_to_screen import signed_in_driver
    from ui.bench.photo_actions import attach_photos

    driver = signed_in_driver(data)
    photos = attach_photos(driver.window, Paths(data), camera=CameraSettings(f"file:{video}"))
    figures: dict[str, list[float]] = {"gap": [], "floor": [], "thumb": [], "committed": []}
    try:
        tracking, gtin = scan_pairs(data / "bench.sqlite3", 1)[0]
        driver.scan(tracking)
        driver.scan(gtin)
        shown = driver.window.item_panel.camera_preview
        if not preview:      # the bench would show it with an item in hand: kept hidden to see what it costs
            photos._show_preview = lambda _state: shown.setVisible(False)
            shown.setVisible(False)
            assert spin_until(lambda: photos.desk.source is not None and photos.desk.source.active), "no camera"
        else:
            assert spin_until(shown.isVisible), "the camera preview never showed"
        spin_for(1.0)                       # the player is decoding, the preview painting
        stamps: dict[str, float] = {}

        def thumb_shown(_sha: str, _thumb: bytes) -> None:    # after the strip's own slot
            QApplication.processEvents()     # its layout and paint, as the event loop would do next
            stamps["thumb"] = time.perf_counter()

        def state_shown(state) -> None:                       # after the window's render
            if state.item is not None and len(state.item.photos) > stamps.get("count", 0):
                QApplication.processEvents()
                stamps["committed"] = time.perf_counter()

        photos.desk.thumbnail_ready.connect(thumb_shown)
        driver.client.state_changed.connect(state_shown)
        beat = Heartbeat()
        for _ in range(SHOTS):
            stamps.clear()
            stamps["count"] = _photos(driver)
            spin_for(0.05)
            t0 = time.perf_counter()
            driver.client.request_photo()
            assert spin_until(lambda: "thumb" in stamps and "committed" in stamps), "the photo never arrived"
            end = max(stamps["thumb"], stamps["committed"])
            figures["gap"].append(beat.longest_gap(t0, end))
            figures["thumb"].append((stamps["thumb"] - t0) * 1000)
            figures["committed"].append((stamps["committed"] - t0) * 1000)
            if os.environ.get("BENCH_PHOTO_DEBUG"):
                print(f"      gap {figures['gap'][-1]:.1f} ms at +{beat.where(t0, end):.1f} ms; thumb "
                      f"{figures['thumb'][-1]:.1f} committed {figures['committed'][-1]:.1f}")
            driver.client.remove_last_photo()
            assert spin_until(lambda: driver.client.in_flight == 0 and _photos(driver) == stamps["count"])
            spin_for(0.05)
            f0 = time.perf_counter()
            spin_for(end - t0)
            figures["floor"].append(beat.longest_gap(f0, time.perf_counter()))
        beat.timer.stop()
    finally:
        driver.close()
    return figures


def run() -> bool:
    from PySide6.QtGui import QGuiApplication

    from inspector.demo import load_demo_data
    from inspector.paths import Paths
    from tests.photo_video import make_video

    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for width, height in SIZES:
            video = make_video(Path(tmp) / f"camera-{height}p.mkv", width, height)
            for preview in (True, False):
                variant = f"{height}p, preview {'showing' if preview else 'hidden'}"
                data = Path(tmp) / f"data-{height}p-{int(preview)}"
                load_demo_data(Paths(data).ensure())
                figures = measure(video, data, preview)
                print(f"      platform {QGuiApplication.platformName()}")
                print(f"      {variant}, F9 → thumbnail painted: {summary(figures['thumb'])}")
                print(f"      {variant}, F9 → row committed   : {summary(figures['committed'])}")
                print(f"      {variant}, longest gap per shot : {summary(figures['gap'])}; "
                      f"max {max(figures['gap']):.1f} ms")
                print(f"      {variant}, floor gap per window : {summary(figures['floor'])}; "
                      f"max {max(figures['floor']):.1f} ms")
                ok &= report(f"photo frame gap at {variant}, median of the longest gap per shot",
                             percentile(figures["gap"], 50), percentile(figures["floor"], 50), 3.0,
                             absolute_limit=16.0)
    return ok


if __name__ == "__main__":
    run()
