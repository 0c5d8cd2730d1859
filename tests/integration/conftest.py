"""Fixtures the integration tests share: a real hub serving on loopback, a bench that holds one of its tokens, and
a small real disk to fill."""
from __future__ import annotations

import subprocess

import pytest

from tests.integration.faults.hubs import ThreadHub, issue_tokens
from tests.integration.faults.workload import make_bench


@pytest.fixture
def hub(tmp_path):
    """The hub on a SQLite file, with tokens for stations B1, B2 and B9 in `hub.tokens`."""
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_tokens(db_url, "B1", "B2", "B9")
    with ThreadHub(db_url) as running:
        running.tokens = tokens
        yield running


@pytest.fixture
def bench(tmp_path, hub):
    """Bench B1, set up to sync with `hub`."""
    made = make_bench(tmp_path / "benches", "B1", hub.url, hub.tokens["B1"])
    yield made
    made.close()


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB tmpfs: a real filesystem that really fills up (mounting needs root, as the CI runs)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
                              capture_output=True, text=True, timeout=10)
    except OSError as exc:
        pytest.skip(f"cannot mount a small tmpfs to fill: {exc}")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill (needs root): {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, timeout=10)
