"""`inspector hub stats`: what each station has pushed, and the photos named (held) and whose bytes are here
(stored), for the administrator and the fault tests."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func, select

from inspector.hub import photo_rows
from inspector.hub.schema import records, return_docs, stations


def record_counts(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        per_station: dict[str, dict[str, int]] = {}
        for station, record_type, count in conn.execute(
                select(records.c.station, records.c.record_type, func.count())
                .group_by(records.c.station, records.c.record_type).order_by(records.c.station)):
            per_station.setdefault(station, {})[record_type] = count
        for (name,) in conn.execute(select(stations.c.name)):
            per_station.setdefault(name, {})
        returns = conn.scalar(select(func.count()).select_from(return_docs)) or 0
        photos = photo_rows.counts(conn)
    return {"stations": {name: {"total": sum(c.values()), **c} for name, c in sorted(per_station.items())},
            "records": sum(sum(c.values()) for c in per_station.values()), "returns": returns,
            "photos": photos}
