"""Insight for a date range, in three tabs, for every station or one (F5 shows, Ctrl+Tab switches tabs).

- Why things come back: most returned SKUs, stated reason against the reason found, damage rates by carrier and
  packaging, return-window violations, and the trend per day as a chart. The figures are the end-of-day report's
  (`inspector.reports.figures`).
- The site's flow (`SiteFlowPanel`): open holds and the backlog as they stand, dock to stock and items per hour.
- Outcomes and fraud signals (`OutcomeFraudPanel`): outcomes per currency, the money held for review, the signals by
  reason, SKU and customer, from the same figures as the first tab.

Both are read on the database lane through their use cases, which refuse anyone but a supervisor themselves (the
review window that opens this, Ctrl+I, is only one gate); the window only shows them. At a supervisor desk the
tables hold other stations' copies beside the desk's own records, so both cover the site.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTabWidget, QTableView, QVBoxLayout, QWidget)

from inspector.errors import RefusedError
from inspector.usecases.insight import InsightQuery, insight_figures
from inspector.usecases.review import require_day
from inspector.usecases.site_insight import SiteInsightQuery, site_insight
from inspector.usecases.unit_of_work import UnitOfWork
from ui.common.day_field import DayField
from ui.common.header_table_model import Index
from ui.common.retranslate import Retranslating
from ui.common.texts import translated_message
from ui.review.live_text import TitledTableModel, error_words
from ui.review.outcome_fraud_panel import OutcomeFraudPanel
from ui.review.site_flow_panel import SiteFlowPanel


class RowsModel(TitledTableModel):
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


class TrendChart(Retranslating, QWidget):
    """Bars per day (items returned) with a line of the exceptions; painted directly, no chart library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trend_chart")
        self.setMinimumHeight(190)
        self.points: list[tuple[dt.date, int, int]] = []   # day, items, exceptions

    def retranslate(self) -> None:
        self.update()     # its title is painted in the window's language

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


class InsightView(Retranslating, QDialog):
    loaded = Signal()
    refused = Signal(str)     # a refusal or problem, as shown

    def __init__(self, runner: Any, uow_factory: Callable[[], UnitOfWork], supervisor_id: str, first_day: dt.date,
                 last_day: dt.date, parent: QWidget | None = None,
                 clock: Callable[[], dt.datetime] | None = None,
                 site_status: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insight_view")
        self._runner, self._uow, self._supervisor = runner, uow_factory, supervisor_id
        self._clock = clock or (lambda: dt.datetime.now(dt.timezone.utc))
        # At a supervisor desk: () -> SiteStatus or None (inspector.usecases.site_status), how current its copies are
        self._site_status = site_status
        self._status: Any = None          # what was read last, shown again after a language switch
        self._figures: Any = None
        self._said: Any = None            # () -> a failure's words
        self.site_line = QLabel(self)
        self.site_line.setObjectName("insight_site_as_of")
        self.site_line.setWordWrap(True)
        self.site_line.hide()
        self.first = DayField(first_day, self)
        self.last = DayField(last_day, self)
        self.station = QComboBox(self)
        self.station.setObjectName("insight_station")
        self.station.addItem("", None)       # "Every station" (retranslate)
        self.show_button = QPushButton(self)
        self.show_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        self.skus = RowsModel(("",) * 3, self)          # the headers' words: retranslate
        self.carriers = RowsModel(("",) * 4, self)
        self.packaging = RowsModel(("",) * 4, self)
        self.reasons = RowsModel(("",) * 3, self)
        self.summary = QLabel(self)
        self.summary.setObjectName("insight_summary")
        self.summary.setWordWrap(True)
        self.trend = TrendChart(self)
        grid = QGridLayout()
        self.boxes: list[QGroupBox] = []
        for n, model in enumerate((self.skus, self.reasons, self.carriers, self.packaging)):
            box = QGroupBox(self)
            self.boxes.append(box)
            view = QTableView(box)
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            QVBoxLayout(box).addWidget(view)
            grid.addWidget(box, n // 2, n % 2)
        why = QWidget(self)
        why_layout = QVBoxLayout(why)
        why_layout.addWidget(self.summary)
        why_layout.addLayout(grid, 1)
        why_layout.addWidget(self.trend)
        self.site_flow = SiteFlowPanel(self)
        self.outcome_fraud = OutcomeFraudPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("insight_tabs")
        self.tabs.addTab(why, "")
        self.tabs.addTab(self.site_flow, "")
        self.tabs.addTab(self.outcome_fraud, "")
        # Wherever the focus is (a day field, a table): the tab widget itself sees Ctrl+Tab only from inside it.
        QShortcut(QKeySequence("Ctrl+Tab"), self, activated=lambda: self._turn_tab(1))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self, activated=lambda: self._turn_tab(-1))
        self.from_label, self.to_label, self.station_label = QLabel(self), QLabel(self), QLabel(self)
        top = QHBoxLayout()
        for widget in (self.from_label, self.first, self.to_label, self.last, self.station_label, self.station,
                       self.show_button):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.site_line)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.resize(1200, 820)

    def retranslate(self) -> None:
        """Every word in the window's language now; the figures read last are shown again, not read anew."""
        self.setWindowTitle(self.tr("Insight"))
        self.station.setItemText(0, self.tr("Every station"))
        self.show_button.setText(self.tr("Show (F5)"))
        self.skus.set_headers((self.tr("SKU"), self.tr("Description"), self.tr("Returned")))
        self.carriers.set_headers((self.tr("Carrier"), self.tr("Items"), self.tr("Damaged"), self.tr("Rate")))
        self.packaging.set_headers((self.tr("Packaging"), self.tr("Items"), self.tr("Damaged"), self.tr("Rate")))
        self.reasons.set_headers((self.tr("Stated"), self.tr("Found"), self.tr("Items")))
        for box, title in zip(self.boxes, (self.tr("Most returned SKUs"), self.tr("Stated reason beside the reason found"),
                                           self.tr("Damage by carrier"), self.tr("Damage by packaging condition"))):
            box.setTitle(title)
        self.tabs.setTabText(0, self.tr("Why things come back"))
        self.tabs.setTabText(1, self.tr("The site's flow"))
        self.tabs.setTabText(2, self.tr("Outcomes and fraud signals"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.station_label.setText(self.tr("Station"))
        if self._status is not None:
            self._show_status()
        if self._said is not None:
            self._say_failure()
        elif self._figures is not None:
            self._show_summary()

    def _turn_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def chosen_station(self) -> str | None:
        return self.station.currentData()

    def refresh(self) -> None:
        try:
            first, last = require_day(self.first.day()), require_day(self.last.day())
        except RefusedError as exc:
            self._failed(exc)
            return
        supervisor, uow, clock, station = self._supervisor, self._uow, self._clock, self.chosen_station()

        def read() -> tuple[Any, Any, Any]:     # on the database lane: both reads, and the zone their days are in
            figures = insight_figures(InsightQuery(first, last, station), supervisor, uow())
            flow = site_insight(SiteInsightQuery(first, last, station), supervisor, uow(), clock)
            return figures, flow, uow().policy.zone

        self._runner.run_db(read, on_done=self._show_both, on_error=self._failed)
        if self._site_status is not None:
            self._runner.run_background(self._site_status, on_done=self._site_loaded, on_error=lambda _e: None)

    def _site_loaded(self, status: Any) -> None:
        """"site as of 14:02; BENCH-07 last heard 13:40": the figures are as current as the desk's copies."""
        self._status = status
        self._show_status()
        self.site_line.setVisible(status is not None)

    def _show_status(self) -> None:
        status = self._status
        self.site_line.setText("" if status is None else translated_message(str(status), status.said))

    def _failed(self, exc: BaseException) -> None:
        self._said = error_words(exc)
        self._say_failure()
        self.refused.emit(self.summary.text())

    def _say_failure(self) -> None:
        self.summary.setText(self._said())
        self.site_flow.show_problem(self._said)
        self.outcome_fraud.show_problem(self._said)

    def _show_both(self, read: tuple[Any, Any, Any]) -> None:
        figures, flow, zone = read
        self._offer_stations(flow.stations)
        self.site_flow.show_insight(flow, zone)
        self._show(figures)

    def _offer_stations(self, stations: tuple[str, ...]) -> None:
        """Every station the database holds records of; the one chosen stays chosen."""
        chosen = self.chosen_station()
        known = [self.station.itemData(n) for n in range(1, self.station.count())]
        if known == list(stations):
            return
        self.station.blockSignals(True)
        while self.station.count() > 1:
            self.station.removeItem(1)
        for name in sorted(set(stations) | ({chosen} if chosen else set())):
            self.station.addItem(name, name)
        self.station.setCurrentIndex(max(0, self.station.findData(chosen)) if chosen else 0)
        self.station.blockSignals(False)

    def _show(self, figures: Any) -> None:
        self._figures, self._said = figures, None
        self.skus.set_rows([(sku, figures.sku_names.get(sku, ""), f"{n:,}") for sku, n in figures.skus.most_common(20)])
        self.reasons.set_rows([(s, f, f"{n:,}") for (s, f), n in figures.stated_vs_found.most_common(20)])
        for model, table in ((self.carriers, figures.by_carrier), (self.packaging, figures.by_packaging)):
            model.set_rows([(k, f"{r.items:,}", f"{r.damaged:,}", f"{r.percent:.1f}%") for k, r in sorted(table.items())])
        self._show_summary()
        self.outcome_fraud.show_figures(figures)
        days = []
        day = figures.first_day
        while day <= figures.last_day:
            days.append((day, figures.daily.get(day, 0), figures.daily_exceptions.get(day, 0)))
            day += dt.timedelta(days=1)
        self.trend.set_points(days)
        self.loaded.emit()

    def _show_summary(self) -> None:
        figures = self._figures
        items, mismatch = figures.items, figures.reason_mismatches
        self.summary.setText(self.tr(
            "{items} items. Stated reason differs from the reason found: {mismatch} ({share:.1f}%). "
            "Return-window violations: {late} ({late_share:.1f}%).").format(
            items=f"{items:,}", mismatch=f"{mismatch:,}", share=100 * mismatch / items if items else 0,
            late=f"{figures.window_violations:,}",
            late_share=100 * figures.window_violations / items if items else 0))
