"""The review window's Export dialog: a range of UTC days, CSV or JSON, one station or all, and where to save.

It only asks; the review window runs the export use case (which checks the role, the range and the format) on the
database lane with a progress bar and Cancel. Every field is reachable by keyboard: Alt+letter on each label, Ctrl+O
for the file chooser, Enter exports, Esc closes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from inspector.exporting import FORMATS, export_file_name


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


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ExportDialog(QDialog):
    def __init__(self, today: dt.date, folder: Path, station: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export inspections"))
        self._folder = folder
        self.first = QDateEdit(_qdate(today.replace(day=1)), self)
        self.first.setObjectName("export_first")
        self.last = QDateEdit(_qdate(today), self)
        self.last.setObjectName("export_last")
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.format = QComboBox(self)
        self.format.setObjectName("export_format")
        labels = {"csv": self.tr("CSV (spreadsheets)"), "json": self.tr("JSON (programs)")}
        for fmt in FORMATS:
            self.format.addItem(labels.get(fmt, fmt.upper()), fmt)
        self.station = QLineEdit(station, self)
        self.station.setObjectName("export_station")
        self.station.setPlaceholderText(self.tr("every station"))
        self.path = QLineEdit(self)
        self.path.setObjectName("export_path")
        self.choose = QPushButton(self.tr("Choose… (Ctrl+O)"), self)
        self.choose.clicked.connect(self.choose_file)
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        form = QFormLayout()
        for text, field in ((self.tr("&From (UTC day)"), self.first), (self.tr("&To (UTC day)"), self.last),
                            (self.tr("F&ormat"), self.format), (self.tr("&Station"), self.station)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        file_label = QLabel(self.tr("F&ile"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        note = QLabel(self.tr("One row per completed item inspection, days from 00:00 to 24:00 UTC. The file is "
                              "written whole or not at all."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Export"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._suggested = ""
        self._suggest()
        self.first.dateChanged.connect(self._first_changed)
        self.last.dateChanged.connect(self._last_changed)
        self.format.currentIndexChanged.connect(lambda _i: self._suggest())
        self.path.textChanged.connect(lambda _t: self._update())
        self.first.setFocus()
        self._update()

    # -- what the person chose -------------------------------------------------------------------------------------
    def first_day(self) -> dt.date:
        return self.first.date().toPython()

    def last_day(self) -> dt.date:
        return self.last.date().toPython()

    def fmt(self) -> str:
        return str(self.format.currentData())

    def output(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.is_absolute() else self._folder / path   # a bare name goes in the offered folder

    def request(self) -> ExportRequest | None:
        output = self.output()
        if output is None:
            return None
        return ExportRequest(self.first_day(), self.last_day(), self.fmt(), self.station.text().strip() or None,
                             output)

    # -- keeping the fields consistent -----------------------------------------------------------------------------
    def _first_changed(self, date: QDate) -> None:
        if self.last.date() < date:       # the range moves along rather than turning backwards
            self.last.setDate(date)
        self._suggest()

    def _last_changed(self, date: QDate) -> None:
        if self.first.date() > date:
            self.first.setDate(date)
        self._suggest()

    def _suggest(self) -> None:
        """Offers the name that fits the range and format, unless the person typed or chose their own."""
        fmt = self.fmt()
        current = self.path.text().strip()
        if current and current != self._suggested:
            path = Path(current)
            if path.suffix.lower().lstrip(".") in FORMATS and path.suffix.lower() != f".{fmt}":
                self.path.setText(str(path.with_suffix(f".{fmt}")))
            return
        self._suggested = str(self._folder / export_file_name(self.first_day(), self.last_day(), fmt))
        self.path.setText(self._suggested)

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.path.text().strip()))

    def choose_file(self) -> None:
        current = self.output() or self._folder / export_file_name(self.first_day(), self.last_day(), self.fmt())
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
