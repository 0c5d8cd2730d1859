"""The supervisor's audit trail: one row per approval or override, written once and never changed.

Declared on the bench's `Base` like every other table (migration 0004). Before and after are the changed fields'
values as JSON-safe text, so a reader needs no knowledge of the item's columns to show what changed.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from inspector.storage.orm import OWN, Base, JsonText, UtcDateTime


class InspectionAuditRow(Base):
    __tablename__ = "inspection_audit"
    __table_args__ = (Index("ix_inspection_audit_inspection", "inspection_id", "at"),
                      Index("ix_inspection_audit_at", "at"))
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("item_inspections.id"))
    action: Mapped[str] = mapped_column(String(32))          # approve | override_grade | ...
    before: Mapped[dict[str, Any]] = mapped_column(JsonText)
    after: Mapped[dict[str, Any]] = mapped_column(JsonText)
    reason: Mapped[str] = mapped_column(String(255), default="")
    operator_id: Mapped[str] = mapped_column(ForeignKey("operators.id"))
    station: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    inspection_version: Mapped[int]                           # the item's version this decision produced
    version: Mapped[int] = mapped_column(default=1)           # always 1: an audit row is never edited
    origin: Mapped[str] = mapped_column(String(8), default=OWN, server_default=OWN)   # migration 0006
    # Set when the hub refused this decision (another supervisor decided first): it then counts for nothing.
    refused_reason: Mapped[str | None] = mapped_column(String(512))
    # The item's version this decision was based on (migration 0006); None on rows from before: see
    # `inspector.domain.review.based_on`.
    based_on_version: Mapped[int | None]
