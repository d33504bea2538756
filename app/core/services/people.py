"""People: the registry of participants and trainers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.core.errors import N_, InputError
from app.core.models import District, Organisation, Person, Region, new_id
from app.core.services.common import DEFAULT_PAGE, Page, like_prefix, require_row
from app.core.services.validation import (
    MIN_YEAR,
    Rule,
    a_date,
    apply_rules,
    choice,
    flag,
    integer,
    long_text,
    phone,
    reference,
    text,
)
from app.core.store import Store
from app.core.text import fold
from app.core.vocab import PARTICIPANT_CATEGORIES, SEXES, WG_ANSWERS, WG_DOMAINS

SORTS = {
    "name": (Person.name_key, Person.id),
    "birth_year": (Person.birth_year, Person.name_key, Person.id),
    "category": (Person.category, Person.name_key, Person.id),
}


@dataclass(frozen=True)
class PersonRow:
    id: str
    full_name: str
    sex: str | None
    birth_year: int | None
    phone: str | None
    organisation_id: str | None
    organisation: str | None
    category: str | None
    region_id: str | None
    district_id: str | None


@dataclass(frozen=True)
class PersonDetails:
    id: str
    values: Mapping[str, Any]  # every editable field, by name


def _rules(session: Session) -> dict[str, Rule]:
    rules: dict[str, Rule] = {
        "full_name": text(required=True, max_len=200, label="Full name"),
        "sex": choice(SEXES, label="sex"),
        "birth_year": integer(MIN_YEAR, date.today().year, label="Year of birth"),
        "birth_date": a_date(label="Date of birth"),
        "phone": phone(),
        "email": text(max_len=200, label="E-mail"),
        "organisation_id": reference(Organisation, session, label="organisation"),
        "category": choice(PARTICIPANT_CATEGORIES, label="participant category"),
        "region_id": reference(Region, session, label="region"),
        "district_id": reference(District, session, label="district"),
        "consent_data": flag(),
        "consent_photo": flag(),
        "notes": long_text("Notes"),
    }
    for domain in WG_DOMAINS:
        rules[f"wg_{domain}"] = choice(WG_ANSWERS, label="answer")
    return rules


def _check(clean: dict[str, Any], current: Mapping[str, Any] | None = None) -> None:
    merged = {**(current or {}), **clean}
    born, year = merged.get("birth_date"), merged.get("birth_year")
    if born is not None and born > date.today():
        raise InputError(N_("The date of birth is in the future."), field="birth_date")
    if born is not None and year is not None and born.year != year:
        raise InputError(
            N_("The year of birth ({year}) does not match the date of birth ({born})."),
            field="birth_year",
            year=year,
            born=born.isoformat(),
        )


def create_person(store: Store, values: Mapping[str, Any]) -> str:
    """Add a person to the registry; returns the new id."""
    with store.write() as w:
        clean = apply_rules(_rules(w.session), values, partial=False)
        if clean.get("birth_date") and not clean.get("birth_year"):
            clean["birth_year"] = clean["birth_date"].year
        _check(clean)
        return w.create(Person, clean, new_id())


def update_person(store: Store, person_id: str, changes: Mapping[str, Any]) -> set[str]:
    """Change some fields of a person; returns the names of the fields that changed."""
    with store.write() as w:
        require_row(w.session, Person, person_id, "person")
        clean = apply_rules(_rules(w.session), changes, partial=True)
        current = w.session.get_one(Person, person_id)
        _check(clean, {"birth_date": current.birth_date, "birth_year": current.birth_year})
        return w.update(Person, person_id, clean)


def delete_person(store: Store, person_id: str) -> None:
    with store.write() as w:
        w.delete(Person, person_id)


def get_person(store: Store, person_id: str) -> PersonDetails:
    with store.read() as s:
        require_row(s, Person, person_id, "person")
        p = s.get_one(Person, person_id)
        fields = _rules(s).keys()
        return PersonDetails(p.id, {name: getattr(p, name) for name in fields})


def people_query(
    *,
    text: str = "",
    name_prefix: str = "",
    organisation_id: str | None = None,
    region_id: str | None = None,
    category: str | None = None,
) -> Select[*tuple[Any, ...]]:
    """The filtered people list as a query (also used by the benchmark and exports).

    `name_prefix` matches the start of the full name through the name index; `text`
    matches the start of any word of the name (or the phone), as search-as-you-type does.
    """
    q: Select[*tuple[Any, ...]] = select(
        Person.id,
        Person.full_name,
        Person.sex,
        Person.birth_year,
        Person.phone,
        Person.organisation_id,
        Organisation.name,
        Person.category,
        Person.region_id,
        Person.district_id,
    ).outerjoin(Organisation, Organisation.id == Person.organisation_id)
    q = q.where(Person.deleted.is_(False), Person.merged_into_id.is_(None))
    if name_prefix.strip():
        key = fold(name_prefix)
        q = q.where(Person.name_key >= key, Person.name_key < key + "\U0010ffff")
    for word in fold(text).split():
        pattern = like_prefix(word)
        conds = [
            Person.name_key.like(f"{pattern}%", escape="\\"),
            Person.name_key.like(f"% {pattern}%", escape="\\"),
        ]
        digits = "".join(ch for ch in word if ch.isdigit())
        if len(digits) >= 3 and len(digits) == len(word.lstrip("+")):
            conds.append(Person.phone.like(f"%{digits}%"))
        q = q.where(or_(*conds))
    if organisation_id:
        q = q.where(Person.organisation_id == organisation_id)
    if region_id:
        q = q.where(Person.region_id == region_id)
    if category:
        q = q.where(Person.category == category)
    return q


def list_people(
    store: Store,
    *,
    text: str = "",
    name_prefix: str = "",
    organisation_id: str | None = None,
    region_id: str | None = None,
    category: str | None = None,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = DEFAULT_PAGE,
    with_total: bool = True,
) -> Page[PersonRow]:
    """One page of the registry, filtered and sorted. Fast at 100,000 people."""
    q = people_query(
        text=text,
        name_prefix=name_prefix,
        organisation_id=organisation_id,
        region_id=region_id,
        category=category,
    )
    order = [c.desc() if descending else c for c in SORTS[sort]]
    with store.read() as s:
        rows = s.execute(q.order_by(*order).offset(offset).limit(limit)).all()
        total = -1
        if with_total:
            total = s.scalar(select(func.count()).select_from(q.subquery())) or 0
        return Page(tuple(PersonRow(*r) for r in rows), total, offset)


def count_people(store: Store) -> int:
    with store.read() as s:
        return (
            s.scalar(
                select(func.count()).where(
                    Person.deleted.is_(False), Person.merged_into_id.is_(None)
                )
            )
            or 0
        )
