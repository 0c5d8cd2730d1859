"""Shows what the scanner is typing and what the bench expects next; doubles as the field for typing a code.

The field is read-only: the app-wide `ScanCapture` fills it. Focusing it (Ctrl+T or a click) marks the input as
typed by hand, so digits are never taken as grade keys there.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ui.common.retranslate import Retranslating


BUSY_DELAY_MS = 150
SHOWN_TAIL = 120        # characters of the scan being typed shown in the field: more than any real barcode holds


class ScanBar(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan_bar")
        self.caption = QLabel(self)
        self.caption.setObjectName("scan_caption")
        self.field = QLineEdit(self)
        self.field.setObjectName("scan_field")
        self.field.setReadOnly(True)
        self.field.setProperty("manual_entry", True)
        self.field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("scan_prompt")
        self.prompt.setWordWrap(True)
        self.busy = QLabel(self)
        self.busy.setObjectName("busy_indicator")
        self._pending = 0
        self._busy_delay = QTimer(self)
        self._busy_delay.setSingleShot(True)
        self._busy_delay.setInterval(BUSY_DELAY_MS)
        self._busy_delay.timeout.connect(self._show_pending)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        layout.addWidget(self.caption)
        layout.addWidget(self.field, 3)
        layout.addWidget(self.prompt, 2)
        layout.addWidget(self.busy)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Scan"))
        self.field.setPlaceholderText(self.tr("Scanner input appears here · Ctrl+T to type a code"))
        if self.busy.text():
            self._show_pending()

    def show_buffer(self, text: str) -> None:
        # Imported here: the scans package (and biip under it) is loaded by the bench session by the time anything
        # is typed, and need not be before the window's first paint.
        from inspector.scans.errors import printable
        # Only the tail: the field is redrawn on every character, and the whole of a runaway 10,000-character
        # "scan" each time froze the window for many seconds (the scan itself still reaches the bench whole).
        shown = text if len(text) <= SHOWN_TAIL else "…" + text[-SHOWN_TAIL:]
        self.field.setText(printable(shown))          # GS as <GS>, invisible characters spelled out
        self.field.setCursorPosition(len(self.field.text()))

    def show_prompt(self, text: str) -> None:
        if text != self.prompt.text():
            self.prompt.setText(text)

    def show_busy(self, pending: int) -> None:
        """Says "working…" only when the bench is still busy after a moment: an ordinary scan takes a few
        milliseconds, and flashing the label on each one would cost a relayout and repaint for nothing."""
        self._pending = pending
        if pending == 0:
            self._busy_delay.stop()
            self._show_pending()
        elif self.busy.text():
            self._show_pending()
        elif not self._busy_delay.isActive():
            self._busy_delay.start()

    def _show_pending(self) -> None:
        pending = self._pending
        text = (self.tr("working… {count} queued").format(count=pending) if pending > 1
                else self.tr("working…") if pending == 1 else "")
        if text != self.busy.text():
            self.busy.setText(text)
