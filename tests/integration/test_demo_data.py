"""First-start demo data on a real SQLite file: the operators sign in, the returns show what the sheet promises."""
from __future__ import annotations

import datetime as dt

import pytest
from biip.gtin import Gtin
from sqlalchemy import func, select

from inspector.demo import database_is_empty, load_demo_data
from inspector.demo.demo_dataset import demo_exceptions, demo_returns
from inspector.domain.flags import outside_window
from inspector.domain.returns import ReturnStatus
from inspector.scans import Expect, ScanKind, interpret
from inspector.storage.database import Database
from inspector.storage.orm import OperatorRow, ReturnLineRow, ReturnRow, ReturnTrackingRow
from inspector.storage.snapshots import return_of
from inspector.usecases.operators import SignIn, sign_in
from inspector.usecases.unit_of_work import UnitOfWork

# A fixed clock: a TODAY read once at import and compared with data loaded later went a day wrong whenever the run
# crossed midnight (a run started at 23:59:30 on a month's last day saw 1 November against 31 October).
NOW = dt.datetime(2026, 11, 30, 23, 59, 59, tzinfo=dt.timezone.utc)
TODAY = NOW.date()                               # load_demo_data dates the returns from its clock's UTC day


def counts(paths) -> tuple[int, int, int, int]:
    db = Database.open_sqlite(paths.database)
    try:
        with db.session() as s:
            return tuple(s.scalar(select(func.count()).select_from(t))
                         for t in (OperatorRow, ReturnRow, ReturnLineRow, ReturnTrackingRow))
    finally:
        db.dispose()


def test_load_on_an_empty_database_and_again(paths, policy):
    assert database_is_empty(paths)
    load_demo_data(paths)
    first = counts(paths)
    assert first[0] == 4 and first[1] == 10 and first[2] >= 19 and first[3] == 10
    assert not database_is_empty(paths)
    load_demo_data(paths)                      # idempotent: nothing doubled, nothing changed
    assert counts(paths) == first


def test_demo_operators_sign_in_with_their_pins(paths, policy):
    load_demo_data(paths)
    db = Database.open_sqlite(paths.database)
    try:
        uow = UnitOfWork(db, policy)
        for badge, pin, name, role in [("OP-1001", "1234", "Ana Popescu", "inspector"),
                                       ("OP-1002", "1234", "Arben Hoxha", "inspector"),
                                       ("OP-2001", "4321", "Nguyễn Thị Lan", "supervisor"),
                                       ("OP-9001", "9999", None, "admin")]:
            who = sign_in(SignIn(badge, pin, dt.datetime.now(dt.timezone.utc), "bench-1"), uow)
            assert who.role == role and (name is None or who.name == name)
        with db.session() as s:
            assert all(h.startswith("scrypt$") for h in s.scalars(select(OperatorRow.pin_hash)))
    finally:
        db.dispose()


def test_demo_returns_cover_the_cases_the_sheet_walks(paths, policy):
    load_demo_data(paths, now=NOW)
    db = Database.open_sqlite(paths.database)
    try:
        with db.session() as s:
            returns = [return_of(r) for r in s.scalars(select(ReturnRow))]
    finally:
        db.dispose()
    lines = [ln for r in returns for ln in r.lines]
    assert {ln.currency for ln in lines} >= {"EUR", "USD", "GBP", "RON", "JPY"}
    assert any(ln.category in policy.non_returnable_categories for ln in lines)
    assert any(ln.serials for ln in lines)
    assert sum(r.status is ReturnStatus.CANCELLED for r in returns) == 1
    late = [r for r in returns if outside_window(r.delivered_on, TODAY, policy.return_window_days)]
    assert [r.delivered_on for r in late] == [TODAY - dt.timedelta(days=30)]
    assert sum(len(r.lines) > 1 for r in returns) >= 8
    text = " ".join(ln.description for ln in lines)
    for sample in ("ă", "ë", "chống", "无线"):            # Romanian, Albanian, Vietnamese, Chinese
        assert sample in text


@pytest.mark.parametrize("rma", demo_returns(TODAY), ids=lambda r: r.rma_number)
def test_every_demo_code_reads_back_as_the_bench_reads_it(rma):
    assert interpret(rma.rma_number).kind is ScanKind.RMA
    for number in rma.tracking_numbers:
        scan = interpret(number, Expect.PARCEL)
        assert scan.kind is ScanKind.TRACKING and scan.check_digit_valid is not False and scan.value == number
        assert all(a.kind is not ScanKind.ITEM for a in scan.alternatives), "a parcel label must not read as an item"
    for line in rma.lines:
        if line.gtin:
            Gtin.parse(line.gtin)              # raises on a bad check digit
            assert interpret(line.gtin, Expect.ITEM).gtin == line.gtin.zfill(14)


def test_the_exception_codes_are_on_no_demo_return():
    extra = demo_exceptions()
    returns = demo_returns(TODAY)
    assert all(extra.unexpected_parcel_tracking not in r.tracking_numbers for r in returns)
    assert interpret(extra.unexpected_parcel_tracking, Expect.PARCEL).check_digit_valid
    assert all(ln.gtin != extra.wrong_item_gtin for r in returns for ln in r.lines)
    Gtin.parse(extra.wrong_item_gtin)
    serial_line = next(ln for r in returns for ln in r.lines if ln.gtin == extra.serial_not_shipped_gtin)
    assert serial_line.serials and extra.serial_not_shipped not in serial_line.serials
