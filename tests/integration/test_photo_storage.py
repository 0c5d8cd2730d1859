"""Photos on a real SQLite file and a real disk: the row and its outbox entry commit together, the same picture twice
is one file and two rows, the completion guard asks for a photo with the rule's reason, and a full disk (a real
tmpfs) refuses the photo with what to do and loses nothing."""
from __future__ import annotations

import datetime as dt
import os
import uuid

import pytest
from sqlalchemy import select, text

from inspector.errors import RefusedError
from inspector.photos.imaging import PhotoLimits, encode_file
from inspector.photos.store import PhotoDiskFull, PhotoStore
from inspector.storage.orm import InspectionRow, OperatorRow, OutboxRow
from inspector.storage.orm_photos import InspectionPhotoRow
from inspector.sync.readers import READERS
from inspector.usecases import inspections, parcels
from inspector.usecases.inspections import PhotoNeeded
from inspector.usecases.photos import (AttachPhoto, attach_photo, photo_hashes_of, photos_of, remove_photo,
                                       restore_photo)
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, PHONE_GTIN, UPS
from tests.photos import attach_test_photo, sample_jpeg, sample_photo


@pytest.fixture
def bench(seeded_database, policy):
    def uow():
        return UnitOfWork(seeded_database, policy)
    with seeded_database.session() as s:
        operator_id = s.scalar(select(OperatorRow.id).where(OperatorRow.badge == "OP-1001"))
    pid = parcels.receive_parcel(parcels.ReceiveParcel("B1", operator_id, UPS, NOW, tracking_number=UPS,
                                                       carrier="ups"), uow())
    iid = inspections.start_inspection(inspections.StartInspection(pid, operator_id, "B1", PHONE_GTIN, "LP000001",
                                                                   NOW, gtin=PHONE_GTIN, serial="SN-AAA1"), uow())
    return seeded_database, uow, iid


def _outbox(database):
    with database.session() as s:
        return [(r.record_type, r.record_id, r.version) for r in s.scalars(select(OutboxRow).order_by(OutboxRow.id))]


def _photo_rows(database):
    with database.session() as s:
        return s.scalars(select(InspectionPhotoRow).order_by(InspectionPhotoRow.taken_at)).all()


def _attach(uow, iid, photo, finding=None, at=NOW, source="camera"):
    return attach_photo(AttachPhoto(iid, photo.sha256, photo.size, photo.width, photo.height, finding, at, "op-1",
                                    "B1", source), uow())


def test_the_row_and_its_outbox_entry_are_one_transaction(bench):
    database, uow, iid = bench
    inspections.grade_inspection(inspections.GradeInspection(iid, "A"), uow())
    inspections.complete_inspection(inspections.InspectionCommand(iid, NOW), uow())
    photo = sample_photo(1)
    view = _attach(uow, iid, photo)      # upstream heard of the item: the photo's record is queued at once
    assert _outbox(database)[-1] == ("inspection_photo", view.id, 1)
    assert (view.sha256, view.bytes, view.removed, view.uploaded, view.origin) == (photo.sha256, photo.size, False,
                                                                                    False, "own")
    with database.engine.connect() as conn:
        record = READERS["inspection_photo"](conn, [view.id])[view.id]
    assert record == {"id": view.id, "version": 1, "station": "B1", "inspection_id": iid, "finding_code": None,
                      "sha256": photo.sha256, "bytes": photo.size, "width": photo.width, "height": photo.height,
                      "taken_at": NOW.isoformat(), "operator_id": "op-1", "source": "camera", "removed": False}

    # An outbox that refuses the entry takes the row down with it.
    with database.engine.begin() as conn:
        conn.execute(text("CREATE TRIGGER no_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'no'); END"))
    before = _outbox(database)
    with pytest.raises(Exception):
        _attach(uow, iid, sample_photo(2))
    assert [p.sha256 for p in _photo_rows(database)] == [photo.sha256]
    assert _outbox(database) == before


def test_the_same_picture_twice_is_one_file_and_two_rows(bench, paths):
    database, uow, iid = bench
    store = PhotoStore(paths.photos_dir)
    first, again = encode_file(sample_jpeg(3), PhotoLimits()), encode_file(sample_jpeg(3), PhotoLimits())
    assert first.sha256 == again.sha256
    for photo in (first, again):
        store.put(photo)
        _attach(uow, iid, photo, source="file")
    files = sorted(p.relative_to(paths.photos_dir) for p in paths.photos_dir.rglob("*") if p.is_file())
    assert [str(f) for f in files] == [f"{first.sha256[:2]}/{first.sha256}.jpg",
                                       f"thumbs/{first.sha256[:2]}/{first.sha256}.jpg"]
    assert len(_photo_rows(database)) == 2 and store.verify(first.sha256)
    assert store.read(first.sha256) == first.jpeg
    assert photo_hashes_of(uow(), [iid, "nothing"]) == {iid: (first.sha256, first.sha256)}


def test_put_bytes_checks_the_hash_and_a_missing_thumbnail_is_made(tmp_path):
    store = PhotoStore(tmp_path / "photos")
    photo = sample_photo(4)
    with pytest.raises(ValueError, match="do not match"):
        store.put_bytes(photo.sha256, photo.jpeg + b"x")
    assert not store.has(photo.sha256)
    store.put_bytes(photo.sha256, photo.jpeg)
    assert store.verify(photo.sha256) and store.thumb_path(photo.sha256).is_file()
    store.thumb_path(photo.sha256).unlink()
    assert store.thumb_path(photo.sha256).is_file()           # made again from the photo
    with pytest.raises(ValueError):
        store.path("../../etc/passwd")
    store.path(photo.sha256).chmod(0o644)       # read-only, as the store writes them
    store.path(photo.sha256).write_bytes(b"damaged")
    assert not store.verify(photo.sha256) and not store.verify("0" * 64)


def test_an_item_a_rule_asks_a_photo_of_completes_only_with_a_live_photo(bench):
    database, uow, iid = bench
    inspections.grade_inspection(inspections.GradeInspection(iid, "D"), uow())
    with pytest.raises(PhotoNeeded) as refused:
        inspections.complete_inspection(inspections.InspectionCommand(iid, NOW), uow())
    assert str(refused.value) == ("A photo is needed before completing: grade D. "
                                  "Press F9, or drop a picture on the window.")
    view = attach_test_photo(database, iid, uow().policy, seed=5)
    removed = remove_photo(view.id, NOW + dt.timedelta(seconds=1), uow())
    assert removed.removed and photos_of(uow(), iid) == ()
    with pytest.raises(PhotoNeeded):
        inspections.complete_inspection(inspections.InspectionCommand(iid, NOW), uow())
    restored = restore_photo(view.id, NOW + dt.timedelta(seconds=2), uow())
    assert not restored.removed and photos_of(uow(), iid) == (restored,)
    dropped = attach_test_photo(database, iid, uow().policy, seed=12)
    remove_photo(dropped.id, NOW + dt.timedelta(seconds=3), uow())
    assert [t for t, _rid, _v in _outbox(database)] == ["parcel_receipt"]   # photos wait for their item's record
    assert inspections.complete_inspection(inspections.InspectionCommand(iid, NOW), uow()) == 2
    # Its live photo goes right behind it, once, at its version now; the one removed in hand is news to no one.
    assert _outbox(database)[-2:] == [("item_inspection", iid, 2), ("inspection_photo", view.id, 3)]
    assert [rid for _t, rid, _v in _outbox(database)].count(dropped.id) == 0
    # A photo may still be added to a completed item (`inspector photo add`): queued at once.
    added = _attach(uow, iid, sample_photo(6), source="file")
    assert len(photos_of(uow(), iid)) == 2 and _outbox(database)[-1] == ("inspection_photo", added.id, 1)


def test_the_reason_names_a_finding_by_its_label_and_a_grade_a_needs_none(bench):
    database, uow, iid = bench
    inspections.grade_inspection(inspections.GradeInspection(iid, "A"), uow())
    inspections.toggle_finding(inspections.ToggleFinding(iid, "transit_damage"), uow())
    with database.session() as s:
        assert s.get(InspectionRow, iid).photo_needed == "finding:transit_damage"
    label = uow().policy.damage_type("transit_damage").label
    with pytest.raises(PhotoNeeded, match=f"before completing: {label}\\."):
        inspections.complete_inspection(inspections.InspectionCommand(iid, NOW), uow())
    inspections.toggle_finding(inspections.ToggleFinding(iid, "transit_damage"), uow())
    with database.session() as s:
        assert s.get(InspectionRow, iid).photo_needed is None
    assert inspections.complete_inspection(inspections.InspectionCommand(iid, NOW), uow()) == 2


def test_a_photo_of_a_finding_ticks_it_and_unticking_moves_it_to_the_item(bench):
    database, uow, iid = bench
    inspections.grade_inspection(inspections.GradeInspection(iid, "B"), uow())
    view = _attach(uow, iid, sample_photo(7), finding="scratches")
    with database.session() as s:
        assert [f.code for f in s.get(InspectionRow, iid).findings] == ["scratches"]
        assert s.get(InspectionRow, iid).photo_needed == "deduction"
    ticked = inspections.toggle_finding(inspections.ToggleFinding(iid, "scratches", NOW + dt.timedelta(seconds=3)),
                                        uow())
    assert ticked is False
    (moved,) = photos_of(uow(), iid)
    assert (moved.id, moved.finding_code) == (view.id, None)
    with database.session() as s:
        assert s.get(InspectionPhotoRow, view.id).version == 2
    assert [rid for _t, rid, _v in _outbox(database)].count(view.id) == 0      # the item was never sent
    with pytest.raises(Exception, match="unknown damage type"):
        _attach(uow, iid, sample_photo(8), finding="no_such_damage")


def test_cancelling_an_item_removes_its_photos_and_tells_upstream_only_of_an_item_it_heard_of(bench):
    database, uow, iid = bench
    view = attach_test_photo(uow(), iid, seed=9)
    inspections.cancel_inspection(inspections.InspectionCommand(iid, NOW + dt.timedelta(seconds=4)), uow())
    assert photos_of(uow(), iid) == ()
    (kept,) = photos_of(uow(), iid, include_removed=True)
    assert kept.removed and [t for t, _rid, _v in _outbox(database)] == ["parcel_receipt"]
    with pytest.raises(RefusedError, match="cancelled"):
        restore_photo(view.id, NOW, uow())
    with pytest.raises(RefusedError, match="cancelled"):
        attach_test_photo(uow(), iid, seed=10)
    # An item completed, then reopened and cancelled: upstream hears of its photo's removal.
    with database.session() as s:
        pid, operator_id = s.get(InspectionRow, iid).parcel_id, s.get(InspectionRow, iid).operator_id
    sent = inspections.start_inspection(inspections.StartInspection(pid, operator_id, "B1", PHONE_GTIN, "LP000002",
                                                                    NOW, gtin=PHONE_GTIN, serial="SN-AAA1"), uow())
    inspections.grade_inspection(inspections.GradeInspection(sent, "D"), uow())
    photo = attach_test_photo(uow(), sent, seed=13)
    inspections.complete_inspection(inspections.InspectionCommand(sent, NOW), uow())
    inspections.reopen_last_completed(inspections.InspectionCommand(sent, NOW), uow())
    inspections.cancel_inspection(inspections.InspectionCommand(sent, NOW), uow())
    assert _outbox(database)[-5:] == [("item_inspection", sent, 2), ("inspection_photo", photo.id, 1),
                                      ("item_inspection", sent, 3), ("item_inspection", sent, 4),
                                      ("inspection_photo", photo.id, 2)]


# -- a full disk ----------------------------------------------------------------------------------------------------

def test_a_full_disk_refuses_the_photo_with_what_to_do_and_loses_nothing(small_disk):
    store = PhotoStore(small_disk / "photos")
    kept = sample_photo(11)
    store.put(kept)
    filler = small_disk / f"filler-{uuid.uuid4().hex}"
    stats = os.statvfs(small_disk)
    filler.write_bytes(b"\0" * (stats.f_bavail * stats.f_frsize - 4096))
    big = encode_file(_noise_jpeg(), PhotoLimits(max_long_side=1200, jpeg_quality=95))
    assert big.size > 100_000
    with pytest.raises(PhotoDiskFull) as full:
        store.put(big)
    assert str(full.value) == ("The disk is full: the photo was not saved. "
                               "Free some space and press F9 again; the item stays in hand.")
    assert not store.has(big.sha256)
    leftovers = [p for p in (small_disk / "photos").rglob("*") if p.is_file() and p.suffix != ".jpg"]
    assert leftovers == []                                     # no temporary file left behind
    assert store.verify(kept.sha256) and store.thumb_path(kept.sha256).is_file()
    filler.unlink()
    store.put(big)                                             # space again: the same photo saves
    assert store.verify(big.sha256)


def _noise_jpeg() -> bytes:
    import io

    from PIL import Image
    picture = Image.frombytes("RGB", (1200, 900), os.urandom(1200 * 900 * 3))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=95)
    return out.getvalue()
