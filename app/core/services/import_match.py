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
from typing import Any

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
from app.core.one_person import counted_ids, is_counted
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


@dataclass
class _Known:
    name: str
    words: str  # sorted words in the matching alphabet
    year: int | None
    phone: str | None
    district: str | None
    organisation: str | None


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))


def _block(words: str) -> str:
    # Two letters: romanisations part early (Токтогулова / Tokhtogulova share "to").
    return " ".join(sorted(w[:2] for w in words.split()))


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
        with store.read() as s:
            rows = s.execute(
                select(
                    Person.id,
                    Person.full_name,
                    Person.search_key,
                    Person.birth_year,
                    Person.phone,
                    Person.district_id,
                    Person.organisation_id,
                ).where(Person.deleted.is_(False), is_counted(Person.id))
            )
            for pid, name, key, year, phone, district, org in rows:
                words = _sorted_words(key or " ".join(matching_words(name)))
                reg.people[pid] = _Known(name, words, year, phone, district, org)
                reg.by_words.setdefault(words, []).append(pid)
                reg.by_block.setdefault(_block(words), []).append(pid)
                if phone:
                    reg.by_phone.setdefault(phone, []).append(pid)
            wanted = [i for i in dict.fromkeys(ids) if i]
            alive = set(
                s.scalars(select(Person.id).where(Person.id.in_(wanted), Person.deleted.is_(False)))
            )
            reg.records = {k: v for k, v in counted_ids(s, alive).items()}
        return reg


def _agrees(row: Mapping[str, Any], known: _Known) -> tuple[bool, bool]:
    """(something strong agrees, nothing disagrees) between a row and a person."""
    year, phone = row.get("birth_year"), row.get("phone")
    agree = bool((year and year == known.year) or (phone and phone == known.phone))
    clash = bool(
        (year and known.year and year != known.year)
        or (row.get("district_id") and known.district and row["district_id"] != known.district)
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
            known = _Known(
                "",
                words,
                other.get("birth_year"),
                other.get("phone"),
                other.get("district_id"),
                None,
            )
            agree, fits = _agrees(values, known)
            if fits and (agree or not (values.get("birth_year") or values.get("phone"))):
                return other_row
        return None

    def _registry(self, row: int, words: str, values: Mapping[str, Any]) -> RowMatch:
        reg = self.reg
        same_name = reg.by_words.get(words, [])
        strong = [p for p in same_name if _agrees(values, reg.people[p]) == (True, True)]
        if len(strong) == 1:
            why = "name_and_year" if values.get("birth_year") else "name_and_phone"
            return RowMatch(row, SAME, strong[0], reason=why)
        phone = values.get("phone")
        key = name_key(values.get("full_name") or "")
        if phone and not strong:
            by_phone = [
                p
                for p in reg.by_phone.get(phone, [])
                if key_similarity(key, reg.key_of(reg.people[p].name)) >= NAME_MATCH
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
                if reg.people[p].year == values.get("birth_year")
                or reg.people[p].district == values.get("district_id")
            ][:_MAX_BLOCK]
        phone = values.get("phone")
        if phone and len(reg.by_phone.get(phone, [])) <= _MAX_BLOCK:
            pool += reg.by_phone.get(phone, [])
        me = Facts(key, phone, values.get("birth_year"), values.get("district_id"))
        found: list[Candidate] = []
        for pid in dict.fromkeys(pool):
            k = reg.people[pid]
            other = reg.key_of(k.name)
            m = compare(me, Facts(other, k.phone, k.year, k.district))
            # As the quick-add warning: a name this alike is asked about unless the year
            # of birth says she is someone else.
            alike = key_similarity(key, other) >= NAME_MATCH and "other_birth_year" not in m.reasons
            if m.score >= PERSON_MATCH or alike:
                found.append(Candidate(pid, k.name, k.year, k.phone, round(m.score, 2)))
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
