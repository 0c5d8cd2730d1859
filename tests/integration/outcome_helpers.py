"""A bench on a real SQLite file for the outcome and fraud tests: returns made to measure, items inspected through
the use cases with an injected time, and the stored rows read back."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from inspector.domain.operators import Role
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.storage.orm import InspectionRow, OperatorRow, OutboxRow, ParcelRow
from inspector.usecases import inspections, parcels
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW
from tests.photos import attach_if_needed


def line(n: int, sku: str, price: str = "149.99", quantity: int = 1, currency: str = "EUR", category: str = "",
         **extra) -> ReturnLine:
    return ReturnLine("", n, sku, None, f"Item {sku}", quantity, Decimal(price), currency, category, **extra)


def a_return(rma: str, *lines: ReturnLine, reason: str = "Does not fit", **extra) -> Return:
    return Return("", rma, f"ORD-{rma}", reason, NOW.date() - dt.timedelta(days=3), ReturnStatus.OPEN, (),
                  tuple(lines), **extra)


def with_policy(policy, outcomes=None, fraud=None):
    return dataclasses.replace(policy, outcomes=outcomes or policy.outcomes, fraud=fraud or policy.fraud)


class Bench:
    def __init__(self, database, policy) -> None:
        self.database, self.policy = database, policy
        self.at = NOW
        self.ops: dict[str, str] = {}

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.database, self.policy)

    def tick(self) -> dt.datetime:
        self.at += dt.timedelta(seconds=7)
        return self.at

    def operator(self, badge: str, role: Role = Role.INSPECTOR) -> str:
        create_operator(CreateOperator(badge, f"Person {badge}", role, "1234", NOW), self.uow())
        with self.database.session() as s:
            self.ops[badge] = s.scalar(select(OperatorRow.id).where(OperatorRow.badge == badge))
        return self.ops[badge]

    def expect(self, *returns: Return) -> None:
        upsert_returns(UpsertReturns(list(returns), "test", NOW), self.uow())

    def parcel(self, rma: str, operator: str) -> str:
        return parcels.receive_parcel(parcels.ReceiveParcel("B1", operator, rma, self.tick(), rma_number=rma),
                                      self.uow())

    def start(self, parcel_id: str, operator: str, sku: str, serial: str | None = None) -> str:
        n = len(self.rows()) + 1
        return inspections.start_inspection(inspections.StartInspection(
            parcel_id, operator, "B1", sku, f"LP{n:06d}", self.tick(), sku=sku, serial=serial), self.uow())

    def inspect(self, parcel_id: str, operator: str, sku: str, grade: str = "B", findings=(), serial=None,
                complete: bool = True) -> str:
        iid = self.start(parcel_id, operator, sku, serial)
        inspections.grade_inspection(inspections.GradeInspection(iid, grade), self.uow())
        for code in findings:
            inspections.toggle_finding(inspections.ToggleFinding(iid, code), self.uow())
        if complete:
            self.complete(iid, operator)
        return iid

    def complete(self, iid: str, operator: str = "op-test") -> None:
        """Completes the item, with a photo first when the policy asks one of it (grade D or E, a deduction...)."""
        attach_if_needed(self.database, self.policy, iid, at=self.at, operator_id=operator, station="B1")
        inspections.complete_inspection(inspections.InspectionCommand(iid, self.tick()), self.uow())

    def done(self, parcel_id: str) -> None:
        parcels.complete_parcel(parcels.ParcelCommand(parcel_id, self.tick()), self.uow())

    def row(self, inspection_id: str) -> InspectionRow:
        with self.database.session() as s:
            row = s.get(InspectionRow, inspection_id)
            s.expunge(row)
            return row

    def parcel_row(self, parcel_id: str) -> ParcelRow:
        with self.database.session() as s:
            row = s.get(ParcelRow, parcel_id)
            s.expunge(row)
            return row

    def rows(self) -> list[InspectionRow]:
        with self.database.session() as s:
            return list(s.scalars(select(InspectionRow)))

    def outbox(self, record_type: str, record_id: str | None = None) -> list[tuple[str, int]]:
        with self.database.engine.connect() as conn:
            query = select(OutboxRow.record_id, OutboxRow.version).where(OutboxRow.record_type == record_type)
            if record_id is not None:
                query = query.where(OutboxRow.record_id == record_id)
            return [tuple(r) for r in conn.execute(query.order_by(OutboxRow.id))]
