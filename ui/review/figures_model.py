"""A read-only table of figures that sorts by what each cell means, not by how it reads.

Each cell is shown as text ("4 h 20 min", "3.3") and sorted by a value of its own (minutes, items per hour, a name
folded to lower case): sorted as text, "10 min" would come before "9 min". Views sort through
`sortable(model)`, a proxy that asks for `SORT_ROLE`.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from ui.common.header_table_model import HeaderTableModel, Index

SORT_ROLE = Qt.ItemDataRole.UserRole
Cell = tuple[str, Any]          # (text shown, value sorted by: a number, or text)


def number(text: str, value: float) -> Cell:
    return text, float(value)


def words(text: str) -> Cell:
    return text, text.casefold()


class FiguresModel(HeaderTableModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)

    def set_rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        self._replace_rows([tuple(row) for row in rows])

    def text(self, row: int, column: int) -> str:
        return str(self._rows[row][column][0])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row(index)
        if row is None or not 0 <= index.column() < len(row):
            return None
        text, value = row[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def sortable(model: FiguresModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
