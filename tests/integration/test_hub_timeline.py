"""Each return's timeline at a real hub over HTTP: the shop's ERP pushes returns (an integration token), a bench
pushes its parcel and item records and a desk its approval (station tokens), and GET /v1/returns/{rma}/status answers
the steps with their time and station, for RMA numbers holding `/` and `#`. A `format=1` page of returns holds only
the keys benches from before issue 13 know; `format=2` adds the new ones.

SQLite, and PostgreSQL when one is configured (`.ci/postgres.env` or $INSPECTOR_TEST_PG_URL; skipped without one).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from sqlalchemy import func, select

from inspector.hub.schema import return_events
from inspector.hub.stations import add_station
from inspector.hub.storage import make_hub_engine
from tests.integration.faults.hubs import ThreadHub, issue_integration, issue_tokens
from tests.integration.faults.postgres import fresh_database, require_url

DELIVERED = "2026-03-01"     # in the past for every clock tests/shifted_clocks.sh runs at
# The keys a bench from before issue 13 reads in a served return (issue 18's import format, plus "progress"): frozen
# here on purpose, so a key added to format 1 fails this test.
ISSUE_18_RETURN_KEYS = {"rma_number", "order_number", "customer_reason", "delivered_on", "status", "tracking_numbers",
                        "lines", "progress"}
ISSUE_18_LINE_KEYS = {"line_no", "sku", "gtin", "description", "quantity", "unit_price", "currency", "category",
                      "serials"}


# -- what the ERP, a bench and a desk send ----------------------------------------------------------------------------
def inbound(rma: str, customer: str | None = None, orders: int | None = None, **line_extras: Any) -> dict:
    doc: dict[str, Any] = {
        "rma_number": rma, "order_number": "SO-1001", "customer_reason": "Too small",
        "delivered_on": DELIVERED, "status": "open", "tracking_numbers": [],
        "lines": [{"line_no": 1, "sku": "TEE-1", "description": "T-shirt", "quantity": 2, "unit_price": "149.99",
                   "currency": "EUR", **line_extras},
                  {"line_no": 2, "sku": "MUG-1", "description": "Mug", "quantity": 1, "unit_price": "12.50",
                   "currency": "EUR"}]}
    if customer is not None:
        doc["customer_id"] = customer
    if orders is not None:
        doc["customer_orders"] = orders
    return doc


def push_returns(hub, returns: list[dict]) -> dict:
    answer = httpx.post(f"{hub.url}/v1/returns", json={"returns": returns}, timeout=60,
                        headers={"Authorization": f"Bearer {hub.erp}"})
    assert answer.status_code == 200, answer.text
    return answer.json()


def parcel(pid: str, rma: str, status: str = "open", station: str = "B1", minute: int = 0, version: int = 1) -> dict:
    data = {"id": pid, "version": version, "rma_number": rma, "tracking_number": None, "carrier": None,
            "station": station, "operator_id": "op", "received_at": f"2026-11-20T09:{minute:02d}:00+01:00",
            "packaging_condition": "intact", "status": status, "flags": [],
            "completed_at": f"2026-11-20T09:{minute + 5:02d}:00+01:00" if status == "completed" else None}
    return {"type": "parcel_receipt", "id": pid, "version": version, "data": data}


def item(iid: str, pid: str, rma: str, line_no: int, minute: int = 1, held: bool = False, outcome: str | None = None,
         amount: str | None = None, refund: str = "134.99", station: str = "B1", version: int = 1) -> dict:
    data = {"id": iid, "version": version, "station": station, "license_plate": iid[-16:], "parcel_id": pid,
            "return_line_id": None, "rma_number": rma, "line_no": line_no, "gtin": None, "sku": "TEE-1",
            "serial": None, "lot": None, "expiry": None, "description": "T-shirt", "match_kind": "matched",
            "flags": ["held_for_review"] if held else [], "grade": "B", "unit_price": "149.99", "currency": "EUR",
            "deduction_total": "15.00", "refund": refund, "findings": [], "proposed_disposition": "restock",
            "disposition": "restock", "disposition_reason": None, "bin": "R-1", "note": "", "status": "completed",
            "operator_id": "op", "started_at": f"2026-11-20T09:{minute:02d}:00+01:00",
            "completed_at": f"2026-11-20T09:{minute:02d}:30+01:00"}
    if outcome is not None:   # an item from before issue 13 carries neither
        data.update(outcome=outcome, outcome_amount=amount, outcome_basis="", requested_outcome=outcome,
                    risk={"score": 90 if held else 0, "threshold": 80, "held": held,
                          "reasons": [{"signal": "empty_box", "weight": 90, "detail": "300 g"}] if held else []})
    return {"type": "item_inspection", "id": iid, "version": version, "data": data}


def approval(did: str, iid: str, station: str = "D1", minute: int = 30) -> dict:
    data = {"id": did, "version": 1, "station": station, "inspection_id": iid, "action": "approve",
            "before": {"review": "open"}, "after": {"review": "approved"}, "reason": "weighed again",
            "operator_id": "sup", "at": f"2026-11-20T10:{minute:02d}:00+01:00", "inspection_version": 1,
            "based_on_version": 1}
    return {"type": "inspection_override", "id": did, "version": 1, "data": data}


def outcome_override(did: str, iid: str, outcome: str, amount: str, before: tuple[str, str], station: str = "D1",
                     minute: int = 40) -> dict:
    """A supervisor's outcome on version 1 of the item, which makes its version 2."""
    data = {"id": did, "version": 1, "station": station, "inspection_id": iid, "action": "override_outcome",
            "before": {"outcome": before[0], "outcome_amount": before[1], "exchange_sku": None},
            "after": {"outcome": outcome, "outcome_amount": amount, "exchange_sku": None}, "reason": "customer asked",
            "operator_id": "sup", "at": f"2026-11-20T10:{minute:02d}:00+01:00", "inspection_version": 2,
            "based_on_version": 1}
    return {"type": "inspection_override", "id": did, "version": 1, "data": data}


def push_records(hub, station: str, records: list[dict], url: str | None = None) -> dict:
    answer = httpx.post(f"{url or hub.url}/v1/records", json={"records": records}, timeout=60,
                        headers={"Authorization": f"Bearer {hub.tokens[station]}"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["rejected"] == 0, body
    return body


def status(hub, rma: str, token: str | None = None) -> httpx.Response:
    # `/` may stay as it is; `#` (and `%`) must be escaped, or the client takes the rest for a fragment.
    return httpx.get(f"{hub.url}/v1/returns/{quote(rma, safe='/')}/status", timeout=30,
                     headers={"Authorization": f"Bearer {token or hub.erp}"})


def serving(db_url: str):
    tokens = issue_tokens(db_url, "B1", "B2")
    engine = make_hub_engine(db_url)
    try:
        tokens["D1"] = add_station(engine, "D1", site_view=True)   # a supervisor desk
    finally:
        engine.dispose()
    erp = issue_integration(db_url, "ERP")
    running = ThreadHub(db_url)
    running.server.sender.stop()   # no webhooks here: its thread stays off
    with running:
        running.tokens, running.erp = tokens, erp
        yield running


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request, tmp_path):
    if request.param == "sqlite":
        yield from serving(f"sqlite:///{tmp_path}/hub.sqlite3")
        return
    with fresh_database(require_url()) as url:
        yield from serving(url)


# -- the tests --------------------------------------------------------------------------------------------------------
def test_the_status_route_answers_each_step_with_its_time_and_station(hub):
    shopify, slashed = "#1001-R1/B", "R/2026/0007"
    assert push_returns(hub, [inbound(shopify), inbound(slashed)])["added"] == 2
    # The bench: a parcel for each; the first's three items (one held by its fraud score, one recorded by a bench
    # from before outcomes) and the parcel's completion, in one batch.
    push_records(hub, "B1", [parcel("p-1", shopify), parcel("p-2", slashed, minute=2)])
    push_records(hub, "B1", [
        item("i-1", "p-1", shopify, 1, outcome="refund", amount="134.99"),
        item("i-2", "p-1", shopify, 1, minute=2, held=True, outcome="store_credit", amount="148.49"),
        item("i-3", "p-1", shopify, 2, minute=3, refund="12.50"),
        parcel("p-1", shopify, status="completed", version=2)])
    steps = status(hub, shopify).json()["steps"]
    assert [s["step"] for s in steps] == ["expected", "parcel_received", "items_inspected", "outcome_decided",
                                          "held_for_review"]
    # The desk releases the held item: approved, and the parcel is closed with nothing left to decide.
    push_records(hub, "D1", [approval("d-1", "i-2")])

    answer = status(hub, shopify)
    assert answer.status_code == 200, answer.text
    found = answer.json()
    assert (found["rma_number"], found["status"]) == (shopify, "open")
    steps = found["steps"]
    assert [s["step"] for s in steps] == ["expected", "parcel_received", "items_inspected", "outcome_decided",
                                          "held_for_review", "approved", "closed"]
    assert [s["seq"] for s in steps] == sorted(s["seq"] for s in steps)
    by_step = {s["step"]: s for s in steps}
    assert by_step["expected"]["station"] is None
    assert (by_step["parcel_received"]["at"], by_step["parcel_received"]["station"]) == (
        "2026-11-20T08:00:00.000000+00:00", "B1")                 # the bench's time, in UTC
    assert by_step["items_inspected"]["detail"] == {"parcel_id": "p-1", "units": 3, "not_on_return": 0,
                                                    "lines": [{"line_no": 1, "units": 2}, {"line_no": 2, "units": 1}]}
    decided = by_step["outcome_decided"]
    assert decided["at"] == "2026-11-20T08:05:00.000000+00:00"
    # Summed as Decimal from the items' own amounts; the old item counts as a refund of its refund.
    assert decided["detail"]["totals"] == [
        {"outcome": "refund", "currency": "EUR", "units": 2, "amount": "147.49"},
        {"outcome": "store_credit", "currency": "EUR", "units": 1, "amount": "148.49"}]
    assert decided["detail"]["held"] == [{"currency": "EUR", "units": 1, "amount": "148.49"}]
    assert sum(Decimal(t["amount"]) for t in decided["detail"]["totals"]) == Decimal("295.98")
    assert by_step["held_for_review"]["detail"]["reasons"] == ["empty_box"]
    assert (by_step["approved"]["station"], by_step["approved"]["at"]) == ("D1", "2026-11-20T09:30:00.000000+00:00")
    assert by_step["closed"]["at"] == "2026-11-20T09:30:00.000000+00:00"

    other = status(hub, slashed, token=hub.tokens["B1"]).json()     # a station's token reads it too
    assert [s["step"] for s in other["steps"]] == ["expected", "parcel_received"]
    assert other["steps"][1]["at"] == "2026-11-20T08:02:00.000000+00:00"

    # Sent again (a lost answer), nothing is noted twice.
    push_records(hub, "B1", [parcel("p-1", shopify, status="completed", version=3)])
    assert len(status(hub, shopify).json()["steps"]) == 7
    engine = make_hub_engine(hub.db_url)
    try:
        with engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(return_events)) == 9
    finally:
        engine.dispose()

    assert status(hub, "R/2026/9999").status_code == 404
    assert httpx.get(f"{hub.url}/v1/returns/{quote(shopify, safe='/')}/status").status_code == 401
    assert status(hub, "R" * 65).status_code == 422


def test_a_format_1_page_holds_only_the_old_keys_and_format_2_the_new(hub):
    new_style = inbound("R-NEW-1", customer="C-77", orders=8, requested_outcome="exchange", exchange_sku="TEE-2",
                        exchange_description="T-shirt, size L", unit_weight_g=240)
    old_style = inbound("R-OLD-1")
    assert push_returns(hub, [new_style, old_style])["added"] == 2
    headers = {"Authorization": f"Bearer {hub.tokens['B1']}"}
    page = httpx.get(f"{hub.url}/v1/returns", headers=headers, timeout=30).json()
    assert len(page["returns"]) == 2
    for doc in page["returns"]:
        assert set(doc) <= ISSUE_18_RETURN_KEYS, doc
        assert all(set(line) <= ISSUE_18_LINE_KEYS for line in doc["lines"]), doc

    page = httpx.get(f"{hub.url}/v1/returns", params={"format": 2}, headers=headers, timeout=30).json()
    served = {doc["rma_number"]: doc for doc in page["returns"]}
    new, old = served["R-NEW-1"], served["R-OLD-1"]
    assert (new["customer_id"], new["customer_orders"]) == ("C-77", 8)
    assert {k: new["lines"][0][k] for k in ("requested_outcome", "exchange_sku", "exchange_description",
                                             "unit_weight_g")} == {
        "requested_outcome": "exchange", "exchange_sku": "TEE-2", "exchange_description": "T-shirt, size L",
        "unit_weight_g": 240}
    assert {k: new["customer"][k] for k in ("returns", "days", "orders", "rate_percent")} == {
        "returns": 1, "days": 90, "orders": 8, "rate_percent": "12.5"}
    # Keys are kept only when set: a return without them reads as before, and sent again it is unchanged.
    assert set(old) <= ISSUE_18_RETURN_KEYS and "unit_weight_g" not in new["lines"][1]
    assert push_returns(hub, [old_style, new_style])["unchanged"] == 2
    assert httpx.get(f"{hub.url}/v1/returns", params={"format": 3}, headers=headers).status_code == 422


def steps_of(hub, rma: str) -> list[dict]:
    answer = status(hub, rma)
    assert answer.status_code == 200, answer.text
    return answer.json()["steps"]


def test_a_return_sent_in_two_parcels_closes_once_after_the_second(hub):
    rma = "R-TWO-PARCELS"
    push_returns(hub, [inbound(rma)])     # line 1: 2 units, line 2: 1 unit
    push_records(hub, "B1", [parcel("p-a", rma), item("i-a1", "p-a", rma, 1, outcome="refund", amount="134.99"),
                             parcel("p-a", rma, status="completed", version=2)])
    first = [s["step"] for s in steps_of(hub, rma)]
    assert first == ["expected", "parcel_received", "items_inspected", "outcome_decided"]   # 2 units outstanding

    # The second parcel, at another bench: the rest of the units. Closed once, for the return, after it.
    push_records(hub, "B2", [parcel("p-b", rma, station="B2", minute=20),
                             item("i-b1", "p-b", rma, 1, minute=21, station="B2", outcome="refund", amount="134.99"),
                             item("i-b2", "p-b", rma, 2, minute=22, station="B2", refund="12.50")])
    assert "closed" not in [s["step"] for s in steps_of(hub, rma)]     # every unit seen, the parcel still open
    push_records(hub, "B2", [parcel("p-b", rma, status="completed", station="B2", minute=20, version=2)])
    steps = steps_of(hub, rma)
    assert [s["step"] for s in steps] == first + ["parcel_received", "items_inspected", "outcome_decided", "closed"]
    closed = steps[-1]
    assert (closed["at"], closed["station"], closed["detail"]) == (
        "2026-11-20T08:25:00.000000+00:00", None, {"status": "inspected", "parcels": 2})

    # Sent again, and the hub's own status closed later: still one closed step.
    push_records(hub, "B2", [parcel("p-b", rma, status="completed", station="B2", minute=20, version=3)])
    closed_doc = inbound(rma)
    closed_doc["status"] = "closed"
    push_returns(hub, [closed_doc])
    assert [s["step"] for s in steps_of(hub, rma)].count("closed") == 1


def test_a_return_closes_when_its_status_is_closed_with_units_outstanding(hub):
    rma = "R-CLOSED-BY-SHOP"
    push_returns(hub, [inbound(rma)])
    push_records(hub, "B1", [parcel("p-c", rma), item("i-c1", "p-c", rma, 1, outcome="refund", amount="134.99"),
                             parcel("p-c", rma, status="completed", version=2)])
    assert "closed" not in [s["step"] for s in steps_of(hub, rma)]
    closed_doc = inbound(rma)
    closed_doc["status"] = "closed"
    push_returns(hub, [closed_doc])
    steps = steps_of(hub, rma)
    assert [s["step"] for s in steps][-1] == "closed" and steps[-1]["detail"] == {"status": "closed"}


def test_a_supervisors_outcome_that_changes_the_money_notes_the_outcome_again(hub):
    rma = "R-OVERRIDE"
    push_returns(hub, [inbound(rma)])
    push_records(hub, "B1", [
        parcel("p-o", rma),
        item("i-o1", "p-o", rma, 1, outcome="refund", amount="134.99"),
        item("i-o2", "p-o", rma, 1, minute=2, held=True, outcome="store_credit", amount="148.49"),
        item("i-o3", "p-o", rma, 2, minute=3, outcome="refund", amount="12.50"),
        parcel("p-o", rma, status="completed", version=2)])
    # The desk decides a refund instead of the store credit: it releases the hold and changes the money.
    push_records(hub, "D1", [outcome_override("d-o", "i-o2", "refund", "134.99", ("store_credit", "148.49"))])
    steps = steps_of(hub, rma)
    assert [s["step"] for s in steps] == ["expected", "parcel_received", "items_inspected", "outcome_decided",
                                          "held_for_review", "outcome_decided", "approved", "closed"]
    first, again = (s for s in steps if s["step"] == "outcome_decided")
    assert first["detail"]["totals"] == [
        {"outcome": "refund", "currency": "EUR", "units": 2, "amount": "147.49"},
        {"outcome": "store_credit", "currency": "EUR", "units": 1, "amount": "148.49"}]
    assert again["detail"]["totals"] == [{"outcome": "refund", "currency": "EUR", "units": 3, "amount": "282.48"}]
    assert (again["detail"]["revision"], again["detail"]["held"]) == (2, [])
    assert again["at"] == "2026-11-20T09:40:00.000000+00:00" and again["seq"] > first["seq"]
    assert steps[6]["detail"]["outcome"] == "refund" and steps[6]["detail"]["amount"] == "134.99"

    # The owning bench sends the item as decided (version 2): the same totals, so nothing new.
    changed = item("i-o2", "p-o", rma, 1, minute=2, outcome="refund", amount="134.99", version=2)
    push_records(hub, "B1", [changed])
    assert len(steps_of(hub, rma)) == len(steps)
    # A later change of the money (its grade overridden at the bench, the refund lower) is a third revision.
    push_records(hub, "B1", [item("i-o3", "p-o", rma, 2, minute=3, outcome="refund", amount="10.00", version=2)])
    latest = [s for s in steps_of(hub, rma) if s["step"] == "outcome_decided"]
    assert len(latest) == 3 and latest[-1]["detail"]["revision"] == 3
    assert latest[-1]["detail"]["totals"] == [{"outcome": "refund", "currency": "EUR", "units": 3,
                                               "amount": "279.98"}]


def test_bad_outcome_weight_and_risk_values_are_rejected_per_record(hub):
    rma = "R-BAD-VALUES"
    good = item("i-good", "p-bad", rma, 1, outcome="refund", amount="134.99")
    float_amount = item("i-float", "p-bad", rma, 1, outcome="refund", amount="134.99")
    float_amount["data"]["outcome_amount"] = 134.99
    text_risk = item("i-risk", "p-bad", rma, 1, outcome="refund", amount="134.99")
    text_risk["data"]["risk"] = "high"
    heavy = item("i-heavy", "p-bad", rma, 1, outcome="refund", amount="134.99")
    heavy["data"].update(weight_g=1_000_001, weight_source="scale")
    odd = item("i-odd", "p-bad", rma, 1, outcome="refund", amount="1.00")
    odd["data"]["outcome"] = "cash"
    weighed = parcel("p-bad", rma)
    weighed["data"].update(weight_g=1620, weight_source="typed", expected_weight_g=1200)
    answer = httpx.post(f"{hub.url}/v1/records", timeout=60,
                        headers={"Authorization": f"Bearer {hub.tokens['B1']}"},
                        json={"records": [weighed, good, float_amount, text_risk, heavy, odd]})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["applied"], body["rejected"]) == (2, 4)
    reasons = {r["id"]: r["reason"] for r in body["results"] if r["outcome"] == "rejected"}
    assert reasons == {"i-float": "outcome_amount: Input should be a valid string",
                       "i-risk": "risk: Input should be a valid dictionary",
                       "i-heavy": "weight_g: Input should be less than or equal to 1000000",
                       "i-odd": "outcome: Input should be 'refund', 'exchange', 'store_credit', 'supervisor' or "
                                "'none'"}


def test_steps_are_noted_at_the_hubs_clock(hub):
    """The hub's clock (what tests set on the app) is the time the return is expected and the steps recorded, never
    the wall clock."""
    moment = dt.datetime(2031, 5, 6, 7, 8, 9, tzinfo=dt.timezone.utc)
    hub.server.config.app.state.clock = lambda: moment
    rma = "R-CLOCK"
    push_returns(hub, [inbound(rma)])
    push_records(hub, "B1", [parcel("p-clock", rma)])
    steps = steps_of(hub, rma)
    assert steps[0]["at"] == "2031-05-06T07:08:09.000000+00:00"
    engine = make_hub_engine(hub.db_url)
    try:
        with engine.connect() as conn:
            recorded = set(conn.scalars(select(return_events.c.recorded_at)
                                        .where(return_events.c.rma_number == rma)))
    finally:
        engine.dispose()
    assert recorded == {"2031-05-06T07:08:09.000000+00:00"}
