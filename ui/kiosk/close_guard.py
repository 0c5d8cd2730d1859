"""Kiosk mode's close guard: the window's close (Alt+F4, the window manager's close, anything that closes the window
itself) is refused unless `KioskMode.may_close` allows it: a signed-in supervisor, a bench whose session is not open
(nobody could sign in), or an end of the whole application. The refusal is said on the banner with the cue of any
refused action.

An end of the application is a `QEvent.Quit` on the application object: Qt 6 sends it for `QApplication.quit()`
(which the SIGTERM handling of `ui.kiosk.termination` calls) and for the X session manager's "die" at a desktop
logout or shutdown, and then closes the windows one by one. Alt+F4 and the window manager's close reach the window
alone, without a Quit, so they stay guarded.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from inspector.bench.state import Cue
from inspector.kiosk.mode import KioskMode


class CloseGuard(QObject):
    close_refused = Signal()

    def __init__(self, window: Any, mode: KioskMode) -> None:
        super().__init__(window)
        self._window = window
        self._mode = mode
        self._app = QCoreApplication.instance()
        self._quitting = False      # between an application quit and the closes it sends
        window.installEventFilter(self)
        self._app.installEventFilter(self)

    def stand_down(self) -> None:
        """Closing is as outside kiosk from now on (the end of a test)."""
        self._window.removeEventFilter(self)
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The application's filter sees every event: only the type is looked at first.
        kind = event.type()
        if kind == QEvent.Type.Quit and watched is self._app:
            self._quitting = True
            # Qt closes the windows inside the Quit's own delivery; if the quit is given up, so is the allowance.
            QTimer.singleShot(0, self._quit_over)
            return False
        if kind != QEvent.Type.Close or watched is not self._window:
            return False
        operator = self._window.client.state.operator
        if self._mode.may_close(operator.role if operator is not None else None,
                                session_open=self._window.client.is_open, system_quit=self._quitting):
            return False
        event.ignore()     # refused: QWidget.close() returns False and the window stays
        self._window.client.show_message(
            Cue.ERROR, QCoreApplication.translate("kiosk", "Only a supervisor can close the bench"))
        self.close_refused.emit()
        return True

    def _quit_over(self) -> None:
        self._quitting = False
