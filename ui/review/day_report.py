"""The review window's end-of-day PDF: the language it is written in, picked beside its button (Alt+L), and the job
that builds it.

The language is the window's own until the supervisor picks another; a language switch then keeps the pick. The
day's figures are read on the database lane and drawn on the background lane, with the window's progress bar and
Cancel button (`CancellableJob`); the outcome is said in the window's message line and signalled by the window
(`report_finished`, `report_cancelled`). Its words keep the window's translation context ("ReviewWindow"), as the
catalogues have them.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QWidget

from inspector.languages import LANGUAGES, translated
from inspector.usecases.unit_of_work import UnitOfWork
from ui.common.translations import current_language


class ReportPath:
    """Where to save the PDF; a class of its own so tests stub the file dialog and nothing else."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> Path | None:
        title = QCoreApplication.translate("ReportPath", "Save the end-of-day PDF")
        name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
        return Path(name) if name else None


class DayReport:
    """The picker and the PDF job, owned by the review window."""

    def __init__(self, window: Any, runner: Any, uow_factory: Callable[[], UnitOfWork], export_dir: Path) -> None:
        """`window`: the review window (its day, station, site status, closing, job, message line and signals); the
        window places `language_label` and `language` beside its PDF button."""
        self._window, self._runner, self._uow, self._export_dir = window, runner, uow_factory, export_dir
        # Each language in its own name; the window's language until the supervisor picks one.
        self.language = QComboBox(window)
        self.language.setObjectName("report_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self._picked = False
        self.language.activated.connect(lambda _n: setattr(self, "_picked", True))
        self.language_label = QLabel(window)
        self.language_label.setBuddy(self.language)     # Alt + its underlined letter

    def retranslate(self) -> None:
        """The picker's words in the window's language now (the window calls this after a switch)."""
        self.language_label.setText(QCoreApplication.translate("ReviewWindow", "Report &language"))
        self.language.setToolTip(QCoreApplication.translate("ReviewWindow", "The language of the end-of-day PDF"))
        if not self._picked:
            self.language.setCurrentIndex(max(0, self.language.findData(current_language())))

    def chosen_language(self) -> str:
        """The code of the language the end-of-day PDF is written in."""
        return str(self.language.currentData())

    def export(self, path: Path | None = None) -> None:
        window = self._window
        if window.job.running:
            return
        day = window.day_or_say()
        if day is None:
            return
        path = path or ReportPath.ask(window, str(self._export_dir / f"end-of-day-{day.isoformat()}.pdf"))
        if path is None:
            return
        flag = window.start_job(lambda: QCoreApplication.translate("ReviewWindow", "Cancel PDF (Esc)"))
        uow, station, status, lang = self._uow, window.chosen_station(), window.status, self.chosen_language()

        def read() -> Any:   # on the database lane: figures from the day's rows
            from inspector.reports.day_pdf import gather_day
            unit = uow()
            from inspector.domain.code_words import PolicyLabels
            return gather_day(unit.database, day, station=station, progress=flag, zone=unit.policy.zone,
                              labels=PolicyLabels.of(unit.policy)), unit.database.engine.url.database

        def drawn(read_back: Any) -> None:   # then the drawing, on the background lane
            from inspector.reports.day_pdf import SiteNotes, write_pdf_part
            from inspector.reports.photo_cells import bench_photos
            figures, database_file = read_back
            photos = bench_photos(Path(database_file)) if database_file else None   # the exceptions' thumbnails
            late = window.closing.late_notes if window.closing is not None else ()   # late records of closed days
            notes = SiteNotes(as_of=translated(status.said, lang) if status is not None else None, late=late) \
                if status is not None or late else None
            self._runner.run_background(write_pdf_part, figures, path, flag, notes=notes, lang=lang, photos=photos,
                                        on_done=lambda _r: self._done(path), on_error=self._failed)

        self._runner.run_db(read, on_done=drawn, on_error=self._failed)

    def _done(self, path: Path) -> None:
        window = self._window
        window.end_job()
        window.say(lambda: QCoreApplication.translate("ReviewWindow", "Saved {path}").format(path=str(path)))
        window.report_finished.emit(str(path))

    def _failed(self, exc: BaseException) -> None:
        self._window.job_failed(exc, lambda: QCoreApplication.translate(
            "ReviewWindow", "The PDF was cancelled; nothing was saved."), self._window.report_cancelled)
