"""Which live photos each item has, oldest first: the one read the bench, the export and the day report share."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import bindparam, select

from inspector.storage.orm_photos import InspectionPhotoRow

CHUNK = 900     # ids per IN list: SQLite builds before 3.32 take at most 999 bound values

_photos = InspectionPhotoRow.__table__
# Ordered by item, then as taken, so each item's hashes come together and oldest first, chunk after chunk.
_LIVE_OF_ITEMS = (select(_photos.c.inspection_id, _photos.c.sha256)
                  .where(_photos.c.inspection_id.in_(bindparam("ids", expanding=True)), _photos.c.removed_at.is_(None))
                  .order_by(_photos.c.inspection_id, _photos.c.taken_at, _photos.c.id))

V = TypeVar("V")


def by_item(rows: Iterable[tuple[str, V]]) -> dict[str, tuple[V, ...]]:
    """`(inspection_id, value)` pairs, in the order read, gathered per item; items with none are left out."""
    found: dict[str, list[V]] = defaultdict(list)
    for inspection_id, value in rows:
        found[inspection_id].append(value)
    return {inspection_id: tuple(values) for inspection_id, values in found.items()}


def live_photo_hashes(conn: Any, inspection_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The live (not removed) photos' hashes of each item, oldest first; items with none are left out.

    `conn` is a SQLAlchemy Connection or Session; the ids go in IN lists of `CHUNK`, so any number is fine."""
    ids = list(inspection_ids)

    def pairs() -> Iterable[tuple[str, str]]:
        for start in range(0, len(ids), CHUNK):
            for inspection_id, sha256 in conn.execute(_LIVE_OF_ITEMS, {"ids": ids[start:start + CHUNK]}):
                yield inspection_id, sha256
    return by_item(pairs())
