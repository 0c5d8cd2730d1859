"""Closing the site's day, and the site's reports as the hub writes them.

A supervisor signs off a day (`inspector hub close-day`, or "Close the day…" at a desk). The hub builds the day's
report as of that moment (`inspector.hub.site_report`: the bench's own code) and keeps it in `hub_closed_days`,
numbered 1, 2, ... in closing order, never changed again: its PDF bytes, their SHA-256, who signed and when, and
`last_seq`, the newest record change the report saw. The report names the stations not heard from since before the
end of the day: their records of it may still be on their way.

Records of a closed day that the hub applies after the signing (change number above `last_seq`, `happened_at`
within the day) never touch the signed report: they form the day's addendum, and the next report the hub makes
lists them under "Late records for closed days" (each one until a later closing has listed it in its own signed
report). A report asked for a closed day is the signed PDF, byte for byte.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, func, insert, select, text

from inspector.domain.code_words import PolicyLabels
from inspector.domain.policy import Policy
from inspector.domain.site_day import SiteZone, site_zone
from inspector.exporting import export_range, replaced_atomically
from inspector.hub.schema import closed_days, records
from inspector.hub.site_report import (Loaded, hub_policy, hub_snapshot, load_span, newest_seq, scratch_database,
                                       stations_behind, utc_text)
from inspector.hub.storage import in_transaction
from inspector.reports.day_pdf import LateRecord, PhotoSource, ReportResult, SiteNotes, build_day_report

SIGNER_MAX = 120
NUMBERING_LOCK_KEY = 72201017    # PostgreSQL: two closings take their numbers one after the other
# `hub_closed_days.time_zone` when the policy names none (the hub computer's own zone was used).
LOCAL_ZONE = "(hub computer's zone)"
Clock = Callable[[], dt.datetime]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class ClosingRefused(ValueError):
    """A day that cannot be closed (not begun, already closed, no signer): the message says which and why."""


class DayAlreadyClosed(ClosingRefused):
    def __init__(self, closed: ClosedDay) -> None:
        super().__init__(f"The site's day {closed.day.isoformat()} is already closed: report no. {closed.number}, "
                         f"signed by {closed.signed_by} at {closed.signed_text()}.")
        self.closed = closed


class DayNotClosed(ClosingRefused):
    pass


@dataclass(frozen=True)
class ClosedDay:
    number: int
    day: dt.date
    time_zone: str
    signed_by: str
    signed_at: dt.datetime
    last_seq: int
    stations_behind: tuple[dict[str, str | None], ...]   # {"station", "last_heard_at"}
    report_sha256: str

    @property
    def zone(self) -> SiteZone:
        return site_zone(self.time_zone if self.time_zone != LOCAL_ZONE else None)

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        return self.zone.day_bounds(self.day)

    def signed_text(self) -> str:
        return self.zone.local(self.signed_at).strftime("%Y-%m-%d %H:%M %Z")

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "day": self.day.isoformat(), "time_zone": self.time_zone,
                "signed_by": self.signed_by, "signed_at": utc_text(self.signed_at), "last_seq": self.last_seq,
                "stations_behind": list(self.stations_behind), "report_sha256": self.report_sha256}


_COLUMNS = (closed_days.c.number, closed_days.c.day, closed_days.c.time_zone, closed_days.c.signed_by,
            closed_days.c.signed_at, closed_days.c.last_seq, closed_days.c.stations_behind,
            closed_days.c.report_sha256)


def _closed_day(row: Any) -> ClosedDay:
    return ClosedDay(row.number, dt.date.fromisoformat(row.day), row.time_zone, row.signed_by,
                     dt.datetime.fromisoformat(row.signed_at), int(row.last_seq),
                     tuple(json.loads(row.stations_behind)), row.report_sha256)


def closed_day(conn: Connection, day: dt.date) -> ClosedDay | None:
    row = conn.execute(select(*_COLUMNS).where(closed_days.c.day == day.isoformat())).first()
    return None if row is None else _closed_day(row)


def list_closed_days(conn: Connection) -> list[ClosedDay]:
    return [_closed_day(r) for r in conn.execute(select(*_COLUMNS).order_by(closed_days.c.number))]


def signed_pdf(conn: Connection, day: dt.date) -> bytes | None:
    return conn.scalar(select(closed_days.c.report_pdf).where(closed_days.c.day == day.isoformat()))


# -- late records ---------------------------------------------------------------------------------------------------
def _reference(record_type: str, record_id: str, data: dict[str, Any]) -> tuple[str, str]:
    """What a person recognises the record by, and an item's refund with its currency."""
    if record_type == "item_inspection":
        refund, currency = data.get("refund"), data.get("currency")
        return str(data.get("license_plate") or record_id), (f"{refund} {currency}" if refund and currency else "")
    if record_type == "parcel_receipt":
        return str(data.get("tracking_number") or data.get("rma_number") or record_id), ""
    if record_type == "inspection_override":
        return str(data.get("action") or record_id), ""
    if record_type == "inspection_photo":      # named by its hash's start, as a person can match it to the file
        return f"photo {str(data.get('sha256') or record_id)[:10]}", ""
    return record_id, ""


def late_records(conn: Connection, days: Sequence[ClosedDay], after_seq: int | None = None,
                 up_to_seq: int | None = None, limit: int | None = None) -> list[LateRecord]:
    """Records of the closed `days` applied after each day's signing, oldest change first: with `after_seq`, only
    those above it too (what no signed report has listed yet); with `up_to_seq`, only those a snapshot saw."""
    if not days:
        return []
    spans = sorted((*d.bounds(), d) for d in days)
    starts = [utc_text(start) for start, _end, _day in spans]
    floor = max(min(d.last_seq for d in days), after_seq or 0)
    query = (select(records.c.record_type, records.c.record_id, records.c.station, records.c.seq,
                    records.c.happened_at, records.c.received_at, records.c.updated_at, records.c.data)
             .where(records.c.seq > floor, records.c.happened_at >= starts[0],
                    records.c.happened_at < utc_text(max(end for _s, end, _d in spans)))
             .order_by(records.c.seq))
    if up_to_seq is not None:
        query = query.where(records.c.seq <= up_to_seq)
    found: list[LateRecord] = []
    decided: dict[int, str] = {}     # index in `found` -> the inspection an override decides on
    for row in conn.execute(query):
        at = bisect.bisect_right(starts, row.happened_at) - 1
        if at < 0:
            continue
        _start, end, day = spans[at]
        if row.happened_at >= utc_text(end) or row.seq <= day.last_seq:
            continue     # between closed days, or seen by its day's signed report
        data = orjson.loads(row.data)
        reference, amount = _reference(row.record_type, row.record_id, data)
        if row.record_type in ("inspection_override", "inspection_photo") and isinstance(data.get("inspection_id"),
                                                                                           str):
            decided[len(found)] = data["inspection_id"]
        changed = row.received_at <= utc_text(day.signed_at)
        found.append(LateRecord(day.day, day.number, row.record_type, reference, row.station,
                                dt.datetime.fromisoformat(row.happened_at), dt.datetime.fromisoformat(row.updated_at),
                                "changed" if changed else "new", amount, row.record_id, int(row.seq)))
        if limit is not None and len(found) >= limit:
            break
    plates = _plates(conn, sorted(set(decided.values())))
    for index, inspection_id in decided.items():
        if inspection_id in plates:
            found[index] = replace(found[index], reference=f"{found[index].reference} {plates[inspection_id]}")
    return found


def _plates(conn: Connection, inspection_ids: Sequence[str]) -> dict[str, str]:
    """The license plates of these item inspections, as the hub holds them."""
    plates: dict[str, str] = {}
    for start in range(0, len(inspection_ids), 500):
        for record_id, data in conn.execute(select(records.c.record_id, records.c.data).where(
                records.c.record_type == "item_inspection", records.c.record_id.in_(inspection_ids[start:start + 500]))):
            plate = orjson.loads(data).get("license_plate")
            if isinstance(plate, str):
                plates[record_id] = plate
    return plates


def _listed_up_to(conn: Connection) -> int:
    """Late records up to this change number are in a signed report already (the newest closing's snapshot)."""
    return int(conn.scalar(select(func.coalesce(func.max(closed_days.c.last_seq), 0))) or 0)


def _behind_texts(zone: SiteZone, behind: Sequence[tuple[str, str | None]]) -> tuple[str, ...]:
    return tuple(f"{name} (last heard {zone.local(dt.datetime.fromisoformat(heard)).strftime('%Y-%m-%d %H:%M')})"
                 if heard else f"{name} (never heard from)" for name, heard in behind)


# -- reports --------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SiteReport:
    result: ReportResult | None     # None: the signed PDF, written as kept
    loaded: Loaded | None
    last_seq: int
    closed: ClosedDay | None
    late: int                       # late records listed
    stations_behind: tuple[str, ...]


def _write_report(hub: Connection, policy: Policy, day: dt.date, output: Path, at: dt.datetime,
                  station: str | None, notes: SiteNotes,
                  photos: PhotoSource | None = None) -> tuple[ReportResult, Loaded]:
    with scratch_database() as database:
        loaded = load_span(hub, database, policy, day, day, at, station)
        return build_day_report(database, day, output, station=station, zone=policy.zone, generated_at=at,
                                notes=notes, labels=PolicyLabels.of(policy), photos=photos), loaded


def _current_notes(hub: Connection, policy: Policy, day: dt.date, up_to_seq: int, signed: str | None = None,
                   behind: Sequence[tuple[str, str | None]] | None = None) -> SiteNotes:
    if behind is None:
        behind = stations_behind(hub, policy.zone.day_bounds(day)[1])
    others = [d for d in list_closed_days(hub) if d.day != day]
    late = late_records(hub, others, after_seq=_listed_up_to(hub), up_to_seq=up_to_seq)
    return SiteNotes(signed=signed, stations_behind=_behind_texts(policy.zone, behind), late=tuple(late))


def write_day_report(engine: Engine, day: dt.date, output: Path, station: str | None = None,
                     clock: Clock = _now, photos: PhotoSource | None = None) -> SiteReport:
    """The site's report of `day`: the signed PDF for a closed day (byte for byte), else the day as of now, with
    the stations not heard from since before it ended and the late records of closed days not yet listed."""
    with hub_snapshot(engine) as hub:
        closed = closed_day(hub, day)
        if closed is not None and station is None:
            pdf = signed_pdf(hub, day)
            assert pdf is not None
            with replaced_atomically(output) as handle:   # whole or not at all, like every report
                handle.buffer.write(pdf)
            return SiteReport(None, None, closed.last_seq, closed, 0, ())
        policy, last_seq = hub_policy(hub), newest_seq(hub)
        notes = _current_notes(hub, policy, day, last_seq)
        result, loaded = _write_report(hub, policy, day, output, clock(), station, notes, photos)
        return SiteReport(result, loaded, last_seq, closed, len(notes.late), notes.stations_behind)


def write_addendum(engine: Engine, day: dt.date, output: Path, clock: Clock = _now,
                   photos: PhotoSource | None = None) -> SiteReport:
    """The closed day's addendum: its records applied after the signing, listed, and the late item inspections
    added up by the bench's report code."""
    with hub_snapshot(engine) as hub:
        closed = closed_day(hub, day)
        if closed is None:
            raise DayNotClosed(f"The site's day {day.isoformat()} is not closed: it has no addendum. "
                               "`inspector hub report` gives its report as of now.")
        policy, last_seq = hub_policy(hub), newest_seq(hub)
        late = late_records(hub, [closed])
        notes = SiteNotes(
            title=f"Addendum to end-of-day report no. {closed.number}",
            signed=(f"Report no. {closed.number} of {day.isoformat()} was signed by {closed.signed_by} at "
                    f"{closed.signed_text()} and stays as signed. These records of that day reached the hub after; "
                    "the figures count only the item inspections among them."),
            late=tuple(late))
        at = clock()
        with scratch_database() as database:
            loaded = load_span(hub, database, policy, day, day, at, after_seq=closed.last_seq)
            result = build_day_report(database, day, output, zone=policy.zone, generated_at=at, notes=notes,
                                      labels=PolicyLabels.of(policy), photos=photos)
        return SiteReport(result, loaded, last_seq, closed, len(late), ())


def export_span(engine: Engine, first_day: dt.date, last_day: dt.date, fmt: str, output: Path,
                station: str | None = None, clock: Clock = _now,
                progress: Callable[[int, int], None] | None = None) -> tuple[int, SiteZone]:
    """The site's item inspections completed from `first_day` to `last_day`, as now, in the bench's export format
    (its own code). Returns the rows written and the zone whose days they are."""
    with hub_snapshot(engine) as hub:
        policy = hub_policy(hub)
        with scratch_database() as database:
            load_span(hub, database, policy, first_day, last_day, clock(), station)
            count = export_range(database, first_day, last_day, fmt, output, station, progress, policy.zone)
    return count, policy.zone


# -- closing --------------------------------------------------------------------------------------------------------
class _NumberTaken(Exception):
    """Another closing took the number this report was drawn with: draw it again."""


def _signer(signed_by: str) -> str:
    name = " ".join(signed_by.split())
    if not name:
        raise ClosingRefused("Say who signs the day off (--by NAME).")
    if len(name) > SIGNER_MAX:
        raise ClosingRefused(f"The signer's name is longer than {SIGNER_MAX} characters.")
    return name


def _store(conn: Connection, closing: ClosedDay, pdf: bytes) -> ClosedDay:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": NUMBERING_LOCK_KEY})
    already = closed_day(conn, closing.day)
    if already is not None:
        raise DayAlreadyClosed(already)
    number = int(conn.scalar(select(func.coalesce(func.max(closed_days.c.number), 0))) or 0) + 1
    if number != closing.number:
        raise _NumberTaken
    values = closing.to_json()
    values.update(stations_behind=json.dumps(values["stations_behind"], ensure_ascii=False), report_pdf=pdf)
    conn.execute(insert(closed_days).values(**values))
    return closing


QUIET_BEFORE_CLOSING = dt.timedelta(minutes=5)


def close_day(engine: Engine, day: dt.date, signed_by: str, clock: Clock = _now, attempts: int = 3,
              desk: str | None = None, photos: PhotoSource | None = None) -> ClosedDay:
    """Signs the site's `day` off: builds its report as of now and keeps it, numbered. Raises DayAlreadyClosed
    (naming the number, who signed and when) or ClosingRefused. `desk`: the station asking, heard from as it asks
    (its last-heard time is noted beside the request, not before it). `photos`: the hub's photo folder's thumbnails
    (`site_report.hub_photos`): the signed PDF shows the photos here at closing, for good."""
    signer = _signer(signed_by)
    for _attempt in range(attempts):
        at = clock()
        with hub_snapshot(engine) as hub:
            already = closed_day(hub, day)
            if already is not None:
                raise DayAlreadyClosed(already)
            policy = hub_policy(hub)
            start, end = policy.zone.day_bounds(day)
            if start > at:
                raise ClosingRefused(f"The site's day {day.isoformat()} has not begun yet "
                                     f"({policy.zone.label(day)}): only a day that has begun can be closed.")
            number = int(hub.scalar(select(func.coalesce(func.max(closed_days.c.number), 0))) or 0) + 1
            last_seq = newest_seq(hub)
            # A day closed before it ends (at the end of the last shift) asks who has gone quiet lately, not who
            # has been heard from after midnight: a bench syncs every minute or so when it can.
            behind = [(name, heard) for name, heard in stations_behind(hub, min(end, at - QUIET_BEFORE_CLOSING))
                      if name != desk]
            closing = ClosedDay(number, day, policy.time_zone or LOCAL_ZONE, signer, at, last_seq,
                                tuple({"station": name, "last_heard_at": heard} for name, heard in behind), "")
            signed = (f"Closed day no. {number}, signed off by {signer} at {closing.signed_text()}. "
                      f"Records of this day that reach the hub later go into its addendum.")
            notes = _current_notes(hub, policy, day, last_seq, signed, behind)
            with tempfile.TemporaryDirectory(prefix="inspector-close-day-") as folder:
                path = Path(folder) / "signed.pdf"
                _write_report(hub, policy, day, path, at, None, notes, photos)
                pdf = path.read_bytes()
        closing = replace(closing, report_sha256=hashlib.sha256(pdf).hexdigest())
        try:
            return in_transaction(engine, lambda conn, closing=closing, pdf=pdf: _store(conn, closing, pdf))
        except _NumberTaken:
            continue
    raise ClosingRefused("Other days were being closed at the same time; try again.")
