"""One long job at a time with a progress bar and a Cancel button: the review window's end-of-day PDF and its export.

The job's work runs on a lane of the task runner and calls the `CancelFlag` this hands out as its progress callback;
the flag forwards progress through a relay (emitted on the worker thread, delivered queued on the GUI thread) and
raises `Cancelled` inside the work once Cancel (or Esc) was pressed, so the work stops and leaves no file. The window
says what happened; this only owns the bar, the button and the flag.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton

from inspector.exporting.progress import CancelFlag

SCALE = 1000   # the bar's range: any (done, total) is shown as a share of it


class _Relay(QObject):
    """Lives on the GUI thread; emitted from a worker lane, so Qt queues the call to the GUI thread."""
    progressed = Signal(int, int)


class CancellableJob(QObject):
    def __init__(self, progress: QProgressBar, cancel_button: QPushButton, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress, self.cancel_button = progress, cancel_button
        self.relay = _Relay(self)
        self.relay.progressed.connect(self._show)
        self._flag: CancelFlag | None = None
        progress.setRange(0, SCALE)
        progress.hide()
        cancel_button.hide()
        cancel_button.clicked.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._flag is not None

    def start(self, cancel_text: str) -> CancelFlag:
        """Shows the bar and the button; the returned flag is the work's progress callback."""
        if self._flag is not None:
            raise RuntimeError("a job is already running")
        relay = self.relay
        self._flag = CancelFlag(lambda done, total: relay.progressed.emit(done, total))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setText(cancel_text)
        self.cancel_button.show()
        return self._flag

    def cancel(self) -> None:
        if self._flag is not None:
            self._flag.cancel()

    def end(self) -> None:
        """The job's callback (done or failed) calls this first."""
        self._flag = None
        self.progress.hide()
        self.cancel_button.hide()

    def _show(self, done: int, total: int) -> None:
        if self._flag is not None:     # a late signal from a job already ended changes nothing
            self.progress.setValue(done * SCALE // max(total, 1))
