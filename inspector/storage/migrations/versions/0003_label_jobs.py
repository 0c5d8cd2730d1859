"""label reprint queue

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('label_jobs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('license_plate', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('label_size', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('last_reason', sa.String(length=32), nullable=True),
    sa.Column('printer', sa.String(length=128), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('last_attempt_at', sa.String(length=32), nullable=True),
    sa.Column('printed_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['item_inspections.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('label_jobs', schema=None) as batch_op:
        batch_op.create_index('ix_label_jobs_status', ['status', 'id'], unique=False)
        batch_op.create_index('ix_label_jobs_inspection', ['inspection_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('label_jobs', schema=None) as batch_op:
        batch_op.drop_index('ix_label_jobs_inspection')
        batch_op.drop_index('ix_label_jobs_status')
    op.drop_table('label_jobs')
