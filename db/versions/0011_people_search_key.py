"""people: a search key in the matching alphabet, and an index of merged records

`person.search_key` holds the name's words in the matching alphabet of
app/core/matching.py («Жаңыл Асанова» -> "janil asanova"), so search folds Kyrgyz letters
and Latin transliterations. It is derived from `full_name` like `name_key` (never an op),
so this migration fills it for the people already registered. The partial index on
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

from app.core.matching import search_key

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
    bind = op.get_bind()
    names = bind.execute(sa.text("SELECT DISTINCT full_name FROM person")).scalars().all()
    if names:
        bind.execute(
            sa.text("UPDATE person SET search_key = :key WHERE full_name = :name"),
            [{"key": search_key(n), "name": n} for n in names],
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_merged_into_id")
        batch_op.drop_index("ix_person_name_key_id_search")
        batch_op.create_index("ix_person_name_key_id", ["name_key", "id"], unique=False)
        batch_op.drop_column("search_key")
