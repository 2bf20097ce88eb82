"""remind at: the time of day a person asked their evidence reminders for ("บ่ายสอง", "14:30")

Revision ID: 0006_remind_at
Revises: 0005_reply_bodies
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006_remind_at'
down_revision: str | None = '0005_reply_bodies'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('evidence_deadlines') as batch:
        batch.add_column(sa.Column('remind_at', sa.Time(), nullable=True))


def downgrade() -> None:
    # Reminders already planned keep their times; only the column saying what was asked goes.
    with op.batch_alter_table('evidence_deadlines') as batch:
        batch.drop_column('remind_at')
