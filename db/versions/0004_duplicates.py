"""duplicates: decisions about pairs of alike people

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-28 02:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "duplicate_decision",
        sa.Column("person_a_id", sa.String(length=36), nullable=False),
        sa.Column("person_b_id", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_a_id"], ["person.id"], name=op.f("fk_duplicate_decision_person_a_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["person_b_id"], ["person.id"], name=op.f("fk_duplicate_decision_person_b_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_decision")),
    )
    with op.batch_alter_table("duplicate_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_duplicate_decision_person_a_id"), ["person_a_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_duplicate_decision_person_b_id"), ["person_b_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("duplicate_decision")
