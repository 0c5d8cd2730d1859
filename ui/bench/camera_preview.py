"""The live camera picture on the item page. It is the capture session's output only while it is visible: hidden, the
session draws into a bare sink and no frame is painted that nobody sees."""
from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QWidget

PREVIEW = QSize(144, 81)


class CameraPreview(QVideoWidget):
    visibility_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("camera_preview")
        self.setFixedSize(PREVIEW)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)
