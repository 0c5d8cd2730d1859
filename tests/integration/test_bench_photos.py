"""Photos at the bench, through the session on a real SQLite file: F9 and CMD:PHOTO ask the window for a shot once,
what it took is recorded against its item, the policy's photo rules hold the completion back with the reason, and
Shift+F9 / Ctrl+Z remove and bring back the newest photo."""
from __future__ import annotations

import hashlib
import io
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PIL import Image
from sqlalchemy import event, func, select

from inspector.bench import views
from inspector.bench.session import BenchSession
from inspector.bench.state import Cue, Phase, PhotoRequest
from inspector.i18n import text
from inspector.photos.imaging import EncodedPhoto
from inspector.storage.orm_photos import InspectionPhotoRow
from tests.conftest import MUG_GTIN, PHONE_GTIN, UPS, Clock

PHONE = f"]C101{PHONE_GTIN}21SN-AAA1"


def picture(colour: tuple[int, int, int]) -> EncodedPhoto:
    """What the window hands over after the shot: the session records it, the window stored it."""
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "JPEG")
    jpeg = out.getvalue()
    return EncodedPhoto(jpeg, jpeg, hashlib.sha256(jpeg).hexdigest(), 64, 48)


RED, BLUE = picture((200, 30, 30)), picture((30, 30, 200))


@pytest.fixture
def bench(seeded_database, policy) -> BenchSession:
    bench = BenchSession(seeded_database, policy, "bench-1", Clock())
    bench.handle_scan("OP-1001")
    assert bench.enter_pin("1234").phase is Phase.AWAITING_PARCEL
    assert bench.handle_scan(UPS).phase is Phase.AWAITING_ITEM
    return bench


def photo_rows(db, *where) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(InspectionPhotoRow).where(*where))


def test_a_photo_needs_an_item_in_hand(bench):
    state = bench.request_photo()
    assert state.feedback.cue is Cue.ERROR and "Scan an item first" in state.feedback.message
    assert state.photo_request is None
    state = bench.handle_scan("CMD:PHOTO")
    assert state.feedback.cue is Cue.ERROR and state.photo_request is None
    state = bench.photo_taken(RED, "camera", None, bench.clock())
    assert state.feedback.cue is Cue.ERROR and bench.state().item is None


def test_f9_and_the_photo_card_hand_out_one_request(bench):
    item = bench.handle_scan(PHONE).item
    operator = bench.state().operator.id
    state = bench.request_photo()
    assert state.photo_request == PhotoRequest(item.id, None, operator)
    assert state.feedback.cue is Cue.INFO
    assert bench.state().photo_request is None            # handed out once, like labels_to_print
    assert bench.handle_scan("CMD:PHOTO").photo_request == PhotoRequest(item.id, None, operator)
    assert bench.state().photo_request is None
    assert bench.request_photo("scratches").photo_request == PhotoRequest(item.id, "scratches", operator)
    refused = bench.request_photo("no_such_finding")
    assert refused.feedback.cue is Cue.ERROR and refused.photo_request is None


def test_a_photo_taken_is_recorded_and_shown_on_the_item(bench, seeded_database):
    item = bench.handle_scan(PHONE).item
    assert item.photos == ()
    state = bench.photo_taken(RED, "camera", None, bench.clock())
    assert state.feedback.cue is Cue.SUCCESS
    (shown,) = state.item.photos
    assert (shown.sha256, shown.source, shown.finding_code, shown.width, shown.height) == (
        RED.sha256, "camera", None, 64, 48)
    assert (shown.bytes, shown.operator_id is not None, shown.station) == (RED.size, True, "bench-1")
    assert photo_rows(seeded_database, InspectionPhotoRow.inspection_id == item.id) == 1
    # A photo of a finding ticks it.
    state = bench.photo_taken(BLUE, "file", "scratches", bench.clock())
    assert [p.sha256 for p in state.item.photos] == [RED.sha256, BLUE.sha256]
    assert state.item.photos[1].finding_code == "scratches"
    assert next(f for f in state.item.findings if f.code == "scratches").checked


def test_a_photo_finished_after_the_next_scan_lands_on_its_own_item(bench):
    first = bench.handle_scan(PHONE).item
    request = bench.request_photo().photo_request
    bench.grade_key(1)
    second = bench.handle_scan(MUG_GTIN).item                   # the first is completed on the way
    assert second.id != first.id
    state = bench.photo_taken(RED, "camera", None, bench.clock(), inspection_id=request.inspection_id)
    assert state.item.id == second.id and state.item.photos == ()
    assert [p.sha256 for p in state.last_completed.photos] == [] and state.last_completed.id == first.id
    assert [p.sha256 for p in views.load_item(bench._uow(), first.id).photos] == [RED.sha256]


def test_photo_failed_tells_and_changes_nothing(bench):
    item = bench.handle_scan(PHONE).item
    state = bench.photo_failed(text("The camera was unplugged."))
    assert state.feedback.cue is Cue.ERROR and state.feedback.message == "The camera was unplugged."
    assert state.item == item


def test_grade_d_is_not_completed_without_a_photo(bench, seeded_database):
    bench.handle_scan(PHONE)
    state = bench.grade_key(4)
    assert state.item.grade == "D"
    assert "grade D" in str(state.item.photo_needed) and "F9" in str(state.item.photo_needed)
    state = bench.complete_item()
    assert state.feedback.cue is Cue.ERROR and state.phase is Phase.INSPECTING
    assert "A photo is needed before completing: grade D." in state.feedback.message
    assert state.feedback.text is not None
    state = bench.photo_taken(RED, "camera", None, bench.clock())
    assert state.item.photo_needed is None
    state = bench.complete_item()
    assert state.feedback.cue is Cue.COMPLETED and state.item is None
    assert [p.sha256 for p in state.last_completed.photos] == [RED.sha256]


def test_a_photo_removed_comes_back_with_undo(bench, seeded_database):
    bench.handle_scan(PHONE)
    bench.photo_taken(RED, "camera", None, bench.clock())
    kept = bench.photo_taken(BLUE, "camera", None, bench.clock()).item.photos
    state = bench.remove_last_photo()
    assert state.feedback.cue is Cue.INFO and [p.sha256 for p in state.item.photos] == [RED.sha256]
    assert photo_rows(seeded_database, InspectionPhotoRow.removed_at.is_not(None)) == 1
    state = bench.undo()
    assert state.feedback.cue is Cue.INFO and state.item.photos == kept
    assert photo_rows(seeded_database, InspectionPhotoRow.removed_at.is_not(None)) == 0
    # Nothing removed any more: Ctrl+Z is the old undo, which has nothing to reopen while an item is in hand.
    state = bench.undo()
    assert state.feedback.cue is Cue.ERROR and "Nothing to undo" in state.feedback.message
    assert state.item.photos == kept


def test_remove_with_no_photo_is_refused(bench):
    bench.handle_scan(PHONE)
    state = bench.remove_last_photo()
    assert state.feedback.cue is Cue.ERROR and state.item.photos == ()


def test_undo_with_no_photo_removed_reopens_the_last_item(bench):
    item = bench.handle_scan(PHONE).item
    bench.grade_key(1)
    assert bench.complete_item().feedback.cue is Cue.COMPLETED
    state = bench.undo()
    assert state.phase is Phase.INSPECTING and state.item.id == item.id
    assert "Reopened" in state.feedback.message


def test_a_removal_is_not_undone_on_the_next_item(bench):
    bench.handle_scan(PHONE)
    bench.photo_taken(RED, "camera", None, bench.clock())
    bench.grade_key(1)
    bench.remove_last_photo()
    assert bench.complete_item().feedback.cue is Cue.COMPLETED
    state = bench.undo()                      # reopens the item; the photo stays removed
    assert "Reopened" in state.feedback.message and state.item.photos == ()


def test_the_reason_names_the_finding_by_its_label(bench):
    bench.handle_scan(PHONE)
    bench.grade_key(1)
    state = bench.toggle_finding("transit_damage")
    assert "A photo is needed before completing: Damaged in transit." in str(state.item.photo_needed)
    state = bench.request_photo("transit_damage")
    state = bench.photo_taken(RED, "camera", state.photo_request.finding_code, bench.clock())
    assert state.feedback.message == "Photo of Damaged in transit saved." and state.item.photo_needed is None


# ----------------------------------------------------------------- a photo stored but not recorded at once
@contextmanager
def locked(db) -> Iterator[None]:
    """Another program holds the database's write lock (a real second connection in `BEGIN IMMEDIATE`)."""
    other = sqlite3.connect(db.engine.url.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.fixture
def impatient(seeded_database):
    """The bench waits 50 ms, not 5 s, for a lock before calling the database busy (the same error, sooner)."""
    event.listen(seeded_database.engine, "connect",
                 lambda conn, _record: conn.execute("PRAGMA busy_timeout=50"))
    seeded_database.engine.dispose()
    return seeded_database


def photo_owners(db, item_id) -> list[tuple[str, str, str]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(select(InspectionPhotoRow.inspection_id, InspectionPhotoRow.operator_id,
                                                   InspectionPhotoRow.sha256)
                                            .where(InspectionPhotoRow.inspection_id == item_id))]


def test_a_photo_not_recorded_while_the_database_is_locked_is_recorded_on_the_next_intent(bench, impatient):
    item = bench.handle_scan(PHONE).item
    request = bench.request_photo().photo_request
    with locked(impatient):
        state = bench.photo_taken(RED, "camera", None, bench.clock(), request.inspection_id, request.operator_id)
        assert state.feedback.cue is Cue.WARNING
        assert state.feedback.message.startswith("The photo is kept and will be recorded: The database is busy")
        assert state.feedback.text is not None
        assert (state.photos_unrecorded, state.item.photos) == (1, ())
        assert photo_rows(impatient) == 0
        assert bench.grade_key(1).photos_unrecorded == 1          # still locked: still kept
    state = bench.grade_key(2)                                   # the next intent records it
    assert state.photos_unrecorded == 0 and [p.sha256 for p in state.item.photos] == [RED.sha256]
    assert state.item.grade == "B"
    assert photo_owners(impatient, item.id) == [(item.id, request.operator_id, RED.sha256)]
    bench.grade_key(1)
    bench.retry_pending_photos()
    assert photo_rows(impatient) == 1                            # exactly once


def test_a_photo_finished_after_a_sign_out_is_recorded_for_its_item_and_operator(bench, impatient):
    first = bench.handle_scan(PHONE).item
    request = bench.request_photo().photo_request
    bench.grade_key(1)
    assert bench.complete_item().feedback.cue is Cue.COMPLETED
    assert bench.sign_out().phase is Phase.SIGNED_OUT
    with locked(impatient):
        state = bench.photo_taken(RED, "camera", None, bench.clock(), request.inspection_id, request.operator_id)
        assert state.feedback.cue is Cue.WARNING and state.photos_unrecorded == 1
        assert bench.retry_pending_photos().photos_unrecorded == 1
    state = bench.retry_pending_photos()                         # the window's timer
    assert state.photos_unrecorded == 0 and state.phase is Phase.SIGNED_OUT
    assert photo_owners(impatient, first.id) == [(first.id, request.operator_id, RED.sha256)]
    # Not locked: recorded at once, by the one who asked, although nobody is signed in now.
    state = bench.photo_taken(BLUE, "camera", None, bench.clock(), request.inspection_id, request.operator_id)
    assert state.feedback.cue is Cue.SUCCESS and state.photos_unrecorded == 0
    assert photo_rows(impatient, InspectionPhotoRow.inspection_id == first.id) == 2


def test_an_item_is_not_completed_while_its_photo_is_unrecorded(bench, impatient):
    bench.handle_scan(PHONE)
    request = bench.request_photo().photo_request
    bench.grade_key(4)                                           # grade D needs a photo
    with locked(impatient):
        bench.photo_taken(RED, "camera", None, bench.clock(), request.inspection_id, request.operator_id)
        state = bench.complete_item()
        assert state.feedback.cue is Cue.ERROR and state.phase is Phase.INSPECTING
        assert state.feedback.message.startswith("This item's photo is not recorded yet, so it cannot be completed: "
                                                 "The database is busy")
        assert state.photos_unrecorded == 1
    state = bench.complete_item()                                # recorded first, then completed
    assert state.feedback.cue is Cue.COMPLETED and state.photos_unrecorded == 0
    assert [p.sha256 for p in state.last_completed.photos] == [RED.sha256]
    assert photo_rows(impatient) == 1


def test_a_kept_photo_of_a_cancelled_item_is_dropped_and_told(bench, impatient):
    bench.handle_scan(PHONE)
    request = bench.request_photo().photo_request
    with locked(impatient):
        bench.photo_taken(RED, "camera", None, bench.clock(), request.inspection_id, request.operator_id)
    state = bench.cancel_item()
    assert state.photos_unrecorded == 0 and state.item is None
    assert state.feedback.cue is Cue.ERROR
    assert state.feedback.message == ("A photo kept for recording was dropped: That item was cancelled: it takes no "
                                      "photo.")
    assert photo_rows(impatient) == 0
