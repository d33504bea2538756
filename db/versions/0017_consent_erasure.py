"""Consent as data and erasure that travels: consent_record, person_erasure and
tombstone_compaction (syncable); op_seal (local: the chain around ops whose values were
scrubbed) and compacted_row (local: rows removed by a compaction).

The consent booleans already on `person` stay: they are the baseline a person had before
records existed ("paper sheet, before records"); no rows are made here, so a laptop that
joins later computes the same current consent from the same ops.

Revision ID: 0017
Revises: 0014
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "consent_record",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("given", sa.Boolean(), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("how", sa.String(length=24), nullable=False),
        sa.Column("witness", sa.String(length=200), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=True),
        sa.Column("recorded_on", sa.String(length=100), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_consent_record_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_record")),
    )
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consent_record_person_id_kind", ["person_id", "kind"], unique=False
        )
    op.create_table(
        "person_erasure",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("erased_by", sa.String(length=200), nullable=True),
        sa.Column("erased_on", sa.String(length=100), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_erasure")),
    )
    with op.batch_alter_table("person_erasure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_erasure_person_id"), ["person_id"], unique=False
        )
    op.create_table(
        "tombstone_compaction",
        sa.Column("cutoff_hlc", sa.BigInteger(), nullable=False),
        sa.Column("cutoff", sa.DateTime(), nullable=False),
        sa.Column("horizon_days", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=200), nullable=True),
        sa.Column("made_on", sa.String(length=100), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tombstone_compaction")),
    )
    op.create_table(
        "compacted_row",
        sa.Column("entity", sa.String(length=48), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_compacted_row")),
    )
    op.create_table(
        "op_seal",
        sa.Column("replica_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("before", sa.String(length=64), nullable=False),
        sa.Column("after", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("replica_id", "seq", name=op.f("pk_op_seal")),
    )


def downgrade() -> None:
    op.drop_table("op_seal")
    op.drop_table("compacted_row")
    op.drop_table("tombstone_compaction")
    with op.batch_alter_table("person_erasure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_erasure_person_id"))
    op.drop_table("person_erasure")
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.drop_index("ix_consent_record_person_id_kind")
    op.drop_table("consent_record")
