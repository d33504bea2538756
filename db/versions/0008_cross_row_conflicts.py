"""Conflicts of several kinds per row (cross-row rules), and merged people found fast.

`sync_conflict` is keyed by (entity, row_id, kind): a row can be edited while deleted and
also be an orphan. `person.merged_into_id` is indexed: the merge-graph rule looks up who
points at a person on every write that touches one.

Revision ID: 0008
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_conflict", recreate="always") as batch:
        batch.drop_constraint("pk_sync_conflict", type_="primary")
        batch.create_primary_key("pk_sync_conflict", ["entity", "row_id", "kind"])
    with op.batch_alter_table("person") as batch:
        batch.create_index("ix_person_merged_into_id", ["merged_into_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_index("ix_person_merged_into_id")
    # The older schema holds one conflict per row, of the kind "deleted" only.
    op.execute(sa.text("DELETE FROM sync_conflict WHERE kind <> 'deleted'"))
    with op.batch_alter_table("sync_conflict", recreate="always") as batch:
        batch.drop_constraint("pk_sync_conflict", type_="primary")
        batch.create_primary_key("pk_sync_conflict", ["entity", "row_id"])
