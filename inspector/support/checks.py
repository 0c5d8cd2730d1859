"""One finding of `inspector doctor`: what was checked, how it stands, what was found and what to do about it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass
from enum import StrEnum

Clock = Callable[[], dt.datetime]


class Status(StrEnum):
    OK = "ok"
    WARN = "warn"      # works, but somebody should look (no printer set up, no hub: works offline)
    FAIL = "fail"      # something the bench needs is broken: `inspector doctor` exits 1


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    found: str
    what_to_do: str = ""   # one line a warehouse IT person can act on; "" when all is well

    def to_json(self) -> dict[str, str]:
        return {**asdict(self), "status": self.status.value}


def ok(name: str, found: str) -> Check:
    return Check(name, Status.OK, found)


def warn(name: str, found: str, what_to_do: str) -> Check:
    return Check(name, Status.WARN, found, what_to_do)


def fail(name: str, found: str, what_to_do: str) -> Check:
    return Check(name, Status.FAIL, found, what_to_do)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def how_long(delta: dt.timedelta) -> str:
    """'40 s', '12 min', '3 h 5 min', '4 days'."""
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 2 * 86400:
        hours, minutes = divmod(seconds // 60, 60)
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{seconds // 86400} days"


def size_text(size: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"
