"""Damage photos of an item (migration 0009). The bytes live in the photo store (`inspector.photos.store`), named by
their hash; a row says which item (and which of its findings) a photo shows, and whether the hub holds its bytes.

No foreign key on `finding_code` (findings are deleted and added back when toggled; a composite SET NULL would null
the inspection too) nor on `operator_id` (a desk's copies name operators it may not hold).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inspector.storage.orm import OWN, Base, UtcDateTime

PHOTO_RECORD = "inspection_photo"      # its record type upstream (`inspector.usecases.records.photo_record`)


class InspectionPhotoRow(Base):
    __tablename__ = "inspection_photos"
    __table_args__ = (Index("ix_inspection_photos_inspection", "inspection_id"),
                      Index("ix_inspection_photos_sha256", "sha256"),
                      Index("ix_inspection_photos_origin_uploaded", "origin", "uploaded_at"))
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(default=1)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("item_inspections.id", ondelete="CASCADE"))
    finding_code: Mapped[str | None] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    bytes: Mapped[int]
    width: Mapped[int]
    height: Mapped[int]
    taken_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    operator_id: Mapped[str] = mapped_column(String(36))
    station: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(8))                 # camera | file
    removed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    origin: Mapped[str] = mapped_column(String(8), default=OWN, server_default=OWN)
    # Own photos: when the hub acknowledged the whole file. A desk's copies: when the bytes were fetched here.
    uploaded_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    upload_attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    upload_error: Mapped[str | None] = mapped_column(Text)
