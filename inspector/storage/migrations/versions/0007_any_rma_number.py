"""any RMA number: return numbers of up to 64 characters; a scanned order number or SKU found by index

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""
import re

from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    _declare_returns_rma_number(32, 64)
    with op.batch_alter_table('return_line_progress', schema=None) as batch_op:
        batch_op.alter_column('rma_number', existing_type=sa.String(length=32), type_=sa.String(length=64),
                              existing_nullable=False)
    op.create_index('ix_returns_order_number', 'returns', ['order_number'], unique=False)
    op.create_index('ix_return_lines_sku', 'return_lines', [sa.text('sku COLLATE "NOCASE"')], unique=False)


def downgrade() -> None:
    op.drop_index('ix_return_lines_sku', table_name='return_lines')
    op.drop_index('ix_returns_order_number', table_name='returns')
    # SQLite keeps the text of a longer number as it is; only the declared width goes back.
    with op.batch_alter_table('return_line_progress', schema=None) as batch_op:
        batch_op.alter_column('rma_number', existing_type=sa.String(length=64), type_=sa.String(length=32),
                              existing_nullable=False)
    _declare_returns_rma_number(64, 32)


def _declare_returns_rma_number(old: int, new: int) -> None:
    """The declared width of returns.rma_number.

    Batch mode would copy `returns` and drop the old table; with foreign keys on (they are, and cannot be turned off
    inside the migration's transaction) that drop fails, or deletes the returns' lines on cascade. SQLite stores no
    width (VARCHAR(32) and VARCHAR(64) are both TEXT), so no row changes: only the table's definition is rewritten,
    the way SQLite's documentation gives for schema changes that touch no stored content ("ALTER TABLE", section
    "Making other kinds of table schema changes"), in this same transaction.
    """
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        op.alter_column('returns', 'rma_number', existing_type=sa.String(length=old), type_=sa.String(length=new),
                        existing_nullable=False)
        return
    definition = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'returns'"
    sql = bind.exec_driver_sql(definition).scalar_one()
    rewritten, found = re.subn(rf'(\brma_number"?\s+)VARCHAR\({old}\)', rf'\g<1>VARCHAR({new})', sql,
                               flags=re.IGNORECASE)
    if found != 1:
        raise RuntimeError(f"returns.rma_number is not declared VARCHAR({old}) in: {sql}")
    schema_version = bind.exec_driver_sql('PRAGMA schema_version').scalar_one()
    bind.exec_driver_sql('PRAGMA writable_schema = ON')
    try:
        bind.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'returns'",
                             (rewritten,))
        bind.exec_driver_sql(f'PRAGMA schema_version = {int(schema_version) + 1}')  # every connection rereads it
    finally:
        bind.exec_driver_sql('PRAGMA writable_schema = OFF')
    declared = {row[1]: row[2] for row in bind.exec_driver_sql('PRAGMA table_info(returns)')}
    if declared.get('rma_number', '').upper() != f'VARCHAR({new})':
        raise RuntimeError(f"returns.rma_number is declared {declared.get('rma_number')!r}, not VARCHAR({new})")
