"""The insight view's site tab with pytest-qt: the site day of `site_insight_day` (two stations, a real SQLite file),
read on the database lane with an injected clock, shown in tables that sort by what a cell means; the station
filter narrows it; the figures model passes the model tester."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from inspector.sync.state import SyncState
from inspector.usecases.site_status import status_of
from inspector.usecases.unit_of_work import UnitOfWork
from tests.integration.site_insight_day import CLOCK, DAY, at, make_day, site_policy
from ui.review import insight_view
from ui.review.figures_model import SORT_ROLE, FiguresModel, number, sortable, words
from ui.review.insight_view import InsightView

pytestmark = pytest.mark.gui


def test_the_figures_model_passes_the_model_tester_and_sorts_numbers_as_numbers(qtmodeltester):
    model = FiguresModel(("Waiting", "Station"))
    qtmodeltester.check(model)
    model.set_rows([(number("10 min", 10), words("B2")), (number("9 min", 9), words("b1")),
                    (number("1 h 5 min", 65), words("质量"))])
    qtmodeltester.check(model)
    proxy = sortable(model)
    qtmodeltester.check(proxy)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["9 min", "10 min", "1 h 5 min"]
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 1).data() for r in range(3)] == ["b1", "B2", "质量"]
    assert model.index(0, 0).data(SORT_ROLE) == 10.0
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is not None       # numbers to the right
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None


def _column(view, name: str, column: int) -> list[str]:
    proxy: QSortFilterProxyModel = view.site_flow.views[name].model()
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


@pytest.fixture
def insight(database, policy, runner, qtbot, monkeypatch):
    day = make_day(database, site_policy(policy))
    threads: list[threading.Thread] = []
    real = insight_view.site_insight

    def on_which_thread(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(insight_view, "site_insight", on_which_thread)
    # How current the desk's copies are, as its last pull of the site left them (the desk is B1; B2 fell silent)
    state = SyncState(site_as_of=at(290).isoformat(), site_stations=[
        {"name": "B1", "last_heard_at": at(290).isoformat()}, {"name": "B2", "last_heard_at": at(250).isoformat()}])
    view = InsightView(runner, lambda: UnitOfWork(database, day.policy), day.supervisor, DAY, DAY, clock=lambda: CLOCK,
                       site_status=lambda: status_of(state, day.policy.zone, "B1"))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    yield view, threads
    view.close()


def test_the_site_tab_shows_holds_backlog_dock_to_stock_and_rates(insight, qtbot):
    view, threads = insight
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_F5)
    assert threads and threading.main_thread() not in threads          # read on the database lane
    qtbot.waitUntil(lambda: view.site_line.text() != "")
    assert view.site_line.text() == "site as of 15:20; B2 last heard 14:40" and view.site_line.isVisibleTo(view)
    qtbot.keyClick(view.first, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)     # from a day field
    assert view.tabs.currentWidget() is view.site_flow
    flow = view.site_flow
    assert flow.headline.text() == ("Open holds: 2, the oldest waiting 4 h 20 min · "
                                    "Parcels not yet inspected: 3 (stations with a backlog: 2)")
    assert "As of 15:30 on 2026-11-20 (Asia/Ho_Chi_Minh)" in flow.as_of.text()
    assert _column(view, "holds", 0) == ["4 h 20 min", "3 h 55 min"]
    assert _column(view, "holds", 2) == ["LP000003", "LP000006"]
    assert _column(view, "holds", 4) == ["Serial is not the one shipped", "Outside the return window"]
    assert _column(view, "holds", 5) == ["11-20 11:10", "11-20 11:35"]      # site time
    assert _column(view, "backlog", 0) == ["B2", "B1"] and _column(view, "backlog", 1) == ["1", "2"]
    assert _column(view, "backlog", 2) == ["2 h 30 min", "1 h 0 min"]
    assert [_column(view, "by_station", c) for c in range(4)] == [
        ["B1", "B2"], ["4", "3"], ["17.5 min", "1 h 5 min"], ["30 min", "1 h 30 min"]]
    assert [_column(view, "inspectors", c) for c in range(7)] == [     # the fastest first
        ["Ana Pop", "Bogdan Ene"], ["5", "2"], ["15 min", "1 h 18 min"], ["30 min", "1 h 30 min"], ["1.5", "1.5"],
        ["3.3", "1.3"], ["B1, B2", "B2"]]
    # a click on a header sorts by what the cell means: the longest median first, not "17.5" after "1 h"
    view.site_flow.views["by_station"].sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert _column(view, "by_station", 2) == ["1 h 5 min", "17.5 min"]
    assert [view.station.itemText(n) for n in range(view.station.count())] == ["Every station", "B1", "B2"]
    view.grab()


def test_the_station_filter_narrows_both_tabs(insight, qtbot):
    view, _threads = insight
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    view.station.setCurrentIndex(view.station.findData("B2"))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_F5)
    assert view.chosen_station() == "B2"
    assert _column(view, "holds", 2) == ["LP000006"] and _column(view, "backlog", 0) == ["B2"]
    assert _column(view, "by_station", 0) == ["B2"]
    assert _column(view, "inspectors", 5) == ["6.0", "1.3"] and _column(view, "inspectors", 6) == ["B2", "B2"]
    assert _column(view, "inspectors", 2) == ["10 min", "1 h 18 min"]
    assert "3 items" in view.summary.text()          # the other tab's figures: B2's three items
    assert [view.station.itemText(n) for n in range(view.station.count())] == ["Every station", "B1", "B2"]
