"""Kiosk mode's full screen: the window fills the screen without frame or buttons, and comes back full screen when
the window manager minimises it or takes it out of full screen (a desktop's key, which no application can switch
off, only undo)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


class FullScreenKeeper(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        # The window flags are left alone: a full-screen window has no frame to draw buttons on, and changing them
        # would make the window system build the window anew. Whatever a desktop key does is undone below.
        window.installEventFilter(self)

    def show(self) -> None:
        # The whole screen first: a geometry restored from an earlier run, offset for a frame the window manager
        # drew then, would otherwise show through where no window manager makes the window full screen.
        screen = self._window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self._window.setGeometry(screen.geometry())
        self._window.showFullScreen()

    def stand_down(self) -> None:
        self._window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.WindowStateChange and self._left_full_screen():
            # Not inside the state change itself: the window manager would see the two changes as one.
            QTimer.singleShot(0, self._back_to_full_screen)
        return False

    def _left_full_screen(self) -> bool:
        window = self._window   # a minimised window keeps its full-screen flag: both are looked at
        return window.isVisible() and (window.isMinimized() or not window.isFullScreen())

    def _back_to_full_screen(self) -> None:
        if self._left_full_screen():
            self._window.showFullScreen()
