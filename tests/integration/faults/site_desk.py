"""A site for the desk tests: a hub whose clock the test sets, benches that work and push, and a supervisor desk
that pulls every other station's records; plus the check that the desk holds every remote record once, at its
newest version."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from inspector.domain.operators import Role
from inspector.hub.schema import records
from inspector.hub.stations import set_site_view
from inspector.hub.storage import make_hub_engine
from inspector.settings import load_settings
from inspector.storage.orm import SITE_COPY
from inspector.sync.engine import SyncConfig, SyncEngine
from inspector.usecases.operators import CreateOperator, create_operator
from tests.conftest import NOW
from tests.integration.faults.hubs import issue_tokens
from tests.integration.faults.workload import Bench, make_bench

# The hub's and the desk's "now": a day after the work (tests.conftest.NOW), whatever today is.
HUB_NOW = NOW + dt.timedelta(days=1)
COPY_TABLES = {"parcel_receipt": "parcel_receipts", "item_inspection": "item_inspections",
               "inspection_override": "inspection_audit", "inspection_photo": "inspection_photos"}


@dataclass
class Clock:
    """A clock the test moves: the hub's (`app.state.clock`) and the desk engine's."""
    now: dt.datetime = HUB_NOW

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class Site:
    hub_url: str
    db_url: str
    tokens: dict[str, str]
    benches: dict[str, Bench]
    desk: Bench
    clock: Clock
    supervisor: str = ""
    engines: list[SyncEngine] = field(default_factory=list)

    def engine(self, bench: Bench, hub_url: str | None = None, **overrides: Any) -> SyncEngine:
        settings = load_settings(bench.paths)
        made = SyncEngine(bench.database, bench.policy, bench.paths,
                          SyncConfig(hub_url or self.hub_url, self.tokens[bench.station], settings.station,
                                     **overrides), clock=self.clock)
        self.engines.append(made)
        return made

    def close(self) -> None:
        for engine in self.engines:
            engine.close()
        for bench in [*self.benches.values(), self.desk]:
            bench.close()


def issue_site_tokens(db_url: str, benches: tuple[str, ...], desk: str) -> dict[str, str]:
    tokens = issue_tokens(db_url, *benches, desk)
    engine = make_hub_engine(db_url)
    try:
        set_site_view(engine, desk, True)
    finally:
        engine.dispose()
    return tokens


def open_site(root: Path, hub: Any, tokens: dict[str, str], benches: tuple[str, ...], desk: str,
              clock: Clock) -> Site:
    """Benches (each with its own plates: `made` starts apart) and a desk with a supervisor, all on `hub`."""
    hub.server.config.app.state.clock = clock
    made = {}
    for n, name in enumerate(benches, start=1):
        bench = make_bench(root / "benches", name, hub.url, tokens[name])
        bench.made = n * 100   # plates LP00000101.., 201..; times NOW + made seconds, within the site's day
        made[name] = bench
    desk_bench = make_bench(root / "benches", desk, hub.url, tokens[desk])
    desk_bench.made = 900
    site = Site(hub.url, hub.db_url, tokens, made, desk_bench, clock)
    site.supervisor = create_operator(CreateOperator("SUP-9001", "Dana Supervisor", Role.SUPERVISOR, "4321", NOW),
                                      desk_bench.uow())
    return site


def desk_copies(desk: Bench) -> dict[tuple[str, str], tuple[str, int]]:
    """(type, id) -> (station, version) of every copy the desk holds (placeholder parcels left out)."""
    found = {}
    with desk.database.engine.connect() as conn:
        for record_type, table in COPY_TABLES.items():
            for record_id, station, version in conn.exec_driver_sql(
                    f"SELECT id, station, version FROM {table} WHERE origin = ? AND version > 0", (SITE_COPY,)):
                found[(record_type, record_id)] = (station, version)
    return found


def hub_window(db_url: str, desk: str, start: str) -> dict[tuple[str, str], tuple[str, int]]:
    """(type, id) -> (station, version) of the records the feed serves the desk: other stations', in the window."""
    engine = make_hub_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(records.c.record_type, records.c.record_id, records.c.station,
                                       records.c.version)
                                .where(records.c.station != desk, records.c.happened_at >= start)).all()
    finally:
        engine.dispose()
    return {(t, i): (s, v) for t, i, s, v in rows}


def assert_desk_matches_hub(site: Site, start: str) -> int:
    """Every other station's record of the window is at the desk once (a primary key), at the hub's version; the
    desk holds no copy the hub does not (beyond the window's companions, which the hub holds too)."""
    hub = hub_window(site.db_url, site.desk.station, start)
    desk = desk_copies(site.desk)
    missing = {k: v for k, v in hub.items() if desk.get(k) != v}
    assert not missing, f"{len(missing)} of {len(hub)} remote records not at the desk at their version: " \
                        f"{list(missing.items())[:3]} (desk has {[desk.get(k) for k in list(missing)[:3]]})"
    extra = set(desk) - set(hub_window(site.db_url, site.desk.station, ""))
    assert not extra, f"copies the hub does not hold: {sorted(extra)[:3]}"
    with site.desk.database.engine.connect() as conn:
        queued = conn.exec_driver_sql(
            "SELECT count(*) FROM outbox o WHERE EXISTS (SELECT 1 FROM item_inspections i WHERE i.id = o.record_id "
            "AND i.origin = 'site') OR EXISTS (SELECT 1 FROM parcel_receipts p WHERE p.id = o.record_id AND "
            "p.origin = 'site')").scalar_one()
    assert queued == 0, "a copy reached the desk's outbox"
    return len(hub)

