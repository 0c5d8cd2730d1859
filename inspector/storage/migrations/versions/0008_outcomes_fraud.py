"""outcomes and fraud signals: customers, requested outcomes and weights on returns, weighings and risk on items

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-14
"""
from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# Every new column may be NULL and nothing is backfilled: an item with no outcome was a refund of its `refund`.
_COLUMNS = (
    ('returns', sa.Column('customer_id', sa.String(length=64), nullable=True)),
    ('returns', sa.Column('customer_orders', sa.Integer(), nullable=True)),
    ('returns', sa.Column('customer_history', sa.Text(), nullable=True)),
    ('return_lines', sa.Column('requested_outcome', sa.String(length=16), nullable=True)),
    ('return_lines', sa.Column('exchange_sku', sa.String(length=64), nullable=True)),
    ('return_lines', sa.Column('exchange_description', sa.String(length=255), nullable=True)),
    ('return_lines', sa.Column('unit_weight_g', sa.Integer(), nullable=True)),
    ('parcel_receipts', sa.Column('weight_g', sa.Integer(), nullable=True)),
    ('parcel_receipts', sa.Column('weight_source', sa.String(length=8), nullable=True)),
    ('parcel_receipts', sa.Column('expected_weight_g', sa.Integer(), nullable=True)),
    ('item_inspections', sa.Column('requested_outcome', sa.String(length=16), nullable=True)),
    ('item_inspections', sa.Column('outcome', sa.String(length=16), nullable=True)),
    ('item_inspections', sa.Column('outcome_amount', sa.String(length=40), nullable=True)),
    ('item_inspections', sa.Column('outcome_basis', sa.String(length=255), nullable=True)),
    ('item_inspections', sa.Column('exchange_sku', sa.String(length=64), nullable=True)),
    ('item_inspections', sa.Column('weight_g', sa.Integer(), nullable=True)),
    ('item_inspections', sa.Column('weight_source', sa.String(length=8), nullable=True)),
    ('item_inspections', sa.Column('risk', sa.Text(), nullable=True)),
)


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN, which rewrites no row: a batch would copy these tables (foreign keys point at
    # them) and every copy of a large bench's history.
    for table, column in _COLUMNS:
        op.add_column(table, column)
    op.create_index('ix_returns_customer_id', 'returns', ['customer_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_returns_customer_id', table_name='returns')
    # SQLite 3.35 and later drop a column in place; a batch would copy tables that foreign keys point at.
    for table, column in reversed(_COLUMNS):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column.name}')
