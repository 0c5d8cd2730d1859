"""An inspected return line never becomes another item when its return is imported again with its lines in
another order: sources without line numbers (Amazon's report) number a return's items themselves, so one more item
can shift every number. Real SQLite file, the real use cases."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

from sqlalchemy import select

from inspector.domain.operators import Role
from inspector.domain.policy import load_policy
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.paths import resource
from inspector.storage.database import Database
from inspector.storage.orm import InspectionRow, ReturnLineRow, ReturnRow
from inspector.usecases import inspections, parcels
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW

RMA = "DZMb5xQ4RRMA"


def line(n: int, sku: str, price: str) -> ReturnLine:
    return ReturnLine("", n, sku, None, f"Item {sku}", 1, Decimal(price), "USD", "")


def a_return(*lines: ReturnLine) -> Return:
    return Return("", RMA, "114-3941689-8772232", "No longer needed", None, ReturnStatus.OPEN, (), lines)


def lines_of(db: Database) -> list[tuple[int, str, str]]:
    with db.session() as s:
        return [(n, sku, str(price)) for n, sku, price in s.execute(
            select(ReturnLineRow.line_no, ReturnLineRow.sku, ReturnLineRow.unit_price).join(ReturnRow)
            .where(ReturnRow.rma_number == RMA).order_by(ReturnLineRow.line_no))]


def test_an_inspected_line_keeps_its_item_and_price_when_the_numbers_shift(tmp_path):
    db = Database.open_sqlite(tmp_path / "bench.sqlite3")
    policy = load_policy(resource("policy.json"))
    uow = lambda: UnitOfWork(db, policy)  # noqa: E731
    try:
        upsert_returns(UpsertReturns([a_return(line(1, "KB-WL", "89.99"), line(2, "MS-OPT", "29.99"))],
                                     "amazon", NOW), uow())
        operator = create_operator(CreateOperator("OP-1001", "Ana Popescu", Role.INSPECTOR, "1234", NOW), uow())
        parcel = parcels.receive_parcel(parcels.ReceiveParcel("B1", operator, RMA, NOW, rma_number=RMA), uow())
        inspections.start_inspection(inspections.StartInspection(parcel, operator, "B1", "KB-WL", "LP0000000001",
                                                                 NOW, sku="KB-WL"), uow())
        # The next report lists one more item, which sorts first: every number moves up by one.
        upsert_returns(UpsertReturns([a_return(line(1, "CBL-USBC", "9.99"), line(2, "KB-WL", "89.99"),
                                               line(3, "MS-OPT", "29.99"))], "amazon", NOW), uow())
        assert lines_of(db) == [(1, "CBL-USBC", "9.99"), (2, "KB-WL", "89.99"), (3, "MS-OPT", "29.99"),
                                (4, "KB-WL", "89.99")]
        with db.session() as s:
            inspected = s.scalar(select(ReturnLineRow.line_no).join(
                InspectionRow, InspectionRow.return_line_id == ReturnLineRow.id))
        assert inspected == 4        # the inspection still points at the keyboard it was, at its price

        # The same report again changes nothing more.
        upsert_returns(UpsertReturns([a_return(line(1, "CBL-USBC", "9.99"), line(2, "KB-WL", "89.99"),
                                               line(3, "MS-OPT", "29.99"))], "amazon", NOW), uow())
        assert len(lines_of(db)) == 4
    finally:
        db.dispose()


def test_a_line_nobody_inspected_simply_takes_the_new_item(tmp_path):
    db = Database.open_sqlite(tmp_path / "bench.sqlite3")
    policy = load_policy(resource("policy.json"))
    try:
        first = a_return(line(1, "KB-WL", "89.99"))
        upsert_returns(UpsertReturns([first], "amazon", NOW), UnitOfWork(db, policy))
        upsert_returns(UpsertReturns([dataclasses.replace(first, lines=(line(1, "CBL-USBC", "9.99"),))], "amazon",
                                     NOW), UnitOfWork(db, policy))
        assert lines_of(db) == [(1, "CBL-USBC", "9.99")]
    finally:
        db.dispose()
