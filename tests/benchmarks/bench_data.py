"""Benchmark data dirs: generated once with the real `inspector demo` command, cached, copied per run."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("INSPECTOR_BENCH_CACHE", Path.home() / ".cache" / "return-inspector-bench"))


def _inspector(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "inspector", *args], cwd=ROOT, check=True)


def data_dir_with_history(items: int, into: Path) -> Path:
    """A copy of a cached data dir holding at least `items` completed item inspections plus the demo data."""
    source = CACHE / f"history-{items}"
    marker = source / "ready"
    if not marker.exists():
        shutil.rmtree(source, ignore_errors=True)
        source.mkdir(parents=True)
        started = time.monotonic()
        print(f"      generating {items:,} past inspections once into {source} ...", flush=True)
        from inspector.demo import load_demo_data
        from inspector.paths import Paths
        load_demo_data(Paths(source))
        parcels = 0
        while completed(source / "bench.sqlite3") < items:
            missing = items - completed(source / "bench.sqlite3")
            _inspector("--data-dir", str(source), "demo", "--parcels", str(max(1000, int(missing / 1.85))),
                       "--days", "365", "--seed", str(parcels))
            parcels += 1
        marker.write_text(f"{completed(source / 'bench.sqlite3')} items in {time.monotonic() - started:.0f} s\n")
    target = into / "data"
    shutil.copytree(source, target)
    return target


def completed(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM item_inspections WHERE status='completed'").fetchone()[0]


def scan_pairs(db: Path, n: int) -> list[tuple[str, str]]:
    """(tracking number, an item GTIN on that return) for open returns, spread over the database."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT t.tracking_number, min(l.gtin) FROM return_tracking t JOIN returns r ON r.id = t.return_id "
            "JOIN return_lines l ON l.return_id = r.id WHERE l.gtin IS NOT NULL AND r.status = 'open' "
            "GROUP BY t.tracking_number ORDER BY random() LIMIT ?", (n,)).fetchall()
