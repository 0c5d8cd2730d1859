"""Issue 17: failed PIN tries (the lockout of issue 15) count per badge across the site whenever the hub is reachable.

Each bench still counts its own tries (offline too); each try, good sign-in and unlock also goes up as a
`badge_event` record, the hub counts them per badge, and every bench takes the site's count with its next pull.
Real hub over HTTP on loopback, real SQLite bench files, the real sync engine.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from inspector.domain.policy import policy_from_dict
from inspector.errors import RefusedError
from inspector.hub import feed
from inspector.hub.schema import badge_events as hub_badge_events
from inspector.hub.schema import badge_locks as hub_badge_locks
from inspector.hub.storage import make_hub_engine
from inspector.paths import resource
from inspector.settings import load_settings
from inspector.storage.orm import BadgeLockRow, OutboxRow
from inspector.sync.badge_locks import apply_site_runs
from inspector.sync.engine import SyncConfig, SyncEngine
from inspector.usecases.operators import SignIn, UnlockBadge, sign_in, unlock_badge
from tests.conftest import NOW
from tests.integration.faults.checks import bench_records, hub_records
from tests.integration.faults.workload import Bench
from tests.integration.test_site_team import fresh_bench, hub_cli, sync

BADGE, PIN = "OP-2468", "975310"
STRICT = {"failures_to_lock": 3, "first_lock_seconds": 60, "longest_lock_seconds": 600}


def strict_policy_data() -> dict:
    data = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    data["sign_in_lockout"] = STRICT
    return data


@pytest.fixture
def site(tmp_path, hub, monkeypatch):
    """Benches B1 and B2 of one site, both with its team (OP-2468) and its policy: three wrong PINs lock."""
    engine = make_hub_engine(hub.db_url)
    try:
        feed.store_policy(engine, strict_policy_data())
    finally:
        engine.dispose()
    assert hub_cli(hub, "add-operator", "--badge", BADGE, "--name", "Ioana Marin", "--role", "inspector",
                   "--pin-stdin", stdin=PIN + "\n", monkeypatch=monkeypatch) == 0
    assert hub_cli(hub, "add-operator", "--badge", "OP-2001", "--name", "Lan Nguyen", "--role", "supervisor",
                   "--pin-stdin", stdin="4321\n", monkeypatch=monkeypatch) == 0
    benches = [fresh_bench(tmp_path / "benches", name, hub) for name in ("B1", "B2")]
    for bench in benches:
        bench.policy = policy_from_dict(strict_policy_data())    # as the bench's sync takes it from the hub
        assert bench.policy.sign_in_lockout.failures_to_lock == 3
        sync(bench)
    yield benches
    for bench in benches:
        bench.close()


def attempt(bench: Bench, pin: str, at: dt.datetime, badge: str = BADGE) -> str:
    """'ok', 'wrong', or the refusal's message when locked."""
    try:
        sign_in(SignIn(badge, pin, at, bench.station), bench.uow())
    except RefusedError as refused:
        return "wrong" if "not recognised" in str(refused) else str(refused)
    return "ok"


def locked_for(seconds: int, badge: str = BADGE) -> str:
    """What a lock earned at the bench itself says (issue 15): the same words whichever bench earned it."""
    return (f"Badge {badge} is locked after too many wrong PINs. Try again in {seconds} s, or ask a supervisor to "
            f"unlock it.")


def run_at_hub(hub, badge: str = BADGE) -> tuple | None:
    engine = make_hub_engine(hub.db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(hub_badge_locks.c.failures, hub_badge_locks.c.locked_until)
                                .where(hub_badge_locks.c.badge == badge)).first()
    finally:
        engine.dispose()


def run_at_bench(bench: Bench, badge: str = BADGE) -> tuple | None:
    with bench.uow() as uow:
        row = uow.session.get(BadgeLockRow, badge)
        return None if row is None else (row.failures, row.locked_until)


def sync_at(bench: Bench, at: dt.datetime) -> dict:
    """A sync pass on the bench's clock at `at` (which locks are in force, in the report)."""
    engine = SyncEngine(bench.database, bench.policy, bench.paths, SyncConfig.from_settings(load_settings(bench.paths)),
                        clock=lambda: at)
    try:
        report = engine.run_once()
    finally:
        engine.close()
    assert report["ok"], report["error"]
    return report


def seconds(n: float) -> dt.timedelta:
    return dt.timedelta(seconds=n)


def test_wrong_pins_at_two_benches_add_up_at_the_hub_and_lock_the_badge_at_both(site, hub):
    a, b = site
    assert [attempt(a, "1111", NOW), attempt(a, "2222", NOW + seconds(1))] == ["wrong", "wrong"]
    assert sync(a)["pushed"]["applied"] == 2
    assert run_at_hub(hub) == (2, None)

    # B has not pulled since: its own count is 1, the site's 3, which locks the badge for 60 s from this try.
    assert attempt(b, "3333", NOW + seconds(2)) == "wrong"
    report = sync_at(b, NOW + seconds(3))
    until = (NOW + seconds(62)).isoformat(timespec="microseconds")
    assert run_at_hub(hub) == (3, until)
    assert report["pulled"]["operators"]["badge_locks"] == {"at_site": 1, "changed": 1, "locked": [BADGE],
                                                            "waiting": 0, "set_aside": []}
    assert run_at_bench(b) == (3, NOW + seconds(62))
    assert attempt(b, PIN, NOW + seconds(10)) == locked_for(52)          # the right PIN, refused unchecked

    sync(a)
    assert run_at_bench(a) == (3, NOW + seconds(62))
    assert attempt(a, PIN, NOW + seconds(20)) == locked_for(42)
    # The refused tries go up too (while locked: not counted), and change nothing at the site.
    sync(a)
    sync(b)
    assert run_at_hub(hub) == (3, until)

    # Once the lock has run out, the right PIN signs in at A, and the run ends across the site.
    assert attempt(a, PIN, NOW + seconds(63)) == "ok"
    sync(a)
    assert run_at_hub(hub) is None
    assert sync(b)["pulled"]["operators"]["badge_locks"]["changed"] == 1
    assert run_at_bench(b) is None
    assert [attempt(b, "4444", NOW + seconds(70)), attempt(b, "5555", NOW + seconds(71))] == ["wrong", "wrong"]


def test_a_wrong_pin_at_a_bench_that_pulled_the_sites_count_locks_at_once(site, hub):
    a, b = site
    assert [attempt(a, "1111", NOW), attempt(a, "2222", NOW + seconds(1))] == ["wrong", "wrong"]
    sync(a)
    sync(b)
    assert run_at_bench(b) == (2, None)
    assert attempt(b, "3333", NOW + seconds(2)) == locked_for(60)        # the third in a row at the site


def test_a_good_sign_in_at_one_bench_ends_the_sites_run(site, hub):
    a, b = site
    assert [attempt(a, "1111", NOW), attempt(a, "2222", NOW + seconds(1))] == ["wrong", "wrong"]
    sync(a)
    assert run_at_hub(hub) == (2, None)
    assert attempt(b, PIN, NOW + seconds(5)) == "ok"
    sync(b)
    assert run_at_hub(hub) is None
    sync(a)
    assert run_at_bench(a) is None                                       # A's own count of 2 ended too
    assert [attempt(a, "3333", NOW + seconds(6)), attempt(a, "4444", NOW + seconds(7))] == ["wrong", "wrong"]
    sync(a)
    assert run_at_hub(hub)[0] == 2


def test_a_sign_in_that_arrives_late_ends_only_the_tries_before_it(site, hub):
    """The site counts by when things happened at the benches, not by when their records arrived: B, offline, let
    the operator in before A's wrong PINs; when B's record arrives, A's tries still count."""
    a, b = site
    assert attempt(b, PIN, NOW - seconds(60)) == "ok"                    # not synced yet
    assert [attempt(a, "1111", NOW), attempt(a, "2222", NOW + seconds(1))] == ["wrong", "wrong"]
    sync(a)
    sync(b)
    assert run_at_hub(hub) == (2, None)
    assert run_at_bench(b) == (2, None)


def test_an_unlock_at_one_bench_ends_the_sites_lock(site, hub):
    a, b = site
    assert [attempt(a, p, NOW + seconds(n)) for n, p in enumerate(("1111", "2222", "3333"))] == [
        "wrong", "wrong", locked_for(60)]
    sync(a)
    sync(b)
    assert attempt(b, PIN, NOW + seconds(5)) == locked_for(57)
    boss = sign_in(SignIn("OP-2001", "4321", NOW + seconds(6), "B2"), b.uow())
    assert unlock_badge(UnlockBadge(BADGE, NOW + seconds(7), "B2", boss.id), b.uow()) is True
    sync(b)
    assert run_at_hub(hub) is None
    sync(a)
    assert run_at_bench(a) is None
    assert attempt(a, PIN, NOW + seconds(8)) == "ok"                     # well within A's own 60 s


def test_an_unlock_reaches_the_site_even_where_the_bench_had_not_pulled_the_lock(site, hub):
    a, b = site
    for n, p in enumerate(("1111", "2222", "3333")):
        attempt(a, p, NOW + seconds(n))
    sync(a)
    assert run_at_hub(hub)[0] == 3
    assert unlock_badge(UnlockBadge(BADGE, NOW + seconds(5), "B2", None), b.uow()) is False   # B knew of none
    sync(b)
    assert run_at_hub(hub) is None
    sync(a)
    assert attempt(a, PIN, NOW + seconds(6)) == "ok"


def test_badge_events_carry_no_pin_and_stay_out_of_the_sites_records(site, hub):
    a, b = site
    attempt(a, "8642", NOW)
    attempt(a, "97531", NOW + seconds(1))
    attempt(a, PIN, NOW + seconds(2))
    unlock_badge(UnlockBadge(BADGE, NOW + seconds(3), "B1", None), a.uow())
    events = {key: data for key, data in bench_records(a.database).items() if key[0] == "badge_event"}
    assert [(d["kind"], d["while_locked"]) for d in sorted(events.values(), key=lambda d: d["at"])] == [
        ("failure", False), ("failure", False), ("signed_in", False), ("unlocked", False)]
    for data in events.values():
        assert set(data) == {"id", "version", "badge", "kind", "at", "station", "while_locked"}
        assert data["badge"] == BADGE and data["station"] == "B1" and data["version"] == 1
    said = json.dumps(list(events.values()))
    assert not any(pin in said for pin in ("8642", "97531", PIN))
    assert sync(a)["pushed"]["applied"] == 4
    assert not [key for key in hub_records(hub.db_url) if key[0] == "badge_event"]   # no desk is served them
    engine = make_hub_engine(hub.db_url)
    try:
        with engine.connect() as conn:
            kept = conn.execute(select(hub_badge_events)).mappings().all()
    finally:
        engine.dispose()
    assert len(kept) == 4 and {row["station"] for row in kept} == {"B1"}
    assert not any(pin in json.dumps([dict(row) for row in kept]) for pin in ("8642", "97531", PIN))
    assert sync(a)["pushed"]["applied"] == 0                             # nothing sent twice


def test_a_try_still_on_its_way_up_keeps_the_benchs_own_count(site, hub):
    a, b = site
    assert [attempt(a, "1111", NOW), attempt(a, "2222", NOW + seconds(1))] == ["wrong", "wrong"]
    # The site's answer as of before these tries (no run): A keeps its count until the hub has them.
    kept = apply_site_runs([], a.uow(), NOW + seconds(2))
    assert (kept.waiting, kept.changed) == (1, 0) and run_at_bench(a) == (2, None)
    with a.database.engine.connect() as conn:
        assert conn.scalar(select(OutboxRow.status).where(OutboxRow.record_type == "badge_event")) == "pending"
    sync(a)
    assert run_at_bench(a) == (2, None) and run_at_hub(hub) == (2, None)
    # A malformed run from a hub is set aside; the others are taken.
    taken = apply_site_runs([{"badge": BADGE, "failures": "3"},
                             {"badge": "OP-7777", "failures": 4, "locked_until": "2026-11-20T09:32:00+00:00",
                              "last_failure_at": "2026-11-20T09:31:00+00:00"}], a.uow(), NOW)
    assert [s["badge"] for s in taken.set_aside] == [BADGE] and taken.locked == ["OP-7777"]
    assert run_at_bench(a) == (2, None)                                  # not known: left as it was
    assert attempt(a, "1234", NOW + seconds(30), badge="OP-7777") == locked_for(90, "OP-7777")

