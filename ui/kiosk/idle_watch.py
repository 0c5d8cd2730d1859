"""Idle sign-out: after N minutes without a key, click or scan anywhere in the application, the signed-in operator
is signed out through the session (`BenchSession.sign_out_idle`), which says why on the banner.

A keyboard-wedge scanner types keys, so a scan counts as input like a key does. The interval is injectable so a
test waits well under a second; the message still names the configured minutes.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from inspector.kiosk.mode import signs_out_when_idle

log = logging.getLogger(__name__)

# What a person does: keys (and scanners), the mouse, a touch screen, a pen.
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})


class IdleWatch(QObject):
    signed_out_idle = Signal(int)     # the minutes, when an idle sign-out was asked of the session

    def __init__(self, window: Any, minutes: int, interval_ms: int | None = None) -> None:
        """`window`: the BenchWindow (its client signs out; its open dialogs and review window are closed first).
        `interval_ms`: how long idle really is (tests); `minutes * 60 000` by default."""
        super().__init__(window)
        if minutes <= 0:
            raise ValueError("an idle watch needs at least one minute; 0 means no watch at all")
        self._window = window
        self._minutes = minutes
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(minutes * 60_000 if interval_ms is None else interval_ms)
        self._timer.timeout.connect(self._ran_out)
        self._app = QCoreApplication.instance()

    @property
    def minutes(self) -> int:
        return self._minutes

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._app.removeEventFilter(self)
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Called for every event in the application: only the type is looked at, and the timer restarted.
        if event.type() in INPUT_EVENTS:
            self._timer.start()
        return False

    def _ran_out(self) -> None:
        client = self._window.client
        if not client.is_open or not signs_out_when_idle(client.state.phase):
            return          # nobody to sign out; the next input starts the count again
        log.info("idle sign-out after %d minutes", self._minutes)
        self._close_what_was_left_open()
        self._window.keep_pending_note()      # queued first: the item in hand keeps its note
        client.sign_out_idle(self._minutes)
        self.signed_out_idle.emit(self._minutes)

    def _close_what_was_left_open(self) -> None:
        """A dialog left open, or the supervisor's review of the site, is not for the next person at the bench."""
        rejected: list[QDialog] = []
        while isinstance(modal := QApplication.activeModalWidget(), QDialog) and modal not in rejected:
            rejected.append(modal)       # one try each: a dialog that will not go does not hold the sign-out up
            modal.reject()
        review = self._window.review_window
        if review is not None:
            self._window.supervisor.cancel_running_job()
            review.close()
