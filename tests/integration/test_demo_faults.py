"""`inspector demo` against a hostile machine: a (nearly) full disk, a database another process holds, a kill -9.

Whatever happens: one clear line and a non-zero exit (never a traceback), the database whole (every parcel with its
items and outbox rows, or none of it), and a second run that works.
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid

import pytest

from inspector.cli.main import main
from inspector.demo import load_demo_data
from inspector.paths import Paths
from inspector.storage.database import Database
from tests.integration.faults.hubs import REPO


def cli(data_dir, *args, **kwargs):
    env = {k: v for k, v in os.environ.items() if k != "INSPECTOR_STATION"}
    return subprocess.run([sys.executable, "-m", "inspector", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, cwd=REPO,
                          env={**env, "PYTHONPATH": str(REPO)}, **kwargs)


def demo_ready(data_dir) -> Paths:
    """A bench with its schema and the first-start demo data, ready for history."""
    paths = Paths(data_dir).ensure()
    load_demo_data(paths)
    return paths


def assert_whole(paths: Paths) -> int:
    """The database passes SQLite's own check and holds whole parcels only; returns how many parcels."""
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        parcels, items = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                          for t in ("parcel_receipts", "item_inspections"))
        empty = conn.execute("SELECT count(*) FROM parcel_receipts p WHERE NOT EXISTS "
                             "(SELECT 1 FROM item_inspections i WHERE i.parcel_id = p.id)").fetchone()[0]
        rows = dict(conn.execute("SELECT record_type, count(*) FROM outbox GROUP BY record_type").fetchall())
    assert empty == 0, "a parcel without its items"
    assert rows.get("parcel_receipt", 0) == 2 * parcels and rows.get("item_inspection", 0) == items
    return parcels


def demo_here(data_dir, *args) -> int:
    """The same command in this process (a subprocess costs seconds): for the runs expected to work."""
    return main(["--data-dir", str(data_dir), "demo", *args])


def one_clear_line(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "sqlalchemy" not in done.stderr.lower()
    message = [line for line in done.stderr.splitlines() if not line.startswith("demo: ")]
    assert len(message) == 1, done.stderr
    assert all(w in message[0] for w in words), message[0]


def fill_leaving(directory, free_bytes: int):
    """Takes all the space but `free_bytes`; returns the filler to delete."""
    filler = directory / f"filler-{uuid.uuid4().hex}"
    stats = os.statvfs(directory)
    size = stats.f_bavail * stats.f_frsize - free_bytes
    with open(filler, "wb") as f:
        os.posix_fallocate(f.fileno(), 0, size)
    return filler


@pytest.mark.parametrize("free_kb", [64, 256])
def test_a_nearly_full_disk_is_one_clear_line_and_nothing_half_written(small_disk, free_kb):
    paths = demo_ready(small_disk / "data")
    filler = fill_leaving(small_disk, free_kb * 1024)
    done = cli(paths.data_dir, "demo", "--parcels", "800", "--outbox", "pending")
    one_clear_line(done, "disk is full", "Free some space")
    parcels = assert_whole(paths)
    assert f"{parcels} of 800 parcels" in done.stderr          # says what is in, so a rerun can add the rest
    filler.unlink()
    assert demo_here(paths.data_dir, "--parcels", "30") == 0
    assert assert_whole(paths) == parcels + 30


def test_a_disk_full_before_the_first_start_data_is_one_clear_line(small_disk):
    fill_leaving(small_disk, 64 * 1024)
    done = cli(small_disk / "data", "demo", "--parcels", "10")
    one_clear_line(done, "disk is full")


def test_a_database_another_process_is_writing_is_one_clear_line(tmp_path):
    paths = demo_ready(tmp_path / "data")
    holder = sqlite3.connect(paths.database, isolation_level=None, timeout=1)
    try:
        holder.execute("BEGIN IMMEDIATE")            # an open write transaction in this (other) process
        holder.execute("UPDATE operators SET name = name")
        done = cli(paths.data_dir, "demo", "--parcels", "20")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    one_clear_line(done, "busy", "try again")
    assert assert_whole(paths) == 0
    assert demo_here(paths.data_dir, "--parcels", "20") == 0
    assert assert_whole(paths) == 20


@pytest.mark.slow
def test_demo_killed_at_random_moments_leaves_whole_parcels_and_runs_again(tmp_path):
    """Killed once early (starting, loading the first-start data), once in its second transaction; and Ctrl-C."""
    rng = random.Random(os.environ.get("KILL_SEED", "15"))
    data_dir = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for when, sig in (("early", signal.SIGKILL), ("second batch", signal.SIGKILL), ("second batch", signal.SIGINT)):
        child = subprocess.Popen([sys.executable, "-m", "inspector", "--data-dir", str(data_dir), "demo",
                                  "--parcels", "5600", "--outbox", "pending"], cwd=REPO, env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            if when == "second batch":   # the first 5000 parcels are committed when their progress line comes
                assert child.stderr.readline().startswith("demo: 5000 parcels")
                time.sleep(rng.uniform(0.0, 0.6 if sig == signal.SIGKILL else 0.2))
            else:
                time.sleep(rng.uniform(0.3, 2.0))
            child.send_signal(sig)
            said = child.stderr.read()
        finally:
            child.wait(10)
            child.stderr.close()
        if sig == signal.SIGINT:   # Ctrl-C: one line (or the run had just finished, on its way out)
            assert child.returncode in (130, 0, -signal.SIGINT) and "Traceback" not in said, said
            assert child.returncode != 130 or said.strip().endswith("inspector demo: interrupted."), said
        if (data_dir / "bench.sqlite3").exists():
            assert_whole(Paths(data_dir))
    before = assert_whole(Paths(data_dir)) if (data_dir / "bench.sqlite3").exists() else 0
    assert demo_here(data_dir, "--parcels", "25", "--outbox", "pending") == 0
    paths = Paths(data_dir)
    assert assert_whole(paths) == before + 25
    database = Database.open_sqlite(paths.database)
    try:
        with database.engine.connect() as conn:      # the first-start data is complete after the rerun
            assert conn.exec_driver_sql("SELECT count(*) FROM operators").scalar_one() >= 3
            assert conn.exec_driver_sql("SELECT count(*) FROM returns WHERE source='demo'").scalar_one() >= 10
    finally:
        database.dispose()


@pytest.mark.parametrize("args, words", [
    (["demo", "--parcels", "abc"], "not a whole number"),
    (["demo", "--parcels", "5", "--days", "0"], "must be 1 or more"),
    (["demo", "--parcels", "5", "--seed", "x"], "invalid int value"),
])
def test_bad_arguments_are_a_usage_line(tmp_path, capsys, args, words):
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(tmp_path / "data"), *args])
    assert stopped.value.code == 2 and words in capsys.readouterr().err
    assert not (tmp_path / "data").exists()


def test_unusable_files_in_the_data_folder_are_one_clear_line(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "bench.sqlite3").write_bytes(b"not a database at all " * 10)
    assert demo_here(data, "--parcels", "5") == 2
    assert capsys.readouterr().err.strip() == ("Demo history not written: The database file is damaged or is not a "
                                               "bench database. Restore it from a backup, or choose another data "
                                               "folder.")
    (data / "bench.sqlite3").unlink()
    (data / "policy.json").write_text('{"x": 1}')
    assert main(["--data-dir", str(data), "demo-sheet", "-o", str(tmp_path / "sheet.pdf")]) == 2
    assert capsys.readouterr().err.startswith("Demo sheet not written: policy:")
    assert not (tmp_path / "sheet.pdf").exists()
