"""reply bodies: a repeated answer's messages stored once, named by digest from its reply rows

Revision ID: 0005_reply_bodies
Revises: 0004_admin
Create Date: 2026-11-29
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005_reply_bodies'
down_revision: str | None = '0004_admin'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('reply_bodies',
    sa.Column('digest', sa.String(length=32), nullable=False),
    sa.Column('messages', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('digest', name=op.f('pk_reply_bodies'))
    )
    with op.batch_alter_table('deliveries') as batch:
        batch.add_column(sa.Column('body_digest', sa.String(length=32), nullable=True))
        batch.create_index(batch.f('ix_deliveries_body_digest'), ['body_digest'], unique=False)
        batch.create_foreign_key(batch.f('fk_deliveries_body_digest_reply_bodies'), 'reply_bodies',
                                 ['body_digest'], ['digest'])


def downgrade() -> None:
    # Rows not yet sent get their messages back inline, as the older code reads them.
    bind = op.get_bind()
    unsent = bind.execute(sa.text(
        "SELECT d.id, d.payload, b.messages FROM deliveries d JOIN reply_bodies b ON b.digest = d.body_digest"
        " WHERE d.status IN ('pending', 'sending')"
    )).all()
    for delivery_id, payload, messages in unsent:
        inline = {**(json.loads(payload) if isinstance(payload, str) else payload), "messages": json.loads(messages)}
        bind.execute(sa.text("UPDATE deliveries SET payload = :payload WHERE id = :id"),
                     {"payload": json.dumps(inline, ensure_ascii=False), "id": delivery_id})
    with op.batch_alter_table('deliveries') as batch:
        batch.drop_constraint(batch.f('fk_deliveries_body_digest_reply_bodies'), type_='foreignkey')
        batch.drop_index(batch.f('ix_deliveries_body_digest'))
        batch.drop_column('body_digest')
    op.drop_table('reply_bodies')
