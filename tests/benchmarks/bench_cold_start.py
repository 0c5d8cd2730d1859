"""Cold start to first paint: the bench window against a bare PySide6 window, each in a fresh process."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.figures import report

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1280, 760)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(f"first-paint {time.time():.6f}", flush=True), app.quit()))
        return False
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def _first_paint_seconds(cmd: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no first paint reported by {cmd[:3]}: {out.stderr[-2000:]}")


def run() -> bool:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "INSPECTOR_EXIT_AFTER_FIRST_PAINT": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        # The bench's data dir exists already (a second start), as it does on every bench but the first morning.
        ours_cmd = [sys.executable, "main.py", "--data-dir", tmp]
        _first_paint_seconds(ours_cmd, env)  # creates the database; also warms the OS file cache for both
        _first_paint_seconds([sys.executable, "-c", BARE], env)
        ours, bare = [], []
        for _ in range(RUNS):
            bare.append(_first_paint_seconds([sys.executable, "-c", BARE], env) * 1000)
            ours.append(_first_paint_seconds(ours_cmd, env) * 1000)
    print(f"      cold start, bench window: median {statistics.median(ours):.0f} ms ({', '.join(f'{v:.0f}' for v in ours)})")
    print(f"      cold start, bare PySide6: median {statistics.median(bare):.0f} ms ({', '.join(f'{v:.0f}' for v in bare)})")
    return report("cold start to first paint (median of %d)" % RUNS, statistics.median(ours),
                  statistics.median(bare), 2.0)


if __name__ == "__main__":
    run()
