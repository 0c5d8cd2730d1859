"""A crash report from the real bench window: `main.py` started as `make run` starts it, in its own process, offscreen.

Nothing of the crash hooks is patched: the script around `main.py` only adds, once the bench is open, a slot that
raises and an event filter that raises on every event, then quits the window the ordinary way. PySide6 (6.11) hands
an exception raised in a slot or an event filter to `sys.excepthook` and carries on with the event loop, so the
bench writes a report and keeps running; the rate limit keeps the event filter to one report.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from inspector.paths import Paths
from inspector.support.crash_reports import list_crash_reports

ROOT = Path(__file__).resolve().parents[2]
EVENTS = 50

# Runs `main.py` as `python main.py --data-dir D` does; the QApplication made first is the one `build_app` takes.
SCRIPT = textwrap.dedent("""
    import runpy, sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    data_dir, events = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication(["main.py"])
    log = data_dir / "logs" / "bench.log"
    seen = []

    def scan_parcel_slot():
        raise RuntimeError("a slot raised after the bench opened")

    class RaisingFilter(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.User:
                seen.append(event)
                raise LookupError(f"event filter, event {len(seen)}")
            return False

    raising_filter = RaisingFilter()

    def window():
        from ui.main_window import BenchWindow
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, BenchWindow))

    def when_open():
        if not (log.exists() and "bench open: station" in log.read_text(encoding="utf-8")):
            QTimer.singleShot(50, when_open)
            return
        QTimer.singleShot(0, scan_parcel_slot)
        QTimer.singleShot(0, flood_events)

    def flood_events():
        print("still running after the slot raised", flush=True)
        window().installEventFilter(raising_filter)
        for _ in range(events):
            QCoreApplication.postEvent(window(), QEvent(QEvent.Type.User))
        QTimer.singleShot(0, quit_when_delivered)

    def quit_when_delivered():
        if len(seen) < events:
            QTimer.singleShot(20, quit_when_delivered)
            return
        print(f"still running after {len(seen)} events raised", flush=True)
        window().removeEventFilter(raising_filter)
        app.quit()

    QTimer.singleShot(0, when_open)
    sys.argv = ["main.py", "--data-dir", str(data_dir)]
    runpy.run_path("main.py", run_name="__main__")
""")


def test_an_exception_in_a_slot_of_the_real_window_writes_a_report_and_the_bench_carries_on(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECTOR_")}
    env.update(QT_QPA_PLATFORM="offscreen", INSPECTOR_STATION="BENCH-CRASH")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path), str(EVENTS)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)

    # The event loop went on after each exception, and the window closed the ordinary way (exit 0).
    assert done.returncode == 0, done.stderr
    assert "still running after the slot raised" in done.stdout
    assert f"still running after {EVENTS} events raised" in done.stdout
    # The hook that was there before (Python's) still printed every one of them; the two written reports' tracebacks
    # are on stderr once more, from the log's console handler (warnings and up) printing the `log.critical`.
    assert done.stderr.count("RuntimeError: a slot raised after the bench opened") == 2
    assert done.stderr.count("LookupError: event filter, event") == EVENTS + 1

    reports = list_crash_reports(Paths(tmp_path))
    assert len(reports) == 2, [r.name for r in reports]              # one for the slot, one for 50 filter errors
    # Two reports in the same second: the second one's name takes a `-2`.
    assert all(re.fullmatch(r"crash-\d{8}-\d{6}-bench(-\d+)?\.txt", r.name) for r in reports), reports
    texts = [r.read_text(encoding="utf-8") for r in reports]
    slot = next(t for t in texts if "RuntimeError" in t)
    assert "Traceback (most recent call last)" in slot and "in scan_parcel_slot" in slot
    assert "RuntimeError: a slot raised after the bench opened" in slot
    assert "program:  bench" in slot and "thread:   MainThread" in slot
    assert "bench open: station BENCH-CRASH" in slot                   # the log's last lines are in it
    flood = next(t for t in texts if "LookupError" in t)
    assert "in eventFilter" in flood and "LookupError: event filter, event 1" in flood
    assert "event filter, event 2" not in flood

    log = (tmp_path / "logs" / "bench.log").read_text(encoding="utf-8")
    assert log.count("CRITICAL") == 2 and log.count("crash report written to") == 2
