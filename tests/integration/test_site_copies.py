"""`store_copies` on a real bench database: a desk's read-only copies of other stations' records, as the site feed
serves them (records made by a real bench's use cases and read with the sender's own readers)."""
from __future__ import annotations

import copy
import datetime as dt

import pytest

from inspector.errors import RefusedError
from inspector.sync.site_copies import (PLACEHOLDER_PIN_HASH, STAND_IN_MARK, drop_old_copies, placeholder_badge,
                                        store_copies)
from inspector.usecases import operators, review
from inspector.domain.operators import Role
from inspector.usecases.operators import CreateOperator, create_operator
from tests.conftest import NOW
from tests.integration.faults.checks import bench_records
from tests.integration.faults.workload import make_bench, work


@pytest.fixture
def pair(tmp_path):
    """B1 with three finished parcels (plates LP00000001..3) and a desk that made the same plates itself."""
    b1, desk = make_bench(tmp_path, "B1"), make_bench(tmp_path, "DESK")
    work(b1, 3)
    work(desk, 1)                                   # LP00000001 at the desk too: generated plates repeat
    yield b1, desk
    b1.close()
    desk.close()


def feed(bench) -> dict[tuple[str, str], dict]:
    """The bench's records as feed items, by (type, id)."""
    return {key: {"type": key[0], "id": key[1], "version": data["version"], "station": data["station"], "seq": n,
                  "data": data} for n, (key, data) in enumerate(sorted(bench_records(bench.database).items()))}


def rows(desk, sql: str, *params):
    with desk.database.engine.connect() as conn:
        return conn.exec_driver_sql(sql, params).all()


def of_type(items: dict, kind: str) -> list[dict]:
    return [item for (t, _i), item in items.items() if t == kind]


def test_copies_map_the_sites_identities_and_a_taken_plate_gets_a_stand_in(pair):
    b1, desk = pair
    items = feed(b1)
    report = store_copies(list(items.values()), desk.uow(), "DESK")
    assert report.stored == 6 and not report.set_aside and report.placeholder_operators == 1
    renamed = dict(report.plates_renamed)
    assert len(renamed) == 1
    [(item_id, plate)] = renamed.items()
    assert plate.startswith("LP00000001" + STAND_IN_MARK) and len(plate) <= 16
    assert rows(desk, "SELECT count(*) FROM item_inspections WHERE license_plate = 'LP00000001'")[0][0] == 1
    # The return and its line by RMA number and line number: the desk's own rows, not B1's ids.
    desk_line = rows(desk, "SELECT l.id FROM return_lines l JOIN returns r ON r.id = l.return_id "
                           "WHERE r.rma_number = 'RMA-10000001' AND l.line_no = 1")[0][0]
    assert {r[0] for r in rows(desk, "SELECT return_line_id FROM item_inspections WHERE origin = 'site'")} == \
        {desk_line}
    desk_return = rows(desk, "SELECT id FROM returns WHERE rma_number = 'RMA-10000001'")[0][0]
    assert {r[0] for r in rows(desk, "SELECT return_id FROM parcel_receipts WHERE origin = 'site'")} == {desk_return}
    # A newer version of the copy keeps its stand-in; the money is stored exactly as sent.
    item = items[("item_inspection", item_id)]
    newer = copy.deepcopy(item)
    newer["version"] += 1
    newer["data"]["version"] += 1
    newer["data"]["note"] = "seen again"
    again = store_copies([newer], desk.uow(), "DESK")
    assert again.stored == 1 and dict(again.plates_renamed) == {item_id: plate}
    assert rows(desk, "SELECT license_plate, note, refund FROM item_inspections WHERE id = ?", item_id)[0] == \
        (plate, "seen again", item["data"]["refund"])


def test_the_newest_version_wins_whatever_the_order_and_findings_follow_it(pair):
    b1, desk = pair
    items = feed(b1)
    scratched = next(i for i in of_type(items, "item_inspection") if i["data"]["findings"])
    newer = copy.deepcopy(scratched)
    newer["version"] = newer["data"]["version"] = scratched["version"] + 3
    newer["data"]["findings"] = []
    newer["data"]["deduction_total"] = "0.00"
    assert store_copies([newer], desk.uow(), "DESK").stored == 1        # before its parcel, and before the rest
    assert store_copies(list(items.values()), desk.uow(), "DESK").unchanged == 1
    assert rows(desk, "SELECT version, deduction_total FROM item_inspections WHERE id = ?", scratched["id"])[0] == \
        (newer["version"], "0.00")
    assert rows(desk, "SELECT count(*) FROM damage_findings WHERE inspection_id = ?", scratched["id"])[0][0] == 0


def test_an_item_before_its_parcel_gets_a_placeholder_the_parcel_then_replaces(pair):
    b1, desk = pair
    items = feed(b1)
    item = of_type(items, "item_inspection")[0]
    report = store_copies([item], desk.uow(), "DESK")
    assert report.stored == 1 and report.placeholder_parcels == 1
    parcel_id = item["data"]["parcel_id"]
    assert rows(desk, "SELECT version, station, origin FROM parcel_receipts WHERE id = ?", parcel_id)[0] == \
        (0, "B1", "site")
    parcel = items[("parcel_receipt", parcel_id)]
    assert store_copies([parcel], desk.uow(), "DESK").stored == 1
    assert rows(desk, "SELECT version, tracking_number, status FROM parcel_receipts WHERE id = ?", parcel_id)[0] == \
        (parcel["version"], parcel["data"]["tracking_number"], "completed")


def test_malformed_records_own_records_and_orphan_decisions_are_set_aside_the_rest_stored(pair):
    b1, desk = pair
    items = list(feed(b1).values())
    bad_money = copy.deepcopy(of_type(feed(b1), "item_inspection")[0])
    bad_money["id"] = bad_money["data"]["id"] = "bad-money"
    bad_money["data"]["refund"] = 12.5                       # money is exact text, never a float
    orphan = {"type": "inspection_override", "id": "decision-1", "version": 1, "station": "B2", "seq": 99,
              "data": {"id": "decision-1", "version": 1, "station": "B2", "inspection_id": "no-such-item",
                       "action": "approve", "before": {}, "after": {}, "reason": "", "operator_id": "op-b2",
                       "at": NOW.isoformat(), "inspection_version": 2}}
    own = copy.deepcopy(items[0])
    own["station"] = own["data"]["station"] = "DESK"
    page = [*items, "not a record", {"type": "parcel_receipt", "id": "x1"}, bad_money, orphan, own]
    report = store_copies(page, desk.uow(), "DESK")
    assert report.stored == 6 and report.own == 1
    reasons = dict(report.set_aside)
    assert set(reasons) == {"(no id)", "x1", "bad-money", "decision-1"}
    assert "refund" in reasons["bad-money"] and "not at this desk" in reasons["decision-1"]
    assert not rows(desk, "SELECT * FROM item_inspections WHERE id = 'bad-money'")


def test_a_decision_copy_names_a_placeholder_operator_who_can_never_sign_in(pair):
    b1, desk = pair
    items = feed(b1)
    item = next(i for i in of_type(items, "item_inspection") if "extra_quantity" in i["data"]["flags"])
    decision = {"type": "inspection_override", "id": "decision-2", "version": 1, "station": "B2", "seq": 99,
                "data": {"id": "decision-2", "version": 1, "station": "B2", "inspection_id": item["id"],
                         "action": "approve", "before": {}, "after": {}, "reason": "fine", "operator_id": "sup-b2",
                         "at": NOW.isoformat(), "inspection_version": item["version"]}}
    report = store_copies([*items.values(), decision], desk.uow(), "DESK")
    assert report.stored == 7 and report.placeholder_operators == 2
    assert rows(desk, "SELECT origin, station FROM inspection_audit WHERE id = 'decision-2'")[0] == ("site", "B2")
    name, active, pin_hash, origin = rows(desk, "SELECT name, active, pin_hash, origin FROM operators "
                                                "WHERE id = 'sup-b2'")[0]
    assert name.startswith("Unknown operator") and not active and pin_hash == PLACEHOLDER_PIN_HASH
    assert origin == "site"
    with pytest.raises(RefusedError):
        operators.sign_in(operators.SignIn(placeholder_badge("sup-b2"), "1234", NOW, "DESK"), desk.uow())
    # The desk's review shows B1's item as approved by B2's decision.
    supervisor = create_operator(CreateOperator("SUP-1", "Dana", Role.SUPERVISOR, "4321", NOW), desk.uow())
    day = desk.policy.zone.day_of(NOW)
    queue = {i.inspection_id: i for i in review.review_queue(review.ReviewQuery(day, day), supervisor, desk.uow())}
    assert queue[item["id"]].review_state == "approved" and queue[item["id"]].station == "B1"
    # Dropping: decisions go with their items; nothing is left of B1 and B2 then, placeholders included.
    dropped = drop_old_copies(desk.uow(), NOW + dt.timedelta(days=2))
    assert (dropped.inspections, dropped.audits, dropped.parcels, dropped.operators) == (3, 1, 3, 2)
    assert rows(desk, "SELECT count(*) FROM item_inspections WHERE origin = 'site'")[0][0] == 0
    assert rows(desk, "SELECT count(*) FROM item_inspections WHERE origin = 'own'")[0][0] == 1


def test_a_record_that_breaks_a_constraint_is_set_aside_and_the_rest_of_its_page_kept(pair):
    b1, desk = pair
    items = feed(b1)
    # A badge already taken at the desk by the one a placeholder for "op-x" would get: unforeseen, but possible.
    create_operator(CreateOperator(placeholder_badge("op-x"), "Someone", Role.INSPECTOR, "1111", NOW), desk.uow())
    odd = copy.deepcopy(of_type(items, "parcel_receipt")[0])
    odd["id"] = odd["data"]["id"] = "parcel-of-op-x"
    odd["data"]["operator_id"] = "op-x"
    report = store_copies([*items.values(), odd], desk.uow(), "DESK")
    assert report.stored == 6
    assert [i for i, _r in report.set_aside] == ["parcel-of-op-x"]
    assert "UNIQUE" in report.set_aside[0][1]
    assert rows(desk, "SELECT count(*) FROM item_inspections WHERE origin = 'site'")[0][0] == 3
