"""Photos for generated history (`HistoryOptions(photos=True)`): a pool of synthetic pictures in the data folder's
photo store, each with its thumbnail, given round-robin to the exceptions' items as `inspection_photos` rows.

The pictures are made once per seed and stored by hash (a second run finds them there); the rows go in with the
history's own batches, with the outbox rows `attach_photo` would have queued.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import uuid
from typing import Any, cast

from PIL import Image, ImageDraw
from sqlalchemy import Connection, Table, insert

from inspector.photos.imaging import EncodedPhoto, PhotoLimits, encode_file
from inspector.photos.store import PhotoStore
from inspector.storage.orm import OWN
from inspector.storage.orm_photos import PHOTO_RECORD, InspectionPhotoRow

POOL = 64
_SIZE = (640, 480)
_PHOTOS = cast(Table, InspectionPhotoRow.__table__)


def _picture(rng: random.Random, n: int) -> bytes:
    """A made-up 'damage' picture: a coloured ground with a few shapes and its number."""
    def colour() -> tuple[int, int, int]:
        return rng.randrange(256), rng.randrange(256), rng.randrange(256)
    picture = Image.new("RGB", _SIZE, colour())
    draw = ImageDraw.Draw(picture)
    for _ in range(6):
        x, y = rng.randrange(_SIZE[0] - 80), rng.randrange(_SIZE[1] - 80)
        box = (x, y, x + rng.randint(40, 300), y + rng.randint(40, 200))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)(box, fill=colour())
    draw.text((20, 20), f"DEMO PHOTO {n + 1}", fill=(255, 255, 255))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=90)
    return out.getvalue()


def photo_pool(store: PhotoStore, seed: int, size: int = POOL) -> list[EncodedPhoto]:
    """`size` pictures in `store` with their thumbnails (the same ones for the same seed)."""
    rng, limits = random.Random(f"photos:{seed}"), PhotoLimits()
    pool = []
    for n in range(size):
        photo = encode_file(_picture(rng, n), limits)
        store.put(photo)
        pool.append(photo)
    return pool


class PhotoRows:
    """The exceptions' photos of a history run: one per exception item, and a second one, of its first finding,
    when it has findings; round-robin from the pool. Ids come from a generator of their own, so the rest of the
    history is the same with photos or not."""

    def __init__(self, pool: list[EncodedPhoto], seed: str, sent: bool) -> None:
        self.pool, self.sent = pool, sent
        self.rng = random.Random(f"photo-rows:{seed}")
        self.next = 0
        self.rows: list[dict[str, Any]] = []

    def add(self, inspection_id: str, findings: list[str], completed: dt.datetime, operator: str,
            station: str) -> list[tuple[str, dt.datetime]]:
        """The item's photo rows; returns (photo id, taken at) for the outbox."""
        made = []
        for k in range(2 if findings else 1):
            photo = self.pool[self.next % len(self.pool)]
            self.next += 1
            photo_id = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
            taken = completed - dt.timedelta(seconds=10 - k)
            self.rows.append(dict(
                id=photo_id, version=1, inspection_id=inspection_id, finding_code=findings[0] if k else None,
                sha256=photo.sha256, bytes=len(photo.jpeg), width=photo.width, height=photo.height, taken_at=taken,
                operator_id=operator, station=station, source="camera", removed_at=None, origin=OWN,
                uploaded_at=taken if self.sent else None, upload_attempts=1 if self.sent else 0, upload_error=None))
            made.append((photo_id, taken))
        return made

    def write(self, connection: Connection) -> None:
        """After the batch's items (a photo names its item), in the same transaction."""
        if self.rows:
            connection.execute(insert(_PHOTOS), self.rows)
            self.rows.clear()


__all__ = ["PHOTO_RECORD", "POOL", "PhotoRows", "photo_pool"]
