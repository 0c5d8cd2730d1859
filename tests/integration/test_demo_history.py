"""`inspector demo --parcels N`: generated history is consistent with the rules and visible to the bench's queries."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from inspector.bench import views
from inspector.bench.session import BenchSession
from inspector.bench.state import Phase
from inspector.cli.main import main
from inspector.demo import load_demo_data
from inspector.demo.history import HistoryOptions, generate_history
from inspector.domain.assessment import assess_unit, unit_flags
from inspector.domain.flags import NOT_REFUNDABLE, Flag
from inspector.domain.matching import Match, MatchKind
from inspector.domain.money import round_money
from inspector.scans import Expect, ScanKind, interpret
from inspector.storage.database import Database
from inspector.storage.orm import FindingRow, InspectionRow, OutboxRow, ParcelRow, ReturnLineRow, ReturnRow
from inspector.storage.snapshots import return_line, return_of
from inspector.usecases.parcels import find_return
from inspector.usecases.unit_of_work import UnitOfWork

PARCELS = 500
NOW = dt.datetime(2026, 11, 20, 18, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    from inspector.domain.policy import load_policy
    from inspector.paths import Paths, resource
    paths = Paths(tmp_path_factory.mktemp("history") / "data")
    policy = load_policy(resource("policy.json"))
    load_demo_data(paths, NOW)
    db = Database.open_sqlite(paths.database)
    counts = generate_history(db, policy, HistoryOptions(parcels=PARCELS, days=20, seed=3, batch_parcels=120), NOW)
    yield paths, db, policy, counts
    db.dispose()


def generated_inspections(db):
    with db.session() as s:
        rows = s.scalars(select(InspectionRow)).all()
        for row in rows:
            _ = row.findings, row.parcel  # loaded before the session closes
        return rows


def test_counts_add_up(history):
    _, db, _, counts = history
    with db.session() as s:
        parcels = s.scalar(select(func.count()).select_from(ParcelRow))
        items = s.scalar(select(func.count()).select_from(InspectionRow))
        per_parcel = Counter(n for (n,) in s.execute(select(func.count()).select_from(InspectionRow)
                                                     .group_by(InspectionRow.parcel_id)))
        outbox = Counter(t for (t,) in s.execute(select(OutboxRow.record_type)))
        statuses = set(s.scalars(select(InspectionRow.status))) | set(s.scalars(select(ParcelRow.status)))
        findings = s.scalar(select(func.count()).select_from(FindingRow))
        generated_returns = s.scalar(select(func.count()).select_from(ReturnRow).where(ReturnRow.source == "demo"))
    assert parcels == counts.parcels == PARCELS
    assert items == counts.items and PARCELS <= items <= 4 * PARCELS
    assert set(per_parcel) <= {1, 2, 3, 4} and sum(per_parcel.values()) == PARCELS
    assert outbox == {"parcel_receipt": 2 * PARCELS, "item_inspection": items}
    assert statuses == {"completed"} and findings == counts.findings
    assert generated_returns == counts.returns + 10          # plus the 10 first-start demo returns


def test_every_amount_follows_the_rules(history):
    _, db, policy, _ = history
    with db.session() as s:
        lines = {ln.id: return_line(ln) for ln in s.scalars(select(ReturnLineRow))}
        returns = {r.id: return_of(r) for r in s.scalars(select(ReturnRow))}
    cap = policy.deduction_cap_percent / 100
    for row in generated_inspections(db):
        line = lines.get(row.return_line_id)
        if line is None:
            assert row.refund is None and row.deduction_total is None and row.unit_price is None
            assert all(f.deduction is None for f in row.findings)
            continue
        assert (row.unit_price, row.currency) == (line.unit_price, line.currency)
        assert row.deduction_total <= round_money(row.unit_price * cap, row.currency)
        finding_sum = sum((f.deduction for f in row.findings), Decimal(0))
        assert row.deduction_total == finding_sum or row.deduction_total < finding_sum   # capped
        if set(row.flags) & NOT_REFUNDABLE:
            assert row.refund == 0
        else:
            assert row.refund == row.unit_price - row.deduction_total >= 0
        assert row.refund == round_money(row.refund, row.currency)       # to the currency's minor unit
        # The stored result is what the domain says for the stored inputs.
        rma = returns[row.parcel.return_id] if row.parcel.return_id else None
        match = Match(MatchKind(row.match_kind), line)
        base = unit_flags(policy, match, rma, row.parcel.received_at.date())
        chosen = row.disposition if row.disposition_reason else None
        again = assess_unit(policy, match, base, row.grade, [f.code for f in row.findings], chosen)
        assert sorted(again.flags) == row.flags and again.refund == row.refund
        assert again.proposed_disposition == row.proposed_disposition


def test_dispositions_bins_times_and_overrides(history):
    _, db, policy, _ = history
    for row in generated_inspections(db):
        assert row.bin == policy.disposition(row.disposition).bin
        overridden = Flag.DISPOSITION_OVERRIDDEN in row.flags
        assert overridden == (row.disposition != row.proposed_disposition) == (row.disposition_reason is not None)
        assert row.parcel.received_at < row.started_at < row.completed_at <= NOW
        assert row.parcel.completed_at > row.completed_at
        assert row.version == 2 and row.parcel.version == 2


def test_history_has_the_variety_of_a_real_site(history):
    _, db, policy, counts = history
    rows = generated_inspections(db)
    assert len(counts.carriers) >= 5
    assert {r.currency for r in rows} >= {"EUR", "USD", "GBP", "RON", "JPY"}
    assert {r.grade for r in rows} == set(policy.grade_codes)
    assert len({r.operator_id for r in rows}) >= 3 and len({r.station for r in rows}) >= 3
    flags = Counter(f for r in rows for f in r.flags)
    for flag in (Flag.WRONG_ITEM, Flag.SERIAL_MISMATCH, Flag.UNEXPECTED_PARCEL, Flag.OUTSIDE_WINDOW,
                 Flag.EXTRA_QUANTITY, Flag.NON_RETURNABLE, Flag.DISPOSITION_OVERRIDDEN):
        assert flags[flag] > 0, flag
    findings = Counter(f.code for r in rows for f in r.findings)
    assert len(findings) >= 8
    received_days = {r.parcel.received_at.date() for r in rows}
    assert len(received_days) >= 15


def test_outbox_rows_are_those_the_use_cases_write(history):
    _, db, _, _ = history
    with db.session() as s:
        items = {r.id: r for r in s.scalars(select(InspectionRow))}
        parcels = {p.id: p for p in s.scalars(select(ParcelRow))}
        outbox = s.scalars(select(OutboxRow).order_by(OutboxRow.id)).all()
    for entry in outbox:
        assert entry.status == "sent"
        if entry.record_type == "item_inspection":
            assert entry.version == items[entry.record_id].version == 2
            assert entry.created_at == items[entry.record_id].completed_at
        else:
            parcel = parcels[entry.record_id]
            assert entry.created_at == (parcel.received_at if entry.version == 1 else parcel.completed_at)
    versions = Counter((e.record_id, e.version) for e in outbox if e.record_type == "parcel_receipt")
    assert set(versions.values()) == {1} and len(versions) == 2 * PARCELS


def test_the_bench_finds_generated_parcels_items_and_returns(history):
    paths, db, policy, _ = history
    uow = UnitOfWork(db, policy)
    with db.session() as s:
        parcel = s.scalars(select(ParcelRow).where(ParcelRow.return_id.is_not(None))
                           .order_by(ParcelRow.received_at.desc())).first()
        plate = s.scalar(select(InspectionRow.license_plate).where(InspectionRow.parcel_id == parcel.id))
    scan = interpret(parcel.tracking_number, Expect.PARCEL)
    assert scan.kind is ScanKind.TRACKING and scan.check_digit_valid is not False
    with uow:
        assert find_return(uow, None, scan.value).id == parcel.return_id
    assert interpret(plate).kind is ScanKind.LICENSE_PLATE
    assert views.find_by_license_plate(uow, plate).status == "completed"
    parcel_view, _ = views.load_views(uow, parcel.id, None)
    assert parcel_view.items_done >= 1 and parcel_view.rma_number.startswith("RMA-7")
    # The bench itself, scanning the generated parcel again, finds the return and what was already inspected.
    bench = BenchSession(db, policy, "BENCH-09", clock=lambda: NOW)
    bench.handle_scan("OP-1001")
    assert bench.enter_pin("1234").phase is Phase.AWAITING_PARCEL
    state = bench.handle_scan(parcel.tracking_number)
    assert state.parcel is not None and state.parcel.rma_number == parcel_view.rma_number
    assert [ln.inspected for ln in state.parcel.lines] == [ln.inspected for ln in parcel_view.lines]


def test_same_seed_same_history_and_a_second_run_adds_without_colliding(history, tmp_path):
    from inspector.paths import Paths
    _, _, policy, first = history
    paths = Paths(tmp_path / "data")
    load_demo_data(paths, NOW)
    db = Database.open_sqlite(paths.database)
    try:
        again = generate_history(db, policy, HistoryOptions(parcels=PARCELS, days=20, seed=3, batch_parcels=120),
                                 NOW)
        assert (again.items, again.findings, again.flags) == (first.items, first.findings, first.flags)
        more = generate_history(db, policy, HistoryOptions(parcels=50, days=20, seed=3), NOW)
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(ParcelRow)) == PARCELS + more.parcels
    finally:
        db.dispose()


def test_demo_command(tmp_path, capsys):
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "demo", "--parcels", "30", "--days", "5", "--seed", "9"]) == 0
    captured = capsys.readouterr()
    assert "Added 30 parcels" in captured.out and "demo: 30 parcels" in captured.err
    with pytest.raises(SystemExit):
        main(["--data-dir", str(data_dir), "demo", "--parcels", "0"])
