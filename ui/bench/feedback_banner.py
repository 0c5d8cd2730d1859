"""The big coloured strip at the top: what just happened, readable from two metres away.

Colour follows the cue (green success, blue completed, amber warning, red error, grey info) through the
`cue` dynamic property, so the style sheet owns the colours.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from inspector.bench.state import Cue, Feedback
from ui.common.texts import feedback_text

CUE_SYMBOLS = {Cue.SUCCESS: "✔", Cue.COMPLETED: "✔✔", Cue.WARNING: "⚠", Cue.ERROR: "✖", Cue.INFO: "ℹ"}


class FeedbackBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback_banner")
        self._symbol = QLabel(self)
        self._symbol.setObjectName("feedback_symbol")
        self._symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message = QLabel(self)
        self._message.setObjectName("feedback_message")
        self._message.setWordWrap(True)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(20)
        layout.addWidget(self._symbol)
        layout.addWidget(self._message, 1)
        self._cue = Cue.INFO
        self.show_feedback(None, "")

    @property
    def cue(self) -> Cue:
        return self._cue

    @property
    def message(self) -> str:
        return self._message.text()

    def show_feedback(self, feedback: Feedback | None, idle_text: str) -> None:
        cue, text = (feedback.cue, feedback_text(feedback)) if feedback else (Cue.INFO, idle_text)
        self._cue = cue
        self._message.setText(text)
        self._symbol.setText(CUE_SYMBOLS[cue])
        if self.property("cue") != cue.value:
            self.setProperty("cue", cue.value)
            for widget in (self, self._symbol, self._message):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
