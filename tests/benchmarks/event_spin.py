"""Letting a benchmark's window run its event loop while the benchmark waits (no pytest-qt here)."""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def spin_for(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def spin_until(condition: Callable[[], bool], timeout_s: float = 20.0) -> bool:
    """Runs the event loop a millisecond at a time until `condition()` holds; False when `timeout_s` passed first."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        spin_for(0.001)
    return True
