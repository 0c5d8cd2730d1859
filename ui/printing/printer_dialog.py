"""The station's label printer: a desktop (CUPS) printer, a Zebra on the network, or none yet; the label size; and
whether a label prints by itself when an item is completed. Keyboard all the way (Ctrl+Shift+P opens it).

The dialog only edits a `PrinterSettings`; the bench saves it (`save_printer_settings`, on the database lane) and
tries the labels waiting on the new printer.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from inspector.labels.template import SIZES
from inspector.printing.printer_settings import PrinterKind, PrinterSettings, PrinterSettingsError

ZEBRA_DPIS = (203, 300, 600, 152)


class PrinterDialog(QDialog):
    def __init__(self, current: PrinterSettings, printers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printer_dialog")
        self.setWindowTitle(self.tr("Label printer"))
        self._current = current

        self.kind = QComboBox(self)
        for kind, label in ((PrinterKind.NONE, self.tr("No printer (labels wait in the reprint queue)")),
                            (PrinterKind.SYSTEM, self.tr("Desktop printer (CUPS)")),
                            (PrinterKind.ZEBRA, self.tr("Zebra printer on the network (raw TCP)"))):
            self.kind.addItem(label, kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current.kind.value)))

        self.system_printer = QComboBox(self)
        self.system_printer.addItem(self.tr("System default printer"), "")
        for name in printers:
            self.system_printer.addItem(name, name)
        if current.system_printer and self.system_printer.findData(current.system_printer) < 0:
            self.system_printer.addItem(self.tr("{name} (not installed)").format(name=current.system_printer),
                                        current.system_printer)
        self.system_printer.setCurrentIndex(max(0, self.system_printer.findData(current.system_printer)))

        self.zebra_host = QLineEdit(current.zebra_host, self)
        self.zebra_host.setPlaceholderText(self.tr("host name or IP address"))
        self.zebra_port = QSpinBox(self)
        self.zebra_port.setRange(1, 65535)
        self.zebra_port.setValue(current.zebra_port)
        self.zebra_dpi = QComboBox(self)
        for dpi in ZEBRA_DPIS:
            self.zebra_dpi.addItem(self.tr("{dpi} dpi").format(dpi=dpi), dpi)
        self.zebra_dpi.setCurrentIndex(max(0, self.zebra_dpi.findData(current.zebra_dpi)))

        system_page, zebra_page = QWidget(self), QWidget(self)
        system_form = QFormLayout(system_page)
        system_form.setContentsMargins(0, 0, 0, 0)
        system_form.addRow(self.tr("&Printer:"), self.system_printer)
        zebra_form = QFormLayout(zebra_page)
        zebra_form.setContentsMargins(0, 0, 0, 0)
        zebra_form.addRow(self.tr("&Host:"), self.zebra_host)
        zebra_form.addRow(self.tr("P&ort:"), self.zebra_port)
        zebra_form.addRow(self.tr("&Resolution:"), self.zebra_dpi)
        self.details = QStackedWidget(self)
        for page in (QWidget(self), system_page, zebra_page):   # in PrinterKind order: none, system, zebra
            self.details.addWidget(page)

        self.label_size = QComboBox(self)
        for size in SIZES:
            self.label_size.addItem(size, size)
        self.label_size.setCurrentIndex(max(0, self.label_size.findData(current.label_size)))
        self.auto_print = QCheckBox(self.tr("Print the label when an item is &completed"), self)
        self.auto_print.setChecked(current.auto_print)

        self.problem = QLabel(self)
        self.problem.setObjectName("printer_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Send labels to:"), self.kind)
        form.addRow(self.details)
        form.addRow(self.tr("&Label size:"), self.label_size)
        form.addRow(self.auto_print)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._show_details)
        self._show_details()
        self.setMinimumWidth(480)
        self.kind.setFocus()

    def _show_details(self) -> None:
        self.details.setCurrentIndex(self.kind.currentIndex())

    def chosen(self) -> PrinterSettings:
        """Raises PrinterSettingsError when the choice cannot work (a Zebra with no host)."""
        kind = PrinterKind(self.kind.currentData())
        host = self.zebra_host.text().strip()
        if kind is PrinterKind.ZEBRA and not host:
            raise PrinterSettingsError(self.tr("Type the Zebra printer's host name or IP address."))
        return self._current.but(kind=kind, system_printer=self.system_printer.currentData() or "",
                                 zebra_host=host, zebra_port=self.zebra_port.value(),
                                 zebra_dpi=int(self.zebra_dpi.currentData()), label_size=self.label_size.currentData(),
                                 auto_print=self.auto_print.isChecked())

    def accept(self) -> None:
        try:
            self.chosen()
        except PrinterSettingsError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            if PrinterKind(self.kind.currentData()) is PrinterKind.ZEBRA:
                self.zebra_host.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, current: PrinterSettings, printers: list[str]) -> PrinterSettings | None:
        dialog = cls(current, printers, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()
