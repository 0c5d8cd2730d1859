"""The site's team at a bench: operators pulled from the hub, stored with the hub's id, so one person has one id at
every bench and their PIN works everywhere, offline too.

An operator made at this bench before it joined the site (origin 'local') is matched to the site's by badge:
- the same person (the names agree but for case and spacing): the local operator becomes the site's. Their records
  are re-pointed to the site id in the same transaction, and those upstream has heard of go up again at a new
  version, so the hub too carries the one id. A supervisor's past decisions are append-only (a trigger keeps them
  so): they keep naming the bench's id, whose row stays as an inactive alias of the site's;
- another person: never merged. The local operator stays as they are (they keep signing in here) and the conflict is
  kept on their row, told in the sync report, the log and `inspector operators`, with what the administrator
  should do.

The team's last page also carries the site's runs of wrong PINs per badge (`inspector.sync.badge_locks`).
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection, Table, delete, func, insert, select, update

from inspector.domain.operators import Role
from inspector.storage.orm import (LOCAL_OPERATOR, OWN, SITE_OPERATOR, InspectionRow, OperatorRow, OutboxRow,
                                   ParcelRow, ScanLogRow)
from inspector.storage.orm_review import InspectionAuditRow
from inspector.sync.badge_locks import SiteRuns
from inspector.usecases.operators import NAME_LIMIT, normal_badge, same_person
from inspector.usecases.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from inspector.sync.client import HubClient

log = logging.getLogger(__name__)

PAGE = 500
_operators = OperatorRow.__table__
_outbox = OutboxRow.__table__
# The records that name an operator and go upstream, with their record type; the scan log names them too (kept
# at the bench only). A supervisor's decisions (inspection_audit) are append-only, enforced by a trigger: they keep
# the id they were made under, whose row then stays as an alias of the site's (`merged_into`).
_RECORDS: tuple[tuple[Table, str], ...] = ((ParcelRow.__table__, "parcel_receipt"),
                                           (InspectionRow.__table__, "item_inspection"))
_audit = InspectionAuditRow.__table__
_ROLES = {r.value for r in Role}
_CHUNK = 500


@dataclass
class PulledTeam:
    """What the pulls of one sync pass did, for the sync report's `pulled.operators`."""
    added: int = 0
    updated: int = 0
    deactivated: int = 0
    merged: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)     # every conflict the bench holds now
    set_aside: list[dict[str, str]] = field(default_factory=list)
    badge_locks: SiteRuns | None = None   # None: the hub served no runs (a hub from before them)

    def to_json(self) -> dict[str, Any]:
        return {"added": self.added, "updated": self.updated, "deactivated": self.deactivated,
                "merged": self.merged, "conflicts": self.conflicts, "set_aside": self.set_aside,
                "badge_locks": None if self.badge_locks is None else self.badge_locks.to_json()}


class TeamPage(NamedTuple):
    """A page of the team; the last one carries the site's runs of wrong PINs (None: not this page, or a hub from
    before them)."""
    operators: list[Any]
    cursor: int
    more: bool
    badge_locks: list[Any] | None = None


def fetch(client: HubClient, since: int) -> TeamPage:
    """One page of the team from the hub (network only)."""
    answer = client.pull_page("/operators", since, PAGE)
    if answer is None:
        # A hub from before the site keeps no team: the bench's own operators are all there is, and the rest of
        # the sync goes on.
        log.info("the hub serves no operators (older hub)")
        return TeamPage([], since, False)
    more = bool(answer["more"])
    runs = answer.get("badge_locks") if not more else None
    return TeamPage(list(answer["operators"]), int(answer["cursor"]), more,
                    list(runs) if isinstance(runs, list) else None)


def conflict_text(badge: str, local_name: str, site_name: str) -> str:
    return (f"Badge {badge} is {local_name} at this bench but {site_name} at the site: not merged. {local_name} "
            f"keeps signing in here with this bench's own account; {site_name} cannot sign in at this bench. "
            f"Administrator: if the site gave the badge to the wrong person, run `inspector hub "
            f"deactivate-operator {badge}` and add {site_name} with a new badge; if {local_name} is not on the "
            f"site's team yet, add them at the hub with a new badge (`inspector hub add-operator`).")


def store_page(items: list[Any], uow: UnitOfWork, at: dt.datetime, pulled: PulledTeam) -> None:
    """Stores one page in one transaction: all of it, or nothing (a failure pulls the page again)."""
    with uow:
        conn = uow.connection
        for item in items:
            problem = _problem_with(item)
            if problem is not None:
                pulled.set_aside.append({"id": str(item.get("id") if isinstance(item, dict) else "")[:64],
                                         "reason": problem})
                log.warning("operator from the hub set aside: %s", problem)
                continue
            _store_one(uow, conn, item, at, pulled)
        uow.commit()


def current_conflicts(uow: UnitOfWork) -> list[dict[str, Any]]:
    with uow:
        rows = uow.connection.execute(select(_operators.c.badge, _operators.c.name, _operators.c.site_conflict)
                                      .where(_operators.c.site_conflict.is_not(None))
                                      .order_by(_operators.c.badge)).all()
    return [_conflict(badge, name, site) for badge, name, site in rows]


def _conflict(badge: str, local_name: str, site: dict[str, Any]) -> dict[str, Any]:
    return {"badge": badge, "local_name": local_name, "site_name": site["name"], "site_id": site["id"],
            "message": conflict_text(badge, local_name, site["name"])}


def _problem_with(item: Any) -> str | None:
    if not isinstance(item, dict):
        return "not an object"
    checks = (
        (isinstance(item.get("id"), str) and 0 < len(item["id"]) <= 36, "id"),
        (isinstance(item.get("badge"), str) and normal_badge(item["badge"]) == item["badge"], "badge"),
        (isinstance(item.get("name"), str) and 0 < len(item["name"].strip()) <= NAME_LIMIT, "name"),
        (item.get("role") in _ROLES, "role"),
        (item.get("lang") is None or (isinstance(item["lang"], str) and len(item["lang"]) <= 16), "lang"),
        (type(item.get("active")) is bool, "active"),
        (isinstance(item.get("pin_hash"), str) and item["pin_hash"].startswith("scrypt$")
         and len(item["pin_hash"]) <= 255, "pin_hash"),
    )
    wrong = [name for ok, name in checks if not ok]
    return f"operator {str(item.get('id'))[:40]}: {', '.join(wrong)} not acceptable" if wrong else None


def _store_one(uow: UnitOfWork, conn: Connection, item: dict[str, Any], at: dt.datetime, pulled: PulledTeam) -> None:
    holder = conn.execute(select(_operators.c.id, _operators.c.name, _operators.c.origin, _operators.c.site_conflict)
                          .where(_operators.c.badge == item["badge"])).first()
    if holder is not None and holder.id != item["id"]:
        if holder.origin != LOCAL_OPERATOR:
            # The hub never gives a badge to a second person; a bench that holds it for another site id is stale.
            reason = f"badge {item['badge']} is held at this bench by site operator {holder.id}"
            pulled.set_aside.append({"id": item["id"], "reason": reason})
            log.warning("operator from the hub set aside: %s", reason)
            return
        if not same_person(holder.name, item["name"]):
            site = {"id": item["id"], "name": item["name"]}
            if holder.site_conflict != site:
                conn.execute(update(_operators).where(_operators.c.id == holder.id).values(site_conflict=site))
                log.warning("operator conflict: %s", conflict_text(item["badge"], holder.name, item["name"]))
            return
        records = _merge(uow, conn, holder.id, item, at)
        decisions = conn.scalar(select(func.count()).select_from(_audit).where(_audit.c.operator_id == holder.id))
        pulled.merged.append({"badge": item["badge"], "name": item["name"], "local_id": holder.id,
                              "site_id": item["id"], "records": records, "decisions_kept_as_made": decisions})
        log.warning("operator %s (%s) of this bench is now the site's %s: %d record(s) re-pointed", item["badge"],
                    item["name"], item["id"], records)
        return
    values = {"badge": item["badge"], "name": item["name"].strip(), "role": item["role"], "lang": item["lang"],
              "active": item["active"], "pin_hash": item["pin_hash"], "origin": SITE_OPERATOR}
    known = conn.execute(select(_operators.c.active).where(_operators.c.id == item["id"])).first()
    if known is None:
        conn.execute(insert(_operators).values(id=item["id"], created_at=at, **values))
        pulled.added += 1
    else:
        conn.execute(update(_operators).where(_operators.c.id == item["id"]).values(**values))
        pulled.updated += 1
    if not item["active"] and (known is None or known.active):
        pulled.deactivated += 1


def _merge(uow: UnitOfWork, conn: Connection, local_id: str, item: dict[str, Any], at: dt.datetime) -> int:
    """The local operator becomes the site's: the badge is freed first (it is UNIQUE), the site row inserted, every
    record re-pointed (foreign keys), then the local row removed, or kept as an alias when decisions name it.
    Returns the records re-pointed."""
    conn.execute(update(_operators).where(_operators.c.id == local_id)
                 .values(badge=f"{item['badge']}~{local_id[:8]}"))
    values = dict(badge=item["badge"], name=item["name"].strip(), role=item["role"], lang=item["lang"],
                  active=item["active"], pin_hash=item["pin_hash"], origin=SITE_OPERATOR)
    if conn.scalar(select(_operators.c.id).where(_operators.c.id == item["id"])) is not None:
        # A placeholder a desk's copies or a pulled decision made for this id before the team arrived: it becomes
        # the person (rows already name it).
        conn.execute(update(_operators).where(_operators.c.id == item["id"]).values(**values))
    else:
        conn.execute(insert(_operators).values(id=item["id"], created_at=at, **values))
    moved = 0
    for table, record_type in _RECORDS:
        ids = list(conn.scalars(select(table.c.id).where(table.c.operator_id == local_id)))
        if not ids:
            continue
        conn.execute(update(table).where(table.c.operator_id == local_id).values(operator_id=item["id"]))
        moved += len(ids)
        # A record upstream has heard of (it was queued once) goes up again at a new version, carrying the site id;
        # one it has not heard of yet (an item still in hand) goes up with it when its time comes.
        for start in range(0, len(ids), _CHUNK):
            heard = list(conn.scalars(select(_outbox.c.record_id).distinct().where(
                _outbox.c.record_type == record_type, _outbox.c.record_id.in_(ids[start:start + _CHUNK]))))
            if not heard:
                continue
            bumped = conn.execute(update(table).where(table.c.id.in_(heard), table.c.origin == OWN)
                                  .values(version=table.c.version + 1).returning(table.c.id, table.c.version)).all()
            for record_id, version in bumped:
                uow.record_change(record_type, record_id, version, at)
    conn.execute(update(ScanLogRow.__table__).where(ScanLogRow.__table__.c.operator_id == local_id)
                 .values(operator_id=item["id"]))
    if conn.scalar(select(_audit.c.id).where(_audit.c.operator_id == local_id).limit(1)) is None:
        conn.execute(delete(_operators).where(_operators.c.id == local_id))
    else:   # under the freed badge, which no scan gives: it can never sign in again
        conn.execute(update(_operators).where(_operators.c.id == local_id)
                     .values(active=False, merged_into=item["id"], site_conflict=None))
    return moved


def team_at_bench(uow: UnitOfWork) -> list[dict[str, Any]]:
    """The operators this bench knows, for `inspector operators`: never a PIN hash."""
    with uow:
        rows = uow.connection.execute(select(
            _operators.c.badge, _operators.c.name, _operators.c.role, _operators.c.active, _operators.c.origin,
            _operators.c.lang, _operators.c.site_conflict)
            .where(_operators.c.merged_into.is_(None)).order_by(_operators.c.badge)).all()
    team = []
    for row in rows:
        shown: dict[str, Any] = {"badge": row.badge, "name": row.name, "role": row.role, "active": bool(row.active),
                                 "origin": row.origin, "lang": row.lang}
        if row.site_conflict is not None:
            shown["conflict"] = _conflict(row.badge, row.name, row.site_conflict)
        team.append(shown)
    return team
