"""One site day at two stations, made through the real use cases, with every time given: the figures the site insight
must find in it are worked out by hand in `EXPECTED` (shared by the integration and the GUI tests).

The site runs in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), so the day is the same whatever zone the computer
running the tests is in. T0 is 10:30 there on 2026-11-20; minutes below are after T0.

Station B1, Ana (inspector):
  P1 received 0: item 2-10 (dock to stock 10), item 10-20 (20); parcel completed 21
  P2 received 25 (return RMA-10000001 by its UPS label): phone with the wrong serial 26-40 (15) -> hold
  P3 received 100: item 101-130 (30)
  P6 received 240: nothing yet                 -> backlog
  P7 received 250: item started 251, not done -> backlog (no completed item)
  an item completed the day before (not in the day's figures), a parcel left open 40 days ago (outside the window)
Station B2:
  Ana: P4 received 200: item 202-210 (10); parcel left open (it has a completed item: not backlog)
  Bogdan: P5 received 0 (RMA-10000002, outside its window): item 5-65 (65) -> hold; item 66-90 (90), extra unit,
          approved by the supervisor -> not a hold
  Bogdan: P8 received 150: nothing yet -> backlog
The clock reads T0 + 300.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select

from inspector.domain.operators import Role
from inspector.domain.policy import Policy
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.storage.database import Database
from inspector.storage.orm import OperatorRow
from inspector.usecases import inspections, parcels, review
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, OTHER_GTIN, PHONE_GTIN, UPS

ZONE = "Asia/Ho_Chi_Minh"
DAY = dt.date(2026, 11, 20)
T0 = dt.datetime(2026, 11, 20, 3, 30, tzinfo=dt.timezone.utc)      # 10:30 at the site
CLOCK = T0 + dt.timedelta(minutes=300)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


@dataclass(frozen=True)
class Day:
    database: Database
    policy: Policy
    supervisor: str
    ana: str
    bogdan: str
    holds: dict[str, str]            # name -> inspection id


EXPECTED = {
    # dock to stock, minutes: (count, median, p90 by nearest rank)
    "by_station": {"B1": (4, 17.5, 30.0), "B2": (3, 65.0, 90.0)},       # B1 10,15,20,30; B2 10,65,90
    "by_inspector": {"Ana Pop": (5, 15.0, 30.0), "Bogdan Ene": (2, 77.5, 90.0)},
    # open holds, oldest first: (station, plate, age in minutes at the clock)
    "holds": [("B1", "LP000003", 260.0), ("B2", "LP000006", 235.0)],
    # backlog: station, parcels, oldest one's age (station with the oldest first)
    "backlog": [("B2", 1, 150.0), ("B1", 2, 60.0)],
    # items per hour: Ana's active stretches 0-40, 100-130, 200-210, 240-250 (90 min, 5 items);
    # Bogdan's 0-90 (90 min, 2 items; his receipt at 150 stands alone and adds nothing)
    "rates": {"Ana Pop": (5, 1.5, 5 / 1.5, ("B1", "B2")), "Bogdan Ene": (2, 1.5, 2 / 1.5, ("B2",))},
}


def site_policy(policy: Policy) -> Policy:
    return replace(policy, time_zone=ZONE)


def make_team(database: Database, policy: Policy) -> dict[str, str]:
    """The operators and returns of the day (badge -> operator id). A bench made from a copy of this database holds
    the same operator ids, as benches that pulled the site's team do."""
    def uow() -> UnitOfWork:
        return UnitOfWork(database, policy)

    for badge, name, role, pin in (("OP-1001", "Ana Pop", Role.INSPECTOR, "1234"),
                                   ("OP-1002", "Bogdan Ene", Role.INSPECTOR, "5678"),
                                   ("OP-2001", "Nguyễn Thị Lan", Role.SUPERVISOR, "4321")):
        with database.session() as s:
            if s.scalar(select(OperatorRow.id).where(OperatorRow.badge == badge)) is None:
                create_operator(CreateOperator(badge, name, role, pin, NOW), uow())
    upsert_returns(UpsertReturns([
        Return("", "RMA-10000001", "ORD-5001", "Does not fit", DAY - dt.timedelta(days=5), ReturnStatus.OPEN, (UPS,),
               (ReturnLine("", 1, "PHONE-X1", PHONE_GTIN, "Telefon mobil X1 (negru)", 1, Decimal("299.90"), "EUR",
                           "electronics", ("SN-AAA1",)),)),
        Return("", "RMA-10000002", "ORD-5002", "Arrived late", DAY - dt.timedelta(days=40), ReturnStatus.OPEN, (),
               (ReturnLine("", 1, "LAMP-2", OTHER_GTIN, "Đèn bàn", 1, Decimal("1999"), "JPY", "home"),)),
        Return("", "RMA-20000001", "ORD-6001", "Changed my mind", DAY - dt.timedelta(days=3), ReturnStatus.OPEN, (),
               (ReturnLine("", 1, "LAMP-2", OTHER_GTIN, "Đèn bàn", 20, Decimal("20.00"), "EUR", "home"),)),
    ], "test", NOW), uow())
    with database.session() as s:
        return dict(s.execute(select(OperatorRow.badge, OperatorRow.id)).all())


def make_day(database: Database, policy: Policy, b2_database: Database | None = None) -> Day:
    """Writes the day into `database` (any schema-ready bench database; the policy must be `site_policy(...)`), or
    station B2's work into `b2_database` when given (a bench made from a copy of `database` after `make_team`)."""
    ids = make_team(database, policy)
    ana, bogdan, supervisor = ids["OP-1001"], ids["OP-1002"], ids["OP-2001"]
    plates = iter(range(1, 100))

    def uow(station: str) -> UnitOfWork:
        return UnitOfWork(b2_database if b2_database is not None and station == "B2" else database, policy)

    def receive(station: str, who: str, when: dt.datetime, rma: str | None = "RMA-20000001",
                tracking: str | None = None) -> str:
        return parcels.receive_parcel(parcels.ReceiveParcel(station, who, tracking or rma or "?", when,
                                                            tracking_number=tracking, rma_number=rma), uow(station))

    def item(parcel: str, station: str, who: str, start: dt.datetime, done: dt.datetime | None,
             gtin: str = OTHER_GTIN, serial: str | None = None) -> str:
        iid = inspections.start_inspection(inspections.StartInspection(
            parcel, who, station, gtin, f"LP{next(plates):06d}", start, gtin=gtin, serial=serial), uow(station))
        if done is not None:
            inspections.grade_inspection(inspections.GradeInspection(iid, "B"), uow(station))
            inspections.complete_inspection(inspections.InspectionCommand(iid, done), uow(station))
        return iid

    def close(parcel: str, station: str, when: dt.datetime) -> None:
        parcels.complete_parcel(parcels.ParcelCommand(parcel, when), uow(station))

    p1 = receive("B1", ana, at(0))                                                        # LP000001, LP000002
    item(p1, "B1", ana, at(2), at(10))
    item(p1, "B1", ana, at(10), at(20))
    close(p1, "B1", at(21))
    p2 = receive("B1", ana, at(25), rma=None, tracking=UPS)                               # LP000003
    serial = item(p2, "B1", ana, at(26), at(40), gtin=PHONE_GTIN, serial="SN-OTHER")
    close(p2, "B1", at(41))
    p3 = receive("B1", ana, at(100))                                                      # LP000004
    item(p3, "B1", ana, at(101), at(130))
    close(p3, "B1", at(131))
    p4 = receive("B2", ana, at(200))                                                      # LP000005
    item(p4, "B2", ana, at(202), at(210))
    p5 = receive("B2", bogdan, at(0), rma="RMA-10000002")                                 # LP000006, LP000007
    late = item(p5, "B2", bogdan, at(5), at(65))
    extra = item(p5, "B2", bogdan, at(66), at(90))
    close(p5, "B2", at(91))
    review.approve(review.Approve(extra, supervisor, "B2", at(95)), uow("B2"))
    receive("B2", bogdan, at(150))
    receive("B1", ana, at(240))
    p7 = receive("B1", ana, at(250))
    item(p7, "B1", ana, at(251), None)                                                    # LP000008, in hand
    yesterday = receive("B1", ana, at(-24 * 60))                                          # LP000009
    item(yesterday, "B1", ana, at(-24 * 60 + 1), at(-24 * 60 + 5))
    close(yesterday, "B1", at(-24 * 60 + 6))
    receive("B1", ana, at(-40 * 24 * 60))
    return Day(database, policy, supervisor, ana, bogdan, {"serial": serial, "late": late, "extra": extra})
