"""Why things come back, for a date range: most returned SKUs, stated reason against the reason found, damage rates
by carrier and packaging, return-window violations, and the trend per day as a chart.

The figures are the end-of-day report's (`inspector.reports.figures`), read on the database lane through the
insight use case, which refuses anyone but a supervisor itself (the review window that opens this, Ctrl+I, is only
one gate); the window only shows them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (QDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from inspector.errors import RefusedError
from inspector.usecases.insight import InsightQuery, insight_figures
from inspector.usecases.review import require_day
from inspector.usecases.unit_of_work import UnitOfWork
from ui.common.day_field import DayField
from ui.common.error_text import error_text
from ui.common.header_table_model import HeaderTableModel, Index


class RowsModel(HeaderTableModel):
    """A read-only table of text rows under fixed headers (the insight tables are all of this shape)."""

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self._replace_rows([tuple(str(v) for v in row) for row in rows])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and row[index.column()][:1].isdigit():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TrendChart(QWidget):
    """Bars per day (items returned) with a line of the exceptions; painted directly, no chart library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trend_chart")
        self.setMinimumHeight(190)
        self.points: list[tuple[dt.date, int, int]] = []   # day, items, exceptions

    def set_points(self, points: list[tuple[dt.date, int, int]]) -> None:
        self.points = points
        self.update()

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(44, 28, -10, -24)
        painter.drawText(QRectF(4, 2, self.width(), 18), Qt.AlignmentFlag.AlignLeft,
                         self.tr("Items per day (bars), exceptions per day (line)"))
        if not self.points:
            painter.end()
            return
        top = max(max(items for _d, items, _e in self.points), 1)
        step = area.width() / len(self.points)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#3b6ea5"))
        for n, (_day, items, _ex) in enumerate(self.points):
            height = area.height() * items / top
            painter.drawRect(QRectF(area.left() + n * step + step * 0.15, area.bottom() - height, step * 0.7, height))
        painter.setPen(QColor("#c0392b"))
        previous = None
        for n, (_day, _items, exceptions) in enumerate(self.points):
            point = (area.left() + n * step + step / 2, area.bottom() - area.height() * exceptions / top)
            if previous is not None:
                painter.drawLine(int(previous[0]), int(previous[1]), int(point[0]), int(point[1]))
            previous = point
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(0, area.top() - 8, 40, 16), Qt.AlignmentFlag.AlignRight, str(top))
        every = max(1, len(self.points) // 8)
        for n, (day, _i, _e) in enumerate(self.points):
            if n % every == 0:
                painter.drawText(QRectF(area.left() + n * step - 20, area.bottom() + 4, step + 40, 14),
                                 Qt.AlignmentFlag.AlignHCenter, day.strftime("%m-%d"))
        painter.end()


class InsightView(QDialog):
    loaded = Signal()
    refused = Signal(str)     # a refusal or problem, as shown

    def __init__(self, runner: Any, uow_factory: Callable[[], UnitOfWork], supervisor_id: str, first_day: dt.date,
                 last_day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insight_view")
        self.setWindowTitle(self.tr("Why things come back"))
        self._runner, self._uow, self._supervisor = runner, uow_factory, supervisor_id
        self.first = DayField(first_day, self)
        self.last = DayField(last_day, self)
        refresh = QPushButton(self.tr("Show (F5)"), self)
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        self.skus = RowsModel((self.tr("SKU"), self.tr("Description"), self.tr("Returned")), self)
        self.carriers = RowsModel((self.tr("Carrier"), self.tr("Items"), self.tr("Damaged"), self.tr("Rate")), self)
        self.packaging = RowsModel((self.tr("Packaging"), self.tr("Items"), self.tr("Damaged"), self.tr("Rate")), self)
        self.reasons = RowsModel((self.tr("Stated"), self.tr("Found"), self.tr("Items")), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("insight_summary")
        self.summary.setWordWrap(True)
        self.trend = TrendChart(self)
        grid = QGridLayout()
        for n, (title, model) in enumerate(((self.tr("Most returned SKUs"), self.skus),
                                            (self.tr("Stated reason beside the reason found"), self.reasons),
                                            (self.tr("Damage by carrier"), self.carriers),
                                            (self.tr("Damage by packaging condition"), self.packaging))):
            box = QGroupBox(title, self)
            view = QTableView(box)
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            QVBoxLayout(box).addWidget(view)
            grid.addWidget(box, n // 2, n % 2)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("From"), self), self.first, QLabel(self.tr("to"), self), self.last, refresh):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        layout.addWidget(self.trend)
        self.resize(1100, 760)

    def refresh(self) -> None:
        try:
            query = InsightQuery(require_day(self.first.day()), require_day(self.last.day()))
        except RefusedError as exc:
            self._failed(exc)
            return
        supervisor, uow = self._supervisor, self._uow
        self._runner.run_db(lambda: insight_figures(query, supervisor, uow()), on_done=self._show,
                            on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.summary.setText(text)
        self.refused.emit(text)

    def _show(self, figures: Any) -> None:
        items = figures.items
        self.skus.set_rows([(sku, figures.sku_names.get(sku, ""), f"{n:,}") for sku, n in figures.skus.most_common(20)])
        self.reasons.set_rows([(s, f, f"{n:,}") for (s, f), n in figures.stated_vs_found.most_common(20)])
        for model, table in ((self.carriers, figures.by_carrier), (self.packaging, figures.by_packaging)):
            model.set_rows([(k, f"{r.items:,}", f"{r.damaged:,}", f"{r.percent:.1f}%") for k, r in sorted(table.items())])
        mismatch = figures.reason_mismatches
        self.summary.setText(self.tr(
            "{items} items. Stated reason differs from the reason found: {mismatch} ({share:.1f}%). "
            "Return-window violations: {late} ({late_share:.1f}%).").format(
            items=f"{items:,}", mismatch=f"{mismatch:,}", share=100 * mismatch / items if items else 0,
            late=f"{figures.window_violations:,}",
            late_share=100 * figures.window_violations / items if items else 0))
        days = []
        day = figures.first_day
        while day <= figures.last_day:
            days.append((day, figures.daily.get(day, 0), figures.daily_exceptions.get(day, 0)))
            day += dt.timedelta(days=1)
        self.trend.set_points(days)
        self.loaded.emit()
