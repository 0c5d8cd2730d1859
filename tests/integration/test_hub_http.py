"""The real hub over HTTP on loopback (uvicorn in a thread, SQLite): API, tokens, CLI."""
from __future__ import annotations

import json
import shutil
import sqlite3
import time

import httpx
import pytest
from sqlalchemy import select

from inspector.cli.main import main
from inspector.hub import app as hub_app
from inspector.hub.schema import stations
from inspector.hub.storage import ensure_schema, make_hub_engine
from inspector.hub.wal_checkpoints import BACKSTOP_PAGES, WalCheckpointer
from tests.integration.faults.hubs import ThreadHub, issue_tokens
from tests.unit.test_sync_hub_records import parcel


@pytest.fixture
def hub(tmp_path):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_tokens(db_url, "B1", "B2")
    with ThreadHub(db_url) as running:
        running.tokens = tokens
        yield running


def _push(hub, token, *incoming):
    body = {"records": [{"type": r.type, "id": r.id, "version": r.version, "data": r.data} for r in incoming]}
    return httpx.post(f"{hub.url}/v1/records", json=body, headers={"Authorization": f"Bearer {token}"})


def test_health_and_openapi_are_published(hub):
    assert httpx.get(f"{hub.url}/v1/health").json()["status"] == "ok"
    spec = httpx.get(f"{hub.url}/openapi.json").json()
    assert {"/v1/records", "/v1/returns", "/v1/policy", "/v1/health", "/v1/station"} <= set(spec["paths"])
    assert "PushBatch" in spec["components"]["schemas"]


def test_every_data_endpoint_wants_a_valid_token(hub):
    for method, path in (("POST", "/v1/records"), ("GET", "/v1/returns"), ("GET", "/v1/policy"),
                         ("GET", "/v1/station")):
        assert httpx.request(method, f"{hub.url}{path}").status_code == 401
        assert httpx.request(method, f"{hub.url}{path}",
                             headers={"Authorization": "Bearer insp_not-a-token"}).status_code == 401


def test_push_acknowledges_each_record_and_a_resend_is_a_duplicate(hub):
    token = hub.tokens["B1"]
    first = _push(hub, token, parcel("p1"), parcel("p2"), parcel("p3", status="lost")).json()
    assert (first["applied"], first["duplicate"], first["rejected"]) == (2, 0, 1)
    assert [r["outcome"] for r in first["results"]] == ["applied", "applied", "rejected"]
    again = _push(hub, token, parcel("p1"), parcel("p2")).json()
    assert again["duplicate"] == 2 and again["applied"] == 0


def test_a_station_cannot_write_as_another_over_http(hub):
    answer = _push(hub, hub.tokens["B2"], parcel("p1", station="B1")).json()
    assert answer["station"] == "B2" and answer["results"][0]["outcome"] == "rejected"


def test_a_malformed_batch_is_a_422_not_a_500(hub):
    headers = {"Authorization": f"Bearer {hub.tokens['B1']}", "Content-Type": "application/json"}
    for body in (b"not json", b"{}", b'{"records": [{"type": "x"}]}', b'{"records": 5}', b"\xff\xfe",
                 b'{"records": [{"type": "parcel_receipt", "id": "p1", "version": 1, "data": [1, 2]}]}'):
        assert httpx.post(f"{hub.url}/v1/records", content=body, headers=headers).status_code == 422


def test_add_station_prints_the_token_once_and_keeps_only_its_hash(tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path}/cli-hub.sqlite3"
    assert main(["hub", "add-station", "BENCH-07", "--db", db_url]) == 0
    token = capsys.readouterr().out.strip()
    assert token.startswith("insp_") and len(token) > 40
    engine = make_hub_engine(db_url)
    with engine.connect() as conn:
        stored = conn.execute(select(stations)).one()
    engine.dispose()
    assert token not in str(tuple(stored)) and len(stored.token_hash) == 64
    assert main(["hub", "add-station", "BENCH-07", "--db", db_url]) == 2        # not silently replaced
    assert main(["hub", "add-station", "BENCH-07", "--replace", "--db", db_url]) == 0
    assert capsys.readouterr().out.strip() != token


def test_stats_prints_counts_per_station_as_json(hub, capsys):
    _push(hub, hub.tokens["B1"], parcel("p1"), parcel("p2"))
    assert main(["hub", "stats", "--db", hub.db_url]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["stations"]["B1"] == {"total": 2, "parcel_receipt": 2}
    assert stats["stations"]["B2"] == {"total": 0} and stats["records"] == 2


def test_returns_and_policy_are_loaded_and_pulled_by_cursor(hub, tmp_path, capsys):
    returns_file = tmp_path / "rmas.json"
    returns_file.write_text(json.dumps({"returns": [
        {"rma_number": f"RMA-3000000{n}", "order_number": f"ORD-{n}", "customer_reason": "Too small",
         "delivered_on": "2026-11-01", "status": "open", "tracking_numbers": [],
         "lines": [{"line_no": 1, "sku": "MUG", "gtin": "5901234123457", "description": "Mug", "quantity": 1,
                    "unit_price": "9.99", "currency": "EUR", "category": "home"}]} for n in range(3)]}))
    assert main(["hub", "import-rmas", str(returns_file), "--db", hub.db_url]) == 0
    headers = {"Authorization": f"Bearer {hub.tokens['B1']}"}
    page = httpx.get(f"{hub.url}/v1/returns", params={"since": 0, "limit": 2}, headers=headers).json()
    assert len(page["returns"]) == 2 and page["more"]
    rest = httpx.get(f"{hub.url}/v1/returns", params={"since": page["cursor"]}, headers=headers).json()
    assert [r["rma_number"] for r in rest["returns"]] == ["RMA-30000002"] and not rest["more"]
    assert httpx.get(f"{hub.url}/v1/returns", params={"since": rest["cursor"]}, headers=headers).json()[
        "returns"] == []

    policy_file = tmp_path / "policy.json"
    from inspector.paths import resource
    policy_file.write_text(resource("policy.json").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["hub", "set-policy", str(policy_file), "--db", hub.db_url]) == 0
    pulled = httpx.get(f"{hub.url}/v1/policy", headers=headers).json()
    assert pulled["version"] == 1 and pulled["policy"] == json.loads(policy_file.read_text())
    policy_file.write_text('{"not": "a policy"}')
    assert main(["hub", "set-policy", str(policy_file), "--db", hub.db_url]) == 2   # never reaches a bench


def _rows_in_main_file(tmp_path) -> int:
    alone = tmp_path / "without-log.sqlite3"
    shutil.copyfile(tmp_path / "hub.sqlite3", alone)   # the main file only: no -wal beside the copy
    with sqlite3.connect(alone) as copy:
        return copy.execute("SELECT count(*) FROM hub_records WHERE station = 'B1'").fetchone()[0]


def test_the_serving_hub_copies_its_sqlite_log_back_off_the_request_path(hub, tmp_path):
    engine = hub.server.config.app.state.engine
    with engine.connect() as conn:
        # Commits on the request path no longer checkpoint at SQLite's 1,000 pages; that is the backstop now.
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == BACKSTOP_PAGES
    pushed = [parcel(f"P-{n:04d}", station="B1", note="x" * 500) for n in range(400)]
    for start in range(0, len(pushed), 100):
        assert _push(hub, hub.tokens["B1"], *pushed[start:start + 100]).status_code == 200
    # While the hub keeps serving, everything committed reaches the database file itself.
    deadline = time.monotonic() + 10
    while _rows_in_main_file(tmp_path) < 400 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _rows_in_main_file(tmp_path) == 400 and hub.server.checkpointer.checkpoints >= 1
    assert _push(hub, hub.tokens["B1"], parcel("P-LAST", station="B1")).status_code == 200


def test_the_checkpointer_starts_once_and_stops_once(tmp_path):
    engine = make_hub_engine(f"sqlite:///{tmp_path}/hub.sqlite3", serving=True)
    never_started = WalCheckpointer(engine)
    never_started.stop()
    never_started.stop()
    never_started.start()                       # after stop: nothing to run any more
    assert never_started.checkpoints == 0
    checkpointer = WalCheckpointer(engine, min_gap_s=0.01).start().start()
    ensure_schema(engine)                       # commits: the thread wakes and checkpoints
    checkpointer.stop()
    checkpointer.stop()
    assert checkpointer.checkpoints >= 1
    engine.dispose()


def test_a_batch_over_the_size_limit_is_a_413_whether_its_length_is_declared_or_not(hub, monkeypatch):
    monkeypatch.setattr(hub_app, "MAX_BODY_BYTES", 20_000)
    records = [parcel(f"BIG-{n:03d}", station="B1", note="x" * 300) for n in range(100)]
    body = json.dumps({"records": [{"type": r.type, "id": r.id, "version": r.version, "data": r.data}
                                   for r in records]}).encode()
    headers = {"Authorization": f"Bearer {hub.tokens['B1']}", "Content-Type": "application/json"}
    declared = httpx.post(f"{hub.url}/v1/records", content=body, headers=headers)
    chunked = httpx.post(f"{hub.url}/v1/records", content=iter([body[:15_000], body[15_000:]]), headers=headers)
    assert (declared.status_code, chunked.status_code) == (413, 413)
    assert "at most 20000 bytes" in chunked.json()["detail"]
    assert _push(hub, hub.tokens["B1"], *records[:10]).status_code == 200     # a batch within it still goes in
