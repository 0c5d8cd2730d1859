"""Whether the station may be renamed now: never while records written under the old name are still on their way.

The hub takes a station's records only with that station's token, and a record keeps the station it was written
under. After a rename, a record still waiting (or set aside by the hub, or a parcel still open whose completion is
yet to be written) could never be accepted: it would be refused at every pass. So the rename waits until the outbox
is empty, rather than rewriting history or dropping anything.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, func, select

from inspector.storage.orm import OWN, OutboxRow, ParcelRow
from inspector.sync.outbox import PENDING, REJECTED

_outbox, _parcels = OutboxRow.__table__, ParcelRow.__table__

# Records, not outbox rows: one record changed three times is one record to send.
_RECORDS = select(func.count()).select_from(
    select(_outbox.c.record_type, _outbox.c.record_id).where(_outbox.c.status == bindparam("status"))
    .distinct().subquery())
_OPEN_PARCELS = select(func.count()).select_from(_parcels).where(_parcels.c.status == "open",
                                                                 _parcels.c.origin == OWN)   # not a desk's copies


@dataclass(frozen=True)
class Unsent:
    waiting: int        # records not yet sent
    set_aside: int      # records the hub refused (or the bench could not send): shown by `inspector sync --rejected`
    open_parcels: int   # parcels still being inspected: their completion will be written under the old name

    @property
    def blocks_rename(self) -> bool:
        return bool(self.waiting or self.set_aside or self.open_parcels)

    def describe(self, station: str) -> str:
        """One paragraph for the administrator: what waits, and what to do before renaming."""
        parts, steps = [], []
        if self.open_parcels:
            parts.append(_plural(self.open_parcels, "parcel still open", "parcels still open"))
            steps.append("complete or cancel the open parcels at the bench")
        if self.waiting:
            parts.append(_plural(self.waiting, "record waiting to be sent", "records waiting to be sent"))
        if self.waiting or self.open_parcels:
            steps.append(f"run `inspector sync --once` with {station}'s token (`inspector hub add-station {station}` "
                         "issues one if the hub has none)")
        if self.set_aside:
            parts.append(_plural(self.set_aside, "record set aside by the hub", "records set aside by the hub"))
            steps.append("see the records set aside with `inspector sync --rejected`, fix them and send them again "
                         "with `inspector sync --once --retry-rejected`")
        return (f"the station stays {station}: {', '.join(parts)}. The hub takes {station}'s records only with "
                f"{station}'s token, so after a rename they could never go up. First {'; then '.join(steps)}; "
                "then rename. Nothing was changed.")


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def unsent(conn: Connection) -> Unsent:
    return Unsent(conn.execute(_RECORDS, {"status": PENDING}).scalar_one(),
                  conn.execute(_RECORDS, {"status": REJECTED}).scalar_one(),
                  conn.execute(_OPEN_PARCELS).scalar_one())
