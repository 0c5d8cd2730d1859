"""The printing room follows a language switch with no restart: the printer dialog and the label preview change their
words while open, and the preview draws the label's words in the window's language now (pytest-qt)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

import inspector.labels.pdf_label as pdf_label
from inspector.labels.samples import ROMANIAN
from inspector.printing.printer_settings import PrinterKind, PrinterSettings
from ui.bench.bench_client import BenchClient
from tests.gui.languages import ro
from ui.printing.label_preview import LabelPreviewDialog
from ui.printing.label_queue import LabelQueue
from ui.printing.printer_dialog import PrinterDialog

pytestmark = pytest.mark.gui

@pytest.fixture
def languages(station_languages):
    return station_languages("en")


def test_the_open_printer_dialog_turns_romanian_and_keeps_what_was_chosen(languages, qtbot):
    dialog = PrinterDialog(PrinterSettings(kind=PrinterKind.SYSTEM, system_printer="Gone"), ["PDF", "Office"])
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("zebra"))
    dialog.accept()                                    # a Zebra needs its address: the problem is said
    assert dialog.problem.isVisibleTo(dialog) and dialog.problem.text() == "Type the Zebra printer's host name or " \
                                                                           "IP address."
    languages.use("ro")
    qtbot.waitUntil(lambda: dialog.windowTitle() == ro("PrinterDialog", "Label printer"), timeout=5_000)
    assert dialog.kind.currentData() == "zebra"
    assert dialog.kind.itemText(1) == ro("PrinterDialog", "Desktop printer (CUPS)")
    assert dialog.labels["kind"].text() == ro("PrinterDialog", "&Send labels to:")
    assert dialog.labels["kind"].buddy() is dialog.kind
    assert dialog.system_printer.itemText(0) == ro("PrinterDialog", "System default printer")
    assert dialog.system_printer.itemText(dialog.system_printer.count() - 1) == ro(
        "PrinterDialog", "{name} (not installed)").format(name="Gone")
    assert dialog.auto_print.text() == ro("PrinterDialog", "Print the label when an item is &completed")
    assert dialog.problem.text() == ro("PrinterDialog", "Type the Zebra printer's host name or IP address.")
    languages.use("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Label printer", timeout=5_000)
    assert dialog.kind.itemText(1) == "Desktop printer (CUPS)"


def test_the_preview_title_follows_a_switch(languages, qtbot):
    image = QImage(40, 20, QImage.Format.Format_Grayscale8)
    image.fill(255)
    dialog = LabelPreviewDialog(image, "LP00000001")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Label LP00000001"
    languages.use("ro")
    qtbot.waitUntil(lambda: dialog.windowTitle() == ro("LabelPreviewDialog", "Label {plate}").format(
        plate="LP00000001"), timeout=5_000)


def test_the_preview_draws_the_label_in_the_window_language_now(languages, qtbot, runner, monkeypatch):
    asked: list[str | None] = []
    real = pdf_label.render_pdf

    def render_pdf(data, size="4x6", template=None, lang=None):
        asked.append(lang)
        return real(data, size, template, lang=lang)
    monkeypatch.setattr(pdf_label, "render_pdf", render_pdf)
    queue = LabelQueue(BenchClient(runner, "bench-7"))
    languages.use("ro")
    with qtbot.waitSignal(queue.preview_ready, timeout=10_000) as shown:
        queue._render(ROMANIAN, "2x1")
    assert asked == ["ro"] and shown.args[0] == ROMANIAN.license_plate
    languages.use("en")
    with qtbot.waitSignal(queue.preview_ready, timeout=10_000):
        queue._render(ROMANIAN, "2x1")
    assert asked == ["ro", "en"]
