"""How current a supervisor desk's view of the site is: "site as of 14:02; BENCH-07 last heard 13:40".

Read from the sync state the desk's feed pull keeps (`inspector.sync.site_pull`): the hub's time of the last page
pulled, and when the hub last heard from each station then. Times are shown in the site's zone
(`inspector.domain.site_day`), with the date when it is not the day the "as of" time falls on. A station not heard
from for longer than a few minutes before that time is named, as its records since may be missing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from inspector.domain.site_day import SiteZone, aware_moment
from inspector.i18n import QT_TRANSLATE_NOOP, Text, text
from inspector.storage.orm import InspectionRow
from inspector.sync.state import SyncState, load_state
from inspector.usecases.unit_of_work import UnitOfWork

STALE_AFTER = dt.timedelta(minutes=5)   # a bench syncs every minute or so when it can
_items = InspectionRow.__table__


@dataclass(frozen=True)
class StationHeard:
    name: str
    last_heard_at: dt.datetime | None   # None: the hub never heard from it


@dataclass(frozen=True)
class SiteStatus:
    as_of: dt.datetime
    stations: tuple[StationHeard, ...]       # every station the hub knows
    behind: tuple[StationHeard, ...]         # not heard from for longer than STALE_AFTER before `as_of`
    said: Text                               # the line the window and the reports show

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stations)

    def __str__(self) -> str:
        return str(self.said)


def _clock_text(moment: dt.datetime, zone: SiteZone, day: dt.date) -> str:
    local = zone.local(moment)
    return local.strftime("%H:%M") if local.date() == day else local.strftime("%Y-%m-%d %H:%M")


def status_of(state: SyncState, zone: SiteZone, own_station: str | None = None,
              stale_after: dt.timedelta = STALE_AFTER) -> SiteStatus | None:
    """None when this bench holds no copy of the site (not a desk, or never pulled)."""
    as_of = aware_moment(state.site_as_of)
    if as_of is None:
        return None
    stations = tuple(sorted((StationHeard(str(s.get("name")), aware_moment(s.get("last_heard_at")))
                             for s in state.site_stations if isinstance(s, dict) and s.get("name")),
                            key=lambda s: s.name))
    behind = tuple(s for s in stations if s.name != own_station
                   and (s.last_heard_at is None or as_of - s.last_heard_at > stale_after))
    day = zone.day_of(as_of)
    said = text(QT_TRANSLATE_NOOP("bench", "site as of {time}"), time=_clock_text(as_of, zone, day))
    for station in behind:
        part = (text(QT_TRANSLATE_NOOP("bench", "{station} never heard from"), station=station.name)
                if station.last_heard_at is None else
                text(QT_TRANSLATE_NOOP("bench", "{station} last heard {time}"), station=station.name,
                     time=_clock_text(station.last_heard_at, zone, day)))
        said = text(QT_TRANSLATE_NOOP("bench", "{said}; {station}"), said=said, station=part)
    return SiteStatus(as_of, stations, behind, said)


def site_status(data_dir: Path, zone: SiteZone, own_station: str | None = None) -> SiteStatus | None:
    """From the sync state in the data folder (a missing or unreadable one: None)."""
    return status_of(load_state(data_dir), zone, own_station)


def site_status_beside(database_file: Path | None, zone: SiteZone, own_station: str | None = None
                       ) -> SiteStatus | None:
    """For a window that holds the bench database, not the paths: the sync state sits beside it in the data folder
    (`inspector.paths.Paths`). None for a database that is no file."""
    return None if database_file is None else site_status(database_file.parent, zone, own_station)


def stations_held(uow: UnitOfWork) -> tuple[str, ...]:
    """Every station this database holds inspections of (a desk: the site's), for a station filter."""
    with uow:
        return tuple(uow.connection.execute(select(_items.c.station).distinct().order_by(_items.c.station)).scalars())
