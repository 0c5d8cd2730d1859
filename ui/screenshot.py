"""Captures the bench mid-inspection for the docs: `python -m ui.screenshot [--scene held] [-o docs/bench-inspecting.png]`.

Loads the shipped demo data into a throw-away data dir, signs in, opens a demo parcel, scans a unit, ticks damage,
notes it and grades it, all through the same bench client the window uses, then captures the screen. Under Xvfb
(`Xvfb :99 -screen 0 1366x768x24 & DISPLAY=:99 python -m ui.screenshot`) the whole X screen is taken with
ImageMagick's `import`, as a person would see it; elsewhere the window grabs itself.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inspector.paths import Paths
from ui.bench.bench_client import BenchClient
from ui.common.cue_player import CuePlayer
from ui.main_window import BenchWindow
from ui.common.style import apply_style
from ui.common.task_runner import TaskRunner
from ui.common.translations import install_translators

ROOT = Path(__file__).resolve().parent.parent
STATION = "BENCH-03"
# A demo return (resources/demo/demo_returns.json): an ultrabook shipped with a known serial.
SCRIPT = (
    ("scan", "OP-1001"), ("enter_pin", "1234"),
    ("scan", "9400110200882173065412"),                  # USPS tracking of RMA-100103
    ("scan", "]C10100885901003011" + "21UB14X7K2M9"),    # GS1-128: GTIN + serial
    ("toggle_finding", "scratches"), ("toggle_finding", "missing_packaging"),
    ("set_note", "Scuffed lid, left corner; sleeve missing"),
    ("grade_key", 3),
)
# A held item: headphones returned for store credit, far too light for what was shipped, and not the pair shipped.
HELD_SCRIPT = (
    ("scan", "OP-1001"), ("enter_pin", "1234"),
    ("scan", "1Z4E7W903618442102"),                      # UPS tracking of RMA-100101
    ("scan", "5941234001010"),                           # EAN-13 of HP-NC700
    ("typed_weight", 120),                               # 250 g expected
    ("toggle_finding", "scratches"), ("toggle_finding", "wrong_item_shipped"),
    ("grade_key", 3),
)
# Photos: the inspecting scene graded D, a photo taken by F9 from a video played as the camera (`--video`, else one
# made by tests.photo_video), so the strip and the live preview show.
PHOTO_SCRIPT = (*SCRIPT[:-1], ("grade_key", 4), ("request_photo", None))
# Photo needed: graded D with the camera running and no photo yet, so the strip says why one is needed.
NEEDED_SCRIPT = PHOTO_SCRIPT[:-1]
SCENES = {"inspecting": SCRIPT, "held": HELD_SCRIPT, "photo": PHOTO_SCRIPT, "photo-needed": NEEDED_SCRIPT}


def open_demo_bench(paths: Paths):
    """Runs on the database lane."""
    from inspector.bench import open_bench
    from inspector.demo import load_demo_data
    load_demo_data(paths)
    return open_bench(paths, STATION)


def capture(window: BenchWindow, output: Path, use_x: bool) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    if use_x:
        subprocess.run(["import", "-window", "root", str(output)], check=True)
    elif not window.grab().save(str(output)):
        raise SystemExit(f"could not write {output}")
    print(output)


def _attach_video_camera(window: BenchWindow, paths: Paths, video: str | None):
    from inspector.photos.camera_settings import CameraSettings
    from ui.bench.photo_actions import attach_photos
    if video is None:
        from tests.photo_video import make_video     # a development tool: the repository's checkout is here
        video = str(make_video(paths.data_dir / "camera.mkv"))
    return attach_photos(window, paths, camera=CameraSettings(f"file:{video}"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default=str(ROOT / "docs" / "bench-inspecting.png"))
    parser.add_argument("--lang", default="en_US")
    parser.add_argument("--scene", choices=sorted(SCENES), default="inspecting")
    parser.add_argument("--grab", action="store_true", help="let the window grab itself instead of `import`")
    parser.add_argument("--video", help="the video played as the camera in the photo scene")
    args = parser.parse_args(argv)
    use_x = not args.grab and bool(os.environ.get("DISPLAY")) and shutil.which("import") is not None \
        and os.environ.get("QT_QPA_PLATFORM", "xcb") == "xcb"

    app = QApplication.instance() or QApplication(sys.argv[:1])
    languages = install_translators(app, args.lang)
    apply_style(app)
    runner = TaskRunner()
    client = BenchClient(runner, STATION)
    window = BenchWindow(client, CuePlayer(muted=True), languages=languages)
    screen = app.primaryScreen().availableGeometry()
    window.setGeometry(screen)
    window.show()
    failures: list[str] = []

    with tempfile.TemporaryDirectory(prefix="bench-screenshot-") as data_dir:
        paths = Paths(Path(data_dir)).ensure()
        photos = _attach_video_camera(window, paths, args.video) if args.scene.startswith("photo") else None
        if photos is None:      # as a bench with no camera: the strip still says when a photo is needed
            from inspector.photos.camera_settings import CameraSettings
            from ui.bench.photo_actions import attach_photos
            no_camera = attach_photos(window, paths, camera=CameraSettings("none"))

        taken: list[bool] = []

        def ready() -> bool:
            if client.in_flight:
                return False
            if photos is None:
                return True
            item = client.state.item
            if args.scene == "photo-needed":
                return item is not None and item.photo_needed is not None and window.item_panel.camera_preview.isVisible()
            return item is not None and bool(item.photos) and not photos.desk.busy

        def after_open() -> None:
            for method, argument in SCENES[args.scene]:
                getattr(client, method)(argument)
            client.settled.connect(lambda: QTimer.singleShot(400, take))

        def take() -> None:
            if not ready():
                if photos is not None:
                    QTimer.singleShot(200, take)
                return
            if taken:
                return
            taken.append(True)
            client.settled.disconnect()
            try:
                capture(window, Path(args.output), use_x)
            except Exception as exc:  # noqa: BLE001 - reported below, after a clean shutdown
                failures.append(repr(exc))
            window.close()

        client.session_opened.connect(after_open)
        client.session_failed.connect(lambda message: (failures.append(message), window.close()))
        client.open(lambda: open_demo_bench(paths))
        app.exec()
        client.close()
        runner.shutdown()
    del languages
    if failures:
        print("screenshot failed:", *failures, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
