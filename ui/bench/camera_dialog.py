"""Ctrl+Shift+C (supervisors): which camera the bench takes photos with, and at what size."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from inspector.photos.camera_settings import FILE_PREFIX, NO_CAMERA, CameraSettings
from ui.bench.camera_source import device_id
from ui.common.button_box import ButtonBox


def _size_text(size: QSize) -> str:
    return f"{size.width()}x{size.height()}"


class CameraDialog(QDialog):
    def __init__(self, current: CameraSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("camera_dialog")
        self.setWindowTitle(self.tr("Camera"))
        self._devices = {device_id(d): d for d in QMediaDevices.videoInputs()}
        self.device = QComboBox(self)
        self.device.setObjectName("camera_device")
        self.device.addItem(self.tr("The default camera"), "")
        for ident, device in self._devices.items():
            self.device.addItem(device.description(), ident)
        self.device.addItem(self.tr("No camera (picture files only)"), NO_CAMERA)
        if current.device.startswith(FILE_PREFIX):
            self.device.addItem(self.tr("Video file {path}").format(path=current.device[len(FILE_PREFIX):]),
                                current.device)
        index = self.device.findData(current.device)
        self.device.setCurrentIndex(max(index, 0))
        self.size = QComboBox(self)
        self.size.setObjectName("camera_size")
        self._current_size = current.size
        self.device.currentIndexChanged.connect(self._fill_sizes)
        self._fill_sizes()
        note = QLabel(self.tr("No camera at this bench? Items that need a photo are completed with a picture file: "
                              "drop it on the window, or press Ctrl+O."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Camera"), self.device)
        form.addRow(self.tr("Picture size"), self.size)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        self.buttons = ButtonBox.answering(self)
        layout.addWidget(self.buttons)

    def _fill_sizes(self) -> None:
        self.size.clear()
        self.size.addItem(self.tr("The camera's own"), "")
        ident = self.device.currentData()
        device = self._devices.get(ident) if ident else QMediaDevices.defaultVideoInput()
        sizes = sorted({_size_text(f.resolution()) for f in device.videoFormats()} if device and not device.isNull()
                       else set(), key=lambda s: tuple(int(n) for n in s.split("x")))
        for size in sizes:
            self.size.addItem(size, size)
        if self._current_size and self.size.findData(self._current_size) < 0:
            self.size.addItem(self._current_size, self._current_size)
        self.size.setCurrentIndex(max(self.size.findData(self._current_size), 0))
        self.size.setEnabled(ident != NO_CAMERA)

    def chosen(self) -> CameraSettings:
        device = self.device.currentData() or ""
        return CameraSettings(device, "" if device == NO_CAMERA else (self.size.currentData() or ""))

    @classmethod
    def ask(cls, parent: QWidget, current: CameraSettings) -> CameraSettings | None:
        dialog = cls(current, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
