"""The bench's photo queue as the uploader sees it: which photos go next, and marking how each went (database
steps, each one short transaction on the database lane).

A photo goes up only after its records: its own `inspection_photo` record and its item's `item_inspection` record
have no unsent outbox row (pending or set aside), and the item is completed. So the hub always knows which item
the bytes belong to (it refuses bytes no record names), and a backlog of photos never sits in the record outbox.
A photo the bench cannot send (its file damaged, or refused by the hub 3 times) is set aside with the reason in
`upload_error` and no longer taken; `retry_set_aside` puts it back.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Table, and_, bindparam, exists, func, select, update

from inspector.storage.orm import InspectionRow, OutboxRow
from inspector.storage.orm_photos import InspectionPhotoRow

MAX_REFUSALS = 3          # the hub found the bytes wrong this many times: set aside

_outbox, _items = OutboxRow.__table__, InspectionRow.__table__
_UNSENT = ("pending", "rejected")


def _photos() -> Table:
    return InspectionPhotoRow.__table__


@dataclass(frozen=True)
class QueuedPhoto:
    """Plain data: it crosses to the network lane."""
    id: str
    sha256: str
    bytes: int
    attempts: int


def _unsent(record_type: str, record_id):  # type: ignore[no-untyped-def]
    return exists().where(_outbox.c.status.in_(_UNSENT), _outbox.c.record_type == record_type,
                          _outbox.c.record_id == record_id)


def _waiting(photos: Table):  # type: ignore[no-untyped-def]
    """Own photos still to upload (whether or not their records have gone yet)."""
    return and_(photos.c.origin == "own", photos.c.removed_at.is_(None), photos.c.uploaded_at.is_(None),
                photos.c.upload_error.is_(None))


def next_photos(conn: Connection, limit: int, skip: Sequence[str] = ()) -> list[QueuedPhoto]:
    """The next photos whose records the hub has, oldest first; `skip`: ids this pass already tried."""
    photos = _photos()
    query = (select(photos.c.id, photos.c.sha256, photos.c.bytes, photos.c.upload_attempts)
             .select_from(photos.join(_items, _items.c.id == photos.c.inspection_id))
             .where(_waiting(photos), _items.c.status == "completed",
                    ~_unsent("inspection_photo", photos.c.id), ~_unsent("item_inspection", _items.c.id))
             .order_by(photos.c.taken_at, photos.c.id).limit(limit))
    if skip:
        query = query.where(photos.c.id.not_in(list(skip)))
    return [QueuedPhoto(*row) for row in conn.execute(query)]


def waiting_count(conn: Connection) -> int:
    """Own photos not at the hub yet (records not sent, or bytes not sent): "photos waiting: N"."""
    photos = _photos()
    return conn.scalar(select(func.count()).select_from(photos).where(_waiting(photos))) or 0


def mark_uploaded(conn: Connection, sha256: str, at: dt.datetime) -> int:
    """The hub holds these bytes: every own photo with this hash is done (the same picture attached twice goes up
    once)."""
    photos = _photos()
    return conn.execute(update(photos).where(photos.c.sha256 == sha256, photos.c.origin == "own",
                                             photos.c.uploaded_at.is_(None))
                        .values(uploaded_at=at, upload_error=None)).rowcount


def note_refused(conn: Connection, photo_id: str, reason: str) -> bool:
    """The hub threw the bytes away (they did not match the hash): one more try, from the start, unless this was
    the `MAX_REFUSALS`th; returns whether the photo is now set aside."""
    photos = _photos()
    attempts = conn.scalar(select(photos.c.upload_attempts).where(photos.c.id == photo_id))
    if attempts is None:
        return False
    aside = attempts + 1 >= MAX_REFUSALS
    conn.execute(update(photos).where(photos.c.id == photo_id)
                 .values(upload_attempts=attempts + 1, upload_error=reason[:500] if aside else None))
    return aside


def set_aside(conn: Connection, photo_id: str, reason: str) -> None:
    """The bench cannot send this photo (its file is damaged or gone, the hub finds it too big): kept, shown, and
    no longer taken."""
    photos = _photos()
    conn.execute(update(photos).where(photos.c.id == photo_id)
                 .values(upload_attempts=photos.c.upload_attempts + 1, upload_error=reason[:500]))


def set_aside_rows(conn: Connection) -> list[dict[str, object]]:
    photos = _photos()
    rows = conn.execute(select(photos.c.id, photos.c.inspection_id, photos.c.sha256, photos.c.upload_error)
                        .where(photos.c.origin == "own", photos.c.upload_error.is_not(None))
                        .order_by(photos.c.taken_at)).mappings()
    return [dict(row) for row in rows]


def retry_set_aside(conn: Connection, photo_ids: Sequence[str] | None = None) -> int:
    photos = _photos()
    query = update(photos).where(photos.c.origin == "own", photos.c.upload_error.is_not(None))
    if photo_ids is not None:
        query = query.where(photos.c.id.in_(bindparam("ids", expanding=True)))
        return conn.execute(query.values(upload_error=None, upload_attempts=0), {"ids": list(photo_ids)}).rowcount
    return conn.execute(query.values(upload_error=None, upload_attempts=0)).rowcount
