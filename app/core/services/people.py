"""People: the registry of participants and trainers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from app.core.errors import N_, InputError
from app.core.matching import matching_words
from app.core.models import District, Organisation, Person, Region, new_id
from app.core.one_person import is_counted
from app.core.services import privacy
from app.core.services.common import DEFAULT_PAGE, Page, like_prefix, require_row
from app.core.services.unit import in_one_unit
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
from app.core.writer import Writer

SORTS = {
    "name": (Person.name_key, Person.id),
    "birth_year": (Person.birth_year, Person.name_key, Person.id),
    "category": (Person.category, Person.name_key, Person.id),
}


class PersonRow(NamedTuple):
    """One line of the people list (a named tuple: lists build thousands of these)."""

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


def create_person_in(w: Writer, values: Mapping[str, Any]) -> str:
    """Add a person to the registry; returns the new id.

    Consent boxes ticked here are recorded as statements "on the paper sheet" too
    (app/core/services/privacy.py): the registry form copies the sign-in sheet.
    """
    clean = apply_rules(_rules(w.session), values, partial=False)
    if clean.get("birth_date") and not clean.get("birth_year"):
        clean["birth_year"] = clean["birth_date"].year
    _check(clean)
    pid = w.create(Person, clean, new_id())
    _consent_statements(w, pid, clean)
    return pid


create_person = in_one_unit(create_person_in)


def _consent_statements(w: Writer, person_id: str, clean: Mapping[str, Any]) -> None:
    for kind in ("data", "photo"):
        if clean.get(f"consent_{kind}"):
            privacy.record_consent_in(w, person_id, kind, True, "paper_sheet")


def update_person_in(w: Writer, person_id: str, changes: Mapping[str, Any]) -> set[str]:
    """Change some fields of a person; returns the names of the fields that changed."""
    require_row(w.session, Person, person_id, "person")
    if privacy.is_erased(w.session, person_id):
        raise InputError(N_("This person was erased on request; her record cannot be edited."))
    clean = apply_rules(_rules(w.session), changes, partial=True)
    current = w.session.get_one(Person, person_id)
    _check(clean, {"birth_date": current.birth_date, "birth_year": current.birth_year})
    changed = w.update(Person, person_id, clean)
    for kind in ("data", "photo"):  # a box changed in the editor: a statement too
        if f"consent_{kind}" in changed:
            given = bool(clean[f"consent_{kind}"])
            privacy.record_consent_in(w, person_id, kind, given, "paper_sheet")
    return changed


update_person = in_one_unit(update_person_in)


def delete_person_in(w: Writer, person_id: str) -> None:
    """Delete a person (a tombstone: her history stays; lists hide her)."""
    w.delete(Person, person_id)


def get_person(store: Store, person_id: str) -> PersonDetails:
    with store.read() as s:
        require_row(s, Person, person_id, "person")
        p = s.get_one(Person, person_id)
        fields = _rules(s).keys()
        return PersonDetails(p.id, {name: getattr(p, name) for name in fields})


@dataclass(frozen=True)
class PeopleFilter:
    """What the people list is filtered by.

    `name_prefix` matches the start of the full name through the name index; `text`
    matches the start of any word of the name (or digits of the phone), as
    search-as-you-type does.
    """

    text: str = ""
    name_prefix: str = ""
    organisation_id: str | None = None
    region_id: str | None = None
    category: str | None = None


# The list is typed into key by key: building and compiling its SQL each time would cost
# more than running it, so one statement per *shape* of filter is built once, with bound
# parameters, and reused (SQLAlchemy then also reuses its compiled form).
_SHAPES: dict[tuple[Any, ...], Select[*tuple[Any, ...]]] = {}


def people_query(f: PeopleFilter) -> tuple[Select[*tuple[Any, ...]], dict[str, Any]]:
    """The filtered people list as a statement and its parameters (unsorted, unpaged)."""
    params: dict[str, Any] = {}
    shape: list[Any] = []
    if f.name_prefix.strip():
        key = fold(f.name_prefix)
        params.update(prefix_lo=key, prefix_hi=key + "\U0010ffff")
        shape.append("prefix")
    for i, word in enumerate(fold(f.text).split()):
        # Letters are matched in the matching alphabet (ң/н, ө/о, ү/у, е/э, и/й and Latin
        # transliterations fall together): «Жаңыл» is found by "Жаныл" and "Janyl".
        pieces = matching_words(word)
        for j, piece in enumerate(pieces):
            pattern = like_prefix(piece)
            params[f"w{i}_{j}a"], params[f"w{i}_{j}b"] = f"{pattern}%", f"% {pattern}%"
        digits = "".join(ch for ch in word if ch.isdigit())
        phone_too = len(digits) >= 3 and len(digits) == len(word.lstrip("+"))
        if phone_too:
            params[f"w{i}p"] = f"%{digits}%"
        if pieces or phone_too:
            shape.append(("word", len(pieces), phone_too))
    for name in ("organisation_id", "region_id", "category"):
        if getattr(f, name):
            params[name] = getattr(f, name)
            shape.append(name)
    key_shape = tuple(shape)
    q = _SHAPES.get(key_shape)
    if q is None:
        q = _build(key_shape)
        _SHAPES[key_shape] = q
    return q, params


def _build(shape: tuple[Any, ...]) -> Select[*tuple[Any, ...]]:
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
    q = q.where(Person.deleted.is_(False), is_counted(Person.id))
    words = 0
    for part in shape:
        if part == "prefix":
            q = q.where(
                Person.name_key >= bindparam("prefix_lo"), Person.name_key < bindparam("prefix_hi")
            )
        elif isinstance(part, tuple):
            _word, pieces, phone_too = part
            letters = [
                or_(
                    Person.search_key.like(bindparam(f"w{words}_{j}a"), escape="\\"),
                    Person.search_key.like(bindparam(f"w{words}_{j}b"), escape="\\"),
                )
                for j in range(pieces)
            ]
            conds = [and_(*letters)] if letters else []
            if phone_too:
                conds.append(Person.phone.like(bindparam(f"w{words}p")))
            q = q.where(or_(*conds))
            words += 1
        else:
            q = q.where(getattr(Person, part) == bindparam(part))
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
    q, params = people_query(PeopleFilter(text, name_prefix, organisation_id, region_id, category))
    page, count = _paged(q, sort, descending)
    with store.connect() as conn:
        rows = conn.execute(page, {**params, "offset": offset, "limit": limit}).all()
        total = -1
        if with_total:
            total = conn.execute(count, params).scalar() or 0
        return Page(tuple(map(PersonRow._make, rows)), total, offset)


_PAGED: dict[tuple[int, str, bool], tuple[Select[*tuple[Any, ...]], Select[int]]] = {}


def _paged(
    q: Select[*tuple[Any, ...]], sort: str, descending: bool
) -> tuple[Select[*tuple[Any, ...]], Select[int]]:
    """The sorted, paged statement and the count statement for a cached filter shape."""
    key = (id(q), sort, descending)
    found = _PAGED.get(key)
    if found is None:
        order = [c.desc() if descending else c for c in SORTS[sort]]
        found = (
            q.order_by(*order).offset(bindparam("offset")).limit(bindparam("limit")),
            select(func.count()).select_from(q.subquery()),
        )
        _PAGED[key] = found
    return found
