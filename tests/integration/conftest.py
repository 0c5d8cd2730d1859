"""Fixtures the sync tests share: a real hub serving on loopback, and a bench that holds one of its tokens."""
from __future__ import annotations

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
