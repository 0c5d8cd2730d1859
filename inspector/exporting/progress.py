"""Progress and cancellation for long exports and reports, without threads or Qt.

The caller passes `progress(done, total)`; to cancel, it raises `Cancelled` from inside it (the window's task does
that when the person pressed Cancel). The writer then removes its temporary file, so nothing half-written is left.
"""
from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int], None]


class Cancelled(Exception):
    """The person cancelled; nothing was written."""


def no_progress(_done: int, _total: int) -> None:
    return None


class CancelFlag:
    """A thread-safe enough flag (one writer, one reader) and a progress callback that honours it."""

    def __init__(self, report: ProgressCallback | None = None) -> None:
        self.cancelled = False
        self._report = report or no_progress

    def cancel(self) -> None:
        self.cancelled = True

    def __call__(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self._report(done, total)
