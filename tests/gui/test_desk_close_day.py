"""Issue 17, closing the day from a desk: the supervisor's "Close the day…" in the review window signs the site's day
off at a real hub (on the network lane), shows the report's number, and says clearly why not otherwise: closed
already (by whom), not a supervisor desk, the hub out of reach. The desk's own items that reach the hub after the
signing come back from the sync marked late in its queue.
"""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from inspector.domain.policy import load_policy
from inspector.domain.site_day import LOCAL
from inspector.hub.stations import add_station, set_site_view
from inspector.hub.storage import ensure_schema, make_hub_engine
from inspector.paths import resource
from inspector.settings import StationSettings, save_settings
from inspector.storage.database import Database
from inspector.sync.engine import SyncConfig, SyncEngine
from inspector.usecases import inspections, parcels
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, PHONE_GTIN, UPS
from tests.gui.conftest import STATION
from tests.integration.faults.hubs import ThreadHub
from ui.review.day_closing import CloseDayConfirm

DAY = LOCAL.day_of(NOW)        # the shipped policy names no zone: the site's day is this computer's


@pytest.fixture
def desk_hub(tmp_path):
    """A hub that knows this bench as a supervisor desk; its clock a day after the records (a day that has begun)."""
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    engine = make_hub_engine(db_url)
    ensure_schema(engine)
    token = add_station(engine, STATION, site_view=True)
    with ThreadHub(db_url) as hub:
        hub.server.config.app.state.clock = lambda: NOW + dt.timedelta(days=1)
        hub.token, hub.engine = token, engine
        yield hub
    engine.dispose()


def desk_items(paths, count: int) -> list[str]:
    """Flagged items of this desk's own (serial mismatches), completed before the hub hears of them."""
    policy = load_policy(resource("policy.json"))
    db = Database.open_sqlite(paths.database)
    plates = []
    try:
        with db.engine.connect() as conn:
            inspector_id = conn.exec_driver_sql("SELECT id FROM operators WHERE badge = 'OP-1001'").scalar()
        for n in range(count):
            at = NOW + dt.timedelta(minutes=n)
            pid = parcels.receive_parcel(parcels.ReceiveParcel(STATION, inspector_id, UPS, at, tracking_number=UPS),
                                         UnitOfWork(db, policy))
            iid = inspections.start_inspection(inspections.StartInspection(
                pid, inspector_id, STATION, PHONE_GTIN, f"LPD{n:05d}", at, gtin=PHONE_GTIN, serial="SN-OTHER"),
                UnitOfWork(db, policy))
            inspections.grade_inspection(inspections.GradeInspection(iid, "B"), UnitOfWork(db, policy))
            inspections.complete_inspection(inspections.InspectionCommand(iid, at), UnitOfWork(db, policy))
            plates.append(f"LPD{n:05d}")
    finally:
        db.dispose()
    return plates


def sync_desk(bench) -> dict:
    """One pass of the desk's sync, on the database lane, with a clock on the records' day."""
    done: dict = {}

    def run() -> None:
        engine = SyncEngine(Database.open_sqlite(bench.paths.database), load_policy(resource("policy.json")),
                            bench.paths, SyncConfig.from_settings(_settings(bench)),
                            clock=lambda: NOW + dt.timedelta(days=1), owns_database=True)
        try:
            done.update(engine.run_once())
        finally:
            engine.close()
            engine.dispose_database()
    bench.runner.run_db(run)
    bench.qtbot.waitUntil(lambda: bench.runner.database.pending == 0, timeout=30_000)
    return done


def _settings(bench):
    from inspector.settings import load_settings
    return load_settings(bench.paths)


def review_of(bench, qtbot):
    bench.sign_in("OP-2001", "4321")
    bench.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bench.window.review_window is not None)
    window = bench.window.review_window
    qtbot.waitUntil(lambda: bench.runner.database.pending == 0 and window.message.text() != "")
    window.day.set_day(DAY)
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.refresh()
    return window


def click_close(window, qtbot, signal, timeout: int = 60_000):
    with qtbot.waitSignal(signal, timeout=timeout) as caught:
        qtbot.mouseClick(window.closing.button, Qt.MouseButton.LeftButton)
    return caught.args


def states(window) -> list[str]:
    model = window.model
    return [model.data(model.index(row, len(model.COLUMNS) - 1)) for row in range(model.rowCount())]


def test_a_desk_supervisor_closes_the_site_day_from_the_review_window(bench, desk_hub, qtbot, monkeypatch):
    save_settings(bench.paths, StationSettings(station=STATION, hub_url=desk_hub.url, hub_token=desk_hub.token))
    bench.runner.run_db(lambda: desk_items(bench.paths, 2))
    bench.qtbot.waitUntil(lambda: bench.runner.database.pending == 0)
    window = review_of(bench, qtbot)
    assert window.closing is not None and window.closing.button.text() == "Close the day…"
    asked: list[dt.date] = []

    # Cancelled at the question: nothing is asked of the hub.
    monkeypatch.setattr(CloseDayConfirm, "ask", classmethod(lambda cls, parent, day: asked.append(day) or False))
    qtbot.mouseClick(window.closing.button, Qt.MouseButton.LeftButton)
    assert asked == [DAY] and "Closing" not in window.message.text()
    monkeypatch.setattr(CloseDayConfirm, "ask", classmethod(lambda cls, parent, day: True))

    assert click_close(window, qtbot, window.closing.closed) == [1]
    said = window.message.text()
    assert f"The site's day {DAY.isoformat()} is closed: report no. 1, signed by Nguyễn Thị Lan ({STATION})" in said

    refused = click_close(window, qtbot, window.closing.refused)[0]
    assert f"already closed: report no. 1, signed by Nguyễn Thị Lan ({STATION})" in refused
    assert window.message.text() == refused and window.closing.button.isEnabled()

    # The desk's own items reach the hub only now, after the signing: the sync brings them back as late.
    assert not any("late" in s for s in states(window))
    report = sync_desk(bench)
    assert report["ok"], report
    assert report["pulled"]["closed_days"]["late"] >= 2
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.refresh()
    qtbot.waitUntil(lambda: sum("late for closed day" in s for s in states(window)) == 2, timeout=10_000)
    assert all(f"{DAY.isoformat()} (no. 1)" in s for s in states(window))
    assert {r.reference for r in window.closing.late_notes} >= {"LPD00000", "LPD00001"}

    # No longer a supervisor desk: the hub says so, and the window shows why.
    set_site_view(desk_hub.engine, STATION, False)
    refused = click_close(window, qtbot, window.closing.refused)[0]
    assert "only a supervisor desk may" in refused and f"add-station {STATION} --site-view" in refused

    # The hub out of reach.
    save_settings(bench.paths, StationSettings(station=STATION, hub_url="http://127.0.0.1:9",
                                               hub_token=desk_hub.token))
    refused = click_close(window, qtbot, window.closing.refused)[0]
    assert "The hub cannot be reached" in refused
    window.close()
