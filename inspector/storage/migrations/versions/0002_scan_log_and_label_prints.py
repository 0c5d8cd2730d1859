"""scan log and label print counts

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('scan_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('operator_id', sa.String(length=36), nullable=True),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('text', sa.String(length=512), nullable=False),
    sa.Column('cue', sa.String(length=16), nullable=False),
    sa.Column('message', sa.String(length=512), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('scan_log', schema=None) as batch_op:
        batch_op.create_index('ix_scan_log_station_at', ['station', 'at'], unique=False)
    # Existing inspections have printed nothing this bench knows of.
    with op.batch_alter_table('item_inspections', schema=None) as batch_op:
        batch_op.add_column(sa.Column('label_prints', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('item_inspections', schema=None) as batch_op:
        batch_op.drop_column('label_prints')
    with op.batch_alter_table('scan_log', schema=None) as batch_op:
        batch_op.drop_index('ix_scan_log_station_at')
    op.drop_table('scan_log')
