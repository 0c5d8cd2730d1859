"""supervisor's audit trail (approvals and overrides)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('inspection_audit',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.Column('after', sa.Text(), nullable=False),
    sa.Column('reason', sa.String(length=255), nullable=False),
    sa.Column('operator_id', sa.String(length=36), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('inspection_version', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['item_inspections.id']),
    sa.ForeignKeyConstraint(['operator_id'], ['operators.id']),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('inspection_audit', schema=None) as batch_op:
        batch_op.create_index('ix_inspection_audit_inspection', ['inspection_id', 'at'], unique=False)
        batch_op.create_index('ix_inspection_audit_at', ['at'], unique=False)
    # Append-only, enforced where it is stored: an audit row that could be edited would prove nothing.
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TRIGGER inspection_audit_no_update BEFORE UPDATE ON inspection_audit "
               "BEGIN SELECT RAISE(ABORT, 'inspection_audit is append-only'); END")
    op.execute("CREATE TRIGGER inspection_audit_no_delete BEFORE DELETE ON inspection_audit "
               "BEGIN SELECT RAISE(ABORT, 'inspection_audit is append-only'); END")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS inspection_audit_no_delete")
    op.execute("DROP TRIGGER IF EXISTS inspection_audit_no_update")
    with op.batch_alter_table('inspection_audit', schema=None) as batch_op:
        batch_op.drop_index('ix_inspection_audit_at')
        batch_op.drop_index('ix_inspection_audit_inspection')
    op.drop_table('inspection_audit')
