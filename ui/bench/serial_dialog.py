"""Ctrl+Shift+S: the serial number of the item in hand, typed or scanned into the field, when its label carried
none (a line that lists serials needs it, else the unit is flagged "serial missing")."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.common.button_box import ButtonBox
from ui.common.retranslate import Retranslating


class SerialDialog(Retranslating, QDialog):
    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serial_dialog")
        self.question = QLabel(self)
        self.field = QLineEdit(self)
        self.field.setObjectName("serial_field")
        self.field.setMaxLength(64)
        self.field.setText(current or "")
        self.field.selectAll()
        self.buttons = ButtonBox.answering(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._update)
        self.field.setFocus()
        self._update()
        self.retranslate()
        self.setMinimumWidth(380)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Serial number"))
        self.question.setText(self.tr("Serial number of the item in hand (type it, or scan it here):"))

    def serial(self) -> str:
        return " ".join(self.field.text().split())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.serial()))

    @classmethod
    def ask(cls, parent: QWidget | None, current: str | None = None) -> str | None:
        dialog = cls(current, parent)
        try:
            return dialog.serial() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
