"""The site's flow in figures: how long returns wait between the dock and the shelf, and how fast each inspector works.

Plain rules over plain values (times are aware datetimes, durations minutes): the use case
`inspector.usecases.site_insight` reads the rows and hands them here, so every figure can be checked by hand.

- Dock to stock is the time from a parcel's receipt to the completion of each item inspected from it.
- The median is the middle value (the mean of the two middle values for an even count); p90 is the nearest rank (the
  value at rank ceil(0.9 n) in ascending order), so it is always a time that really happened and nine in ten items
  took no longer.
- Hours worked are active time (see `active_hours`), counted site-wide per operator: one operator id everywhere.
"""
from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# Two activities of one person closer than this belong to one stretch of work: fetching the next parcel, closing one,
# a word with a colleague. A longer gap is a break and is not counted as work. 15 minutes is the usual length of a
# paid break, so a break is cut and the walk between two parcels is not.
ACTIVE_GAP = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class DurationFigures:
    """Dock to stock for one group (a station, or an inspector)."""
    key: str                    # the station name, or the operator's site id
    label: str                  # what a person reads: the station name, or the inspector's name
    count: int
    median_minutes: float
    p90_minutes: float


@dataclass(frozen=True)
class OpenHold:
    """An exception no supervisor has decided on yet (the review queue's "open"), with how long it has waited."""
    inspection_id: str
    license_plate: str
    station: str
    operator_name: str
    exceptions: tuple[str, ...]
    completed_at: dt.datetime   # when it became a hold: the item's completion
    age_minutes: float


@dataclass(frozen=True)
class StationBacklog:
    """Parcels received at a station and not yet inspected: no completed item, and the parcel not completed."""
    station: str
    parcels: int
    oldest_received_at: dt.datetime
    oldest_age_minutes: float


@dataclass(frozen=True)
class InspectorRate:
    operator_id: str
    name: str
    items: int
    hours: float                # active hours (`active_hours`)
    per_hour: float | None      # None when no active time was measured (e.g. one item completed the moment it began)
    stations: tuple[str, ...]   # every station they completed an item at, in name order


@dataclass(frozen=True)
class ItemTimes:
    """One completed item, as the figures need it."""
    station: str
    operator_id: str
    received_at: dt.datetime | None   # its parcel's receipt; None where unknown (a desk's stand-in parcel)
    started_at: dt.datetime
    completed_at: dt.datetime


def minutes(delta: dt.timedelta) -> float:
    return delta.total_seconds() / 60


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def p90(values: Sequence[float]) -> float:
    """Nearest rank: the value at rank ceil(0.9 n) of the values in ascending order."""
    ordered = sorted(values)
    return float(ordered[max(1, math.ceil(0.9 * len(ordered))) - 1])


def _summaries(groups: Mapping[str, list[float]], labels: Mapping[str, str]) -> tuple[DurationFigures, ...]:
    figures = [DurationFigures(key, labels.get(key, key), len(values), median(values), p90(values))
               for key, values in groups.items() if values]
    return tuple(sorted(figures, key=lambda f: (f.label.casefold(), f.key)))


def dock_to_stock(items: Iterable[ItemTimes], names: Mapping[str, str]
                  ) -> tuple[tuple[DurationFigures, ...], tuple[DurationFigures, ...]]:
    """Per station and per inspector (named by `names`, else their id). A parcel received after the item was
    completed (a clock set wrong at the bench) counts as no wait rather than a negative one; an item whose parcel's
    receipt is not known is left out."""
    by_station: dict[str, list[float]] = defaultdict(list)
    by_operator: dict[str, list[float]] = defaultdict(list)
    for item in items:
        if item.received_at is None:
            continue
        wait = max(0.0, minutes(item.completed_at - item.received_at))
        by_station[item.station].append(wait)
        by_operator[item.operator_id].append(wait)
    return _summaries(by_station, {}), _summaries(by_operator, names)


def active_hours(spans: Iterable[tuple[dt.datetime, dt.datetime]], gap: dt.timedelta = ACTIVE_GAP) -> float:
    """The hours one person worked, from their activities (an item from its start to its completion; a parcel's
    receipt as a moment): activities at most `gap` apart join into one stretch, and the stretches add up.

    Why not the span from the first start to the last completion of a day: that counts the lunch break and the
    meeting as work, so the same person looks slower on a day with a long break. Why across stations rather than per
    station: a person signed in at two benches at once would otherwise be paid twice in hours.
    """
    total = dt.timedelta(0)
    start = end = None
    for begin, finish in sorted(spans):
        finish = max(begin, finish)
        if end is not None and begin - end <= gap:
            end = max(end, finish)
            continue
        if start is not None and end is not None:
            total += end - start
        start, end = begin, finish
    if start is not None and end is not None:
        total += end - start
    return total.total_seconds() / 3600


def items_per_hour(items: Iterable[ItemTimes], receipts: Iterable[tuple[str, dt.datetime]],
                   names: Mapping[str, str], gap: dt.timedelta = ACTIVE_GAP) -> tuple[InspectorRate, ...]:
    """Per inspector who completed an item: items / active hours, the parcels they received (operator id, moment)
    counting as activity too. Fastest first; those with no measured time last."""
    spans: dict[str, list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)
    counts: dict[str, int] = defaultdict(int)
    stations: dict[str, set[str]] = defaultdict(set)
    for item in items:
        spans[item.operator_id].append((item.started_at, item.completed_at))
        counts[item.operator_id] += 1
        stations[item.operator_id].add(item.station)
    for operator_id, at in receipts:
        if operator_id in counts:
            spans[operator_id].append((at, at))
    rates = []
    for operator_id, count in counts.items():
        hours = active_hours(spans[operator_id], gap)
        rates.append(InspectorRate(operator_id, names.get(operator_id, operator_id), count, hours,
                                   count / hours if hours > 0 else None, tuple(sorted(stations[operator_id]))))
    return tuple(sorted(rates, key=lambda r: (r.per_hour is None, -(r.per_hour or 0), r.name.casefold())))


def hold_ages(holds: Iterable[tuple[str, str, str, str, tuple[str, ...], dt.datetime]],
              now: dt.datetime) -> tuple[OpenHold, ...]:
    """(inspection id, license plate, station, operator name, exceptions, completed at) -> ages at `now`, oldest
    first."""
    aged = [OpenHold(i, plate, station, name, exceptions, at, max(0.0, minutes(now - at)))
            for i, plate, station, name, exceptions, at in holds]
    return tuple(sorted(aged, key=lambda h: (-h.age_minutes, h.station, h.license_plate)))


def backlog(parcels: Iterable[tuple[str, dt.datetime]], now: dt.datetime) -> tuple[StationBacklog, ...]:
    """(station, received at) of each parcel not yet inspected -> per station, the one with the oldest parcel first."""
    oldest: dict[str, dt.datetime] = {}
    counts: dict[str, int] = defaultdict(int)
    for station, received_at in parcels:
        counts[station] += 1
        if station not in oldest or received_at < oldest[station]:
            oldest[station] = received_at
    rows = [StationBacklog(s, counts[s], oldest[s], max(0.0, minutes(now - oldest[s]))) for s in counts]
    return tuple(sorted(rows, key=lambda b: (-b.oldest_age_minutes, b.station)))
