"""The hub's inbound returns API: the shop's ERP (an integration token) pushes and cancels returns over HTTP, and a
bench pulls them with `inspector sync --once --pull-only`, as it pulls any return. The real hub on loopback (on
SQLite, and on PostgreSQL when one is configured), a real SQLite bench, the real CLI in a subprocess.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from sqlalchemy import Engine, func, select

from inspector.cli.main import main
from inspector.hub.schema import counters, integrations, return_docs
from inspector.hub.stations import heard_from
from inspector.hub.storage import make_hub_engine
from inspector.importing.raw_records import LINE_FIELDS, RETURN_FIELDS
from inspector.storage.orm import ReturnRow
from tests.integration.faults.hubs import REPO, ThreadHub, issue_integration, issue_tokens
from tests.integration.faults.postgres import fresh_database, require_url
from tests.unit.test_sync_hub_records import parcel

# The hub, the CLI and the bench each check that a delivery date is not in the future, on their own clocks: a fixed
# day before every moment tests/shifted_clocks.sh runs at is in the past for all of them, whatever the calendar says.
DELIVERED = "2026-03-01"


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request, tmp_path):
    """The hub with a station token for B1 (`hub.tokens`) and an integration token for ERP (`hub.erp`)."""
    if request.param == "sqlite":
        yield from _serving(f"sqlite:///{tmp_path}/hub.sqlite3")
        return
    with fresh_database(require_url()) as url:
        yield from _serving(url)


def _serving(db_url: str):
    tokens = issue_tokens(db_url, "B1")
    erp = issue_integration(db_url, "ERP")
    with ThreadHub(db_url) as running:
        running.tokens, running.erp = tokens, erp
        yield running


def a_return(n: int, **changes) -> dict:
    """A return as an ERP sends it: its own number shape, two lines."""
    doc = {"rma_number": f"R-2026-{n:06d}", "order_number": f"SO-{n // 2:05d}", "customer_reason": "Too small",
           "delivered_on": DELIVERED, "status": "open", "tracking_numbers": [],
           "lines": [{"line_no": 1, "sku": f"TEE-{n % 7}", "gtin": None, "description": "T-shirt", "quantity": 1,
                      "unit_price": "19.90", "currency": "EUR", "category": "apparel"},
                     {"line_no": 2, "sku": "SOCKS-3", "description": "Socks, 3 pairs", "quantity": 2,
                      "unit_price": "7.50", "currency": "EUR"}]}
    doc.update(changes)
    return doc


def push(hub, returns: list[dict], token: str | None = None) -> httpx.Response:
    return httpx.post(f"{hub.url}/v1/returns", json={"returns": returns}, timeout=60,
                      headers={"Authorization": f"Bearer {token or hub.erp}"})


def cancel(hub, rma_number: str, token: str | None = None, **params) -> httpx.Response:
    return httpx.delete(f"{hub.url}/v1/returns", params={"rma_number": rma_number, **params},
                        headers={"Authorization": f"Bearer {token or hub.erp}"})


def pull(bench) -> dict:
    """`inspector sync --once --pull-only` at the bench, in its own process: the report it prints."""
    done = subprocess.run([sys.executable, "-m", "inspector.cli.main", "--data-dir", str(bench.paths.data_dir),
                           "sync", "--once", "--pull-only"], capture_output=True, text=True, timeout=120, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] and not report["pulled"]["returns_refused"], report
    return report["pulled"]


def at_bench(bench) -> dict[str, tuple[str, str]]:
    """RMA number -> (status, customer reason) of the returns the bench holds that came from the ERP."""
    with bench.database.engine.connect() as conn:
        rows = conn.execute(select(ReturnRow.rma_number, ReturnRow.status, ReturnRow.customer_reason)
                            .where(ReturnRow.rma_number.like("R-2026-%"))).all()
    return {rma: (status, reason) for rma, status, reason in rows}


@contextmanager
def hub_database(hub) -> Iterator[Engine]:
    """An engine of its own on the hub's database, as an administrator's command opens it."""
    engine = make_hub_engine(hub.db_url)
    try:
        yield engine
    finally:
        engine.dispose()


def held_version(hub, rma_number: str) -> tuple[str, int | None, str | None]:
    """The status, the sender's version and the source the hub holds for a return."""
    with hub_database(hub) as engine, engine.connect() as conn:
        return tuple(conn.execute(select(return_docs.c.status, return_docs.c.upstream_version, return_docs.c.source)
                                  .where(return_docs.c.rma_number == rma_number)).one())


def hub_state(hub) -> tuple[int, int]:
    """The returns' counter and the highest change number the hub serves."""
    with hub_database(hub) as engine, engine.connect() as conn:
        counter = conn.scalar(select(counters.c.value).where(counters.c.name == "returns"))
        return counter, conn.scalar(select(func.max(return_docs.c.seq)))


def test_a_thousand_pushed_returns_are_pulled_once_and_a_repush_changes_nothing(hub, bench):
    batch = [a_return(n) for n in range(1000)]
    first = push(hub, batch)
    assert first.status_code == 200, first.text
    answer = first.json()
    assert (answer["integration"], answer["added"], answer["updated"], answer["unchanged"], answer["stale"],
            answer["rejected"]) == ("ERP", 1000, 0, 0, 0, 0)
    assert [r["rma_number"] for r in answer["results"]] == [d["rma_number"] for d in batch]
    taken = hub_state(hub)
    assert pull(bench)["returns_added"] == 1000
    assert len(at_bench(bench)) == 1000

    again = push(hub, batch).json()
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 1000)
    assert all(r["outcome"] == "unchanged" and r["problems"] == [] for r in again["results"])
    assert hub_state(hub) == taken          # no change number taken: nothing for a bench to pull again
    pulled = pull(bench)
    assert (pulled["returns_added"], pulled["returns_updated"]) == (0, 0)


def test_a_newer_version_replaces_the_return_and_is_pulled_an_older_one_is_stale(hub, bench):
    assert push(hub, [a_return(1, version=1), a_return(2, version=1)]).json()["added"] == 2
    assert pull(bench)["returns_added"] == 2

    newer = push(hub, [a_return(1, version=2, customer_reason="Wrong colour")]).json()
    assert newer["updated"] == 1 and newer["results"][0]["outcome"] == "updated"
    older = push(hub, [a_return(1, version=1, customer_reason="Changed my mind")]).json()
    assert older["stale"] == 1 and older["results"][0]["problems"][0]["field"] == "version"
    clash = push(hub, [a_return(1, version=2, customer_reason="Changed my mind")]).json()
    assert clash["rejected"] == 1 and "already held with other content" in clash["results"][0]["problems"][0]["reason"]
    # The same content under a newer version changes nothing a bench sees...
    taken = hub_state(hub)
    assert push(hub, [a_return(2, version=5)]).json()["unchanged"] == 1
    assert hub_state(hub) == taken
    # ...but the version moved on: version 4 is stale now.
    assert push(hub, [a_return(2, version=4, customer_reason="Late")]).json()["stale"] == 1

    pulled = pull(bench)
    assert (pulled["returns_added"], pulled["returns_updated"]) == (0, 1)
    assert at_bench(bench)["R-2026-000001"] == ("open", "Wrong colour")
    # What benches are served stays the import format: an older bench refuses any key it does not know.
    page = httpx.get(f"{hub.url}/v1/returns", headers={"Authorization": f"Bearer {hub.tokens['B1']}"}).json()
    for doc in page["returns"]:
        assert set(doc) <= {*RETURN_FIELDS, "lines", "progress"}
        assert all(set(line) <= set(LINE_FIELDS) for line in doc["lines"])


def test_delete_or_a_cancelled_status_cancels_and_the_bench_sees_it(hub, bench):
    shopify_style = a_return(3, rma_number="#1001-R1/B")      # a number holding / and #: a query parameter
    assert push(hub, [a_return(1), a_return(2), shopify_style]).json()["added"] == 3
    assert pull(bench)["returns_added"] == 3

    gone = cancel(hub, "R-2026-000001")
    assert gone.status_code == 200, gone.text
    assert gone.json() == {"integration": "ERP", "rma_number": "R-2026-000001", "outcome": "updated", "problems": []}
    assert cancel(hub, "R-2026-000001").json()["outcome"] == "unchanged"       # already cancelled
    assert cancel(hub, "#1001-R1/B").json()["outcome"] == "updated"
    unknown = cancel(hub, "R-2026-999999")
    assert unknown.status_code == 404 and "R-2026-999999" in unknown.json()["detail"]
    assert push(hub, [a_return(2, status="cancelled")]).json()["updated"] == 1

    assert pull(bench)["returns_updated"] == 3
    with bench.database.engine.connect() as conn:
        shopify_status = conn.scalar(select(ReturnRow.status).where(ReturnRow.rma_number == "#1001-R1/B"))
    assert shopify_status == "cancelled"
    assert {rma: status for rma, (status, _reason) in at_bench(bench).items()} == {
        "R-2026-000001": "cancelled", "R-2026-000002": "cancelled"}


def test_delete_with_a_version_follows_the_same_rule(hub):
    assert push(hub, [a_return(1, version=7)]).json()["added"] == 1
    stale = cancel(hub, "R-2026-000001", version=6).json()
    assert stale["outcome"] == "stale" and stale["problems"][0]["field"] == "version"
    assert cancel(hub, "R-2026-000001", version=7).json()["outcome"] == "rejected"   # version 7 is an open return
    assert cancel(hub, "R-2026-000001", version=8).json()["outcome"] == "updated"
    assert held_version(hub, "R-2026-000001") == ("cancelled", 8, "ERP")
    assert cancel(hub, "OP-1234").status_code == 422          # reads as a badge: no return can have this number


def test_a_replayed_push_never_reopens_a_return_cancelled_without_a_version_a_newer_one_does(hub, bench):
    sent = a_return(1, version=4)
    assert push(hub, [sent]).json()["added"] == 1
    assert cancel(hub, "R-2026-000001").json()["outcome"] == "updated"
    assert held_version(hub, "R-2026-000001") == ("cancelled", 4, "ERP")   # only the status changed
    taken = hub_state(hub)

    replay = push(hub, [sent]).json()
    assert replay["rejected"] == 1
    assert replay["results"][0]["problems"][0]["field"] == "version"
    assert "a change needs a higher version" in replay["results"][0]["problems"][0]["reason"]
    assert push(hub, [a_return(1, version=3)]).json()["stale"] == 1
    # The sender's own record of the cancellation, at the version it was made on, agrees with the hub.
    assert push(hub, [a_return(1, version=4, status="cancelled")]).json()["unchanged"] == 1
    assert hub_state(hub) == taken and held_version(hub, "R-2026-000001") == ("cancelled", 4, "ERP")
    assert pull(bench)["returns_added"] == 1
    assert at_bench(bench) == {"R-2026-000001": ("cancelled", "Too small")}

    # A newer version is the sender's newer return: it replaces the cancelled one, and benches pull it open.
    reopened = push(hub, [a_return(1, version=5, customer_reason="Wrong colour")]).json()
    assert reopened["updated"] == 1 and reopened["results"][0]["problems"] == []
    assert held_version(hub, "R-2026-000001") == ("open", 5, "ERP")
    assert pull(bench)["returns_updated"] == 1
    assert at_bench(bench) == {"R-2026-000001": ("open", "Wrong colour")}


def test_a_change_without_a_version_keeps_the_version_held(hub, tmp_path, capsys):
    sent = a_return(1, version=4)
    assert push(hub, [sent]).json()["added"] == 1
    path = tmp_path / "erp.json"
    path.write_text(json.dumps({"returns": [a_return(1, customer_reason="Wrong colour")]}))
    assert main(["hub", "import-rmas", str(path), "--db", hub.db_url]) == 0
    assert json.loads(capsys.readouterr().out)["updated"] == 1
    assert held_version(hub, "R-2026-000001") == ("open", 4, "import:json")
    assert push(hub, [a_return(1, customer_reason="Too big")]).json()["updated"] == 1       # no version either
    assert held_version(hub, "R-2026-000001") == ("open", 4, "ERP")
    # Neither change is undone by the version it was made on, sent again.
    assert push(hub, [sent]).json()["rejected"] == 1
    assert push(hub, [a_return(1, version=5)]).json()["updated"] == 1
    assert held_version(hub, "R-2026-000001") == ("open", 5, "ERP")


def test_each_kind_of_token_is_refused_on_the_other_kinds_routes(hub):
    station, erp = hub.tokens["B1"], hub.erp
    refused = push(hub, [a_return(1)], token=station)
    assert refused.status_code == 403
    assert "station B1" in refused.json()["detail"] and "add-integration" in refused.json()["detail"]
    assert cancel(hub, "R-2026-000001", token=station).status_code == 403
    record = parcel("p1")
    body = {"records": [{"type": record.type, "id": record.id, "version": record.version, "data": record.data}]}
    pushed = httpx.post(f"{hub.url}/v1/records", json=body, headers={"Authorization": f"Bearer {erp}"})
    assert pushed.status_code == 403 and "integration ERP" in pushed.json()["detail"]
    for path in ("/v1/returns", "/v1/station", "/v1/policy", "/v1/operators"):
        assert httpx.get(f"{hub.url}{path}", headers={"Authorization": f"Bearer {erp}"}).status_code == 403
    anonymous = httpx.post(f"{hub.url}/v1/returns", json={"returns": []})
    assert anonymous.status_code == 401 and anonymous.json()["detail"] == "an integration token is required"
    assert httpx.get(f"{hub.url}/v1/returns").json()["detail"] == "a station token is required"
    assert push(hub, [], token="insp_int_not-a-token").status_code == 401
    # An integration is no station: never among those heard from, behind or counted; it has a last-heard time of
    # its own (written off the request's path).
    assert push(hub, [a_return(1)]).status_code == 200
    with hub_database(hub) as engine:
        assert [s["name"] for s in heard_from(engine)] == ["B1"]
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                name, heard = conn.execute(select(integrations.c.name, integrations.c.last_heard_at)).one()
            if heard is not None:
                break
            time.sleep(0.05)
        assert name == "ERP" and heard is not None


def test_a_bad_return_is_rejected_with_its_problems_and_the_rest_of_its_batch_lands(hub):
    bad_price = a_return(2)
    bad_price["lines"][0]["unit_price"] = 19.9            # a float: the import refuses it
    batch = [a_return(1), bad_price, a_return(3, version="7"), a_return(4), a_return(4), {"rma_number": 5},
             a_return(6, extra="x")]
    answer = push(hub, batch).json()
    assert (answer["added"], answer["rejected"]) == (1, 6)
    outcome = [(r["rma_number"], r["outcome"]) for r in answer["results"]]
    assert outcome == [("R-2026-000001", "added"), ("R-2026-000002", "rejected"), ("R-2026-000003", "rejected"),
                       ("R-2026-000004", "rejected"), ("R-2026-000004", "rejected"), (None, "rejected"),
                       ("R-2026-000006", "rejected")]
    problems = [{(p["path"], p["field"]) for p in r["problems"]} for r in answer["results"]]
    assert ("returns[1].lines[0]", "unit_price") in problems[1]
    assert problems[2] == {("returns[2]", "version")}
    assert problems[3] == problems[4] == {("returns[4]", "rma_number")}     # a repeat: which one was meant?
    assert problems[5] and problems[6] == {("returns[6]", "extra")}
    with hub_database(hub) as engine, engine.connect() as conn:
        assert list(conn.scalars(select(return_docs.c.rma_number))) == ["R-2026-000001"]


def test_a_malformed_batch_is_refused_whole(hub):
    headers = {"Authorization": f"Bearer {hub.erp}", "Content-Type": "application/json"}
    # Read as the import reads a JSON file: a key twice in one object, NaN or text not UTF-8 refuse it whole.
    for body in (b"not json", b"{}", b'{"returns": 5}', b'{"returns": [], "more": 1}', b"[]", b"\xff{}",
                 b'{"returns": [{"rma_number": "R-1", "rma_number": "R-2"}]}', b'{"returns": [NaN]}'):
        answer = httpx.post(f"{hub.url}/v1/returns", content=body, headers=headers)
        assert answer.status_code == 422, body
    too_many = push(hub, [a_return(n) for n in range(1001)])
    assert too_many.status_code == 422 and "at most 1000" in too_many.text
    plain = httpx.post(f"{hub.url}/v1/returns", content=b"{}", headers={**headers, "Content-Type": "text/plain"})
    assert plain.status_code == 415


def test_add_integration_prints_the_token_once_and_it_works(hub, capsys):
    assert main(["hub", "add-integration", "SHOPIFY", "--db", hub.db_url]) == 0
    token = capsys.readouterr().out.strip()
    assert token.startswith("insp_int_")
    assert main(["hub", "add-integration", "SHOPIFY", "--db", hub.db_url]) == 2      # not silently replaced
    assert main(["hub", "add-integration", "SHOPIFY", "--replace", "--db", hub.db_url]) == 0
    replaced = capsys.readouterr().out.strip()
    assert replaced != token
    # The hub caches a token for a few seconds; a fresh one is looked up at once.
    assert push(hub, [a_return(1)], token=replaced).json()["integration"] == "SHOPIFY"


def test_hub_import_rmas_is_idempotent_and_streams_in_batches(hub, bench, tmp_path, capsys, monkeypatch):
    from inspector.cli import hub_commands
    monkeypatch.setattr(hub_commands, "IMPORT_BATCH", 7)      # several batches from a small file
    path = tmp_path / "erp.json"
    path.write_text(json.dumps({"returns": [a_return(n) for n in range(20)] + [a_return(99, status="lost")]}))
    assert main(["hub", "import-rmas", str(path), "--db", hub.db_url]) == 1
    first = json.loads(capsys.readouterr().out)
    assert (first["added"], first["stored"], first["rejected"]) == (20, 20, ["R-2026-000099"])
    taken = hub_state(hub)
    assert main(["hub", "import-rmas", str(path), "--db", hub.db_url]) == 1
    again = json.loads(capsys.readouterr().out)
    assert (again["stored"], again["unchanged"]) == (0, 20)
    assert hub_state(hub) == taken
    assert pull(bench)["returns_added"] == 20


SAMPLES = REPO / "docs" / "samples"
# Each source's sample as `inspector hub import-rmas` takes it, with a return it must bring, kept exactly as given.
SOURCE_SAMPLES = [
    (["amazon-returns.tsv", "--source", "amazon"], "DZMb5xQ4RRMA"),
    (["aftership-returns.json", "--source", "aftership"], "A7K2P9QX"),
    (["shopify-returns.json", "--source", "shopify"], "#1002-R1"),
    (["erp-returns.csv", "--mapping", str(SAMPLES / "erp-mapping.csv")], "R-2026-000123"),
]


def test_each_sources_sample_imports_at_the_hub_and_a_bench_pulls_it(hub, bench, capsys):
    expected: set[str] = set()
    for (name, *options), known in SOURCE_SAMPLES:
        assert main(["hub", "import-rmas", str(SAMPLES / name), *options, "--db", hub.db_url]) == 0, name
        outcome = json.loads(capsys.readouterr().out)
        assert outcome["ok"] and outcome["added"] == outcome["stored"] > 0 and outcome["problems"] == [], outcome
        expected.add(known)
    pulled = pull(bench)
    with hub_database(hub) as engine, engine.connect() as conn:
        at_hub = dict(conn.execute(select(return_docs.c.rma_number, return_docs.c.source)).all())
    assert pulled["returns_added"] == len(at_hub)
    assert {at_hub[known] for known in expected} == {"import:amazon", "import:aftership", "import:shopify",
                                                       "import:mapped"}
    with bench.database.engine.connect() as conn:
        held = set(conn.scalars(select(ReturnRow.rma_number).where(ReturnRow.rma_number.in_(list(at_hub)))))
    assert held == set(at_hub) and expected <= held          # every number as the source wrote it
    # The same files again change nothing: no change number taken, nothing for the bench to pull.
    taken = hub_state(hub)
    for (name, *options), _known in SOURCE_SAMPLES:
        assert main(["hub", "import-rmas", str(SAMPLES / name), *options, "--db", hub.db_url]) == 0
        assert json.loads(capsys.readouterr().out)["stored"] == 0
    assert hub_state(hub) == taken
    again = pull(bench)
    assert (again["returns_added"], again["returns_updated"]) == (0, 0)
