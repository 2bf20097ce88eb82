"""retry key index for broadcasts only: reply rows, the bulk of the outbox, are never looked up by it

Revision ID: 0007_retry_key_broadcasts
Revises: 0006_remind_at
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007_retry_key_broadcasts'
down_revision: str | None = '0006_remind_at'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BROADCASTS = sa.text("kind = 'broadcast'")


def upgrade() -> None:
    op.drop_index('ix_deliveries_retry_key', table_name='deliveries')
    op.create_index('ix_deliveries_retry_key', 'deliveries', ['retry_key'], unique=False,
                    sqlite_where=BROADCASTS, postgresql_where=BROADCASTS)


def downgrade() -> None:
    op.drop_index('ix_deliveries_retry_key', table_name='deliveries')
    op.create_index('ix_deliveries_retry_key', 'deliveries', ['retry_key'], unique=False)
