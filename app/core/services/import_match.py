"""Import matches before it adds: is each row of a file someone already registered?

Every row that would create a person (a people list, a training's participants, anything
else) is matched, in this order, against the registry and against the rows above it:

1. its Tirek ID: a registered record (merged ones count as the person kept) -> *same*;
2. a strong key: the same name in the matching alphabet (Жаңыл / Жаныл / Janyl, any word
   order) with the same year of birth or the same phone, and nothing that disagrees, or
   the same phone with a similar name -> *same* (the row is linked to that person);
3. the similar-people finder (app/core/matching.py, blocks of name with year, district or
   phone, as the duplicate finder) -> *possible*, with the candidates, for the user to
   decide;
4. otherwise *new*.

A row the same as an earlier row of the file is a *repeat* of it: it is asked about once
and becomes the person the earlier row becomes. So importing a file twice adds nobody the
second time, and says so.

The registry is read once per check (a few columns of the people counted), so a file of
5,000 rows is matched against 100,000 people in about a second (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import select

from app.core.matching import (
    NAME_MATCH,
    PERSON_MATCH,
    Facts,
    NameKey,
    compare,
    key_similarity,
    matching_words,
    name_key,
)
from app.core.models import Person
from app.core.one_person import IDENTITY_SQL, counted_ids
from app.core.store import Store

NEW, SAME, POSSIBLE, REPEAT = "new", "same", "possible", "repeat"
# The largest block scored for one row (an office phone shared by hundreds says nothing).
_MAX_BLOCK = 200


@dataclass(frozen=True)
class Candidate:
    person_id: str
    full_name: str
    birth_year: int | None
    phone: str | None
    score: float


@dataclass(frozen=True)
class RowMatch:
    """What one row of a file is: new, the same as a registered person, possibly one."""

    row: int
    verdict: str  # NEW | SAME | POSSIBLE | REPEAT
    person_id: str | None = None  # SAME: the registered person the row is linked to
    same_row: int | None = None  # REPEAT: the earlier row of the file
    reason: str = ""  # "tirek_id", "name_and_year", "name_and_phone", "phone_and_name", ...
    candidates: tuple[Candidate, ...] = ()  # POSSIBLE: best first


# A registered person as read: (id, full name, search key, year of birth, phone, district,
# organisation), the driver's own tuple (100,000 of them per check: no object is made).
_Known = tuple[str, str, str | None, int | None, str | None, str | None, str | None]
NAME: Final = 1
YEAR: Final = 3
PHONE: Final = 4
DISTRICT: Final = 5


_REGISTRY = f"""
SELECT row_text(p.id), p.full_name, p.search_key, p.birth_year, p.phone,
  row_text(p.district_id), row_text(p.organisation_id)
FROM person p WHERE p.deleted = 0
  AND p.id NOT IN (SELECT id FROM ({IDENTITY_SQL}) WHERE counted_as != id)
"""


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))


def _block(words: str) -> str:
    """The first two letters of each (sorted) word: romanisations part early
    (Токтогулова / Tokhtogulova share "to"). Sorted words give sorted prefixes."""
    return " ".join(w[:2] for w in words.split())


@dataclass
class Registry:
    """The people counted, indexed for matching; read once per check."""

    people: dict[str, _Known] = field(default_factory=dict)
    by_words: dict[str, list[str]] = field(default_factory=dict)
    by_phone: dict[str, list[str]] = field(default_factory=dict)
    by_block: dict[str, list[str]] = field(default_factory=dict)
    records: dict[str, str] = field(default_factory=dict)  # every record id -> counted as
    keys: dict[str, NameKey] = field(default_factory=dict)  # name -> key, computed once

    def key_of(self, name: str) -> NameKey:
        key = self.keys.get(name)
        if key is None:
            key = self.keys[name] = name_key(name)
        return key

    @classmethod
    def load(cls, store: Store, ids: Iterable[str] = ()) -> Registry:
        reg = cls()
        with store.connect() as conn:
            # 100,000 rows: read through the driver's cursor (several times faster than
            # result rows), the people counted only (app/core/one_person.py).
            cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            rows = cur.execute(_REGISTRY).fetchall()
            cur.close()
            seen: dict[str, tuple[str, list[str], list[str]]] = {}  # key -> words, lists
            people, by_words, by_block, by_phone = (
                reg.people,
                reg.by_words,
                reg.by_block,
                reg.by_phone,
            )
            for row in rows:
                pid, name, key, _year, phone = row[:5]
                key = key or " ".join(matching_words(name))
                found = seen.get(key)
                if found is None:
                    words = _sorted_words(key)
                    found = seen[key] = (
                        words,
                        by_words.setdefault(words, []),
                        by_block.setdefault(_block(words), []),
                    )
                people[pid] = row
                found[1].append(pid)
                found[2].append(pid)
                if phone:
                    by_phone.setdefault(phone, []).append(pid)
        with store.read() as s:
            wanted = [i for i in dict.fromkeys(ids) if i]
            alive = set(
                s.scalars(select(Person.id).where(Person.id.in_(wanted), Person.deleted.is_(False)))
            )
            reg.records = {k: v for k, v in counted_ids(s, alive).items()}
        return reg


def _agrees(row: Mapping[str, Any], known: _Known) -> tuple[bool, bool]:
    """(something strong agrees, nothing disagrees) between a row and a person."""
    year, phone = row.get("birth_year"), row.get("phone")
    k_year, k_phone, k_district = known[YEAR], known[PHONE], known[DISTRICT]
    agree = bool((year and year == k_year) or (phone and phone == k_phone))
    clash = bool(
        (year and k_year and year != k_year)
        or (row.get("district_id") and k_district and row["district_id"] != k_district)
    )
    return agree, not clash


class Matcher:
    """Matches the rows of one file, top to bottom (repeats point at the earlier row)."""

    def __init__(self, registry: Registry) -> None:
        self.reg = registry
        self.seen: dict[str, list[tuple[int, Mapping[str, Any]]]] = {}  # words -> rows

    def match(self, row: int, values: Mapping[str, Any]) -> RowMatch:
        words = _sorted_words(" ".join(matching_words(values.get("full_name") or "")))
        tirek_id = values.get("id")
        if tirek_id and tirek_id in self.reg.records:
            return RowMatch(row, SAME, self.reg.records[tirek_id], reason="tirek_id")
        earlier = self._earlier(words, values)
        if earlier is not None:
            return RowMatch(row, REPEAT, same_row=earlier, reason="same_row")
        self.seen.setdefault(words, []).append((row, values))
        return self._registry(row, words, values)

    def _earlier(self, words: str, values: Mapping[str, Any]) -> int | None:
        for other_row, other in self.seen.get(words, []):
            year, phone, district = (
                other.get("birth_year"),
                other.get("phone"),
                other.get("district_id"),
            )
            known: _Known = ("", "", words, year, phone, district, None)
            agree, fits = _agrees(values, known)
            if fits and (agree or not (values.get("birth_year") or values.get("phone"))):
                return other_row
        return None

    def _registry(self, row: int, words: str, values: Mapping[str, Any]) -> RowMatch:
        reg = self.reg
        same_name = reg.by_words.get(words, [])
        strong = [p for p in same_name if _agrees(values, reg.people[p]) == (True, True)]
        if len(strong) > 1 and values.get("phone"):
            # Namesakes born the same year: the one with the same phone, if only one has it.
            by_phone = [p for p in strong if reg.people[p][PHONE] == values["phone"]]
            strong = by_phone if len(by_phone) == 1 else strong
        if len(strong) == 1:
            why = "name_and_year" if values.get("birth_year") else "name_and_phone"
            return RowMatch(row, SAME, strong[0], reason=why)
        phone = values.get("phone")
        key = name_key(values.get("full_name") or "")
        if phone and not strong:
            by_phone = [
                p
                for p in reg.by_phone.get(phone, [])
                if key_similarity(key, reg.key_of(reg.people[p][NAME])) >= NAME_MATCH
                and _agrees(values, reg.people[p])[1]
            ]
            if len(by_phone) == 1:
                return RowMatch(row, SAME, by_phone[0], reason="phone_and_name")
        candidates = self._similar(key, words, values, strong or same_name)
        if candidates:
            return RowMatch(row, POSSIBLE, reason="similar", candidates=candidates)
        return RowMatch(row, NEW)

    def _similar(
        self, key: NameKey, words: str, values: Mapping[str, Any], first: list[str]
    ) -> tuple[Candidate, ...]:
        reg = self.reg
        pool = list(first)
        block = reg.by_block.get(_block(words), [])
        if len(block) <= _MAX_BLOCK:
            pool += block
        else:  # a common name: only those sharing the year of birth or the district
            pool += [
                p
                for p in block
                if reg.people[p][YEAR] == values.get("birth_year")
                or reg.people[p][DISTRICT] == values.get("district_id")
            ][:_MAX_BLOCK]
        phone = values.get("phone")
        if phone and len(reg.by_phone.get(phone, [])) <= _MAX_BLOCK:
            pool += reg.by_phone.get(phone, [])
        me = Facts(key, phone, values.get("birth_year"), values.get("district_id"))
        found: list[Candidate] = []
        for pid in dict.fromkeys(pool):
            k = reg.people[pid]
            other = reg.key_of(k[NAME])
            m = compare(me, Facts(other, k[PHONE], k[YEAR], k[DISTRICT]))
            # As the quick-add warning: a name this alike is asked about unless the year
            # of birth says she is someone else.
            alike = key_similarity(key, other) >= NAME_MATCH and "other_birth_year" not in m.reasons
            if m.score >= PERSON_MATCH or alike:
                found.append(Candidate(pid, k[NAME], k[YEAR], k[PHONE], round(m.score, 2)))
        found.sort(key=lambda c: (-c.score, c.full_name, c.person_id))
        return tuple(found[:5])


def match_rows(store: Store, rows: Iterable[tuple[int, Mapping[str, Any]]]) -> dict[int, RowMatch]:
    """Every row's match, in file order (see the module docstring)."""
    listed = list(rows)
    matcher = Matcher(Registry.load(store, [v.get("id") or "" for _, v in listed]))
    return {row: matcher.match(row, values) for row, values in listed}


def settle(
    matches: Mapping[int, RowMatch], decisions: Mapping[int, str], fresh: Mapping[int, str]
) -> tuple[dict[int, tuple[str, bool]], list[int]]:
    """Who each row becomes, given the user's decisions for the possible rows.

    `decisions[row]` is a person id (the same as that person) or "new"; `fresh[row]` the
    id a new person made for the row gets. Returns row -> (person id, whether new) and
    the rows still undecided (left out). A repeat becomes whoever its earlier row became.
    """
    out: dict[int, tuple[str, bool]] = {}
    undecided: list[int] = []
    for row, m in matches.items():
        if m.verdict == SAME and m.person_id:
            out[row] = (m.person_id, False)
        elif m.verdict == NEW:
            out[row] = (fresh[row], True)
        elif m.verdict == POSSIBLE:
            answer = decisions.get(row)
            if answer is None:
                undecided.append(row)
            elif answer == NEW:
                out[row] = (fresh[row], True)
            else:
                out[row] = (answer, False)
        elif m.same_row is not None and m.same_row in out:
            out[row] = (out[m.same_row][0], False)
        else:
            undecided.append(row)
    return out, undecided
