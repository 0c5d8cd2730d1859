"""Each return's timeline: the steps the shop's systems follow a return by (GET /v1/returns/{rma}/status, webhooks).
The steps, and what makes each, are `inspector.hub.timeline_steps`'.

`note_returns` (from `feed._store`) and `note_applied` (from `ingest._store`) run in the writing transaction, with
the hub's clock. Both work the steps out from the stored state of the returns touched, not from the batch, so the
order records arrive in does not matter, and insert the ones missing, each once (unique per return, step and
subject), numbered by the `events` counter, with one delivery row per active webhook
(`inspector.hub.webhook_sender` sends them). A parcel's outcome is noted again when its totals change (`revised`).

Lock order: the writer holds records, line units, returns by then; the `events` counter is always taken last, and
held while the steps already written are read, so two hub processes never write one step twice.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, update

from inspector.hub.schema import counters, return_docs, return_events, webhook_deliveries, webhooks
from inspector.hub.timeline_steps import (
    CHUNK,
    ITEM,
    OVERRIDE,
    PARCEL,
    RETURN,
    STEPS,
    Event,
    steps_of,
    subjects,
)

if TYPE_CHECKING:
    from inspector.hub.ingest import Incoming

__all__ = ["STEPS", "Event", "event_body", "insert_missing", "note_applied", "note_returns", "status_of"]

_ORDER = {step: n for n, step in enumerate(STEPS)}
DECIDED = "outcome_decided"
SUBJECT_MAX = 64


def note_returns(conn: Connection, docs: Sequence[dict[str, Any]], at: str) -> int:
    """Steps of returns the hub was just given (at `at`, the hub's time): expected, closed when the return's status
    says so, and what their parcels already made (a return given after its parcels may be done already)."""
    found = []
    for doc in docs:
        units = sum(int(line.get("quantity") or 0) for line in doc.get("lines", ()))
        found.append(Event(doc["rma_number"], "expected", RETURN, at, None,
                           {"order_number": doc.get("order_number"), "lines": len(doc.get("lines", ())),
                            "units": units}))
        if doc.get("status") == "closed":
            found.append(Event(doc["rma_number"], "closed", RETURN, at, None, {"status": "closed"}))
    found.extend(steps_of(conn, sorted({doc["rma_number"] for doc in docs}), at))
    return insert_missing(conn, found, at)


def note_applied(conn: Connection, applied: Sequence[Incoming], at: str) -> int:
    """Steps of the returns whose parcels, items or decisions were just applied (at `at`, the hub's time)."""
    rmas = _touched(conn, applied)
    if not rmas:
        return 0
    return insert_missing(conn, steps_of(conn, rmas, at), at)


def _touched(conn: Connection, applied: Sequence[Incoming]) -> list[str]:
    """The returns the batch's records are about: a parcel's own, an item's parcel's, a decision's item's."""
    parcels = {r.id: r.data.get("rma_number") for r in applied if r.type == PARCEL}
    item_parcels = {r.id: r.data.get("parcel_id") for r in applied if r.type == ITEM}
    decided = {r.data.get("inspection_id") for r in applied if r.type == OVERRIDE} - set(item_parcels)
    if decided:
        item_parcels.update(subjects(conn, ITEM, sorted(i for i in decided if isinstance(i, str))))
    unknown = sorted({p for p in item_parcels.values() if isinstance(p, str)} - set(parcels))
    if unknown:
        parcels.update(subjects(conn, PARCEL, unknown))
    wanted = {parcels.get(p) for p in item_parcels.values()} | set(parcels.values())
    return sorted(rma for rma in wanted if isinstance(rma, str) and rma)


def insert_missing(conn: Connection, found: Sequence[Event], at: str) -> int:
    """Writes the steps not written yet, in step order per return, each with its webhooks' deliveries (recorded
    at `at`, the hub's time); how many."""
    if not found:
        return 0
    conn.execute(select(counters.c.value).where(counters.c.name == "events").with_for_update())
    rmas = sorted({e.rma_number for e in found})
    have: set[tuple[str, str, str]] = set()
    decided: list[Any] = []
    for start in range(0, len(rmas), CHUNK):
        for row in conn.execute(select(return_events.c.rma_number, return_events.c.step, return_events.c.subject,
                                       return_events.c.seq, return_events.c.detail)
                                .where(return_events.c.rma_number.in_(rmas[start:start + CHUNK]))):
            have.add((row.rma_number, row.step, row.subject))
            if row.step == DECIDED:
                decided.append(row)
    new: dict[tuple[str, str, str], Event] = {}
    for event in sorted(revised(found, decided), key=lambda e: (e.rma_number, _ORDER[e.step], e.at, e.subject)):
        key = (event.rma_number, event.step, event.subject)
        if key not in have and key not in new:
            new[key] = event
    if not new:
        return 0
    last = conn.execute(update(counters).where(counters.c.name == "events")
                        .values(value=counters.c.value + len(new)).returning(counters.c.value)).scalar_one()
    first = last - len(new) + 1
    rows = [{"id": str(uuid.uuid4()), "rma_number": e.rma_number, "step": e.step, "subject": e.subject,
             "seq": first + n, "at": e.at, "station": e.station,
             "detail": json.dumps(e.detail, ensure_ascii=False, separators=(",", ":")), "recorded_at": at}
            for n, e in enumerate(new.values())]
    conn.execute(insert(return_events), rows)
    names = list(conn.scalars(select(webhooks.c.name).where(webhooks.c.active.is_(True)).order_by(webhooks.c.name)))
    if names:
        conn.execute(insert(webhook_deliveries), [
            {"webhook": name, "event_id": row["id"], "rma_number": row["rma_number"], "seq": row["seq"],
             "state": "pending", "attempts": 0} for name in names for row in rows])
    return len(rows)


def revised(found: Sequence[Event], written: Sequence[Any]) -> list[Event]:
    """The steps found, with each parcel's outcome as a revision when one was written with other totals (its n-th:
    subject "<parcel>#<n>", "revision" n in its detail), and left out when the newest written has these totals."""
    newest: dict[tuple[str, str], tuple[int, int, Any]] = {}   # (rma, parcel) -> (count, seq, totals)
    for row in written:
        detail = json.loads(row.detail)
        key = (row.rma_number, detail.get("parcel_id"))
        count, seq, totals = newest.get(key, (0, -1, None))
        newest[key] = (count + 1, *((row.seq, detail.get("totals")) if row.seq > seq else (seq, totals)))
    kept = []
    for event in found:
        parcel = event.detail.get("parcel_id") if event.step == DECIDED else None
        if parcel is None or (event.rma_number, parcel) not in newest:
            kept.append(event)
            continue
        count, _seq, totals = newest[(event.rma_number, parcel)]
        if totals != event.detail["totals"]:
            kept.append(event._replace(subject=_revision_subject(parcel, count + 1),
                                       detail={**event.detail, "revision": count + 1}))
    return kept


def _revision_subject(parcel_id: str, n: int) -> str:
    suffix = f"#{n}"
    if len(parcel_id) + len(suffix) > SUBJECT_MAX:   # a parcel id is at most 64 characters; its revision stays unique
        parcel_id = hashlib.sha256(parcel_id.encode()).hexdigest()[:SUBJECT_MAX - len(suffix)]
    return parcel_id + suffix


def status_of(conn: Connection, rma_number: str) -> dict[str, Any] | None:
    """The return's status and its steps in order, or None when the hub knows neither."""
    status = conn.scalar(select(return_docs.c.status).where(return_docs.c.rma_number == rma_number))
    steps = [{"id": row.id, "step": row.step, "seq": row.seq, "at": row.at, "station": row.station,
              "detail": json.loads(row.detail)}
             for row in conn.execute(select(return_events).where(return_events.c.rma_number == rma_number)
                                     .order_by(return_events.c.seq))]
    if status is None and not steps:
        return None
    return {"rma_number": rma_number, "status": status, "steps": steps}


def event_body(row: Any) -> dict[str, Any]:
    """What a webhook is posted for one step; its id is the event's, the same on every retry."""
    return {"id": row.id, "type": f"return.{row.step}", "seq": row.seq, "rma_number": row.rma_number,
            "step": row.step, "at": row.at, "station": row.station, "data": json.loads(row.detail)}
