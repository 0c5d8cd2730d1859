"""The exceptions' photos in the end-of-day PDF: each exception's live photos are embedded as their JPEG thumbnails
(`pdfimages -list`: enc jpeg, each file once), a photo not here says "photo not received yet", and the report never
decodes a picture. A generated day with photos (`HistoryOptions(photos=True)`), written by `inspector report`."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from inspector.cli.main import main
from inspector.demo.history import HistoryOptions, generate_history
from inspector.domain.review import exception_flags
from inspector.paths import Paths
from inspector.photos.store import PhotoStore
from inspector.storage.database import Database
from tests.conftest import pin_site_zone

NOW = dt.datetime(2026, 11, 20, 23, 0, tzinfo=dt.timezone.utc)
DAY = NOW.date()

pytestmark = pytest.mark.skipif(shutil.which("pdfimages") is None or shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdfimages, pdftotext) not installed")


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    """Demo data and a generated day with photos, in a data dir of its own: (paths, the exceptions' photos)."""
    from inspector.demo import load_demo_data
    from inspector.settings import site_policy
    paths = Paths(tmp_path_factory.mktemp("photos") / "data").ensure()
    pin_site_zone(paths, "UTC")
    load_demo_data(paths)
    database = Database.open_sqlite(paths.database)
    try:
        counts = generate_history(database, site_policy(paths),
                                  HistoryOptions(parcels=80, days=1, seed=4, photos=True), NOW)
        assert counts.photos > 0
        yield paths, _exception_photos(database)
    finally:
        database.dispose()


def _exception_photos(database: Database, day: dt.date = DAY) -> dict[str, list[str]]:
    """Plate -> its live photos' hashes, oldest first, for the day's exceptions; straight from the tables."""
    with database.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT i.license_plate, i.flags, p.sha256 FROM item_inspections AS i "
            "JOIN inspection_photos AS p ON p.inspection_id = i.id "
            "WHERE i.status = 'completed' AND substr(i.completed_at, 1, 10) = ? AND p.removed_at IS NULL "
            "ORDER BY p.taken_at, p.id", (day.isoformat(),)).all()
    found: dict[str, list[str]] = {}
    for plate, flags, sha256 in rows:
        if exception_flags(json.loads(flags)):
            found.setdefault(plate, []).append(sha256)
    return found


def _report(paths: Paths, output: Path) -> None:
    assert main(["--data-dir", str(paths.data_dir), "report", "--date", DAY.isoformat(), "-o", str(output)]) == 0


def _images(pdf: Path) -> list[dict[str, str]]:
    """`pdfimages -list`: one row per image drawn (page, object number, size, encoding)."""
    lines = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True,
                           text=True).stdout.splitlines()
    names = lines[0].split()
    return [dict(zip(names, line.split())) for line in lines[2:]]


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_each_exceptions_photos_are_in_the_pdf_as_their_jpeg_thumbnails(day, tmp_path):
    paths, photos = day
    assert len(photos) >= 5 and any(len(h) > 1 for h in photos.values())
    output = tmp_path / "day.pdf"
    _report(paths, output)
    images = _images(output)
    # Every photo of every exception drawn once, each as the JPEG it is (no decoding, no re-encoding).
    assert len(images) == sum(len(h) for h in photos.values())
    assert {i["enc"] for i in images} == {"jpeg"}
    store = PhotoStore(paths.photos_dir)
    shown = {h for hashes in photos.values() for h in hashes}
    # Each file is embedded once however many rows show it: as many objects as distinct thumbnails.
    assert len({i["object"] for i in images}) == len(shown)
    from PIL import Image
    sizes = Counter()
    for sha256 in shown:
        with Image.open(store.thumb_path(sha256)) as thumb:
            sizes[f"{thumb.width}x{thumb.height}"] += 1
    assert {f"{i['width']}x{i['height']}" for i in images} == set(sizes)
    text = _text(output)
    assert "Photos" in text and "photo not received yet" not in text
    for plate in photos:
        assert plate in text


def test_a_photo_not_here_says_so_and_the_others_still_show(day, tmp_path):
    paths, photos = day
    store = PhotoStore(paths.photos_dir)
    plate, hashes = next((p, h) for p, h in photos.items() if len(h) == 1)
    gone = hashes[0]
    rows_with_it = sum(h.count(gone) for h in photos.values())
    kept = tmp_path / "kept"
    kept.mkdir()
    moved = [(store.path(gone), kept / "photo.jpg"), (store.thumb_path(gone), kept / "thumb.jpg")]
    for source, target in moved:
        shutil.move(source, target)
    try:
        output = tmp_path / "missing.pdf"
        _report(paths, output)
        images = _images(output)
        text = _text(output)
    finally:
        for source, target in moved:
            shutil.move(target, source)
    assert len(images) == sum(len(h) for h in photos.values()) - rows_with_it
    # The words may wrap in the narrow column: counted with the lines joined.
    assert " ".join(text.split()).count("photo not received yet") == rows_with_it
    line = next(line for line in text.splitlines() if plate in line)
    assert "photo not" in line
    assert f"Photos not received yet: {rows_with_it}." in text


def test_a_missing_thumbnail_is_made_from_the_photo(day, tmp_path):
    """A desk or the hub holding only the photo: its thumbnail is made once, then the report embeds it."""
    paths, photos = day
    store = PhotoStore(paths.photos_dir)
    sha256 = next(iter(photos.values()))[0]
    thumb = store.thumb_path(sha256)
    before = thumb.read_bytes()
    thumb.unlink()
    output = tmp_path / "remade.pdf"
    _report(paths, output)
    assert thumb.is_file() and thumb.stat().st_size > 0
    assert len(_images(output)) == sum(len(h) for h in photos.values())
    assert before[:2] == thumb.read_bytes()[:2] == b"\xff\xd8"


# -- the hub's report -----------------------------------------------------------------------------------------------
def _hub_folder(folder: Path, store: PhotoStore, hashes: set[str]) -> None:
    """The hub's photo folder holding these photos (as its uploads leave them: DIR/ab/<sha256>.jpg, no thumbnail)."""
    for sha256 in hashes:
        target = folder / sha256[:2] / f"{sha256}.jpg"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(store.path(sha256), target)


def test_the_hubs_report_shows_the_photos_of_its_folder_and_a_closed_day_those_held_at_its_closing(tmp_path, capsys):
    from tests.integration.faults.hubs import ThreadHub
    from tests.integration.site_day_helpers import (DAY as SITE_DAY, EVENING, bench_cli, comparable, hub_cli,
                                                    join_bench, open_site, pdf_text, push, share_returns)
    from tests.photos import attach_test_photo
    hub_db = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = open_site(hub_db, "B1")
    with ThreadHub(hub_db) as hub:
        bench = join_bench(tmp_path, "B1", hub, tokens["B1"])
        generate_history(bench.database, bench.policy,
                         HistoryOptions(parcels=60, days=1, seed=9, outbox_status="pending", station=bench.station,
                                        photos=True), EVENING)
        share_returns(hub_db, bench)
        push(bench)
        photos = _exception_photos(bench.database, SITE_DAY)
        drawn = sum(len(h) for h in photos.values())
        assert drawn >= 5
        store, folder, day = PhotoStore(bench.paths.photos_dir), tmp_path / "hub-photos", SITE_DAY.isoformat()
        shown = {h for hashes in photos.values() for h in hashes}
        _hub_folder(folder, store, shown)

        assert bench_cli(bench, "report", "--date", day, "-o", str(tmp_path / "bench.pdf")) == 0
        assert hub_cli(hub_db, "report", "--date", day, "--photos", str(folder), "-o", str(tmp_path / "hub.pdf")) == 0
        hub_images = _images(tmp_path / "hub.pdf")
        assert len(hub_images) == drawn and {i["enc"] for i in hub_images} == {"jpeg"}
        assert len({i["object"] for i in hub_images}) == len(shown)
        assert all((folder / "thumbs" / h[:2] / f"{h}.jpg").is_file() for h in shown)   # made there, once
        # The same report as the bench's own, photos and all.
        assert comparable(pdf_text(tmp_path / "hub.pdf")) == comparable(pdf_text(tmp_path / "bench.pdf"))
        assert [(i["width"], i["height"]) for i in hub_images] == [(i["width"], i["height"])
                                                                   for i in _images(tmp_path / "bench.pdf")]

        # One photo's file has not reached the hub when the day is signed off: the signed report says so, for good.
        late = next(iter(photos.values()))[0]
        missing = sum(h.count(late) for h in photos.values())
        shutil.rmtree(folder)
        _hub_folder(folder, store, shown - {late})
        assert hub_cli(hub_db, "close-day", "--date", day, "--by", "Dana Supervisor", "--photos", str(folder)) == 0
        _hub_folder(folder, store, {late})
        assert hub_cli(hub_db, "report", "--date", day, "--photos", str(folder), "-o",
                       str(tmp_path / "signed.pdf")) == 0
        assert "signed report" in capsys.readouterr().out
        assert len(_images(tmp_path / "signed.pdf")) == drawn - missing
        assert " ".join(pdf_text(tmp_path / "signed.pdf").split()).count("photo not received yet") == missing

        # A photo of that day whose record reaches the hub after the signing goes into the addendum, not the report.
        plate = next(iter(photos))
        with bench.database.engine.connect() as conn:
            inspection_id, operator_id = conn.exec_driver_sql(
                "SELECT id, operator_id FROM item_inspections WHERE license_plate = ?", (plate,)).one()
        added = attach_test_photo(bench.database, inspection_id, bench.policy, store=store, seed=77,
                                  at=EVENING - dt.timedelta(minutes=30), operator_id=operator_id,
                                  station=bench.station)
        push(bench)
    _hub_folder(folder, store, {added.sha256})
    assert hub_cli(hub_db, "report", "--date", day, "--photos", str(folder), "-o", str(tmp_path / "again.pdf")) == 0
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "signed.pdf").read_bytes()
    assert hub_cli(hub_db, "report", "--date", day, "--addendum", "--photos", str(folder), "-o",
                   str(tmp_path / "addendum.pdf")) == 0
    addendum = pdf_text(tmp_path / "addendum.pdf")
    assert f"photo {added.sha256[:10]} {plate}" in addendum
    bench.close()


def test_a_hub_photo_folder_that_is_not_there_is_refused(tmp_path, capsys):
    from tests.integration.site_day_helpers import DAY as SITE_DAY, hub_cli, open_site
    hub_db = f"sqlite:///{tmp_path}/hub.sqlite3"
    open_site(hub_db, "B1")
    assert hub_cli(hub_db, "report", "--date", SITE_DAY.isoformat(), "--photos", str(tmp_path / "nowhere"),
                   "-o", str(tmp_path / "hub.pdf")) == 2
    assert "no photo folder" in capsys.readouterr().err
    assert not (tmp_path / "hub.pdf").exists()
