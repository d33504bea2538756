"""Conflicts of several kinds per row (cross-row rules).

`sync_conflict` is keyed by (entity, row_id, kind): a row can be edited while deleted and
also be an orphan. (`person.merged_into_id`, which the merge-graph rule looks up on every
write that touches a person, is indexed in 0011.)

Revision ID: 0008
Revises: 0007
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
    # person.merged_into_id gets its (partial) index in 0011, with the identity walk.


def downgrade() -> None:
    # The older schema holds one conflict per row, of the kind "deleted" only.
    op.execute(sa.text("DELETE FROM sync_conflict WHERE kind <> 'deleted'"))
    with op.batch_alter_table("sync_conflict", recreate="always") as batch:
        batch.drop_constraint("pk_sync_conflict", type_="primary")
        batch.create_primary_key("pk_sync_conflict", ["entity", "row_id"])
