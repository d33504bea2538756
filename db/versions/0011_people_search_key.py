"""people: a search key in the matching alphabet, and an index of merged records

`person.search_key` holds the name's words in the matching alphabet of
app/core/matching.py («Жаңыл Асанова» -> "janil asanova"), so search folds Kyrgyz letters
and Latin transliterations. It is derived from `full_name` like `name_key` (never an op):
the app fills derived columns left empty after any migration (database.fill_derived), so
this migration imports no app code and stays as it is when the matching alphabet changes.
The partial index on
`merged_into_id` lets the identity walk (app/core/one_person.py) start from the few
merged records instead of reading every person. The name index gains the search key, so
a typed search filters on the index before it reads a row.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 15:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.String(length=300), nullable=True))
        batch_op.drop_index("ix_person_name_key_id")
        batch_op.create_index(
            "ix_person_name_key_id_search", ["name_key", "id", "search_key"], unique=False
        )
        batch_op.create_index(
            "ix_person_merged_into_id",
            ["merged_into_id"],
            unique=False,
            sqlite_where=sa.text("merged_into_id IS NOT NULL"),
        )


def downgrade() -> None:
    # In place, not a batch rebuild: rebuilding drops the old person table, which marks,
    # enrolments and certificates refer to, and with foreign keys on that fails as soon as
    # the database holds any work. The column is dropped after the index that names it.
    op.drop_index("ix_person_merged_into_id", table_name="person")
    op.drop_index("ix_person_name_key_id_search", table_name="person")
    op.create_index("ix_person_name_key_id", "person", ["name_key", "id"], unique=False)
    op.drop_column("person", "search_key")
