"""`inspector photo add|list` as a real subprocess on a real bench data folder: a picture becomes a clean JPEG named
by its hash and a row of its item; a file that is no picture is refused with exit 2 and says so."""
from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from inspector.photos.store import PhotoStore
from inspector.storage.orm import OperatorRow
from inspector.usecases import inspections as ins
from inspector.usecases.parcels import ReceiveParcel, receive_parcel
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, PHONE_GTIN, UPS
from tests.photos import sample_jpeg

_SCRIPT = Path(sys.executable).with_name("inspector")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "inspector"]
PLATE = "LP0000000PH0"


def photo(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, "--data-dir", str(data_dir), "--station", "bench-9", "photo", *args],
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def item(paths, seeded_database, policy) -> str:
    with seeded_database.session() as s:
        operator = s.scalar(select(OperatorRow.id).where(OperatorRow.badge == "OP-1001"))
    uow = UnitOfWork(seeded_database, policy)
    parcel = receive_parcel(ReceiveParcel("bench-9", operator, UPS, NOW, tracking_number=UPS, carrier="ups"), uow)
    return ins.start_inspection(ins.StartInspection(parcel, operator, "bench-9", PHONE_GTIN, PLATE, NOW,
                                                    gtin=PHONE_GTIN, serial="SN-AAA1"), uow)


def test_add_a_jpeg_then_list_it(paths, item, tmp_path):
    picture = tmp_path / "dent.jpg"
    picture.write_bytes(sample_jpeg(3, (800, 600)))
    done = photo(paths.data_dir, "add", PLATE, str(picture))
    assert done.returncode == 0, done.stderr
    assert PLATE in done.stdout

    listed = photo(paths.data_dir, "list", item)
    assert listed.returncode == 0, listed.stderr
    (shown,) = json.loads(listed.stdout)
    assert set(shown) == {"id", "sha256", "bytes", "width", "height", "taken_at", "operator", "station", "finding",
                          "source", "removed", "uploaded", "path"}
    assert (shown["width"], shown["height"], shown["source"], shown["station"]) == (800, 600, "file", "bench-9")
    assert (shown["operator"], shown["finding"], shown["removed"], shown["uploaded"]) == ("OP-1001", None, False,
                                                                                          False)
    stored = Path(shown["path"])
    assert stored == PhotoStore(paths.photos_dir).path(shown["sha256"])
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == shown["sha256"] and stored.stat().st_size == \
        shown["bytes"]
    assert not Image.open(stored).getexif()          # no metadata comes along


def test_a_photo_of_a_finding_by_another_operator(paths, item, tmp_path):
    picture = tmp_path / "scratch.png"
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (90, 120, 30)).save(out, "PNG")
    picture.write_bytes(out.getvalue())
    done = photo(paths.data_dir, "add", item, str(picture), "--badge", "OP-2001", "--finding", "scratches")
    assert done.returncode == 0, done.stderr
    (shown,) = json.loads(photo(paths.data_dir, "list", PLATE.lower()).stdout)
    assert (shown["operator"], shown["finding"], shown["width"]) == ("OP-2001", "scratches", 300)


def test_a_text_file_is_not_a_picture(paths, item, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("the box was wet\n")
    done = photo(paths.data_dir, "add", PLATE, str(notes))
    assert done.returncode == 2
    assert f"{notes} is not a picture (JPEG, PNG or HEIC)." in done.stderr
    assert json.loads(photo(paths.data_dir, "list", PLATE).stdout) == []
    assert not any(paths.photos_dir.rglob("*.jpg"))


def test_an_unknown_item_or_badge_is_refused(paths, item, tmp_path):
    picture = tmp_path / "dent.jpg"
    picture.write_bytes(sample_jpeg(4))
    missing = photo(paths.data_dir, "add", "LP0000000ZZZ", str(picture))
    assert missing.returncode == 2 and "No item with label or id LP0000000ZZZ" in missing.stderr
    badge = photo(paths.data_dir, "add", PLATE, str(picture), "--badge", "OP-9999")
    assert badge.returncode == 2 and "OP-9999" in badge.stderr
