"""`make bench`: every benchmark in one run, each printing its figures against its floor."""
from __future__ import annotations

import importlib
import sys
import time

BENCHMARKS = (
    "tests.benchmarks.bench_commit",
    "tests.benchmarks.bench_cold_start",
    "tests.benchmarks.bench_scan_to_screen",
    "tests.benchmarks.bench_photo_frame_gap",
    "tests.benchmarks.bench_scan_during_sync",
    "tests.benchmarks.bench_soak",
    "tests.benchmarks.bench_labels",
    "tests.benchmarks.bench_sync",
    "tests.benchmarks.bench_report",
    "tests.benchmarks.bench_import_memory",
    "tests.benchmarks.bench_site",
    "tests.benchmarks.bench_hub_report",
    "tests.benchmarks.bench_inbound_returns",
)


def main(names: list[str]) -> int:
    chosen = [b for b in BENCHMARKS if not names or any(n in b for n in names)]
    results = {}
    for name in chosen:
        print(f"== {name.rsplit('.', 1)[-1]}", flush=True)
        started = time.monotonic()
        results[name] = importlib.import_module(name).run()
        print(f"   ({time.monotonic() - started:.0f} s)", flush=True)
    missed = [n for n, ok in results.items() if not ok]
    print(f"\n{len(results) - len(missed)} of {len(results)} benchmarks met their targets"
          + (f"; missed: {', '.join(m.rsplit('.', 1)[-1] for m in missed)}" if missed else ""))
    return 0  # figures are reported, not asserted: a slow machine must not fail the build


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
