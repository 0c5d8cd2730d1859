"""Notices the window's first paint: logged for support ("the bench took 3 s to appear"), and used by `make bench`
to measure cold start (`INSPECTOR_EXIT_AFTER_FIRST_PAINT=1` prints the wall-clock time and quits)."""
from __future__ import annotations

import logging
import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

EXIT_AFTER_FIRST_PAINT_ENV = "INSPECTOR_EXIT_AFTER_FIRST_PAINT"

log = logging.getLogger(__name__)


class FirstPaintWatcher(QObject):
    first_painted = Signal(float)  # wall-clock time.time() of the first paint

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # After this paint event is handled, the pixels are in the backing store.
            QTimer.singleShot(0, self._announce)
        return False

    def _announce(self) -> None:
        at = time.time()
        log.info("first paint")
        self.first_painted.emit(at)
        if os.environ.get(EXIT_AFTER_FIRST_PAINT_ENV) == "1":
            print(f"first-paint {at:.6f}", flush=True)
            QApplication.quit()
