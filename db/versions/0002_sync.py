"""sync: vectors, bundles seen, peer exchange info, edit-versus-delete conflicts

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 03:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_origin",
        sa.Column("replica_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("replica_id", name=op.f("pk_sync_origin")),
    )
    op.create_table(
        "sync_peer_vector",
        sa.Column("peer_id", sa.String(length=36), nullable=False),
        sa.Column("origin_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("peer_id", "origin_id", name=op.f("pk_sync_peer_vector")),
    )
    op.create_table(
        "sync_bundle",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("sender_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("held_path", sa.Text(), nullable=True),
        sa.Column("ops_new", sa.Integer(), nullable=False),
        sa.Column("ops_known", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_bundle")),
    )
    with op.batch_alter_table("sync_bundle", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_bundle_sender_id"), ["sender_id"], unique=False)
    op.create_table(
        "sync_peer_info",
        sa.Column("replica_id", sa.String(length=36), nullable=False),
        sa.Column("last_import_at", sa.DateTime(), nullable=True),
        sa.Column("last_export_at", sa.DateTime(), nullable=True),
        sa.Column("clock_ahead_ms", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("replica_id", name=op.f("pk_sync_peer_info")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("entity", sa.String(length=48), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("edits", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_sync_conflict")),
    )


def downgrade() -> None:
    op.drop_table("sync_conflict")
    op.drop_table("sync_peer_info")
    op.drop_table("sync_bundle")
    op.drop_table("sync_peer_vector")
    op.drop_table("sync_origin")
