"""The open parcel's expected return lines, with how many units are still to come."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from inspector.bench.state import ExpectedLineView
from ui.common.texts import money, policy_label
from ui.common.item_roles import ALIGNMENT, DISPLAY, FONT, FOREGROUND, LEFT, RIGHT, TOOLTIP

Index = QModelIndex | QPersistentModelIndex




class ExpectedLinesModel(QAbstractTableModel):
    """The cells are worked out once per change, not on every `data()` call: the view asks for each cell's text,
    font, colour and size many times per repaint, and money formatting is not free."""

    LINE, ITEM, PRICE, EXPECTED, REMAINING = range(5)
    _COLUMNS = 5
    _ALIGNMENTS = (RIGHT, LEFT, RIGHT, RIGHT, RIGHT)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: tuple[ExpectedLineView, ...] = ()
        self._cells: list[dict[int, tuple[Any, ...]]] = []
        self._done_font = QFont()
        self._done_font.setStrikeOut(True)
        self._done_brush = QBrush(QColor("#1b7f3b"))
        self._open_brush = QBrush(QColor("#a86400"))

    def set_lines(self, lines: Sequence[ExpectedLineView]) -> None:
        new = tuple(lines)
        if new == self._lines:
            return
        same_shape = len(new) == len(self._lines) and all(
            a.line_id == b.line_id for a, b in zip(new, self._lines, strict=True))
        if same_shape:
            # Only counts moved: repaint in place so the view keeps its scroll position.
            self._set(new)
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, self._COLUMNS - 1))
            return
        self.beginResetModel()
        self._set(new)
        self.endResetModel()

    def retranslate(self) -> None:
        """After a language switch: the cells again (money and words follow the language) and the headers."""
        self._set(self._lines)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, self._COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._COLUMNS - 1)

    def _set(self, lines: tuple[ExpectedLineView, ...]) -> None:
        self._lines = lines
        self._cells = [self._cells_of(line) for line in lines]

    def _cells_of(self, line: ExpectedLineView) -> dict[int, tuple[Any, ...]]:
        done = line.remaining == 0
        return {
            DISPLAY: (str(line.line_no), self._item_text(line), money(line.unit_price, line.currency),
                       str(line.quantity), str(line.remaining)),
            ALIGNMENT: self._ALIGNMENTS,
            FOREGROUND: (None, None, None, None, self._done_brush if done else self._open_brush),
            FONT: (None, self._done_font if done else None, None, None, None),
        }

    def _item_text(self, line: ExpectedLineView) -> str:
        text = f"{line.description}\n{line.sku}"
        elsewhere = self.elsewhere_text(line)
        return f"{text}\n{elsewhere}" if elsewhere else text

    def elsewhere_text(self, line: ExpectedLineView) -> str:
        """What the site's other benches already inspected against the line, e.g. "expected 2, 1 inspected at
        BENCH-02"; empty when none has."""
        if not line.elsewhere:
            return ""
        counts = ", ".join(self.tr("{count} inspected at {station}").format(count=e.inspected, station=e.station)
                           for e in line.elsewhere)
        return self.tr("expected {quantity}, {elsewhere}").format(quantity=line.quantity, elsewhere=counts)

    def line(self, row: int) -> ExpectedLineView:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()   # -1 for an invalid index
        if not 0 <= row < len(self._cells):
            return None
        if role == TOOLTIP:
            return self._tooltip(self._lines[row])
        values = self._cells[row].get(role)
        return None if values is None else values[index.column()]

    def _tooltip(self, line: ExpectedLineView) -> str:
        return self.tr("{category}; {inspected} of {quantity} inspected").format(
            category=policy_label(line.category), inspected=line.inspected, quantity=line.quantity) + (
            f"\nGTIN {line.gtin}" if line.gtin else "")

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = (self.tr("#"), self.tr("Item"), self.tr("Paid"), self.tr("Qty"), self.tr("Left"))
            return titles[section] if 0 <= section < self._COLUMNS else None
        return str(section + 1)
