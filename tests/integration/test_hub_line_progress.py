"""The hub keeps each return's progress per line and station as item inspections arrive, on SQLite and PostgreSQL.

Records go in through the real push path (`ingest.apply_batch`, whose transaction calls `progress.note_applied`) and
come out through the real feed (`feed.returns_since`). The PostgreSQL cases need a server (`.ci/postgres.env` or
$INSPECTOR_TEST_PG_URL): skipped without one, failed on CI.
"""
from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select

from inspector.domain.matching import MatchKind
from inspector.domain.returns import Return, ReturnLine, ReturnStatus
from inspector.hub import feed, ingest, progress
from inspector.hub.schema import counters, line_units
from inspector.hub.storage import ensure_schema, make_hub_engine
from inspector.storage.orm import InspectionRow, ReturnRow
from inspector.storage.snapshots import load_return
from inspector.usecases import parcels
from inspector.usecases.inspections import _inspected_per_line
from tests.conftest import MUG_GTIN, NOW, PHONE_GTIN
from tests.integration.faults.postgres import fresh_database, require_url
from tests.integration.faults.workload import make_bench


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        engine = make_hub_engine(f"sqlite:///{tmp_path}/hub.sqlite3")
        ensure_schema(engine)
        yield engine
        engine.dispose()
        return
    with fresh_database(require_url()) as url:
        engine = make_hub_engine(url)
        ensure_schema(engine)
        yield engine
        engine.dispose()


def a_return(rma: str, *quantities: int) -> Return:
    lines = tuple(ReturnLine("", n, f"SKU-{n}", (MUG_GTIN, PHONE_GTIN)[n % 2], f"Item {n}", quantity,
                             Decimal("12.50"), "EUR", "home") for n, quantity in enumerate(quantities, start=1))
    return Return("", rma, "ORD-1", "Does not fit", NOW.date() - dt.timedelta(days=2), ReturnStatus.OPEN, (), lines)


def unit(record_id: str, rma: str | None, line_no: int | None, version: int = 1, station: str = "B1",
         match_kind: str = "matched", **changes) -> ingest.Incoming:
    """An item inspection as a bench pushes it, naming its return line by RMA number and line number."""
    data = {"id": record_id, "version": version, "station": station, "license_plate": record_id[:16],
            "parcel_id": "p-1", "return_line_id": None, "rma_number": rma, "line_no": line_no, "gtin": MUG_GTIN,
            "sku": "MUG", "serial": None, "lot": None, "expiry": None, "description": "Mug", "match_kind": match_kind,
            "flags": [], "grade": "B", "unit_price": "12.50", "currency": "EUR", "deduction_total": "0.00",
            "refund": "12.50", "findings": [], "proposed_disposition": "restock", "disposition": "restock",
            "disposition_reason": None, "bin": "R-1", "note": "", "status": "completed", "operator_id": "op",
            "started_at": "2026-11-20T09:30:00+00:00", "completed_at": "2026-11-20T09:31:00+00:00"}
    data.update(changes)
    return ingest.Incoming("item_inspection", record_id, version, data)


def push(engine, station: str, *records) -> list[str]:
    return [o.outcome for o in ingest.apply_batch(engine, station, list(records))]


def changed_since(engine, cursor: int) -> tuple[dict[str, list[dict]], int]:
    docs, cursor, more = feed.returns_since(engine, cursor, 1000)
    assert not more
    return {d["rma_number"]: d["progress"] for d in docs}, cursor


def returns_counter(engine) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(counters.c.value).where(counters.c.name == "returns"))


def test_each_return_carries_its_counts_per_line_and_station_by_the_bench_rule(engine):
    feed.store_returns(engine, [a_return("RMA-1", 2, 1), a_return("RMA-2", 1)])
    served, cursor = changed_since(engine, 0)
    assert served == {"RMA-1": [], "RMA-2": []}          # every served return has its progress, empty at first

    assert push(engine, "B1", unit("i1", "RMA-1", 1), unit("i2", "RMA-1", 1, match_kind="extra_quantity"),
                unit("i3", None, None, match_kind="wrong_item")) == ["applied"] * 3
    served, cursor = changed_since(engine, cursor)
    # Only the return whose counts moved is served again; the unit beyond the quantity does not count.
    assert served == {"RMA-1": [{"line_no": 1, "station": "B1", "inspected": 1}]}

    assert push(engine, "B2", unit("i4", "RMA-1", 1, station="B2", match_kind="serial_mismatch"),
                unit("i5", "RMA-1", 2, station="B2")) == ["applied"] * 2
    served, cursor = changed_since(engine, cursor)
    assert served == {"RMA-1": [{"line_no": 1, "station": "B1", "inspected": 1},
                                {"line_no": 1, "station": "B2", "inspected": 1},
                                {"line_no": 2, "station": "B2", "inspected": 1}]}

    # A new version that changes nothing a line counts (a regrade) does not send the return round again.
    assert push(engine, "B1", unit("i1", "RMA-1", 1, version=2, grade="C")) == ["applied"]
    assert changed_since(engine, cursor) == ({}, cursor)

    # Cancelled: it stops counting, and the return goes round again.
    assert push(engine, "B1", unit("i1", "RMA-1", 1, version=3, status="cancelled")) == ["applied"]
    served, cursor = changed_since(engine, cursor)
    assert served == {"RMA-1": [{"line_no": 1, "station": "B2", "inspected": 1},
                                {"line_no": 2, "station": "B2", "inspected": 1}]}
    # A resend after a lost answer changes nothing.
    assert push(engine, "B1", unit("i1", "RMA-1", 1, version=3, status="cancelled")) == ["duplicate"]
    assert changed_since(engine, cursor) == ({}, cursor)

    with engine.connect() as conn:
        kept = {r.inspection_id: (r.rma_number, r.line_no, r.station, bool(r.counted))
                for r in conn.execute(select(line_units))}
    assert kept == {"i1": ("RMA-1", 1, "B1", False), "i2": ("RMA-1", 1, "B1", False),
                    "i4": ("RMA-1", 1, "B2", True), "i5": ("RMA-1", 2, "B2", True)}


def test_a_batch_that_names_no_line_of_a_held_return_leaves_the_returns_alone(engine):
    feed.store_returns(engine, [a_return("RMA-1", 1)])
    _served, cursor = changed_since(engine, 0)
    taken = returns_counter(engine)
    assert push(engine, "B1", unit("i1", None, None, match_kind="no_return"),
                unit("i2", "RMA-9", 1)) == ["applied"] * 2      # RMA-9 came to the bench from a file, not the hub
    assert changed_since(engine, cursor) == ({}, cursor)
    assert returns_counter(engine) == taken                     # no change number taken, no counter locked
    # Once the administrator loads RMA-9 at the hub, it is served with what was already inspected against it.
    feed.store_returns(engine, [a_return("RMA-9", 3)])
    served, _cursor = changed_since(engine, cursor)
    assert served == {"RMA-9": [{"line_no": 1, "station": "B1", "inspected": 1}]}


def test_a_page_of_many_returns_reads_their_progress_at_once(engine):
    feed.store_returns(engine, [a_return(f"RMA-{n:04d}", 1) for n in range(1200)])
    assert push(engine, "B1", *[unit(f"i{n}", f"RMA-{n:04d}", 1) for n in range(0, 1200, 2)]) == ["applied"] * 600
    first, cursor, more = feed.returns_since(engine, 0, 1000)
    rest, _cursor, more_again = feed.returns_since(engine, cursor, 1000)
    assert more and not more_again and len(first) == 1000 and len(rest) == 200
    docs = first + rest
    # The 600 inspected against were renumbered after the others: they come last, each with its count.
    assert [bool(d["progress"]) for d in docs] == [False] * 600 + [True] * 600
    assert all(d["progress"] == [{"line_no": 1, "station": "B1", "inspected": 1}] for d in docs[600:])


def test_concurrent_pushes_and_return_loads_keep_every_count(engine):
    """Stations push units of the same lines while the administrator reloads the returns: nothing deadlocks, no
    count is lost, and every return's newest change is served after the cursor a bench held before."""
    feed.store_returns(engine, [a_return(f"RMA-{n}", 50) for n in range(4)])
    _served, cursor = changed_since(engine, 0)
    stations, rounds = ("B1", "B2", "B3"), 8
    errors: list[BaseException] = []

    def bench(station: str) -> None:
        try:
            for r in range(rounds):
                batch = [unit(f"{station}-{r}-{n}", f"RMA-{n % 4}", 1, station=station) for n in range(8)]
                assert push(engine, station, *batch) == ["applied"] * 8
        except BaseException as exc:  # noqa: BLE001 - reported by the test thread
            errors.append(exc)

    def administrator() -> None:
        try:
            for _ in range(rounds):
                feed.store_returns(engine, [a_return(f"RMA-{n}", 50) for n in range(4)])
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=bench, args=(s,)) for s in stations] + [threading.Thread(target=administrator)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    served, _cursor = changed_since(engine, cursor)
    assert sorted(served) == [f"RMA-{n}" for n in range(4)]
    for rma, entries in served.items():
        assert entries == [{"line_no": 1, "station": s, "inspected": 2 * rounds} for s in stations], rma
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(line_units)) == len(stations) * rounds * 8


@pytest.mark.parametrize("status", ["in_progress", "completed", "cancelled"])
@pytest.mark.parametrize("kind", [k.value for k in MatchKind])
def test_the_hub_counts_a_unit_as_the_bench_does(tmp_path, status, kind):
    """Each status and match kind, stored at a real bench against a line: the bench's own count of the line
    (`_inspected_per_line`, which matching uses) and the hub's rule agree."""
    bench = make_bench(tmp_path, "B1")
    try:
        parcel_id = parcels.receive_parcel(parcels.ReceiveParcel("B1", bench.operator_id, "RMA-10000001", NOW,
                                                                 rma_number="RMA-10000001"), bench.uow())
        with bench.uow() as uow:
            rma = load_return(uow.connection, uow.connection.scalar(
                select(ReturnRow.id).where(ReturnRow.rma_number == "RMA-10000001")))
            line = rma.lines[1]
            uow.connection.execute(insert(InspectionRow.__table__).values(
                id="i1", license_plate="LP1", parcel_id=parcel_id, return_line_id=line.id, scanned_text=MUG_GTIN,
                gtin=MUG_GTIN, sku=line.sku, description="Mug", match_kind=kind, flags=[], note="",
                proposed_disposition="restock", disposition="restock", bin="R-1", status=status,
                operator_id=bench.operator_id, station="B1", started_at=NOW, label_prints=0, version=1))
            at_bench = _inspected_per_line(uow, rma).get(line.id, 0)
        assert at_bench == int(progress.counts_against_line({"status": status, "match_kind": kind}))
    finally:
        bench.close()
