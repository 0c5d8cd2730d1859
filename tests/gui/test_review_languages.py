"""The review rooms follow a language switch with no restart (the window open, nothing rebuilt, nothing read again),
and the end-of-day PDF is written in the language the supervisor picks beside its button (pytest-qt, the real
window on a real bench database; the PDF read back with pdftotext).

Expected words come from the catalogue itself (`inspector.languages.translator`), so a translator's better word does
not break these tests; each is checked to differ from the English first, so a missing translation does."""
from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from PySide6.QtCore import Qt

from inspector.domain.site_day import LOCAL
from inspector.languages import LANGUAGES
from inspector.reports.words import Words
from tests.conftest import NOW
from tests.gui.test_review_view import supervisor_review  # noqa: F401 - the fixture
from tests.gui.languages import ro
from ui.review.export_dialog import ExportDialog
from ui.review.review_model import ReviewModel

STATE = ReviewModel.COLUMNS.index("state")   # the Review column, the last

pytestmark = pytest.mark.gui

@pytest.fixture
def languages(station_languages):
    return station_languages("en")


def _pdf_text(path) -> str:
    said = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", said)


def test_a_language_switch_turns_the_open_review_window_romanian_and_back(supervisor_review, languages,  # noqa: F811
                                                                          qtbot):
    bench, window = supervisor_review
    model = window.model
    assert window.buttons["Ctrl+Return"].text() == "Approve (Ctrl+Enter)"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time" and model.data(model.index(0, STATE)) == "open"
    assert window.chosen_report_language() == "en"
    read_before = window.refreshed
    reads: list[bool] = []
    read_before.connect(lambda: reads.append(True))

    with qtbot.waitSignal(model.headerDataChanged, timeout=5_000):
        languages.use("ro")
    assert bench.window.review_window is window            # the same window: nothing rebuilt
    assert window.windowTitle() == ro("ReviewWindow", "Supervisor review")
    assert window.buttons["Ctrl+Return"].text() == ro("ReviewWindow", "Approve (Ctrl+Enter)")
    assert window.buttons["Ctrl+E"].text() == ro("ReviewWindow", "End-of-day PDF (Ctrl+E)")
    assert window.station.itemText(0) == ro("ReviewWindow", "Every station")
    assert [model.headerData(n, Qt.Orientation.Horizontal) for n in (0, STATE)] == [ro("ReviewModel", "Time"),
                                                                                   ro("ReviewModel", "Review")]
    assert window.table.horizontalHeader().model() is model
    assert model.data(model.index(0, STATE)) == ro("ReviewModel", "open")       # a word made from the row's code
    assert window.message.text() == ro("ReviewWindow", "{count} exception(s), {open} still open").format(
        count=2, open=2)                                    # the line said from what was read, not read again
    assert window.chosen_report_language() == "ro"          # the report follows the window until one is picked
    assert reads == [] and bench.runner.database.pending == 0

    languages.use("en")
    qtbot.waitUntil(lambda: window.windowTitle() == "Supervisor review", timeout=5_000)
    assert window.buttons["Ctrl+Return"].text() == "Approve (Ctrl+Enter)"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time" and model.data(model.index(0, STATE)) == "open"
    assert window.message.text() == "2 exception(s), 2 still open"


def test_the_report_language_is_picked_by_keyboard_and_the_pdf_is_written_in_it(supervisor_review,  # noqa: F811
                                                                                 languages, qtbot, tmp_path):
    _bench, window = supervisor_review
    combo = window.report_language
    assert [combo.itemText(n) for n in range(combo.count())] == list(LANGUAGES.values())   # each in its own name
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)   # "Report &language"
    assert combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)                  # English, then Română
    assert window.chosen_report_language() == "ro"
    languages.use("vi")                                     # a switch keeps the supervisor's pick
    qtbot.waitUntil(lambda: window.windowTitle() != "Supervisor review", timeout=5_000)
    assert window.chosen_report_language() == "ro"
    languages.use("en")
    qtbot.waitUntil(lambda: window.windowTitle() == "Supervisor review", timeout=5_000)

    out = tmp_path / "ziua.pdf"
    with qtbot.waitSignal(window.report_finished, timeout=20_000):
        window.export_pdf(out)
    said = _pdf_text(out)
    words, day = Words("ro"), LOCAL.day_of(NOW)
    assert words("End-of-day returns inspection report") in said      # the heading, as the catalogue has it
    assert words.day(day) in said and words.day(day) != day.isoformat()   # the day as Romanian writes it

    combo.setCurrentIndex(combo.findData("en"))
    english = tmp_path / "day.pdf"
    with qtbot.waitSignal(window.report_finished, timeout=20_000):
        window.export_pdf(english)
    said = _pdf_text(english)
    assert "End-of-day returns inspection report" in said and day.isoformat() in said


def test_the_insight_view_shows_what_it_read_again_in_the_new_language(supervisor_review, languages,  # noqa: F811
                                                                       qtbot):
    bench, window = supervisor_review
    qtbot.keyClick(window.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.insight_view is not None)
    view = window.insight_view
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_F5)
    flow = view.site_flow
    holds = flow.holds.rowCount()
    languages.use("ro")
    qtbot.waitUntil(lambda: view.windowTitle() == ro("InsightView", "Insight"), timeout=5_000)
    assert view.tabs.tabText(0) == ro("InsightView", "Why things come back")
    assert view.boxes[0].title() == ro("InsightView", "Most returned SKUs")
    assert view.carriers.headerData(0, Qt.Orientation.Horizontal) == ro("InsightView", "Carrier")
    assert view.summary.text().startswith(ro("InsightView", "{items} items. Stated reason differs from the reason "
                                             "found: {mismatch} ({share:.1f}%). Return-window violations: {late} "
                                             "({late_share:.1f}%).").split("{")[0])
    assert flow.holds.headerData(0, Qt.Orientation.Horizontal) == ro("SiteFlowPanel", "Waiting")
    assert flow.boxes["holds"].title() == ro("SiteFlowPanel", "Open holds, oldest first")
    assert flow.headline.text().startswith(ro("SiteFlowPanel", "Open holds: {count}, the oldest waiting {age}")
                                           .split("{")[0])
    assert flow.holds.rowCount() == holds and bench.runner.database.pending == 0
    view.grab()       # the chart paints its Romanian title
    view.close()


def test_the_export_dialog_follows_a_switch_and_keeps_its_export_button(languages, qtbot, tmp_path):
    dialog = ExportDialog(dt.date(2026, 11, 20), tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.ok_button.text() == "Export" and dialog.labels[0].text() == "&From"
    languages.use("ro")
    qtbot.waitUntil(lambda: dialog.windowTitle() == ro("ExportDialog", "Export inspections"), timeout=5_000)
    assert dialog.ok_button.text() == ro("ExportDialog", "Export")    # not Qt's own "OK" put back by the box
    assert dialog.labels[0].text() == ro("ExportDialog", "&From")
    assert dialog.format.itemText(dialog.format.findData("csv")) == ro("ExportDialog", "CSV (spreadsheets)")
    assert dialog.format.currentData() == "csv"
