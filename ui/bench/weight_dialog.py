"""Ctrl+W: a weight typed by hand, for the item in hand (else the open parcel), when there is no scale or it cannot
be read. Grams as digits, or a value with kg, lb or oz; what it reads as is shown before OK."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from inspector.bench.state import grams_text
from inspector.scales.ascii_protocol import typed_grams
from ui.common.button_box import ButtonBox
from ui.common.retranslate import Retranslating


class WeightDialog(Retranslating, QDialog):
    def __init__(self, weighing_item: bool, current: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weight_dialog")
        self._weighing_item = weighing_item
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("weight_field")
        self.field.setMaxLength(20)
        if current is not None:
            self.field.setText(str(current))
            self.field.selectAll()
        self.reading = QLabel(self)
        self.reading.setObjectName("weight_reading")
        self.buttons = ButtonBox.answering(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.field)
        layout.addWidget(self.reading)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._update)
        self.field.setFocus()
        self.retranslate()
        self.setMinimumWidth(380)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Weight"))
        self.question.setText(self.tr("What the item in hand weighs:") if self._weighing_item
                              else self.tr("What the parcel weighs, as received:"))
        self.field.setPlaceholderText(self.tr("grams (1234), or with a unit: 1.234 kg, 2.7 lb"))
        self._update()

    def grams(self) -> int | None:
        grams = typed_grams(self.field.text())
        return grams if grams else None

    def _update(self) -> None:
        grams = self.grams()
        self.reading.setText("= " + grams_text(grams) if grams is not None
                             else (self.tr("Not a weight") if self.field.text().strip() else ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(grams is not None)

    @classmethod
    def ask(cls, parent: QWidget | None, weighing_item: bool, current: int | None = None) -> int | None:
        dialog = cls(weighing_item, current, parent)
        try:
            return dialog.grams() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
