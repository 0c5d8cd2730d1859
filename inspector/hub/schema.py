"""The hub's tables, on their own metadata: the hub never shares a database (or a schema) with a bench.

Records are kept generically (type, id, version, station, JSON data) so that new record types (overrides, voids)
plug in with a validator and no migration. A table that changes shape changes here and in a new revision of
`inspector/hub/migrations` together (tests/integration/test_hub_migrations.py compares the two).
"""
from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Index, Integer, LargeBinary, String, Text, UniqueConstraint
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
    # May read every station's records (a supervisor desk); revision 0002.
    site_view: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    last_heard_at: Mapped[str | None] = mapped_column(String(32))   # the last push or pull with its token


class RecordRow(HubBase):
    """The newest version of each record a bench pushed; the primary key is what makes a resend harmless."""
    __tablename__ = "hub_records"
    __table_args__ = (Index("ix_hub_records_station", "station", "record_type"),
                      Index("ix_hub_records_seq", "seq", unique=True),
                      Index("ix_hub_records_happened", "happened_at"),
                      Index("ix_hub_records_subject", "record_type", "subject"))
    record_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    station: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[str] = mapped_column(Text)             # the record as the bench sent it, JSON
    received_at: Mapped[str] = mapped_column(String(32))  # first seen
    updated_at: Mapped[str] = mapped_column(String(32))   # newest version applied
    # Revision 0002. The change number the site feed serves by, taken anew whenever a version is applied.
    seq: Mapped[int | None] = mapped_column(BigInteger)
    # When it happened on the bench's clock, in UTC (a parcel's receipt, an item's completion or start, a decision):
    # the review window and the closed days are measured by it.
    happened_at: Mapped[str | None] = mapped_column(String(32))
    # What the record is about, for the lookups the hub makes: an override's inspection id.
    subject: Mapped[str | None] = mapped_column(String(64))


class IntegrationRow(HubBase):
    """A shop system that pushes returns (its ERP, a returns app), revision 0003. Apart from the stations on purpose:
    an integration never pushes or pulls records, so it never shows among the stations heard from, behind or counted.
    Its token is kept as a station's is (see StationRow.token_hash)."""
    __tablename__ = "hub_integrations"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_heard_at: Mapped[str | None] = mapped_column(String(32))


class ReturnDocRow(HubBase):
    """A return to expect, in the import format (docs/import-format.md), with the change number benches pull by."""
    __tablename__ = "hub_returns"
    __table_args__ = (Index("ix_hub_returns_customer", "customer_id", "first_seen_at"),)
    # The upstream's own id, 1 to 64 characters (revision 0003; 32 before).
    rma_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    data: Mapped[str] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(BigInteger, index=True, unique=True)
    updated_at: Mapped[str] = mapped_column(String(32))
    # Revision 0003. The version its sender gave it (an integration's "version"); kept out of `data`, which benches
    # read as an import file. An older version is never stored over a newer one.
    upstream_version: Mapped[int | None] = mapped_column(BigInteger)
    # Who stored it last: an integration's name, or `import:<source>` for `inspector hub import-rmas`.
    source: Mapped[str | None] = mapped_column(String(64))
    # Revision 0004. The shop's customer id (opaque, as given) and when the hub first stored the return (hub time,
    # UTC): a customer's returns of the last days are counted by them (`inspector.hub.customers`).
    customer_id: Mapped[str | None] = mapped_column(String(64))
    first_seen_at: Mapped[str | None] = mapped_column(String(32))


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


class OperatorRow(HubBase):
    """The site's team (revision 0002): one id per person for every bench. The PIN is kept as the bench's own
    salted slow hash and served only to station tokens."""
    __tablename__ = "hub_operators"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    badge: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    lang: Mapped[str | None] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    seq: Mapped[int] = mapped_column(BigInteger, index=True, unique=True)   # change number benches pull by
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class BadgeEventRow(HubBase):
    """Each failed try, good sign-in and unlock of a badge that a bench reported (revision 0002): what the site's
    runs of wrong PINs are counted from, whatever order the benches' records arrive in (`inspector.hub.badge_runs`).
    The primary key makes a resend harmless. Never a PIN."""
    __tablename__ = "hub_badge_events"
    __table_args__ = (Index("ix_hub_badge_events_run", "badge", "kind", "at"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    station: Mapped[str] = mapped_column(String(64))
    badge: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))          # failure | signed_in | unlocked
    at: Mapped[str] = mapped_column(String(32))            # the bench's clock, UTC text that sorts as time does
    while_locked: Mapped[bool] = mapped_column(Boolean)    # the PIN was not checked: not counted
    received_at: Mapped[str] = mapped_column(String(32))


class BadgeLockRow(HubBase):
    """Wrong PINs per badge across the site (revision 0002): benches report each failure while the hub is
    reachable, and a lock earned at one bench holds at all of them. The current run of each badge that has one,
    counted from `hub_badge_events` and served to benches with the team."""
    __tablename__ = "hub_badge_locks"
    badge: Mapped[str] = mapped_column(String(32), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[str | None] = mapped_column(String(32))
    last_failure_at: Mapped[str] = mapped_column(String(32))


class LineUnitRow(HubBase):
    """Which return line an item inspection counts against (revision 0002), so the hub can serve each return's
    progress per line and station: the site's identity of a line is its RMA number and line number."""
    __tablename__ = "hub_line_units"
    __table_args__ = (Index("ix_hub_line_units_rma", "rma_number", "line_no"),)
    inspection_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    rma_number: Mapped[str] = mapped_column(String(64))
    line_no: Mapped[int] = mapped_column(Integer)
    station: Mapped[str] = mapped_column(String(64))
    counted: Mapped[bool] = mapped_column(Boolean)       # not cancelled and matched to the line


class ClosedDayRow(HubBase):
    """A site day signed off by a supervisor (revision 0002): numbered, and its report kept as signed. Records of
    that day applied after `signed_at` form its addendum; they never change the report."""
    __tablename__ = "hub_closed_days"
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[str] = mapped_column(String(10), unique=True)
    time_zone: Mapped[str] = mapped_column(String(64))
    signed_by: Mapped[str] = mapped_column(String(120))
    signed_at: Mapped[str] = mapped_column(String(32))
    last_seq: Mapped[int] = mapped_column(BigInteger)        # the newest record change the report saw
    stations_behind: Mapped[str] = mapped_column(Text)       # JSON: stations not heard from since before the day ended
    report_sha256: Mapped[str] = mapped_column(String(64))
    report_pdf: Mapped[bytes] = mapped_column(LargeBinary)


class ReturnEventRow(HubBase):
    """A step of a return's timeline (revision 0004, `inspector.hub.timeline`): written once per (return, step,
    subject), numbered by the `events` counter, and delivered to the webhooks in that order."""
    __tablename__ = "hub_return_events"
    __table_args__ = (UniqueConstraint("rma_number", "step", "subject", name="uq_hub_return_events_step"),
                      Index("ix_hub_return_events_seq", "seq", unique=True))
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rma_number: Mapped[str] = mapped_column(String(64))
    step: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(64))          # the parcel, item or decision; "" for the return
    seq: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[str] = mapped_column(String(32))               # when it happened (the bench's clock, UTC)
    station: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)                 # JSON
    recorded_at: Mapped[str] = mapped_column(String(32))


class WebhookRow(HubBase):
    """An endpoint the hub posts every timeline step to (revision 0004). The secret signs, so it is kept as given."""
    __tablename__ = "hub_webhooks"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str] = mapped_column(String(2048))
    secret: Mapped[str] = mapped_column(String(128))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[str] = mapped_column(String(32))
    next_attempt_at: Mapped[str | None] = mapped_column(String(32))   # backing off until then (UTC)
    failures: Mapped[int] = mapped_column(Integer, default=0)          # failed attempts in a row
    last_status: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)


class WebhookDeliveryRow(HubBase):
    """One event owed to one webhook (revision 0004): the hub's outbox, written with the event."""
    __tablename__ = "hub_webhook_deliveries"
    __table_args__ = (Index("ix_hub_webhook_deliveries_pending", "webhook", "state", "rma_number", "seq"),)
    webhook: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rma_number: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(16))                     # pending | delivered
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    delivered_at: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(Text)


class PhotoRow(HubBase):
    """A photo an `inspection_photo` record names (revision 0005), written in the push's transaction: uploads of
    its bytes are taken only for such a photo, and only up to its size. The file itself is `DIR/ab/<sha256>.jpg`
    under the hub's --photos folder (`inspector.hub.photo_store`); `stored_at` is set when the whole file arrived
    and matched its hash."""
    __tablename__ = "hub_photos"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    bytes: Mapped[int] = mapped_column(BigInteger)
    station: Mapped[str] = mapped_column(String(64))          # the station whose record named it first
    recorded_at: Mapped[str] = mapped_column(String(32))      # hub time, UTC
    stored_at: Mapped[str | None] = mapped_column(String(32))


records = RecordRow.__table__
stations = StationRow.__table__
integrations = IntegrationRow.__table__
return_docs = ReturnDocRow.__table__
counters = CounterRow.__table__
policies = PolicyRow.__table__
operators = OperatorRow.__table__
badge_locks = BadgeLockRow.__table__
badge_events = BadgeEventRow.__table__
line_units = LineUnitRow.__table__
closed_days = ClosedDayRow.__table__
return_events = ReturnEventRow.__table__
webhooks = WebhookRow.__table__
webhook_deliveries = WebhookDeliveryRow.__table__
photos = PhotoRow.__table__
