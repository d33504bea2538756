"""Who a person is after duplicates were merged, and what a result is broken down by."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.core.models import Person

UNKNOWN = "unknown"
# The donors' usual bands (domain.md); results use the same as reports by default.
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0-17", 0, 17),
    ("18-24", 18, 24),
    ("25-34", 25, 34),
    ("35-54", 35, 54),
    ("55+", 55, None),
)


@dataclass(frozen=True)
class Who:
    person_id: str  # the person kept, after merges
    full_name: str
    sex: str
    birth_year: int | None


def canonical(session: DbSession, ids: Sequence[str] | None = None) -> dict[str, str]:
    """Person id -> the id of the person kept (merged duplicates count once).

    With `ids`, every one of them is in the answer; without, only merged records are (look
    others up with `.get(pid, pid)`).

    Follows `merged_into_id` chains and stops at a cycle (a cycle picks its smallest id on
    every laptop), so a bad merge history can never make a person vanish from a count.
    """
    # Only merged records differ from themselves: read those (a few), not the registry.
    into: dict[str, str] = {
        pid: target
        for pid, target in session.connection().exec_driver_sql(
            "SELECT id, merged_into_id FROM person WHERE merged_into_id IS NOT NULL"
        )
    }
    out: dict[str, str] = {}
    for start in ids if ids is not None else list(into):
        seen = [start]
        cur = start
        while into.get(cur):
            nxt = into[cur]
            assert nxt is not None
            if nxt in seen:
                cur = min(seen[seen.index(nxt) :])
                break
            seen.append(nxt)
            cur = nxt
        out[start] = cur
    return out


def people(session: DbSession, ids: Sequence[str]) -> dict[str, Who]:
    """The people kept for `ids` (keyed by the given id), with sex and birth year."""
    canon = canonical(session)
    wanted = {canon.get(i, i) for i in ids}
    rows = {
        r.id: r
        for r in session.execute(
            select(Person.id, Person.full_name, Person.sex, Person.birth_year).where(
                Person.id.in_(wanted)
            )
        )
    }
    out: dict[str, Who] = {}
    for i in ids:
        k = canon.get(i, i)
        r = rows.get(k)
        if r is not None:
            out[i] = Who(k, r.full_name, r.sex or UNKNOWN, r.birth_year)
    return out


def age_band(birth_year: int | None, year: int) -> str:
    if birth_year is None:
        return UNKNOWN
    age = year - birth_year
    for label, lo, hi in AGE_BANDS:
        if lo <= age and (hi is None or age <= hi):
            return label
    return UNKNOWN
