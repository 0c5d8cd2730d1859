"""A field for one calendar day, typed as YYYY-MM-DD: what is typed is the day, with no section-by-section editing.

QDateEdit edits a date section by section. Typed over a selection it dropped the year (2026 typed over 2027 stayed
2027), and a '-' typed after a full year skipped the month. Each keystroke also passed through dates nobody meant
(the month of 2026-11-19 reads 01 for one key), and anything listening kept them. A supervisor typing a range must
get the days typed, so this is a line edit that accepts the text and reads it as an ISO day once it is whole.
Up and Down step a day, Page Up and Page Down a month; Alt+Down (or the button) opens a calendar.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from ui.common.retranslate import Retranslating


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day where it has no such day (31 Jan + 1 = 28/29 Feb)."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    month += 1
    next_first = dt.date(year + (month == 12), month % 12 + 1, 1)
    return dt.date(year, month, min(day.day, (next_first - dt.timedelta(days=1)).day))


def parse_day(text: str) -> dt.date | None:
    """The day written YYYY-MM-DD, or None (unfinished, or no such day as 2026-02-30)."""
    if len(text) != 10:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


class DayField(Retranslating, QWidget):
    day_changed = Signal()      # the text changed: day() may now be a new day, or None

    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(day.isoformat(), self)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"),
                                                           self.edit))
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.setMaxLength(10)
        self.edit.textChanged.connect(lambda _t: self.day_changed.emit())
        self.edit.installEventFilter(self)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.show_calendar)
        self._calendar: QCalendarWidget | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        # A label's buddy and Alt+letter land in the text (a buddy with no focus policy is passed over).
        self.setFocusPolicy(self.edit.focusPolicy())
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.calendar_button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))

    def day(self) -> dt.date | None:
        return parse_day(self.edit.text())

    def set_day(self, day: dt.date) -> None:
        self.edit.setText(day.isoformat())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            return self._step(event)
        return super().eventFilter(watched, event)

    def _step(self, event: QKeyEvent) -> bool:
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt and key == Qt.Key.Key_Down:
            self.show_calendar()
            return True
        day = self.day()
        if day is None or alt:
            return False
        steps = {Qt.Key.Key_Up: lambda d: d + dt.timedelta(days=1), Qt.Key.Key_Down: lambda d: d - dt.timedelta(days=1),
                 Qt.Key.Key_PageUp: lambda d: add_months(d, 1), Qt.Key.Key_PageDown: lambda d: add_months(d, -1)}
        if key not in steps:
            return False
        try:
            self.set_day(steps[key](day))
        except (ValueError, OverflowError):      # past year 9999 or before year 1: stay
            pass
        return True

    def show_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.activated.connect(self._calendar_chose)
            self._calendar.clicked.connect(self._calendar_chose)
        day = self.day()
        if day is not None:
            self._calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar.show()
        self._calendar.setFocus()

    def _calendar_chose(self, date: QDate) -> None:
        self.set_day(date.toPython())
        if self._calendar is not None:
            self._calendar.hide()
        self.edit.setFocus()
