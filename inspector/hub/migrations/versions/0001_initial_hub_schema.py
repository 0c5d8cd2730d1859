"""initial hub schema: what the hub made with create_all before it had migrations (hub_schema version 1)

A database made that way is stamped at this revision instead of running it (`inspector.hub.storage.ensure_schema`).

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    hub_schema = op.create_table('hub_schema',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('hub_stations',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('name'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_table('hub_records',
    sa.Column('record_type', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=64), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('received_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('record_type', 'record_id')
    )
    op.create_index('ix_hub_records_station', 'hub_records', ['station', 'record_type'], unique=False)
    op.create_table('hub_returns',
    sa.Column('rma_number', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('rma_number')
    )
    op.create_index('ix_hub_returns_seq', 'hub_returns', ['seq'], unique=True)
    hub_counters = op.create_table('hub_counters',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('hub_policy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    # The rows create_all's caller wrote: the marker hubs before migrations check (they refuse a version above 1,
    # so a later revision that changes a table's shape raises it), and the returns' change counter.
    op.bulk_insert(hub_schema, [{'id': 1, 'version': 1}])
    op.bulk_insert(hub_counters, [{'name': 'returns', 'value': 0}])


def downgrade() -> None:
    op.drop_table('hub_policy')
    op.drop_table('hub_counters')
    op.drop_index('ix_hub_returns_seq', table_name='hub_returns')
    op.drop_table('hub_returns')
    op.drop_index('ix_hub_records_station', table_name='hub_records')
    op.drop_table('hub_records')
    op.drop_table('hub_stations')
    op.drop_table('hub_schema')
