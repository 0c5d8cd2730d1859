"""The site's day: the calendar day a supervisor means by "today", in the site's time zone.

Times are stored in UTC. A day asked for by a person (the end-of-day report, an export, the review's range, insight)
is the site's local calendar day, from local midnight to the next local midnight, turned into UTC instants here and
nowhere else. Such a day is 23 or 25 hours long across a daylight-saving change, and a bench in UTC+14 or UTC-12
has its day far from the UTC day.

The zone is the policy's `time_zone` (an IANA name, the same for every bench of the site), else the bench computer's
own zone as the C library knows it (TZ, /etc/localtime), which follows its daylight-saving rules too.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = dt.timezone.utc


@dataclass(frozen=True)
class SiteZone:
    name: str | None            # IANA name, or None: the computer's own zone

    def __post_init__(self) -> None:
        object.__setattr__(self, "_tz", _zone_info(self.name) if self.name else None)

    def local(self, instant: dt.datetime) -> dt.datetime:
        """`instant` (aware) as the site's wall-clock time."""
        return instant.astimezone(self._tz)

    def day_of(self, instant: dt.datetime) -> dt.date:
        return self.local(instant).date()

    def day_start(self, day: dt.date) -> dt.datetime:
        """The UTC instant the site's `day` begins. A midnight skipped by a daylight-saving change starts the day at
        the change."""
        midnight = dt.datetime.combine(day, dt.time(0))
        if self._tz is None:
            return midnight.astimezone().astimezone(UTC)      # naive: read as the computer's local time
        return midnight.replace(tzinfo=self._tz).astimezone(UTC)

    def day_bounds(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        """From the start of `day` to the start of the next, in UTC."""
        return self.day_start(day), self.day_start(day + dt.timedelta(days=1))

    def range_bounds(self, first_day: dt.date, last_day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        """From the start of `first_day` to the end of `last_day` (both included), in UTC."""
        if last_day < first_day:
            raise ValueError(f"the range ends ({last_day}) before it starts ({first_day})")
        return self.day_start(first_day), self.day_start(last_day + dt.timedelta(days=1))

    def label(self, day: dt.date | None = None) -> str:
        """How reports name the zone: its IANA name, else the computer's abbreviation and offset on that day."""
        if self.name:
            return self.name
        at = self.local(self.day_start(day) if day else dt.datetime.now(UTC))
        offset = at.strftime("%z")
        return f"{at.tzname()}, UTC{offset[:3]}:{offset[3:]}" if at.tzname() != "UTC" else "UTC"


@cache
def _zone_info(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"{name!r} is not a time zone name such as Europe/Bucharest") from None


def site_zone(name: str | None) -> SiteZone:
    """The zone named (checked at once), or the computer's own for None or blank."""
    name = (name or "").strip() or None
    if name:
        _zone_info(name)
    return SiteZone(name)


LOCAL = SiteZone(None)


def aware_moment(value: object) -> dt.datetime | None:
    """A moment written as ISO 8601 text with its offset (what the hub and the sync state keep), or None for
    anything else: no text, text too long to be a time, no such time, or a time without an offset (no instant)."""
    if not isinstance(value, str) or not value or len(value) > 40:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
