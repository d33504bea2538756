"""People who may be the same as a name being typed (quick-add warning, duplicates).

This first version compares folded names and phones. The duplicates work (issue 6)
replaces the scoring with the transliteration-aware matcher behind the same function.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_, select

from app.core.models import Person
from app.core.services.validation import normalise_phone
from app.core.store import Store
from app.core.text import fold


@dataclass(frozen=True)
class SimilarPerson:
    person_id: str
    full_name: str
    birth_year: int | None
    phone: str | None
    score: float  # 0..1, higher is more alike
    reasons: tuple[str, ...]  # codes: "same_name", "similar_name", "same_phone", ...


def similar_people(
    store: Store,
    full_name: str,
    *,
    phone: str | None = None,
    birth_year: int | None = None,
    limit: int = 5,
) -> list[SimilarPerson]:
    """Registered people who may be the person described; best match first."""
    key = fold(full_name)
    words = key.split()
    if not words and not phone:
        return []
    conds: list[ColumnElement[bool]] = [
        Person.name_key.like(f"{w}%") | Person.name_key.like(f"% {w}%") for w in words[:1]
    ]
    normal = normalise_phone(phone) if phone else None
    if normal:
        conds.append(Person.phone == normal)
    with store.read() as s:
        rows = s.execute(
            select(Person.id, Person.full_name, Person.name_key, Person.birth_year, Person.phone)
            .where(Person.deleted.is_(False), Person.merged_into_id.is_(None), or_(*conds))
            .limit(500)
        ).all()
    found: list[SimilarPerson] = []
    for pid, name, name_key, year, tel in rows:
        reasons: list[str] = []
        score = 0.0
        if name_key == key:
            reasons.append("same_name")
            score += 0.7
        elif set(words) <= set(name_key.split()) or set(name_key.split()) <= set(words):
            reasons.append("similar_name")
            score += 0.4
        if normal and tel == normal:
            reasons.append("same_phone")
            score += 0.5
        if birth_year and year == birth_year and score:
            reasons.append("same_birth_year")
            score += 0.1
        if score >= 0.4:
            found.append(SimilarPerson(pid, name, year, tel, min(score, 1.0), tuple(reasons)))
    found.sort(key=lambda p: (-p.score, p.full_name))
    return found[:limit]
