"""The item's restock label on screen, as the printer will see it (rendered on the background lane at 203 dpi).

Shown scaled to fit, never smoothed: one printer dot stays a block of screen pixels, so what looks sharp here prints
sharp. Esc or Enter closes it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.common.button_box import ButtonBox
from ui.common.retranslate import Retranslating

MAX_SIDE = 720   # pixels on screen: a 4x6 label at 203 dpi is 812 x 1218


class LabelPreviewDialog(Retranslating, QDialog):
    def __init__(self, image: QImage, plate: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("label_preview")
        self._plate = plate
        pixmap = QPixmap.fromImage(image)
        if max(pixmap.width(), pixmap.height()) > MAX_SIDE:
            pixmap = pixmap.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.FastTransformation)
        self.picture = QLabel(self)
        self.picture.setObjectName("label_picture")
        self.picture.setPixmap(pixmap)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("background: white; border: 1px solid #888;")
        buttons = ButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Label {plate}").format(plate=self._plate))

    @classmethod
    def ask(cls, parent: QWidget | None, image: QImage, plate: str) -> None:
        dialog = cls(image, plate, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
