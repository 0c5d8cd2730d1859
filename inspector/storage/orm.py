"""Tables, as SQLAlchemy 2 typed mappings. Nothing here leaves the database lane: the UI gets snapshots."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import orjson
from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class MoneyText(TypeDecorator[Decimal]):
    """Decimal kept as exact text: SQLite has no decimal type and would round-trip through float."""
    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"money must be Decimal, got {type(value).__name__}")
        return str(value)

    def process_result_value(self, value: str | None, dialect: Any) -> Decimal | None:
        return None if value is None else Decimal(value)


class JsonText(TypeDecorator[Any]):
    """Small JSON lists/objects kept as text; same on SQLite and PostgreSQL."""
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else json.dumps(value, separators=(",", ":"), sort_keys=True)

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        if value is None:
            return None
        # orjson reads these (every record the sender reads has two) ten times faster than json, to the same objects
        # for what they hold: lists and objects of text. What only json reads (NaN, which json.dumps may have
        # written) still goes through json.
        try:
            return orjson.loads(value)
        except orjson.JSONDecodeError:
            return json.loads(value)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out (SQLite keeps no zone)."""
    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> str | None:
        return None if value is None else self.stored(value)

    @staticmethod
    def stored(value: dt.datetime) -> str:
        """The text kept for an aware datetime (also for statements run on the driver's own cursor)."""
        if value.tzinfo is None:
            raise ValueError("naive datetime; use aware UTC")
        return value.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)

    @staticmethod
    def isoformat_of_stored(text: str | None) -> str | None:
        """What `isoformat()` of the stored value gives, from the stored text alone: it is always written in UTC
        with six fraction digits (`process_bind_param`), and isoformat() leaves out a fraction that is zero."""
        return None if text is None else text.replace(".000000+", "+", 1)


class Base(DeclarativeBase):
    pass


# Where a row came from (migration 0006). A supervisor desk keeps read-only copies of other stations' records beside
# its own: they are never queued upstream, and are dropped once older than the review window.
OWN, SITE_COPY = "own", "site"
LOCAL_OPERATOR, SITE_OPERATOR = "local", "site"


class OperatorRow(Base):
    __tablename__ = "operators"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    badge: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # Migration 0006. "local": made at this bench; "site": pulled from the hub, whose id it carries.
    origin: Mapped[str] = mapped_column(String(8), default=LOCAL_OPERATOR, server_default=LOCAL_OPERATOR)
    lang: Mapped[str | None] = mapped_column(String(16))
    # Migration 0006. A local operator whose badge the site gave to someone else (another name): never merged, kept
    # here with the site's side ({"id", "name"}) so that `inspector operators` and the sync report can say so.
    site_conflict: Mapped[dict[str, str] | None] = mapped_column(JsonText)
    # Migration 0006. A local operator who became the site's but whose decisions (append-only) still name this row:
    # kept, inactive and under a badge no scan gives, as an alias of the site id.
    merged_into: Mapped[str | None] = mapped_column(String(36))


class PinFailureRow(Base):
    """A failed sign-in: a wrong PIN, or any PIN typed while the badge was locked (not checked then). Kept for the
    supervisor; the badge as scanned, whether or not an operator has it, and never the PIN (migration 0005)."""
    __tablename__ = "pin_failures"
    __table_args__ = (Index("ix_pin_failures_badge_at", "badge", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    badge: Mapped[str] = mapped_column(String(32))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    station: Mapped[str] = mapped_column(String(64))
    while_locked: Mapped[bool] = mapped_column(default=False)


class BadgeLockRow(Base):
    """A badge's run of wrong PINs since its last good sign-in or unlock, and the lock it earned (policy
    `sign_in_lockout`). Keyed by the badge text, so an unknown badge locks as a known one does and says nothing."""
    __tablename__ = "badge_locks"
    badge: Mapped[str] = mapped_column(String(32), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_failure_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


BADGE_FAILURE, BADGE_SIGNED_IN, BADGE_UNLOCKED = "failure", "signed_in", "unlocked"


class BadgeEventRow(Base):
    """What the site's count of wrong PINs per badge is made of (migration 0006): each failed try, good sign-in and
    unlock at this bench, queued upstream as a `badge_event` record (`inspector.hub.badge_runs` counts them). Written
    once, never changed; never the PIN."""
    __tablename__ = "badge_events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)     # a uuid: unique across the site's benches
    version: Mapped[int] = mapped_column(default=1)
    badge: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))                     # BADGE_FAILURE | BADGE_SIGNED_IN | ...
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    station: Mapped[str] = mapped_column(String(64))
    while_locked: Mapped[bool] = mapped_column(default=False)         # a try on a locked badge: its PIN unchecked


class ReturnRow(Base):
    __tablename__ = "returns"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rma_number: Mapped[str] = mapped_column(String(64), unique=True)   # the upstream's own id (64 since 0007)
    order_number: Mapped[str] = mapped_column(String(64), index=True)  # indexed (0007): a scan finds its returns
    customer_reason: Mapped[str] = mapped_column(String(255), default="")
    delivered_on: Mapped[dt.date | None]
    status: Mapped[str] = mapped_column(String(16), default="open")
    source: Mapped[str] = mapped_column(String(16), default="import")
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # Migration 0008: the shop's customer (kept exactly), their count of orders, and what the hub last served about
    # their returns (`inspector.domain.fraud.CustomerHistory` as JSON).
    customer_id: Mapped[str | None] = mapped_column(String(64), index=True)
    customer_orders: Mapped[int | None]
    customer_history: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    lines: Mapped[list[ReturnLineRow]] = relationship(back_populates="rma", order_by="ReturnLineRow.line_no",
                                                      cascade="all, delete-orphan")
    tracking: Mapped[list[ReturnTrackingRow]] = relationship(cascade="all, delete-orphan")


class ReturnTrackingRow(Base):
    __tablename__ = "return_tracking"
    tracking_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    return_id: Mapped[str] = mapped_column(ForeignKey("returns.id", ondelete="CASCADE"), index=True)


class ReturnLineRow(Base):
    __tablename__ = "return_lines"
    __table_args__ = (UniqueConstraint("return_id", "line_no"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    return_id: Mapped[str] = mapped_column(ForeignKey("returns.id", ondelete="CASCADE"))
    line_no: Mapped[int]
    sku: Mapped[str] = mapped_column(String(64))
    gtin: Mapped[str | None] = mapped_column(String(14))
    description: Mapped[str] = mapped_column(String(255))
    quantity: Mapped[int]
    unit_price: Mapped[Decimal] = mapped_column(MoneyText)
    currency: Mapped[str] = mapped_column(String(3))
    category: Mapped[str] = mapped_column(String(64), default="")
    serials: Mapped[list[str]] = mapped_column(JsonText, default=list)
    # Migration 0008: what the customer asked for (None: the policy's default) and what one unit should weigh.
    requested_outcome: Mapped[str | None] = mapped_column(String(16))
    exchange_sku: Mapped[str | None] = mapped_column(String(64))
    exchange_description: Mapped[str | None] = mapped_column(String(255))
    unit_weight_g: Mapped[int | None]
    rma: Mapped[ReturnRow] = relationship(back_populates="lines")


# Migration 0007: whether a scanned text is some line's SKU, in any case, as matching compares (`usecases.scan_lookup`).
Index("ix_return_lines_sku", ReturnLineRow.sku.collate("NOCASE"))


class ParcelRow(Base):
    __tablename__ = "parcel_receipts"
    __table_args__ = (Index("ix_parcel_station_status", "station", "status"),
                      Index("ix_parcel_origin_received_at", "origin", "received_at"),
                      Index("ix_parcel_tracking", "tracking_number"),
                      Index("ix_parcel_received_at", "received_at"))
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    return_id: Mapped[str | None] = mapped_column(ForeignKey("returns.id"), index=True)
    tracking_number: Mapped[str | None] = mapped_column(String(64))
    carrier: Mapped[str | None] = mapped_column(String(16))
    scanned_text: Mapped[str] = mapped_column(String(512))
    station: Mapped[str] = mapped_column(String(64))
    operator_id: Mapped[str] = mapped_column(ForeignKey("operators.id"))
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    packaging_condition: Mapped[str] = mapped_column(String(32), default="intact")
    status: Mapped[str] = mapped_column(String(16), default="open")
    flags: Mapped[list[str]] = mapped_column(JsonText, default=list)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(default=1)
    origin: Mapped[str] = mapped_column(String(8), default=OWN, server_default=OWN)
    # Migration 0008: the parcel as weighed ("scale" or "typed") and what it should have weighed.
    weight_g: Mapped[int | None]
    weight_source: Mapped[str | None] = mapped_column(String(8))
    expected_weight_g: Mapped[int | None]
    items: Mapped[list[InspectionRow]] = relationship(back_populates="parcel", order_by="InspectionRow.started_at")


class InspectionRow(Base):
    __tablename__ = "item_inspections"
    __table_args__ = (Index("ix_inspection_parcel", "parcel_id"),
                      Index("ix_inspection_completed_at", "completed_at"),
                      Index("ix_inspection_station_status", "station", "status"))
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    license_plate: Mapped[str] = mapped_column(String(16), unique=True)
    parcel_id: Mapped[str] = mapped_column(ForeignKey("parcel_receipts.id"))
    return_line_id: Mapped[str | None] = mapped_column(ForeignKey("return_lines.id"), index=True)
    scanned_text: Mapped[str] = mapped_column(String(512))
    gtin: Mapped[str | None] = mapped_column(String(14))
    sku: Mapped[str | None] = mapped_column(String(64))
    serial: Mapped[str | None] = mapped_column(String(64))
    lot: Mapped[str | None] = mapped_column(String(64))
    expiry: Mapped[dt.date | None]
    description: Mapped[str] = mapped_column(String(255), default="")
    match_kind: Mapped[str] = mapped_column(String(24))
    flags: Mapped[list[str]] = mapped_column(JsonText, default=list)
    grade: Mapped[str | None] = mapped_column(String(4))
    unit_price: Mapped[Decimal | None] = mapped_column(MoneyText)
    currency: Mapped[str | None] = mapped_column(String(3))
    deduction_total: Mapped[Decimal | None] = mapped_column(MoneyText)
    refund: Mapped[Decimal | None] = mapped_column(MoneyText)
    proposed_disposition: Mapped[str] = mapped_column(String(32))
    disposition: Mapped[str] = mapped_column(String(32))
    disposition_reason: Mapped[str | None] = mapped_column(String(255))
    bin: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="in_progress")
    operator_id: Mapped[str] = mapped_column(ForeignKey("operators.id"))
    station: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    label_prints: Mapped[int] = mapped_column(default=0)
    version: Mapped[int] = mapped_column(default=1)
    origin: Mapped[str] = mapped_column(String(8), default=OWN, server_default=OWN)
    # Migration 0008. What the customer gets (`inspector.domain.outcomes`; NULL on older rows: a refund of `refund`),
    # the item as weighed, and its fraud risk (`inspector.domain.fraud.Risk` as JSON).
    requested_outcome: Mapped[str | None] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(String(16))
    outcome_amount: Mapped[Decimal | None] = mapped_column(MoneyText)
    outcome_basis: Mapped[str | None] = mapped_column(String(255))
    exchange_sku: Mapped[str | None] = mapped_column(String(64))
    weight_g: Mapped[int | None]
    weight_source: Mapped[str | None] = mapped_column(String(8))
    risk: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    # Migration 0009: the code of the photo rule the item meets (`inspector.domain.photo_rules`), or NULL.
    photo_needed: Mapped[str | None] = mapped_column(String(64))
    parcel: Mapped[ParcelRow] = relationship(back_populates="items")
    findings: Mapped[list[FindingRow]] = relationship(back_populates="inspection", cascade="all, delete-orphan",
                                                      order_by="FindingRow.code")


class FindingRow(Base):
    __tablename__ = "damage_findings"
    inspection_id: Mapped[str] = mapped_column(ForeignKey("item_inspections.id", ondelete="CASCADE"),
                                               primary_key=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    deduction: Mapped[Decimal | None] = mapped_column(MoneyText)
    basis: Mapped[str] = mapped_column(String(255), default="")
    inspection: Mapped[InspectionRow] = relationship(back_populates="findings")


class LineProgressRow(Base):
    """What other stations have inspected against a return's line, as the hub last served it (migration 0006). The
    site's identity of a line is its RMA number and line number, never a bench's row id."""
    __tablename__ = "return_line_progress"
    rma_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    line_no: Mapped[int] = mapped_column(primary_key=True)
    station: Mapped[str] = mapped_column(String(64), primary_key=True)
    inspected: Mapped[int] = mapped_column(default=0)


class OutboxRow(Base):
    """A change upstream must hear about, written in the same transaction as the change itself.

    It names the record and the version the change made; the sender reads the record as it is when it sends, so a
    record changed twice before the network returns goes up once, at its newest version (the hub keeps the highest).
    """
    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "status", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int]
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


class ScanLogRow(Base):
    """Every scan at the bench with what came of it: the shift list, and the answer to 'why was this rejected'."""
    __tablename__ = "scan_log"
    __table_args__ = (Index("ix_scan_log_station_at", "station", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    station: Mapped[str] = mapped_column(String(64))
    operator_id: Mapped[str | None] = mapped_column(String(36))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    text: Mapped[str] = mapped_column(String(512))
    cue: Mapped[str] = mapped_column(String(16))
    message: Mapped[str] = mapped_column(String(512))
from inspector.storage import orm_labels  # noqa: E402,F401  (tables join Base.metadata)
from inspector.storage import orm_review  # noqa: E402,F401  (the supervisor's audit trail, migration 0004)
from inspector.storage import orm_photos  # noqa: E402,F401  (damage photos, migration 0009)
