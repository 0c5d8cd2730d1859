"""The hub's tables, on their own metadata: the hub never shares a database (or a schema) with a bench.

Records are kept generically (type, id, version, station, JSON data) so that new record types (overrides, voids)
plug in with a validator and no migration. A table that changes shape changes here and in a new revision of
`inspector/hub/migrations` together (tests/integration/test_hub_migrations.py compares the two).
"""
from __future__ import annotations

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class HubBase(DeclarativeBase):
    pass


class HubSchemaRow(HubBase):
    """One row: the schema version, which hubs from before migrations check (they refuse one above 1), and health
    reports. A revision that changes a table's shape raises it; the migration line itself is `hub_alembic_version`."""
    __tablename__ = "hub_schema"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class StationRow(HubBase):
    __tablename__ = "hub_stations"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    # SHA-256 of a 256-bit random token: a slow hash buys nothing against guessing that much entropy, and a fast
    # one keeps every request's lookup a single indexed read.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(default=True)


class RecordRow(HubBase):
    """The newest version of each record a bench pushed; the primary key is what makes a resend harmless."""
    __tablename__ = "hub_records"
    __table_args__ = (Index("ix_hub_records_station", "station", "record_type"),)
    record_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    station: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[str] = mapped_column(Text)             # the record as the bench sent it, JSON
    received_at: Mapped[str] = mapped_column(String(32))  # first seen
    updated_at: Mapped[str] = mapped_column(String(32))   # newest version applied


class ReturnDocRow(HubBase):
    """A return to expect, in the import format (docs/import-format.md), with the change number benches pull by."""
    __tablename__ = "hub_returns"
    rma_number: Mapped[str] = mapped_column(String(32), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    data: Mapped[str] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(BigInteger, index=True, unique=True)
    updated_at: Mapped[str] = mapped_column(String(32))


class CounterRow(HubBase):
    """Change numbers. Taking one locks the row until commit, so numbers become visible in the order they were
    taken and a bench's cursor never skips a change committed late by another hub process."""
    __tablename__ = "hub_counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class PolicyRow(HubBase):
    __tablename__ = "hub_policy"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String(32))


records = RecordRow.__table__
stations = StationRow.__table__
return_docs = ReturnDocRow.__table__
counters = CounterRow.__table__
policies = PolicyRow.__table__
