"""The sender's side of the outbox: coalescing, acknowledgements, records set aside and retried."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, insert, select, update

from inspector.storage.orm import InspectionRow, OutboxRow, ParcelRow
from inspector.sync import outbox
from inspector.sync.client import Ack
from inspector.usecases import inspections, parcels
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, PHONE_GTIN, UPS
from tests.photos import without_photo_rules


@pytest.fixture
def policy(policy):
    """Photos are not this file's subject: its damaged items complete without one."""
    return without_photo_rules(policy)


def _operator(database):
    with database.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT id FROM operators WHERE badge='OP-1001'").scalar_one()


def _parcel_with_item(database, policy, n: int):
    op = _operator(database)
    uow = lambda: UnitOfWork(database, policy)  # noqa: E731
    pid = parcels.receive_parcel(parcels.ReceiveParcel("B1", op, UPS, NOW, tracking_number=UPS), uow())
    iid = inspections.start_inspection(inspections.StartInspection(pid, op, "B1", PHONE_GTIN, f"LP{n:06d}", NOW,
                                                                   gtin=PHONE_GTIN), uow())
    inspections.grade_inspection(inspections.GradeInspection(iid, "B"), uow())
    inspections.toggle_finding(inspections.ToggleFinding(iid, "scratches"), uow())
    inspections.complete_inspection(inspections.InspectionCommand(iid, NOW), uow())
    parcels.complete_parcel(parcels.ParcelCommand(pid, NOW), uow())
    return pid, iid


def test_several_changes_to_a_record_go_up_once_at_the_newest_version(seeded_database, policy):
    pid, iid = _parcel_with_item(seeded_database, policy, 1)
    with seeded_database.engine.begin() as conn:
        batch = outbox.prepare_push(conn, 100)
    # Received, item completed, parcel completed, and the item again: the parcel was done with units of its return
    # missing, which changed the item's risk.
    assert batch.taken == 4
    assert {(r["type"], r["id"]) for r in batch.records} == {("item_inspection", iid), ("parcel_receipt", pid)}
    parcel = next(r for r in batch.records if r["type"] == "parcel_receipt")
    assert parcel["version"] == 2 and parcel["data"]["status"] == "completed" and parcel["data"]["rma_number"]
    item = next(r for r in batch.records if r["type"] == "item_inspection")
    assert item["data"]["findings"][0]["code"] == "scratches"
    assert isinstance(item["data"]["refund"], str)          # money as exact text
    assert len(batch.rows_for[("parcel_receipt", pid)]) == 2 and len(batch.rows_for[("item_inspection", iid)]) == 2


def test_acks_mark_rows_sent_rejected_rows_are_set_aside_and_do_not_block(seeded_database, policy):
    first_parcel, first_item = _parcel_with_item(seeded_database, policy, 1)
    second_parcel, _ = _parcel_with_item(seeded_database, policy, 2)
    with seeded_database.engine.begin() as conn:
        batch = outbox.prepare_push(conn, 4)        # only the first parcel's rows
        acks = [Ack("item_inspection", first_item, 3, "rejected", "grade Z unknown"),
                Ack("parcel_receipt", first_parcel, 2, "duplicate", None)]
        summary = outbox.apply_acks(conn, batch, acks, policy)
        assert (summary.duplicate, summary.rejected, summary.rows_done) == (1, 1, 4)
        assert outbox.counts(conn) == {"pending": 4, "rejected": 2}
        nxt = outbox.prepare_push(conn, 100)        # the set-aside row is not in the way
        sent_next = {r["id"] for r in nxt.records}
        assert second_parcel in sent_next and first_item not in sent_next and len(sent_next) == 2
        rejected = outbox.rejected_rows(conn)
        assert rejected[0]["record_id"] == first_item and rejected[0]["last_error"] == "grade Z unknown"
        assert outbox.retry_rejected(conn) == 2
        assert outbox.counts(conn) == {"pending": 6, "rejected": 0}


def test_a_type_with_no_sender_and_a_vanished_record_are_set_aside(seeded_database, policy):
    at = dt.datetime(2026, 11, 20, tzinfo=dt.timezone.utc)
    table = OutboxRow.__table__
    with seeded_database.engine.begin() as conn:
        conn.execute(insert(table), [
            dict(record_type="disposition_override", record_id="o1", version=1, created_at=at, status="pending",
                 attempts=0, last_error=None),
            dict(record_type="parcel_receipt", record_id="gone", version=1, created_at=at, status="pending",
                 attempts=0, last_error=None)])
        batch = outbox.prepare_push(conn, 10)
        assert batch.records == [] and not batch.empty
        summary = outbox.apply_acks(conn, batch, [], policy)
        assert summary.set_aside == 2
        reasons = set(conn.execute(select(table.c.last_error).where(table.c.status == "rejected")).scalars())
        assert any("cannot send 'disposition_override'" in r for r in reasons)
        assert any("no longer in the bench database" in r for r in reasons)


def test_a_batch_refused_for_one_record_it_names_sets_that_one_aside_and_keeps_the_rest_pending(seeded_database,
                                                                                                  policy):
    from inspector.sync.client import HubForbade
    pid, iid = _parcel_with_item(seeded_database, policy, 1)
    with seeded_database.engine.begin() as conn:
        batch = outbox.prepare_push(conn, 100)
        # A 403 that names no record, or one not in this batch, is the batch's failure: nothing to set aside.
        assert outbox.refused_by_name(batch, HubForbade("HTTP 403: nothing of the batch was applied")) is None
        assert outbox.refused_by_name(batch, HubForbade("HTTP 403", ("item_inspection", "other"), "no")) is None
        refused = outbox.refused_by_name(batch, HubForbade("HTTP 403", ("item_inspection", iid), "not yours"))
        assert refused == [Ack("item_inspection", iid, 3, "rejected", "not yours")]
        summary = outbox.apply_acks(conn, batch, refused, policy)
        assert (summary.rejected, summary.rows_done, summary.reasons) == (1, 2, ("not yours",))
        assert outbox.counts(conn) == {"pending": 2, "rejected": 2}
        assert [r["id"] for r in outbox.prepare_push(conn, 100).records] == [pid]     # the rest goes again


def test_a_failed_send_keeps_rows_pending_and_counts_the_attempt(seeded_database, policy):
    _parcel_with_item(seeded_database, policy, 1)
    with seeded_database.engine.begin() as conn:
        batch = outbox.prepare_push(conn, 100)
        outbox.note_failure(conn, batch, "HubUnavailable: connection refused")
        rows = conn.execute(select(OutboxRow.__table__.c.status, OutboxRow.__table__.c.attempts,
                                   OutboxRow.__table__.c.last_error)).all()
    assert {r.status for r in rows} == {"pending"} and {r.attempts for r in rows} == {1}
    assert "connection refused" in rows[0].last_error


def test_times_and_money_go_up_exactly_as_the_stored_values_would_write_them(seeded_database, policy):
    pid, iid = _parcel_with_item(seeded_database, policy, 2)
    with seeded_database.engine.begin() as conn:   # a completion time with a fraction of a second, one without
        conn.execute(update(InspectionRow).where(InspectionRow.id == iid).values(
            completed_at=NOW + dt.timedelta(microseconds=120_000), expiry=dt.date(2027, 1, 31)))
        batch = outbox.prepare_push(conn, 100)
    sent = {r["type"]: r["data"] for r in batch.records}
    with seeded_database.session() as s:
        item, parcel = s.get(InspectionRow, iid), s.get(ParcelRow, pid)
        expected_item = {"started_at": item.started_at.isoformat(), "completed_at": item.completed_at.isoformat(),
                         "expiry": item.expiry.isoformat(), "unit_price": str(item.unit_price),
                         "deduction_total": str(item.deduction_total), "refund": str(item.refund),
                         "findings": [{"code": f.code, "deduction": str(f.deduction), "basis": f.basis}
                                      for f in item.findings]}
        expected_parcel = {"received_at": parcel.received_at.isoformat(),
                           "completed_at": parcel.completed_at.isoformat()}
    assert {k: sent["item_inspection"][k] for k in expected_item} == expected_item
    assert {k: sent["parcel_receipt"][k] for k in expected_parcel} == expected_parcel
    assert sent["item_inspection"]["completed_at"].endswith(".120000+00:00")
    assert "." not in sent["parcel_receipt"]["received_at"]



def test_an_outbox_row_written_outside_the_transaction_is_refused(database, policy):
    # Were the driver ever switched to autocommit, the row would no longer go with its change: that must be loud.
    event.listen(database.engine, "connect", lambda conn, _r: setattr(conn, "isolation_level", None))
    database.engine.dispose()
    uow = UnitOfWork(database, policy)
    with pytest.raises(RuntimeError, match="outside the unit of work's transaction"), uow:
        uow.record_change("parcel_receipt", "p1", 1, NOW)
