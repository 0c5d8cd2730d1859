"""Supervisors' decisions across benches: the first decision at an inspection's version wins, a later one is refused
with a conflict that names who won and when.

`refusals` runs in the push's transaction, before anything is written (`inspector.hub.ingest._store`), over the
batch's `inspection_override` records. A decision the station had no right to send refuses the batch (`NoRight`, a
403 that names the record; the transaction is undone, so nothing of the batch is written and the bench sends the
rest again without it):
- a decider the hub knows is not a supervisor;
- four eyes: the decider inspected the item (unless the hub's policy says `site.four_eyes: false`);
- a decision on another station's inspection from a station without the site view.
A decision that comes too late (`inspector.domain.review.version_conflict`) is no missing right but a race between
supervisors: it is rejected with its reason in the push's answer and the rest of the batch goes on. The inspection's
version is the newest of its record (pushed by its owning bench) and the versions accepted decisions produced.
Decisions are judged one after another, in the order they were based on, under a lock (PostgreSQL: an advisory
transaction lock; SQLite: the write lock every hub transaction takes first), so two hub processes given two
supervisors' decisions at once apply one of them.

A batch carrying another station's records is refused as a whole (`ForeignRecords`, a 403): a correct bench never
sends one.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select, text

from inspector.domain.operators import Role
from inspector.domain.review import Decided, ReviewAction, based_on, breaks_four_eyes, version_conflict
from inspector.hub.schema import operators, policies, records, stations

if TYPE_CHECKING:
    from inspector.hub.ingest import Incoming

OVERRIDE, ITEM = "inspection_override", "item_inspection"
DECISIONS_LOCK_KEY = 72201002      # beside the schema's (inspector.hub.storage.SCHEMA_LOCK_KEY)
_CHUNK = 500


class ForeignRecords(Exception):
    """A pushed batch holds a record of another station than the token's: the whole batch is refused."""

    def __init__(self, token_station: str, station: str, index: int, record_type: str = "", record_id: str = "") -> None:
        super().__init__(f"record {index} of the batch is station {station[:64]}'s; a station pushes only its own "
                         f"records, and this token is {token_station}'s: nothing of the batch was applied")
        self.token_station, self.station, self.index = token_station, station[:64], index
        # Named in the answer, so the bench sets that one record aside and sends the rest (a record made under the
        # bench's name before a rename must not hold its queue up for good).
        self.record_type, self.record_id = record_type, record_id


class NoRight(Exception):
    """A decision in the batch that its station had no right to send: the whole batch is refused (a 403 naming the
    record), so the bench sets that one aside with the reason and sends the rest again."""

    def __init__(self, record_type: str, record_id: str, reason: str) -> None:
        super().__init__(reason)
        self.record_type, self.record_id, self.reason = record_type, record_id, reason


def refuse_foreign(station: str, batch: Sequence["Incoming"]) -> None:
    """Raises ForeignRecords for a batch carrying another station's record (its data's station, as text)."""
    for index, record in enumerate(batch):
        claimed = record.data.get("station")
        if type(claimed) is str and claimed != station:
            raise ForeignRecords(station, claimed, index, record.type, record.id)


@dataclass(frozen=True)
class _Item:
    station: str
    version: int
    operator_id: str | None
    plate: str
    updated_at: str


def refusals(conn: Connection, station: str, good: list["Incoming"]) -> dict[tuple[str, str], str]:
    """Reasons to reject some of the batch's records (conflicts), by (type, id), decided in the push's transaction.
    NoRight for the first decision (in the order judged) that the station had no right to send."""
    pushed = [r for r in good if r.type == OVERRIDE]
    if not pushed:
        return {}
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": DECISIONS_LOCK_KEY})
    # A decision the hub already holds is a resend (a lost answer): ingest answers it as a duplicate, or as another
    # station's record. Only new ones are judged.
    held = {row.record_id for row in _rows(conn, select(records.c.record_id).where(records.c.record_type == OVERRIDE),
                                           records.c.record_id, [r.id for r in pushed])}
    judged = [r for r in pushed if r.id not in held]
    if not judged:
        return {}
    subjects = sorted({r.data["inspection_id"] for r in judged})
    items = _items(conn, subjects)
    for r in good:   # the owning bench's item in this same batch is newer than what the hub holds
        if r.type == ITEM and r.id in subjects:
            held_item = items.get(r.id)
            if held_item is None or (held_item.station == station and held_item.version < r.version):
                items[r.id] = _Item(station, r.version, r.data.get("operator_id"),
                                    str(r.data.get("license_plate") or r.id), "")
    accepted = _accepted(conn, subjects)
    people = _people(conn, {r.data["operator_id"] for r in judged} |
                     {a.operator_id for found in accepted.values() for a in found})
    four_eyes = _four_eyes(conn)
    site_view = bool(conn.scalar(select(stations.c.site_view).where(stations.c.name == station)))
    in_order = sorted(judged, key=_order)
    for r in in_order:   # a right missing refuses the batch before any conflict is judged
        reason = _no_right(_decided(r.id, r.data, station), items.get(r.data["inspection_id"]), people, four_eyes,
                           site_view)
        if reason is not None:
            raise NoRight(r.type, r.id, reason)
    reasons: dict[tuple[str, str], str] = {}
    refused_here: dict[str, list[Decided]] = {}   # per inspection: this batch's decisions refused so far
    for r in in_order:
        decision = _decided(r.id, r.data, station)
        subject = r.data["inspection_id"]
        reason = _conflict(decision, items.get(subject), accepted.get(subject, []), refused_here.get(subject, []),
                           people)
        if reason is None:
            accepted.setdefault(subject, []).append(decision)
        else:
            reasons[(r.type, r.id)] = reason
            refused_here.setdefault(subject, []).append(decision)
    return reasons


def _order(r: "Incoming") -> tuple[str, int, str, str]:
    return (r.data["inspection_id"], _based_on_of(r.data), r.data["at"], r.id)


def _based_on_of(data: dict[str, Any]) -> int:
    return based_on(data["action"], data["inspection_version"], data.get("based_on_version"))


def _decided(record_id: str, data: dict[str, Any], station: str) -> Decided:
    return Decided(record_id, station, data["operator_id"], data["at"], data["action"], _based_on_of(data),
                   data["inspection_version"])


def _no_right(decision: Decided, item: _Item | None, people: dict[str, tuple[str, str]], four_eyes: bool,
              site_view: bool) -> str | None:
    """Why the decider or the station had no right to this decision, or None. An inspection the hub has not heard
    of has nothing to judge the station and four eyes by (its bench sends it later)."""
    name, role = people.get(decision.operator_id, (decision.operator_id, None))
    if role is not None and role != Role.SUPERVISOR:
        return f"{name} is not a supervisor at this site: only a supervisor may approve or override an inspection"
    if item is None:
        return None
    if item.station != decision.station and not site_view:
        return (f"station {decision.station} may not decide on station {item.station}'s inspection {item.plate}: "
                f"it is not a supervisor desk (add-station --site-view)")
    if item.operator_id and breaks_four_eyes(item.operator_id, decision.operator_id, four_eyes):
        return (f"four eyes: {name} inspected {item.plate} and may not approve, override or release it; another "
                f"supervisor must decide")
    return None


def _conflict(decision: Decided, item: _Item | None, accepted: list[Decided], refused_here: list[Decided],
              people: dict[str, tuple[str, str]]) -> str | None:
    """Why the decision comes too late (another supervisor decided first, or its bench changed the item), or None."""
    if item is None and not accepted:
        return None   # an inspection the hub has not heard of: nothing to judge by (its bench sends it later)
    plate = item.plate if item is not None else decision.id
    earlier = [d for d in refused_here if d.station == decision.station and d.produced <= decision.based_on]
    if earlier:
        return (f"not applied: it was made after decision {earlier[-1].id} on {plate}, which the hub refused "
                f"(another supervisor decided first)")
    conflict = version_conflict(decision.station, decision.based_on, item.station if item else None,
                                item.version if item else None, accepted)
    if conflict is None:
        return None
    if conflict.winner is not None:
        winner = conflict.winner
        who = people.get(winner.operator_id, (winner.operator_id, None))[0]
        return (f"conflict: {who} at {winner.station} decided {plate} first, at {_when(winner.at)} "
                f"({_action(winner.action)}); this decision, made on version {decision.based_on}, was not applied "
                f"(the inspection is at version {conflict.current})")
    if item is not None and decision.based_on < conflict.current:
        changed = f" at {_when(item.updated_at)}" if item.updated_at else ""
        return (f"conflict: {plate} was changed at its bench {item.station}{changed} (version {conflict.current}); "
                f"this decision, made on version {decision.based_on}, was not applied")
    return (f"conflict: this decision was made on version {decision.based_on} of {plate}, which the hub does not "
            f"have (it has version {conflict.current})")


_ACTIONS = {ReviewAction.APPROVE: "approved", ReviewAction.GRADE: "grade overridden",
            ReviewAction.DEDUCTION: "deduction overridden", ReviewAction.DISPOSITION: "disposition overridden",
            ReviewAction.OUTCOME: "outcome overridden"}


def _action(action: str) -> str:
    return _ACTIONS.get(action, action)  # type: ignore[call-overload]


def _when(iso: str) -> str:
    """A time as a person reads it, in UTC (the benches may be in other zones than the hub)."""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        return iso
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def _rows(conn: Connection, stmt: Any, column: Any, values: Sequence[str]) -> Iterable[Any]:
    for start in range(0, len(values), _CHUNK):
        yield from conn.execute(stmt.where(column.in_(values[start:start + _CHUNK])))


def _items(conn: Connection, subjects: Sequence[str]) -> dict[str, _Item]:
    found = {}
    stmt = select(records.c.record_id, records.c.station, records.c.version, records.c.data, records.c.updated_at) \
        .where(records.c.record_type == ITEM)
    for record_id, owner, version, data, updated_at in _rows(conn, stmt, records.c.record_id, subjects):
        values = json.loads(data)
        found[record_id] = _Item(owner, version, values.get("operator_id"),
                                 str(values.get("license_plate") or record_id), updated_at)
    return found


def _accepted(conn: Connection, subjects: Sequence[str]) -> dict[str, list[Decided]]:
    """The decisions the hub holds on these inspections, by inspection."""
    found: dict[str, list[Decided]] = {}
    stmt = select(records.c.record_id, records.c.station, records.c.subject, records.c.data) \
        .where(records.c.record_type == OVERRIDE)
    for record_id, station, subject, data in _rows(conn, stmt, records.c.subject, subjects):
        try:
            decided = _decided(record_id, json.loads(data), station)
        except (KeyError, TypeError):   # stored before the types were what they are: nothing to judge by
            continue
        found.setdefault(subject, []).append(decided)
    return found


def _people(conn: Connection, ids: set[str]) -> dict[str, tuple[str, str]]:
    """Name and role of the operators the hub knows among `ids`."""
    stmt = select(operators.c.id, operators.c.name, operators.c.role)
    return {i: (name, role) for i, name, role in _rows(conn, stmt, operators.c.id, sorted(ids))}


def _four_eyes(conn: Connection) -> bool:
    data = conn.scalar(select(policies.c.data).where(policies.c.id == 1))
    if data is None:
        return True
    site = json.loads(data).get("site")
    return not (isinstance(site, dict) and site.get("four_eyes") is False)


# -- the owning bench pulls the decisions made elsewhere on its inspections -----------------------------------------
def decisions_since(conn: Connection, station: str, cursor: int, limit: int) -> tuple[list[dict[str, Any]], int, bool]:
    """Decisions other stations made on `station`'s inspections, after change number `cursor`, oldest first (in the
    site feed's record form); the new cursor; whether more are waiting.

    With nothing more to serve the cursor moves to the newest change number, so a bench whose inspections nobody
    decides on does not scan the same records again at every pass. That number is read first: a change number is
    visible only once every smaller one is committed (`inspector.hub.site_feed.numbers`), so nothing at or below it
    can appear later."""
    top = max(conn.scalar(select(func.max(records.c.seq))) or 0, cursor)
    decision, item = records.alias("decision"), records.alias("item")
    rows = conn.execute(
        select(decision.c.seq, decision.c.record_id, decision.c.station, decision.c.version, decision.c.data)
        .select_from(decision.join(item, (item.c.record_type == ITEM) & (item.c.record_id == decision.c.subject)))
        .where(decision.c.record_type == OVERRIDE, decision.c.seq > cursor, decision.c.seq <= top,
               item.c.station == station, decision.c.station != station)
        .order_by(decision.c.seq).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    page = [{"type": OVERRIDE, "id": record_id, "version": version, "station": owner, "seq": seq,
             "data": json.loads(data)} for seq, record_id, owner, version, data in rows]
    return page, (rows[-1].seq if more else top), more
