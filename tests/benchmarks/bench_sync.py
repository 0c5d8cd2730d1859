"""End-to-end sync throughput on loopback: bench outbox -> hub commit -> acknowledged, records per second.

Floor, measured in the same run on the same batches: a bare Starlette app on uvicorn that parses each JSON batch and
answers one acknowledgement per record (no validation, no database): the cost of moving the batches at all. Targets
(issue 4): at least 10,000 records/s, and at least half the floor.

Both servers run as separate processes (as a real hub would), with the same uvicorn settings; each figure is the
best of a few rounds, since a 2-core machine shared with a second process is noisy.
    python -m tests.benchmarks.bench_sync            # print the figures
"""
from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from inspector.collector import tune_for_batches
from inspector.settings import load_settings
from inspector.sync import outbox
from inspector.sync.engine import SyncConfig, SyncEngine
from tests.integration.faults.hubs import REPO, ProcessHub, free_port, issue_tokens, wait_healthy
from tests.integration.faults.workload import bulk_records, make_bench

ITEMS = 20_000          # item inspections per round; with their parcels, 30,000 records
BATCH = 1000            # records per push, the bench's default
ROUNDS = 3
TARGET = 10_000


def _bare_app():  # type: ignore[no-untyped-def]
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    async def ingest(request: Request) -> Response:
        batch = json.loads(await request.body())
        acks = [{"type": r["type"], "id": r["id"], "version": r["version"], "outcome": "applied", "reason": None}
                for r in batch["records"]]
        return Response(json.dumps({"results": acks}, separators=(",", ":")), media_type="application/json")

    async def health(_request: Request) -> Response:
        return Response("{}", media_type="application/json")

    return Starlette(routes=[Route("/ingest", ingest, methods=["POST"]), Route("/v1/health", health)])


def _serve_bare(port: int) -> None:
    import uvicorn
    uvicorn.run(_bare_app(), host="127.0.0.1", port=port, log_level="warning", access_log=False,
                timeout_keep_alive=30, lifespan="off")


def _ours(root: Path, round_no: int) -> tuple[float, int]:
    db_url = f"sqlite:///{root}/hub-{round_no}.sqlite3"
    token = issue_tokens(db_url, "BENCH-1")["BENCH-1"]
    with ProcessHub(db_url) as hub:
        bench = make_bench(root / f"ours-{round_no}", "BENCH-1", hub.url, token)
        try:
            records = bulk_records(bench.database, "BENCH-1", ITEMS)
            engine = SyncEngine(bench.database, bench.policy, bench.paths,
                                SyncConfig.from_settings(load_settings(bench.paths), batch_size=BATCH))
            engine.check_station()
            started = time.perf_counter()
            report = engine.run_once(pull=False)
            elapsed = time.perf_counter() - started
            engine.close()
            assert report["ok"] and report["pending"] == 0, report
            assert report["pushed"]["applied"] == records, report
            return records / elapsed, records
        finally:
            bench.close()


def _same_batches(root: Path) -> list[list[dict]]:
    bench = make_bench(root / "floor", "BENCH-1")
    try:
        bulk_records(bench.database, "BENCH-1", ITEMS)
        with bench.database.engine.connect() as conn:
            records = outbox.prepare_push(conn, 10 * ITEMS).records
    finally:
        bench.close()
    return [records[i:i + BATCH] for i in range(0, len(records), BATCH)]


def _floor(batches: list[list[dict]]) -> float:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "tests.benchmarks.bench_sync", "--serve-bare", str(port)],
                              cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        wait_healthy(f"http://127.0.0.1:{port}", process=server)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            started = time.perf_counter()
            for batch in batches:
                body = json.dumps({"records": batch}, separators=(",", ":"), ensure_ascii=False).encode()
                answer = client.post("/ingest", content=body, headers={"Content-Type": "application/json"})
                assert len(answer.json()["results"]) == len(batch)
            elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(10)
    return sum(len(b) for b in batches) / elapsed


def run() -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        batches = _same_batches(root)
        # The sending side runs as `inspector sync` runs it, with the collector tuned for batches; the floor's client
        # shares this process, so it runs that way too.
        thresholds = gc.get_threshold()
        tune_for_batches()
        ours, floors, records = [], [], 0
        for n in range(ROUNDS):   # interleaved, so drift in the machine's load hits both alike
            rate, records = _ours(root, n)
            ours.append(rate)
            floors.append(_floor(batches))
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    best, floor = max(ours), max(floors)
    ratio = best / floor
    ok = best >= TARGET and ratio >= 0.5
    print(f"{'PASS' if ok else 'MISS'}  sync end to end (bench outbox -> hub commit on SQLite -> acknowledged), "
          f"{records} records in batches of {BATCH}: {best:,.0f} records/s (rounds: "
          f"{', '.join(f'{r:,.0f}' for r in ours)}) vs bare Starlette JSON ingest {floor:,.0f} records/s (rounds: "
          f"{', '.join(f'{r:,.0f}' for r in floors)}) = {ratio:.2f}x (target >= {TARGET:,}/s and >= 0.5x)",
          flush=True)
    return ok


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--serve-bare":
        _serve_bare(int(sys.argv[2]))
    else:
        sys.exit(0 if run() else 1)
