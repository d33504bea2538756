"""signed logs: per-origin hash chains, travelling retirements, the key of a past replica

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 15:30:00

Ops made before this revision have no chain yet: the upgrade computes each origin's chain
over the ops already here (the same function as app/core/chain.py, frozen below), so the
owning laptop signs a checkpoint covering its earlier ops on its next export.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(value: str | None) -> str:
    return "~" if value is None else f"{len(value)}:{value}"


def _chains() -> list[tuple[str, int, str]]:
    conn = op.get_bind()
    tips: list[tuple[str, int, str]] = []
    origin, seq, chain = None, 0, b""
    rows = conn.exec_driver_sql(
        "SELECT replica_id, seq, hlc, entity, row_id, field, kind, value, parents, author "
        "FROM op_log ORDER BY replica_id, seq"
    )
    sha = hashlib.sha256
    for o in rows:
        if o[0] != origin:
            if origin is not None:
                tips.append((origin, seq, chain.hex()))
            origin, chain = o[0], sha(b"tirek-chain-1\n" + o[0].encode()).digest()
        seq = o[1]
        data = (
            f"{o[1]}|{o[2]}|{_text(o[3])}|{_text(o[4])}|{_text(o[5])}|{_text(o[6])}|"
            f"{_text(o[7])}|{_text(o[8])}|{_text(o[9])}"
        ).encode()
        chain = sha(chain + data).digest()
    if origin is not None:
        tips.append((origin, seq, chain.hex()))
    return tips


def upgrade() -> None:
    op.create_table(
        "sync_chain",
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("chain", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.Text(), nullable=True),
        sa.Column("signed_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("origin", name=op.f("pk_sync_chain")),
    )
    op.create_table(  # checkpoints of ops waiting beyond a gap (app/sync/waiting.py)
        "sync_buffer_checkpoint",
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("chain", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.Text(), nullable=True),
        sa.Column("signed_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("origin", "seq", name=op.f("pk_sync_buffer_checkpoint")),
    )
    op.create_table(
        "device_retirement",
        sa.Column("device_name", sa.String(length=100), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("cutoffs", sa.Text(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=False),
        sa.Column("retired_by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_retirement")),
    )
    with op.batch_alter_table("device_retirement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_device_retirement_public_key"), ["public_key"], unique=False
        )
    with op.batch_alter_table("past_replica", schema=None) as batch_op:
        batch_op.add_column(sa.Column("public_key", sa.String(length=64), nullable=True))
    tips = _chains()
    if tips:
        op.get_bind().exec_driver_sql(
            "INSERT INTO sync_chain (origin, seq, chain) VALUES (?, ?, ?)", tips
        )


def downgrade() -> None:
    with op.batch_alter_table("past_replica", schema=None) as batch_op:
        batch_op.drop_column("public_key")
    with op.batch_alter_table("device_retirement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_device_retirement_public_key"))
    op.drop_table("device_retirement")
    op.drop_table("sync_buffer_checkpoint")
    op.drop_table("sync_chain")
