"""The review window's export of a range (Ctrl+Shift+E) and the insight view's own role check, on a real SQLite file
with generated history: the dialog driven by keyboard, CSV and JSON read back and compared with the database, Cancel
pressed mid-export leaving no file (an older file of that name untouched), an unwritable folder told plainly."""
from __future__ import annotations

import csv
import datetime as dt
import json
import threading
from collections import defaultdict
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from inspector.domain.site_day import LOCAL
from inspector.demo.history import HistoryOptions, generate_history
from inspector.domain.policy import load_policy
from inspector.paths import resource
from inspector.storage.database import Database
from inspector.storage.orm import InspectionRow, OperatorRow
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW
from ui.common.day_field import DayField, add_months
from ui.review.export_dialog import ExportDialog, ExportPath, ExportRequest

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
FIRST, LAST = LOCAL.day_of(NOW) - dt.timedelta(days=1), LOCAL.day_of(NOW)     # the site's days, as the window


def _history(paths) -> None:
    """Three days of completed inspections at four stations, written before the supervisor signs in."""
    db = Database.open_sqlite(paths.database)
    try:
        generate_history(db, load_policy(resource("policy.json")), HistoryOptions(parcels=400, days=3, seed=11), NOW)
    finally:
        db.dispose()


def _in_database(paths, first, last, station=None):
    """(inspection id, currency, refund, deduction total) of what the export should hold, straight from SQL."""
    start, end = LOCAL.range_bounds(first, last)      # the site's days: this computer's zone by default
    db = Database.open_sqlite(paths.database)
    try:
        i = InspectionRow
        query = select(i.id, i.currency, i.refund, i.deduction_total).where(
            i.status == "completed", i.completed_at >= start, i.completed_at < end)
        if station:
            query = query.where(i.station == station)
        with db.session() as s:
            return s.execute(query).all()
    finally:
        db.dispose()


def _totals(rows):
    """Refund and deduction totals per currency (none: "" as CSV writes it, None in JSON and SQL), exact Decimals."""
    totals: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for _id, currency, refund, deduction in rows:
        totals[currency or ""][0] += Decimal(refund or 0)
        totals[currency or ""][1] += Decimal(deduction or 0)
    return dict(totals)


@pytest.fixture
def review(bench, qtbot):
    bench.runner.run_db(lambda: _history(bench.paths))
    qtbot.waitUntil(lambda: bench.runner.database.pending == 0, timeout=30_000)
    bench.sign_in("OP-2001", "4321")
    bench.key(Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bench.window.review_window is not None)
    window = bench.window.review_window
    qtbot.waitUntil(lambda: bench.runner.database.pending == 0 and window.message.text() != "")
    yield bench, window
    window.close()


def _type_date(qtbot, dialog, mnemonic: Qt.Key, day: dt.date) -> None:
    qtbot.keyClick(dialog, mnemonic, Qt.KeyboardModifier.AltModifier)
    edit = QApplication.focusWidget()
    assert isinstance(edit, QLineEdit) and isinstance(edit.parent(), DayField)
    edit.selectAll()
    qtbot.keyClicks(edit, day.isoformat())


def _fill_when_shown(qtbot, fill) -> None:
    """The dialog runs modally inside the key press that opens it: fill it in from the event loop once it shows."""
    tries = [0]

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ExportDialog) and dialog.isVisible():
            tries[0] += 1
            # Alt+letter reaches a field only in the active window. Offscreen, after other windows came and went,
            # the request can go unanswered; asking the application directly settles it. After 2 s the dialog is
            # filled in anyway: a failure then closes it (`fill` rejects it) rather than hanging the run.
            if not dialog.isActiveWindow():
                dialog.activateWindow()
                if tries[0] > 5:
                    QApplication.setActiveWindow(dialog)
            if dialog.isActiveWindow() or tries[0] > 100:
                fill(dialog)
                return
        QTimer.singleShot(20, attempt)
    QTimer.singleShot(0, attempt)


def _export_by_keyboard(qtbot, window, out, fmt_downs: int, station: str = "") -> list:
    seen, errors = [], []

    def fill(dialog: ExportDialog) -> None:
        try:
            _type_date(qtbot, dialog, Qt.Key.Key_F, FIRST)
            _type_date(qtbot, dialog, Qt.Key.Key_T, LAST)
            qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
            for _ in range(fmt_downs):
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
            if station:
                qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
                qtbot.keyClicks(QApplication.focusWidget(), station)
            qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
            assert QApplication.focusWidget() is dialog.path
            dialog.path.selectAll()
            qtbot.keyClicks(dialog.path, str(out))
            seen.append(dialog.request())
            qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
        except BaseException as exc:   # raised again below: a failure here must not leave the dialog open
            errors.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    with qtbot.waitSignal(window.export_finished, timeout=30_000) as finished:
        _fill_when_shown(qtbot, fill)
        qtbot.keyClick(window.table, Qt.Key.Key_E, CTRL_SHIFT)     # returns once the dialog has closed
        if errors:
            raise errors[0]
        assert seen == [ExportRequest(FIRST, LAST, ("csv", "json")[fmt_downs], station or None, out)]
        assert window.cancel_button.isVisibleTo(window) and window.progress.isVisibleTo(window)
    assert finished.args[1] == str(out)
    return finished.args


def test_export_a_range_to_csv_from_the_window_matches_the_database(review, qtbot, tmp_path):
    bench, window = review
    out = tmp_path / "range.csv"
    count, path = _export_by_keyboard(qtbot, window, out, fmt_downs=0)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = _in_database(bench.paths, FIRST, LAST)
    assert count == len(rows) == len(expected) > 100
    assert sorted(r["inspection_id"] for r in rows) == sorted(e[0] for e in expected)
    assert _totals([(r["inspection_id"], r["currency"], r["refund"], r["deduction_total"]) for r in rows]) \
        == _totals(expected)
    assert window.message.text() == f"Exported {count:,} item inspection(s) to {path}"
    assert not window.progress.isVisibleTo(window) and not window.cancel_button.isVisibleTo(window)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["range.csv"]


def test_export_one_station_to_json_from_the_window_matches_the_database(review, qtbot, tmp_path):
    bench, window = review
    out = tmp_path / "bench-02.json"
    count, _path = _export_by_keyboard(qtbot, window, out, fmt_downs=1, station="BENCH-02")
    data = json.loads(out.read_text(encoding="utf-8"))
    expected = _in_database(bench.paths, FIRST, LAST, "BENCH-02")
    assert data["from"] == FIRST.isoformat() and data["to"] == LAST.isoformat()
    assert count == data["count"] == len(data["inspections"]) == len(expected) > 10
    assert {row["station"] for row in data["inspections"]} == {"BENCH-02"}
    assert _totals([(r["inspection_id"], r["currency"], r["refund"], r["deduction_total"])
                    for r in data["inspections"]]) == _totals(expected)


def test_cancel_mid_export_leaves_no_file(review, qtbot, tmp_path):
    _bench, window = review
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "range.csv"
    out.write_text("older export\n", encoding="utf-8")
    reached, pressed = threading.Event(), threading.Event()

    def on_the_database_lane(_done: int, _total: int) -> None:
        # The first progress report comes once the file is being written: hold the export there until Cancel is
        # pressed, so the test does not race it.
        if not reached.is_set():
            reached.set()
            pressed.wait(10)

    relay = window.job.relay
    relay.progressed.connect(on_the_database_lane, Qt.ConnectionType.DirectConnection)
    try:
        with qtbot.waitSignal(window.export_cancelled, timeout=30_000):
            window.export_inspections(ExportRequest(NOW.date() - dt.timedelta(days=2), LAST, "csv", None, out))
            qtbot.waitUntil(reached.is_set, timeout=10_000)
            assert [p.name for p in folder.glob(".range.csv.*.tmp")]      # half-written, beside the target
            assert window.cancel_button.isVisibleTo(window)
            assert window.cancel_button.text() == "Cancel export (Esc)"
            qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
            pressed.set()
    finally:
        pressed.set()
        relay.progressed.disconnect(on_the_database_lane)
    assert window.message.text() == "The export was cancelled; nothing was saved."
    assert [p.name for p in folder.iterdir()] == ["range.csv"]
    assert out.read_text(encoding="utf-8") == "older export\n"
    assert window.isVisible() and not window.job.running


def test_an_unwritable_folder_is_told_plainly_and_leaves_nothing(review, qtbot, tmp_path):
    _bench, window = review
    out = tmp_path / "missing" / "range.json"
    with qtbot.waitSignal(window.refused, timeout=30_000) as refused:
        window.export_inspections(ExportRequest(FIRST, LAST, "json", None, out))
    assert refused.args == [f"The folder {out.parent} does not exist. Create it or choose another folder."]
    assert window.message.text() == refused.args[0] and not window.progress.isVisibleTo(window)
    assert not out.parent.exists()


def test_the_insight_view_refuses_an_inspector_itself(review, qtbot):
    bench, window = review
    from ui.review.insight_view import InsightView
    session = bench.client.session
    with bench.client.session.database.session() as s:
        inspector_id = s.scalar(select(OperatorRow.id).where(OperatorRow.badge == "OP-1001"))
    view = InsightView(bench.runner, lambda: UnitOfWork(session.database, session.policy), inspector_id,
                       FIRST, LAST, window)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refused, timeout=10_000) as refused:
        view.refresh()
    assert refused.args == ["Only a supervisor can review and override inspections."]
    assert view.summary.text() == refused.args[0] and view.skus.rowCount() == 0


def test_the_export_dialog_offers_a_name_and_refuses_a_backward_range(qtbot, tmp_path, monkeypatch):
    dialog = ExportDialog(dt.date(2026, 11, 23), tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.path.text() == str(tmp_path / "inspections-2026-11-01_2026-11-23.csv")
    assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Export"
    dialog.format.setCurrentIndex(1)
    assert dialog.path.text() == str(tmp_path / "inspections-2026-11-01_2026-11-23.json")
    dialog.first.set_day(dt.date(2026, 11, 25))                    # past the end: the end stays where it was
    assert dialog.last_day() == dt.date(2026, 11, 23)
    assert not dialog.ok_button.isEnabled() and dialog.request() is None
    assert dialog.problem.text() == "The range ends (2026-11-23) before it starts (2026-11-25)."
    dialog.last.set_day(dt.date(2026, 11, 25))
    assert dialog.ok_button.isEnabled() and dialog.problem.text() == ""
    assert dialog.path.text() == str(tmp_path / "inspections-2026-11-25.json")
    dialog.first.set_day(dt.date(2026, 11, 20))
    dialog.last.set_day(dt.date(2026, 11, 20))

    dialog.path.setText("mine.json")                               # a bare name goes in the offered folder
    assert dialog.request() == ExportRequest(dt.date(2026, 11, 20), dt.date(2026, 11, 20), "json", None,
                                             tmp_path / "mine.json")
    dialog.format.setCurrentIndex(0)                               # the person's own name keeps, with its suffix
    assert dialog.path.text() == "mine.csv"
    dialog.path.clear()
    assert not dialog.ok_button.isEnabled() and dialog.request() is None

    asked = []
    monkeypatch.setattr(ExportPath, "ask", classmethod(lambda cls, parent, suggested, fmt:
                                                       asked.append((suggested, fmt)) or tmp_path / "chosen.csv"))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == [(tmp_path / "inspections-2026-11-20.csv", "csv")]
    assert dialog.path.text() == str(tmp_path / "chosen.csv") and dialog.ok_button.isEnabled()


@pytest.mark.parametrize("today", [dt.date(2026, 12, 6), dt.date(2027, 1, 1), dt.date(2026, 11, 1),
                                   dt.date(2028, 2, 29)])
def test_typing_a_range_gives_the_days_typed_whatever_today_is(qtbot, tmp_path, today):
    """Typing a date passes through other dates section by section (the month of 2026-11-19 reads 01 for one
    keystroke). The dialog once moved the other field to follow those, and kept a day nobody typed."""
    dialog = ExportDialog(today, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    for field, day in ((dialog.first, FIRST), (dialog.last, LAST)):
        field.setFocus()
        field.edit.selectAll()
        qtbot.keyClicks(field.edit, day.isoformat())
    assert dialog.first_day() == FIRST and dialog.last_day() == LAST
    assert dialog.request() == ExportRequest(FIRST, LAST, "csv", None,
                                             tmp_path / f"inspections-{FIRST}_{LAST}.csv")
    assert dialog.ok_button.isEnabled()


def test_a_half_typed_or_impossible_day_holds_export_back_and_keys_step_days(qtbot, tmp_path):
    dialog = ExportDialog(dt.date(2028, 2, 29), tmp_path)
    qtbot.addWidget(dialog)
    offered = dialog.path.text()
    dialog.last.edit.setText("2028-02-3")
    assert dialog.request() is None and not dialog.ok_button.isEnabled()
    assert dialog.problem.text() == "Write each day as YYYY-MM-DD, e.g. 2026-11-19."
    assert dialog.path.text() == offered                           # the name waits for a whole range
    dialog.last.edit.setText("2028-02-30")                         # no such day
    assert dialog.request() is None and not dialog.ok_button.isEnabled()
    dialog.last.edit.setText("2028-02-29")
    qtbot.keyClick(dialog.last.edit, Qt.Key.Key_Up)
    assert dialog.last_day() == dt.date(2028, 3, 1)
    qtbot.keyClick(dialog.last.edit, Qt.Key.Key_PageDown)
    assert dialog.last_day() == dt.date(2028, 2, 1)
    qtbot.keyClick(dialog.first.edit, Qt.Key.Key_Down)
    assert dialog.first_day() == dt.date(2028, 1, 31) and dialog.ok_button.isEnabled()


@pytest.mark.parametrize("day, months, expected", [
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)), (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
    (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)), (dt.date(2027, 1, 15), -1, dt.date(2026, 12, 15)),
    (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28))])
def test_a_month_on_keeps_the_day_or_the_months_last(day, months, expected):
    assert add_months(day, months) == expected
