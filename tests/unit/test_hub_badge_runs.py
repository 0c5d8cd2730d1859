"""The hub's count of wrong PINs per badge across the site (issue 17): each bench's `badge_event` records, counted
once whatever order they arrive in, by the policy's lockout rule. A real hub database file, through the push's
ingest."""
from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from sqlalchemy import select

from inspector.hub import badge_runs, feed, ingest
from inspector.hub.schema import badge_events, badge_locks, records
from inspector.hub.storage import ensure_schema, make_hub_engine
from inspector.paths import resource

T0 = dt.datetime(2026, 12, 31, 23, 59, 50, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def event(kind: str = "failure", seconds: float = 0, station: str = "B1", badge: str = "OP-1001",
          while_locked: bool = False, record_id: str | None = None, **changes):
    record_id = record_id or str(uuid.uuid4())
    data = {"id": record_id, "version": 1, "badge": badge, "kind": kind,
            "at": (T0 + dt.timedelta(seconds=seconds)).isoformat(), "station": station, "while_locked": while_locked}
    data.update(changes)
    return ingest.Incoming("badge_event", record_id, data["version"], data)


@pytest.fixture
def engine(tmp_path):
    engine = make_hub_engine(f"sqlite:///{tmp_path}/hub.sqlite3")
    ensure_schema(engine)
    yield engine
    engine.dispose()


def run_of(engine, badge: str = "OP-1001"):
    with engine.connect() as conn:
        return conn.execute(select(badge_locks.c.failures, badge_locks.c.locked_until, badge_locks.c.last_failure_at)
                            .where(badge_locks.c.badge == badge)).first()


def utc(seconds: float) -> str:
    return (T0 + dt.timedelta(seconds=seconds)).astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


def test_failures_from_several_benches_add_up_and_lock_by_the_default_rule_without_a_policy(engine):
    pushed = [ingest.apply_batch(engine, station, [event(seconds=n, station=station)])
              for n, station in enumerate(("B1", "B2", "B1", "B9"))]
    assert [r[0].outcome for r in pushed] == ["applied"] * 4
    assert run_of(engine) == (4, None, utc(3))
    ingest.apply_batch(engine, "B2", [event(seconds=4, station="B2")])          # the fifth: 30 s from it
    assert run_of(engine) == (5, utc(34), utc(4))
    ingest.apply_batch(engine, "B2", [event(seconds=40, station="B2")])         # each further one doubles
    assert run_of(engine) == (6, utc(100), utc(40))
    assert badge_runs.current_runs(engine) == [{"badge": "OP-1001", "failures": 6, "locked_until": utc(100),
                                                "last_failure_at": utc(40)}]


def test_the_hubs_policy_sets_the_rule(engine):
    data = json.loads(resource("policy.json").read_text(encoding="utf-8"))
    data["sign_in_lockout"] = {"failures_to_lock": 2, "first_lock_seconds": 60, "longest_lock_seconds": 90}
    feed.store_policy(engine, data)
    ingest.apply_batch(engine, "B1", [event(seconds=0), event(seconds=1)])
    assert run_of(engine) == (2, utc(61), utc(1))
    ingest.apply_batch(engine, "B1", [event(seconds=70)])
    assert run_of(engine) == (3, utc(160), utc(70))                                # capped at 90 s


def test_a_resend_counts_once_and_anothers_id_is_refused(engine):
    first = [event(seconds=0), event(seconds=1)]
    assert [r.outcome for r in ingest.apply_batch(engine, "B1", first)] == ["applied", "applied"]
    again = ingest.apply_batch(engine, "B1", first + [event(seconds=2)])
    assert [r.outcome for r in again] == ["duplicate", "duplicate", "applied"]
    assert run_of(engine)[0] == 3
    stolen = ingest.apply_batch(engine, "B2", [event(seconds=3, station="B2", record_id=first[0].id)])
    assert stolen[0].outcome == "rejected" and "another station" in stolen[0].reason
    assert run_of(engine)[0] == 3
    with engine.connect() as conn:
        assert conn.scalar(select(records.c.record_id)) is None          # never among the site's records


def test_the_run_is_the_failures_since_the_last_good_sign_in_or_unlock_whatever_order_they_arrive_in(engine):
    ingest.apply_batch(engine, "B1", [event(seconds=0), event(seconds=1), event(seconds=10), event(seconds=11)])
    # B2 was offline: its good sign-in between them arrives last, and ends only the two before it.
    ingest.apply_batch(engine, "B2", [event("signed_in", seconds=5, station="B2")])
    assert run_of(engine) == (2, None, utc(11))
    # A failure from before that sign-in, pushed late, is no part of the run.
    ingest.apply_batch(engine, "B9", [event(seconds=3, station="B9")])
    assert run_of(engine)[0] == 2
    ingest.apply_batch(engine, "B1", [event("unlocked", seconds=12)])
    assert run_of(engine) is None and badge_runs.current_runs(engine) == []
    ingest.apply_batch(engine, "B1", [event(seconds=13)])
    assert run_of(engine) == (1, None, utc(13))


def test_a_try_on_a_badge_locked_at_its_bench_does_not_count(engine):
    ingest.apply_batch(engine, "B1", [event(seconds=n) for n in range(5)])
    locked = run_of(engine)
    assert locked[0] == 5
    ingest.apply_batch(engine, "B1", [event(seconds=6, while_locked=True), event(seconds=7, while_locked=True)])
    assert run_of(engine) == locked
    with engine.connect() as conn:
        assert conn.scalar(select(badge_events.c.id).where(badge_events.c.while_locked.is_(True)).limit(1))


def test_badges_are_counted_apart(engine):
    ingest.apply_batch(engine, "B1", [event(seconds=0), event(seconds=1, badge="OP-7777"),
                                      event("signed_in", seconds=2, badge="OP-7777")])
    assert run_of(engine)[0] == 1 and run_of(engine, "OP-7777") is None


@pytest.mark.parametrize("changes, field", [
    ({"kind": "reset"}, "kind"), ({"version": 2}, "version"), ({"at": "2026-12-31 23:59"}, "at"),
    ({"while_locked": 0}, "while_locked"), ({"badge": ""}, "badge"), ({"at": None}, "at")])
def test_a_malformed_event_is_refused_alone_with_its_reason(engine, changes, field):
    bad = event(seconds=1, **changes)
    results = ingest.apply_batch(engine, "B1", [event(seconds=0), bad, event(seconds=2)])
    assert [r.outcome for r in results] == ["applied", "rejected", "applied"]
    assert results[1].reason.startswith(field)
    assert run_of(engine)[0] == 2


def test_what_a_bench_sends_beyond_the_event_is_not_kept(engine):
    """A PIN can never be stored at the hub: only the event's own fields are kept, in columns."""
    ingest.apply_batch(engine, "B1", [event(seconds=0, pin="975310", note="975310")])
    with engine.connect() as conn:
        kept = [dict(row) for row in conn.execute(select(badge_events)).mappings()]
    assert len(kept) == 1 and "975310" not in json.dumps(kept)
