"""A SIGTERM (systemd at shutdown or at the end of a login session, `kill`), a SIGHUP (the terminal or the session
went away) or a SIGINT (Ctrl+C where `make run` started it) ends the bench the way closing the window does: the
note typed but not saved goes to the item in hand, the queued work reaches the database, the data dir's lock is let
go. In kiosk mode too: an end the system asks for is not held up by the close guard (`ui.kiosk.close_guard`).

Python runs its signal handlers only between bytecodes, and the Qt event loop is C++, so a signal alone would wait
for the next Python slot. `signal.set_wakeup_fd` has the C handler write the signal's number into a pipe; a
`QSocketNotifier` on the pipe wakes the event loop, which asks the application to quit. No polling timer.
POSIX only (a pipe as wakeup fd); elsewhere the signals keep their default behaviour.
"""
from __future__ import annotations

import logging
import os
import signal
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

ENDING_SIGNALS = ("SIGTERM", "SIGHUP", "SIGINT")


def _ignore_in_python(_signum: int, _frame: Any) -> None:
    """The Python-level handler: nothing. Having one keeps the default (an immediate end, or KeyboardInterrupt in
    whatever slot runs next) from happening; the notifier does the work."""


class QuitOnSignals(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._read_fd, self._write_fd = os.pipe()
        os.set_blocking(self._read_fd, False)
        os.set_blocking(self._write_fd, False)    # the C handler must never block
        self._previous_fd = signal.set_wakeup_fd(self._write_fd, warn_on_full_buffer=False)
        self._previous_handlers = {}
        for name in ENDING_SIGNALS:
            number = getattr(signal, name)
            self._previous_handlers[number] = signal.signal(number, _ignore_in_python)
        self._notifier = QSocketNotifier(self._read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._signalled)
        self._asked = False

    def _signalled(self, *_args: Any) -> None:
        try:
            numbers = os.read(self._read_fd, 64)
        except BlockingIOError:
            return
        names = sorted({signal.Signals(n).name for n in numbers if n in self._previous_handlers})
        if not names:
            return
        if self._asked:
            # The first quit was given up (a window would not close): the event loop ends all the same.
            log.warning("%s again: the bench ends without closing its window", ", ".join(names))
            self._app.exit(0)
            return
        self._asked = True
        log.info("%s: the bench ends as when its window is closed", ", ".join(names))
        self._app.quit()       # closes the window (the note is kept), then app.exec() returns

    def remove(self) -> None:
        """The signals' earlier handlers back (after app.exec() returned)."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous_handlers.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        os.close(self._read_fd)
        os.close(self._write_fd)


def quit_on_ending_signals(app: QApplication) -> QuitOnSignals | None:
    """Installs the handling (POSIX, main thread); None where it cannot be."""
    if os.name != "posix":
        return None
    try:
        return QuitOnSignals(app)
    except (OSError, ValueError) as exc:   # ValueError: not the main thread
        log.warning("SIGTERM will end the bench without closing its window: %s", exc)
        return None
