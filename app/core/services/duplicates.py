"""Duplicate people: find likely pairs, keep the coordinator's answers, merge and undo.

A merge points the duplicate at the person it is merged into (`merged_into_id`, a merge
op that travels by sync). Nothing else moves: every count and list treats a merged
person as its target, so both histories appear under one person and an undo restores
both records exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import N_, InputError, NotFoundError
from app.core.matching import PERSON_MATCH, Facts, blocks_of, compare, name_key
from app.core.models import (
    DuplicateDecision,
    Person,
    link_id,
)
from app.core.one_person import is_counted
from app.core.progress import NO_PROGRESS, Progress
from app.core.services.unit import in_one_unit
from app.core.services.validation import require_one_of
from app.core.store import Store
from app.core.writer import Writer

DECISIONS = ("not_same", "later")
# A block this large is a shared phone (an office number) or a very common name with no
# other facts: comparing all its pairs would flood the review list, so it is sampled away.
MAX_BLOCK = 400


@dataclass(frozen=True)
class DuplicatePair:
    person_a_id: str
    person_b_id: str
    name_a: str
    name_b: str
    score: float
    reasons: tuple[str, ...]
    decision: str | None  # None (not reviewed) or "later"


@dataclass(frozen=True)
class DuplicateScan:
    pairs: tuple[DuplicatePair, ...]
    people: int
    compared: int  # pairs actually scored (after blocking)


def pair_id(a: str, b: str) -> str:
    lo, hi = sorted((a, b))
    return link_id("duplicate", lo, hi)


def _load_facts(store: Store) -> tuple[dict[str, Facts], dict[str, str]]:
    with store.connect() as conn:
        rows = conn.execute(
            select(
                Person.id,
                Person.full_name,
                Person.phone,
                Person.birth_year,
                Person.district_id,
                Person.organisation_id,
            ).where(Person.deleted.is_(False), is_counted(Person.id))
        ).all()
    facts: dict[str, Facts] = {}
    names: dict[str, str] = {}
    keys: dict[str, object] = {}  # many people share a name: compute each key once
    for pid, full_name, phone, year, district, org in rows:
        key = keys.get(full_name)
        if key is None:
            key = keys[full_name] = name_key(full_name)
        facts[pid] = Facts(key, phone, year, district, org)  # type: ignore[arg-type]
        names[pid] = full_name
    return facts, names


def _decisions(store: Store) -> dict[str, str]:
    with store.read() as s:
        rows = s.execute(
            select(DuplicateDecision.id, DuplicateDecision.decision).where(
                DuplicateDecision.deleted.is_(False)
            )
        )
        return {row_id: decision for row_id, decision in rows}


def find_duplicates(
    store: Store,
    *,
    threshold: float = PERSON_MATCH,
    include_later: bool = True,
    progress: Progress = NO_PROGRESS,
) -> DuplicateScan:
    """Likely duplicate pairs across the registry, most likely first.

    People are compared only within blocks (similar name with the same birth year, or
    with the same district, or the same phone); pairs answered "not the same person" are
    left out, and "decide later" ones are kept (marked) unless `include_later` is False.
    """
    facts, names = _load_facts(store)
    decided = _decisions(store)
    blocks: dict[str, list[str]] = {}
    for pid, f in facts.items():
        for b in blocks_of(f):
            blocks.setdefault(b, []).append(pid)
    seen: set[tuple[str, str]] = set()
    found: list[DuplicatePair] = []
    total = len(blocks)
    for n, members in enumerate(blocks.values()):
        if n % 5000 == 0:
            progress.step(n, total, "duplicates")
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        members.sort()
        for i, a in enumerate(members):
            fa = facts[a]
            for b in members[i + 1 :]:
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                m = compare(fa, facts[b])
                if m.score < threshold:
                    continue
                answer = decided.get(pair_id(a, b))
                if answer == "not_same" or (answer == "later" and not include_later):
                    continue
                found.append(DuplicatePair(a, b, names[a], names[b], m.score, m.reasons, answer))
    progress.step(total, total, "duplicates")
    found.sort(key=lambda p: (p.decision is not None, -p.score, p.name_a, p.person_a_id))
    return DuplicateScan(tuple(found), len(facts), len(seen))


def _alive(session: Session, person_id: str) -> Person:
    p = session.get(Person, person_id)
    if p is None or p.deleted:
        raise NotFoundError(N_("No person with id {id} (it may have been deleted)."), id=person_id)
    return p


def decide_in(w: Writer, person_a_id: str, person_b_id: str, decision: str) -> None:
    """Keep a coordinator's answer for a pair: "not_same" or "later" (travels by sync)."""
    require_one_of(
        decision, DECISIONS, N_("{value} is not an answer; use one of: {options}."), "decision"
    )
    if person_a_id == person_b_id:
        raise InputError(N_("Choose two different people."), field="person_b_id")
    lo, hi = sorted((person_a_id, person_b_id))
    _alive(w.session, lo)
    _alive(w.session, hi)
    row_id = pair_id(lo, hi)
    values = {
        "person_a_id": lo,
        "person_b_id": hi,
        "decision": decision,
        "decided_by": w.author,
        "decided_at": datetime.now().replace(microsecond=0),
    }
    existing = w.session.get(DuplicateDecision, row_id)
    if existing is None or existing.deleted:
        w.create(DuplicateDecision, values, row_id)
    else:
        w.update(DuplicateDecision, row_id, values)


decide = in_one_unit(decide_in)


# What the duplicate may know that the person kept does not: filled in on a merge.
FILLED_ON_MERGE = (
    "sex", "birth_year", "birth_date", "phone", "email", "organisation_id", "category",
    "region_id", "district_id", "wg_seeing", "wg_hearing", "wg_walking", "wg_cognition",
    "wg_selfcare", "wg_communication", "notes",
)  # fmt: skip


def merge_people_in(w: Writer, duplicate_id: str, into_id: str) -> None:
    """Merge the duplicate into the person kept; both histories then count as one person.

    Fields the person kept has empty are filled from the duplicate (a phone, a year of
    birth ...), in the same unit of work; nothing already there is overwritten, and undoing
    the merge leaves the filled fields in place (they are true of the person). People
    earlier merged into the duplicate are pointed at the person kept as well, so a merge
    never chains. Refused when either is deleted or already merged elsewhere.
    """
    if duplicate_id == into_id:
        raise InputError(N_("A record cannot be merged into itself."), field="into_id")
    dup = _alive(w.session, duplicate_id)
    target = _alive(w.session, into_id)
    if dup.merged_into_id:
        raise InputError(
            N_("{name} is already merged into another record; undo that first."),
            field="duplicate_id",
            name=dup.full_name,
        )
    if target.merged_into_id:
        raise InputError(
            N_("{name} is itself merged into another record; merge into that one."),
            field="into_id",
            name=target.full_name,
        )
    earlier = list(
        w.session.scalars(select(Person.id).where(Person.merged_into_id == duplicate_id))
    )
    for pid in earlier:
        w.merge(Person, pid, into_id)
    w.merge(Person, duplicate_id, into_id)
    fills = {
        field: getattr(dup, field)
        for field in FILLED_ON_MERGE
        if getattr(target, field) in (None, "") and getattr(dup, field) not in (None, "")
    }
    if fills:
        w.update(Person, into_id, fills)


merge_people = in_one_unit(merge_people_in, right="merge_people")


def unmerge_person_in(w: Writer, duplicate_id: str) -> None:
    """Undo a merge: the record stands on its own again (coordinators only)."""
    dup = _alive(w.session, duplicate_id)
    if not dup.merged_into_id:
        raise InputError(
            N_("{name} is not merged into anyone."), field="duplicate_id", name=dup.full_name
        )
    w.merge(Person, duplicate_id, None)


unmerge_person = in_one_unit(unmerge_person_in, right="merge_people")


@dataclass(frozen=True)
class MergedRecord:
    person_id: str
    full_name: str
    merged_into_id: str
    merged_into_name: str


def merged_records(store: Store, into_id: str | None = None) -> tuple[MergedRecord, ...]:
    """Records merged into others (those of one person with `into_id`): what can be unmerged
    (`tirek duplicates merged`)."""
    target = Person.__table__.alias("target")
    with store.read() as s:
        q = (
            select(Person.id, Person.full_name, Person.merged_into_id, target.c.full_name)
            .join(target, target.c.id == Person.merged_into_id)
            .where(Person.deleted.is_(False), Person.merged_into_id.is_not(None))
            .order_by(target.c.name_key, Person.name_key)
        )
        if into_id:
            q = q.where(Person.merged_into_id == into_id)
        return tuple(MergedRecord(*r) for r in s.execute(q))
