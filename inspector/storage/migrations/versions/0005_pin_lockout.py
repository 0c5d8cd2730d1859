"""failed sign-ins and badge locks (PIN lockout)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pin_failures',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('badge', sa.String(length=32), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('while_locked', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('pin_failures', schema=None) as batch_op:
        batch_op.create_index('ix_pin_failures_badge_at', ['badge', 'at'], unique=False)
    op.create_table('badge_locks',
    sa.Column('badge', sa.String(length=32), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.String(length=32), nullable=True),
    sa.Column('last_failure_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('badge')
    )


def downgrade() -> None:
    op.drop_table('badge_locks')
    with op.batch_alter_table('pin_failures', schema=None) as batch_op:
        batch_op.drop_index('ix_pin_failures_badge_at')
    op.drop_table('pin_failures')
