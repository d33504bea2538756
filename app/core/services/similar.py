"""People who may be the same as a name being typed (quick-add warning, duplicates).

Uses the duplicate matcher (app/core/matching.py): the name is compared across scripts
and spelling variants, the phone after normalising it, the birth year as a tie-breaker.
Candidates are fetched by phone and by the first letters of each name word's stem in the
matching alphabet, so "Aigul" finds "Айгүл".
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from app.core.matching import (
    CYRILLIC_SOUNDS,
    LATIN_SPELLINGS,
    NAME_MATCH,
    Facts,
    compare,
    key_similarity,
    name_key,
)
from app.core.models import Person
from app.core.one_person import is_counted
from app.core.services.validation import normalise_phone
from app.core.store import Store

# How many people with a similar-looking name are scored at most (keeps typing fast).
_CANDIDATES = 3000


@dataclass(frozen=True)
class SimilarPerson:
    person_id: str
    full_name: str
    birth_year: int | None
    phone: str | None
    score: float  # 0..1, higher is more alike
    reasons: tuple[str, ...]  # codes: "same_name", "similar_name", "same_phone", ...


def _letter_spellings() -> dict[str, set[str]]:
    back: dict[str, set[str]] = {}
    for cyr, lat in CYRILLIC_SOUNDS.items():
        if len(lat) == 1:
            back.setdefault(lat, {lat}).add(cyr)
    for src, dst in LATIN_SPELLINGS:
        if dst:
            back.setdefault(dst, {dst}).add(src)
    return back


_BACK = _letter_spellings()
_PAIRS = {"ia": {"я", "ya", "ia"}, "iu": {"ю", "yu", "iu"}}


def _spellings(stem: str) -> set[str]:
    """How the first two letters of a name word may be written in the registry's keys."""
    if stem[:2] in _PAIRS:
        return _PAIRS[stem[:2]]
    firsts = _BACK.get(stem[:1], {stem[:1]})
    if len(stem) < 2:
        return firsts
    seconds = _BACK.get(stem[1], {stem[1]})
    return {a + b for a in firsts for b in seconds}


def similar_people(
    store: Store,
    full_name: str,
    *,
    phone: str | None = None,
    birth_year: int | None = None,
    limit: int = 5,
) -> list[SimilarPerson]:
    """Registered people who may be the person described; best match first."""
    key = name_key(full_name)
    normal = normalise_phone(phone) if phone else None
    if not key.words and not normal:
        return []
    seen: dict[str, tuple[str, int | None, str | None, str | None, str | None]] = {}
    cols = (
        Person.id,
        Person.full_name,
        Person.birth_year,
        Person.phone,
        Person.district_id,
        Person.organisation_id,
    )
    alive = (Person.deleted.is_(False), is_counted(Person.id))
    with store.connect() as conn:
        if normal:
            for r in conn.execute(select(*cols).where(*alive, Person.phone == normal)):
                seen[r[0]] = tuple(r[1:])  # type: ignore[assignment]
        if key.stems:
            # Every word of the name (the two longest, e.g. first name and surname) must
            # begin a word of the registered name, written in any of its spellings.
            conds = []
            for word in sorted(key.stems, key=len, reverse=True)[:2]:
                starts = sorted(_spellings(word))
                conds.append(
                    or_(
                        *(
                            Person.name_key.like(f"{x}%") | Person.name_key.like(f"% {x}%")
                            for x in starts
                        )
                    )
                )
            q = select(*cols).where(*alive, *conds).limit(_CANDIDATES)
            for r in conn.execute(q):
                seen[r[0]] = tuple(r[1:])  # type: ignore[assignment]
    me = Facts(key, normal, birth_year)
    found: list[SimilarPerson] = []
    for pid, (name, year, tel, district, org) in seen.items():
        other = Facts(name_key(name), tel, year, district, org)
        name_sim = key_similarity(key, other.key)
        m = compare(me, Facts(other.key, tel, year))
        if name_sim >= NAME_MATCH or "same_phone" in m.reasons:
            found.append(SimilarPerson(pid, name, year, tel, m.score, m.reasons))
    found.sort(key=lambda p: (-p.score, p.full_name, p.person_id))
    return found[:limit]
