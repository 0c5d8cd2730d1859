"""The open parcel's expected return lines, with how many units are still to come."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from inspector.bench.state import ExpectedLineView
from ui.texts import money, policy_label

Index = QModelIndex | QPersistentModelIndex


class ExpectedLinesModel(QAbstractTableModel):
    LINE, ITEM, PRICE, EXPECTED, REMAINING = range(5)
    _COLUMNS = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: tuple[ExpectedLineView, ...] = ()
        self._done_font = QFont()
        self._done_font.setStrikeOut(True)

    def set_lines(self, lines: Sequence[ExpectedLineView]) -> None:
        new = tuple(lines)
        if new == self._lines:
            return
        same_shape = len(new) == len(self._lines) and all(
            a.line_id == b.line_id for a, b in zip(new, self._lines, strict=True))
        if same_shape:
            # Only counts moved: repaint in place so the view keeps its scroll position.
            self._lines = new
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, self._COLUMNS - 1))
            return
        self.beginResetModel()
        self._lines = new
        self.endResetModel()

    def line(self, row: int) -> ExpectedLineView:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LINE:
                return str(line.line_no)
            if column == self.ITEM:
                return f"{line.description}\n{line.sku}"
            if column == self.PRICE:
                return money(line.unit_price, line.currency)
            if column == self.EXPECTED:
                return str(line.quantity)
            if column == self.REMAINING:
                return str(line.remaining)
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.PRICE, self.EXPECTED, self.REMAINING, self.LINE):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.REMAINING:
            return QBrush(QColor("#1b7f3b" if line.remaining == 0 else "#a86400"))
        elif role == Qt.ItemDataRole.FontRole and line.remaining == 0 and column == self.ITEM:
            return self._done_font
        elif role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{category}; {inspected} of {quantity} inspected").format(
                category=policy_label(line.category), inspected=line.inspected, quantity=line.quantity) + (
                f"\nGTIN {line.gtin}" if line.gtin else "")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = (self.tr("#"), self.tr("Item"), self.tr("Paid"), self.tr("Qty"), self.tr("Left"))
            return titles[section] if 0 <= section < self._COLUMNS else None
        return str(section + 1)
