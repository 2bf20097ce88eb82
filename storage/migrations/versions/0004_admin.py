"""admin: handoff conversations, message statistics, open questions

Revision ID: 0004_admin
Revises: 0003_inbox
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004_admin'
down_revision: str | None = '0003_inbox'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('handoffs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('agency', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_activity_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_handoffs_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handoffs'))
    )
    op.create_index('ix_handoffs_status_agency', 'handoffs', ['status', 'agency'], unique=False)
    op.create_index(op.f('ix_handoffs_user_id'), 'handoffs', ['user_id'], unique=False)
    op.create_table('handoff_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handoff_id', sa.Integer(), nullable=False),
    sa.Column('sender', sa.String(length=16), nullable=False),
    sa.Column('admin_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['admin_id'], ['admins.id'], name=op.f('fk_handoff_messages_admin_id_admins'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['handoff_id'], ['handoffs.id'], name=op.f('fk_handoff_messages_handoff_id_handoffs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handoff_messages'))
    )
    op.create_index(op.f('ix_handoff_messages_handoff_id'), 'handoff_messages', ['handoff_id'], unique=False)
    op.create_table('message_stats',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hour', sa.DateTime(timezone=True), nullable=False),
    sa.Column('intent', sa.String(length=64), nullable=False),
    sa.Column('agency', sa.String(length=200), nullable=False),
    sa.Column('answered', sa.Boolean(), nullable=False),
    sa.Column('unit', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_stats'))
    )
    op.create_index(op.f('ix_message_stats_hour'), 'message_stats', ['hour'], unique=False)
    op.create_table('open_questions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('agency', sa.String(length=200), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('intent', sa.String(length=64), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('suggestion', sa.JSON(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_open_questions_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_open_questions'))
    )
    op.create_index(op.f('ix_open_questions_at'), 'open_questions', ['at'], unique=False)
    op.create_index(op.f('ix_open_questions_user_id'), 'open_questions', ['user_id'], unique=False)


def downgrade() -> None:
    op.drop_table('open_questions')
    op.drop_table('message_stats')
    op.drop_table('handoff_messages')
    op.drop_table('handoffs')
