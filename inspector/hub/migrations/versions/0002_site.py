"""one site: the team, the site feed's change numbers, returns' progress per line and station, closed days

Records already held get their change numbers in the order they were first received, and the time they happened
read from their data, so a desk's first pull serves them like any other.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07
"""
import json

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# Which field of a record's data says when it happened, per type (the first one set wins).
HAPPENED_FIELDS = {"parcel_receipt": ("received_at",), "item_inspection": ("completed_at", "started_at"),
                   "inspection_override": ("at",)}


def upgrade() -> None:
    with op.batch_alter_table('hub_stations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('site_view', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('last_heard_at', sa.String(length=32), nullable=True))
    with op.batch_alter_table('hub_records', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('happened_at', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('subject', sa.String(length=64), nullable=True))
    _number_existing_records()
    with op.batch_alter_table('hub_records', schema=None) as batch_op:
        batch_op.create_index('ix_hub_records_seq', ['seq'], unique=True)
        batch_op.create_index('ix_hub_records_happened', ['happened_at'], unique=False)
        batch_op.create_index('ix_hub_records_subject', ['record_type', 'subject'], unique=False)
    op.create_table('hub_operators',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('badge', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('lang', sa.String(length=16), nullable=True),
    sa.Column('pin_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('badge')
    )
    op.create_index('ix_hub_operators_seq', 'hub_operators', ['seq'], unique=True)
    op.create_table('hub_badge_events',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('badge', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('while_locked', sa.Boolean(), nullable=False),
    sa.Column('received_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_hub_badge_events_run', 'hub_badge_events', ['badge', 'kind', 'at'], unique=False)
    op.create_table('hub_badge_locks',
    sa.Column('badge', sa.String(length=32), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.String(length=32), nullable=True),
    sa.Column('last_failure_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('badge')
    )
    op.create_table('hub_line_units',
    sa.Column('inspection_id', sa.String(length=64), nullable=False),
    sa.Column('rma_number', sa.String(length=64), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('counted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('inspection_id')
    )
    op.create_index('ix_hub_line_units_rma', 'hub_line_units', ['rma_number', 'line_no'], unique=False)
    op.create_table('hub_closed_days',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('signed_by', sa.String(length=120), nullable=False),
    sa.Column('signed_at', sa.String(length=32), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.Column('stations_behind', sa.Text(), nullable=False),
    sa.Column('report_sha256', sa.String(length=64), nullable=False),
    sa.Column('report_pdf', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('number'),
    sa.UniqueConstraint('day')
    )
    counters = sa.table('hub_counters', sa.column('name', sa.String), sa.column('value', sa.BigInteger))
    op.execute(counters.insert().values(name='operators', value=0))
    # Hubs before this revision refuse a hub_schema version above 1: a table changed shape.
    op.execute("UPDATE hub_schema SET version = 2 WHERE id = 1")


def _number_existing_records() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT record_type, record_id, data FROM hub_records "
                                "ORDER BY received_at, record_type, record_id")).all()
    seq = 0
    for seq, (record_type, record_id, data) in enumerate(rows, start=1):
        values = json.loads(data)
        happened = next((values[f] for f in HAPPENED_FIELDS.get(record_type, ()) if values.get(f)), None)
        subject = values.get("inspection_id") if record_type == "inspection_override" else None
        conn.execute(sa.text("UPDATE hub_records SET seq = :seq, happened_at = :happened, subject = :subject "
                             "WHERE record_type = :t AND record_id = :i"),
                     {"seq": seq, "happened": _utc(happened), "subject": subject, "t": record_type, "i": record_id})
    counters = sa.table('hub_counters', sa.column('name', sa.String), sa.column('value', sa.BigInteger))
    op.execute(counters.insert().values(name='records', value=seq))


def _utc(text):  # type: ignore[no-untyped-def]
    """The time as UTC text, as the hub keeps `happened_at` (inspector.hub.site_feed.happened_at)."""
    if not text:
        return None
    import datetime as dt
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


def downgrade() -> None:
    op.execute("UPDATE hub_schema SET version = 1 WHERE id = 1")
    op.execute("DELETE FROM hub_counters WHERE name IN ('operators', 'records')")
    op.drop_table('hub_closed_days')
    op.drop_index('ix_hub_line_units_rma', table_name='hub_line_units')
    op.drop_table('hub_line_units')
    op.drop_table('hub_badge_locks')
    op.drop_index('ix_hub_badge_events_run', table_name='hub_badge_events')
    op.drop_table('hub_badge_events')
    op.drop_index('ix_hub_operators_seq', table_name='hub_operators')
    op.drop_table('hub_operators')
    with op.batch_alter_table('hub_records', schema=None) as batch_op:
        batch_op.drop_index('ix_hub_records_subject')
        batch_op.drop_index('ix_hub_records_happened')
        batch_op.drop_index('ix_hub_records_seq')
        batch_op.drop_column('subject')
        batch_op.drop_column('happened_at')
        batch_op.drop_column('seq')
    with op.batch_alter_table('hub_stations', schema=None) as batch_op:
        batch_op.drop_column('last_heard_at')
        batch_op.drop_column('site_view')
