"""Choose where the unit goes instead of the proposal; a change needs a reason (it goes to the supervisor)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from inspector.bench.state import Option
from ui.common.button_box import ButtonBox
from ui.common.retranslate import Retranslating
from ui.common.texts import policy_label


class DispositionDialog(Retranslating, QDialog):
    def __init__(self, options: tuple[Option, ...], proposed: str, current: str, reason: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disposition_dialog")
        self._proposed = proposed
        self._options = options
        self.choices = QListWidget(self)
        self.choices.setObjectName("disposition_choices")
        for option in options:
            item = QListWidgetItem(self.choices)
            item.setData(Qt.ItemDataRole.UserRole, option.code)
            if option.code == current:
                self.choices.setCurrentItem(item)
        self.reason = QLineEdit(reason or "", self)
        self.reason.setObjectName("disposition_reason_field")
        self.reason.setMaxLength(200)
        self.hint = QLabel(self)
        self.hint.setObjectName("dialog_hint")
        self.buttons = ButtonBox.answering(self, on_accept=self._try_accept)
        self.choices.currentItemChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self.choices.itemActivated.connect(lambda _item: self._try_accept())

        layout = QVBoxLayout(self)
        self.question = QLabel(self)
        self.reason_caption = QLabel(self)
        layout.addWidget(self.question)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.reason_caption)
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumSize(480, 440)
        self.resize(520, 520)
        self.choices.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change disposition"))
        for row, option in enumerate(self._options):
            text = policy_label(option.label)
            if option.code == self._proposed:
                text = self.tr("{label}   (proposed)").format(label=text)
            self.choices.item(row).setText(text)
        self.reason.setPlaceholderText(self.tr("Why? (needed when not the proposal)"))
        self.question.setText(self.tr("Where does this unit go?  ↑ ↓ then Enter"))
        self.reason_caption.setText(self.tr("Reason"))
        self._update()

    def chosen_code(self) -> str | None:
        item = self.choices.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def needs_reason(self) -> bool:
        return self.chosen_code() not in (None, self._proposed)

    def _update(self, *_args: object) -> None:
        missing = self.needs_reason() and not self.reason.text().strip()
        self.hint.setText(self.tr("Type a reason to leave the proposal") if missing else "")

    def _try_accept(self) -> None:
        if self.chosen_code() is None:
            return
        if self.needs_reason() and not self.reason.text().strip():
            self.reason.setFocus()        # Enter on the list leads to the reason, Enter there accepts
            self._update()
            return
        self.accept()

    def result_choice(self) -> tuple[str, str | None]:
        code = self.chosen_code()
        assert code is not None
        return code, (self.reason.text().strip() or None) if self.needs_reason() else None

    @classmethod
    def ask(cls, parent: QWidget | None, options: tuple[Option, ...], proposed: str, current: str,
            reason: str | None = None) -> tuple[str, str | None] | None:
        """Returns (disposition code, reason or None) or None when the operator backs out."""
        dialog = cls(options, proposed, current, reason, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_choice()
        finally:
            dialog.deleteLater()
