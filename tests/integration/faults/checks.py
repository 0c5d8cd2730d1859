"""The promise under test: after recovery the hub holds every bench record exactly once, at its newest version,
with the same content, and the bench has nothing left pending."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from inspector.hub.schema import records
from inspector.hub.storage import make_hub_engine
from inspector.storage.database import Database
from inspector.storage.orm import OutboxRow
from inspector.sync import outbox
from inspector.sync.readers import READERS


def bench_records(database: Database) -> dict[tuple[str, str], dict[str, Any]]:
    table = OutboxRow.__table__
    with database.engine.connect() as conn:
        keys = conn.execute(select(table.c.record_type, table.c.record_id).distinct()).all()
        by_type: dict[str, list[str]] = {}
        for record_type, record_id in keys:
            by_type.setdefault(record_type, []).append(record_id)
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for record_type, ids in by_type.items():
            for start in range(0, len(ids), 500):
                for record_id, data in READERS[record_type](conn, ids[start:start + 500]).items():
                    found[(record_type, record_id)] = data
        return found


def hub_records(db_url: str, station: str | None = None) -> dict[tuple[str, str], tuple[str, int, dict[str, Any]]]:
    engine = make_hub_engine(db_url)
    try:
        with engine.connect() as conn:
            stmt = select(records.c.record_type, records.c.record_id, records.c.station, records.c.version,
                          records.c.data)
            if station is not None:
                stmt = stmt.where(records.c.station == station)
            return {(t, i): (s, v, json.loads(d)) for t, i, s, v, d in conn.execute(stmt)}
    finally:
        engine.dispose()


def assert_hub_matches_bench(db_url: str, database: Database, station: str) -> int:
    with database.engine.connect() as conn:
        left = outbox.counts(conn)
    assert left == {"pending": 0, "rejected": 0}, f"bench still has {left}"
    bench = bench_records(database)
    hub = hub_records(db_url, station)
    assert len(hub) == len(bench), f"hub has {len(hub)} records of {station}, bench {len(bench)}"
    assert set(hub) == set(bench)
    for key, data in bench.items():
        owner, version, stored = hub[key]
        assert owner == station
        assert version == data["version"], f"{key}: hub v{version}, bench v{data['version']}"
        assert stored == data, f"{key}: content differs"
    return len(bench)
