"""Photos in the supervisor's review (pytest-qt, the real window on a real bench database and photo store): the
selected exception's thumbnails under the queue, Enter for full size, Left/Right, Esc; at a desk, another station's
photo not here yet says so, is asked for at once from a real hub on loopback, and then shows."""
from __future__ import annotations

import datetime as dt

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from inspector.domain.policy import load_policy
from inspector.paths import resource
from inspector.photos.store import PhotoStore
from inspector.settings import StationSettings, save_settings
from inspector.storage.database import Database
from inspector.sync.client import HubClient
from inspector.sync.site_copies import store_copies
from inspector.usecases import inspections, parcels
from inspector.usecases.unit_of_work import UnitOfWork
from inspector.wire import API
from tests.conftest import NOW, PHONE_GTIN, UPS
from tests.gui.conftest import STATION
from tests.integration.faults.hubs import ThreadHub, issue_tokens
from tests.integration.faults.workload import make_bench
from tests.integration.test_site_photo_copies import _feed, _item_with_photos
from tests.photos import attach_test_photo

pytestmark = pytest.mark.gui
NOT_HERE = "not at this desk yet"


def _own_item_with_photos(paths, seeds: tuple[int, ...]) -> list[str]:
    """An exception (a serial not the one shipped) with a photo per seed, made at this bench before the review."""
    policy = load_policy(resource("policy.json"))
    db = Database.open_sqlite(paths.database)
    uow = lambda: UnitOfWork(db, policy)  # noqa: E731
    try:
        with db.engine.connect() as conn:
            op = conn.exec_driver_sql("SELECT id FROM operators WHERE badge = 'OP-1001'").scalar()
        pid = parcels.receive_parcel(parcels.ReceiveParcel(STATION, op, UPS, NOW, tracking_number=UPS), uow())
        iid = inspections.start_inspection(inspections.StartInspection(
            pid, op, STATION, PHONE_GTIN, "LP000001", NOW, gtin=PHONE_GTIN, serial="SN-OTHER"), uow())
        inspections.grade_inspection(inspections.GradeInspection(iid, "B"), uow())
        shas = [attach_test_photo(uow(), iid, store=paths.photos_dir, finding="scratches" if k == 0 else None,
                                  seed=seed, at=NOW + dt.timedelta(seconds=k), operator_id=op,
                                  station=STATION).sha256 for k, seed in enumerate(seeds)]
        inspections.complete_inspection(inspections.InspectionCommand(iid, NOW), uow())
        return shas
    finally:
        db.dispose()


def _open_review(bench, qtbot):
    qtbot.waitUntil(lambda: bench.runner.database.pending == 0, timeout=20_000)
    bench.sign_in("OP-2001", "4321")
    bench.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bench.window.review_window is not None)
    window = bench.window.review_window
    qtbot.waitUntil(lambda: bench.runner.database.pending == 0 and window.message.text() != "")
    window.day.set_day(window.model.zone.day_of(NOW))
    with qtbot.waitSignal(window.photo_strip.thumbnails_shown, timeout=10_000):
        with qtbot.waitSignal(window.refreshed, timeout=10_000):
            window.refresh()
    return window


def _shows(cell) -> bool:
    return not cell.pixmap().isNull()


def test_the_selected_exceptions_thumbnails_show_and_enter_opens_them_full_size(bench, qtbot):
    shas: list[str] = []
    bench.runner.run_db(lambda: shas.extend(_own_item_with_photos(bench.paths, (1, 2, 3))))
    window = _open_review(bench, qtbot)
    strip = window.photo_strip
    assert window.model.rowCount() == 1 and strip.isVisible()
    qtbot.waitUntil(lambda: len(strip.cells()) == 3 and all(_shows(c) for c in strip.cells()), timeout=10_000)
    cells = strip.cells()
    assert all(0 < max(c.pixmap().width(), c.pixmap().height()) <= 240 for c in cells)
    assert cells[0].toolTip() == "scratches"

    store = PhotoStore(bench.paths.photos_dir)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.photo_viewer is not None)
    viewer = window.photo_viewer
    qtbot.waitUntil(lambda: viewer.image is not None and viewer.isVisible(), timeout=10_000)
    assert viewer.image == QImage(str(store.path(shas[0])))
    assert viewer.picture.pixmap().size() == viewer.image.size() and viewer.image.width() == 320
    assert "1 of 3" in viewer.caption.text() and "scratches" in viewer.caption.text()
    for n in (1, 2):
        with qtbot.waitSignal(viewer.photo_shown, timeout=10_000):
            qtbot.keyClick(viewer, Qt.Key.Key_Right)
        assert viewer.index == n and viewer.image == QImage(str(store.path(shas[n])))
    qtbot.keyClick(viewer, Qt.Key.Key_Right)       # at the last photo it stays
    assert viewer.index == 2 and "3 of 3" in viewer.caption.text()
    with qtbot.waitSignal(viewer.photo_shown, timeout=10_000):
        qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.index == 1 and viewer.image == QImage(str(store.path(shas[1])))
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.photo_viewer is None)
    assert window.isVisible()
    window.close()


def test_a_site_photo_not_at_the_desk_says_so_and_is_fetched_at_once(bench, qtbot, tmp_path):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_tokens(db_url, "B2", STATION)
    with ThreadHub(db_url, photos_dir=tmp_path / "hub-photos") as hub:
        b2 = make_bench(tmp_path / "elsewhere", "B2")
        try:
            _item_with_photos(b2, (7,))
            items = _feed(b2)
            [photo] = [r["data"] for r in items if r["type"] == "inspection_photo"]
            sent = PhotoStore(b2.paths.photos_dir).read(photo["sha256"])
        finally:
            b2.close()
        save_settings(bench.paths, StationSettings(station=STATION, hub_url=hub.url, hub_token=tokens[STATION]))

        def copies() -> None:
            db = Database.open_sqlite(bench.paths.database)
            try:
                report = store_copies(items, UnitOfWork(db, load_policy(resource("policy.json"))), STATION)
                assert report.stored == 3 and not report.set_aside
            finally:
                db.dispose()
        bench.runner.run_db(copies)
        with HubClient(hub.url, tokens["B2"], station="B2") as client:
            client.push([{k: r[k] for k in ("type", "id", "version", "data")} for r in items])
        answer = httpx.put(f"{hub.url}{API}/photos/{photo['sha256']}", content=sent,
                           headers={"Authorization": f"Bearer {tokens['B2']}",
                                    "Content-Range": f"bytes 0-{len(sent) - 1}/{len(sent)}",
                                    "Content-Type": "application/octet-stream"})
        assert answer.status_code == 200
        said: list[tuple[str, bool]] = []

        def first_look() -> None:
            cells = window.photo_strip.cells()
            if cells and not said:
                said.append((cells[0].text(), _shows(cells[0])))
        # The window as the bench builds it for a supervisor (Ctrl+Shift+R), its photo store and hub wired.
        qtbot.waitUntil(lambda: bench.runner.database.pending == 0, timeout=20_000)
        bench.sign_in("OP-2001", "4321")
        bench.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: bench.window.review_window is not None)
        window = bench.window.review_window
        fetched: list[str] = []
        window.photo_strip.thumbnails_shown.connect(first_look)
        window.photo_strip.photo_fetched.connect(fetched.append)
        qtbot.waitUntil(lambda: bench.runner.database.pending == 0 and window.message.text() != "")
        window.day.set_day(window.model.zone.day_of(NOW))
        window.refresh()
        qtbot.waitUntil(lambda: fetched == [photo["sha256"]], timeout=20_000)
        assert said == [(NOT_HERE, False)]       # at first: not here, and asked for at once
        cell = window.photo_strip.cells()[0]
        qtbot.waitUntil(lambda: _shows(cell), timeout=10_000)
        store = PhotoStore(bench.paths.photos_dir)
        assert store.read(photo["sha256"]) == sent and store.thumb_path(photo["sha256"]).is_file()
        window.close()
        qtbot.waitUntil(lambda: bench.runner.background.pending == 0, timeout=10_000)


def test_a_site_photo_with_no_hub_to_ask_keeps_saying_it_is_not_here(bench, qtbot, tmp_path):
    b2 = make_bench(tmp_path / "elsewhere", "B2")
    try:
        _item_with_photos(b2, (8,))
        items = _feed(b2)
    finally:
        b2.close()

    def copies() -> None:
        db = Database.open_sqlite(bench.paths.database)
        try:
            store_copies(items, UnitOfWork(db, load_policy(resource("policy.json"))), STATION)
        finally:
            db.dispose()
    bench.runner.run_db(copies)
    window = _open_review(bench, qtbot)
    qtbot.waitUntil(lambda: bench.runner.background.pending == 0, timeout=10_000)
    [cell] = window.photo_strip.cells()
    assert cell.text() == NOT_HERE and not _shows(cell)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.photo_viewer is not None and window.photo_viewer.picture.text() == NOT_HERE,
                    timeout=10_000)
    qtbot.keyClick(window.photo_viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.photo_viewer is None)
    window.close()
