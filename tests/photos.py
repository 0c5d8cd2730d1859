"""A real small JPEG attached to an item, for tests whose items a photo rule asks a photo of (grades D and E, a
deduction, transit damage, a wrong item: the shipped policy's `photos.required`).

The picture goes through the real encoder and store (when a store is given) and the row through `attach_photo`, as
the bench does it.
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from PIL import Image, ImageDraw

from inspector.domain.policy import Policy
from inspector.photos.imaging import EncodedPhoto, PhotoLimits, encode_file
from inspector.photos.store import PhotoStore
from inspector.storage.database import Database
from inspector.usecases.photos import AttachPhoto, PhotoView, attach_photo
from inspector.usecases.unit_of_work import UnitOfWork

AT = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.timezone.utc)


def sample_jpeg(seed: int = 0, size: tuple[int, int] = (320, 240)) -> bytes:
    """A small picture file, different for each seed (so each has its own hash)."""
    picture = Image.new("RGB", size, ((37 * seed) % 256, (91 * seed + 60) % 256, (53 * seed + 120) % 256))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2), fill=(250, 250, 250))
    draw.text((8, 8), f"photo {seed}", fill=(0, 0, 0))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=80)
    return out.getvalue()


def sample_photo(seed: int = 0) -> EncodedPhoto:
    return encode_file(sample_jpeg(seed), PhotoLimits())


def attach_test_photo(database: Database | UnitOfWork, inspection_id: str, policy: Policy | None = None, *,
                      store: PhotoStore | Path | None = None, finding: str | None = None, seed: int = 0,
                      at: dt.datetime = AT, operator_id: str = "op-test", station: str = "bench-1",
                      source: str = "file") -> PhotoView:
    """Attaches a real JPEG to the item; with `store` (a PhotoStore or a photos folder) its file is kept there too.

    `database` is a Database (then `policy` is needed) or a UnitOfWork, which is used as is."""
    photo = sample_photo(seed)
    if store is not None:
        (store if isinstance(store, PhotoStore) else PhotoStore(Path(store))).put(photo)
    if isinstance(database, UnitOfWork):
        uow = database
    else:
        if policy is None:
            raise TypeError("attach_test_photo needs the policy with a Database")
        uow = UnitOfWork(database, policy)
    return attach_photo(AttachPhoto(inspection_id, photo.sha256, photo.size, photo.width, photo.height, finding, at,
                                    operator_id, station, source), uow)


def without_photo_rules(policy: Policy) -> Policy:
    """The policy with no photo rule, for tests that complete damaged items and are not about photos."""
    import dataclasses

    from inspector.domain.photo_rules import PhotoPolicy
    return dataclasses.replace(policy, photos=PhotoPolicy())


def attach_if_needed(database: Database, policy: Policy, inspection_id: str, **options) -> PhotoView | None:
    """Attaches a real JPEG when a photo rule asks for one (`photo_needed`), as an operator would before completing;
    nothing otherwise, so items that need none keep their outbox as before."""
    from inspector.storage.orm import InspectionRow
    with database.engine.connect() as conn:
        needed = conn.execute(InspectionRow.__table__.select().with_only_columns(InspectionRow.photo_needed)
                              .where(InspectionRow.id == inspection_id)).scalar()
    if needed is None:
        return None
    options.setdefault("seed", sum(map(ord, inspection_id)))
    return attach_test_photo(database, inspection_id, policy, **options)


def take_test_photo(session, store: PhotoStore | Path | None = None, *, seed: int = 0, at: dt.datetime = AT,
                    finding: str | None = None, source: str = "file"):
    """The window's part of a photo at the bench: a real JPEG encoded, stored when a store is given, then handed to
    the session (`BenchSession.photo_taken`) for the item in hand. Returns the session's state."""
    photo = sample_photo(seed)
    if store is not None:
        (store if isinstance(store, PhotoStore) else PhotoStore(Path(store))).put(photo)
    return session.photo_taken(photo, source, finding, at)
