"""Two open returns of one order: scanning the order number lists them at the real window, over a real SQLite file;
a digit key or a click opens one, Esc drops the list."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inspector.bench.state import Cue, Phase, ReturnChoice
from inspector.domain.policy import load_policy
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.languages import translator
from inspector.paths import Paths, resource
from inspector.storage.database import Database
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW
from tests.gui.conftest import Bench, close_benches, open_session, open_window, seed
from tests.gui.languages import in_language
from tests.gui.test_text_room import SCREEN, cut_off
from ui.bench.return_choice_panel import ReturnChoiceModel
from ui.common.style import apply_style
from ui.common.texts import short_date

pytestmark = pytest.mark.gui

ORDER = "#7001"
FIRST = "#7001-R1"
# As long as a return number may be (64), from an upstream whose ids are long: cut in the middle on screen.
LONG = "ERP-RETURN-2026-11-" + "0" * 44 + "2"


def order_returns() -> list[Return]:
    delivered = NOW.date() - dt.timedelta(days=3)
    return [
        Return("", FIRST, ORDER, "Too small", delivered, ReturnStatus.OPEN, (), (
            ReturnLine("", 1, "SHOE-41", None, "Running shoe, size 41", 1, Decimal("89.00"), "EUR", "apparel"),
            ReturnLine("", 2, "SOCK-3P", None, "Socks, three pairs", 2, Decimal("9.50"), "EUR", "apparel"),
        )),
        Return("", LONG, ORDER, "Changed my mind", delivered, ReturnStatus.OPEN, (), (
            ReturnLine("", 1, "CAP-RED", None, "Cap, red", 1, Decimal("19.00"), "EUR", "apparel"),
        )),
    ]


def seed_order(paths: Paths) -> None:
    seed(paths)
    db = Database.open_sqlite(paths.database)
    try:
        upsert_returns(UpsertReturns(order_returns(), "test", NOW), UnitOfWork(db, load_policy(resource("policy.json"))))
    finally:
        db.dispose()


@pytest.fixture
def open_bench(qtbot, gui_paths, runner, station_languages) -> Iterator:
    """The real window over a real SQLite file holding the order's two returns, in the station's language."""
    apply_style(QApplication.instance())
    seed_order(gui_paths)
    opened: list[Bench] = []

    def make(lang: str = "en") -> Bench:
        languages = station_languages(lang)
        opened.append(open_window(qtbot, runner, gui_paths, lambda: open_session(gui_paths), languages))
        return opened[-1]
    yield make
    close_benches(opened, runner)


def rows(bench: Bench) -> list[tuple[str, ...]]:
    model = bench.window.return_choice_panel.model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def choices_shown(bench: Bench) -> bool:
    window = bench.window
    return window.item_area.currentWidget() is window.return_choice_panel and window.return_choice_panel.isVisible()


def press_digit(bench: Bench, key: Qt.Key) -> None:
    with bench.qtbot.waitSignal(bench.window.capture.grade_key_pressed):
        bench.key(key)
    bench.settle()


def scan_order(bench: Bench) -> None:
    with bench.qtbot.waitSignal(bench.cues.cue_played) as played:
        bench.scan(ORDER)
    assert played.args == ["warning"]
    assert [c.rma_number for c in bench.state.return_choices] == [FIRST, LONG]
    assert choices_shown(bench)


def test_scanning_the_order_lists_its_two_returns_and_key_2_opens_the_second(open_bench):
    bench = open_bench()
    window = bench.window
    bench.sign_in()
    scan_order(bench)
    assert window.banner.cue is Cue.WARNING and ORDER in window.banner.message
    panel = window.return_choice_panel
    delivered = short_date(NOW.date() - dt.timedelta(days=3))
    assert rows(bench) == [("1", f"{FIRST}\nToo small", "2", "3", delivered),
                           ("2", f"{LONG}\nChanged my mind", "1", "1", delivered)]
    assert ORDER in panel.heading.text()
    assert "1–2" in window.scan_bar.prompt.text()
    assert not window.item_panel.isVisible()            # the list shows in its place; the parcel stays in view

    press_digit(bench, Qt.Key.Key_2)
    assert bench.state.phase is Phase.AWAITING_ITEM and bench.state.parcel.rma_number == LONG
    assert bench.state.return_choices == ()
    parcel = window.parcel_panel
    assert window.item_panel.isVisible() and not panel.isVisible()
    # The 64 characters do not fit the panel: cut in the middle, whole in the tooltip, never wider than its room.
    rma = parcel.rma
    assert rma.full_text == LONG and rma.toolTip() == LONG
    assert "…" in rma.text() and rma.text().startswith("ERP-") and rma.text().endswith("2")
    assert rma.fontMetrics().horizontalAdvance(rma.text()) <= rma.contentsRect().width()

    scan_order(bench)                        # the order again, with that parcel open: the list again
    assert len(rows(bench)) == 2
    bench.key(Qt.Key.Key_Escape)
    bench.settle()
    assert bench.state.return_choices == () and not choices_shown(bench)
    assert window.item_panel.isVisible() and window.scan_bar.prompt.text() != ""
    assert "1–2" not in window.scan_bar.prompt.text()


def test_escape_drops_the_list_before_any_parcel_is_open(open_bench):
    bench = open_bench()
    bench.sign_in()
    scan_order(bench)
    bench.key(Qt.Key.Key_Escape)
    bench.settle()
    assert bench.state.return_choices == () and bench.state.parcel is None
    assert bench.state.phase is Phase.AWAITING_PARCEL
    assert bench.window.item_panel.isVisible() and bench.window.parcel_panel.empty_hint.isVisible()


def test_clicking_a_row_opens_that_return(open_bench):
    bench = open_bench()
    bench.sign_in()
    scan_order(bench)
    view = bench.window.return_choice_panel.view
    where = view.visualRect(view.model().index(0, ReturnChoiceModel.RETURN)).center()
    bench.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    bench.settle()
    assert bench.state.parcel is not None and bench.state.parcel.rma_number == FIRST
    assert bench.window.parcel_panel.rma.text() == FIRST and bench.window.parcel_panel.rma.toolTip() == ""
    assert not choices_shown(bench)


def test_a_digit_beyond_the_list_is_no_choice(open_bench):
    bench = open_bench()
    bench.sign_in()
    scan_order(bench)
    bench.key(Qt.Key.Key_3)                  # not a choice: the start of a typed scan
    assert bench.window.capture.buffer == "3" and bench.state.return_choices
    bench.key(Qt.Key.Key_Escape)             # drops the half-typed scan; the list stays
    assert bench.window.capture.buffer == "" and choices_shown(bench)


def test_the_list_and_its_prompt_speak_romanian(open_bench):
    bench = open_bench("ro")
    window = bench.window
    bench.sign_in()
    scan_order(bench)
    said = bench.state.feedback.text
    assert window.banner.message == said.translated(translator("ro")) == in_language(
        "ro", "bench", said.template).format(order=ORDER, count=2)
    panel = window.return_choice_panel
    assert panel.heading.text() == in_language("ro", "ReturnChoicePanel", "Returns of order {order}").format(
        order=ORDER)
    assert panel.cancel_button.text() == in_language("ro", "ReturnChoicePanel", "Cancel  Esc")
    assert panel.model.headerData(ReturnChoiceModel.UNITS, Qt.Orientation.Horizontal) == in_language(
        "ro", "ReturnChoiceModel", "Units")
    assert window.scan_bar.prompt.text() == in_language(
        "ro", "ReturnChoicePanel", "1–{count} choose a return · Esc cancel").format(count=2)
    window.resize(*SCREEN)
    bench.qtbot.wait(50)
    assert cut_off(window) == []                  # every text of the list has its room at 1366×768


def test_the_choice_model_is_a_sound_qt_model(qtmodeltester):
    model = ReturnChoiceModel()
    model.set_choices((ReturnChoice(FIRST, ORDER, "Too small", None, 2, 3), ReturnChoice(LONG, ORDER, "", None, 1, 1)))
    qtmodeltester.check(model)
    assert model.index(1, ReturnChoiceModel.RETURN).data() == f"{LONG}\n—"
    assert model.index(1, ReturnChoiceModel.DELIVERED).data() == "—"
    assert model.index(0, ReturnChoiceModel.KEY).data(Qt.ItemDataRole.ToolTipRole) == f"{FIRST}\nToo small"
