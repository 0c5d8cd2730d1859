"""Wrong PINs per badge across the site: the hub counts every bench's failed tries, good sign-ins and unlocks
(`badge_event` records) and serves each badge's current run with the team, so a badge locked at one bench is
refused at every bench that has pulled since.

The events are kept in their own table (`hub_badge_events`), not in hub_records: they are no part of the site's work
that desks copy, reports count and closed days sign, and their typed columns let a badge's run be counted in SQL.
A badge's run is the failures since its latest good sign-in or unlock, by the benches' clocks (which the site's day
reports trust too), so it comes out the same whatever order the benches' records arrive in: a bench that was
offline pushes its tries late, and they fall before or after the others' as they happened. A try on a badge locked
at its bench (`while_locked`: its PIN was not checked) does not count, as at the bench. The lock follows the hub's
policy (`sign_in_lockout`, the defaults without one) and the bench's rule (`lock_duration`): the run's length
decides how long, counted from its last failure. `hub_badge_locks` keeps each badge's current run (none: no row),
recounted in the push's transaction for the badges the push brought events of.

Lock order (PostgreSQL, several hub processes): an advisory transaction lock, taken last in a push (after the
decisions' lock, the records' counter and the returns'), serialises the recounts, so two benches' tries on one badge
pushed at once are both counted. Nothing takes another lock after it.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, delete, func, select, text
from sqlalchemy.dialects import postgresql, sqlite

from inspector.domain.operators import lock_duration
from inspector.domain.policy import PolicyError, SignInLockout, policy_from_dict
from inspector.hub.schema import badge_events, badge_locks, policies
from inspector.hub.storage import now_iso

if TYPE_CHECKING:
    from inspector.hub.ingest import Incoming

log = logging.getLogger(__name__)

BADGE_EVENT = "badge_event"
FAILURE = "failure"
CLEARS = ("signed_in", "unlocked")          # a good PIN, or a supervisor, ends the run
BADGE_RUNS_LOCK_KEY = 72201003              # beside the decisions' (inspector.hub.decisions.DECISIONS_LOCK_KEY)
CHUNK = 500


def utc_text(moment: str) -> str:
    """A time as the hub keeps it: UTC text that sorts as time does (`now_iso`'s form). Checked by the record's
    type already: an ISO time with an offset."""
    return dt.datetime.fromisoformat(moment).astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


Outcomes = dict[tuple[str, str], tuple[str, str | None]]   # (type, id) -> (outcome as ingest names it, reason)


def store_events(conn: Connection, station: str, events: Sequence[Incoming]) -> Outcomes:
    """Keeps the push's badge events (checked by their record type) and recounts the runs of the badges they name,
    in the push's transaction. Returns each event's outcome as ingest names them, with a reason: applied (new),
    duplicate (a resend), rejected (another station's record of that id)."""
    if not events:
        return {}
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": BADGE_RUNS_LOCK_KEY})
    at = now_iso()
    rows = [{"id": r.id, "station": station, "badge": r.data["badge"], "kind": r.data["kind"],
             "at": utc_text(r.data["at"]), "while_locked": r.data["while_locked"], "received_at": at}
            for r in sorted(events, key=lambda r: r.id)]
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    stmt = (insert(badge_events).on_conflict_do_nothing(index_elements=[badge_events.c.id])
            .returning(badge_events.c.id))
    applied = set(conn.execute(stmt, rows).scalars())
    outcomes: Outcomes = {(BADGE_EVENT, i): ("applied", None) for i in applied}
    rest = [row["id"] for row in rows if row["id"] not in applied]
    for start in range(0, len(rest), CHUNK):
        for record_id, owner in conn.execute(select(badge_events.c.id, badge_events.c.station)
                                             .where(badge_events.c.id.in_(rest[start:start + CHUNK]))):
            outcomes[(BADGE_EVENT, record_id)] = (("duplicate", None) if owner == station else
                                                  ("rejected", f"record {record_id} belongs to another station"))
    touched = sorted({row["badge"] for row in rows if row["id"] in applied})
    if touched:
        rule = lockout_rule(conn)
        for badge in touched:
            _recount(conn, badge, rule)
    return outcomes


def lockout_rule(conn: Connection) -> SignInLockout:
    """The hub's policy's `sign_in_lockout` (the one benches pull), the defaults without a policy."""
    data = conn.scalar(select(policies.c.data).where(policies.c.id == 1))
    if data is None:
        return SignInLockout()
    try:
        return policy_from_dict(json.loads(data)).sign_in_lockout
    except (PolicyError, ValueError, KeyError, TypeError) as exc:   # checked when it was set: should not happen
        log.warning("the hub's policy is not readable (%s): the default PIN lockout counts", exc)
        return SignInLockout()


def _recount(conn: Connection, badge: str, rule: SignInLockout) -> None:
    ev = badge_events.c
    cleared = conn.scalar(select(func.max(ev.at)).where(ev.badge == badge, ev.kind.in_(CLEARS)))
    run = select(func.count(), func.max(ev.at)).where(ev.badge == badge, ev.kind == FAILURE,
                                                       ev.while_locked.is_(False))
    if cleared is not None:
        run = run.where(ev.at > cleared)
    failures, last = conn.execute(run).one()
    if not failures:
        conn.execute(delete(badge_locks).where(badge_locks.c.badge == badge))
        return
    wait = lock_duration(failures, rule)
    until = (dt.datetime.fromisoformat(last) + wait).isoformat(timespec="microseconds") if wait else None
    values = {"failures": failures, "locked_until": until, "last_failure_at": last}
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    stmt = insert(badge_locks).values(badge=badge, **values)
    conn.execute(stmt.on_conflict_do_update(index_elements=[badge_locks.c.badge], set_=values))
    if wait:
        log.warning("badge %s locked at the site until %s after %d wrong PINs in a row", badge, until, failures)


def current_runs(engine: Engine) -> list[dict[str, Any]]:
    """Every badge's current run at the site (locked or not yet), for benches: one small table read."""
    with engine.connect() as conn:
        rows = conn.execute(select(badge_locks.c.badge, badge_locks.c.failures, badge_locks.c.locked_until,
                                   badge_locks.c.last_failure_at).order_by(badge_locks.c.badge)).all()
    return [{"badge": r.badge, "failures": r.failures, "locked_until": r.locked_until,
             "last_failure_at": r.last_failure_at} for r in rows]
