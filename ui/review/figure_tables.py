"""The insight view's grid of titled, sortable figure tables, set up the same way on each of its tabs."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from ui.review.figures_model import FiguresModel, sortable

# (name, model, column sorted by at first, its order, grid place: (row, column) or (row, column, rows, columns))
Table = tuple[str, FiguresModel, int, Qt.SortOrder, tuple[int, ...]]


class FigureTables:
    """One group box per table (titled later, in the window's language), each holding a read-only sortable view
    named `{prefix}_{name}`, laid out on `grid`."""

    def __init__(self, owner: QWidget, prefix: str, tables: Iterable[Table], points: int | None = None) -> None:
        self.grid = QGridLayout()
        self.views: dict[str, QTableView] = {}
        self.boxes: dict[str, QGroupBox] = {}
        for name, model, column, order, place in tables:
            box = QGroupBox(owner)
            view = QTableView(box)
            view.setObjectName(f"{prefix}_{name}")
            view.setModel(sortable(model, view))
            if points is not None:
                font = QFont(view.font())
                font.setPointSize(max(font.pointSize(), points))
                view.setFont(font)
            view.verticalHeader().hide()
            view.setAlternatingRowColors(True)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            view.setSortingEnabled(True)
            view.sortByColumn(column, order)
            QVBoxLayout(box).addWidget(view)
            self.grid.addWidget(box, *place)
            self.boxes[name], self.views[name] = box, view
