"""The supervisor's review window: the day's exceptions, approve or override with a reason, the end-of-day PDF, an
export of a range of days, and the insight view.

Every read and write is a use case on the database lane (which refuses anyone but a supervisor, whatever this window
shows); the PDF's figures are read there too, and drawn on the background lane. An export streams rows from the
database into its file chunk by chunk, so it runs whole on the database lane (its reads cannot be split from its
writing without holding every row in memory). Both long jobs share one progress bar and Cancel button
(`CancellableJob`). Nothing here holds an ORM object: the model (`ui.review.review_model`) shows frozen `ReviewItem`s.

Keys: Ctrl+Enter approve · Ctrl+G grade · Ctrl+K deduction · Ctrl+D disposition · Ctrl+O outcome · F5 refresh ·
Ctrl+E PDF · Alt+L the PDF's language · Ctrl+Shift+E export · Ctrl+I insight · Enter the selected item's photos at
full size (`ui.review.photo_viewer`; its thumbnails show under the queue, `ui.review.photo_strip`) · Esc cancels a PDF
or export being built, else closes.

Every word follows a language switch (an operator signing in) with the window open: `retranslate` sets the fixed
words again and says what was read last again (the message line, the queue's headers and words), reading nothing.
The PDF is written in the language picked beside its button (`ui.review.day_report`): the window's own until the
supervisor picks another.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from inspector.domain.site_day import SiteZone
from inspector.errors import RefusedError
from inspector.exporting.progress import Cancelled
from inspector.usecases import exports, review
from inspector.usecases.site_status import stations_held
from inspector.usecases.unit_of_work import UnitOfWork
from ui.common.cancellable_job import CancellableJob
from ui.common.day_field import DayField
from ui.common.retranslate import Retranslating
from ui.common.texts import translated_message
from ui.review.day_report import DayReport
from ui.review.export_dialog import ExportDialog, ExportRequest, default_export_dir
from ui.review.live_text import error_words
from ui.review.override_dialog import OverrideDialog
from ui.review.photo_strip import PhotoStrip
from ui.review.review_model import ReviewModel


_DECIDING_KEYS = ("Ctrl+Return", "Ctrl+G", "Ctrl+K", "Ctrl+D", "Ctrl+O")


class ReviewWindow(Retranslating, QDialog):
    refreshed = Signal()            # the queue has been (re)loaded
    decided = Signal(str)           # an approval or override was stored (its audit id)
    refused = Signal(str)           # a refusal or problem shown to the supervisor
    report_finished = Signal(str)   # the PDF's path
    report_cancelled = Signal()
    export_finished = Signal(int, str)   # rows written, the file's path
    export_cancelled = Signal()

    def __init__(self, runner: Any, uow_factory: Callable[[], UnitOfWork], supervisor_id: str, station: str,
                 grades: tuple[str, ...], dispositions: tuple[str, ...], day: dt.date,
                 clock: Callable[[], dt.datetime] | None = None, parent: QWidget | None = None,
                 export_dir: Path | None = None, site_status: Callable[[], Any] | None = None,
                 desk_days: Any = None, photos: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_window")
        self._runner = runner
        self._uow = uow_factory
        self._supervisor = supervisor_id
        self._station = station
        self._grades, self._dispositions = grades, dispositions
        self._clock = clock or (lambda: dt.datetime.now(dt.timezone.utc))
        self._export_dir = export_dir or default_export_dir()
        # A supervisor desk's view of the site: () -> SiteStatus or None (inspector.usecases.site_status), read on
        # the background lane; None: a window that shows no "as of".
        self._site_status = site_status
        self.status: Any = None
        self._said: Callable[[], str] | None = None      # the message line's words, said again after a switch
        self._cancel_words: Callable[[], str] | None = None   # the Cancel button's, while a job runs
        self.insight_view: QWidget | None = None
        self.model = ReviewModel(self)
        self.model.zone = self._zone()
        self.day = DayField(day, self)
        self.day.setObjectName("review_day")
        self.station = QComboBox(self)
        self.station.setObjectName("review_station")
        self.station.addItem("", None)     # "Every station", in the window's language (retranslate)
        self.as_of = QLabel(self)
        self.as_of.setObjectName("review_as_of")
        self.table = QTableView(self)
        self.table.setObjectName("review_table")
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        # The photo store (inspector.sync.photo_fetch.PhotoFiles); None: the window shows no photos.
        self._photos = photos
        self.photo_viewer: QWidget | None = None
        self.photo_strip = PhotoStrip(runner, photos, lambda: uow_factory().database, self._clock, self)
        for key in ("Return", "Enter"):
            QShortcut(QKeySequence(key), self.table, activated=self.open_photos,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.message = QLabel(self)
        self.message.setObjectName("review_message")
        self.message.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("report_progress")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("job_cancel")
        self.job = CancellableJob(self.progress, self.cancel_button, self)
        self._relay = self.job.relay
        self.report = DayReport(self, runner, uow_factory, self._export_dir)   # the end-of-day PDF and its language
        self.report_language = self.report.language
        # Two rows, deciding and the day's outputs: in one row the buttons made the window wider than a 1600-pixel
        # screen once a desk's "Close the day" joined them; Refresh went up beside the day once the report's language
        # joined the outputs (in Romanian they were wider than a 1366-pixel screen).
        decide, outputs = QHBoxLayout(), QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}     # by shortcut
        for key, slot in (("Ctrl+Return", self.approve_selected),
                          ("Ctrl+G", lambda: self.override_selected("grade")),
                          ("Ctrl+K", lambda: self.override_selected("deduction")),
                          ("Ctrl+D", lambda: self.override_selected("disposition")),
                          ("Ctrl+O", self.outcome_selected),
                          ("F5", self.refresh),
                          ("Ctrl+E", self.export_pdf),
                          ("Ctrl+Shift+E", self.export_inspections),
                          ("Ctrl+I", self.open_insight)):
            button = QPushButton(self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            if key != "F5":           # Refresh sits by the day and station it reads (below)
                (decide if key in _DECIDING_KEYS else outputs).addWidget(button)
            if key == "Ctrl+E":        # the PDF's language beside the PDF
                outputs.addWidget(self.report.language_label)
                outputs.addWidget(self.report.language)
            QShortcut(QKeySequence(key), self, activated=slot)
            self.buttons[key] = button
        decide.addStretch(1)
        outputs.addStretch(1)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.approve_selected)
        # A supervisor desk signs the site's day off here (inspector.sync.closed_days.DeskDays); None: no button.
        self.closing: Any = None
        if desk_days is not None:
            from ui.review.day_closing import DayClosing
            self.closing = DayClosing(self, runner, desk_days, outputs)
        self.day_label, self.station_label = QLabel(self), QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        top.addWidget(self.station_label)
        top.addWidget(self.station)
        top.addWidget(self.buttons["F5"])
        top.addStretch(1)
        top.addWidget(self.as_of)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.photo_strip)
        layout.addLayout(decide)
        layout.addLayout(outputs)
        layout.addWidget(self.message)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.day.day_changed.connect(lambda: self.day.day() is not None and self.refresh())   # once it is whole
        self.station.activated.connect(lambda _n: self.refresh())
        self.retranslate()
        self.resize(1100, 600)

    def retranslate(self) -> None:
        """Every word of the window in its language now; what was read is shown again, nothing is read anew."""
        self.setWindowTitle(self.tr("Supervisor review"))
        texts = {"Ctrl+Return": self.tr("Approve (Ctrl+Enter)"), "Ctrl+G": self.tr("Grade (Ctrl+G)"),
                 "Ctrl+K": self.tr("Deduction (Ctrl+K)"), "Ctrl+D": self.tr("Disposition (Ctrl+D)"),
                 "Ctrl+O": self.tr("Outcome… (Ctrl+O)"),
                 "F5": self.tr("Refresh (F5)"), "Ctrl+E": self.tr("End-of-day PDF (Ctrl+E)"),
                 "Ctrl+Shift+E": self.tr("Export… (Ctrl+Shift+E)"), "Ctrl+I": self.tr("Why things come back (Ctrl+I)")}
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.report.retranslate()
        self.day_label.setText(self.tr("Day"))
        self.station_label.setText(self.tr("Station"))
        self.station.setItemText(0, self.tr("Every station"))
        self.model.retranslate()
        self._show_status()
        if self.closing is not None:
            self.closing.retranslate()
        if self._cancel_words is not None:
            self.cancel_button.setText(self._cancel_words())
        if self._said is not None:
            self.message.setText(self._said())

    def say(self, words: Callable[[], str]) -> None:
        """Shows a message in the message line; `words` says it again in the new language after a switch."""
        self._said = words
        self.message.setText(words())

    def chosen_report_language(self) -> str:
        """The code of the language the end-of-day PDF is written in."""
        return self.report.chosen_language()

    # -- reading -----------------------------------------------------------------------------------------------
    def _zone(self) -> SiteZone:
        """The site's time zone, from the policy in force (a pulled policy may change it)."""
        return self._uow().policy.zone

    def chosen_day(self) -> dt.date | None:
        """The day typed, once it is a whole day; None while half typed (the window then says how to write one)."""
        return self.day.day()

    def day_or_say(self) -> dt.date | None:
        """The day typed, or None once the message line has said why it is no day."""
        try:
            return review.require_day(self.chosen_day())
        except RefusedError as exc:
            self._failed(exc)
            return None

    def chosen_station(self) -> str | None:
        """The station the queue, PDF and export are filtered to; None: every station (a desk: the whole site)."""
        return self.station.currentData()

    def refresh(self) -> None:
        day, supervisor, uow, station = self.day_or_say(), self._supervisor, self._uow, self.chosen_station()
        if day is None:
            return
        self.model.zone = self._zone()

        def read() -> tuple[list[review.ReviewItem], tuple[str, ...]]:
            return (review.review_queue(review.ReviewQuery(day, day, station), supervisor, uow()),
                    stations_held(uow()))
        self._runner.run_db(read, on_done=self._loaded, on_error=self._failed)
        if self.closing is not None:
            self.closing.load_late()
        if self._site_status is not None:
            self._runner.run_background(self._site_status, on_done=self._site_loaded, on_error=lambda _e: None)

    def _site_loaded(self, status: Any) -> None:
        """"site as of 14:02; BENCH-07 last heard 13:40": how current the desk's copies of the site are."""
        self.status = status
        self._show_status()
        if status is not None:
            self._offer_stations(status.names)

    def _show_status(self) -> None:
        status = self.status
        self.as_of.setText("" if status is None else translated_message(str(status), status.said))

    def _offer_stations(self, stations: tuple[str, ...]) -> None:
        """Adds the stations not offered yet, in order; the one chosen stays chosen."""
        known = [self.station.itemData(n) for n in range(1, self.station.count())]
        wanted = sorted(set(known) | set(stations))
        if wanted == known:
            return
        chosen = self.chosen_station()
        self.station.blockSignals(True)
        while self.station.count() > 1:
            self.station.removeItem(1)
        for name in wanted:
            self.station.addItem(name, name)
        self.station.setCurrentIndex(max(self.station.findData(chosen), 0) if chosen else 0)
        self.station.blockSignals(False)

    def _loaded(self, read: tuple[list[review.ReviewItem], tuple[str, ...]]) -> None:
        items, stations = read
        self._offer_stations(stations)
        selected = self.selected()
        self.model.set_items(items)
        if items:
            ids = [i.inspection_id for i in items]
            row = ids.index(selected.inspection_id) if selected and selected.inspection_id in ids else 0
            self.table.selectRow(row)
        else:
            self.photo_strip.show_item(None)
        count, still_open = len(items), sum(1 for i in items if i.review_state == "open")
        self.say(lambda: self.tr("{count} exception(s), {open} still open").format(count=count, open=still_open))
        self._show_refusal()
        self.table.setFocus()
        self.refreshed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.say(error_words(exc))
        self.refused.emit(self.message.text())

    def _selection_changed(self) -> None:
        self.photo_strip.show_item(self.selected())
        self._show_refusal()

    def open_photos(self) -> None:
        """Enter: the selected item's photos at full size."""
        from ui.review.photo_viewer import PhotoViewer   # loaded on first use
        item = self.selected()
        if item is None or not item.photos or self._photos is None:
            return
        viewer = PhotoViewer(self._runner, self._photos, item.photos, 0, item.license_plate, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.finished.connect(lambda _r: setattr(self, "photo_viewer", None))
        self.photo_viewer = viewer
        viewer.show()

    def _show_refusal(self) -> None:
        """A decision of this bench the hub refused (another supervisor decided first): said when its item is
        selected, so the supervisor sees who won and when."""
        item = self.selected()
        if item is not None and item.refused:
            self.say(lambda: self.model.refused_text(item))

    def selected(self) -> review.ReviewItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.item(rows[0].row()) if rows else None

    # -- deciding ----------------------------------------------------------------------------------------------
    def approve_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        cmd = review.Approve(item.inspection_id, self._supervisor, self._station, self._clock())
        self._decide(lambda uow: review.approve(cmd, uow))

    def override_selected(self, kind: str) -> None:
        item = self.selected()
        if item is None:
            return
        choices = {"grade": self._grades, "disposition": self._dispositions,
                   "deduction": tuple(code for code, _amount in item.findings)}[kind]
        if not choices:
            self._failed(RefusedError("This item has no damage finding to change."))
            return
        answer = OverrideDialog.ask(self, kind, item, choices)
        if answer is None:
            return
        choice, amount, reason = answer
        base = dict(inspection_id=item.inspection_id, supervisor_id=self._supervisor, station=self._station,
                    at=self._clock())
        if kind == "grade":
            grade_cmd = review.OverrideGrade(**base, grade=choice, reason=reason)
            self._decide(lambda uow: review.override_grade(grade_cmd, uow))
        elif kind == "deduction":
            ded_cmd = review.OverrideDeduction(**base, finding=choice, amount=amount, reason=reason)
            self._decide(lambda uow: review.override_deduction_of(ded_cmd, uow))
        else:
            disp_cmd = review.OverrideDisposition(**base, disposition=choice, reason=reason)
            self._decide(lambda uow: review.override_disposition(disp_cmd, uow))

    def outcome_selected(self) -> None:
        from ui.review.outcome_dialog import decide_outcome   # loaded on first use
        decide_outcome(self, self.selected(), dict(supervisor_id=self._supervisor, station=self._station,
                                                   at=self._clock()), self._decide)

    def _decide(self, call: Callable[[UnitOfWork], str]) -> None:
        uow = self._uow
        self._runner.run_db(lambda: call(uow()), on_done=self._decided, on_error=self._failed)

    def _decided(self, audit_id: str) -> None:
        self.decided.emit(audit_id)
        self.refresh()

    # -- insight -----------------------------------------------------------------------------------------------
    def open_insight(self) -> None:
        from ui.review.insight_view import InsightView   # loaded on first use
        last = self.day_or_say()
        if last is None:
            return
        uow = self._uow
        view = InsightView(self._runner, uow, self._supervisor, last - dt.timedelta(days=29), last, self,
                           clock=self._clock, site_status=self._site_status)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.insight_view = view
        view.show()
        view.refresh()

    # -- the long jobs: the end-of-day PDF (ui.review.day_report) and an export --------------------------------
    def export_pdf(self, path: Path | None = None) -> None:
        self.report.export(path)

    def start_job(self, cancel_words: Callable[[], str]) -> Any:
        """Shows the progress bar and the Cancel button, saying `cancel_words`; returns the work's progress callback."""
        self._cancel_words = cancel_words
        return self.job.start(cancel_words())

    def end_job(self) -> None:
        """Hides the progress bar and the Cancel button again."""
        self._cancel_words = None
        self.job.end()

    def cancel_report(self) -> None:
        """Cancels the PDF or export being built (Esc, or the Cancel button)."""
        self.job.cancel()

    def job_failed(self, exc: BaseException, cancelled_words: Callable[[], str], cancelled: Any) -> None:
        """A PDF or an export ended without its file: cancelled on purpose (said, and signalled), or failed."""
        self.end_job()
        if isinstance(exc, Cancelled):
            self.say(cancelled_words)
            cancelled.emit()
        else:
            self._failed(exc)

    # -- exporting a range -----------------------------------------------------------------------------------------
    def export_inspections(self, request: ExportRequest | None = None) -> None:
        """Ctrl+Shift+E: asks for the range, format, station and file, then exports on the database lane."""
        if self.job.running:
            return
        request = request or ExportDialog.ask(self, self._zone().day_of(self._clock()), self._export_dir,
                                              self.chosen_station() or "")
        if request is None:
            return
        cmd = exports.ExportInspections(self._supervisor, request.first_day, request.last_day, request.fmt,
                                        request.output, request.station)
        flag = self.start_job(lambda: self.tr("Cancel export (Esc)"))
        output = str(request.output)
        self.say(lambda: self.tr("Exporting to {path}…").format(path=output))
        uow = self._uow
        # Reads and writes alternate chunk by chunk, so the whole export runs on the database lane (as the PDF's
        # reading does); the use case checks the role there first.
        self._runner.run_db(lambda: exports.export_inspections(cmd, uow(), progress=flag),
                            on_done=self._export_done, on_error=self._export_failed)

    def _export_done(self, done: exports.ExportDone) -> None:
        self.end_job()
        self.say(lambda: self.tr("Exported {count} item inspection(s) to {path}").format(
            count=f"{done.count:,}", path=str(done.output)))
        self.export_finished.emit(done.count, str(done.output))

    def _export_failed(self, exc: BaseException) -> None:
        self.job_failed(exc, lambda: self.tr("The export was cancelled; nothing was saved."), self.export_cancelled)

    def reject(self) -> None:
        if self.job.running:       # Esc while a PDF or export is built cancels it; Esc once it stopped closes
            self.cancel_report()
            return
        super().reject()
