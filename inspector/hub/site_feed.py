"""The site feed: every station's records by change number, for supervisor desks (stations with the site-view right).

Each applied version takes a new change number in the same transaction as the write (`numbers`), so a desk that
pulls `since` its cursor sees every change once, at its newest version.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

import orjson
from sqlalchemy import Connection, func, literal_column, select, update

from inspector.hub.schema import counters, records

# Which field of a record's data says when it happened, per type (the first one set wins). The review window and the
# closed days are measured by it.
HAPPENED_FIELDS = {"parcel_receipt": ("received_at",), "item_inspection": ("completed_at", "started_at"),
                   "inspection_override": ("at",), "inspection_photo": ("taken_at",)}


def happened_time(record_type: str, data: dict[str, Any]) -> dt.datetime | None:
    """When the record happened, on the bench's clock (with its offset)."""
    for name in HAPPENED_FIELDS.get(record_type, ()):
        text = data.get(name)
        if text:
            # Checked by the record's type already: an ISO time with an offset.
            return dt.datetime.fromisoformat(text)
    return None


def happened_at(record_type: str, data: dict[str, Any]) -> str | None:
    """When the record happened, as UTC text that sorts as time does (the hub's `now_iso` form)."""
    when = happened_time(record_type, data)
    return None if when is None else when.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


_SUBJECT_FIELDS = {"inspection_override": "inspection_id", "item_inspection": "parcel_id",
                   "parcel_receipt": "rma_number", "inspection_photo": "inspection_id"}


def subject_of(record_type: str, data: dict[str, Any]) -> str | None:
    """What the record is about, for the hub's own lookups: an override's or a photo's inspection, an item's parcel,
    a parcel's return (revision 0004: the timeline finds a return's records by them)."""
    field = _SUBJECT_FIELDS.get(record_type)
    return data.get(field) if field else None


def numbers(conn: Connection, count: int) -> int:
    """Takes `count` change numbers for records; returns the first. Locks the counter row until commit (see
    `CounterRow`), so a desk's cursor never skips a change committed late by another hub process."""
    last = conn.execute(update(counters).where(counters.c.name == "records")
                        .values(value=counters.c.value + count).returning(counters.c.value)).scalar_one()
    return last - count + 1


# -- serving the feed (GET /v1/site/records) ----------------------------------------------------------------------
DEFAULT_REVIEW_DAYS = 35   # inspector.domain.policy.SitePolicy.review_days
SERVED_TYPES = tuple(HAPPENED_FIELDS)


def review_days(policy: dict[str, Any] | None) -> int:
    """The days the site keeps for review, from the hub's policy (checked when it was set), else the default."""
    site = (policy or {}).get("site")
    days = site.get("review_days") if isinstance(site, dict) else None
    return days if isinstance(days, int) and not isinstance(days, bool) and days >= 1 else DEFAULT_REVIEW_DAYS


def window_start(now: dt.datetime, days: int) -> str:
    """The first moment the feed serves, as UTC text comparable with `happened_at`."""
    return (now - dt.timedelta(days=days)).astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


def window_floor(conn: Connection, start: str) -> int:
    """A change number no record of the window (from `start` on) is below, now or later: a record takes a higher
    number than every committed one whenever a version of it is applied. Lets a fresh desk skip the years of
    records before the window without reading them; one index range read, so the route keeps it for a day."""
    found = conn.scalar(select(func.min(records.c.seq)).where(records.c.happened_at >= start))
    return int(found) if found is not None else _last_number(conn) + 1


def _last_number(conn: Connection) -> int:
    return int(conn.scalar(select(counters.c.value).where(counters.c.name == "records")) or 0)


def _served(row: Any) -> dict[str, Any]:
    try:
        data = orjson.loads(row.data)
    except orjson.JSONDecodeError:   # what only json reads (an integer beyond 64 bits, a lone surrogate)
        data = json.loads(row.data)
    return {"type": row.record_type, "id": row.record_id, "version": row.version, "station": row.station,
            "seq": row.seq, "data": data}


def page_body(answer: dict[str, Any]) -> bytes:
    """The answer as JSON; orjson first, json (with \\u escapes) for what orjson cannot write."""
    try:
        return orjson.dumps(answer)
    except TypeError:
        return json.dumps(answer, separators=(",", ":")).encode("ascii")


_COLUMNS = (records.c.record_type, records.c.record_id, records.c.version, records.c.station, records.c.seq,
            records.c.data)


def _companions(conn: Connection, page: list[dict[str, Any]], desk: str) -> list[dict[str, Any]]:
    """What the page's records name and the page does not hold: each override's and photo's inspection, each item's
    parcel, at their newest version, whatever their time. The desk can then store every record whole, and an item
    whose parcel was received before the window (or an override or photo of an item completed before it) still has
    it."""
    held = {(r["type"], r["id"]) for r in page}
    found: list[dict[str, Any]] = []
    wanted = {("item_inspection", r["data"].get("inspection_id")) for r in page
              if r["type"] in ("inspection_override", "inspection_photo")}
    for record_type in ("item_inspection", "parcel_receipt"):
        ids = sorted({i for t, i in wanted if t == record_type and isinstance(i, str) and (t, i) not in held})
        for start in range(0, len(ids), 500):
            rows = conn.execute(select(*_COLUMNS).where(records.c.record_type == record_type,
                                                        records.c.record_id.in_(ids[start:start + 500]),
                                                        records.c.station != desk)).all()
            found.extend(_served(row) for row in rows)
        if record_type == "item_inspection":
            wanted = {("parcel_receipt", r["data"].get("parcel_id")) for r in page + found
                      if r["type"] == "item_inspection"}
    return found


def serve_page(conn: Connection, desk: str, since: int, limit: int, start: str,
               floor: int) -> tuple[list[dict[str, Any]], int, bool]:
    """Other stations' records changed after `since` whose time is in the window (from `start`), oldest change
    first, with their companions; the new cursor; whether more are waiting. A record without a time (none the
    benches send: an item in progress has its start) is outside every window. The desk's own records are not
    served: it has them."""
    after = max(since, floor - 1)
    happened = records.c.happened_at
    if conn.dialect.name == "sqlite":
        # Keeps SQLite on the change-number index: with the time's index it would sort the whole window per page.
        happened = literal_column("+hub_records.happened_at")
    rows = conn.execute(select(*_COLUMNS).where(records.c.seq > after, happened >= start, records.c.station != desk)
                        .order_by(records.c.seq).limit(limit + 1)).all()
    more = len(rows) > limit
    page = [_served(row) for row in rows[:limit]]
    cursor = page[-1]["seq"] if page else since
    return _companions(conn, page, desk) + page, cursor, more
