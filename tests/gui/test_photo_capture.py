"""Damage photos at the real bench window: a video played by `FileCamera` feeds the production capture path (session,
tap, planes, Pillow, the photo store, the session's records on a real SQLite file)."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from inspector.bench.state import Cue, Phase
from inspector.i18n import text
from inspector.photos.camera_settings import CameraSettings
from inspector.photos.store import PhotoStore
from tests.conftest import MUG_GTIN, NOW, PHONE_GTIN, UPS
from tests.gui.conftest import STATION, Bench, open_session, seed
from tests.photo_video import photo_video  # noqa: F401 - the session fixture
from ui.bench.bench_client import BenchClient
from ui.bench.photo_actions import attach_photos

pytestmark = [pytest.mark.gui, pytest.mark.monotonic_waits]

PHONE_SCAN = f"]C101{PHONE_GTIN}21SN-AAA1"
WAIT_MS = 15_000


def ticking_clock():
    """A second later at each shot: an item's photos are ordered by when they were taken."""
    seconds = itertools.count()
    return lambda: NOW + dt.timedelta(seconds=next(seconds))


@pytest.fixture
def camera_bench(bench, photo_video) -> Bench:  # noqa: F811
    actions = attach_photos(bench.window, bench.paths, clock=ticking_clock(),
                            camera=CameraSettings(f"file:{photo_video}"))
    yield bench
    actions.close()          # the file camera's thread stops before the window goes


@pytest.fixture
def no_camera_bench(bench) -> Bench:
    actions = attach_photos(bench.window, bench.paths, clock=ticking_clock(), camera=CameraSettings("none"))
    yield bench
    actions.close()


def inspecting(bench: Bench) -> None:
    bench.sign_in()
    bench.scan(UPS)
    bench.scan(PHONE_SCAN)
    assert bench.state.phase is Phase.INSPECTING


def photos(bench: Bench) -> tuple:
    return bench.state.item.photos if bench.state.item is not None else ()


def wait_for_photos(bench: Bench, count: int) -> None:
    bench.qtbot.waitUntil(lambda: len(photos(bench)) == count and not bench.window.photos.desk.busy, timeout=WAIT_MS)
    bench.settle()


def wait_for_feedback(bench: Bench, words: str) -> None:
    bench.qtbot.waitUntil(lambda: bench.state.feedback is not None and words in bench.state.feedback.message,
                          timeout=WAIT_MS)


def drop(bench: Bench, path: Path) -> None:
    """Drags the file over the window through Qt; Qt delivers a drop only inside a real drag (its drag manager),
    which an offscreen test cannot start, so the drop goes to the window's event filter as Qt would hand it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(bench.window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    assert bench.window.photos.eventFilter(bench.window, event) and event.isAccepted()


def png(path: Path, colour=(20, 160, 60)) -> Path:
    Image.new("RGB", (800, 600), colour).save(path, "PNG")
    return path


def test_f9_takes_a_photo_stored_under_its_hash_without_metadata(camera_bench):
    bench = camera_bench
    inspecting(bench)
    with bench.qtbot.waitSignal(bench.cues.cue_played, check_params_cb=lambda cue: cue == "shutter"):
        bench.key(Qt.Key.Key_F9)
    wait_for_photos(bench, 1)
    photo = photos(bench)[0]
    assert photo.source == "camera" and photo.finding_code is None
    assert (photo.width, photo.height) == (1280, 720)
    stored = PhotoStore(bench.paths.photos_dir).path(photo.sha256)
    data = stored.read_bytes()
    assert hashlib.sha256(data).hexdigest() == photo.sha256 == stored.stem
    picture = Image.open(io.BytesIO(data))
    assert picture.format == "JPEG" and not picture.getexif() and "exif" not in picture.info
    tiles = bench.window.item_panel.photo_strip.tiles
    assert len(tiles) == 1 and tiles[0].saved and not tiles[0].unsaved.isVisibleTo(tiles[0])
    assert tiles[0].picture.pixmap() is not None and not tiles[0].picture.pixmap().isNull()
    assert bench.state.feedback.cue is Cue.SUCCESS


def test_the_photo_card_and_ctrl_f3_take_photos_of_the_item_and_a_finding(camera_bench):
    bench = camera_bench
    inspecting(bench)
    bench.scan("CMD:PHOTO")
    wait_for_photos(bench, 1)
    bench.key(Qt.Key.Key_F3, Qt.KeyboardModifier.ControlModifier)
    wait_for_photos(bench, 2)
    third = bench.state.item.findings[2]
    assert photos(bench)[1].finding_code == third.code
    assert third.checked                           # a photo of a finding ticks it
    captions = [tile.caption.text() for tile in bench.window.item_panel.photo_strip.tiles]
    assert captions[0] == "Item" and captions[1] not in ("", "Item", third.code)   # the finding's name


def test_a_dropped_picture_is_a_photo_and_a_dropped_text_is_refused(camera_bench, tmp_path):
    bench = camera_bench
    inspecting(bench)
    drop(bench, png(tmp_path / "scratch.png"))
    wait_for_photos(bench, 1)
    assert photos(bench)[0].source == "file"
    (tmp_path / "notes.txt").write_text("not a picture at all")
    drop(bench, tmp_path / "notes.txt")
    wait_for_feedback(bench, "not a picture")
    assert bench.state.feedback.cue is Cue.ERROR and len(photos(bench)) == 1


def test_shift_f9_removes_the_newest_photo_and_ctrl_z_brings_it_back(camera_bench, tmp_path):
    bench = camera_bench
    inspecting(bench)
    drop(bench, png(tmp_path / "a.png", (200, 0, 0)))
    wait_for_photos(bench, 1)
    bench.key(Qt.Key.Key_F9)
    wait_for_photos(bench, 2)
    newest = photos(bench)[1].id
    bench.key(Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    bench.settle()
    assert [p.id for p in photos(bench)] != [] and newest not in [p.id for p in photos(bench)]
    assert len(bench.window.item_panel.photo_strip.tiles) == 1
    bench.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    bench.settle()
    assert photos(bench)[-1].id == newest
    assert bench.state.phase is Phase.INSPECTING


def grade_d(bench: Bench) -> None:
    with bench.qtbot.waitSignal(bench.window.capture.grade_key_pressed):
        bench.key(Qt.Key.Key_4)
    bench.settle()
    assert bench.state.item.grade == "D"


def test_grade_d_needs_a_photo_before_f12(camera_bench):
    bench = camera_bench
    inspecting(bench)
    grade_d(bench)
    strip = bench.window.item_panel.photo_strip
    assert strip.needed.isVisible() and "F9" in strip.needed.text()
    bench.key(Qt.Key.Key_F12)
    bench.settle()
    assert bench.state.phase is Phase.INSPECTING
    assert bench.state.feedback.cue is Cue.ERROR and "grade D" in bench.state.feedback.message
    bench.key(Qt.Key.Key_F9)
    wait_for_photos(bench, 1)
    assert not strip.needed.isVisible()
    bench.key(Qt.Key.Key_F12)
    bench.settle()
    assert bench.state.item is None and bench.state.last_completed.photos


def test_without_a_camera_f9_says_so_and_a_file_picture_completes_the_item(no_camera_bench, tmp_path):
    bench = no_camera_bench
    inspecting(bench)
    grade_d(bench)
    bench.key(Qt.Key.Key_F9)
    wait_for_feedback(bench, "No camera")
    assert bench.state.feedback.cue is Cue.ERROR
    assert not bench.window.item_panel.camera_preview.isVisible()
    drop(bench, png(tmp_path / "damage.png"))
    wait_for_photos(bench, 1)
    bench.key(Qt.Key.Key_F12)
    bench.settle()
    assert bench.state.item is None


def test_the_camera_preview_shows_while_an_item_is_in_hand(camera_bench):
    bench = camera_bench
    inspecting(bench)
    preview = bench.window.item_panel.camera_preview
    bench.qtbot.waitUntil(preview.isVisible, timeout=WAIT_MS)
    assert bench.window.photos.desk.session.videoSink() is preview.videoSink()
    bench.key(Qt.Key.Key_Escape)
    bench.settle()
    assert bench.state.item is None and not preview.isVisible()
    assert bench.window.photos.desk.source.active       # it keeps running across a parcel's items


@pytest.mark.skipif(not QMediaDevices.videoInputs(), reason="no camera on this machine")
def test_uvc_camera(bench):
    actions = attach_photos(bench.window, bench.paths, clock=lambda: NOW, camera=CameraSettings(""))
    try:
        inspecting(bench)
        bench.key(Qt.Key.Key_F9)
        wait_for_photos(bench, 1)
        assert photos(bench)[0].source == "camera"
    finally:
        actions.close()


def test_the_uploads_count_of_waiting_photos_reaches_the_bench_state(no_camera_bench):
    bench = no_camera_bench
    bench.sign_in()
    bench.client.set_photos_waiting(3)      # what ui.sync.sync_status connects the uploads' count to
    bench.settle()
    assert bench.state.photos_waiting == 3
    bench.client.set_photos_waiting(0)
    bench.settle()
    assert bench.state.photos_waiting == 0


# ----------------------------------------------------------------- a photo finished late, or recorded late
MUG_SCAN = f"01{MUG_GTIN}"


def recorded(bench: Bench) -> list[tuple[str, str, str]]:
    """(item, operator, source) of every photo row in the bench's file, read apart from the bench's own lanes."""
    with closing(sqlite3.connect(bench.paths.database)) as db:
        return [tuple(row) for row in db.execute("SELECT inspection_id, operator_id, source FROM inspection_photos "
                                                 "ORDER BY taken_at")]


def hold_the_photo_lane(bench: Bench) -> threading.Event:
    """The photo lane (one thread) is busy until the event is set: a slow HEIC decode, in effect."""
    gate = threading.Event()
    bench.window.photos.desk.lane.submit(gate.wait, 10, description="a slow decode")
    return gate


def complete_graded_a(bench: Bench) -> None:
    with bench.qtbot.waitSignal(bench.window.capture.grade_key_pressed):
        bench.key(Qt.Key.Key_1)
    bench.settle()
    bench.key(Qt.Key.Key_F12)
    bench.settle()
    assert bench.state.item is None


def test_a_dropped_picture_lands_on_the_item_and_operator_of_the_drop(no_camera_bench, tmp_path):
    bench = no_camera_bench
    inspecting(bench)
    phone, operator = bench.state.item.id, bench.state.operator.id
    gate = hold_the_photo_lane(bench)
    drop(bench, png(tmp_path / "phone.png", (200, 0, 0)))
    complete_graded_a(bench)
    bench.scan(MUG_SCAN)                                   # the next item is in hand before the decode ends
    mug = bench.state.item.id
    assert mug != phone
    gate.set()
    bench.qtbot.waitUntil(lambda: not bench.window.photos.desk.busy and len(recorded(bench)) == 1, timeout=WAIT_MS)
    bench.settle()
    assert recorded(bench) == [(phone, operator, "file")]
    assert photos(bench) == () and bench.window.item_panel.photo_strip.tiles == []   # nothing shown on the mug

    gate = hold_the_photo_lane(bench)
    drop(bench, png(tmp_path / "mug.png", (0, 0, 200)))
    complete_graded_a(bench)
    bench.client.sign_out()                                # signed out before the decode ends
    bench.settle()
    assert bench.state.operator is None
    gate.set()
    bench.qtbot.waitUntil(lambda: not bench.window.photos.desk.busy and len(recorded(bench)) == 2, timeout=WAIT_MS)
    assert recorded(bench)[1] == (mug, operator, "file")


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Another program holds the database's write lock (a real second connection in `BEGIN IMMEDIATE`)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def impatient(database) -> None:
    """Database lane: the bench waits 50 ms, not 5 s, for a lock before calling the database busy."""
    event.listen(database.engine, "connect", lambda conn, _record: conn.execute("PRAGMA busy_timeout=50"))
    database.engine.dispose()


def test_a_photo_not_recorded_while_the_database_is_locked_is_recorded_by_the_timer(no_camera_bench, tmp_path):
    bench = no_camera_bench
    bench.client.run_on_database(impatient, bench.client.session.database)
    inspecting(bench)
    bench.client.photo_retry.setInterval(100)
    strip = bench.window.item_panel.photo_strip
    with locked(bench.paths.database):
        drop(bench, png(tmp_path / "damage.png"))
        bench.qtbot.waitUntil(lambda: bench.state.photos_unrecorded == 1, timeout=WAIT_MS)
        assert bench.state.feedback.cue is Cue.WARNING and "kept" in bench.state.feedback.message
        assert bench.client.photo_retry.isActive()
        bench.qtbot.wait(300)                              # the timer's retries meet the lock too: still kept
        assert bench.state.photos_unrecorded == 1 and photos(bench) == ()
        tiles = strip.tiles
        assert len(tiles) == 1 and not tiles[0].saved and tiles[0].unsaved.isVisibleTo(tiles[0])
    # Released: no intent of the operator's, only the timer, records it.
    bench.qtbot.waitUntil(lambda: len(photos(bench)) == 1 and bench.state.photos_unrecorded == 0, timeout=WAIT_MS)
    bench.settle()
    assert not bench.client.photo_retry.isActive()
    assert recorded(bench) == [(bench.state.item.id, bench.state.operator.id, "file")]
    tiles = strip.tiles
    assert len(tiles) == 1 and tiles[0].saved and not tiles[0].unsaved.isVisibleTo(tiles[0])
    assert tiles[0].picture.pixmap() is not None and not tiles[0].picture.pixmap().isNull()


def test_a_photo_reported_before_the_bench_is_open_is_told_once_it_is(qtbot, runner, gui_paths):
    seed(gui_paths)
    client = BenchClient(runner, STATION)
    client.photo_failed(text("The camera sent no picture."))   # a session still opening: kept, not dropped
    assert client.state.feedback is None
    with qtbot.waitSignal(client.settled, timeout=10_000):
        client.open(lambda: open_session(gui_paths))
    qtbot.waitUntil(lambda: client.in_flight == 0 and client.state.feedback is not None, timeout=WAIT_MS)
    assert client.state.feedback.cue is Cue.ERROR and client.state.feedback.message == "The camera sent no picture."
    client.close()


# The offscreen platform cannot raise the preview's native video window when the item page comes back after a
# sign-in (so with a plain stop too); a desktop platform can.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_sign_out_stops_the_camera_thread_and_the_next_item_starts_it_again(camera_bench):
    bench = camera_bench
    inspecting(bench)
    source = bench.window.photos.desk.source
    bench.qtbot.waitUntil(lambda: source.active, timeout=WAIT_MS)
    complete_graded_a(bench)
    bench.client.sign_out()
    bench.settle()
    bench.qtbot.waitUntil(lambda: not source.active and not source._thread.isRunning(), timeout=WAIT_MS)
    inspecting(bench)
    bench.qtbot.waitUntil(lambda: source.active and source._thread.isRunning(), timeout=WAIT_MS)
    bench.key(Qt.Key.Key_F9)
    wait_for_photos(bench, 1)


def test_a_new_camera_closes_the_old_one_for_good(camera_bench, photo_video):  # noqa: F811
    bench = camera_bench
    inspecting(bench)
    old = bench.window.photos.desk.source
    bench.qtbot.waitUntil(lambda: old.active, timeout=WAIT_MS)
    thread = old._thread
    destroyed: list[bool] = []
    old.destroyed.connect(lambda: destroyed.append(True))
    bench.window.photos.use_camera(CameraSettings(f"file:{photo_video}"))
    assert not thread.isRunning()
    bench.qtbot.waitUntil(lambda: bool(destroyed), timeout=WAIT_MS)     # deleted, not kept
    new = bench.window.photos.desk.source
    bench.qtbot.waitUntil(lambda: new.active, timeout=WAIT_MS)
    bench.key(Qt.Key.Key_F9)
    wait_for_photos(bench, 1)
