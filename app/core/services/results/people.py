"""Who a person is after duplicates were merged, and what a result is broken down by."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.core.models import Person
from app.core.one_person import IDENTITY_SQL, counted_ids
from app.core.opcodec import row_text

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
    """Person id -> the person it counts as (merged duplicates count once), through the
    one identity rule of app/core/one_person.py.

    With `ids`, every one of them is in the answer; without, only merged records are (look
    others up with `.get(pid, pid)`).
    """
    if ids is not None:
        return counted_ids(session, ids)
    rows = session.connection().exec_driver_sql(IDENTITY_SQL)
    return {row_text(i): row_text(c) for i, c in rows}  # stored ids (models/base.py)


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
