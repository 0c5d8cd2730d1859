"""A customer's recent returns, counted at the hub and judged at the bench: the ERP pushes a customer's returns to a
real hub (its clock set by the test), a real bench pulls them with `inspector sync --once --pull-only` and holds the
"customer" block, which gives the repeat-returner signal. A 4th return of the customer sends the open ones round
again with the fresh count.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import httpx
import pytest
from sqlalchemy import select

from inspector.domain.fraud import CustomerHistory, Signal, UnitEvidence, unit_reasons
from inspector.storage.orm import ReturnRow
from inspector.storage.snapshots import load_return
from tests.integration.faults.hubs import REPO
from tests.integration.faults.workload import make_bench
from tests.integration.test_hub_timeline import inbound, push_returns, serving

T0 = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def hub(tmp_path):
    yield from serving(f"sqlite:///{tmp_path}/hub.sqlite3")


def at(hub, moment: dt.datetime) -> None:
    hub.server.config.app.state.clock = lambda: moment


def page(hub, since: int = 0) -> tuple[dict[str, dict], int]:
    answer = httpx.get(f"{hub.url}/v1/returns", params={"since": since, "format": 2}, timeout=30,
                       headers={"Authorization": f"Bearer {hub.tokens['B1']}"}).json()
    return {doc["rma_number"]: doc for doc in answer["returns"]}, answer["cursor"]


def counted(doc: dict) -> tuple:
    block = doc["customer"]
    return block["returns"], block["days"], block["orders"], block["rate_percent"]


def pull(bench) -> dict:
    done = subprocess.run([sys.executable, "-m", "inspector.cli.main", "--data-dir", str(bench.paths.data_dir),
                           "sync", "--once", "--pull-only"], capture_output=True, text=True, timeout=120, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] and not report["pulled"]["returns_refused"], report
    return report["pulled"]


def test_three_returns_of_a_customer_give_the_signal_and_a_fourth_renumbers_the_open_ones(hub, tmp_path):
    at(hub, T0 - dt.timedelta(days=100))
    push_returns(hub, [inbound("R-OLD", customer="C-1", orders=3)])         # first seen before the 90 days
    at(hub, T0)
    answer = push_returns(hub, [inbound(f"R-{n}", customer="C-1", orders=4) for n in (1, 2, 3)]
                          + [inbound("R-GONE", customer="C-1", orders=4) | {"status": "cancelled"},
                             inbound("R-OTHER", customer="C-2", orders=0)])
    assert answer["added"] == 5

    served, cursor = page(hub)
    # Not counted: the one first seen 100 days ago, the cancelled one. The rate is against the newest orders given.
    assert {rma: counted(doc) for rma, doc in served.items()} == {
        "R-OLD": (3, 90, 4, "75.0"), "R-1": (3, 90, 4, "75.0"), "R-2": (3, 90, 4, "75.0"),
        "R-3": (3, 90, 4, "75.0"), "R-GONE": (3, 90, 4, "75.0"), "R-OTHER": (1, 90, 0, None)}
    assert served["R-1"]["customer"]["as_of"].startswith("2026-12-01T12:00:00")

    bench = make_bench(tmp_path, "B1", hub.url, hub.tokens["B1"])
    try:
        assert pull(bench)["returns_added"] == 6
        with bench.database.engine.connect() as conn:
            held = load_return(conn, conn.scalar(select(ReturnRow.id).where(ReturnRow.rma_number == "R-2")))
        assert (held.customer_id, held.customer_orders) == ("C-1", 4)
        assert held.customer is not None and (held.customer.returns, held.customer.orders) == (3, 4)
        evidence = UnitEvidence(frozenset(), frozenset(), "Too small", None, None, frozenset(), {}, held.customer)
        reasons = unit_reasons(bench.policy, evidence)
        assert [r.signal for r in reasons] == [Signal.REPEAT_RETURNER]
        single = CustomerHistory.from_json(served["R-OTHER"]["customer"])
        assert unit_reasons(bench.policy, UnitEvidence(frozenset(), frozenset(), "Too small", None, None,
                                                       frozenset(), {}, single)) == ()
    finally:
        bench.close()

    at(hub, T0 + dt.timedelta(days=1))
    assert push_returns(hub, [inbound("R-4", customer="C-1", orders=5)])["added"] == 1
    served, _cursor = page(hub, cursor)
    # The customer's open returns go round again with the fresh count; the cancelled one and C-2's stay put.
    assert sorted(served) == ["R-1", "R-2", "R-3", "R-4", "R-OLD"]
    assert {counted(doc) for doc in served.values()} == {(4, 90, 5, "80.0")}
