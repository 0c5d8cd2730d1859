"""The site's runs of wrong PINs at a bench: what the hub counted from every bench's tries (`inspector.hub.badge_runs`),
served with the team's last page, becomes this bench's own count (`badge_locks`), so a badge locked at another bench
is refused here too, with the same message as a lock earned here.

The site's count is the one that holds, for every badge whose tries at this bench the hub has all heard of: it
counts them, and knows of the tries, good sign-ins and unlocks at the other benches too (a good sign-in elsewhere
ends the run here as well). A badge with a try here still on its way up keeps this bench's own count until the next
pass, when the hub has it. A bench that cannot reach the hub (or a hub from before this) keeps counting on its own.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Connection, delete, insert, select, update

from inspector.storage.orm import BadgeEventRow, BadgeLockRow, OutboxRow
from inspector.sync.outbox import PENDING
from inspector.usecases.operators import BADGE_EVENT
from inspector.usecases.unit_of_work import UnitOfWork
from inspector.domain.site_day import aware_moment

log = logging.getLogger(__name__)

_locks, _events, _outbox = BadgeLockRow.__table__, BadgeEventRow.__table__, OutboxRow.__table__
MOST_FAILURES = 10**6


class Run(NamedTuple):
    failures: int
    locked_until: dt.datetime | None
    last_failure_at: dt.datetime


@dataclass
class SiteRuns:
    """What applying the site's runs did, for the sync report's `pulled.operators.badge_locks`."""
    at_site: int = 0                 # badges with a run at the site
    changed: int = 0                 # this bench's count of a badge set to the site's (or ended)
    locked: list[str] = field(default_factory=list)    # badges the site's lock newly holds here
    waiting: int = 0                 # badges kept as counted here: a try of theirs is still on its way up
    set_aside: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"at_site": self.at_site, "changed": self.changed, "locked": self.locked, "waiting": self.waiting,
                "set_aside": self.set_aside}


def read_run(item: Any) -> tuple[str, Run] | str:
    """A served run as (badge, Run), or why it is not acceptable."""
    if not isinstance(item, dict):
        return "not an object"
    badge, failures, until, last = (item.get(k) for k in ("badge", "failures", "locked_until", "last_failure_at"))
    if not isinstance(badge, str) or not 0 < len(badge) <= 32:
        return "badge: not acceptable"
    if type(failures) is not int or not 0 < failures <= MOST_FAILURES:
        return f"badge {badge}: failures not acceptable"
    locked_until, last_failure_at = aware_moment(until), aware_moment(last)
    if (until is not None and locked_until is None) or last_failure_at is None:
        return f"badge {badge}: a time not acceptable"
    return badge, Run(failures, locked_until, last_failure_at)


def apply_site_runs(items: list[Any], uow: UnitOfWork, at: dt.datetime) -> SiteRuns:
    """Makes this bench's count of each badge the site's, in one transaction; `at` (the bench's clock) tells which
    locks are in force, for the report."""
    done = SiteRuns()
    site: dict[str, Run] = {}
    unknown: set[str] = set()      # badges whose run came unreadable: left as this bench counts them
    for item in items:
        read = read_run(item)
        if isinstance(read, str):
            badge = item.get("badge") if isinstance(item, dict) else None
            unknown.add(badge if isinstance(badge, str) else "")
            done.set_aside.append({"badge": str(badge or "")[:32], "reason": read})
            log.warning("a badge's run from the hub set aside: %s", read)
            continue
        site[read[0]] = read[1]
    done.at_site = len(site)
    with uow:
        conn = uow.connection
        waiting = _waiting_badges(conn)
        here = {badge: Run(failures, until, last) for badge, failures, until, last in conn.execute(
            select(_locks.c.badge, _locks.c.failures, _locks.c.locked_until, _locks.c.last_failure_at))}
        for badge in sorted(site.keys() | here.keys()):
            if badge in unknown:
                continue
            if badge in waiting:
                done.waiting += 1
                continue
            want, have = site.get(badge), here.get(badge)
            if want == have:
                continue
            done.changed += 1
            if want is None:
                conn.execute(delete(_locks).where(_locks.c.badge == badge))
                continue
            if have is None:
                conn.execute(insert(_locks).values(badge=badge, **want._asdict()))
            else:
                conn.execute(update(_locks).where(_locks.c.badge == badge).values(**want._asdict()))
            if _in_force(want, at) and not (have is not None and _in_force(have, at)):
                done.locked.append(badge)
        uow.commit()
    if done.locked:
        log.warning("badge(s) %s locked at this bench by wrong PINs across the site", ", ".join(done.locked))
    return done


def _in_force(run: Run, at: dt.datetime) -> bool:
    return run.locked_until is not None and run.locked_until > at


def _waiting_badges(conn: Connection) -> set[str]:
    """Badges with a try, sign-in or unlock at this bench that the hub has not acknowledged yet."""
    return set(conn.scalars(select(_events.c.badge).distinct()
                            .select_from(_outbox.join(_events, _events.c.id == _outbox.c.record_id))
                            .where(_outbox.c.status == PENDING, _outbox.c.record_type == BADGE_EVENT)))
