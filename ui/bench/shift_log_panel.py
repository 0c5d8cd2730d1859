"""The shift log beside the parcel: the newest scans of this shift, with the shift's own count above them."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from inspector.bench.state import BenchState
from ui.bench.shift_log_model import ShiftLogModel
from ui.common.retranslate import Retranslating


class ShiftLogPanel(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shift_log_panel")
        self.setProperty("panel", True)
        self.model = ShiftLogModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("shift_log")
        self.view.setModel(self.model)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A fixed width for the clock column: sizing it to its contents reads every row on every scan.
        header.setSectionResizeMode(ShiftLogModel.TIME, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ShiftLogModel.TIME, self.view.fontMetrics().horizontalAdvance("00:00:00") + 24)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count = QLabel(self)
        self.count.setProperty("heading", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)

    def retranslate(self) -> None:
        # The count follows the state (the window renders it again); the model's cells and headers are cached.
        self.model.retranslate()

    def render_state(self, state: BenchState) -> None:
        self.model.set_entries(state.shift_log)
        # The view would lay out its new rows on its next timer tick and paint a second time; now, they are in the
        # same paint as the rest of the state.
        self.view.executeDelayedItemsLayout()
        # The shift's own count (the list keeps only the newest scans).
        self.count.setText(self.tr("This shift: {count} scans").format(count=QLocale().toString(state.shift_scans)))
