"""The supervisor's review on a real SQLite file: the queue, approving, overriding with a reason, the audit trail,
the refusals for inspectors, the outbox, and overrides going up to the real hub over loopback."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, DatabaseError

from inspector.domain.site_day import LOCAL
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.errors import RefusedError
from inspector.storage.orm import InspectionRow, OperatorRow, OutboxRow
from inspector.sync.readers import READERS
from inspector.usecases import inspections, parcels, review
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, OTHER_GTIN, PHONE_GTIN, UPS
from tests.photos import attach_if_needed

DAY = LOCAL.day_of(NOW)        # the site's day (this computer's zone by default) of the records made at NOW


def _ids(database):
    with database.session() as s:
        return dict(s.execute(select(OperatorRow.badge, OperatorRow.id)).all())


def _item(database, policy, operator_id, n, gtin, serial=None, rma=None, tracking=None, grade="B", findings=(),
          at=NOW):
    uow = lambda: UnitOfWork(database, policy)  # noqa: E731
    pid = parcels.receive_parcel(parcels.ReceiveParcel("B1", operator_id, tracking or rma, at,
                                                       tracking_number=tracking, carrier="ups" if tracking else None,
                                                       rma_number=rma), uow())
    iid = inspections.start_inspection(inspections.StartInspection(pid, operator_id, "B1", gtin, f"LP{n:06d}", at,
                                                                   gtin=gtin, serial=serial), uow())
    inspections.grade_inspection(inspections.GradeInspection(iid, grade), uow())
    for code in findings:
        inspections.toggle_finding(inspections.ToggleFinding(iid, code), uow())
    attach_if_needed(database, policy, iid, at=at, operator_id=operator_id, station="B1")
    inspections.complete_inspection(inspections.InspectionCommand(iid, at), uow())
    parcels.complete_parcel(parcels.ParcelCommand(pid, at), uow())
    return iid


@pytest.fixture
def day(seeded_database, policy):
    extra = Return("", "RMA-10000003", "ORD-5003", "Changed my mind", DAY - dt.timedelta(days=3), ReturnStatus.OPEN,
                   (), (ReturnLine("", 1, "PHONE-X1", PHONE_GTIN, "Telefon mobil X1 (negru)", 1, Decimal("299.90"),
                                   "EUR", "electronics", ("SN-BBB2",)),))
    upsert_returns(UpsertReturns([extra], "test", NOW), UnitOfWork(seeded_database, policy))
    ids = _ids(seeded_database)
    inspector_id = ids["OP-1001"]
    made = {
        "serial": _item(seeded_database, policy, inspector_id, 1, PHONE_GTIN, serial="SN-OTHER", tracking=UPS,
                        findings=("scratches",)),
        "late": _item(seeded_database, policy, inspector_id, 2, OTHER_GTIN, rma="RMA-10000002", grade="A",
                      at=NOW + dt.timedelta(minutes=5)),
        "clean": _item(seeded_database, policy, inspector_id, 3, PHONE_GTIN, serial="SN-BBB2", rma="RMA-10000003",
                       at=NOW + dt.timedelta(minutes=10)),
        "unexpected": _item(seeded_database, policy, inspector_id, 4, PHONE_GTIN, tracking="1Z999AA10000000000",
                            at=NOW + dt.timedelta(minutes=15)),
    }
    return seeded_database, policy, ids["OP-2001"], inspector_id, made


def uow_of(database, policy):
    return UnitOfWork(database, policy)


def _outbox(database, record_type):
    with database.engine.connect() as conn:
        return conn.execute(select(OutboxRow.record_id, OutboxRow.version)
                            .where(OutboxRow.record_type == record_type).order_by(OutboxRow.id)).all()


def test_queue_lists_the_days_exceptions_and_not_clean_items(day):
    database, policy, sup, _insp, made = day
    queue = review.review_queue(review.ReviewQuery(DAY, DAY), sup, uow_of(database, policy))
    by_id = {item.inspection_id: item for item in queue}
    assert made["clean"] not in by_id
    assert "serial_mismatch" in by_id[made["serial"]].exceptions
    assert "outside_window" in by_id[made["late"]].exceptions
    assert "unexpected_parcel" in by_id[made["unexpected"]].exceptions
    assert all(item.review_state == "open" for item in queue)
    assert review.review_queue(review.ReviewQuery(DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=2)), sup,
                               uow_of(database, policy)) == []
    assert review.review_queue(review.ReviewQuery(DAY, DAY, station="other"), sup, uow_of(database, policy)) == []


def test_inspectors_are_refused_every_review_use_case_and_nothing_is_written(day):
    database, policy, _sup, insp, made = day
    before = len(_outbox(database, "inspection_override"))
    decision = dict(inspection_id=made["serial"], supervisor_id=insp, station="B1", at=NOW)
    calls = [
        lambda: review.review_queue(review.ReviewQuery(DAY, DAY), insp, uow_of(database, policy)),
        lambda: review.approve(review.Approve(**decision), uow_of(database, policy)),
        lambda: review.override_grade(review.OverrideGrade(**decision, grade="D", reason="r"),
                                      uow_of(database, policy)),
        lambda: review.override_deduction_of(review.OverrideDeduction(**decision, finding="scratches", amount="1",
                                                                      reason="r"), uow_of(database, policy)),
        lambda: review.override_disposition(review.OverrideDisposition(**decision, disposition="liquidate",
                                                                       reason="r"), uow_of(database, policy)),
    ]
    for call in calls:
        with pytest.raises(RefusedError, match="Only a supervisor"):
            call()
    assert len(_outbox(database, "inspection_override")) == before
    assert review.audit_trail(made["serial"], uow_of(database, policy)) == []


@pytest.mark.parametrize("reason", ["", "   "])
def test_an_override_without_a_reason_is_refused(day, reason):
    database, policy, sup, _insp, made = day
    with pytest.raises(RefusedError, match="needs a reason"):
        review.override_grade(review.OverrideGrade(made["serial"], sup, "B1", NOW, grade="D", reason=reason),
                              uow_of(database, policy))


def test_approve_and_overrides_are_audited_versioned_and_queued_for_upstream(day):
    database, policy, sup, _insp, made = day
    item = made["serial"]
    with database.session() as s:
        row = s.get(InspectionRow, item)
        version, price, total = row.version, row.unit_price, row.deduction_total
        assert total > 0
    t1, t2, t3, t4 = (NOW + dt.timedelta(hours=h) for h in (1, 2, 3, 4))
    review.override_grade(review.OverrideGrade(item, sup, "SUP", t1, grade="D", reason="Cracked screen missed"),
                          uow_of(database, policy))
    review.override_deduction_of(review.OverrideDeduction(item, sup, "SUP", t2, finding="scratches", amount="5.00",
                                                          reason="Light scratches only"), uow_of(database, policy))
    review.override_disposition(review.OverrideDisposition(item, sup, "SUP", t3, disposition="liquidate",
                                                           reason="Police hold"), uow_of(database, policy))
    review.approve(review.Approve(made["late"], sup, "SUP", t4), uow_of(database, policy))
    with database.session() as s:
        row = s.get(InspectionRow, item)
        assert row.grade == "D" and row.disposition == "liquidate" and row.disposition_reason == "Police hold"
        assert row.bin == policy.disposition("liquidate").bin
        assert row.deduction_total == Decimal("5.00") and row.refund == price - Decimal("5.00")
        assert row.version == version + 3
    trail = review.audit_trail(item, uow_of(database, policy))
    assert [e.action for e in trail] == ["override_grade", "override_deduction", "override_disposition"]
    assert trail[0].before == {"grade": "B"} and trail[0].after == {"grade": "D"}
    assert trail[1].before["deduction_total"] == str(total) and trail[1].after["refund"] == str(price - 5)
    assert trail[2].reason == "Police hold" and trail[2].operator_name == "Nguyễn Thị Lan" and trail[2].at == t3
    item_versions = [v for rid, v in _outbox(database, "item_inspection") if rid == item]
    assert item_versions[-3:] == [version + 1, version + 2, version + 3]
    assert len(_outbox(database, "inspection_override")) == 4
    states = {i.inspection_id: i.review_state for i in
              review.review_queue(review.ReviewQuery(DAY, DAY), sup, uow_of(database, policy))}
    # The serial mismatch and the return's units missing from its parcel hold the item (shipped policy: 60 + 40 of
    # 80): overrides of grade, deduction and disposition do not release it, only an approval or an outcome does.
    assert states[item] == "open" and states[made["late"]] == "approved"
    assert states[made["unexpected"]] == "open"
    open_only = review.review_queue(review.ReviewQuery(DAY, DAY, open_only=True), sup, uow_of(database, policy))
    assert [i.inspection_id for i in open_only] == [item, made["unexpected"]]
    with database.engine.connect() as conn:
        records = READERS["inspection_override"](conn, [e.id for e in trail])
    assert records[trail[0].id]["after"] == {"grade": "D"} and records[trail[0].id]["version"] == 1


def test_the_audit_trail_cannot_be_edited_or_deleted(day):
    database, policy, sup, _insp, made = day
    review.approve(review.Approve(made["late"], sup, "SUP", NOW), uow_of(database, policy))
    for statement in ("UPDATE inspection_audit SET reason = 'x'", "DELETE FROM inspection_audit"):
        with pytest.raises((IntegrityError, DatabaseError), match="append-only"):
            with database.engine.begin() as conn:
                conn.execute(text(statement))
    assert len(review.audit_trail(made["late"], uow_of(database, policy))) == 1


def test_overrides_refuse_bad_values_and_no_ops(day):
    database, policy, sup, _insp, made = day
    d = dict(inspection_id=made["serial"], supervisor_id=sup, station="B1", at=NOW)
    with pytest.raises(RefusedError, match="not on this site's scale"):
        review.override_grade(review.OverrideGrade(**d, grade="Z", reason="r"), uow_of(database, policy))
    with pytest.raises(RefusedError, match="already has that value"):
        review.override_grade(review.OverrideGrade(**d, grade="B", reason="r"), uow_of(database, policy))
    with pytest.raises(RefusedError, match="Unknown disposition"):
        review.override_disposition(review.OverrideDisposition(**d, disposition="moon", reason="r"),
                                    uow_of(database, policy))
    with pytest.raises(RefusedError, match="cannot be set"):
        review.override_deduction_of(review.OverrideDeduction(**d, finding="scratches", amount="9999", reason="r"),
                                     uow_of(database, policy))
    with pytest.raises(RefusedError, match="no paid price"):
        review.override_deduction_of(review.OverrideDeduction(made["unexpected"], sup, "B1", NOW,
                                                              finding="scratches", amount="1", reason="r"),
                                     uow_of(database, policy))
    assert review.audit_trail(made["serial"], uow_of(database, policy)) == []


def test_overrides_go_up_to_the_real_hub_and_match_the_bench(tmp_path):
    from inspector.domain.operators import Role
    from inspector.settings import load_settings
    from inspector.sync.engine import SyncConfig, SyncEngine
    from inspector.usecases.operators import CreateOperator, create_operator
    from tests.integration.faults.checks import assert_hub_matches_bench, hub_records
    from tests.integration.faults.hubs import ThreadHub, issue_tokens
    from tests.integration.faults.workload import make_bench, work

    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_tokens(db_url, "B1")
    with ThreadHub(db_url) as hub:
        bench = make_bench(tmp_path / "benches", "B1", hub.url, tokens["B1"])
        try:
            work(bench, 3)
            sup = create_operator(CreateOperator("OP-2001", "Nguyễn Thị Lan", Role.SUPERVISOR, "4321", NOW),
                                  bench.uow())
            with bench.database.engine.connect() as conn:
                item = conn.scalar(select(InspectionRow.id).order_by(InspectionRow.license_plate))
            audit_id = review.override_disposition(
                review.OverrideDisposition(item, sup, "B1", NOW, disposition="liquidate", reason="Water damage"),
                bench.uow())
            engine = SyncEngine(bench.database, bench.policy, bench.paths,
                                SyncConfig.from_settings(load_settings(bench.paths)))
            report = engine.run_once()
            engine.close()
            assert report["ok"] and report["pending"] == 0
            assert assert_hub_matches_bench(hub.db_url, bench.database, "B1") == 7
            upstream = hub_records(hub.db_url, "B1")
            _station, version, data = upstream[("inspection_override", audit_id)]
            assert version == 1 and data["action"] == "override_disposition" and data["reason"] == "Water damage"
            assert data["after"]["disposition"] == "liquidate"
            assert upstream[("item_inspection", item)][2]["disposition"] == "liquidate"
        finally:
            bench.close()
