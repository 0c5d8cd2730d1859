"""Soak: 20,000 scans through the real window in one process; no crash, and resident memory growth after warm-up."""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_data import scan_pairs

SCANS = int(os.environ.get("BENCH_SOAK_SCANS", "20000"))
WARMUP = 2000
BURST = 25          # scans queued back to back before waiting, as a fast scanner does
RSS_LIMIT_MB = 30.0


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def _script(pairs: list[tuple[str, str]]):
    while True:
        for tracking, gtin in pairs:
            yield from (tracking, gtin, "CMD:GRADE:B", "CMD:COMPLETE", "CMD:PARCEL-DONE")


def run() -> bool:
    from inspector.demo import load_demo_data
    from inspector.paths import Paths
    from tests.benchmarks.window_driver import WindowDriver

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        load_demo_data(Paths(data))
        pairs = scan_pairs(data / "bench.sqlite3", 50)
        driver = WindowDriver(data)
        driver.scan("OP-1001")
        driver.pin("1234")
        script = _script(pairs)
        done, errors, baseline = 0, 0, None
        while done < SCANS:
            burst = [next(script) for _ in range(min(BURST, SCANS - done))]
            state = driver.burst(burst)
            done += len(burst)
            errors += sum(1 for e in state.shift_log[-len(burst):] if e.cue.value == "error")
            if baseline is None and done >= WARMUP:
                baseline = rss_mb()
                warm_at = time.perf_counter()
        final = rss_mb()
        elapsed = time.perf_counter() - warm_at
        driver.close()
    growth = final - baseline
    ok = growth < RSS_LIMIT_MB and errors == 0
    print(f"      soak: {done:,} scans, {errors} error cues, {(done - WARMUP) / elapsed:,.0f} scans/s after warm-up")
    print(f"{'PASS' if ok else 'MISS'}  soak RSS growth after {WARMUP:,} warm-up scans: {growth:+.1f} MB "
          f"({baseline:.1f} -> {final:.1f} MB; limit < {RSS_LIMIT_MB:.0f} MB, no crash, no error cue)", flush=True)
    return ok


if __name__ == "__main__":
    run()
