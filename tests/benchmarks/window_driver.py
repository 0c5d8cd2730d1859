"""The real bench window on a real data dir, driven scan by scan, timed from the scan to the repainted screen."""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from inspector.bench.state import BenchState
from inspector.paths import Paths
from ui.app import _open_bench_factory, build_app
from ui.bench.bench_client import BenchClient
from ui.common.cue_player import CuePlayer
from ui.main_window import BenchWindow
from ui.common.style import apply_style
from ui.common.task_runner import TaskRunner


class WindowDriver:
    def __init__(self, data_dir: Path, station: str = "bench-bench") -> None:
        self.app: QApplication = build_app()
        apply_style(self.app)
        self.runner = TaskRunner()
        self.client = BenchClient(self.runner, station)
        self.window = BenchWindow(self.client, CuePlayer(muted=True, parent=self.app), None)
        self.window.resize(1366, 768)
        self.window.show()
        self._last: BenchState | None = None
        self._stamp = 0.0
        self._delivered = 0
        # Connected after the window's own slot, so it runs once the window has rendered the state.
        self.client.state_changed.connect(self._on_state)
        self._wait(self.client.session_opened, lambda: self.client.open(_open_bench_factory(Paths(data_dir), station)))

    def _wait(self, signal, start, timeout_ms: int = 60_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        start()
        loop.exec()
        signal.disconnect(loop.quit)

    def _paint_now(self) -> None:
        # What the event loop does next anyway, in its own order: layouts, the deferred updates of widgets just shown
        # (posted ahead of the paint request, so a page switch paints once), zero-delay timers (table sections that
        # were resized), then the paint. Work posted while one pass delivers is delivered by the next; three passes
        # leave nothing of this scan for the next one to paint.
        for _ in range(3):
            QApplication.processEvents()

    def _on_state(self, state: BenchState) -> None:
        # Painting runs the event loop, which may deliver the next state of a burst inside this call: that newer
        # state, painted and stamped by the inner call, must stay the last one.
        self._delivered += 1
        delivered = self._delivered
        self._paint_now()
        if delivered == self._delivered:
            self._stamp = time.perf_counter()
            self._last = state

    def scan(self, text: str) -> tuple[float, BenchState]:
        """Milliseconds from handing the scan to the window until the repainted screen shows its outcome."""
        t0 = time.perf_counter()
        self._wait(self.client.settled, lambda: self.client.scan(text))
        assert self._last is not None
        return (self._stamp - t0) * 1000, self._last

    def burst(self, texts: list[str]) -> BenchState:
        """Queues the scans back to back, as a fast scanner would, and waits until the bench has caught up."""
        def send() -> None:
            for text in texts:
                self.client.scan(text)
        self._wait(self.client.settled, send)
        assert self._last is not None
        return self._last

    def pin(self, pin: str) -> BenchState:
        self._wait(self.client.settled, lambda: self.client.enter_pin(pin))
        assert self._last is not None
        return self._last

    def show(self, state: BenchState) -> None:
        self.window.render(state)
        self._paint_now()

    def close(self) -> None:
        self.client.close()
        self.window.close()
        self.runner.shutdown()
