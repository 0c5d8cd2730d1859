"""Items held for review before the money is released, on a real SQLite file with an injected clock: who may
release them (a supervisor, not the one who inspected it), how (an approval or an outcome, audited and queued for
upstream), and what does not release them (any other override)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from inspector.domain.fraud import Signal
from inspector.domain.operators import Role
from inspector.errors import RefusedError
from inspector.usecases import review
from inspector.usecases.outcome_override import OverrideOutcome, override_outcome
from inspector.usecases.site_decisions import ApplyPulledDecisions, PulledDecision, apply_pulled_decisions
from tests.conftest import NOW
from tests.integration.outcome_helpers import Bench, a_return, line


@pytest.fixture
def bench(database, policy):
    made = Bench(database, policy)
    made.operator("OP-1001")
    made.operator("OP-2001", Role.SUPERVISOR)
    made.operator("OP-2002", Role.SUPERVISOR)
    return made


def _held(bench: Bench, rma: str, inspector: str, **extra) -> str:
    """A unit whose serial is not the one shipped (60) in a parcel done with a unit of its return missing (40):
    held at the shipped policy's threshold of 80 once the parcel is done."""
    bench.expect(a_return(rma, line(1, "PHONE-1", "599.00", quantity=2, serials=("SN-1", "SN-2"), **extra)))
    pid = bench.parcel(rma, inspector)
    iid = bench.inspect(pid, inspector, "PHONE-1", findings=("scratches",), serial="SN-9")
    assert "held_for_review" not in bench.row(iid).flags     # 60 of 80 while the parcel is open
    bench.done(pid)
    assert "held_for_review" in bench.row(iid).flags
    return iid


def _queue(bench: Bench, open_only: bool = False) -> dict[str, review.ReviewItem]:
    day = bench.policy.zone.day_of(NOW)
    items = review.review_queue(review.ReviewQuery(day, day, open_only=open_only), bench.ops["OP-2001"], bench.uow())
    return {item.inspection_id: item for item in items}


def _decision(bench: Bench, iid: str, badge: str, hours: int) -> dict:
    return dict(inspection_id=iid, supervisor_id=bench.ops[badge], station="SUP", at=NOW + dt.timedelta(hours=hours))


def test_the_queue_shows_why_an_item_is_held_and_what_it_would_get(bench):
    iid = _held(bench, "RMA-600001", bench.ops["OP-1001"])
    item = _queue(bench)[iid]
    assert item.exceptions[0] == "held_for_review" and "serial_mismatch" in item.exceptions
    assert (item.review_state, item.held) == ("open", True)
    assert [(r.signal, r.weight) for r in item.risk_reasons] == [(Signal.ITEM_SWAPPED, 60),
                                                                 (Signal.MISSING_ITEMS, 40)]
    assert item.risk_reasons[1].detail == "parcel: 1 of 2 units not received"
    # 599.00 less 10% scratches: what is released once a supervisor lets it go.
    assert (item.outcome, item.outcome_amount) == ("refund", Decimal("539.10"))


def test_a_held_item_is_refused_for_an_inspector_and_for_the_supervisor_who_inspected_it(bench):
    own = _held(bench, "RMA-600002", bench.ops["OP-2001"])      # a supervisor inspecting at the bench
    for badge, words in (("OP-1001", "Only a supervisor"), ("OP-2001", "You inspected this item yourself")):
        with pytest.raises(RefusedError, match=words):
            review.approve(review.Approve(**_decision(bench, own, badge, 1)), bench.uow())
        with pytest.raises(RefusedError, match=words):
            override_outcome(OverrideOutcome(**_decision(bench, own, badge, 1), outcome="refund",
                                             reason="Looks fine"), bench.uow())
    assert review.audit_trail(own, bench.uow()) == []
    assert bench.outbox("inspection_override") == []
    assert _queue(bench)[own].held


def test_another_supervisor_releases_it_with_an_audit_row_and_an_outbox_row(bench):
    iid = _held(bench, "RMA-600003", bench.ops["OP-1001"])
    version = bench.row(iid).version
    audit_id = review.approve(review.Approve(**_decision(bench, iid, "OP-2002", 1), note="Serial typo"), bench.uow())
    trail = review.audit_trail(iid, bench.uow())
    assert [(e.id, e.action, e.reason, e.operator_name) for e in trail] == [
        (audit_id, "approve", "Serial typo", "Person OP-2002")]
    assert bench.outbox("inspection_override") == [(audit_id, 1)]
    item = _queue(bench)[iid]
    assert (item.review_state, item.held, item.version) == ("approved", False, version + 1)
    assert iid not in _queue(bench, open_only=True)


def test_a_grade_override_does_not_release_it_and_an_outcome_does(bench):
    iid = _held(bench, "RMA-600004", bench.ops["OP-1001"])
    review.override_grade(review.OverrideGrade(**_decision(bench, iid, "OP-2002", 1), grade="C",
                                               reason="Worn corners"), bench.uow())
    review.override_disposition(review.OverrideDisposition(**_decision(bench, iid, "OP-2002", 2),
                                                           disposition="liquidate", reason="Police hold"), bench.uow())
    item = _queue(bench)[iid]
    assert (item.grade, item.review_state, item.held) == ("C", "open", True)
    assert iid in _queue(bench, open_only=True)
    row = bench.row(iid)
    audit_id = override_outcome(OverrideOutcome(**_decision(bench, iid, "OP-2002", 3), outcome="store_credit",
                                                reason="Loyal customer"), bench.uow())
    after = bench.row(iid)
    # The rule's amount: 539.10 after deductions, +10% (53.91).
    assert (after.outcome, after.outcome_amount) == ("store_credit", Decimal("593.01"))
    assert after.outcome_basis == "chosen by a supervisor: store credit: after deductions, +10%"
    assert after.version == row.version + 1 and "held_for_review" in after.flags
    assert bench.outbox("item_inspection", iid)[-1] == (iid, after.version)
    assert bench.outbox("inspection_override")[-1] == (audit_id, 1)
    entry = review.audit_trail(iid, bench.uow())[-1]
    assert (entry.action, entry.reason) == ("override_outcome", "Loyal customer")
    assert entry.before == {"outcome": "refund", "outcome_amount": "539.10", "exchange_sku": None}
    assert entry.after == {"outcome": "store_credit", "outcome_amount": "593.01", "exchange_sku": None}
    item = _queue(bench)[iid]
    assert (item.review_state, item.held, item.outcome, item.outcome_amount) == (
        "overridden", False, "store_credit", Decimal("593.01"))
    # A later grade override keeps the supervisor's outcome, at the amount its deductions give.
    review.override_deduction_of(review.OverrideDeduction(**_decision(bench, iid, "OP-2001", 4), finding="scratches",
                                                          amount="0", reason="No scratch"), bench.uow())
    assert (bench.row(iid).outcome, bench.row(iid).outcome_amount) == ("store_credit", Decimal("658.90"))


def test_an_outcome_decision_needs_a_reason_a_known_outcome_and_a_sku_to_exchange_for(bench):
    iid = _held(bench, "RMA-600005", bench.ops["OP-1001"])
    cases = (("refund", "", "needs a reason"), ("voucher", "r", "Unknown outcome"),
             ("supervisor", "r", "Unknown outcome"), ("exchange", "r", "no item to exchange for"))
    for outcome, reason, words in cases:
        with pytest.raises(RefusedError, match=words):
            override_outcome(OverrideOutcome(**_decision(bench, iid, "OP-2002", 1), outcome=outcome,
                                             reason=reason), bench.uow())
    assert review.audit_trail(iid, bench.uow()) == [] and _queue(bench)[iid].held


def test_a_grade_override_decides_the_exchange_again(bench):
    bench.expect(a_return("RMA-600006", line(1, "TEE-S", "24.90", requested_outcome="exchange",
                                             exchange_sku="TEE-M")))
    pid = bench.parcel("RMA-600006", bench.ops["OP-1001"])
    iid = bench.inspect(pid, bench.ops["OP-1001"], "TEE-S", grade="B", findings=("stains",))
    bench.done(pid)
    assert (bench.row(iid).outcome, bench.row(iid).outcome_amount) == ("exchange", Decimal("0.00"))
    review.override_grade(review.OverrideGrade(**_decision(bench, iid, "OP-2002", 1), grade="C", reason="Stained"),
                          bench.uow())
    row = bench.row(iid)
    assert (row.outcome, row.outcome_amount, row.outcome_basis) == (
        "refund", Decimal("19.92"), "exchange needs grade B, got C: refunded")
    # The supervisor sends the exchange all the same.
    override_outcome(OverrideOutcome(**_decision(bench, iid, "OP-2002", 2), outcome="exchange",
                                     reason="Customer asked twice"), bench.uow())
    assert bench.row(iid).outcome == "exchange" and bench.row(iid).outcome_amount == Decimal("0.00")


def test_an_outcome_decided_at_another_desk_is_applied_and_releases_the_hold(bench):
    iid = _held(bench, "RMA-600007", bench.ops["OP-1001"])
    version = bench.row(iid).version
    pulled = PulledDecision("d-1", "DESK", iid, "override_outcome", {"outcome": "refund"},
                            {"outcome": "none", "outcome_amount": "0.00", "exchange_sku": None}, "Fraud confirmed",
                            bench.ops["OP-2002"], NOW + dt.timedelta(hours=1), version + 1, version)
    applied = apply_pulled_decisions(ApplyPulledDecisions([pulled], NOW + dt.timedelta(hours=2)), bench.uow())
    assert (applied.applied, applied.set_aside) == (1, [])
    row = bench.row(iid)
    assert (row.outcome, row.outcome_amount, row.version) == ("none", Decimal("0.00"), version + 1)
    assert bench.outbox("item_inspection", iid)[-1] == (iid, version + 1)
    item = _queue(bench)[iid]
    assert (item.review_state, item.held) == ("overridden", False)
