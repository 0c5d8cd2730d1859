"""When the background worker runs a pass: on an interval, at once on demand, later after failures (backoff).

Pure logic with the clock passed in, so it is tested without timers; `ui/sync/sync_status.py` asks it on each tick.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from inspector.sync.backoff import Backoff


@dataclass
class SyncSchedule:
    interval: float = 30.0                 # seconds between passes while all is well
    backoff: Backoff = field(default_factory=Backoff)
    next_due: float = 0.0                  # monotonic seconds; 0: at the first tick
    demanded: bool = False

    def due(self, now: float) -> bool:
        return self.demanded or now >= self.next_due

    def demand(self) -> None:
        """A person asked (or new records were written): run at the next tick, backoff or not."""
        self.demanded = True

    def started(self) -> None:
        self.demanded = False

    def succeeded(self, now: float, more_waiting: bool = False) -> None:
        self.backoff.succeeded()
        self.next_due = now if more_waiting else now + self.interval

    def failed(self, now: float, transient: bool = True) -> float:
        """Returns the wait chosen. A non-transient problem (token refused) waits the longest step: only a person
        can fix it, and hammering the hub with a bad token helps no one."""
        delay = self.backoff.failed() if transient else self.backoff.cap
        self.next_due = now + delay
        return delay
