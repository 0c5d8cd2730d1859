"""Record the outer packaging condition of the open parcel (crushed, wet...) by arrow keys and Enter."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from inspector.bench.state import Option
from ui.common.button_box import ButtonBox
from ui.common.retranslate import Retranslating
from ui.common.texts import policy_label


class PackagingDialog(Retranslating, QDialog):
    def __init__(self, options: tuple[Option, ...], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packaging_dialog")
        self._options = options
        self.choices = QListWidget(self)
        for option in options:
            item = QListWidgetItem(policy_label(option.label), self.choices)
            item.setData(Qt.ItemDataRole.UserRole, option.code)
            if option.code == current:
                self.choices.setCurrentItem(item)
        buttons = ButtonBox.answering(self)
        self.choices.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        self.question = QLabel(self)
        layout.addWidget(self.question)
        layout.addWidget(self.choices, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(420, 360)
        self.resize(440, 380)
        self.choices.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Packaging condition"))
        self.question.setText(self.tr("Outer packaging as it arrived:  ↑ ↓ then Enter"))
        for row, option in enumerate(self._options):
            self.choices.item(row).setText(policy_label(option.label))

    def chosen_code(self) -> str | None:
        item = self.choices.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    @classmethod
    def ask(cls, parent: QWidget | None, options: tuple[Option, ...], current: str) -> str | None:
        dialog = cls(options, current, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen_code()
        finally:
            dialog.deleteLater()
