"""The supervisor's override of one item: one value (a grade, a finding's deduction, or a disposition) and a
mandatory reason, kept in the audit trail."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from inspector.usecases import review
from ui.common.button_box import ButtonBox
from ui.common.retranslate import Retranslating


class OverrideDialog(Retranslating, QDialog):
    """One value and a mandatory reason: a grade, a finding's deduction, or a disposition."""

    def __init__(self, kind: str, item: review.ReviewItem, choices: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("override_dialog")
        self.kind = kind
        self._item = item
        self.choice = QComboBox(self)
        self.choice.setObjectName("override_choice")
        self.choice.addItems(list(choices))
        current = {"grade": item.grade, "disposition": item.disposition}.get(kind)
        if current in choices:
            self.choice.setCurrentIndex(choices.index(current))
        self.amount = QLineEdit(self)
        self.amount.setObjectName("override_amount")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("override_reason")
        self.reason.setMaxLength(255)
        self.item_label = QLabel(self)
        self.choice_label = QLabel(self)
        self.amount_label = QLabel(self)
        self.reason_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.item_label)
        form.addRow(self.choice_label, self.choice)
        if kind == "deduction":
            form.addRow(self.amount_label, self.amount)
        else:
            self.amount.hide()
            self.amount_label.hide()
        form.addRow(self.reason_label, self.reason)
        for label, field in ((self.choice_label, self.choice), (self.amount_label, self.amount),
                             (self.reason_label, self.reason)):
            label.setBuddy(field)
        self.buttons = ButtonBox.answering(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self.amount.textChanged.connect(self._update)
        self.choice.setFocus()
        self._update()
        self.retranslate()

    def retranslate(self) -> None:
        item, kind = self._item, self.kind
        titles = {"grade": self.tr("Override grade"), "deduction": self.tr("Override a deduction"),
                  "disposition": self.tr("Override disposition")}
        self.setWindowTitle(titles[kind])
        self.amount.setPlaceholderText(self.tr("New amount in {currency}").format(currency=item.currency or ""))
        self.reason.setPlaceholderText(self.tr("Why? (kept in the audit trail)"))
        self.item_label.setText(self.tr("Item {plate}").format(plate=item.license_plate))
        self.choice_label.setText({"grade": self.tr("Grade"), "deduction": self.tr("Finding"),
                                   "disposition": self.tr("Disposition")}[kind])
        self.amount_label.setText(self.tr("Amount"))
        self.reason_label.setText(self.tr("Reason"))

    def _update(self) -> None:
        ready = bool(self.reason.text().strip()) and (self.kind != "deduction" or bool(self.amount.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def answer(self) -> tuple[str, str, str]:
        """(choice, amount, reason)."""
        return self.choice.currentText(), self.amount.text().strip(), self.reason.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, kind: str, item: review.ReviewItem,
            choices: tuple[str, ...]) -> tuple[str, str, str] | None:
        dialog = cls(kind, item, choices, parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
