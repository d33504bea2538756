"""sync: a durable buffer for ops that arrive before what they depend on

`sync_buffer` holds ops that continue an origin's history past a gap (an earlier file of
that origin is not here yet); `sync_waiting_row` lists rows whose ops are here but that
cannot be shown yet (their creation, or a row they refer to, has not arrived).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_buffer",
        sa.Column("replica_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("entity", sa.String(length=48), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("parents", sa.Text(), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("replica_id", "seq", name=op.f("pk_sync_buffer")),
    )
    op.create_table(
        "sync_waiting_row",
        sa.Column("entity", sa.String(length=48), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("waiting_for", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_sync_waiting_row")),
    )


def downgrade() -> None:
    # Waiting ops go back to being unknown here: the next exchange brings them again.
    op.drop_table("sync_waiting_row")
    op.drop_table("sync_buffer")
