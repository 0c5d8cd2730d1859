"""The real hub over HTTP on loopback (uvicorn in a thread, SQLite): API, tokens, CLI."""
from __future__ import annotations

import datetime as dt

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
from inspector.settings import load_settings
from inspector.sync.client import HubClient, HubRefused, StationMismatch
from inspector.sync.engine import SyncConfig, SyncEngine
from tests.integration.faults.workload import make_bench
from tests.unit.test_sync_hub_records import parcel


# Delivered a few days before the real today: the import refuses a delivery date in the future, so a fixed date
# would fail under a clock set before it (tests/shifted_clocks.sh).
DELIVERED = (dt.datetime.now(dt.timezone.utc).date() - dt.timedelta(days=3)).isoformat()


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
    # Another station's record refuses the whole batch with a 403 that says why (a correct bench never sends one).
    answer = _push(hub, hub.tokens["B2"], parcel("p0", station="B2"), parcel("p1", station="B1"))
    assert answer.status_code == 403
    assert answer.json() == {"detail": "record 1 of the batch is station B1's; a station pushes only its own "
                                       "records, and this token is B2's: nothing of the batch was applied",
                             "token_station": "B2", "station": "B1",
                             "record": {"type": "parcel_receipt", "id": "p1"}}   # named: the bench sets it aside
    assert _push(hub, hub.tokens["B2"], parcel("p0", station="B2")).json()["applied"] == 1


def test_a_malformed_batch_is_a_422_not_a_500(hub):
    headers = {"Authorization": f"Bearer {hub.tokens['B1']}", "Content-Type": "application/json"}
    for body in (b"not json", b"{}", b'{"records": [{"type": "x"}]}', b'{"records": 5}', b"\xff\xfe"):
        assert httpx.post(f"{hub.url}/v1/records", content=body, headers=headers).status_code == 422
    # A record that can be named is judged on its own, its envelope too: the rest of its batch goes in.
    body = b'{"records": [{"type": "parcel_receipt", "id": "p1", "version": 1, "data": [1, 2]}]}'
    answer = httpx.post(f"{hub.url}/v1/records", content=body, headers=headers).json()
    assert answer["rejected"] == 1 and answer["results"][0]["reason"].startswith("data:")


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
         "delivered_on": DELIVERED, "status": "open", "tracking_numbers": [],
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


@pytest.mark.monotonic_waits      # the checkpointer wakes on a timed wait
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


def test_a_token_of_another_station_is_refused_naming_both_stations(hub, tmp_path):
    # The hub says whose token it is, the bench names both stations and the two ways out.
    answer = httpx.get(f"{hub.url}/v1/station", headers={"Authorization": f"Bearer {hub.tokens['B2']}",
                                                          "X-Inspector-Station": "B7"})
    assert answer.status_code == 403
    assert answer.json()["token_station"] == "B2" and answer.json()["station"] == "B7"
    expected = ("This station's token belongs to B2, but this bench calls itself B7. Set the station name to B2 "
                "(inspector settings --set-station B2) or ask the administrator for a token for B7.")
    with HubClient(hub.url, hub.tokens["B2"], station="B7") as client:
        with pytest.raises(StationMismatch) as on_push:
            client.push([_envelope(parcel("sm-1", station="B7"))])
    assert str(on_push.value) == expected and not on_push.value.transient
    assert on_push.value.text.translated(lambda _context, template: template) == expected
    assert "{" in on_push.value.text.params[0][1].template     # the names are parameters: translatable
    with HubClient(hub.url, hub.tokens["B2"], station="B2") as client:   # the same token, the right name
        assert client.station() == "B2"
    with HubClient(hub.url, hub.tokens["B2"], station="BANC-Ș") as client:   # no header can carry it: the
        assert client.station() == "B2"                                       # engine compares (below)
    # Through the bench's sync, as the window and `inspector sync` run it.
    bench = make_bench(tmp_path / "bench", "B7", hub.url, hub.tokens["B2"])
    try:
        engine = SyncEngine(bench.database, bench.policy, bench.paths,
                            SyncConfig.from_settings(load_settings(bench.paths)))
        report = engine.run_once()
        engine.close()
    finally:
        bench.close()
    assert not report["ok"] and report["error"] == expected


def test_a_token_the_hub_does_not_know_keeps_its_own_message(hub):
    with HubClient(hub.url, "insp_never-issued", station="B1") as client:
        with pytest.raises(HubRefused) as refused:
            client.station()
    assert not isinstance(refused.value, StationMismatch)
    assert str(refused.value).startswith("The hub refused this station's token. Ask the administrator for a new "
                                         "station token.")


def _envelope(record):
    return {"type": record.type, "id": record.id, "version": record.version, "data": record.data}
