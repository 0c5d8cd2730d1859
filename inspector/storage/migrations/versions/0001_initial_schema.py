"""initial schema

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
    op.create_table('operators',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('badge', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('pin_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('badge')
    )
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('record_type', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_pending', ['status', 'id'], unique=False)

    op.create_table('returns',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rma_number', sa.String(length=32), nullable=False),
    sa.Column('order_number', sa.String(length=64), nullable=False),
    sa.Column('customer_reason', sa.String(length=255), nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('rma_number')
    )
    op.create_table('parcel_receipts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('return_id', sa.String(length=36), nullable=True),
    sa.Column('tracking_number', sa.String(length=64), nullable=True),
    sa.Column('carrier', sa.String(length=16), nullable=True),
    sa.Column('scanned_text', sa.String(length=512), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('operator_id', sa.String(length=36), nullable=False),
    sa.Column('received_at', sa.String(length=32), nullable=False),
    sa.Column('packaging_condition', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('flags', sa.Text(), nullable=False),
    sa.Column('completed_at', sa.String(length=32), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operators.id'], ),
    sa.ForeignKeyConstraint(['return_id'], ['returns.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('parcel_receipts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_parcel_receipts_return_id'), ['return_id'], unique=False)
        batch_op.create_index('ix_parcel_received_at', ['received_at'], unique=False)
        batch_op.create_index('ix_parcel_station_status', ['station', 'status'], unique=False)
        batch_op.create_index('ix_parcel_tracking', ['tracking_number'], unique=False)

    op.create_table('return_lines',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('return_id', sa.String(length=36), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('gtin', sa.String(length=14), nullable=True),
    sa.Column('description', sa.String(length=255), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.String(length=40), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=False),
    sa.Column('serials', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['return_id'], ['returns.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('return_id', 'line_no')
    )
    op.create_table('return_tracking',
    sa.Column('tracking_number', sa.String(length=64), nullable=False),
    sa.Column('return_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['return_id'], ['returns.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('tracking_number')
    )
    with op.batch_alter_table('return_tracking', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_return_tracking_return_id'), ['return_id'], unique=False)

    op.create_table('item_inspections',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('license_plate', sa.String(length=16), nullable=False),
    sa.Column('parcel_id', sa.String(length=36), nullable=False),
    sa.Column('return_line_id', sa.String(length=36), nullable=True),
    sa.Column('scanned_text', sa.String(length=512), nullable=False),
    sa.Column('gtin', sa.String(length=14), nullable=True),
    sa.Column('sku', sa.String(length=64), nullable=True),
    sa.Column('serial', sa.String(length=64), nullable=True),
    sa.Column('lot', sa.String(length=64), nullable=True),
    sa.Column('expiry', sa.Date(), nullable=True),
    sa.Column('description', sa.String(length=255), nullable=False),
    sa.Column('match_kind', sa.String(length=24), nullable=False),
    sa.Column('flags', sa.Text(), nullable=False),
    sa.Column('grade', sa.String(length=4), nullable=True),
    sa.Column('unit_price', sa.String(length=40), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('deduction_total', sa.String(length=40), nullable=True),
    sa.Column('refund', sa.String(length=40), nullable=True),
    sa.Column('proposed_disposition', sa.String(length=32), nullable=False),
    sa.Column('disposition', sa.String(length=32), nullable=False),
    sa.Column('disposition_reason', sa.String(length=255), nullable=True),
    sa.Column('bin', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('operator_id', sa.String(length=36), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('started_at', sa.String(length=32), nullable=False),
    sa.Column('completed_at', sa.String(length=32), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operators.id'], ),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcel_receipts.id'], ),
    sa.ForeignKeyConstraint(['return_line_id'], ['return_lines.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('license_plate')
    )
    with op.batch_alter_table('item_inspections', schema=None) as batch_op:
        batch_op.create_index('ix_inspection_completed_at', ['completed_at'], unique=False)
        batch_op.create_index('ix_inspection_parcel', ['parcel_id'], unique=False)
        batch_op.create_index('ix_inspection_station_status', ['station', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_item_inspections_return_line_id'), ['return_line_id'], unique=False)

    op.create_table('damage_findings',
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('deduction', sa.String(length=40), nullable=True),
    sa.Column('basis', sa.String(length=255), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['item_inspections.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('inspection_id', 'code')
    )


def downgrade() -> None:
    op.drop_table('damage_findings')
    with op.batch_alter_table('item_inspections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_item_inspections_return_line_id'))
        batch_op.drop_index('ix_inspection_station_status')
        batch_op.drop_index('ix_inspection_parcel')
        batch_op.drop_index('ix_inspection_completed_at')

    op.drop_table('item_inspections')
    with op.batch_alter_table('return_tracking', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_return_tracking_return_id'))

    op.drop_table('return_tracking')
    op.drop_table('return_lines')
    with op.batch_alter_table('parcel_receipts', schema=None) as batch_op:
        batch_op.drop_index('ix_parcel_tracking')
        batch_op.drop_index('ix_parcel_station_status')
        batch_op.drop_index('ix_parcel_received_at')
        batch_op.drop_index(batch_op.f('ix_parcel_receipts_return_id'))

    op.drop_table('parcel_receipts')
    op.drop_table('returns')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_pending')

    op.drop_table('outbox')
    op.drop_table('operators')
