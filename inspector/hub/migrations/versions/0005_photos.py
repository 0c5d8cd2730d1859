"""the photos the hub keeps: one row per photo (by its SHA-256) that a bench's inspection_photo record names

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_photos',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('bytes', sa.BigInteger(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('recorded_at', sa.String(length=32), nullable=False),
    sa.Column('stored_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('sha256')
    )
    # Hubs before this revision refuse a hub_schema version above 4: a table was added.
    op.execute("UPDATE hub_schema SET version = 5 WHERE id = 1")


def downgrade() -> None:
    op.execute("UPDATE hub_schema SET version = 4 WHERE id = 1")
    op.drop_table('hub_photos')
