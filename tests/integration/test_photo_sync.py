"""A bench's photos reach the hub after their records, byte for byte, over real HTTP on loopback; a photo whose
records have not gone waits; a second push sends no bytes."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import pytest

from inspector.cli.main import main
from inspector.photos.imaging import (
    EncodedPhoto,
    PhotoLimits,
    RawFrame,
    encode_frame,
    thumbnail_of,
)
from inspector.photos.store import PhotoStore
from inspector.settings import load_settings
from inspector.sync import photo_queue
from inspector.sync.engine import SyncConfig, SyncEngine
from inspector.usecases import inspections, parcels
from inspector.usecases.photos import AttachPhoto, attach_photo
from tests.conftest import NOW, PHONE_GTIN, UPS
from tests.integration.faults.hubs import ThreadHub, issue_tokens
from tests.integration.faults.workload import Bench, make_bench
from tests.photos import attach_test_photo

BIG = PhotoLimits(max_long_side=4000, jpeg_quality=95)


def noise_photo(width: int = 320, height: int = 240, limits: PhotoLimits = BIG) -> EncodedPhoto:
    """Noise compresses badly: at q95 a 2000x1400 frame is ~3.3 MB, 2600x1800 ~5.5 MB."""
    return encode_frame(RawFrame("rgb", width, height, (os.urandom(width * height * 3),), (width * 3,)), limits)


def photographed_item(bench: Bench, photo: EncodedPhoto | None = None, complete: bool = True) -> tuple[str, str]:
    """A parcel with one item graded B, a photo of it attached (the file first, as the bench does): `photo`, or a
    small real JPEG; returns (inspection id, photo hash)."""
    bench.made += 1
    n, at = bench.made, NOW + dt.timedelta(seconds=bench.made)
    pid = parcels.receive_parcel(parcels.ReceiveParcel(bench.station, bench.operator_id, UPS, at,
                                                       tracking_number=UPS, carrier="ups"), bench.uow())
    iid = inspections.start_inspection(inspections.StartInspection(
        pid, bench.operator_id, bench.station, PHONE_GTIN, f"LP{n:08d}", at, gtin=PHONE_GTIN), bench.uow())
    inspections.grade_inspection(inspections.GradeInspection(iid, "B"), bench.uow())
    if photo is None:      # a small real JPEG (tests/photos.py)
        sha = attach_test_photo(bench.uow(), iid, store=bench.paths.photos_dir, seed=n, at=at,
                                operator_id=bench.operator_id, station=bench.station).sha256
    else:
        PhotoStore(bench.paths.photos_dir).put(photo)
        sha = attach_photo(AttachPhoto(iid, photo.sha256, photo.size, photo.width, photo.height, None, at,
                                       bench.operator_id, bench.station, "camera"), bench.uow()).sha256
    if complete:
        inspections.complete_inspection(inspections.InspectionCommand(iid, at), bench.uow())
        parcels.complete_parcel(parcels.ParcelCommand(pid, at), bench.uow())
    return iid, sha


def hub_files(photos_dir: Path) -> dict[str, bytes]:
    """Every photo the hub keeps, by file name (partials apart)."""
    return {p.stem: p.read_bytes() for p in photos_dir.glob("??/*.jpg")}


def assert_hub_holds(photos_dir: Path, bench: Bench, hashes: set[str]) -> None:
    """Each hash once, byte for byte as the bench has it; no stored file mismatches its name."""
    held = hub_files(photos_dir)
    assert set(held) == hashes, (sorted(held), sorted(hashes))
    store = PhotoStore(bench.paths.photos_dir)
    for sha, data in held.items():
        assert hashlib.sha256(data).hexdigest() == sha
        assert data == store.read(sha)
    assert len(list(photos_dir.glob("??/*.jpg"))) == len(hashes)
    assert not any(photos_dir.glob("partial/*")), "an upload was left half way"


def engine_for(bench: Bench, url: str, token: str, **config) -> SyncEngine:
    return SyncEngine(bench.database, bench.policy, bench.paths,
                      SyncConfig.from_settings(load_settings(bench.paths), hub_url=url, token=token, **config))


def own_photos(bench: Bench) -> list[tuple]:
    with bench.database.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT sha256, uploaded_at IS NOT NULL, upload_attempts, upload_error "
                                    "FROM inspection_photos WHERE origin = 'own' ORDER BY taken_at").all()


@pytest.fixture
def photo_hub(tmp_path):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_tokens(db_url, "B1", "B2")
    with ThreadHub(db_url, photos_dir=tmp_path / "hub-photos") as hub:
        hub.tokens, hub.photos_dir = tokens, tmp_path / "hub-photos"
        yield hub


@pytest.fixture
def bench_b1(tmp_path, photo_hub):
    made = make_bench(tmp_path / "benches", "B1", photo_hub.url, photo_hub.tokens["B1"])
    yield made
    made.close()


def test_a_photo_reaches_the_hub_byte_for_byte_after_its_records(photo_hub, bench_b1):
    _iid, sha = photographed_item(bench_b1, noise_photo(900, 700))
    engine = engine_for(bench_b1, photo_hub.url, photo_hub.tokens["B1"])
    report = engine.run_once()
    engine.close()
    assert report["ok"], report
    assert report["pending"] == 0 and report["photos"]["uploaded"] == 1 and report["photos"]["pending"] == 0
    assert report["photos"]["bytes_sent"] == len(PhotoStore(bench_b1.paths.photos_dir).read(sha))
    assert_hub_holds(photo_hub.photos_dir, bench_b1, {sha})
    assert own_photos(bench_b1) == [(sha, 1, 0, None)]


def test_pushing_again_sends_no_bytes(photo_hub, bench_b1):
    _iid, sha = photographed_item(bench_b1)
    engine = engine_for(bench_b1, photo_hub.url, photo_hub.tokens["B1"])
    assert engine.run_once()["photos"]["uploaded"] == 1
    again = engine.run_once()
    assert again["ok"] and again["photos"] == {"uploaded": 0, "resumed": 0, "refused": 0, "pending": 0,
                                               "set_aside": 0, "bytes_sent": 0, "fetched": 0}
    # The same picture attached to a second item: the hub holds it, so it is done with no byte sent.
    photographed_item(bench_b1, _same_photo(bench_b1, sha))
    third = engine.run_once()
    engine.close()
    assert third["ok"] and third["photos"]["uploaded"] == 1 and third["photos"]["bytes_sent"] == 0
    assert [row[1] for row in own_photos(bench_b1)] == [1, 1]
    assert_hub_holds(photo_hub.photos_dir, bench_b1, {sha})


def _same_photo(bench: Bench, sha: str) -> EncodedPhoto:
    data = PhotoStore(bench.paths.photos_dir).read(sha)
    return EncodedPhoto(data, thumbnail_of(data), sha, 320, 240)


def test_a_photo_waits_until_its_item_is_completed_and_its_records_are_sent(photo_hub, bench_b1):
    iid, sha = photographed_item(bench_b1, complete=False)
    engine = engine_for(bench_b1, photo_hub.url, photo_hub.tokens["B1"])
    first = engine.run_once()
    assert first["ok"] and first["photos"]["uploaded"] == 0 and first["photos"]["pending"] == 1
    assert hub_files(photo_hub.photos_dir) == {}

    inspections.complete_inspection(inspections.InspectionCommand(iid, NOW), bench_b1.uow())
    with bench_b1.database.engine.connect() as conn:
        # Completed, but the item's record (and the photo's) not sent yet: not taken.
        assert photo_queue.next_photos(conn, 10) == []
        assert photo_queue.waiting_count(conn) == 1
    with bench_b1.database.engine.begin() as conn:   # the hub set the item's record aside: still not taken
        conn.exec_driver_sql("UPDATE outbox SET status = 'rejected' WHERE record_type = 'item_inspection'")
        assert photo_queue.next_photos(conn, 10) == []
        conn.exec_driver_sql("UPDATE outbox SET status = 'pending' WHERE record_type = 'item_inspection'")

    second = engine.run_once()
    engine.close()
    assert second["ok"] and second["photos"]["uploaded"] == 1 and second["photos"]["pending"] == 0
    assert_hub_holds(photo_hub.photos_dir, bench_b1, {sha})


def test_a_damaged_local_file_is_set_aside_and_never_sent(photo_hub, bench_b1, capsys, monkeypatch):
    monkeypatch.setenv("INSPECTOR_HUB_TOKEN", photo_hub.tokens["B1"])
    _iid, sha = photographed_item(bench_b1)
    path = PhotoStore(bench_b1.paths.photos_dir).path(sha)
    spoilt = bytearray(path.read_bytes())
    spoilt[len(spoilt) // 2] ^= 0xFF
    path.chmod(0o644)       # read-only, as the store writes it
    path.write_bytes(bytes(spoilt))
    engine = engine_for(bench_b1, photo_hub.url, photo_hub.tokens["B1"])
    report = engine.run_once()
    again = engine.run_once()
    engine.close()
    assert report["ok"] and report["photos"]["set_aside"] == 1 and report["photos"]["bytes_sent"] == 0
    assert "damaged" in report["photos"]["reasons"][0]
    assert again["photos"]["set_aside"] == 0 and again["photos"]["pending"] == 0
    [(row_sha, uploaded, attempts, error)] = own_photos(bench_b1)
    assert (row_sha, uploaded, attempts) == (sha, 0, 1) and "damaged" in error
    assert hub_files(photo_hub.photos_dir) == {}
    # The command line lists it; once the file is good again, --retry-rejected sends it.
    code = main(["--data-dir", str(bench_b1.paths.data_dir), "sync", "--once", "--rejected"])
    listed = json.loads(capsys.readouterr().out)
    assert code == 0 and [p["sha256"] for p in listed["photos_set_aside"]] == [sha]
    spoilt[len(spoilt) // 2] ^= 0xFF
    path.chmod(0o644)       # read-only, as the store writes it
    path.write_bytes(bytes(spoilt))
    code = main(["--data-dir", str(bench_b1.paths.data_dir), "sync", "--once", "--retry-rejected"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["photos_requeued"] == 1 and report["photos"]["uploaded"] == 1, report
    assert_hub_holds(photo_hub.photos_dir, bench_b1, {sha})


def test_a_hub_that_keeps_no_photos_leaves_them_waiting_and_the_records_go(tmp_path):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    token = issue_tokens(db_url, "B1")["B1"]
    with ThreadHub(db_url) as hub:
        bench = make_bench(tmp_path / "benches", "B1", hub.url, token)
        photographed_item(bench)
        engine = engine_for(bench, hub.url, token)
        report = engine.run_once()
        engine.close()
        bench.close()
    assert report["ok"] and report["pending"] == 0, report
    assert report["photos"]["pending"] == 1 and "--photos" in report["photos"]["error"]


@pytest.mark.monotonic_waits      # waits on the window's lanes with timeouts
def test_the_window_uploads_after_a_good_record_pass_in_small_spaced_chunks_while_scanning(qtbot, photo_hub,
                                                                                           bench_b1):
    import time

    from inspector.sync.pacing import PhotoPacing
    from ui.common.task_runner import TaskRunner
    from ui.sync.photo_uploads import PhotoUploads
    from ui.sync.sync_status import SyncStatus, SyncStatusWidget, engine_factory_for

    _iid, sha = photographed_item(bench_b1, noise_photo(500, 400))
    size = len(PhotoStore(bench_b1.paths.photos_dir).read(sha))
    chunks: list[tuple[float, int]] = []
    factory = engine_factory_for(bench_b1.paths)

    def make():
        engine = factory()
        put = engine.client.put_photo_chunk

        def recorded(sha256, offset, data, total):
            chunks.append((time.monotonic(), len(data)))
            return put(sha256, offset, data, total)
        engine.client.put_photo_chunk = recorded
        return engine
    runner = TaskRunner()
    scanning = [time.monotonic()]
    status = SyncStatus(runner, make, interval_s=60.0, tick_ms=50, last_intent=lambda: scanning[0])
    photos = PhotoUploads(runner, lambda: status.engine, lambda: scanning[0],
                          PhotoPacing(idle_chunk=1 << 20, busy_chunk=size // 4 + 1, busy_gap_s=0.1,
                                      quiet_after_s=60.0), parent=status)
    status.photos = photos
    photos.waiting_changed.connect(status.show_photos_waiting)
    status.pass_finished.connect(lambda ok: photos.start_round() if ok else None)
    widget = SyncStatusWidget(status)
    qtbot.addWidget(widget)
    try:
        with qtbot.waitSignal(photos.round_finished, timeout=20_000) as finished:
            status.start()
        assert finished.args == [True]
        qtbot.waitUntil(lambda: status.snapshot.photos_waiting == 0, timeout=5_000)
        assert [n for _t, n in chunks] == [size // 4 + 1] * 3 + [size - 3 * (size // 4 + 1)]
        assert all(b[0] - a[0] >= 0.09 for a, b in zip(chunks, chunks[1:]))   # spaced while scanning
        assert_hub_holds(photo_hub.photos_dir, bench_b1, {sha})
        assert "photos waiting" not in widget.label.text()
        status.show_photos_waiting(2)
        assert "photos waiting: 2" in widget.label.text()

        # A desk's round fetches the site's photos it lacks after its own uploads (`inspector.sync.photo_fetch`):
        # here the same photo made a site copy whose file is not here.
        store = PhotoStore(bench_b1.paths.photos_dir)
        store.path(sha).unlink()
        with bench_b1.database.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE inspection_photos SET origin = 'site', uploaded_at = NULL")
        with qtbot.waitSignal(photos.round_finished, timeout=20_000) as finished:
            photos.start_round()
        assert finished.args == [True] and store.verify(sha)
        assert own_photos(bench_b1) == []
        with bench_b1.database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT uploaded_at IS NOT NULL FROM inspection_photos").all() == [(1,)]
    finally:
        status.stop()
        assert runner.shutdown(10_000)


def test_a_chunk_sent_from_the_wrong_offset_goes_on_from_where_the_hub_stands(photo_hub, bench_b1):
    from inspector.sync import photo_upload
    from inspector.sync.engine import PassReport

    _iid, sha = photographed_item(bench_b1, noise_photo(600, 500))
    engine = engine_for(bench_b1, photo_hub.url, photo_hub.tokens["B1"])
    engine.push_all(PassReport())                      # the records only
    data = PhotoStore(bench_b1.paths.photos_dir).read(sha)
    # 1,000 bytes reached the hub another way (a bench process that died); this upload starts from 0 regardless.
    assert engine.client.put_photo_chunk(sha, 0, data[:1000], len(data)) == {"received": 1000, "complete": False}
    with bench_b1.database.engine.connect() as conn:
        [queued] = photo_queue.next_photos(conn, 10)
    upload = photo_upload.Upload(queued, data, offset=0, resumed=False)
    done = None
    while done is None:
        done = photo_upload.send_chunk(engine.client, upload, 64 << 10)
    assert done.outcome == photo_upload.UPLOADED and done.resumed and done.sent == len(data) - 1000
    assert photo_upload.finish(engine, done) is False
    assert engine.run_once(pull=False)["photos"] == {"uploaded": 0, "resumed": 0, "refused": 0, "pending": 0,
                                                     "set_aside": 0, "bytes_sent": 0, "fetched": 0}
    engine.close()
    assert_hub_holds(photo_hub.photos_dir, bench_b1, {sha})


@pytest.mark.monotonic_waits      # waits on the window's lanes with timeouts
def test_the_window_wiring_starts_the_photo_driver_and_shows_what_waits(qtbot, photo_hub, bench_b1):
    from PySide6.QtWidgets import QMainWindow

    from ui.common.task_runner import TaskRunner
    from ui.sync.sync_status import attach_to_window

    _iid, sha = photographed_item(bench_b1)
    photographed_item(bench_b1, complete=False)        # waits: its item is still in hand
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner()
    status = attach_to_window(window, runner, bench_b1.paths, interval_s=60.0, start=False)
    try:
        with qtbot.waitSignal(status.photos.round_finished, timeout=20_000):
            status.start()
        qtbot.waitUntil(lambda: status.snapshot.photos_waiting == 1, timeout=5_000)
        assert_hub_holds(photo_hub.photos_dir, bench_b1, {sha})
    finally:
        status.stop()
        assert runner.shutdown(10_000)
