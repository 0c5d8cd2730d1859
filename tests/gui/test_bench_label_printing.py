"""Restock labels end to end in the real window on a real SQLite file: an item completed by scanner keystrokes comes
out of a loopback "Zebra" (raw TCP) by itself, counted in the database; a dead printer is a warning and a waiting
label, printed once the printer is back; no printer yet, the printer dialog, the start-up retry and the preview."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from inspector.bench import open_bench
from inspector.bench.state import Cue, Phase
from inspector.printing.printer_settings import (PrinterKind, PrinterSettings, load_printer_settings,
                                                 save_printer_settings)
from inspector.storage.database import Database
from inspector.storage.orm import InspectionRow
from inspector.storage.orm_labels import LabelJobRow
from tests.conftest import PHONE_GTIN, UPS
from tests.fake_zebra import FakeZebra, free_port, zebra_settings
from tests.gui.conftest import STATION, Bench, Clock, close_benches, open_window, seed
from tests.gui.languages import ro
from ui.printing.label_preview import LabelPreviewDialog
from ui.printing.printer_dialog import PrinterDialog
from ui.common.style import apply_style

pytestmark = pytest.mark.gui

PHONE_SCAN = f"]C101{PHONE_GTIN}21SN-AAA1"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def zebra() -> Iterator[FakeZebra]:
    printer = FakeZebra()
    yield printer
    printer.close()


@pytest.fixture
def open_label_bench(qtbot, gui_paths, runner):
    """The bench as `run_app` opens it (`open_bench`: the station's printer from its settings file)."""
    apply_style(QApplication.instance())
    seed(gui_paths)
    opened: list[Bench] = []

    def start(printer: PrinterSettings) -> Bench:
        save_printer_settings(gui_paths, printer)
        bench = open_window(qtbot, runner, gui_paths, lambda: open_bench(gui_paths, STATION, clock=Clock()))
        opened.append(bench)
        return bench

    yield start
    close_benches(opened, runner)


def label_counts(bench: Bench, plate: str) -> tuple[int, list[tuple[str, int]]]:
    """(label_prints, [(job status, attempts)]) read back from the file, as a second process would."""
    db = Database.open_sqlite(bench.paths.database)
    try:
        with db.session() as s:
            prints = s.scalar(select(InspectionRow.label_prints).where(InspectionRow.license_plate == plate))
            jobs = [(j.status, j.attempts) for j in s.scalars(select(LabelJobRow).where(
                LabelJobRow.license_plate == plate).order_by(LabelJobRow.id))]
        return prints, jobs
    finally:
        db.dispose()


def complete_phone_by_keys(bench: Bench) -> None:
    bench.sign_in()
    bench.scan(UPS)
    bench.scan(PHONE_SCAN)
    assert bench.state.phase is Phase.INSPECTING
    with bench.qtbot.waitSignal(bench.window.capture.grade_key_pressed):
        bench.key(Qt.Key.Key_2)
    bench.settle()


def test_a_completed_item_prints_its_label_on_the_zebra_by_itself(open_label_bench, zebra):
    bench = open_label_bench(zebra_settings(zebra.port))
    complete_phone_by_keys(bench)
    with bench.qtbot.waitSignal(bench.window.labels.label_delivered, timeout=10_000) as delivered:
        bench.key(Qt.Key.Key_F12)
    bench.settle()
    plate = bench.state.last_completed.license_plate
    assert delivered.args[0].problem is None
    assert f"^FD{plate}^FS" in zebra.labels()[-1] and "Telefon mobil X1 (negru)" in zebra.labels()[-1]
    assert label_counts(bench, plate) == (1, [("printed", 1)])
    assert bench.state.feedback.cue is Cue.COMPLETED and bench.state.labels_waiting == 0
    assert not bench.window.labels_waiting_label.isVisible()


def test_a_dead_printer_warns_keeps_the_label_waiting_and_prints_it_when_back(open_label_bench):
    port = free_port()
    bench = open_label_bench(zebra_settings(port))
    window = bench.window
    complete_phone_by_keys(bench)
    with bench.qtbot.waitSignal(window.labels.label_delivered, timeout=10_000):
        bench.key(Qt.Key.Key_F12)
    with bench.qtbot.waitSignal(bench.cues.cue_played) as played:
        bench.settle()
    plate = bench.state.last_completed.license_plate
    assert played.args == ["warning"]
    assert window.banner.cue is Cue.WARNING
    assert window.banner.message.startswith(
        f"Label {plate} was not printed. The label printer 127.0.0.1:{port} refused the connection.")
    assert "kept in the reprint queue" in window.banner.message
    assert window.labels_waiting_label.isVisible() and window.labels_waiting_label.text() == "Labels waiting: 1"
    assert bench.state.phase is Phase.AWAITING_ITEM       # the bench carries on; the inspection is saved
    assert label_counts(bench, plate) == (0, [("queued", 1)])

    zebra = FakeZebra(port)                                # the printer is back
    try:
        with bench.qtbot.waitSignal(window.labels.label_delivered, timeout=10_000) as delivered:
            bench.scan("CMD:REPRINT")
        bench.settle()
        assert delivered.args[0].problem is None and f"^FD{plate}^FS" in zebra.labels()[-1]
    finally:
        zebra.close()
    assert window.banner.message == f"Label {plate} printed."
    assert label_counts(bench, plate) == (1, [("printed", 2)])
    assert not window.labels_waiting_label.isVisible()


def test_no_printer_yet_then_one_chosen_in_the_printer_dialog(open_label_bench, zebra, monkeypatch):
    bench = open_label_bench(PrinterSettings())          # a fresh station: no printer chosen
    window = bench.window
    complete_phone_by_keys(bench)
    bench.key(Qt.Key.Key_F12)
    bench.settle()
    plate = bench.state.last_completed.license_plate
    assert window.banner.cue is Cue.WARNING and "No label printer is set up at this station." in window.banner.message
    assert window.labels_waiting_label.text() == "Labels waiting: 1"

    asked = []

    def choose(cls, parent, current, printers):
        asked.append((parent, current, printers))
        return current.but(kind=PrinterKind.ZEBRA, zebra_host="127.0.0.1", zebra_port=zebra.port, timeout_s=1.0)

    monkeypatch.setattr(PrinterDialog, "ask", classmethod(choose))
    bench.key(Qt.Key.Key_P, CTRL_SHIFT)                  # an inspector may not change the station's printer
    bench.settle()
    assert asked == [] and window.banner.cue is Cue.ERROR
    assert window.banner.message == "Only a supervisor can change the label printer."
    bench.key(Qt.Key.Key_L, CTRL)                        # sign out; the supervisor signs in and sets it up
    bench.settle()
    bench.sign_in("OP-2001", "4321")
    with bench.qtbot.waitSignal(window.labels.label_delivered, timeout=10_000):
        bench.key(Qt.Key.Key_P, CTRL_SHIFT)
    bench.settle()
    assert asked[0][0] is window and asked[0][1] == PrinterSettings() and isinstance(asked[0][2], list)
    assert load_printer_settings(bench.paths).zebra_port == zebra.port
    assert f"^FD{plate}^FS" in zebra.labels()[-1]
    assert label_counts(bench, plate) == (1, [("printed", 2)])
    assert not window.labels_waiting_label.isVisible()


def test_labels_left_waiting_print_at_the_next_start(open_label_bench, zebra):
    first = open_label_bench(PrinterSettings())
    complete_phone_by_keys(first)
    first.key(Qt.Key.Key_F12)
    first.settle()
    plate = first.state.last_completed.license_plate
    assert label_counts(first, plate) == (0, [("queued", 1)])
    first.window.close()
    first.client.close()

    again = open_label_bench(zebra_settings(zebra.port))  # the printer is set up before the next start
    again.qtbot.waitUntil(lambda: any(f"^FD{plate}^FS" in z for z in zebra.labels()), timeout=10_000)
    again.qtbot.waitUntil(lambda: not again.window.labels.busy and again.client.in_flight == 0, timeout=10_000)
    assert label_counts(again, plate) == (1, [("printed", 2)])


def test_the_preview_shows_the_last_items_label_at_printer_resolution(open_label_bench, monkeypatch):
    bench = open_label_bench(zebra_settings(free_port(), auto_print=False))
    shown = []
    monkeypatch.setattr(LabelPreviewDialog, "ask", classmethod(lambda cls, parent, image, plate:
                                                               shown.append((parent, image, plate))))
    complete_phone_by_keys(bench)
    bench.key(Qt.Key.Key_F12)
    bench.settle()
    with bench.qtbot.waitSignal(bench.window.labels.preview_ready, timeout=10_000):
        bench.key(Qt.Key.Key_L, CTRL_SHIFT)
    parent, image, plate = shown[0]
    assert parent is bench.window and plate == bench.state.last_completed.license_plate
    assert (image.width(), image.height()) == (812, 1218)   # 4 x 6 in at 203 dpi: one pixel per printer dot
    assert bench.state.labels_waiting == 0                  # a preview prints nothing


def test_printer_dialog_by_keyboard(qtbot):
    dialog = PrinterDialog(PrinterSettings(), ["PDF", "Office"])
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("zebra"))
    assert dialog.details.currentIndex() == 2
    dialog.accept()                                       # a Zebra needs its address
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.problem.isVisibleTo(dialog)
    dialog.zebra_host.setText(" zebra-7.local ")
    dialog.label_size.setCurrentIndex(dialog.label_size.findData("62mm"))
    dialog.auto_print.setChecked(False)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen() == PrinterSettings(kind=PrinterKind.ZEBRA, zebra_host="zebra-7.local", label_size="62mm",
                                              auto_print=False)
    desk = PrinterDialog(PrinterSettings(kind=PrinterKind.SYSTEM, system_printer="Office"), ["PDF", "Office"])
    qtbot.addWidget(desk)
    assert desk.chosen().system_printer == "Office" and desk.details.currentIndex() == 1


def test_the_printed_label_speaks_the_windows_language(open_label_bench, zebra, station_languages):
    """The print lane renders the label in the language the window speaks now (the operator's, or the station's):
    its captions in Romanian, its barcode data the same."""
    station_languages("ro")
    bench = open_label_bench(zebra_settings(zebra.port))
    complete_phone_by_keys(bench)
    with bench.qtbot.waitSignal(bench.window.labels.label_delivered, timeout=10_000):
        bench.key(Qt.Key.Key_F12)
    bench.settle()
    plate = bench.state.last_completed.license_plate
    printed = zebra.labels()[-1]
    assert ro("label", "DISPOSITION") in printed and "DISPOSITION" not in printed
    assert f"^FD{plate}^FS" in printed
