"""Issue 17: an operator added once at the hub signs in at a bench window (badge scan, PIN typed), records under the
site's id, is refused there once deactivated and pulled; a bench out of touch with its hub warns at sign-in.

The real window over a real SQLite file, the real hub over HTTP on loopback, hand-moved clocks (nothing sleeps).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from inspector.bench.session import BenchSession
from inspector.bench.sign_in import hub_contact_of
from inspector.bench.state import Cue, Phase
from inspector.domain.policy import load_policy
from inspector.hub import operators as hub_team
from inspector.hub.storage import make_hub_engine
from inspector.paths import resource
from inspector.settings import StationSettings, load_settings, save_settings
from inspector.storage.database import Database
from inspector.sync.engine import SyncConfig, SyncEngine
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, UPS, sample_returns
from tests.gui.conftest import STATION, Bench, open_window
from tests.integration.faults.checks import hub_records
from tests.integration.faults.hubs import ThreadHub, issue_tokens

pytestmark = pytest.mark.gui


class HandClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def hub(tmp_path):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_tokens(db_url, STATION)
    with ThreadHub(db_url) as running:
        running.tokens = tokens
        yield running


@pytest.fixture
def team(hub) -> dict[str, str]:
    """Two operators added once at the hub: badge -> site id."""
    engine = make_hub_engine(hub.db_url)
    try:
        return {badge: hub_team.add_operator(engine, hub_team.NewOperator(badge, name, role, "ro", pin))
                for badge, name, role, pin in (("OP-2468", "Ioana Marin", "inspector", "975310"),
                                               ("OP-2469", "Radu Stan", "supervisor", "8642"))}
    finally:
        engine.dispose()


def sync(paths, clock) -> dict:
    """A pass from this test's thread, on a database connection of its own, as `inspector sync` would run."""
    database = Database.open_sqlite(paths.database)
    engine = SyncEngine(database, load_policy(resource("policy.json")), paths,
                        SyncConfig.from_settings(load_settings(paths)), clock=clock)
    try:
        report = engine.run_once()
    finally:
        engine.close()
        database.dispose()
    assert report["ok"], report["error"]
    return report


@pytest.fixture
def clock() -> HandClock:
    return HandClock(NOW)


@pytest.fixture
def site_bench(qtbot, gui_paths, runner, hub, team, clock) -> Iterator[Bench]:
    save_settings(gui_paths, StationSettings(station=STATION, hub_url=hub.url, hub_token=hub.tokens[STATION]))
    policy = load_policy(resource("policy.json"))
    db = Database.open_sqlite(gui_paths.database)
    try:
        upsert_returns(UpsertReturns(sample_returns(), "test", NOW), UnitOfWork(db, policy))
    finally:
        db.dispose()
    assert sync(gui_paths, clock)["pulled"]["operators"]["added"] == 2       # before the window opens
    bench = open_window(qtbot, runner, gui_paths, lambda: BenchSession(
        Database.open_sqlite(gui_paths.database), policy, STATION, clock, hub_contact=hub_contact_of(gui_paths)))
    yield bench
    bench.window.close()
    bench.client.close()
    assert runner.shutdown(10_000)
    bench.window.deleteLater()


def sign_out(bench: Bench) -> None:
    bench.client.sign_out()
    bench.settle()
    assert bench.state.phase is Phase.SIGNED_OUT


def test_a_site_operator_signs_in_at_the_window_records_under_the_site_id_and_is_refused_once_deactivated(
        site_bench, hub, team, clock, gui_paths):
    bench = site_bench
    clock.now = NOW + dt.timedelta(hours=1)
    bench.sign_in("OP-2468", "975310")
    assert bench.state.phase is Phase.AWAITING_PARCEL
    assert "Ioana Marin" in bench.window.operator_label.text()
    assert bench.window.banner.cue is Cue.SUCCESS and bench.window.banner.message == "Signed in: Ioana Marin."
    bench.scan(UPS)
    assert bench.state.parcel is not None and bench.state.parcel.rma_number == "RMA-10000001"
    sign_out(bench)

    sync(gui_paths, clock)
    parcels_at_hub = [data for (kind, _), (_s, _v, data) in hub_records(hub.db_url, STATION).items()
                      if kind == "parcel_receipt"]
    assert [p["operator_id"] for p in parcels_at_hub] == [team["OP-2468"]]

    engine = make_hub_engine(hub.db_url)
    try:
        hub_team.deactivate_operator(engine, "OP-2468")
    finally:
        engine.dispose()
    assert sync(gui_paths, clock)["pulled"]["operators"]["deactivated"] == 1
    bench.sign_in("OP-2468", "975310")
    assert bench.state.phase is Phase.AWAITING_PIN and bench.state.operator is None
    assert bench.window.banner.cue is Cue.ERROR and bench.window.banner.message == "Badge or PIN not recognised."


def test_the_window_warns_at_sign_in_when_the_bench_has_not_reached_the_hub_for_too_long(site_bench, clock):
    bench = site_bench
    hours = load_policy(resource("policy.json")).site.offline_sign_in_hours
    clock.now = NOW + dt.timedelta(hours=hours, minutes=1)      # the last pass that got through was at NOW
    bench.sign_in("OP-2469", "8642")
    assert bench.state.phase is Phase.AWAITING_PARCEL            # a warning, never a refusal
    since = load_policy(resource("policy.json")).zone.local(NOW).strftime("%Y-%m-%d %H:%M")
    assert bench.window.banner.cue is Cue.WARNING
    assert bench.window.banner.message == (f"Signed in: Radu Stan. This bench has not reached the hub since {since}; "
                                           "an operator deactivated since then may still sign in.")
