"""The site's flow for the supervisor's insight view: dock to stock, open holds, backlog, items per hour.

Read from the tables the bench has: its own records and, at a supervisor desk, the read-only copies of every other
station's records beside them (same tables, origin 'site'), so the figures cover the site without asking which is
which. The rules behind each figure are `inspector.domain.site_insight`; this module only reads rows.

Two kinds of figure:
- over the range of site days asked for (the policy's time zone): dock to stock and items per hour, from the items
  completed in it;
- as things stand at the clock's `now`: open holds and the backlog, over the days a desk keeps (policy
  `site.review_days`, ending on the site's day of `now`), whatever range is asked, since a hold from last week is
  still waiting today.
A station filter narrows all of them to one station. The time is never read here: the caller passes a clock.

A desk may hold a stand-in for a parcel the site feed has not delivered yet (`site_copies.PLACEHOLDER_VERSION`): its
receipt time and state are not known, so it counts in no receipt, wait or backlog (its items still count as work).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, exists, select, union

from inspector.domain.site_insight import (DurationFigures, InspectorRate, ItemTimes, OpenHold, StationBacklog,
                                           backlog, dock_to_stock, hold_ages, items_per_hour)
from inspector.storage.orm import InspectionRow, OperatorRow, ParcelRow
from inspector.sync.site_copies import PLACEHOLDER_VERSION
from inspector.usecases.review import ReviewQuery, require_range, require_supervisor, review_queue
from inspector.usecases.unit_of_work import UnitOfWork

_items, _parcels, _operators = InspectionRow.__table__, ParcelRow.__table__, OperatorRow.__table__


@dataclass(frozen=True)
class SiteInsightQuery:
    first_day: dt.date
    last_day: dt.date           # inclusive, the site's days like the exports
    station: str | None = None  # None or blank: every station


@dataclass(frozen=True)
class SiteInsight:
    first_day: dt.date
    last_day: dt.date
    station: str | None
    as_of: dt.datetime                              # the clock's reading the ages are measured at
    dock_to_stock_by_station: tuple[DurationFigures, ...]
    dock_to_stock_by_inspector: tuple[DurationFigures, ...]
    holds: tuple[OpenHold, ...]                     # oldest first
    holds_since: dt.date                            # first site day the holds and backlog cover
    backlog: tuple[StationBacklog, ...]             # the station with the oldest waiting parcel first
    rates: tuple[InspectorRate, ...]                # fastest first
    stations: tuple[str, ...]                       # every station the database holds records of, for the filter


def site_insight(query: SiteInsightQuery, supervisor_id: str, uow: UnitOfWork,
                 clock: Callable[[], dt.datetime]) -> SiteInsight:
    """Raises RefusedError for anyone but an active supervisor, or for a range that ends before it starts."""
    require_range(query.first_day, query.last_day)
    now = clock()
    zone = uow.policy.zone
    station = (query.station or "").strip() or None
    today = zone.day_of(now)
    since = today - dt.timedelta(days=uow.policy.site.review_days - 1)
    # The review queue's own reading decides what an open hold is (its exception flags, its decisions, whatever
    # makes a decision count), so a hold here is exactly what the review window lists as open; it checks the role.
    open_items = review_queue(ReviewQuery(since, today, station, open_only=True), supervisor_id, uow)
    start, end = zone.range_bounds(query.first_day, query.last_day)
    window_start = zone.day_start(since)
    with uow:
        require_supervisor(uow, supervisor_id)
        conn = uow.connection
        names = dict(conn.execute(select(_operators.c.id, _operators.c.name)).all())
        items = [ItemTimes(s, op, None if version == PLACEHOLDER_VERSION else received, started, done)
                 for s, op, received, version, started, done in conn.execute(_completed_items(start, end, station))]
        receipts = conn.execute(_receipts(start, end, station)).all()
        waiting = conn.execute(_not_inspected(window_start, now, station)).all()
        stations = tuple(sorted(s for s in conn.execute(union(select(_parcels.c.station).distinct(),
                                                                  select(_items.c.station).distinct())).scalars()))
    by_station, by_inspector = dock_to_stock(items, names)
    return SiteInsight(
        query.first_day, query.last_day, station, now, by_station, by_inspector,
        hold_ages(((h.inspection_id, h.license_plate, h.station, h.operator_name, h.exceptions, h.completed_at)
                   for h in open_items), now),
        since, backlog(waiting, now), items_per_hour(items, receipts, names), stations)


def _completed_items(start: dt.datetime, end: dt.datetime, station: str | None) -> Select[Any]:
    stmt = (select(_items.c.station, _items.c.operator_id, _parcels.c.received_at, _parcels.c.version,
                   _items.c.started_at, _items.c.completed_at)
            .join(_parcels, _parcels.c.id == _items.c.parcel_id)
            .where(_items.c.status == "completed", _items.c.completed_at >= start, _items.c.completed_at < end))
    return stmt.where(_items.c.station == station) if station else stmt


def _receipts(start: dt.datetime, end: dt.datetime, station: str | None) -> Select[Any]:
    """Who received which parcel when: receiving is work too, so it joins the receiver's active time."""
    stmt = select(_parcels.c.operator_id, _parcels.c.received_at).where(
        _parcels.c.received_at >= start, _parcels.c.received_at < end, _parcels.c.version != PLACEHOLDER_VERSION)
    return stmt.where(_parcels.c.station == station) if station else stmt


def _not_inspected(since: dt.datetime, now: dt.datetime, station: str | None) -> Select[Any]:
    """Parcels still open (not completed) with no completed item, received in the window up to `now`."""
    done = exists().where(and_(_items.c.parcel_id == _parcels.c.id, _items.c.status == "completed"))
    stmt = select(_parcels.c.station, _parcels.c.received_at).where(
        _parcels.c.status == "open", _parcels.c.received_at >= since, _parcels.c.received_at <= now,
        _parcels.c.version != PLACEHOLDER_VERSION, ~done)
    return stmt.where(_parcels.c.station == station) if station else stmt
