"""The station's label printer: a desktop (CUPS) printer, a Zebra on the network, or none yet; the label size; and
whether a label prints by itself when an item is completed. Keyboard all the way (Ctrl+Shift+P opens it).

The dialog only edits a `PrinterSettings`; the bench saves it (`save_printer_settings`, on the database lane) and
tries the labels waiting on the new printer.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QLineEdit,
                               QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from inspector.labels.template import SIZES
from inspector.printing.printer_settings import PrinterKind, PrinterSettings, PrinterSettingsError
from ui.common.button_box import ButtonBox
from ui.common.retranslate import Retranslating

ZEBRA_DPIS = (203, 300, 600, 152)


class PrinterDialog(Retranslating, QDialog):
    def __init__(self, current: PrinterSettings, printers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printer_dialog")
        self._current = current

        self.kind = QComboBox(self)
        for kind in (PrinterKind.NONE, PrinterKind.SYSTEM, PrinterKind.ZEBRA):
            self.kind.addItem("", kind.value)        # the words: retranslate
        self.kind.setCurrentIndex(max(0, self.kind.findData(current.kind.value)))

        self.system_printer = QComboBox(self)
        self.system_printer.addItem("", "")          # the system's default printer
        for name in printers:
            self.system_printer.addItem(name, name)
        self._missing = ""       # the printer chosen before, no longer installed (offered as the last item)
        if current.system_printer and self.system_printer.findData(current.system_printer) < 0:
            self._missing = current.system_printer
            self.system_printer.addItem("", current.system_printer)
        self.system_printer.setCurrentIndex(max(0, self.system_printer.findData(current.system_printer)))

        self.zebra_host = QLineEdit(current.zebra_host, self)
        self.zebra_port = QSpinBox(self)
        self.zebra_port.setRange(1, 65535)
        self.zebra_port.setValue(current.zebra_port)
        self.zebra_dpi = QComboBox(self)
        for dpi in ZEBRA_DPIS:
            self.zebra_dpi.addItem("", dpi)
        self.zebra_dpi.setCurrentIndex(max(0, self.zebra_dpi.findData(current.zebra_dpi)))

        # the form's labels, by what they name; their words: retranslate
        self.labels = {name: QLabel(self) for name in ("printer", "host", "port", "resolution", "kind", "size")}
        system_page, zebra_page = QWidget(self), QWidget(self)
        system_form = QFormLayout(system_page)
        system_form.setContentsMargins(0, 0, 0, 0)
        system_form.addRow(self.labels["printer"], self.system_printer)
        zebra_form = QFormLayout(zebra_page)
        zebra_form.setContentsMargins(0, 0, 0, 0)
        zebra_form.addRow(self.labels["host"], self.zebra_host)
        zebra_form.addRow(self.labels["port"], self.zebra_port)
        zebra_form.addRow(self.labels["resolution"], self.zebra_dpi)
        self.details = QStackedWidget(self)
        for page in (QWidget(self), system_page, zebra_page):   # in PrinterKind order: none, system, zebra
            self.details.addWidget(page)

        self.label_size = QComboBox(self)
        for size in SIZES:
            self.label_size.addItem(size, size)
        self.label_size.setCurrentIndex(max(0, self.label_size.findData(current.label_size)))
        self.auto_print = QCheckBox(self)
        self.auto_print.setChecked(current.auto_print)

        self.problem = QLabel(self)
        self.problem.setObjectName("printer_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.labels["kind"], self.kind)
        form.addRow(self.details)
        form.addRow(self.labels["size"], self.label_size)
        for name, field in (("printer", self.system_printer), ("host", self.zebra_host), ("port", self.zebra_port),
                            ("resolution", self.zebra_dpi), ("kind", self.kind), ("size", self.label_size)):
            self.labels[name].setBuddy(field)      # Alt + the underlined letter
        form.addRow(self.auto_print)
        self.buttons = ButtonBox.answering(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._show_details)
        self._show_details()
        self.setMinimumWidth(480)
        self.kind.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Label printer"))
        for n, text in enumerate((self.tr("No printer (labels wait in the reprint queue)"),
                                  self.tr("Desktop printer (CUPS)"),
                                  self.tr("Zebra printer on the network (raw TCP)"))):
            self.kind.setItemText(n, text)
        self.system_printer.setItemText(0, self.tr("System default printer"))
        if self._missing:
            self.system_printer.setItemText(self.system_printer.count() - 1,
                                            self.tr("{name} (not installed)").format(name=self._missing))
        self.zebra_host.setPlaceholderText(self.tr("host name or IP address"))
        for n in range(self.zebra_dpi.count()):
            self.zebra_dpi.setItemText(n, self.tr("{dpi} dpi").format(dpi=self.zebra_dpi.itemData(n)))
        for name, text in (("printer", self.tr("&Printer:")), ("host", self.tr("&Host:")), ("port", self.tr("P&ort:")),
                           ("resolution", self.tr("&Resolution:")), ("kind", self.tr("&Send labels to:")),
                           ("size", self.tr("&Label size:"))):
            self.labels[name].setText(text)
        self.auto_print.setText(self.tr("Print the label when an item is &completed"))
        if not self.problem.isHidden():     # the problem said, in the new words
            self._check()

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

    def _check(self) -> bool:
        """Says why the choice cannot work; True when it can."""
        try:
            self.chosen()
        except PrinterSettingsError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return False
        self.problem.hide()
        return True

    def accept(self) -> None:
        if not self._check():
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
