"""One identity everywhere: which person a (possibly merged) record counts as.

A merge sets `merged_into_id` on the duplicate; nothing else moves. Every query that lists
or counts people (certificates, the attendance grid, the sign-in sheet, reports, search,
sync review) asks this module who a record *counts as*, so a woman merged from three
records is one row and one count everywhere.

Merges normally never chain (merge_people re-points earlier merges), but sync can bring
chains (A into B on one laptop, B into C on another) and even cycles (A into B here, B
into A there) before anyone resolves them. The walk below follows chains up to
`MAX_CHAIN` steps and is cycle-proof on its own: every record of a cycle counts as the
cycle's smallest id, on every laptop. A merge into a deleted or missing record stops the
walk at the last live record.

`IDENTITY_SQL` is the single definition (plain SQL, so the reports' hand-written SQL and
the ORM queries share it); `counted_as()` is its SQLAlchemy form, `counted_ids()` the
Python answer for a few ids.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, Subquery, column, func, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.core.models.base import RowId

MAX_CHAIN = 32
Column = ColumnElement[str] | InstrumentedAttribute[str]

# Rows: (id, counted_as) for every live merged record whose merge leads somewhere live.
# A record not listed counts as itself.
IDENTITY_SQL = f"""
WITH RECURSIVE walk(id, at, depth) AS (
  SELECT p.id, p.merged_into_id, 1 FROM person p
  JOIN person t ON t.id = p.merged_into_id AND t.deleted = 0
  WHERE p.merged_into_id IS NOT NULL AND p.deleted = 0
  UNION ALL
  SELECT w.id, p.merged_into_id, w.depth + 1 FROM walk w
  JOIN person p ON p.id = w.at
  JOIN person t ON t.id = p.merged_into_id AND t.deleted = 0
  WHERE w.depth < {MAX_CHAIN}
),
ends AS (SELECT id, max(depth) AS d, min(at) AS lo FROM walk GROUP BY id)
SELECT e.id AS id,
       CASE WHEN e.d >= {MAX_CHAIN} THEN e.lo ELSE w.at END AS counted_as
FROM ends e JOIN walk w ON w.id = e.id AND w.depth = e.d
"""


def counted_as() -> Subquery:
    """The identity table as a subquery with columns `id` and `counted_as`."""
    return (
        text(IDENTITY_SQL)
        .columns(column("id", RowId()), column("counted_as", RowId()))
        .subquery("identity")
    )


def person_of(record_id: Column, identity: Subquery) -> ColumnElement[str]:
    """The person a record counts as, given `identity` outer-joined on `identity.c.id`."""
    return func.coalesce(identity.c.counted_as, record_id)


def is_counted(record_id: Column) -> ColumnElement[bool]:
    """True for a record that stands for itself (not merged into a live person)."""
    ident = counted_as()
    return record_id.not_in(select(ident.c.id).where(ident.c.counted_as != ident.c.id))


def counted_ids(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """Each id mapped to the person it counts as (itself when not merged)."""
    wanted = list(dict.fromkeys(ids))
    out = {i: i for i in wanted}
    if wanted:
        ident = counted_as()
        for rid, target in session.execute(
            select(ident.c.id, ident.c.counted_as).where(ident.c.id.in_(wanted))
        ):
            out[rid] = target
    return out


def records_of(session: Session, person_id: str) -> list[str]:
    """The person's own id first, then every record that counts as her."""
    ident = counted_as()
    rows = session.scalars(select(ident.c.id).where(ident.c.counted_as == person_id))
    return [person_id, *sorted(r for r in rows if r != person_id)]
