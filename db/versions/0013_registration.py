"""registration: self-registrations waiting for the trainer's confirmation (local table)

Revision ID: 0013
Revises: 0011
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "registration_pending",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("training_id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration_pending")),
    )
    with op.batch_alter_table("registration_pending", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_registration_pending_training_id"), ["training_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("registration_pending", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registration_pending_training_id"))
    op.drop_table("registration_pending")
