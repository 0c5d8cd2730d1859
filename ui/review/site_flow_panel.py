"""The site's flow at a glance, in the insight view: open holds and the backlog as they stand, dock to stock and
items per hour over the range asked. Every table sorts by a click on its header, by what the cell means.

The figures come ready from `inspector.usecases.site_insight` (read on the database lane); this only lays them out.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from inspector.domain.site_day import SiteZone
from inspector.domain.site_insight import DurationFigures
from inspector.usecases.site_insight import SiteInsight
from ui.common.retranslate import Retranslating
from ui.common.texts import flag_text
from ui.review.figure_tables import FigureTables
from ui.review.figures_model import Cell, FiguresModel, number, words

READABLE_POINTS = 13     # the bench's own base size: a supervisor reads these standing, as the bench's screens


class SiteFlowPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("site_flow")
        self.headline = QLabel(self)
        self.headline.setObjectName("site_flow_headline")
        self.headline.setWordWrap(True)
        big = QFont(self.headline.font())
        big.setPointSize(max(big.pointSize(), READABLE_POINTS) + 3)
        big.setBold(True)
        self.headline.setFont(big)
        self.as_of = QLabel(self)
        self.as_of.setObjectName("site_flow_as_of")
        self.as_of.setWordWrap(True)
        # what was shown last, shown again in the new language after a switch (nothing is read again)
        self._shown: tuple[SiteInsight, SiteZone] | None = None
        self._problem: Callable[[], str] | None = None
        # the headers' words: retranslate
        self.holds = FiguresModel(("",) * 6, self)
        self.backlog = FiguresModel(("",) * 4, self)
        self.by_station = FiguresModel(("",) * 4, self)
        # dock to stock and items per hour of one inspector count the same items (completed in the range): one row
        self.inspectors = FiguresModel(("",) * 7, self)
        tables = (
            # what waits now first, across the whole width: a hold's exceptions need the room
            ("holds", self.holds, 0, Qt.SortOrder.DescendingOrder, (0, 0, 1, 2)),
            ("backlog", self.backlog, 2, Qt.SortOrder.DescendingOrder, (1, 0, 1, 1)),
            ("by_station", self.by_station, 0, Qt.SortOrder.AscendingOrder, (1, 1, 1, 1)),
            ("inspectors", self.inspectors, 5, Qt.SortOrder.DescendingOrder, (2, 0, 1, 2)),
        )
        laid_out = FigureTables(self, "site_flow", tables, READABLE_POINTS)
        grid, self.views, self.boxes = laid_out.grid, laid_out.views, laid_out.boxes
        self.rates_note = QLabel(self)
        self.rates_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.as_of)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 2)
        layout.addLayout(grid, 1)
        layout.addWidget(self.rates_note)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word in the window's language now; the figures shown last are shown again in it."""
        self.holds.set_headers((self.tr("Waiting"), self.tr("Station"), self.tr("Plate"), self.tr("Inspector"),
                                self.tr("Exceptions"), self.tr("Completed")))
        self.backlog.set_headers((self.tr("Station"), self.tr("Parcels"), self.tr("Oldest waiting"),
                                  self.tr("Received")))
        self.by_station.set_headers((self.tr("Station"), self.tr("Items"), self.tr("Median"), self.tr("p90")))
        self.inspectors.set_headers((self.tr("Inspector"), self.tr("Items"), self.tr("Dock to stock, median"),
                                     self.tr("p90"), self.tr("Hours worked"), self.tr("Items per hour"),
                                     self.tr("Stations")))
        titles = {
            "holds": self.tr("Open holds, oldest first"),
            "backlog": self.tr("Backlog: parcels received, not yet inspected"),
            "by_station": self.tr("Dock to stock per station (parcel received to item completed)"),
            "inspectors": self.tr("Per inspector, across the benches they worked at: dock to stock and items per hour"),
        }
        for name, box in self.boxes.items():
            box.setTitle(titles[name])
        self.rates_note.setText(self.tr("Hours worked are active time: the stretches from one parcel or item to the "
                                        "next, with gaps of more than 15 minutes left out as breaks."))
        problem = self._problem     # a failure since the figures shown: it stays said, over them
        if self._shown is not None:
            self.show_insight(*self._shown)
        if problem is not None:
            self.show_problem(problem)

    def show_problem(self, words: Callable[[], str]) -> None:
        """Why the figures could not be read, in the headline (said again after a language switch)."""
        self._problem = words
        self.headline.setText(words())

    def duration(self, minutes: float) -> str:
        """Under an hour in minutes (17.5 min), under a day in hours and minutes, then days and hours."""
        if minutes < 60:
            return self.tr("{minutes} min").format(minutes=f"{round(minutes, 1):g}")
        whole = round(minutes)
        if whole < 24 * 60:
            hours, rest = divmod(whole, 60)
            return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=rest)
        days, rest = divmod(whole, 24 * 60)
        return self.tr("{days} d {hours} h").format(days=days, hours=rest // 60)

    def _waited(self, minutes: float) -> Cell:
        return number(self.duration(minutes), minutes)

    def _durations(self, figures: tuple[DurationFigures, ...]) -> list[tuple[Cell, ...]]:
        return [(words(f.label), number(f"{f.count:,}", f.count), self._waited(f.median_minutes),
                 self._waited(f.p90_minutes)) for f in figures]

    def _inspectors(self, insight: SiteInsight) -> list[tuple[Cell, ...]]:
        waits = {f.key: f for f in insight.dock_to_stock_by_inspector}
        rows = []
        for r in insight.rates:
            wait = waits.get(r.operator_id)
            rows.append((words(r.name), number(f"{r.items:,}", r.items),
                         self._waited(wait.median_minutes) if wait else ("—", -1.0),
                         self._waited(wait.p90_minutes) if wait else ("—", -1.0),
                         number(f"{r.hours:.1f}", r.hours),
                         number("—" if r.per_hour is None else f"{r.per_hour:.1f}", r.per_hour or -1.0),
                         words(", ".join(r.stations))))
        return rows

    def show_insight(self, insight: SiteInsight, zone: SiteZone) -> None:
        self._shown, self._problem = (insight, zone), None

        def when(at: Any) -> Cell:
            local = zone.local(at)
            return local.strftime("%m-%d %H:%M"), at.timestamp()     # the year is the range's, shown above

        self.holds.set_rows([(self._waited(h.age_minutes), words(h.station), words(h.license_plate),
                              words(h.operator_name), words(", ".join(flag_text(c) for c in h.exceptions)),
                              when(h.completed_at)) for h in insight.holds])
        self.backlog.set_rows([(words(b.station), number(f"{b.parcels:,}", b.parcels),
                                self._waited(b.oldest_age_minutes), when(b.oldest_received_at))
                               for b in insight.backlog])
        self.by_station.set_rows(self._durations(insight.dock_to_stock_by_station))
        self.inspectors.set_rows(self._inspectors(insight))
        self.headline.setText(self._headline(insight))
        self.as_of.setText(self.tr(
            "As of {time} on {day} ({zone}), by this desk's records. Holds and backlog: what is open now, from "
            "{since}; dock to stock and items per hour: items completed {first} to {last}.").format(
            time=zone.local(insight.as_of).strftime("%H:%M"), day=zone.local(insight.as_of).date().isoformat(),
            zone=zone.label(insight.as_of.date()), since=insight.holds_since.isoformat(),
            first=insight.first_day.isoformat(), last=insight.last_day.isoformat()))

    def _headline(self, insight: SiteInsight) -> str:
        """Counts after a colon, so no plural has to agree with them in any language."""
        holds = (self.tr("Open holds: none") if not insight.holds else self.tr(
            "Open holds: {count}, the oldest waiting {age}").format(
            count=f"{len(insight.holds):,}", age=self.duration(insight.holds[0].age_minutes)))
        parcels = sum(b.parcels for b in insight.backlog)
        waiting = (self.tr("Parcels not yet inspected: none") if not parcels else self.tr(
            "Parcels not yet inspected: {count} (stations with a backlog: {stations})").format(
            count=f"{parcels:,}", stations=len(insight.backlog)))
        return f"{holds} · {waiting}"
