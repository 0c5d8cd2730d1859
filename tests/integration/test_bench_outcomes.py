"""Outcomes and fraud evidence at the bench, on a real SQLite file with an injected clock: each outcome reaching the
stored row to the cent, a typed weight flagging the parcel and reaching the item's risk, a serial asked for and
given, and a parcel done with units missing re-assessing its completed items in the same transaction."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from inspector.domain.fraud import Risk, Signal
from inspector.domain.operators import Role
from inspector.errors import RefusedError
from inspector.usecases import inspections
from inspector.usecases.weighing import RecordWeight, record_weight
from tests.integration.outcome_helpers import Bench, a_return, line, with_policy


@pytest.fixture
def bench(database, policy):
    made = Bench(database, policy)
    made.operator("OP-1001")
    made.operator("OP-2001", Role.SUPERVISOR)
    return made


def _outcome(row):
    return row.outcome, row.outcome_amount, row.outcome_basis


def test_each_outcome_reaches_the_stored_row(bench):
    bench.expect(a_return(
        "RMA-500001",
        line(1, "REF-1", requested_outcome="refund"),
        line(2, "CRED-1", requested_outcome="store_credit"),
        line(3, "EXCH-B", requested_outcome="exchange", exchange_sku="TEE-M-BLU"),
        line(4, "EXCH-C", requested_outcome="exchange", exchange_sku="TEE-L-BLU"),
        line(5, "MUG-NAME", "12.50", category="personalised"),
        line(6, "PLAIN", "19.99")))
    op = bench.ops["OP-1001"]
    pid = bench.parcel("RMA-500001", op)
    made = {sku: bench.inspect(pid, op, sku, grade=grade, findings=("scratches",))
            for sku, grade in (("REF-1", "B"), ("CRED-1", "B"), ("EXCH-B", "B"), ("EXCH-C", "C"),
                               ("MUG-NAME", "A"), ("PLAIN", "A"), ("NOT-ON-IT", "A"))}
    stored = {sku: _outcome(bench.row(iid)) for sku, iid in made.items()}
    assert stored["REF-1"] == ("refund", Decimal("134.99"), "refund: 149.99 EUR less 15.00 EUR deductions")
    # Shipped policy: store credit after deductions, +10% (13.499 rounded half up to 13.50).
    assert stored["CRED-1"] == ("store_credit", Decimal("148.49"), "store credit: after deductions, +10%")
    assert stored["EXCH-B"] == ("exchange", Decimal("0.00"), "exchange for TEE-M-BLU (goods value 149.99 EUR)")
    assert stored["EXCH-C"] == ("refund", Decimal("134.99"), "exchange needs grade B, got C: refunded")
    assert stored["MUG-NAME"] == ("supervisor", Decimal("0.00"), "non-returnable: a supervisor decides")
    # No request: the policy's default, a refund (10% of 19.99 is 2.00 rounded half up).
    assert stored["PLAIN"] == ("refund", Decimal("17.99"), "refund: 19.99 EUR less 2.00 EUR deductions")
    assert stored["NOT-ON-IT"] == ("none", Decimal("0"), "no paid line on the return")
    exchanged = bench.row(made["EXCH-B"])
    assert (exchanged.requested_outcome, exchanged.exchange_sku) == ("exchange", "TEE-M-BLU")
    assert bench.row(made["PLAIN"]).requested_outcome is None


def test_the_outcome_follows_every_change_of_the_item_in_hand(bench):
    policy = with_policy(bench.policy, outcomes=dataclasses.replace(
        bench.policy.outcomes, store_credit_waive_deductions=True))
    bench.policy = policy
    bench.expect(a_return("RMA-500002", line(1, "EXCH-1", requested_outcome="exchange", exchange_sku="S-2"),
                          line(2, "CRED-1", requested_outcome="store_credit")))
    op = bench.ops["OP-1001"]
    pid = bench.parcel("RMA-500002", op)
    iid = bench.start(pid, op, "EXCH-1")
    # Not graded yet: an exchange for now.
    assert _outcome(bench.row(iid))[:2] == ("exchange", Decimal("0.00"))
    inspections.grade_inspection(inspections.GradeInspection(iid, "D"), bench.uow())
    assert _outcome(bench.row(iid)) == ("refund", Decimal("149.99"), "exchange needs grade B, got D: refunded")
    inspections.grade_inspection(inspections.GradeInspection(iid, "A"), bench.uow())
    assert _outcome(bench.row(iid))[0] == "exchange"
    inspections.complete_inspection(inspections.InspectionCommand(iid, bench.tick()), bench.uow())
    credit = bench.inspect(pid, op, "CRED-1", findings=("dents",))
    # Deductions waived: the whole price plus 10% (15.00 after 149.99 * 10% = 14.999).
    assert _outcome(bench.row(credit)) == ("store_credit", Decimal("164.99"),
                                           "store credit: deductions waived, +10%")
    assert bench.row(credit).refund == Decimal("112.49")


def test_a_typed_parcel_weight_flags_it_and_reaches_the_items_risk(bench):
    bench.expect(a_return("RMA-500003", line(1, "BOOT-42", "89.00", quantity=2, unit_weight_g=500)))
    op = bench.ops["OP-1001"]
    pid = bench.parcel("RMA-500003", op)
    record_weight(RecordWeight(bench.tick(), op, 1700, "typed", parcel_id=pid), bench.uow())
    parcel = bench.parcel_row(pid)
    # 2 x 500 g + 300 g packaging = 1,300 g, ± max(20 g, 10%) = 130 g: 1,700 g is off.
    assert (parcel.weight_g, parcel.weight_source, parcel.expected_weight_g) == (1700, "typed", 1300)
    assert parcel.flags == ["weight_off"] and parcel.version == 2
    assert bench.outbox("parcel_receipt", pid) == [(pid, 1), (pid, 2)]
    iid = bench.start(pid, op, "BOOT-42")
    risk = Risk.from_json(bench.row(iid).risk)
    assert [(r.signal, r.weight, r.detail) for r in risk.reasons] == [
        (Signal.WEIGHT_OFF, 40, "parcel: 1,700 g, expected 1,300 g ± 130 g")]
    assert (risk.score, risk.threshold, risk.held) == (40, 80, False)
    # The item itself, weighed: 650 g against 500 g ± 50 g.
    record_weight(RecordWeight(bench.tick(), op, 650, "scale", inspection_id=iid), bench.uow())
    row = bench.row(iid)
    assert (row.weight_g, row.weight_source) == (650, "scale")
    assert Risk.from_json(row.risk).reasons[0].detail == ("item: 650 g, expected 500 g ± 50 g; "
                                                          "parcel: 1,700 g, expected 1,300 g ± 130 g")
    # Weighed again within tolerance (the limit itself is not off): the flag and the reason go.
    record_weight(RecordWeight(bench.tick(), op, 1430, "typed", parcel_id=pid), bench.uow())
    record_weight(RecordWeight(bench.tick(), op, 550, "typed", inspection_id=iid), bench.uow())
    assert bench.parcel_row(pid).flags == [] and bench.row(iid).risk is None


def test_an_empty_box_by_weight_holds_the_item(bench):
    bench.expect(a_return("RMA-500004", line(1, "PHONE-1", "599.00", unit_weight_g=400)))
    op = bench.ops["OP-1001"]
    pid = bench.parcel("RMA-500004", op)
    # 300 g packaging + 20% of 400 g = 380 g: 350 g is hardly more than the box.
    record_weight(RecordWeight(bench.tick(), op, 350, "scale", parcel_id=pid), bench.uow())
    assert bench.parcel_row(pid).flags == ["empty_box"]
    iid = bench.inspect(pid, op, "PHONE-1", grade="A")
    row = bench.row(iid)
    assert "held_for_review" in row.flags
    assert Risk.from_json(row.risk).held and Risk.from_json(row.risk).score == 80
    # Held, yet what the customer would get is still worked out (released only by a supervisor).
    assert (row.outcome, row.outcome_amount) == ("refund", Decimal("599.00"))


def test_weights_are_refused_outside_one_gram_to_a_tonne(bench):
    bench.expect(a_return("RMA-500005", line(1, "X", unit_weight_g=10)))
    pid = bench.parcel("RMA-500005", bench.ops["OP-1001"])
    for grams in (0, -5, 1_000_001):
        with pytest.raises(RefusedError):
            record_weight(RecordWeight(bench.tick(), bench.ops["OP-1001"], grams, "typed", parcel_id=pid),
                          bench.uow())
    with pytest.raises(ValueError):
        record_weight(RecordWeight(bench.tick(), bench.ops["OP-1001"], 10, "typed"), bench.uow())
    assert bench.parcel_row(pid).weight_g is None


def test_missing_items_at_parcel_done_reassess_its_completed_items_at_a_new_version(bench):
    bench.expect(a_return("RMA-500006", line(1, "BOOT-42", "89.00", quantity=2), line(2, "LACES", "4.00")),
                 a_return("RMA-500007", line(1, "HAT", "20.00")))
    op = bench.ops["OP-1001"]
    pid = bench.parcel("RMA-500006", op)
    iid = bench.inspect(pid, op, "BOOT-42")
    assert bench.row(iid).version == 2 and bench.row(iid).risk is None
    bench.done(pid)
    parcel, row = bench.parcel_row(pid), bench.row(iid)
    assert parcel.flags == ["missing_items"] and parcel.status == "completed"
    risk = Risk.from_json(row.risk)
    assert [(r.signal, r.detail) for r in risk.reasons] == [(Signal.MISSING_ITEMS,
                                                             "parcel: 2 of 3 units not received")]
    assert row.version == 3 and bench.outbox("item_inspection", iid) == [(iid, 2), (iid, 3)]
    assert row.outcome == "refund" and row.outcome_amount == Decimal("89.00")   # the money does not change
    # A parcel with every unit of its return: nothing flagged, no new version.
    whole = bench.parcel("RMA-500007", op)
    hat = bench.inspect(whole, op, "HAT")
    bench.done(whole)
    assert bench.parcel_row(whole).flags == [] and bench.outbox("item_inspection", hat) == [(hat, 2)]
    # A parcel done with no unit taken out of it: an empty box. Nothing in it is paid, so nothing is held; the flag
    # reaches a supervisor upstream with the parcel's own new version.
    empty = bench.parcel("RMA-500006", op)
    bench.done(empty)
    assert bench.parcel_row(empty).flags == ["empty_box"]
    assert bench.outbox("parcel_receipt", empty) == [(empty, 1), (empty, 2)]


def test_a_later_parcel_of_the_return_clears_missing_items_on_the_earlier_one(bench):
    bench.expect(a_return("RMA-500009", line(1, "PHONE-1", "599.00"), line(2, "MUG", "9.00", quantity=2)))
    op = bench.ops["OP-1001"]
    first = bench.parcel("RMA-500009", op)
    phone = bench.inspect(first, op, "PHONE-1")
    bench.done(first)
    assert bench.parcel_row(first).flags == ["missing_items"]
    assert [r.detail for r in Risk.from_json(bench.row(phone).risk).reasons] == ["parcel: 2 of 3 units not received"]
    second = bench.parcel("RMA-500009", op)
    mugs = [bench.inspect(second, op, "MUG") for _ in range(2)]
    bench.done(second)
    parcel, row = bench.parcel_row(first), bench.row(phone)
    assert parcel.flags == [] and parcel.version == 3
    assert bench.outbox("parcel_receipt", first) == [(first, 1), (first, 2), (first, 3)]
    assert row.risk is None and row.version == 4
    assert bench.outbox("item_inspection", phone) == [(phone, 2), (phone, 3), (phone, 4)]
    assert bench.parcel_row(second).flags == []
    assert all(bench.row(m).risk is None and bench.outbox("item_inspection", m) == [(m, 2)] for m in mugs)


def test_a_serial_asked_for_is_missing_until_given(bench):
    bench.policy = with_policy(bench.policy, fraud=dataclasses.replace(bench.policy.fraud, require_serial=True))
    bench.expect(a_return("RMA-500008", line(1, "PHONE-1", "599.00", serials=("SN-1",)), line(2, "CASE", "9.00")))
    op = bench.ops["OP-1001"]
    pid = bench.parcel("RMA-500008", op)
    iid = bench.start(pid, op, "PHONE-1")
    row = bench.row(iid)
    assert row.match_kind == "serial_missing" and "serial_missing" in row.flags
    assert Risk.from_json(row.risk).reasons[0].detail == "no serial on a line that lists serials"
    inspections.set_serial(inspections.SetSerial(iid, " SN-1 ", bench.tick()), bench.uow())
    row = bench.row(iid)
    assert (row.match_kind, row.serial, row.risk) == ("matched", "SN-1", None)
    assert "serial_missing" not in row.flags
    inspections.set_serial(inspections.SetSerial(iid, "SN-9", bench.tick()), bench.uow())
    assert bench.row(iid).match_kind == "serial_mismatch"
    # A line without serials needs none.
    inspections.grade_inspection(inspections.GradeInspection(iid, "A"), bench.uow())
    inspections.complete_inspection(inspections.InspectionCommand(iid, bench.tick()), bench.uow())
    assert bench.row(bench.start(pid, op, "CASE")).match_kind == "matched"
