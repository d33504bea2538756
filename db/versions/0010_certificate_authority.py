"""certificates: versions (corrections), coordinator approval, revocations, issuers

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _syncable() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("approved_by", sa.String(length=200), nullable=True))
        batch_op.drop_constraint("uq_certificate_number", type_="unique")
        batch_op.create_unique_constraint("uq_certificate_number", ["number", "version"])

    op.create_table(
        "certificate_revocation",
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("revoked_by", sa.String(length=200), nullable=False),
        sa.Column("signer_key", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        *_syncable(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_revocation")),
    )
    with op.batch_alter_table("certificate_revocation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_certificate_revocation_number"), ["number"], unique=False
        )

    op.create_table(
        "issuer_statement",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("subject_key", sa.String(length=64), nullable=False),
        sa.Column("subject_name", sa.String(length=200), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("until_date", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("signed_by", sa.String(length=200), nullable=False),
        sa.Column("signer_key", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        *_syncable(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuer_statement")),
    )
    with op.batch_alter_table("issuer_statement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issuer_statement_subject_key"), ["subject_key"], unique=False
        )


def downgrade() -> None:
    op.drop_table("issuer_statement")
    op.drop_table("certificate_revocation")
    # Corrections (version > 1) cannot live under a unique number: drop them first.
    op.execute("DELETE FROM certificate WHERE version > 1")
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_constraint("uq_certificate_number", type_="unique")
        batch_op.create_unique_constraint("uq_certificate_number", ["number"])
        batch_op.drop_column("approved_by")
        batch_op.drop_column("version")
