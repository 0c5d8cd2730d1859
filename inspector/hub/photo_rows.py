"""The hub's rows of photos (`hub_photos`): which photos the benches' records name, at what size, and which the hub
holds whole. The files themselves are `inspector.hub.photo_store`'s."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Engine, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from inspector.hub.schema import photos
from inspector.hub.storage import in_transaction, reading

PHOTO = "inspection_photo"


def _upsert(dialect: str) -> Any:
    stmt = postgresql.insert(photos) if dialect == "postgresql" else sqlite.insert(photos)
    # A newer version of a record may correct the size, until the bytes are here: then the file is the truth.
    return stmt.on_conflict_do_update(index_elements=[photos.c.sha256], set_={"bytes": stmt.excluded.bytes},
                                      where=photos.c.stored_at.is_(None) & (photos.c.bytes != stmt.excluded.bytes))


_UPSERTS = {name: _upsert(name) for name in ("sqlite", "postgresql")}


def note_applied(conn: Connection, station: str, applied: Sequence[Any], at: str) -> None:
    """Called in the push's transaction with the records whose version was applied (`ingest.Incoming`): each photo
    they name gets its row, so its bytes may be uploaded."""
    rows = {r.data["sha256"]: r.data["bytes"] for r in applied if r.type == PHOTO}
    if not rows:
        return
    conn.execute(_UPSERTS[conn.dialect.name],
                 [{"sha256": sha, "bytes": size, "station": station, "recorded_at": at, "stored_at": None}
                  for sha, size in sorted(rows.items())])   # key order, as ingest locks its records


def size_of(engine: Engine, sha256: str) -> int | None:
    """The photo's size as its record gives it; None when no record names it."""
    with reading(engine) as conn:
        return conn.scalar(select(photos.c.bytes).where(photos.c.sha256 == sha256))


def mark_stored(engine: Engine, sha256: str, at: str) -> None:
    """The whole file arrived and matched its hash (idempotent: the first time counts)."""
    in_transaction(engine, lambda conn: conn.execute(
        update(photos).where(photos.c.sha256 == sha256, photos.c.stored_at.is_(None)).values(stored_at=at)))


def counts(conn: Connection) -> dict[str, int]:
    """Photos the records name (held) and those whose bytes are here (stored)."""
    held, stored = conn.execute(select(func.count(), func.count(photos.c.stored_at))).one()
    return {"held": int(held), "stored": int(stored)}
