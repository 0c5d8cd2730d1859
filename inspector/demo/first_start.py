"""Demo data for the app's first start on an empty database: the operators and open returns the demo sheet shows."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from inspector.demo.demo_dataset import demo_operators, demo_returns
from inspector.paths import Paths
from inspector.settings import site_policy
from inspector.storage.database import Database
from inspector.storage.orm import OperatorRow, ReturnRow
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork

DEMO_SOURCE = "demo"


def database_is_empty(paths: Paths) -> bool:
    """No operators and no returns yet: the moment to offer demo data."""
    database = Database.open_sqlite(paths.database)
    try:
        with database.transaction() as session:   # environment errors come out as EnvironmentProblem
            operators = session.scalar(select(func.count()).select_from(OperatorRow)) or 0
            returns = session.scalar(select(func.count()).select_from(ReturnRow)) or 0
        return operators == 0 and returns == 0
    finally:
        database.dispose()


def load_demo_data(paths: Paths, now: dt.datetime | None = None) -> None:
    """Adds the demo operators and returns that are not there yet. Running it again changes nothing."""
    now = now or dt.datetime.now(dt.timezone.utc)
    database = Database.open_sqlite(paths.database)
    try:
        uow = UnitOfWork(database, site_policy(paths))
        with database.transaction() as session:
            badges = set(session.scalars(select(OperatorRow.badge)))
            rma_numbers = set(session.scalars(select(ReturnRow.rma_number)))
        for operator in demo_operators():
            if operator.badge not in badges:
                create_operator(CreateOperator(operator.badge, operator.name, operator.role, operator.pin, now), uow)
        # Only missing returns: a demo return already being inspected keeps its state and its dates.
        missing = [r for r in demo_returns(now.date()) if r.rma_number not in rma_numbers]
        if missing:
            upsert_returns(UpsertReturns(missing, DEMO_SOURCE, now), uow)
    finally:
        database.dispose()
