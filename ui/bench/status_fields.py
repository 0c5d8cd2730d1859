"""The bench window's status bar: who is signed in, the station, the database, and the restock labels still waiting
for the printer, each shown from the `BenchState` the window renders.

Their words keep the window's translation context ("BenchWindow"), as the catalogues have them.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from inspector.bench.state import BenchState
from ui.common.texts import database_name, role_text


class StatusFields:
    """Built into the window's status bar; the window keeps the labels under the same names (tests read them)."""

    def __init__(self, window: QMainWindow) -> None:
        self.operator_label = QLabel(window)
        self.station_label = QLabel(window)
        self.database_label = QLabel(window)
        self.labels_waiting_label = QLabel(window)
        self.labels_waiting_label.setObjectName("labels_waiting")
        self.labels_waiting_label.hide()
        for label in (self.operator_label, self.station_label, self.database_label, self.labels_waiting_label):
            label.setProperty("status_field", True)
        status = window.statusBar()
        status.setSizeGripEnabled(False)
        status.addPermanentWidget(self.labels_waiting_label)
        status.addPermanentWidget(self.operator_label)
        status.addPermanentWidget(self.station_label)
        status.addPermanentWidget(self.database_label)

    def render(self, state: BenchState) -> None:
        op = state.operator
        self.operator_label.setText(
            QCoreApplication.translate("BenchWindow", "Operator: {name} ({role})").format(
                name=op.name, role=role_text(op.role))
            if op else QCoreApplication.translate("BenchWindow", "Operator: signed out"))
        self.station_label.setText(QCoreApplication.translate("BenchWindow", "Station: {station}").format(
            station=state.station or "—"))
        self.database_label.setText(QCoreApplication.translate("BenchWindow", "Database: {database}").format(
            database=database_name(state.database)))
        self.database_label.setToolTip(state.database)
        waiting = state.labels_waiting if state.label_printer is not None else 0
        self.labels_waiting_label.setVisible(waiting > 0)
        if waiting:
            self.labels_waiting_label.setText(QCoreApplication.translate("BenchWindow", "Labels waiting: {count}")
                                              .format(count=waiting))
            self.labels_waiting_label.setToolTip(QCoreApplication.translate(
                "BenchWindow", "Not printed yet, kept in the reprint queue. Printer: "
                               "{printer} (Ctrl+Shift+P to change)").format(printer=state.label_printer.description))
