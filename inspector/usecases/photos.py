"""Photos of an item: attach, remove, restore, list. Each change is a row and its outbox entry in one transaction.

The bytes are in the photo store before a row names them (`inspector.photos.store.PhotoStore.put` first), so a row
never points at a missing file; a file whose row was never committed stays behind, unlisted and harmless.

A photo's record goes upstream only behind its item's: while the item was never queued (in hand, never completed)
its photos' changes are not queued either, and its first completion queues its live photos
(`inspections.heard_upstream`). A desk never sees a photo of an item it does not hold yet, and a cancelled item
never sent sends no photo.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select

from inspector.errors import RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.photos.store import checked_sha256
from inspector.storage.orm import OWN, FindingRow, InspectionRow
from inspector.storage.orm_photos import PHOTO_RECORD as RECORD_TYPE, InspectionPhotoRow
from inspector.storage.photo_hashes import live_photo_hashes
from inspector.usecases.inspections import heard_upstream, reassess, refuse_copy
from inspector.usecases.unit_of_work import UnitOfWork

SOURCES = ("camera", "file")
_photos = InspectionPhotoRow.__table__


@dataclass(frozen=True)
class AttachPhoto:
    """A photo already in the store (`sha256`, `size` bytes, `width` x `height`) to attach to an item."""
    inspection_id: str
    sha256: str
    size: int
    width: int
    height: int
    finding_code: str | None
    taken_at: dt.datetime
    operator_id: str
    station: str
    source: str             # camera | file


@dataclass(frozen=True)
class PhotoView:
    id: str
    sha256: str
    finding_code: str | None
    source: str
    bytes: int
    width: int
    height: int
    taken_at: dt.datetime
    operator_id: str
    station: str
    removed: bool
    uploaded: bool
    origin: str


def photo_view(row: Any) -> PhotoView:
    """From an ORM row or a Core row of `inspection_photos`."""
    return PhotoView(row.id, row.sha256, row.finding_code, row.source, row.bytes, row.width, row.height,
                     row.taken_at, row.operator_id, row.station, row.removed_at is not None,
                     row.uploaded_at is not None, row.origin)


def _item(uow: UnitOfWork, inspection_id: str) -> InspectionRow:
    row = uow.session.get(InspectionRow, inspection_id)
    if row is None:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "That item is no longer on this bench."))
    refuse_copy(row)
    if row.status == "cancelled":
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "That item was cancelled: it takes no photo."))
    return row


def _tick(uow: UnitOfWork, row: InspectionRow, code: str) -> None:
    """A photo of a finding not ticked yet ticks it (only while the item is in hand)."""
    uow.policy.damage_type(code)      # an unknown code is refused before anything is written
    if any(f.code == code for f in row.findings):
        return
    if row.status != "in_progress":
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "That damage is not recorded on this item."))
    row.findings.append(FindingRow(code=code, basis=""))
    uow.session.flush()
    reassess(uow, row)


def attach_photo(command: AttachPhoto, uow: UnitOfWork) -> PhotoView:
    if command.source not in SOURCES:
        raise ValueError(f"photo source must be one of {SOURCES}, not {command.source!r}")
    checked_sha256(command.sha256)
    with uow:
        item = _item(uow, command.inspection_id)
        if command.finding_code is not None:
            _tick(uow, item, command.finding_code)
        photo = InspectionPhotoRow(
            id=str(uuid.uuid4()), version=1, inspection_id=item.id, finding_code=command.finding_code,
            sha256=command.sha256, bytes=command.size, width=command.width, height=command.height,
            taken_at=command.taken_at, operator_id=command.operator_id, station=command.station,
            source=command.source, removed_at=None, origin=OWN, uploaded_at=None, upload_attempts=0)
        uow.session.add(photo)
        uow.session.flush()
        _queue(uow, item, photo, command.taken_at)
        view = photo_view(photo)
        uow.commit()
        return view


def _queue(uow: UnitOfWork, item: InspectionRow, photo: InspectionPhotoRow, at: dt.datetime) -> None:
    if heard_upstream(item.status, item.version):
        uow.record_change(RECORD_TYPE, photo.id, photo.version, at)


def _item_of(uow: UnitOfWork, photo: InspectionPhotoRow) -> InspectionRow:
    item = uow.session.get(InspectionRow, photo.inspection_id)
    assert item is not None     # the foreign key cascades
    return item


def _own_photo(uow: UnitOfWork, photo_id: str) -> InspectionPhotoRow:
    photo = uow.session.get(InspectionPhotoRow, photo_id)
    if photo is None:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "That photo is not on this bench."))
    refuse_copy(photo)    # type: ignore[arg-type]   (origin and station, as the item's)
    return photo


def remove_photo(photo_id: str, at: dt.datetime, uow: UnitOfWork) -> PhotoView:
    """The photo no longer counts (nor shows); kept, so it can be restored. Removing it again changes nothing."""
    with uow:
        photo = _own_photo(uow, photo_id)
        if photo.removed_at is None:
            photo.removed_at, photo.version = at, photo.version + 1
            uow.session.flush()
            _queue(uow, _item_of(uow, photo), photo, at)
        view = photo_view(photo)
        uow.commit()
        return view


def restore_photo(photo_id: str, at: dt.datetime, uow: UnitOfWork) -> PhotoView:
    with uow:
        photo = _own_photo(uow, photo_id)
        if photo.removed_at is not None:
            item = _item(uow, photo.inspection_id)     # a cancelled item's photos stay removed
            photo.removed_at, photo.version = None, photo.version + 1
            uow.session.flush()
            _queue(uow, item, photo, at)
        view = photo_view(photo)
        uow.commit()
        return view


@contextmanager
def _reading(uow: UnitOfWork) -> Iterator[None]:
    """Inside the caller's transaction when there is one, else in one of its own."""
    if getattr(uow, "_connection", None) is not None:
        yield
        return
    with uow:
        yield


_OF_ITEM = select(_photos).where(_photos.c.inspection_id == bindparam("id")).order_by(_photos.c.taken_at,
                                                                                        _photos.c.id)


def photos_of(uow: UnitOfWork, inspection_id: str, include_removed: bool = False) -> tuple[PhotoView, ...]:
    """The item's photos, oldest first (live ones only unless asked)."""
    with _reading(uow):
        statement = _OF_ITEM if include_removed else _OF_ITEM.where(_photos.c.removed_at.is_(None))
        return tuple(photo_view(row) for row in uow.connection.execute(statement, {"id": inspection_id}))


def photo_hashes_of(uow: UnitOfWork, inspection_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The live photos' hashes of each item, oldest first; items with none are left out."""
    if not inspection_ids:
        return {}
    with _reading(uow):
        return live_photo_hashes(uow.connection, inspection_ids)
