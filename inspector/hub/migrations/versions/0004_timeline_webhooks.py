"""each return's timeline and the webhooks it is posted to; customers' returns counted by when the hub first saw them

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('hub_returns', sa.Column('customer_id', sa.String(length=64), nullable=True))
    op.add_column('hub_returns', sa.Column('first_seen_at', sa.String(length=32), nullable=True))
    # The closest the hub knows of when it first saw a return stored before this revision.
    op.execute("UPDATE hub_returns SET first_seen_at = updated_at")
    op.create_index('ix_hub_returns_customer', 'hub_returns', ['customer_id', 'first_seen_at'], unique=False)
    op.create_table('hub_return_events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rma_number', sa.String(length=64), nullable=False),
    sa.Column('step', sa.String(length=32), nullable=False),
    sa.Column('subject', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('rma_number', 'step', 'subject', name='uq_hub_return_events_step')
    )
    op.create_index('ix_hub_return_events_seq', 'hub_return_events', ['seq'], unique=True)
    op.create_table('hub_webhooks',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=False),
    sa.Column('secret', sa.String(length=128), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('next_attempt_at', sa.String(length=32), nullable=True),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_status', sa.Integer(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('hub_webhook_deliveries',
    sa.Column('webhook', sa.String(length=64), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('rma_number', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('delivered_at', sa.String(length=32), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('webhook', 'event_id')
    )
    op.create_index('ix_hub_webhook_deliveries_pending', 'hub_webhook_deliveries',
                    ['webhook', 'state', 'rma_number', 'seq'], unique=False)
    counters = sa.table('hub_counters', sa.column('name', sa.String), sa.column('value', sa.BigInteger))
    op.execute(counters.insert().values(name='events', value=0))
    # What a parcel and an item are about, for the timeline's lookups (`inspector.hub.site_feed.subject_of`).
    if op.get_bind().dialect.name == 'postgresql':
        field = "(data::json ->> '{}')"
    else:
        field = "json_extract(data, '$.{}')"
    op.execute(f"UPDATE hub_records SET subject = {field.format('rma_number')} WHERE record_type = 'parcel_receipt'")
    op.execute(f"UPDATE hub_records SET subject = {field.format('parcel_id')} WHERE record_type = 'item_inspection'")
    # Hubs before this revision refuse a hub_schema version above 3: tables changed shape.
    op.execute("UPDATE hub_schema SET version = 4 WHERE id = 1")


def downgrade() -> None:
    op.execute("UPDATE hub_schema SET version = 3 WHERE id = 1")
    op.execute("UPDATE hub_records SET subject = NULL WHERE record_type IN ('parcel_receipt', 'item_inspection')")
    op.execute("DELETE FROM hub_counters WHERE name = 'events'")
    op.drop_index('ix_hub_webhook_deliveries_pending', table_name='hub_webhook_deliveries')
    op.drop_table('hub_webhook_deliveries')
    op.drop_table('hub_webhooks')
    op.drop_index('ix_hub_return_events_seq', table_name='hub_return_events')
    op.drop_table('hub_return_events')
    op.drop_index('ix_hub_returns_customer', table_name='hub_returns')
    with op.batch_alter_table('hub_returns', schema=None) as batch_op:
        batch_op.drop_column('first_seen_at')
        batch_op.drop_column('customer_id')
