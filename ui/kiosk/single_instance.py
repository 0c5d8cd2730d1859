"""One bench per data dir: the window takes `inspector.instance_lock.InstanceLock` before it is built. A second
start on the same data dir opens nothing: it says who runs there, on standard error and (when there is a screen to
show it on, e.g. a kiosk started at login, which has no terminal) in a message box, and exits with its own code."""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.instance_lock import InstanceLock
from inspector.paths import Paths

EXIT_ALREADY_RUNNING = 3
EXIT_LOCK_UNUSABLE = 2    # as the CLI's environment problems: the lock file cannot be opened at all
# Platforms with no screen a person looks at: the message box would wait for a click nobody can give.
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal"})


ALREADY_RUNNING = QT_TRANSLATE_NOOP(
    "single_instance", "The bench is already running on this data folder ({holder}). Switch to that window, or start "
    "with another --data-dir.")


def already_running_text(holder: str) -> str:
    return QCoreApplication.translate("single_instance", ALREADY_RUNNING).format(holder=holder)


def take_instance_lock(paths: Paths) -> InstanceLock | int:
    """The lock on the data dir, held until `release()`; else (after saying why) the exit code: another bench holds
    it, or the lock file cannot be opened at all (another user's data folder)."""
    from inspector.errors import EnvironmentProblem
    lock = InstanceLock(paths.data_dir)
    try:
        if lock.acquire():
            return lock
    except EnvironmentProblem as exc:
        print(f"inspector: {exc}", file=sys.stderr)
        if has_screen():
            from ui.common.error_text import error_text
            _show(error_text(exc), "lock_unusable")
        return EXIT_LOCK_UNUSABLE
    holder = lock.holder()
    print(f"inspector: {ALREADY_RUNNING.format(holder=holder)} (Data folder: {paths.data_dir})", file=sys.stderr)
    if has_screen():
        show_already_running(holder)
    return EXIT_ALREADY_RUNNING


def has_screen() -> bool:
    return QGuiApplication.platformName() not in HEADLESS_PLATFORMS


def show_already_running(holder: str) -> None:
    _show(already_running_text(holder), "already_running")


def _show(message: str, name: str) -> None:
    """Waits for the person's OK: the box is all there is of this start."""
    from PySide6.QtWidgets import QMessageBox
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("single_instance", "Return inspection bench"),
                      message, QMessageBox.StandardButton.Ok)
    box.setObjectName(name)
    box.exec()
