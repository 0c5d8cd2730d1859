"""A return split across two benches: each shows what the other already inspected, and a unit beyond the quantity
returned is flagged extra at whichever bench it is scanned. The real hub on loopback (on SQLite, and on PostgreSQL
when one is configured: `.ci/postgres.env` or $INSPECTOR_TEST_PG_URL), two real SQLite benches.
"""
from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest
from sqlalchemy import select

from inspector.bench.state import InspectedElsewhere
from inspector.bench.views import load_item, load_views
from inspector.cli.main import main
from inspector.settings import load_settings
from inspector.storage.orm import LineProgressRow
from inspector.sync.engine import SyncConfig, SyncEngine
from inspector.usecases import inspections, parcels
from tests.conftest import MUG_GTIN, NOW
from tests.integration.faults.hubs import ThreadHub, issue_tokens
from tests.integration.faults.postgres import fresh_database, require_url
from tests.integration.faults.workload import make_bench

RMA = "RMA-40000017"


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request, tmp_path):
    """The hub (as the shared fixture, here on SQLite and on PostgreSQL), with tokens for B1, B2 and B9."""
    if request.param == "sqlite":
        yield from _serving(f"sqlite:///{tmp_path}/hub.sqlite3")
        return
    with fresh_database(require_url()) as url:
        yield from _serving(url)


def _serving(db_url: str):
    tokens = issue_tokens(db_url, "B1", "B2", "B9")
    with ThreadHub(db_url) as running:
        running.tokens = tokens
        yield running


@pytest.fixture
def second(tmp_path, hub):
    """Bench B2 on the same hub as the `bench` fixture's B1."""
    made = make_bench(tmp_path / "benches", "B2", hub.url, hub.tokens["B2"])
    yield made
    made.close()


@pytest.fixture
def split_return(hub, tmp_path):
    """One return at the hub whose first line expects 2 mugs (its second, one lamp, is left alone)."""
    path = tmp_path / "split.json"
    path.write_text(json.dumps({"returns": [{
        "rma_number": RMA, "order_number": "ORD-17", "customer_reason": "Two parcels", "delivered_on": None,
        "status": "open", "tracking_numbers": [],
        "lines": [{"line_no": 1, "sku": "MUG", "gtin": MUG_GTIN, "description": "Mug", "quantity": 2,
                   "unit_price": "9.99", "currency": "EUR", "category": "home"},
                  {"line_no": 2, "sku": "LAMP", "gtin": "09501101530003", "description": "Lamp", "quantity": 1,
                   "unit_price": "19.99", "currency": "EUR", "category": "home"}]}]}))
    assert main(["hub", "import-rmas", str(path), "--db", hub.db_url]) == 0
    return RMA


def sync(bench) -> dict:
    engine = SyncEngine(bench.database, bench.policy, bench.paths, SyncConfig.from_settings(load_settings(bench.paths)))
    try:
        report = engine.run_once()
    finally:
        engine.close()
    assert report["ok"] and report["pending"] == 0, report
    return report


def receive(bench, at: dt.datetime) -> str:
    return parcels.receive_parcel(parcels.ReceiveParcel(bench.station, bench.operator_id, RMA, at, rma_number=RMA),
                                  bench.uow())


def mug(bench, parcel_id: str, at: dt.datetime, complete: bool = True) -> str:
    bench.made += 1
    item_id = inspections.start_inspection(inspections.StartInspection(
        parcel_id, bench.operator_id, bench.station, MUG_GTIN, f"{bench.station}LP{bench.made:06d}", at,
        gtin=MUG_GTIN), bench.uow())
    inspections.grade_inspection(inspections.GradeInspection(item_id, "B"), bench.uow())
    if complete:
        inspections.complete_inspection(inspections.InspectionCommand(item_id, at), bench.uow())
    return item_id


def mug_line(bench, parcel_id: str):
    parcel, _item = load_views(bench.uow(), parcel_id, None)
    assert parcel is not None and parcel.rma_number == RMA
    first, second_line = parcel.lines
    assert (second_line.line_no, second_line.inspected, second_line.elsewhere) == (2, 0, ())
    return first


def match_of(bench, item_id: str) -> tuple[str, tuple[str, ...]]:
    item = load_item(bench.uow(), item_id)
    assert item is not None
    return item.match_kind, item.flags


def test_a_return_split_across_two_benches_adds_up_at_both(hub, bench, second, split_return):
    at = NOW
    for b in (bench, second):
        assert sync(b)["pulled"]["returns_added"] == 1

    # B1 receives the first parcel and inspects one mug of the two.
    at_b1 = receive(bench, at)
    first_unit = mug(bench, at_b1, at)
    assert match_of(bench, first_unit)[0] == "matched"
    sync(bench)
    line = mug_line(bench, at_b1)
    # Its own unit comes from its own rows; the hub's copy of B1's count is not kept at B1.
    assert (line.quantity, line.inspected, line.remaining, line.elsewhere) == (2, 1, 1, ())

    # B2 pulls: the return shows 1 remaining, 1 inspected at B1.
    assert sync(second)["pulled"]["returns_updated"] == 1
    at_b2 = receive(second, at + dt.timedelta(minutes=5))
    line = mug_line(second, at_b2)
    assert (line.quantity, line.inspected, line.remaining) == (2, 1, 1)
    assert line.elsewhere == (InspectedElsewhere("B1", 1),)

    # B2's first mug matches the line; a third mug is one beyond the quantity returned, and is flagged so.
    second_unit = mug(second, at_b2, at + dt.timedelta(minutes=6))
    assert match_of(second, second_unit)[0] == "matched"
    assert mug_line(second, at_b2).remaining == 0
    third_unit = mug(second, at_b2, at + dt.timedelta(minutes=7))
    kind, flags = match_of(second, third_unit)
    assert kind == "extra_quantity" and "extra_quantity" in flags
    sync(second)

    # B1 after a pull: nothing left to come, 1 inspected at B2 (the extra unit counts for no line).
    sync(bench)
    line = mug_line(bench, at_b1)
    assert (line.inspected, line.remaining, line.elsewhere) == (2, 0, (InspectedElsewhere("B2", 1),))
    # A further mug at B1 is extra there too.
    assert match_of(bench, mug(bench, at_b1, at + dt.timedelta(minutes=9)))[0] == "extra_quantity"

    # What the hub serves with the return, to any station.
    answer = httpx.get(f"{hub.url}/v1/returns", params={"since": 0},
                       headers={"Authorization": f"Bearer {hub.tokens['B9']}"})
    served = {d["rma_number"]: d for d in answer.json()["returns"]}
    assert served[RMA]["progress"] == [{"line_no": 1, "station": "B1", "inspected": 1},
                                       {"line_no": 1, "station": "B2", "inspected": 1}]


def test_a_cancelled_inspection_stops_counting_at_the_other_bench(hub, bench, second, split_return):
    at = NOW
    for b in (bench, second):
        sync(b)
    at_b1 = receive(bench, at)
    slipped = mug(bench, at_b1, at)
    sync(bench)
    sync(second)
    at_b2 = receive(second, at + dt.timedelta(minutes=5))
    assert mug_line(second, at_b2).elsewhere == (InspectedElsewhere("B1", 1),)

    # B1 takes the completion back (the parcel is still open) and cancels the unit.
    inspections.reopen_last_completed(inspections.InspectionCommand(slipped, at + dt.timedelta(minutes=1)),
                                      bench.uow())
    inspections.cancel_inspection(inspections.InspectionCommand(slipped, at + dt.timedelta(minutes=2)),
                                  bench.uow())
    sync(bench)
    assert sync(second)["pulled"]["returns_updated"] == 1
    line = mug_line(second, at_b2)
    assert (line.inspected, line.remaining, line.elsewhere) == (0, 2, ())
    with second.database.engine.connect() as conn:
        assert conn.execute(select(LineProgressRow.__table__)).all() == []
    # Both mugs now match at B2: the cancelled unit no longer uses up the line.
    assert [match_of(second, mug(second, at_b2, at + dt.timedelta(minutes=m)))[0] for m in (6, 7)] == [
        "matched", "matched"]
    sync(second)
    sync(bench)
    line = mug_line(bench, at_b1)
    assert (line.inspected, line.remaining, line.elsewhere) == (2, 0, (InspectedElsewhere("B2", 2),))


def test_an_item_in_hand_at_one_bench_is_its_own_until_it_goes_up(hub, bench, second, split_return):
    """Other benches count only what reached the hub: a unit still in hand at B1 is not upstream yet, so B2 does
    not see it; once B1 completes it and syncs, B2 does."""
    at = NOW
    for b in (bench, second):
        sync(b)
    at_b1 = receive(bench, at)
    in_hand = mug(bench, at_b1, at, complete=False)
    sync(bench)
    sync(second)
    at_b2 = receive(second, at + dt.timedelta(minutes=5))
    assert mug_line(second, at_b2).elsewhere == ()
    inspections.complete_inspection(inspections.InspectionCommand(in_hand, at + dt.timedelta(minutes=1)),
                                    bench.uow())
    sync(bench)
    sync(second)
    line = mug_line(second, at_b2)
    assert (line.inspected, line.remaining, line.elsewhere) == (1, 1, (InspectedElsewhere("B1", 1),))
