"""Join the four branches of the first schema (0002-0005) into one line of history.

From here on every migration has exactly one parent, so "head" is one revision and an
upgrade or downgrade walks one path.

Revision ID: 0006
Revises: 0002, 0003, 0004, 0005
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0006"
down_revision: str | Sequence[str] | None = ("0002", "0003", "0004", "0005")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # a merge point only: no schema change


def downgrade() -> None:
    pass
