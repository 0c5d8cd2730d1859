"""The open returns of one scanned order, to choose from.

When an order number with several open returns is scanned, the session lists them (`BenchState.return_choices`) and
waits: the operator presses the row's digit (the window's grade-key path), clicks the row, scans the RMA label, or
presses Esc. `ItemArea` shows this list in place of the item panel, which has nothing to show while a choice is
pending (no unit is in hand), and leaves the parcel panel beside it as it was: the wider pane keeps most of a long
RMA number whole. The rows are shown as the session gives them; which return a number opens is the session's answer.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QStackedWidget, QTableView, QVBoxLayout, QWidget)

from inspector.bench.state import BenchState, ReturnChoice
from ui.common.header_table_model import HeaderTableModel, Index
from ui.common.retranslate import Retranslating
from ui.common.texts import short_date
from ui.common.item_roles import ALIGNMENT, CENTRE, DISPLAY, FONT, LEFT, RIGHT, TOOLTIP



class ReturnChoiceModel(HeaderTableModel):
    """One row a return: its RMA number over the customer's reason, then its size and delivery date."""

    KEY, RETURN, LINES, UNITS, DELIVERED = range(5)
    _ALIGNMENTS = (CENTRE, LEFT, RIGHT, RIGHT, LEFT)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self._bold = QFont()
        self._bold.setBold(True)     # only the weight: the size stays the view's (the style sheet's)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_headers((self.tr("Key"), self.tr("Return"), self.tr("Lines"), self.tr("Units"),
                          self.tr("Delivered")))
        if self._rows:   # dates are worded in the language
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1))

    def set_choices(self, choices: Sequence[ReturnChoice]) -> None:
        if tuple(choices) != tuple(self._rows):
            self._replace_rows(choices)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        choice: ReturnChoice | None = self._row(index)
        if choice is None:
            return None
        column = index.column()
        if role == DISPLAY:
            return self._cell(index.row(), column, choice)
        if role == TOOLTIP:
            # Long numbers are cut in the middle on screen; the tooltip has them whole.
            return f"{choice.rma_number}\n{choice.customer_reason or ''}".rstrip()
        if role == FONT and column == self.KEY:
            return self._bold
        if role == ALIGNMENT:
            return self._ALIGNMENTS[column]
        return None

    @classmethod
    def _cell(cls, row: int, column: int, choice: ReturnChoice) -> str:
        if column == cls.KEY:
            return str(row + 1)
        if column == cls.RETURN:
            return f"{choice.rma_number}\n{choice.customer_reason or '—'}"
        if column == cls.LINES:
            return str(choice.lines)
        if column == cls.UNITS:
            return str(choice.units)
        return short_date(choice.delivered_on)


class ReturnChoicePanel(Retranslating, QFrame):
    choice_requested = Signal(int)     # 1-based, as the digit keys and `BenchSession.choose_return` count
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("return_choice_panel")
        self.setProperty("panel", True)
        self._order = ""
        self._count = 0
        self.heading = QLabel(self)
        self.heading.setProperty("heading", True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("return_choice_prompt")
        self.prompt.setProperty("value", True)
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)

        self.model = ReturnChoiceModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("return_choices")
        self.view.setModel(self.model)
        # Enter and the digits belong to the scanner capture; the rows are chosen by key or by click.
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)   # an RMA number's both ends tell returns apart
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReturnChoiceModel.RETURN, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.clicked.connect(self._on_clicked)

        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("return_choice_cancel")
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Enter belongs to the scanner
        self.cancel_button.clicked.connect(self.cancel_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.prompt)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self._show_heading()
        self.prompt.setText(self.tr("Which return is this parcel? Press its number, click its row, or scan its "
                                    "RMA label."))
        self.cancel_button.setText(self.tr("Cancel  Esc"))
        self.model.retranslate()

    def keys_hint(self) -> str:
        """The scan bar's key line while a choice is pending."""
        return self.tr("1–{count} choose a return · Esc cancel").format(count=self._count)

    def render_state(self, state: BenchState) -> None:
        choices = state.return_choices
        self.model.set_choices(choices)
        order = choices[0].order_number if choices else ""
        if (order, len(choices)) != (self._order, self._count):
            self._order, self._count = order, len(choices)
            self._show_heading()
        self.view.executeDelayedItemsLayout()   # the rows in this paint, not on the view's next timer tick

    def _show_heading(self) -> None:
        self.heading.setText(self.tr("Returns of order {order}").format(order=self._order))

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.choice_requested.emit(index.row() + 1)


class ItemArea(QStackedWidget):
    """The item panel, or in its place the returns to choose from while the session waits for a choice."""

    def __init__(self, item_panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("item_area")
        self.item_panel = item_panel
        self.choices = ReturnChoicePanel(self)
        self.addWidget(item_panel)
        self.addWidget(self.choices)

    def render_state(self, state: BenchState) -> None:
        self.item_panel.render_state(state)  # type: ignore[attr-defined]
        self.choices.render_state(state)
        page = self.choices if state.return_choices else self.item_panel
        if self.currentWidget() is not page:
            self.setCurrentWidget(page)
