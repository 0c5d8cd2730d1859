"""The review window's Export dialog: a range of the site's days, CSV or JSON, one station or all, and where to save.

It only asks; the review window runs the export use case (which checks the role, the range and the format) on the
database lane with a progress bar and Cancel. Every field is reachable by keyboard: Alt+letter on each label, Ctrl+O
for the file chooser, Enter exports, Esc closes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from inspector.exporting import FORMATS, export_file_name
from inspector.errors import RefusedError
from inspector.usecases.review import require_day, require_range
from ui.common.button_box import ButtonBox
from ui.common.day_field import DayField
from ui.common.error_text import error_text
from ui.common.retranslate import Retranslating


def default_export_dir() -> Path:
    """The person's documents folder (where a saved file is looked for first), else their home."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


@dataclass(frozen=True)
class ExportRequest:
    first_day: dt.date
    last_day: dt.date
    fmt: str
    station: str | None
    output: Path


class ExportPath:
    """The file chooser; a class of its own so tests stub it and nothing else."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path, fmt: str) -> Path | None:
        filters = {"csv": "CSV (*.csv)", "json": "JSON (*.json)"}
        title = QCoreApplication.translate("ExportDialog", "Save the export")
        name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters[fmt])
        return Path(name) if name else None


class ExportDialog(Retranslating, QDialog):
    def __init__(self, today: dt.date, folder: Path, station: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self._folder = folder
        self.first = DayField(today.replace(day=1), self)
        self.first.setObjectName("export_first")
        self.last = DayField(today, self)
        self.last.setObjectName("export_last")
        self.format = QComboBox(self)
        self.format.setObjectName("export_format")
        for fmt in FORMATS:
            self.format.addItem(fmt.upper(), fmt)     # the words: retranslate
        self.station = QLineEdit(station, self)
        self.station.setObjectName("export_station")
        self.path = QLineEdit(self)
        self.path.setObjectName("export_path")
        self.choose = QPushButton(self)
        self.choose.clicked.connect(self.choose_file)
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        form = QFormLayout()
        self.labels: list[QLabel] = []       # From, To, Format, Station, File
        for field in (self.first, self.last, self.format, self.station, self.path):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels.append(label)
            form.addRow(label, file_row if field is self.path else field)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        # Said when the range runs backwards; Export waits until it does not.
        self.problem = QLabel(self)
        self.problem.setObjectName("export_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = ButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # Not the standard OK: the box would put Qt's "OK" back over "Export" at every language switch.
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._suggested = ""
        self._suggest()
        # Neither date moves the other: typing a date passes through other dates section by section (the month of
        # 2026-11-19 is 01 for a keystroke), and a field that followed those would keep a day nobody typed.
        self.first.day_changed.connect(self._dates_changed)
        self.last.day_changed.connect(self._dates_changed)
        self.format.currentIndexChanged.connect(lambda _i: self._suggest())
        self.path.textChanged.connect(lambda _t: self._update())
        self.first.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export inspections"))
        names = {"csv": self.tr("CSV (spreadsheets)"), "json": self.tr("JSON (programs)")}
        for n in range(self.format.count()):
            fmt = str(self.format.itemData(n))
            self.format.setItemText(n, names.get(fmt, fmt.upper()))
        self.station.setPlaceholderText(self.tr("every station"))
        self.choose.setText(self.tr("Choose… (Ctrl+O)"))
        for label, text in zip(self.labels, (self.tr("&From"), self.tr("&To"), self.tr("F&ormat"), self.tr("&Station"),
                                             self.tr("F&ile"))):
            label.setText(text)
        self.note.setText(self.tr("One row per completed item inspection, days from midnight to midnight at the "
                                  "site; times in the file are UTC. The file is written whole or not at all."))
        self.ok_button.setText(self.tr("Export"))
        self._update()      # the range's problem, in the new words

    # -- what the person chose -------------------------------------------------------------------------------------
    def first_day(self) -> dt.date | None:
        return self.first.day()

    def last_day(self) -> dt.date | None:
        return self.last.day()

    def _range(self) -> tuple[dt.date, dt.date] | None:
        first, last = self.first_day(), self.last_day()
        return (first, last) if first is not None and last is not None and first <= last else None

    def fmt(self) -> str:
        return str(self.format.currentData())

    def output(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.is_absolute() else self._folder / path   # a bare name goes in the offered folder

    def request(self) -> ExportRequest | None:
        output, days = self.output(), self._range()
        if output is None or days is None:
            return None
        return ExportRequest(days[0], days[1], self.fmt(), self.station.text().strip() or None, output)

    # -- keeping the fields consistent -----------------------------------------------------------------------------
    def _dates_changed(self) -> None:
        self._suggest()
        self._update()

    def _suggest(self) -> None:
        """Offers the name that fits the range and format, unless the person typed or chose their own."""
        fmt = self.fmt()
        current = self.path.text().strip()
        if current and current != self._suggested:
            path = Path(current)
            if path.suffix.lower().lstrip(".") in FORMATS and path.suffix.lower() != f".{fmt}":
                self.path.setText(str(path.with_suffix(f".{fmt}")))
            return
        days = self._range()
        if days is None:        # half typed: keep the name offered until the range is whole again
            return
        self._suggested = str(self._folder / export_file_name(days[0], days[1], fmt))
        self.path.setText(self._suggested)

    def _problem(self) -> str:
        """The use case's own words for a range it would refuse, said before Export is pressed."""
        try:
            require_range(require_day(self.first_day()), require_day(self.last_day()))
        except RefusedError as exc:
            return error_text(exc)
        return ""

    def _update(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.ok_button.setEnabled(bool(self.path.text().strip()) and not problem)

    def choose_file(self) -> None:
        days = self._range()
        current = self.output() or (self._folder / export_file_name(days[0], days[1], self.fmt()) if days
                                    else self._folder)
        chosen = ExportPath.ask(self, current, self.fmt())
        if chosen is not None:
            self.path.setText(str(chosen))

    @classmethod
    def ask(cls, parent: QWidget | None, today: dt.date, folder: Path, station: str = "") -> ExportRequest | None:
        dialog = cls(today, folder, station, parent)
        try:
            return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
