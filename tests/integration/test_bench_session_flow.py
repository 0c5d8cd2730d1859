"""The bench state machine on a real SQLite file, driven by scan texts as a scanner would send them."""
from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy import event, func, insert, select

from inspector.bench.session import BenchSession
from inspector.bench.state import Cue, Phase
from inspector.errors import RefusedError
from inspector.storage.orm import InspectionRow, OutboxRow, ParcelRow
from inspector.usecases import inspections
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import MUG_GTIN, NOW, Clock, OTHER_GTIN, PHONE_GTIN, UPS
from tests.photos import take_test_photo

GS = "\x1d"



@pytest.fixture
def bench(seeded_database, policy) -> BenchSession:
    return BenchSession(seeded_database, policy, "bench-1", Clock())


def signed_in(bench: BenchSession) -> BenchSession:
    bench.handle_scan("OP-1001")
    state = bench.enter_pin("1234")
    assert state.phase is Phase.AWAITING_PARCEL and state.operator.name == "Ana Popescu"
    return bench


def count(db, model, *where) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_sign_in_needs_badge_then_right_pin(bench):
    assert bench.handle_scan(UPS).feedback.cue is Cue.ERROR
    assert bench.handle_scan("OP-1001").phase is Phase.AWAITING_PIN
    wrong = bench.enter_pin("9999")
    assert wrong.phase is Phase.AWAITING_PIN and wrong.feedback.cue is Cue.ERROR
    assert "not recognised" in wrong.feedback.message
    assert bench.enter_pin("1234").phase is Phase.AWAITING_PARCEL


def test_whole_flow_parcel_item_grade_damage_complete(bench, seeded_database, paths):
    signed_in(bench)
    state = bench.handle_scan(UPS + "\r\n")
    assert state.phase is Phase.AWAITING_ITEM and state.feedback.cue is Cue.SUCCESS
    assert state.parcel.rma_number == "RMA-10000001"
    assert [ln.remaining for ln in state.parcel.lines] == [1, 2]

    state = bench.handle_scan(f"]C101{PHONE_GTIN}21SN-AAA1")
    assert state.phase is Phase.INSPECTING and state.item.match_kind == "matched"
    assert state.item.refund == Decimal("299.90") and state.item.serial == "SN-AAA1"

    state = bench.grade_key(2)
    assert state.item.grade == "B" and state.item.disposition == "open_box"
    state = bench.toggle_finding("scratches")
    assert state.item.deduction_total == Decimal("29.99") and state.item.refund == Decimal("269.91")
    state = bench.toggle_finding("missing_accessory")
    assert state.item.deduction_total == Decimal("34.99") and state.item.refund == Decimal("264.91")
    state = bench.toggle_finding("missing_accessory")
    assert state.item.refund == Decimal("269.91")

    # A deduction is kept back: the shipped policy asks a photo first, and says so.
    state = bench.handle_scan("CMD:COMPLETE")
    assert state.feedback.cue is Cue.ERROR and state.item is not None
    assert state.feedback.message.startswith("A photo is needed before completing: a deduction is kept back.")
    state = take_test_photo(bench, paths.photos_dir, finding="scratches")
    assert state.feedback.cue is Cue.SUCCESS and len(state.item.photos) == 1

    state = bench.handle_scan("CMD:COMPLETE")
    assert state.feedback.cue is Cue.COMPLETED and state.item is None
    assert state.last_completed.bin == "OPENBOX"
    assert [ln.remaining for ln in state.parcel.lines] == [0, 2]
    assert count(seeded_database, InspectionRow, InspectionRow.status == "completed") == 1
    assert count(seeded_database, OutboxRow, OutboxRow.record_type == "item_inspection") == 1

    state = bench.handle_scan("CMD:PARCEL-DONE")
    assert state.phase is Phase.AWAITING_PARCEL
    assert count(seeded_database, ParcelRow, ParcelRow.status == "completed") == 1


def test_unexpected_parcel_is_received_and_flagged(bench):
    signed_in(bench)
    state = bench.handle_scan("RR123456785DE")
    assert state.feedback.cue is Cue.WARNING and state.parcel.rma_number is None
    assert "unexpected_parcel" in state.parcel.flags
    state = bench.handle_scan(OTHER_GTIN[1:])
    assert state.item.match_kind == "no_return" and state.item.refund is None
    assert state.item.disposition == "quarantine"


def test_wrong_item_extra_quantity_serial_and_non_returnable(bench):
    signed_in(bench)
    bench.handle_scan("RMA-10000001")
    state = bench.handle_scan(OTHER_GTIN)
    assert "wrong_item" in state.item.flags and state.feedback.cue is Cue.WARNING
    bench.cancel_item()
    state = bench.handle_scan(f"01{PHONE_GTIN}21SN-ZZZ9")
    assert "serial_mismatch" in state.item.flags and state.item.disposition == "quarantine"
    bench.cancel_item()
    for _ in range(2):
        state = bench.handle_scan(MUG_GTIN[1:])
        assert "non_returnable" in state.item.flags and state.item.refund == Decimal("0.00")
        bench.grade_key(1)
        bench.complete_item()
    state = bench.handle_scan(MUG_GTIN[1:])
    assert "extra_quantity" in state.item.flags


def test_outside_window_is_flagged(bench):
    signed_in(bench)
    state = bench.handle_scan("RMA-10000002")
    assert "outside_window" in state.parcel.flags and state.feedback.cue is Cue.WARNING
    state = bench.handle_scan(OTHER_GTIN)
    assert "outside_window" in state.item.flags and state.item.refund == Decimal("1999")


def test_disposition_change_needs_a_reason(bench):
    signed_in(bench)
    bench.handle_scan(UPS)
    bench.handle_scan(PHONE_GTIN)
    bench.grade_key(1)
    refused = bench.set_disposition("liquidate", None)
    assert refused.feedback.cue is Cue.ERROR and refused.item.disposition == "restock"
    state = bench.set_disposition("liquidate", "Box water-damaged, not sellable")
    assert state.item.disposition == "liquidate" and "disposition_overridden" in state.item.flags


def test_garbled_scan_is_an_error_and_keeps_the_item_in_progress(bench):
    signed_in(bench)
    bench.handle_scan(UPS)
    bench.handle_scan(PHONE_GTIN)
    state = bench.handle_scan("4006381333932")  # one digit off
    assert state.feedback.cue is Cue.ERROR and "heck digit" in state.feedback.message
    assert state.phase is Phase.INSPECTING and state.item.gtin == PHONE_GTIN
    assert state.shift_log[-1].cue is Cue.ERROR


def test_grade_before_next_item_then_auto_complete(bench, seeded_database):
    signed_in(bench)
    bench.handle_scan(UPS)
    bench.handle_scan(MUG_GTIN)
    assert bench.handle_scan(MUG_GTIN).feedback.cue is Cue.ERROR   # not graded yet
    bench.grade_key(1)
    state = bench.handle_scan(MUG_GTIN)                             # graded: completes it, starts the next
    assert state.phase is Phase.INSPECTING
    assert count(seeded_database, InspectionRow, InspectionRow.status == "completed") == 1


def test_half_done_parcel_resumes_after_restart(seeded_database, policy):
    first = signed_in(BenchSession(seeded_database, policy, "bench-1", Clock()))
    first.handle_scan(UPS)
    first.handle_scan(PHONE_GTIN)
    first.grade_key(3)
    first.toggle_finding("stains")
    del first  # the process dies here

    again = BenchSession(seeded_database, policy, "bench-1", Clock())
    assert again.state().shift_log[-1].text.startswith("CMD") is False
    state = signed_in_resumed(again)
    assert state.parcel.rma_number == "RMA-10000001"
    assert state.item.grade == "C" and [f.code for f in state.item.findings if f.checked] == ["stains"]
    assert state.item.refund == Decimal("239.92")


def signed_in_resumed(bench):
    bench.handle_scan("OP-1001")
    return bench.enter_pin("1234")


def test_cancelling_a_reopened_item_tells_upstream_and_a_fresh_cancel_does_not(bench, seeded_database):
    signed_in(bench)
    bench.handle_scan(UPS)
    bench.handle_scan(MUG_GTIN)
    bench.cancel_item()                         # never completed: upstream never heard of it
    fresh = bench.handle_scan(PHONE_GTIN).item.id
    bench.grade_key(1)
    bench.complete_item()
    bench.undo_complete()
    assert bench.cancel_item().item is None
    with seeded_database.session() as s:
        versions = s.execute(select(OutboxRow.record_id, OutboxRow.version)
                             .where(OutboxRow.record_type == "item_inspection")
                             .order_by(OutboxRow.id)).all()
        cancelled = s.get(InspectionRow, fresh)
    # completed (2), reopened (3), cancelled (4): the hub's last word on the unit is that it was cancelled
    assert [v for record, v in versions if record == fresh] == [2, 3, 4]
    assert cancelled.status == "cancelled" and cancelled.version == 4
    assert all(record == fresh for record, _v in versions)


def test_undo_reopens_the_item_just_completed(bench):
    signed_in(bench)
    bench.handle_scan(UPS)
    bench.handle_scan(PHONE_GTIN)
    bench.grade_key(1)
    bench.complete_item()
    state = bench.undo_complete()
    assert state.phase is Phase.INSPECTING and state.item.grade == "A"
    assert bench.grade_key(2).item.grade == "B"


def test_a_policy_pulled_mid_item_applies_from_the_next_item_and_a_bad_one_is_not_taken(bench):
    import json

    from inspector.domain.policy import PolicyError, policy_from_dict
    from inspector.paths import resource
    data = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    data["grades"][0]["label"] = "A - as new (set at the hub)"
    newer = policy_from_dict(data)
    signed_in(bench)
    bench.handle_scan(UPS)
    before = bench.handle_scan(PHONE_GTIN).grades[0].label
    state = bench.adopt_policy(lambda: newer)
    assert state.feedback.cue is Cue.INFO and "next item" in state.feedback.message
    assert state.grades[0].label == before                # the item in hand keeps the policy it started with
    bench.grade_key(1)
    state = bench.handle_scan(MUG_GTIN)      # the next item's scan completes this one, then starts under the new
    assert state.phase is Phase.INSPECTING and state.last_completed.grade == "A"
    assert state.grades[0].label == "A - as new (set at the hub)" and bench.policy is newer

    def unreadable():
        raise PolicyError("grades: missing")
    state = bench.adopt_policy(unreadable)
    assert state.feedback.cue is Cue.WARNING and "keeps the one it has" in state.feedback.message
    assert bench.policy is newer


def test_an_item_is_stored_as_policy_assesses_it_and_refused_while_another_is_in_hand(bench, seeded_database, policy):
    signed_in(bench)
    parcel = bench.handle_scan("RMA-10000002").parcel          # delivered long ago: outside the return window
    item = bench.handle_scan(OTHER_GTIN).item
    with seeded_database.session() as s:
        row = s.get(InspectionRow, item.id)
        stored = (sorted(row.flags), row.proposed_disposition, row.disposition, row.bin, row.refund, row.version)
    # What the view shows is what was written, and it is what grading would recompute from the same inputs.
    assert stored == (sorted(item.flags), item.proposed_disposition, item.disposition, item.bin, item.refund, 1)
    assert "outside_window" in stored[0] and stored[3] == policy.disposition(stored[2]).bin

    second = inspections.StartInspection(parcel.id, "op-x", "bench-1", OTHER_GTIN, "LP-SECOND", NOW, gtin=OTHER_GTIN)
    with pytest.raises(RefusedError, match="Finish or cancel the item in hand first"):
        inspections.start_inspection(second, UnitOfWork(seeded_database, policy))
    bench.cancel_item()
    bench.handle_scan("CMD:PARCEL-DONE")
    with pytest.raises(RefusedError, match="Scan a parcel first"):
        inspections.start_inspection(second, UnitOfWork(seeded_database, policy))
    assert count(seeded_database, InspectionRow, InspectionRow.license_plate == "LP-SECOND") == 0


def test_a_locked_database_is_a_clear_error_and_loses_nothing(bench, seeded_database, paths):
    # Waiting 5 s for the lock, as the bench does, would only slow the test down: 50 ms says the same.
    event.listen(seeded_database.engine, "connect", lambda conn, _r: conn.execute("PRAGMA busy_timeout=50"))
    seeded_database.engine.dispose()
    signed_in(bench)
    bench.handle_scan(UPS)
    bench.handle_scan(PHONE_GTIN)
    item = bench.grade_key(2).item
    other_program = sqlite3.connect(paths.database, isolation_level=None)
    other_program.execute("BEGIN EXCLUSIVE")
    try:
        state = bench.complete_item()
        assert state.feedback.cue is Cue.ERROR and "The database is busy" in state.feedback.message
        assert state.item is not None and state.item.id == item.id and state.item.grade == "B"   # still in hand
        state = bench.grade_key(3)
        assert state.feedback.cue is Cue.ERROR and state.item.grade == "B"
    finally:
        other_program.execute("ROLLBACK")
        other_program.close()
    state = bench.complete_item()
    assert state.feedback.cue is Cue.COMPLETED and state.last_completed.id == item.id
    assert count(seeded_database, InspectionRow, InspectionRow.status == "completed") == 1
    assert count(seeded_database, OutboxRow, OutboxRow.record_type == "item_inspection") == 1


# ---------------------------------------------------------------- issue 15: hostile scans, labels, the shift count
def _scan_log_texts(db) -> list[str]:
    from inspector.storage.orm import ScanLogRow
    with db.session() as s:
        return list(s.scalars(select(ScanLogRow.text).order_by(ScanLogRow.id)))


def test_a_lone_surrogate_is_a_bad_scan_that_keeps_the_parcel_and_is_logged_escaped(bench, seeded_database):
    signed_in(bench)
    bench.handle_scan("RMA-10000001")
    state = bench.handle_scan("RMA-\udcff100101")          # half a UTF-16 pair, as Qt can hand it over
    assert state.feedback.cue is Cue.ERROR and "RMA-\\udcff100101" in state.feedback.message
    assert "could not be read" in state.feedback.message
    assert state.phase is Phase.AWAITING_ITEM and state.parcel.rma_number == "RMA-10000001"
    assert state.shift_log[-1].text == "RMA-\\udcff100101" and state.shift_log[-1].cue is Cue.ERROR
    assert _scan_log_texts(seeded_database)[-1] == "RMA-\\udcff100101"
    assert bench.handle_scan(PHONE_GTIN).item.match_kind == "matched"   # the bench carries on


HOSTILE_SCANS = [
    "\udcff", "OP-\udcff1001", "CMD:\udcff", "\ud83d", "RMA-1000\udcff0001",
    f"]E\udcff{PHONE_GTIN[1:]}",                              # a symbology modifier no scanner sends
    f"]C\udcff01{PHONE_GTIN}21SN-AAA1",
    f"]Q3https://id\udcff.gs1.org/01/{PHONE_GTIN}",            # junk in a Digital Link's host
    f"]Q3https://id.gs1.org\u0661/01/{PHONE_GTIN}",
    f"]E0{PHONE_GTIN[1:]}\u200f",
    "\x00", "RMA-10000001\x00", "\x07\x1b[31m", "\u202eRMA-10000001", "RMA-١٠٠٠٠٠٠١", "\ufeffOP-1001",
    "A" * 10_000, "\udcff" * 10_000, "\x1d", "\x1d\x1d\x1d", f"01\x1d{PHONE_GTIN}", "]C1\x1d\x1d",
    "<GS><GS>", "^]", f"(01){PHONE_GTIN}(21)\udcff", "https://id.gs1.org/01/\udcff",
]


def test_a_hostile_scan_is_a_clear_error_and_never_loses_the_item_in_hand(bench, seeded_database):
    signed_in(bench)
    bench.handle_scan(UPS)
    bench.handle_scan(f"]C101{PHONE_GTIN}21SN-AAA1")
    in_hand = bench.grade_key(2).item       # graded: a scan read as an item would complete it and start another
    for hostile in HOSTILE_SCANS:
        state = bench.handle_scan(hostile)
        assert state.feedback.cue is Cue.ERROR, ascii(hostile)
        assert state.item == in_hand and state.parcel.rma_number == "RMA-10000001", ascii(hostile)
        stored = _scan_log_texts(seeded_database)[-1]
        assert stored == state.shift_log[-1].text and len(stored) <= 512, ascii(hostile)
        stored.encode("utf-8")                               # what was written is plain UTF-8


def test_an_item_matched_to_a_line_without_description_is_named_by_the_line(seeded_database, policy):
    from inspector.domain.returns import Return, ReturnLine, ReturnStatus
    from inspector.usecases.returns import UpsertReturns, upsert_returns
    upsert_returns(UpsertReturns([Return("", "RMA-10000003", "ORD-5003", "", NOW.date(), ReturnStatus.OPEN, (), (
        ReturnLine("", 1, "CABLE-7", OTHER_GTIN, "", 1, Decimal("9.90"), "EUR", "electronics"),))], "test", NOW),
        UnitOfWork(seeded_database, policy))
    bench = signed_in(BenchSession(seeded_database, policy, "bench-1", Clock()))
    bench.handle_scan("RMA-10000003")
    state = bench.handle_scan(OTHER_GTIN)
    assert state.item.match_kind == "matched"
    assert state.item.description == "CABLE-7" and "Not on the return" not in state.feedback.message
    bench.cancel_item()
    state = bench.handle_scan(PHONE_GTIN)                        # truly not on this return
    assert state.item.match_kind == "wrong_item" and state.item.description.startswith("Not on the return")


def test_the_shift_count_counts_every_scan_of_the_day_not_the_rows_kept(seeded_database, policy):
    from inspector.storage.orm import ScanLogRow
    earlier = [{"station": "bench-1", "operator_id": None, "at": NOW - dt.timedelta(seconds=s + 1), "text": "x",
                "cue": "error", "message": "m"} for s in range(3_032)]
    yesterday = dict(earlier[0], at=NOW - dt.timedelta(days=1, hours=1))
    other_bench = dict(earlier[0], station="bench-2")
    with seeded_database.transaction() as s:
        s.execute(insert(ScanLogRow), [*earlier, yesterday, other_bench])
    bench = BenchSession(seeded_database, policy, "bench-1", Clock())
    state = bench.state()
    assert len(state.shift_log) == 200 and state.shift_scans == 3_032
    state = bench.handle_scan("%%garbled%%")
    assert len(state.shift_log) == 200 and state.shift_scans == 3_033


def test_the_shift_count_starts_again_at_the_sites_midnight(seeded_database, policy):
    from dataclasses import replace
    clock = Clock()
    clock.now = dt.datetime(2026, 11, 20, 21, 59, 30, tzinfo=dt.timezone.utc)   # 23:59:30 in Bucharest
    bench = BenchSession(seeded_database, replace(policy, time_zone="Europe/Bucharest"), "bench-1", clock)
    # Scans at 23:59:44, :51, :58, then 00:00:05 (the clock ticks 7 s per reading).
    assert [bench.handle_scan("%%garbled%%").shift_scans for _ in range(4)] == [1, 2, 3, 1]
