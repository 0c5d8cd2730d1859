"""Texts that follow a language switch: a widget sets its fixed texts in `retranslate()`, which runs once when it
is built and again on every LanguageChange event (sent by Qt when the window's language changes, e.g. at sign-in).

    class ScanBar(Retranslating, QWidget):
        def __init__(self, parent=None):
            super().__init__(parent)
            self.hint = QLabel(self)
            self.retranslate()

        def retranslate(self) -> None:
            self.hint.setText(self.tr("Scan or type a code"))
"""
from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin for QWidget subclasses (listed before the Qt base class)."""

    def retranslate(self) -> None:   # pragma: no cover - every user overrides it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
