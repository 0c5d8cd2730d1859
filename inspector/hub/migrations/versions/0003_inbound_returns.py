"""returns pushed by the shop's systems: integration tokens, RMA numbers of up to 64 characters, the sender's version

Revision ID: 0003
Revises: 0002
Create Date: 2027-01-12
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_integrations',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('last_heard_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('name'),
    sa.UniqueConstraint('token_hash')
    )
    with op.batch_alter_table('hub_returns', schema=None) as batch_op:
        batch_op.alter_column('rma_number', existing_type=sa.String(length=32), type_=sa.String(length=64),
                              existing_nullable=False)
        batch_op.add_column(sa.Column('upstream_version', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('source', sa.String(length=64), nullable=True))
    # Hubs before this revision refuse a hub_schema version above 2: a table changed shape.
    op.execute("UPDATE hub_schema SET version = 3 WHERE id = 1")


def downgrade() -> None:
    op.execute("UPDATE hub_schema SET version = 2 WHERE id = 1")
    with op.batch_alter_table('hub_returns', schema=None) as batch_op:
        batch_op.drop_column('source')
        batch_op.drop_column('upstream_version')
        batch_op.alter_column('rma_number', existing_type=sa.String(length=64), type_=sa.String(length=32),
                              existing_nullable=False)
    op.drop_table('hub_integrations')
