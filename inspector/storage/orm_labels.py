"""The label reprint queue: one row per label asked for, kept until it has come out of a printer.

Declared on the bench's `Base`, so Alembic and the metadata see it like every other table (migration 0003).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inspector.storage.orm import Base, UtcDateTime


class LabelJobRow(Base):
    __tablename__ = "label_jobs"
    # The reprint queue is read as "queued, oldest first"; the plate is how a scanned label finds its jobs.
    __table_args__ = (Index("ix_label_jobs_status", "status", "id"),
                      Index("ix_label_jobs_inspection", "inspection_id"))
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("item_inspections.id", ondelete="CASCADE"))
    license_plate: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(16))             # completed | reprint
    label_size: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="queued")   # queued | printed | cancelled
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_reason: Mapped[str | None] = mapped_column(String(32))  # problem code: refused, timeout, no_printer...
    printer: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    last_attempt_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    printed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
