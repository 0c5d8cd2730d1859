"""Timing helpers shared by every benchmark: percentiles, and one line per figure against its floor."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def time_each(fn: Callable[[], object], n: int, warmup: int = 20) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def summary(samples: list[float]) -> str:
    return (f"median {statistics.median(samples):.3f} ms, p99 {percentile(samples, 99):.3f} ms, "
            f"n={len(samples)}")


def report(name: str, ours: float, floor: float, allowed_ratio: float, unit: str = "ms",
           absolute_limit: float | None = None) -> bool:
    ratio = ours / floor if floor else float("inf")
    ok = ratio <= allowed_ratio and (absolute_limit is None or ours <= absolute_limit)
    limit = f", limit {absolute_limit} {unit}" if absolute_limit is not None else ""
    print(f"{'PASS' if ok else 'MISS'}  {name}: {ours:.3f} {unit} vs floor {floor:.3f} {unit} "
          f"= {ratio:.2f}x (target <= {allowed_ratio}x{limit})", flush=True)
    return ok
