"""The review window at a supervisor desk: other stations' copies beside the desk's own records, a station filter,
and the "site as of" line (pytest-qt, the real window on a real bench database)."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt

from inspector.domain.site_day import LOCAL
from inspector.storage.database import Database
from inspector.sync.site_copies import store_copies
from inspector.sync.state import SyncState, load_state, save_state
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW
from tests.gui.test_review_view import _flagged_day
from tests.integration.faults.checks import bench_records
from tests.integration.faults.workload import make_bench, work

pytestmark = pytest.mark.gui


def _copies_of_b2(paths, elsewhere) -> None:
    """B2's day (two parcels, the second unit an extra one: an exception), as the desk's feed pull stores it."""
    b2 = make_bench(elsewhere, "B2")
    try:
        work(b2, 2)
        records = [{"type": t, "id": i, "version": d["version"], "station": d["station"], "seq": n, "data": d}
                   for n, ((t, i), d) in enumerate(bench_records(b2.database).items(), start=1)]
    finally:
        b2.close()
    db = Database.open_sqlite(paths.database)
    try:
        from inspector.domain.policy import load_policy
        from inspector.paths import resource
        report = store_copies(records, UnitOfWork(db, load_policy(resource("policy.json"))), "bench-gui")
        assert report.stored == 4 and not report.set_aside
    finally:
        db.dispose()
    heard = (NOW.replace(minute=0)).isoformat()
    save_state(paths.data_dir, SyncState(site_as_of=NOW.isoformat(), site_cursor=4, site_stations=[
        {"name": "B2", "last_heard_at": heard}, {"name": "bench-gui", "last_heard_at": NOW.isoformat()}]))


def test_the_desk_review_covers_the_site_with_a_station_filter_and_says_as_of_when(bench, qtbot, tmp_path):
    bench.runner.run_db(lambda: _flagged_day(bench.paths))
    bench.runner.run_db(lambda: _copies_of_b2(bench.paths, tmp_path / "elsewhere"))
    qtbot.waitUntil(lambda: bench.runner.database.pending == 0, timeout=20_000)
    bench.sign_in("OP-2001", "4321")
    bench.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bench.window.review_window is not None)
    window = bench.window.review_window
    window.day.set_day(LOCAL.day_of(NOW))
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.refresh()
    qtbot.waitUntil(lambda: window.as_of.text() != "", timeout=10_000)
    local = LOCAL.local
    assert window.as_of.text() == (f"site as of {local(NOW).strftime('%H:%M')}; "
                                   f"B2 last heard {local(NOW.replace(minute=0)).strftime('%H:%M')}")
    offered = [window.station.itemData(n) for n in range(window.station.count())]
    assert offered[0] is None and {"B1", "B2", "bench-gui"} <= set(offered[1:])
    qtbot.waitUntil(lambda: {window.model.item(r).station for r in range(window.model.rowCount())} == {"B1", "B2"},
                    timeout=10_000)
    window.station.setCurrentIndex(window.station.findData("B2"))
    window.station.activated.emit(window.station.currentIndex())     # as a person's choice does

    def only_b2() -> bool:
        shown = {window.model.item(r).station for r in range(window.model.rowCount())}
        return shown == {"B2"} and bench.runner.database.pending == 0
    qtbot.waitUntil(only_b2, timeout=10_000)
    assert window.chosen_station() == "B2"
    # The PDF of the window's day and station says as of when, like the window.
    out = tmp_path / "b2.pdf"
    with qtbot.waitSignal(window.report_finished, timeout=20_000):
        window.export_pdf(out)
    said = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "Stations: B2" in said and f"Site as of {local(NOW).strftime('%H:%M')}; B2 last heard" in said
    window.close()


def test_the_windows_sync_pulls_the_site_feed_into_the_desk(qtbot, tmp_path):
    """The status bar's worker runs the desk's pull too: pages fetched on the background lane, stored on the
    database lane, until the hub has no more."""
    from tests.integration.faults.hubs import ThreadHub
    from tests.integration.faults.site_desk import Clock, assert_desk_matches_hub, issue_site_tokens, open_site
    from ui.common.task_runner import TaskRunner
    from ui.sync.sync_status import SyncStatus, engine_factory_for
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_site_tokens(db_url, ("B1",), "DESK")
    runner = TaskRunner()
    with ThreadHub(db_url) as hub:
        site = open_site(tmp_path, hub, tokens, ("B1",), "DESK", Clock())
        try:
            work(site.benches["B1"], 4)
            assert site.engine(site.benches["B1"]).run_once()["ok"]
            status = SyncStatus(runner, engine_factory_for(site.desk.paths), interval_s=60.0, tick_ms=50)
            with qtbot.waitSignal(status.pass_finished, timeout=20_000) as finished:
                status.start()
            assert finished.args == [True]
            status.stop()
            assert assert_desk_matches_hub(site, "") == 8
            state = load_state(site.desk.paths.data_dir)
            assert state.site_as_of is not None and state.site_cursor > 0
        finally:
            assert runner.shutdown(10_000)
            site.close()
