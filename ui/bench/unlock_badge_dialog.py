"""A supervisor lifts the lock wrong PINs put on a badge: scan the badge (or type it) and Enter.

The field is an ordinary text field: the bench's scanner capture leaves dialogs alone, so a wedge scanner types the
badge into it and its Enter accepts. What the text means is the session's answer, not this dialog's.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.common.button_box import ButtonBox
from ui.common.retranslate import Retranslating


class UnlockBadgeDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_badge_dialog")
        self.badge = QLineEdit(self)
        self.badge.setObjectName("unlock_badge_field")
        self.badge.setMaxLength(64)
        self.buttons = ButtonBox.answering(self)
        self.badge.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        self.question = QLabel(self)
        layout.addWidget(self.question)
        layout.addWidget(self.badge)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.badge.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock a badge"))
        self.badge.setPlaceholderText(self.tr("OP-1234"))
        self.question.setText(self.tr("Scan the badge locked by wrong PINs, or type it, then Enter."))

    def badge_text(self) -> str | None:
        text = self.badge.text().strip()
        return text or None

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.badge_text()
        finally:
            dialog.deleteLater()
