"""damage photos: inspection_photos, and the photo rule an item meets

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-21
"""
from alembic import op
import sqlalchemy as sa

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'inspection_photos',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('inspection_id', sa.String(length=36), nullable=False),
        sa.Column('finding_code', sa.String(length=32), nullable=True),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('bytes', sa.Integer(), nullable=False),
        sa.Column('width', sa.Integer(), nullable=False),
        sa.Column('height', sa.Integer(), nullable=False),
        sa.Column('taken_at', sa.String(length=32), nullable=False),
        sa.Column('operator_id', sa.String(length=36), nullable=False),
        sa.Column('station', sa.String(length=64), nullable=False),
        sa.Column('source', sa.String(length=8), nullable=False),
        sa.Column('removed_at', sa.String(length=32), nullable=True),
        sa.Column('origin', sa.String(length=8), server_default='own', nullable=False),
        sa.Column('uploaded_at', sa.String(length=32), nullable=True),
        sa.Column('upload_attempts', sa.Integer(), server_default='0', nullable=False),
        sa.Column('upload_error', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['inspection_id'], ['item_inspections.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_inspection_photos_inspection', 'inspection_photos', ['inspection_id'], unique=False)
    op.create_index('ix_inspection_photos_sha256', 'inspection_photos', ['sha256'], unique=False)
    op.create_index('ix_inspection_photos_origin_uploaded', 'inspection_photos', ['origin', 'uploaded_at'],
                    unique=False)
    # Plain ALTER TABLE ADD COLUMN: no row rewritten, nothing backfilled (older items needed no photo).
    op.add_column('item_inspections', sa.Column('photo_needed', sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.execute('ALTER TABLE item_inspections DROP COLUMN photo_needed')
    op.drop_index('ix_inspection_photos_origin_uploaded', table_name='inspection_photos')
    op.drop_index('ix_inspection_photos_sha256', table_name='inspection_photos')
    op.drop_index('ix_inspection_photos_inspection', table_name='inspection_photos')
    op.drop_table('inspection_photos')
