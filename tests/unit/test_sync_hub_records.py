"""The hub's per-record judgement: applied, duplicate, rejected (with a reason); stations kept apart."""
from __future__ import annotations

import importlib
import json

import pytest
from sqlalchemy import select

from inspector.hub import decisions, ingest
from inspector.hub.record_types import problem_with
from inspector.hub.schema import records
from inspector.hub.storage import ensure_schema, make_hub_engine


def parcel(record_id: str, version: int = 1, station: str = "B1", **changes):
    data = {"id": record_id, "version": version, "rma_number": None, "tracking_number": None, "carrier": None,
            "station": station, "operator_id": "op", "received_at": "2026-11-20T09:30:00+00:00",
            "packaging_condition": "intact", "status": "open", "flags": [], "completed_at": None}
    data.update(changes)
    return ingest.Incoming("parcel_receipt", record_id, version, data)


def inspection(record_id: str, version: int = 1, station: str = "B1", **changes):
    data = {"id": record_id, "version": version, "station": station, "license_plate": "LP00000001",
            "parcel_id": "p-1", "return_line_id": None, "gtin": "05901234123457", "sku": "MUG", "serial": None,
            "lot": None, "expiry": "2027-01-31", "description": "Mug", "match_kind": "expected", "flags": [],
            "grade": "B", "unit_price": "19.99", "currency": "EUR", "deduction_total": "2.00", "refund": "17.99",
            "findings": [{"code": "scratches", "deduction": "2.00", "basis": "10%"}],
            "proposed_disposition": "open_box", "disposition": "open_box", "disposition_reason": None,
            "bin": "OB-1", "note": "", "status": "completed", "operator_id": "op",
            "started_at": "2026-11-20T09:30:00+00:00", "completed_at": "2026-11-20T09:31:00.250000+00:00"}
    data.update(changes)
    return ingest.Incoming("item_inspection", record_id, version, data)


@pytest.fixture
def engine(tmp_path):
    engine = make_hub_engine(f"sqlite:///{tmp_path}/hub.sqlite3")
    ensure_schema(engine)
    yield engine
    engine.dispose()


def outcomes(results):
    return [(r.id, r.version, r.outcome) for r in results]


def test_new_newer_same_and_older_versions(engine):
    assert outcomes(ingest.apply_batch(engine, "B1", [parcel("p1"), parcel("p2")])) == [
        ("p1", 1, "applied"), ("p2", 1, "applied")]
    results = ingest.apply_batch(engine, "B1", [parcel("p1", 2, status="completed"), parcel("p2", 1)])
    assert outcomes(results) == [("p1", 2, "applied"), ("p2", 1, "duplicate")]
    older = ingest.apply_batch(engine, "B1", [parcel("p1", 1)])
    assert outcomes(older) == [("p1", 1, "duplicate")] and older[0].reason == "hub has version 2"


def test_one_bad_record_does_not_stop_the_batch(engine):
    results = ingest.apply_batch(engine, "B1", [
        parcel("p1"), parcel("p2", status="lost"), ingest.Incoming("void", "v1", 1, {}), parcel("p3")])
    assert [r.outcome for r in results] == ["applied", "rejected", "rejected", "applied"]
    assert "status" in results[1].reason
    assert "unknown record type 'void'" in results[2].reason


def test_a_station_cannot_write_as_another(engine):
    ingest.apply_batch(engine, "B1", [parcel("p1")])
    # Another station's record refuses the whole batch (the push answers 403): a correct bench never sends one.
    with pytest.raises(decisions.ForeignRecords, match="station B1's; a station pushes only its own"):
        ingest.apply_batch(engine, "B2", [parcel("p8", station="B2"), parcel("p9", station="B1")])
    with engine.connect() as conn:
        assert conn.scalar(select(records.c.record_id).where(records.c.record_id == "p8")) is None
    overwrite = ingest.apply_batch(engine, "B2", [parcel("p1", 5, station="B2")])
    assert overwrite[0].outcome == "rejected" and "another station" in overwrite[0].reason


def test_two_copies_in_one_batch_keep_the_newest(engine):
    results = ingest.apply_batch(engine, "B1", [parcel("p1", 3), parcel("p1", 2), parcel("p1", 4)])
    assert outcomes(results) == [("p1", 3, "duplicate"), ("p1", 2, "duplicate"), ("p1", 4, "applied")]


def test_money_must_be_exact_text():
    data = {"id": "i1", "version": 1, "station": "B1", "unit_price": 12.5}
    assert problem_with("item_inspection", "i1", 1, "B1", data) is not None
    assert problem_with("parcel_receipt", "x", 1, "B1", parcel("p1").data) == \
        "the record's id or version differs from the envelope's"


def test_a_newer_benchs_extra_fields_are_accepted_and_stored_as_sent(engine):
    newer = parcel("p1", weight_kg="1.20", dimensions={"l": 30, "w": 20})
    assert outcomes(ingest.apply_batch(engine, "B1", [newer])) == [("p1", 1, "applied")]
    with engine.connect() as conn:
        stored = json.loads(conn.scalar(select(records.c.data).where(records.c.record_id == "p1")))
    assert stored == newer.data


def _refund_problem(amount):
    record = inspection("i1", refund=amount)
    return problem_with(record.type, record.id, record.version, "B1", record.data)


def test_the_hubs_money_limit_is_the_one_in_the_domain(monkeypatch):
    from inspector.domain import money
    from inspector.hub import record_types
    whole, fraction = money.MAX_WHOLE_DIGITS, money.MAX_FRACTION_DIGITS
    assert _refund_problem("9" * whole + "." + "9" * fraction) is None
    assert _refund_problem("-" + "9" * whole) is None
    assert _refund_problem("9" * (whole + 1)).startswith("refund")
    assert _refund_problem("9." + "9" * (fraction + 1)).startswith("refund")
    # The pattern is built from the two numbers, not written beside them: change them and the hub follows.
    monkeypatch.setattr(money, "MAX_WHOLE_DIGITS", 4)
    monkeypatch.setattr(money, "MAX_FRACTION_DIGITS", 2)
    try:
        importlib.reload(record_types)
        assert _refund_problem("9999.99") is None
        assert _refund_problem("99999.99").startswith("refund")
        assert _refund_problem("9.999").startswith("refund")
    finally:
        monkeypatch.undo()
        importlib.reload(record_types)
    assert _refund_problem("9" * whole) is None


@pytest.mark.parametrize("changes, where", [
    ({"version": "1"}, "version"), ({"version": True}, "version"), ({"refund": 17.99}, "refund"),
    ({"started_at": 1_700_000_000}, "started_at"), ({"started_at": "2026-11-20"}, "started_at"),
    ({"started_at": "2026-11-20T09:30:00"}, "started_at"), ({"expiry": "2027-01-31T00:00:00Z"}, "expiry"),
    ({"findings": [{"code": "x", "deduction": None, "basis": 5}]}, "findings.0.basis"),
])
def test_types_are_strict_and_the_reason_names_the_field(changes, where):
    record = inspection("i1", **changes)
    assert problem_with(record.type, record.id, 1, "B1", record.data).startswith(where)


def test_digits_are_ascii_digits():
    for changes in ({"refund": "١٢.٣٤"}, {"unit_price": "１２.34"}, {"gtin": "٥٩٠١٢٣٤١٢٣٤٥٧"},
                    {"started_at": "٢٠٢٦-11-20T09:30:00+00:00"}, {"expiry": "2027-01-٣١"}):
        record = inspection("i1", **changes)
        assert problem_with(record.type, record.id, 1, "B1", record.data).startswith(next(iter(changes)))
