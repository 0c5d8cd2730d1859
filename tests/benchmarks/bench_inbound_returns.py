"""The inbound returns API end to end on loopback (issue 18): an integration client pushes 10,000 returns to the hub
(10 POSTs of 1,000 with httpx), a fresh bench pulls them with the real sync (`SyncEngine`, pull only), then the
client pushes them all again, which must change nothing: every return unchanged, no change number taken, and the
bench's next pull stores none.

Figures: returns/s for the push, the pull and the re-push. Targets: the re-push changes nothing and every return
reaches the bench; the push at least TARGET returns/s. The hub runs as its own process (as `bench_sync`), on SQLite,
and also on PostgreSQL when one is configured (`.ci/postgres.env` or $INSPECTOR_TEST_PG_URL).
    python -m tests.benchmarks bench_inbound_returns
"""
from __future__ import annotations

import os
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import httpx
from sqlalchemy import func, select

from inspector.hub.schema import counters
from inspector.hub.storage import make_hub_engine
from inspector.settings import load_settings
from inspector.storage.orm import ReturnRow
from inspector.sync.engine import SyncConfig, SyncEngine
from tests.integration.faults.hubs import ProcessHub, issue_integration, issue_tokens
from tests.integration.faults.workload import make_bench

BATCHES = int(os.environ.get("BENCH_INBOUND_BATCHES", "10"))
PER_BATCH = 1000
TARGET = 1000   # returns/s pushed
# A fixed day before every moment tests/shifted_clocks.sh runs at: never in the future for the hub or the bench.
DELIVERED = "2026-03-01"


def _return(n: int) -> dict:
    """A return as a shop's ERP sends it: its own number, three lines, a tracking number of no known carrier."""
    return {"rma_number": f"R-2026-{n:06d}", "order_number": f"SO-{n // 2:06d}", "customer_reason": "Too small",
            "delivered_on": DELIVERED, "status": "open", "tracking_numbers": [f"ERPTRK{n:08d}"],
            "lines": [{"line_no": k, "sku": f"SKU-{(n + k) % 500:04d}", "gtin": None, "description": f"Item {k}",
                       "quantity": k, "unit_price": f"{10 + k}.90", "currency": "EUR", "category": "apparel"}
                      for k in (1, 2, 3)],
            "version": 1}


def _push_all(url: str, token: str, batches: list[list[dict]]) -> tuple[dict[str, int], float]:
    totals: dict[str, int] = {}
    with httpx.Client(base_url=url, timeout=120, headers={"Authorization": f"Bearer {token}"}) as client:
        started = time.perf_counter()
        for batch in batches:
            answer = client.post("/v1/returns", json={"returns": batch})
            answer.raise_for_status()
            body = answer.json()
            for outcome in ("added", "updated", "unchanged", "stale", "rejected"):
                totals[outcome] = totals.get(outcome, 0) + body[outcome]
        return totals, time.perf_counter() - started


def _counter(db_url: str) -> int:
    engine = make_hub_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.scalar(select(counters.c.value).where(counters.c.name == "returns"))
    finally:
        engine.dispose()


def _round(root: Path, db_url: str, label: str) -> bool:
    token = issue_tokens(db_url, "BENCH-1")["BENCH-1"]
    erp = issue_integration(db_url, "ERP")
    batches = [[_return(b * PER_BATCH + n) for n in range(PER_BATCH)] for b in range(BATCHES)]
    total = BATCHES * PER_BATCH
    with ProcessHub(db_url) as hub:
        pushed, push_s = _push_all(hub.url, erp, batches)
        bench = make_bench(root / f"bench-{label}", "BENCH-1", hub.url, token)
        try:
            sync = SyncEngine(bench.database, bench.policy, bench.paths,
                              SyncConfig.from_settings(load_settings(bench.paths)))
            started = time.perf_counter()
            pulled = sync.run_once(push=False)
            pull_s = time.perf_counter() - started
            taken = _counter(db_url)
            again, repush_s = _push_all(hub.url, erp, batches)
            after = sync.run_once(push=False)
            sync.close()
            with bench.database.engine.connect() as conn:
                held = conn.scalar(select(func.count()).select_from(ReturnRow).where(
                    ReturnRow.rma_number.like("R-2026-%")))
        finally:
            bench.close()
    unchanged = (again.get("unchanged") == total and _counter(db_url) == taken
                 and after["pulled"]["returns_added"] == after["pulled"]["returns_updated"] == 0)
    arrived = pushed.get("added") == total and pulled["ok"] and pulled["pulled"]["returns_added"] == held == total
    rate = total / push_s
    ok = unchanged and arrived and rate >= TARGET
    print(f"{'PASS' if ok else 'MISS'}  inbound returns on {label}, {total:,} returns in POSTs of {PER_BATCH}: push "
          f"{rate:,.0f} returns/s ({push_s:.1f} s), bench pull {total / pull_s:,.0f} returns/s ({pull_s:.1f} s), "
          f"re-push {total / repush_s:,.0f} returns/s ({repush_s:.1f} s, {again.get('unchanged', 0):,} unchanged, "
          f"change numbers {'untouched' if _counter(db_url) == taken else 'TAKEN'}); the bench holds {held:,} "
          f"(target: push >= {TARGET:,}/s, all pulled, the re-push changes nothing)", flush=True)
    return ok


def run() -> bool:
    from tests.integration.faults.postgres import configured_url, fresh_database
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ok = _round(root, f"sqlite:///{root}/hub.sqlite3", "SQLite")
        pg = configured_url()
        if pg:
            with ExitStack() as stack:
                ok = _round(root, stack.enter_context(fresh_database(pg)), "PostgreSQL") and ok
    return ok


if __name__ == "__main__":
    raise SystemExit(0 if run() else 1)
