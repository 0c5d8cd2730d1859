"""Shared fixtures: real SQLite files in tmp dirs, the shipped policy, a bench with two known returns."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from inspector.domain.operators import Role
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.paths import Paths, resource
from inspector.domain.policy import load_policy
from inspector.storage.database import Database
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork

NOW = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.timezone.utc)


class Clock:
    """Seven seconds per tick from the fixtures' fixed NOW, so return windows do not drift with the calendar."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=7)
        return self.now

# Valid check digits throughout: UPS 1Z999AA10123456784, EAN-13 4006381333931, 5901234123457, 9501101530003.
UPS = "1Z999AA10123456784"
PHONE_GTIN = "04006381333931"
MUG_GTIN = "05901234123457"
OTHER_GTIN = "09501101530003"


def sample_returns() -> list[Return]:
    return [
        Return("", "RMA-10000001", "ORD-5001", "Does not fit", NOW.date() - dt.timedelta(days=5), ReturnStatus.OPEN,
               (UPS,), (
                   ReturnLine("", 1, "PHONE-X1", PHONE_GTIN, "Telefon mobil X1 (negru)", 1, Decimal("299.90"),
                              "EUR", "electronics", ("SN-AAA1",)),
                   ReturnLine("", 2, "MUG-NAME", MUG_GTIN, "Cană personalizată", 2, Decimal("12.50"), "EUR",
                              "personalised"),
               )),
        Return("", "RMA-10000002", "ORD-5002", "Arrived late", NOW.date() - dt.timedelta(days=40),
               ReturnStatus.OPEN, (), (
                   ReturnLine("", 1, "LAMP-2", OTHER_GTIN, "Đèn bàn", 1, Decimal("1999"), "JPY", "home"),
               )),
    ]


def pin_site_zone(paths: Paths, zone: str) -> None:
    """Gives the data dir a site policy whose day runs in `zone`, for tests written against one zone's clock."""
    import json
    data = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    data["time_zone"] = zone
    paths.policy_override.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def paths(tmp_path) -> Paths:
    return Paths(tmp_path / "data").ensure()


@pytest.fixture
def policy():
    return load_policy(resource("policy.json"))


@pytest.fixture
def database(paths) -> Database:
    db = Database.open_sqlite(paths.database)
    yield db
    db.dispose()


@pytest.fixture
def seeded_database(database, policy) -> Database:
    create_operator(CreateOperator("OP-1001", "Ana Popescu", Role.INSPECTOR, "1234", NOW), UnitOfWork(database, policy))
    create_operator(CreateOperator("OP-2001", "Nguyễn Thị Lan", Role.SUPERVISOR, "4321", NOW),
                    UnitOfWork(database, policy))
    upsert_returns(UpsertReturns(sample_returns(), "test", NOW), UnitOfWork(database, policy))
    return database
