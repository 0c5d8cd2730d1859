"""one site: operators pulled from the hub, desk copies of other stations' records, returns' progress at other benches

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: a batch would copy these tables, which other tables' foreign keys point at.
    op.add_column('operators', sa.Column('origin', sa.String(length=8), server_default='local', nullable=False))
    op.add_column('operators', sa.Column('lang', sa.String(length=16), nullable=True))
    op.add_column('operators', sa.Column('site_conflict', sa.Text(), nullable=True))
    op.add_column('operators', sa.Column('merged_into', sa.String(length=36), nullable=True))
    op.add_column('parcel_receipts', sa.Column('origin', sa.String(length=8), server_default='own', nullable=False))
    op.create_index('ix_parcel_origin_received_at', 'parcel_receipts', ['origin', 'received_at'], unique=False)
    op.add_column('item_inspections', sa.Column('origin', sa.String(length=8), server_default='own', nullable=False))
    op.add_column('inspection_audit', sa.Column('origin', sa.String(length=8), server_default='own', nullable=False))
    op.add_column('inspection_audit', sa.Column('refused_reason', sa.String(length=512), nullable=True))
    op.add_column('inspection_audit', sa.Column('based_on_version', sa.Integer(), nullable=True))
    _audit_triggers(_SITE_AUDIT_TRIGGERS)
    op.create_table('return_line_progress',
    sa.Column('rma_number', sa.String(length=32), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('inspected', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('rma_number', 'line_no', 'station')
    )
    op.create_table('badge_events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('badge', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('while_locked', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )


def downgrade() -> None:
    op.drop_table('badge_events')
    op.drop_table('return_line_progress')
    op.drop_index('ix_parcel_origin_received_at', table_name='parcel_receipts')
    # SQLite 3.35 and later drop a column in place; a batch would copy tables that foreign keys point at.
    _audit_triggers(_APPEND_ONLY_AUDIT_TRIGGERS)
    for table, column in (('inspection_audit', 'based_on_version'),
                          ('inspection_audit', 'refused_reason'), ('inspection_audit', 'origin'),
                          ('item_inspections', 'origin'), ('parcel_receipts', 'origin'),
                          ('operators', 'merged_into'), ('operators', 'site_conflict'), ('operators', 'lang'),
                          ('operators', 'origin')):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')


# inspection_audit stays append-only (migration 0004), with two openings for the site: the hub's refusal of a
# decision is noted on its row (refused_reason, and nothing else), and a desk's copies of other stations' decisions
# (origin 'site') may be dropped once older than the review window. The bench's own decisions are never deleted.
_AUDIT_COLUMNS = ("id, inspection_id, action, before, after, reason, operator_id, station, at, inspection_version, "
                  "version, origin, based_on_version")
_SITE_AUDIT_TRIGGERS = (
    "CREATE TRIGGER inspection_audit_no_update BEFORE UPDATE OF " + _AUDIT_COLUMNS + " ON inspection_audit "
    "BEGIN SELECT RAISE(ABORT, 'inspection_audit is append-only'); END",
    "CREATE TRIGGER inspection_audit_no_delete BEFORE DELETE ON inspection_audit WHEN OLD.origin = 'own' "
    "BEGIN SELECT RAISE(ABORT, 'inspection_audit is append-only'); END",
)
_APPEND_ONLY_AUDIT_TRIGGERS = (   # as migration 0004 made them
    "CREATE TRIGGER inspection_audit_no_update BEFORE UPDATE ON inspection_audit "
    "BEGIN SELECT RAISE(ABORT, 'inspection_audit is append-only'); END",
    "CREATE TRIGGER inspection_audit_no_delete BEFORE DELETE ON inspection_audit "
    "BEGIN SELECT RAISE(ABORT, 'inspection_audit is append-only'); END",
)


def _audit_triggers(triggers: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS inspection_audit_no_update")
    op.execute("DROP TRIGGER IF EXISTS inspection_audit_no_delete")
    for statement in triggers:
        op.execute(statement)
