"""An exception's photos at full size (Enter on the review queue): Left and Right go through them, Esc closes.

Each photo is read as a `QImage` on the background lane and shown at its own size, scrolled when bigger than the
screen. A photo not at this station yet says so (the strip under the queue has asked the hub for it already).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from inspector.sync import photo_fetch
from inspector.usecases.review import PhotoRef
from ui.common.retranslate import Retranslating
from ui.review.photo_strip import read_image


class PhotoViewer(Retranslating, QDialog):
    photo_shown = Signal(int)        # the photo at this index shows (its picture, or why not)

    def __init__(self, runner: Any, files: photo_fetch.PhotoFiles, photos: tuple[PhotoRef, ...], start: int,
                 plate: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_photo_viewer")
        self._runner, self._files, self._photos, self._plate = runner, files, photos, plate
        self.index = max(0, min(start, len(photos) - 1))
        self.picture = QLabel(self)
        self.picture.setObjectName("review_photo_full")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.picture)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # Left and Right turn photos, never scroll
        self.caption = QLabel(self)
        self.caption.setObjectName("review_photo_caption")
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.caption)
        QShortcut(QKeySequence("Left"), self, activated=lambda: self.turn(-1))
        QShortcut(QKeySequence("Right"), self, activated=lambda: self.turn(1))
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(room.width() * 9 // 10, room.height() * 9 // 10)
        self.image: QImage | None = None
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Photos of {plate}").format(plate=self._plate))
        self._caption()
        if self.image is None and self.picture.pixmap().isNull() and self.picture.text():
            self.picture.setText(self.tr("not at this desk yet"))

    def _caption(self) -> None:
        ref = self._photos[self.index]
        words = self.tr("Photo {n} of {count}").format(n=self.index + 1, count=len(self._photos))
        if ref.finding_code:
            words = self.tr("{photo}: {finding}").format(photo=words, finding=ref.finding_code)
        self.caption.setText(words + "  ·  " + self.tr("Left/Right: other photos · Esc: close"))

    def turn(self, step: int) -> None:
        """The next (1) or previous (-1) photo; at either end it stays."""
        index = max(0, min(self.index + step, len(self._photos) - 1))
        if index != self.index:
            self.index = index
            self._show()

    def _show(self) -> None:
        self._caption()
        index, files, sha256 = self.index, self._files, self._photos[self.index].sha256
        self._runner.run_background(lambda: read_image(files.picture(sha256)),
                                    on_done=lambda image: self._loaded(index, image),
                                    on_error=lambda _e: self._loaded(index, None))

    def _loaded(self, index: int, image: QImage | None) -> None:
        if index != self.index:
            return                   # turned again meanwhile
        self.image = image
        if image is None:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("not at this desk yet"))
        else:
            self.picture.setText("")
            self.picture.setPixmap(QPixmap.fromImage(image))
        self.photo_shown.emit(index)
