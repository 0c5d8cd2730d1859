"""A supervisor's decision the hub refused counts for nothing, on a real SQLite file with an injected clock: the
refusal noted as a sync notes it (`note_refusals` in the acknowledgement's transaction) puts back what the decision
changed and works the outcome and the hold out again from the rules, at a new version queued upstream."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from inspector.domain.operators import Role
from inspector.usecases import review
from inspector.usecases.outcome_override import OverrideOutcome, override_outcome
from inspector.usecases.site_decisions import note_refusals
from tests.conftest import NOW
from tests.integration.outcome_helpers import Bench, a_return, line

CONFLICT = "conflict: another supervisor decided first"


@pytest.fixture
def bench(database, policy):
    made = Bench(database, policy)
    made.operator("OP-1001")
    made.operator("OP-2001", Role.SUPERVISOR)
    return made


def _decision(bench: Bench, iid: str, hours: int) -> dict:
    return dict(inspection_id=iid, supervisor_id=bench.ops["OP-2001"], station="SUP",
                at=NOW + dt.timedelta(hours=hours))


def _refuse(bench: Bench, audit_id: str) -> None:
    with bench.database.engine.begin() as conn:
        assert note_refusals(conn, {audit_id: CONFLICT}, NOW + dt.timedelta(hours=5), bench.policy) == 1


def _item(bench: Bench, rma: str, **extra) -> str:
    bench.expect(a_return(rma, line(1, "TEE-S", **extra)))
    pid = bench.parcel(rma, bench.ops["OP-1001"])
    iid = bench.inspect(pid, bench.ops["OP-1001"], "TEE-S", grade="B", findings=("scratches",))
    bench.done(pid)
    return iid


def _outcome(bench: Bench, iid: str) -> tuple:
    row = bench.row(iid)
    return row.outcome, row.outcome_amount, row.outcome_basis


def test_a_refused_grade_puts_the_exchange_back(bench):
    iid = _item(bench, "RMA-700001", requested_outcome="exchange", exchange_sku="TEE-M")
    exchange = ("exchange", Decimal("0.00"), "exchange for TEE-M (goods value 149.99 EUR)")
    assert _outcome(bench, iid) == exchange
    audit_id = review.override_grade(review.OverrideGrade(**_decision(bench, iid, 1), grade="C", reason="Worn"),
                                     bench.uow())
    assert _outcome(bench, iid) == ("refund", Decimal("134.99"), "exchange needs grade B, got C: refunded")
    version = bench.row(iid).version
    _refuse(bench, audit_id)
    row = bench.row(iid)
    assert row.grade == "B" and _outcome(bench, iid) == exchange
    assert row.version == version + 1 and bench.outbox("item_inspection", iid)[-1] == (iid, version + 1)
    assert review.audit_trail(iid, bench.uow())[-1].refused_reason == CONFLICT


def test_a_refused_deduction_gives_the_store_credit_its_amount_back(bench):
    iid = _item(bench, "RMA-700002", requested_outcome="store_credit")
    # 149.99 less 15.00 scratches = 134.99, +10% (13.50) under the shipped policy.
    credit = ("store_credit", Decimal("148.49"), "store credit: after deductions, +10%")
    assert _outcome(bench, iid) == credit
    audit_id = review.override_deduction_of(review.OverrideDeduction(
        **_decision(bench, iid, 1), finding="scratches", amount="0", reason="No scratch"), bench.uow())
    assert _outcome(bench, iid)[:2] == ("store_credit", Decimal("164.99"))
    _refuse(bench, audit_id)
    row = bench.row(iid)
    with bench.database.engine.connect() as conn:
        deduction = conn.exec_driver_sql("SELECT deduction FROM damage_findings WHERE inspection_id = ?",
                                         (iid,)).scalar_one()
    assert (row.refund, row.deduction_total, deduction) == (Decimal("134.99"), Decimal("15.00"), "15.00")
    assert _outcome(bench, iid) == credit


def test_a_refused_outcome_is_decided_again_from_the_rules_even_on_a_row_from_before_outcomes(bench):
    iid = _item(bench, "RMA-700003")
    refund = ("refund", Decimal("134.99"), "refund: 149.99 EUR less 15.00 EUR deductions")
    assert _outcome(bench, iid) == refund
    # A row written before migration 0008: no outcome stored, so the decision's `before` has none either.
    with bench.database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE item_inspections SET outcome = NULL, outcome_amount = NULL, "
                             "outcome_basis = NULL WHERE id = ?", (iid,))
    audit_id = override_outcome(OverrideOutcome(**_decision(bench, iid, 1), outcome="none", reason="Fraud"),
                                bench.uow())
    assert review.audit_trail(iid, bench.uow())[-1].before["outcome"] is None
    assert _outcome(bench, iid)[:2] == ("none", Decimal("0.00"))
    version = bench.row(iid).version
    _refuse(bench, audit_id)
    assert _outcome(bench, iid) == refund
    assert bench.row(iid).version == version + 1
    # A second refusal of the same decision (a retry refused again) changes nothing more.
    with bench.database.engine.begin() as conn:
        assert note_refusals(conn, {audit_id: CONFLICT}, NOW + dt.timedelta(hours=6), bench.policy) == 0
    assert bench.row(iid).version == version + 1


def test_a_refused_outcome_falls_back_to_the_supervisors_earlier_one(bench):
    iid = _item(bench, "RMA-700004")
    override_outcome(OverrideOutcome(**_decision(bench, iid, 1), outcome="store_credit", reason="Loyal"),
                     bench.uow())
    refused = override_outcome(OverrideOutcome(**_decision(bench, iid, 2), outcome="none", reason="Fraud"),
                               bench.uow())
    _refuse(bench, refused)
    assert _outcome(bench, iid) == ("store_credit", Decimal("148.49"),
                                    "chosen by a supervisor: store credit: after deductions, +10%")
