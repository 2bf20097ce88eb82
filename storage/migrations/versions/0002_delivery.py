"""delivery: LINE retry keys on deliveries, chunked broadcast fan-out, campaign cancellation

Revision ID: 0002_delivery
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002_delivery'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('deliveries') as batch:
        batch.add_column(sa.Column('retry_key', sa.String(length=36), nullable=True))
        batch.create_index(batch.f('ix_deliveries_retry_key'), ['retry_key'], unique=False)
    with op.batch_alter_table('broadcasts') as batch:
        batch.add_column(sa.Column('fanned_out_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('deadline_campaigns') as batch:
        batch.add_column(sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('deadline_campaigns') as batch:
        batch.drop_column('cancelled_at')
    with op.batch_alter_table('broadcasts') as batch:
        batch.drop_column('fanned_out_at')
    with op.batch_alter_table('deliveries') as batch:
        batch.drop_index(batch.f('ix_deliveries_retry_key'))
        batch.drop_column('retry_key')
