"""The steps a return's stored records make; `inspector.hub.timeline` writes the ones not written yet.

    expected         the hub was given the return (subject "")
    parcel_received  per parcel received against it (subject: the parcel)
    items_inspected  per parcel completed with every item done: the units per line (subject: the parcel)
    outcome_decided  the same parcel's totals per (outcome, currency), and what is held (subject: the parcel; a
                     later decision that changes the totals makes a revision, `timeline.revised`)
    held_for_review  per item a fraud score held (subject: the item)
    approved         per releasing decision: an approval or a supervisor's outcome (subject: the decision)
    closed           once per return (subject ""): nothing of it is outstanding (every line's quantity inspected,
                     across benches, by the hub's progress; every parcel done) and no hold is open, or the hub's
                     return status is closed

An item's outcome is its record's (`stored_outcome`: one from before outcomes is a refund of its refund), unless a
supervisor's outcome was decided on it after that version (the owning bench sends the changed item later).
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

import orjson
from sqlalchemy import Connection, select

from inspector.domain.outcomes import stored_outcome
from inspector.domain.review import RELEASING, ReviewAction
from inspector.hub.progress import counts_against_line, progress_of
from inspector.hub.schema import records, return_docs

STEPS = ("expected", "parcel_received", "items_inspected", "outcome_decided", "held_for_review", "approved",
         "closed")
PARCEL, ITEM, OVERRIDE = "parcel_receipt", "item_inspection", "inspection_override"
RETURN = ""   # the subject of a step about the return as a whole
CHUNK = 500


class Event(NamedTuple):
    rma_number: str
    step: str
    subject: str
    at: str
    station: str | None
    detail: dict[str, Any]


class _Stored(NamedTuple):
    id: str
    station: str
    data: dict[str, Any]


def utc(text: Any, fallback: str) -> str:
    """A record's time in UTC as the timeline writes it; `fallback` (the hub's clock) for none."""
    if isinstance(text, str):
        try:
            moment = dt.datetime.fromisoformat(text)
            if moment.tzinfo is not None:
                return moment.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")
        except ValueError:
            pass
    return fallback


def subjects(conn: Connection, record_type: str, ids: list[str]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for start in range(0, len(ids), CHUNK):
        found.update(conn.execute(select(records.c.record_id, records.c.subject).where(
            records.c.record_type == record_type, records.c.record_id.in_(ids[start:start + CHUNK]))).all())
    return found


def _about(conn: Connection, record_type: str, subject_ids: list[str]) -> list[_Stored]:
    found = []
    for start in range(0, len(subject_ids), CHUNK):
        for record_id, station, data in conn.execute(
                select(records.c.record_id, records.c.station, records.c.data).where(
                    records.c.record_type == record_type, records.c.subject.in_(subject_ids[start:start + CHUNK]))):
            found.append(_Stored(record_id, station, _loads(data)))
    return found


def _loads(text: str) -> dict[str, Any]:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


class _Return(NamedTuple):
    status: str
    quantities: dict[int, int]   # per line number


def _returns(conn: Connection, rma_numbers: list[str]) -> dict[str, _Return]:
    found = {}
    for start in range(0, len(rma_numbers), CHUNK):
        for rma, status, data in conn.execute(select(return_docs.c.rma_number, return_docs.c.status,
                                                     return_docs.c.data)
                                              .where(return_docs.c.rma_number.in_(rma_numbers[start:start + CHUNK]))):
            lines = json.loads(data).get("lines") or ()
            found[rma] = _Return(status, {line["line_no"]: int(line.get("quantity") or 0) for line in lines})
    return found


class _Ending(NamedTuple):
    """What a parcel leaves for closing its return."""
    done: bool
    holds_open: bool
    at: str          # when its last step happened


def steps_of(conn: Connection, rma_numbers: list[str], now: str) -> list[Event]:
    """Every step the stored records of these returns make; `now` (the hub's clock) times what has no time."""
    parcels = _about(conn, PARCEL, rma_numbers)
    items = _about(conn, ITEM, sorted(p.id for p in parcels))
    decisions = _about(conn, OVERRIDE, sorted(i.id for i in items))
    items_of: dict[str, list[_Stored]] = {}
    for item in items:
        items_of.setdefault(item.data.get("parcel_id"), []).append(item)
    decided: dict[str, list[_Stored]] = {}
    for decision in decisions:
        decided.setdefault(decision.data.get("inspection_id"), []).append(decision)
    found: list[Event] = []
    endings: dict[str, list[_Ending]] = {}
    for parcel in parcels:
        steps, ending = _parcel_steps(parcel, items_of.get(parcel.id, []), decided, now)
        found.extend(steps)
        endings.setdefault(parcel.data["rma_number"], []).append(ending)
    held = _returns(conn, sorted(endings))
    inspected = progress_of(conn, sorted(held)) if held else {}
    for rma, ends in sorted(endings.items()):
        ret = held.get(rma)
        if ret is not None and ret.status == "open" and _nothing_left(ret, inspected.get(rma, []), ends):
            found.append(Event(rma, "closed", RETURN, max(e.at for e in ends), None,
                               {"status": "inspected", "parcels": len(ends)}))
    return found


def _nothing_left(ret: _Return, progress: list[dict[str, Any]], ends: list[_Ending]) -> bool:
    if not all(e.done and not e.holds_open for e in ends):
        return False
    units: Counter[int] = Counter()
    for row in progress:
        units[row["line_no"]] += row["inspected"]
    return all(units[line] >= quantity for line, quantity in ret.quantities.items())


def _parcel_steps(parcel: _Stored, items: list[_Stored], decided: dict[str, list[_Stored]],
                  now: str) -> tuple[list[Event], _Ending]:
    rma, data = parcel.data["rma_number"], parcel.data
    received = utc(data.get("received_at"), now)
    steps = [Event(rma, "parcel_received", parcel.id, received, parcel.station,
                   {"parcel_id": parcel.id, "tracking_number": data.get("tracking_number"),
                    "flags": list(data.get("flags") or [])})]
    holds_open, released = False, []
    for item in items:
        releases = [d for d in decided.get(item.id, ()) if d.data.get("action") in RELEASING]
        if item.data.get("status") == "completed" and _held(item.data):
            steps.append(Event(rma, "held_for_review", item.id, utc(item.data.get("completed_at"), now),
                               item.station, _held_detail(item, decided.get(item.id, ()))))
            holds_open = holds_open or not releases
        for decision in releases:
            released.append(utc(decision.data.get("at"), now))
            steps.append(Event(rma, "approved", decision.id, released[-1], decision.station,
                               _approved_detail(item, decision)))
    done = data.get("status") == "completed" and all(i.data.get("status") in ("completed", "cancelled")
                                                      for i in items)
    if not done:
        return steps, _Ending(False, holds_open, received)
    at = utc(data.get("completed_at") or data.get("received_at"), now)
    kept = [i for i in items if i.data.get("status") == "completed"]
    changed = [utc(d.data.get("at"), now) for i in kept for d in decided.get(i.id, ())
               if d.data.get("action") != ReviewAction.APPROVE]
    steps.append(Event(rma, "items_inspected", parcel.id, at, parcel.station, _inspected_detail(parcel.id, kept)))
    steps.append(Event(rma, "outcome_decided", parcel.id, max([at, *changed]), parcel.station,
                       outcome_totals(parcel.id, kept, decided)))
    return steps, _Ending(True, holds_open, max([at, *released]))


def _held(data: dict[str, Any]) -> bool:
    risk = data.get("risk")
    return isinstance(risk, dict) and risk.get("held") is True


def _held_open(item: _Stored, decisions: Iterable[_Stored]) -> bool:
    return _held(item.data) and not any(d.data.get("action") in RELEASING for d in decisions)


def item_outcome(item: _Stored, decisions: Iterable[_Stored] = ()) -> tuple[str, Decimal]:
    """(outcome, amount) of an item: its record's, or a supervisor's outcome decided after that version."""
    data = item.data
    outcome, amount = stored_outcome(data.get("outcome"), _money(data.get("outcome_amount")),
                                     _money(data.get("refund")))
    found: tuple[str, Decimal] = (outcome.value, amount)
    version = data.get("version") if isinstance(data.get("version"), int) else 0
    later = [d.data for d in decisions if d.data.get("action") == ReviewAction.OUTCOME
             and isinstance(d.data.get("inspection_version"), int) and d.data["inspection_version"] > version
             and isinstance(d.data.get("after"), dict) and isinstance(d.data["after"].get("outcome"), str)]
    if later:
        newest = max(later, key=lambda d: (d["inspection_version"], str(d.get("at"))))
        found = (newest["after"]["outcome"], _money(newest["after"].get("outcome_amount")) or Decimal(0))
    return found


def _money(text: Any) -> Decimal | None:
    try:
        return Decimal(text) if isinstance(text, str) else None
    except InvalidOperation:
        return None


def _held_detail(item: _Stored, decisions: Sequence[_Stored]) -> dict[str, Any]:
    risk = item.data["risk"]
    reasons = [r.get("signal") for r in risk.get("reasons") or () if isinstance(r, dict)]
    outcome, amount = item_outcome(item)
    return {"inspection_id": item.id, "license_plate": item.data.get("license_plate"),
            "line_no": item.data.get("line_no"), "score": risk.get("score"), "reasons": reasons,
            "outcome": outcome, "amount": str(amount), "currency": item.data.get("currency")}


def _approved_detail(item: _Stored, decision: _Stored) -> dict[str, Any]:
    """A supervisor's outcome applies its `after` (outcome and amount); an approval keeps the item's."""
    outcome, amount = item_outcome(item, [decision] if decision.data.get("action") == ReviewAction.OUTCOME else [])
    return {"inspection_id": item.id, "license_plate": item.data.get("license_plate"),
            "action": decision.data.get("action"), "outcome": outcome, "amount": str(amount),
            "currency": item.data.get("currency"), "operator_id": decision.data.get("operator_id")}


def _inspected_detail(parcel_id: str, items: list[_Stored]) -> dict[str, Any]:
    per_line: Counter[int] = Counter()
    other = 0
    for item in items:
        if counts_against_line(item.data) and isinstance(item.data.get("line_no"), int):
            per_line[item.data["line_no"]] += 1
        else:
            other += 1
    return {"parcel_id": parcel_id, "units": len(items),
            "lines": [{"line_no": line, "units": n} for line, n in sorted(per_line.items())],
            "not_on_return": other}


def outcome_totals(parcel_id: str, items: list[_Stored], decided: dict[str, list[_Stored]]) -> dict[str, Any]:
    """Units and amounts per (outcome, currency), summed as Decimal from the items' own amounts, and what is still
    held (a hold released is no longer)."""
    totals: dict[tuple[str, str], list[Any]] = {}
    held: dict[str, list[Any]] = {}
    for item in items:
        decisions = decided.get(item.id, [])
        outcome, amount = item_outcome(item, decisions)
        currency = item.data.get("currency") or ""
        entry = totals.setdefault((outcome, currency), [0, Decimal(0)])
        entry[0] += 1
        entry[1] += amount
        if _held_open(item, decisions):
            kept = held.setdefault(currency, [0, Decimal(0)])
            kept[0] += 1
            kept[1] += amount
    return {"parcel_id": parcel_id,
            "totals": [{"outcome": o, "currency": c, "units": n, "amount": str(a)}
                       for (o, c), (n, a) in sorted(totals.items())],
            "held": [{"currency": c, "units": n, "amount": str(a)} for c, (n, a) in sorted(held.items())]}
