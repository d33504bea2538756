"""One identity everywhere: a woman merged from three records is one person in every list.

Walks every listing and count that shows people (certificates, the attendance grid, the
sign-in sheet, the donor report, search, the people count, the attendance export) after
merging one woman's three records, and checks that the identity walk is cycle-proof.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.models import Person
from app.core.one_person import counted_ids
from app.core.services import duplicates as dup
from app.core.services.attendance import attendance_grid, mark_one
from app.core.services.certificates import eligibility, issue_certificates
from app.core.services.people import create_person, list_people
from app.core.services.reports import ReportScope, donor_report
from app.core.services.search import search_everything
from app.core.services.sheet_columns import Lookups
from app.core.services.trainings import add_session, create_training, enrol
from app.core.store import Store
from app.documents.sheets.exports import attendance_rows
from app.documents.signin_sheet import session_facts
from tests.documents.cert_fixtures import own_network


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    """A coordinator's laptop: these tests use coordinator rights (app/core/rights.py)."""
    return make_store(role="coordinator")


def test_a_merged_woman_is_listed_once_everywhere(store: Store, tmp_path: Path) -> None:
    tid = create_training(
        store, {"title": "1325", "start_date": date(2026, 3, 2), "end_date": date(2026, 3, 4)}
    )
    days = [add_session(store, tid, {"date": date(2026, 3, d), "hours": 6}) for d in (2, 3, 4)]
    records = [
        create_person(store, {"full_name": "Жаңыл Асанова", "sex": "female", "birth_year": 1985}),
        create_person(store, {"full_name": "Жаныл Асанова", "birth_year": 1985}),
        create_person(store, {"full_name": "Asanova Janyl", "phone": "0555 123 456"}),
    ]
    other = create_person(store, {"full_name": "Бермет Токтогулова", "sex": "female"})
    enrol(store, tid, [*records, other])
    # Each record attended one day: together she attended all three.
    for rec, day in zip(records, days, strict=True):
        mark_one(store, day, rec, "present")
    for day in days:
        mark_one(store, day, other, "present")
    kept = records[0]
    dup.merge_people(store, records[1], kept)
    dup.merge_people(store, records[2], kept)

    grid = attendance_grid(store, tid)
    assert [p.person_id for p in grid.participants].count(kept) == 1
    assert {p.person_id for p in grid.participants} == {kept, other}
    assert grid.attended_sessions(kept) == 3

    who = eligibility(store, tid)
    assert sorted(p.person_id for p in who.eligible) == sorted([kept, other])
    own_network(store)  # certificates are issued within a network (docs/documents.md)
    issued = issue_certificates(store, tid, "ru", organisation="Форум")
    assert sorted(c.person_id for c in issued) == sorted([kept, other])

    _facts, people = session_facts(store, days[0])
    assert [p.person_id for p in people].count(kept) == 1 and len(people) == 2

    report = donor_report(store, ReportScope(None, date(2026, 1, 1), date(2026, 12, 31)))
    assert report.unique_people == 2
    assert report.participations == 2 and report.completed == 2

    assert [r.id for r in list_people(store, text="Асанова").rows] == [kept]
    assert [r.id for r in search_everything(store, "Асанова").people] == [kept]
    assert list_people(store, limit=1).total == 2

    _headers, rows = attendance_rows(store, Lookups.load(store))
    assert {r[5] for r in rows} == {kept, other}

    # Marking her again in the grid keeps one mark per day, whichever record held it.
    mark_one(store, days[1], kept, "late")
    assert attendance_grid(store, tid).status(kept, days[1]) == "late"
    # Enrolling her again (under any of her records) does not add a second row.
    assert enrol(store, tid, [kept]) == 0
    assert len(attendance_grid(store, tid).participants) == 2


_RUN = iter(range(10**6))


def _merge_graph(store: Store, edges: dict[int, int], n: int) -> list[str]:
    run = next(_RUN)  # fresh ids per example: the registry is shared by the examples
    with store.write() as w:
        ids = [w.create(Person, {"full_name": f"Person {i}"}, f"r{run}-{i}") for i in range(n)]
        for a, b in edges.items():
            w.merge(Person, ids[a], ids[b])  # chains and cycles, as sync could bring them
    return ids


def _expected(edges: dict[int, int], ids: list[str], start: int) -> str:
    seen: list[int] = []
    at = start
    while at in edges and at not in seen:
        seen.append(at)
        at = edges[at]
    if at in seen:  # a cycle: its smallest id, the same for every member and entrant
        return min(ids[i] for i in seen[seen.index(at) :])
    return ids[at]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.dictionaries(st.integers(0, 6), st.integers(0, 6), max_size=7))
def test_chains_and_cycles_resolve_to_one_person(store: Store, raw: dict[int, int]) -> None:
    edges = {a: b for a, b in raw.items() if a != b}
    ids = _merge_graph(store, edges, 7)
    with store.read() as s:
        who = counted_ids(s, ids)
    for i, pid in enumerate(ids):
        assert who[pid] == _expected(edges, ids, i)
    # Every record of one person resolves to the same person, and that is stable.
    with store.read() as s:
        again = counted_ids(s, list(who.values()))
    assert all(again[v] == v or v in {ids[a] for a in edges} for v in who.values())
