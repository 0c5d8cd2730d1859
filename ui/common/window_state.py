"""Where a window was and how its splitters were dragged, kept in QSettings apart from the station's settings."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget


class WindowState:
    def __init__(self, window: QWidget, settings: QSettings | None) -> None:
        self._window, self._settings = window, settings

    def restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry") if self._settings is not None else None
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self._window.restoreGeometry(geometry)
        else:
            self._fit_to_screen()

    def restore_splitters(self, splitters: dict[str, tuple[QSplitter, list[int]]]) -> None:
        """Each splitter at its saved place, else at its default sizes (until the operator drags it elsewhere)."""
        for key, (splitter, default) in splitters.items():
            splitter.setSizes(default)
            saved = self._settings.value(f"window/{key}") if self._settings is not None else None
            if isinstance(saved, QByteArray) and not saved.isEmpty():
                splitter.restoreState(saved)

    def save(self, splitters: dict[str, QSplitter]) -> None:
        if self._settings is None:
            return
        if not self._window.isFullScreen():   # a kiosk's full screen is no place for a normal window to come back to
            self._settings.setValue("window/geometry", self._window.saveGeometry())
        for key, splitter in splitters.items():
            self._settings.setValue(f"window/{key}", splitter.saveState())
        self._settings.sync()

    def _fit_to_screen(self) -> None:
        screen = self._window.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 800)
        self._window.setGeometry(QRect(available.topLeft(), available.size().boundedTo(QSize(1600, 1000))))
