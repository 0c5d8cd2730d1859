"""The whole bench, driven as an inspector drives it: scanner keystrokes, grade keys, F-keys, on a real SQLite file."""
from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from inspector.bench import open_bench
from inspector.bench.state import Cue, Phase
from inspector.domain.money import format_money
from inspector.photos.store import PhotoStore
from tests.conftest import MUG_GTIN, NOW, OTHER_GTIN, PHONE_GTIN, UPS
from tests.gui.conftest import STATION, Bench, type_text
from tests.photos import sample_photo
from ui.bench.disposition_dialog import DispositionDialog
from ui.bench.packaging_dialog import PackagingDialog

pytestmark = pytest.mark.gui

PHONE_SCAN = f"]C101{PHONE_GTIN}21SN-AAA1"     # GS1-128 with symbology prefix: GTIN + serial


def eur(amount: str) -> str:
    return format_money(Decimal(amount), "EUR", "en_US")


def grade_with_key(bench: Bench, digit: Qt.Key) -> None:
    with bench.qtbot.waitSignal(bench.window.capture.grade_key_pressed):
        bench.key(digit)
    bench.settle()


def inspecting_phone(bench: Bench) -> None:
    bench.sign_in()
    bench.scan(UPS)
    bench.scan(PHONE_SCAN)
    assert bench.state.phase is Phase.INSPECTING


def test_sign_in_with_badge_scan_then_pin(bench):
    window = bench.window
    assert window.pages.currentWidget() is window.sign_in
    bench.scan("OP-1001")
    assert bench.state.phase is Phase.AWAITING_PIN
    assert window.sign_in.pin_field.isVisible() and window.sign_in.pin_field.hasFocus()
    bench.qtbot.keyClicks(window.sign_in.pin_field, "1234")
    assert window.capture.buffer == ""            # the PIN never lands in the scan buffer
    bench.qtbot.keyClick(window.sign_in.pin_field, Qt.Key.Key_Return)
    bench.settle()
    assert bench.state.phase is Phase.AWAITING_PARCEL
    assert window.pages.currentWidget() is window.main_split
    assert "Ana Popescu" in window.operator_label.text()
    assert STATION in window.station_label.text()
    assert "bench.sqlite3" in window.database_label.text()


def test_a_wrong_pin_is_a_red_banner_and_the_error_sound(bench):
    bench.scan("OP-1001")
    with bench.qtbot.waitSignal(bench.cues.cue_played) as played:
        bench.qtbot.keyClicks(bench.window.sign_in.pin_field, "9999")
        bench.qtbot.keyClick(bench.window.sign_in.pin_field, Qt.Key.Key_Return)
    assert played.args == ["error"]
    assert bench.window.banner.cue is Cue.ERROR and bench.window.banner.property("cue") == "error"
    assert bench.state.phase is Phase.AWAITING_PIN


def test_escape_at_the_pin_goes_back_to_the_badge(bench):
    bench.scan("OP-1001")
    bench.key(Qt.Key.Key_Escape)
    bench.settle()
    assert bench.state.phase is Phase.SIGNED_OUT


def test_whole_flow_by_scanner_and_keys(bench):
    window = bench.window
    bench.sign_in()
    with bench.qtbot.waitSignal(bench.cues.cue_played) as played:
        bench.scan(UPS)
    assert played.args == ["success"]
    parcel = window.parcel_panel
    assert parcel.rma.text() == "RMA-10000001" and parcel.order.text() == "ORD-5001"
    model = parcel.lines_model
    assert [model.data(model.index(r, model.REMAINING)) for r in range(model.rowCount())] == ["1", "2"]

    bench.scan(PHONE_SCAN)
    items = window.item_panel
    assert items.inspecting and "SN-AAA1" in items.identity.text()
    assert items.refund.text() == eur("299.90")

    grade_with_key(bench, Qt.Key.Key_2)
    assert bench.state.item.grade == "B"
    assert items.grade_picker.tile.text() == "B" and items.grade_picker.buttons["B"].isChecked()

    bench.key(Qt.Key.Key_F1)                               # scratches: 10 %
    bench.settle()
    assert items.checklist.checkbox("scratches").isChecked()
    assert items.checklist.amount_label("scratches").text() == "−" + eur("29.99")
    assert items.deductions.text() == "−" + eur("29.99") and items.refund.text() == eur("269.91")

    bench.key(Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)   # missing accessory: fixed 5.00
    bench.settle()
    assert items.refund.text() == eur("264.91")
    bench.key(Qt.Key.Key_F4)                               # and off again
    bench.settle()
    assert items.refund.text() == eur("269.91") and not items.checklist.checkbox("missing_accessory").isChecked()

    bench.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert items.note.hasFocus()
    bench.qtbot.keyClicks(items.note, "scuff on back 2 cm")
    assert window.capture.buffer == ""
    bench.key(Qt.Key.Key_Return)
    bench.settle()
    assert bench.state.item.note == "scuff on back 2 cm"

    # A deduction is kept back: no completing without a photo (the policy's rule), then a picture file.
    with bench.qtbot.waitSignal(bench.cues.cue_played) as played:
        bench.key(Qt.Key.Key_F12)
    bench.settle()
    assert played.args == ["error"] and "A photo is needed" in window.banner.message
    photo = sample_photo(1)
    PhotoStore(bench.paths.photos_dir).put(photo)           # as the photo lane does, before the row
    bench.client.photo_taken(photo, "file", None, NOW)
    bench.settle()
    assert len(bench.state.item.photos) == 1

    with bench.qtbot.waitSignal(bench.cues.cue_played) as played:
        bench.key(Qt.Key.Key_F12)
    bench.settle()
    assert played.args == ["completed"]
    assert bench.state.phase is Phase.AWAITING_ITEM and not items.inspecting
    assert bench.state.last_completed.refund == Decimal("269.91")
    assert [model.data(model.index(r, model.REMAINING)) for r in range(model.rowCount())] == ["0", "2"]

    bench.key(Qt.Key.Key_F11)
    bench.settle()
    assert bench.state.phase is Phase.AWAITING_PARCEL and bench.state.feedback.cue is Cue.COMPLETED
    log = window.shift_log_model
    assert log.rowCount() == len(bench.state.shift_log)
    assert log.data(log.index(0, log.SCAN)) == PHONE_SCAN    # newest first


def test_grade_keys_pick_each_grade_and_a_scanner_digit_does_not(bench):
    inspecting_phone(bench)
    for key, grade in ((Qt.Key.Key_1, "A"), (Qt.Key.Key_3, "C"), (Qt.Key.Key_5, "E"), (Qt.Key.Key_4, "D")):
        grade_with_key(bench, key)
        assert bench.state.item.grade == grade
        assert bench.window.item_panel.grade_picker.tile.property("grade") == grade
    bench.scan("2" + MUG_GTIN[1:])                      # starts with a grade digit, but it is a scan
    assert bench.state.item.grade == "D"
    assert bench.state.shift_log[-1].text == "2" + MUG_GTIN[1:]


def test_grade_buttons_work_with_the_mouse_too(bench):
    inspecting_phone(bench)
    bench.qtbot.mouseClick(bench.window.item_panel.grade_picker.buttons["C"], Qt.MouseButton.LeftButton)
    bench.settle()
    assert bench.state.item.grade == "C"


def test_escape_cancels_the_item_in_hand(bench):
    inspecting_phone(bench)
    bench.key(Qt.Key.Key_Escape)
    bench.settle()
    assert bench.state.phase is Phase.AWAITING_ITEM and bench.state.item is None


def test_changing_the_disposition_needs_a_reason(bench, monkeypatch):
    inspecting_phone(bench)
    grade_with_key(bench, Qt.Key.Key_1)
    proposed = bench.state.item.proposed_disposition
    answers = iter([("liquidate", None), ("liquidate", "Box water-damaged, not sellable")])
    asked = []

    def fake_ask(cls, parent, options, proposed_code, current, reason=None):
        asked.append((proposed_code, current))
        return next(answers)

    monkeypatch.setattr(DispositionDialog, "ask", classmethod(fake_ask))
    with bench.qtbot.waitSignal(bench.cues.cue_played) as played:
        bench.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    bench.settle()
    assert played.args == ["error"]
    assert bench.state.item.disposition == proposed

    with bench.qtbot.waitSignal(bench.client.settled):
        bench.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    items = bench.window.item_panel
    assert bench.state.item.disposition == "liquidate"
    assert items.chosen.text() == "Liquidation" and items.chosen.property("overridden") is True
    assert "water-damaged" in items.reason.text() and items.bin.text() == "LIQ"
    assert asked == [(proposed, proposed), (proposed, proposed)]


def test_packaging_condition_by_keyboard(bench, monkeypatch):
    bench.sign_in()
    bench.scan(UPS)
    monkeypatch.setattr(PackagingDialog, "ask", classmethod(lambda cls, parent, options, current: "crushed"))
    with bench.qtbot.waitSignal(bench.client.settled):
        bench.key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert bench.state.parcel.packaging_condition == "crushed"
    assert bench.window.parcel_panel.packaging.text() == "Crushed (carrier)"


def test_cues_for_warning_and_error(bench):
    bench.sign_in()
    with bench.qtbot.waitSignal(bench.cues.cue_played) as played:
        bench.scan("1Z999AA10000000015")                 # valid UPS number, no return known
    assert played.args == ["warning"] and bench.window.banner.cue is Cue.WARNING
    assert bench.window.parcel_panel.warnings.isVisible()
    with bench.qtbot.waitSignal(bench.cues.cue_played) as played:
        bench.scan("%%garbled%%")
    assert played.args == ["error"] and bench.state.parcel is not None   # the parcel in hand is kept


def test_non_ascii_and_group_separator_reach_the_session_intact(bench):
    bench.sign_in()
    bench.scan(UPS)
    text = f"01{PHONE_GTIN}\x1d21SN-ĂȘ1"
    bench.scan(text)
    assert bench.state.shift_log[-1].text == text


def test_burst_of_200_scans_while_the_bench_is_busy_none_lost_merged_or_reordered(bench):
    inspecting_phone(bench)                      # grade digits are live: the burst must not trigger them
    kinds = [lambda n: f"{n % 5 + 1}{n:012d}",   # starts with a grade digit
             lambda n: f"SKU-{n:05d}",
             lambda n: f"01{OTHER_GTIN}21S{n}",
             lambda n: f"GARBLED-{n}-ÄÖ",
             lambda n: f"01{MUG_GTIN}\x1d10LOT{n}"]
    burst = [kinds[n % len(kinds)](n) for n in range(200)]
    gate = threading.Event()
    bench.runner.run_db(gate.wait)              # the database lane is busy with something slow
    played = []
    bench.cues.cue_played.connect(played.append)
    target = bench.target()
    for text in burst:
        type_text(target, text)
        bench.qtbot.keyClick(target, Qt.Key.Key_Return)
    assert bench.client.in_flight == 200 and bench.window.capture.buffer == ""
    gate.set()
    bench.settle(timeout=60_000)

    assert [e.text for e in bench.state.shift_log[-200:]] == burst
    assert bench.state.item.grade is None                       # no scanner digit was taken as a grade key
    assert played == ["error"]                                  # one cue for the burst: the most serious
    stored = []
    with bench.qtbot.waitSignal(bench.client.runner.database.busy_changed,
                                check_params_cb=lambda busy: not busy):
        bench.client.run_on_database(lambda: _stored_scans(bench), on_done=stored.extend)
    assert stored[-200:] == burst


def _stored_scans(bench: Bench) -> list[str]:
    from sqlalchemy import select

    from inspector.storage.orm import ScanLogRow
    with bench.client.session.database.session() as s:
        return list(s.scalars(select(ScanLogRow.text).order_by(ScanLogRow.id)))


def test_every_session_call_runs_on_the_database_lane(bench):
    calls = []
    real = bench.client.session

    class Recorder:
        def __getattr__(self, name):
            attr = getattr(real, name)
            if not callable(attr):
                return attr

            def call(*args):
                calls.append((name, threading.get_ident()))
                return attr(*args)
            return call

    with bench.qtbot.waitSignal(bench.client.settled):
        bench.client.attach(Recorder())
    bench.sign_in()
    bench.scan(UPS)
    bench.scan(PHONE_SCAN)
    grade_with_key(bench, Qt.Key.Key_2)
    bench.key(Qt.Key.Key_F1)
    bench.key(Qt.Key.Key_F12)
    bench.settle()
    names = [name for name, _ in calls]
    assert names[:1] == ["state"] and {"handle_scan", "enter_pin", "grade_key", "toggle_finding",
                                       "complete_item"} <= set(names)
    assert {ident for _, ident in calls} == {bench.runner.database.thread_ident}
    assert threading.get_ident() != bench.runner.database.thread_ident


def test_a_bug_in_the_session_is_a_red_banner_and_the_screen_survives(bench, monkeypatch):
    bench.sign_in()
    before = bench.state

    def broken(_text):
        raise RuntimeError("boom")

    monkeypatch.setattr(bench.client.session, "handle_scan", broken)
    with bench.qtbot.waitSignal(bench.client.bug_reported):
        bench.scan(UPS)
    bench.settle()
    assert bench.window.banner.cue is Cue.ERROR and "RuntimeError" in bench.window.banner.message
    assert bench.state.phase is before.phase and bench.state.operator == before.operator


def test_scans_before_the_database_is_open_are_refused_with_a_warning(qtbot, runner):
    from ui.bench.bench_client import BenchClient
    client = BenchClient(runner, STATION)
    with qtbot.waitSignal(client.state_changed) as changed:
        client.scan("OP-1001")
    assert changed.args[0].feedback.cue is Cue.WARNING


def test_a_half_done_parcel_resumes_in_a_new_window(bench, qtbot, gui_paths):
    inspecting_phone(bench)
    grade_with_key(bench, Qt.Key.Key_3)
    bench.window.close()
    bench.client.close()
    assert bench.runner.shutdown(10_000)

    from ui.bench.bench_client import BenchClient
    from ui.main_window import BenchWindow
    from ui.common.task_runner import TaskRunner
    from tests.gui.conftest import open_session
    runner = TaskRunner()
    try:
        client = BenchClient(runner, STATION)
        window = BenchWindow(client)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        with qtbot.waitSignal(client.settled, timeout=10_000):
            client.open(lambda: open_session(gui_paths))
        again = Bench(window, client, runner, window.cue_player, gui_paths, qtbot)
        again.sign_in()
        assert again.state.phase is Phase.INSPECTING and again.state.item.grade == "C"
        assert window.item_panel.grade_picker.tile.text() == "C"
        assert window.parcel_panel.rma.text() == "RMA-10000001"
        window.close()
        client.close()
    finally:
        assert runner.shutdown(10_000)


def test_the_real_factory_opens_the_bench_on_the_lane(qtbot, runner, gui_paths):
    from ui.bench.bench_client import BenchClient
    client = BenchClient(runner)
    with qtbot.waitSignal(client.settled, timeout=20_000):
        client.open(lambda: open_bench(gui_paths, "bench-factory"))
    assert client.state.station == "bench-factory" and client.state.phase is Phase.SIGNED_OUT
    client.close()


def test_window_geometry_is_kept_in_qsettings(qtbot, runner, gui_paths):
    from ui.app import ui_state_settings
    from ui.bench.bench_client import BenchClient
    from ui.main_window import BenchWindow
    window = BenchWindow(BenchClient(runner), ui_state=ui_state_settings(gui_paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.main_split.setSizes([300, 700])
    geometry, split = window.saveGeometry(), window.main_split.saveState()
    window.close()
    stored = ui_state_settings(gui_paths)
    assert stored.value("window/geometry") == geometry and stored.value("window/main_split") == split
    assert (gui_paths.data_dir / "ui-state.ini").exists()       # beside the station's data, not in the home dir
    again = BenchWindow(BenchClient(runner), ui_state=ui_state_settings(gui_paths))
    qtbot.addWidget(again)
    assert again.main_split.saveState() == split


def test_ctrl_z_reopens_the_item_completed_by_mistake(bench):
    inspecting_phone(bench)
    grade_with_key(bench, Qt.Key.Key_2)
    bench.key(Qt.Key.Key_F12)
    bench.settle()
    assert bench.state.item is None and bench.state.last_completed.grade == "B"
    bench.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    bench.settle()
    assert bench.state.item is not None and bench.state.item.grade == "B"
    assert bench.window.item_panel.grade_picker.tile.property("grade") == "B"
    assert "Reopened" in bench.state.feedback.message


def test_the_log_is_checkpointed_once_the_bench_is_idle(bench):
    bench.sign_in()
    with bench.qtbot.waitSignal(bench.client.checkpointed, timeout=10_000) as blocker:
        bench.scan(UPS)
    assert blocker.args[0] > 0


# ---------------------------------------------------------------- issue 15
def test_an_unreadable_scan_is_a_bad_scan_in_the_window_and_the_parcel_stays(bench):
    from ui.bench.shift_log_model import ShiftLogModel
    bench.sign_in()
    bench.scan(UPS)
    with bench.qtbot.waitSignal(bench.cues.cue_played) as played:
        bench.client.scan("RMA-\udcff100101")   # half a UTF-16 pair: Qt can hand it over, key events cannot carry it
        bench.settle()
    assert played.args == ["error"]
    assert bench.window.banner.cue is Cue.ERROR and "could not be read" in bench.window.banner.message
    assert bench.state.phase is Phase.AWAITING_ITEM and bench.window.parcel_panel.rma.text() == "RMA-10000001"
    model = bench.window.shift_log_model
    assert model.index(0, ShiftLogModel.SCAN).data() == "RMA-\\udcff100101"


def test_the_shift_count_keeps_counting_past_the_rows_the_list_keeps(qtbot, runner, gui_paths):
    import datetime as dt

    from PySide6.QtCore import QLocale
    from sqlalchemy import insert

    from inspector.storage.database import Database
    from inspector.storage.orm import ScanLogRow
    from tests.conftest import NOW
    from tests.gui.conftest import open_session, open_window, seed
    seed(gui_paths)
    db = Database.open_sqlite(gui_paths.database)
    with db.transaction() as s:
        s.execute(insert(ScanLogRow), [{"station": STATION, "operator_id": None, "at": NOW - dt.timedelta(seconds=n),
                                        "text": "x", "cue": "error", "message": "m"} for n in range(1, 3_033)])
    db.dispose()
    bench = open_window(qtbot, runner, gui_paths, lambda: open_session(gui_paths))
    try:
        bench.sign_in()
        bench.scan("%%garbled%%")
        window = bench.window
        assert window.shift_log_model.rowCount() == 200
        assert window.shift_log_count.text() == f"This shift: {QLocale().toString(3_034)} scans"  # + badge, garbled
    finally:
        bench.window.close()
        bench.client.close()
        assert runner.shutdown(10_000)


@pytest.mark.parametrize("garbled", ["RMA-1000\x000001", "RMA-\u202e10000001", "RMA-1000\t0001"])
def test_a_scan_garbled_by_invisible_characters_is_refused_not_read_as_another(bench, garbled):
    bench.sign_in()
    with bench.qtbot.waitSignal(bench.cues.cue_played) as played:
        bench.scan(garbled)             # typed by the "scanner" key by key, into the window
    assert played.args == ["error"] and bench.window.banner.cue is Cue.ERROR
    assert bench.state.phase is Phase.AWAITING_PARCEL and bench.state.parcel is None   # no parcel under a misread
    assert bench.window.capture.buffer == ""


def test_a_runaway_scan_reaches_the_bench_whole_but_the_field_shows_only_its_tail(bench):
    bench.sign_in()
    bench.scan(UPS)
    type_text(bench.target(), "A" * 1_500 + "\x1dTAIL")   # each key redrew the whole text: minutes for 10 kB
    shown = bench.window.scan_bar.field.text()
    assert len(shown) <= 130 and shown.startswith("…") and shown.endswith("A<GS>TAIL")
    bench.qtbot.keyClick(bench.target(), Qt.Key.Key_Return)
    bench.settle()
    assert bench.state.feedback.cue is Cue.ERROR and "1505 characters" in bench.state.feedback.message
    assert bench.state.parcel.rma_number == "RMA-10000001" and bench.window.scan_bar.field.text() == ""


def test_invisible_characters_are_spelled_out_in_the_shift_log_and_the_scan_field(bench):
    from ui.bench.shift_log_model import ShiftLogModel
    bench.sign_in()
    type_text(bench.target(), "\u202e1000001-AMR")          # right-to-left override: would show as RMA-1000001
    assert bench.window.scan_bar.field.text() == "\\u202e1000001-AMR"
    bench.qtbot.keyClick(bench.target(), Qt.Key.Key_Return)
    bench.settle()
    model = bench.window.shift_log_model
    assert model.index(0, ShiftLogModel.SCAN).data() == "\\u202e1000001-AMR"
    assert "\u202e" not in model.index(0, ShiftLogModel.SCAN).data(Qt.ItemDataRole.ToolTipRole)
