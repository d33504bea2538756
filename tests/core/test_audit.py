"""The audit view: changes from two laptops after sync, exports and prints, filters,
paging, and the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.core.access_log import record_access
from app.core.errors import InputError
from app.core.models import SYNCABLE
from app.core.services.attendance import mark_attendance
from app.core.services.audit import RECORD_WORDS, AuditFilter, audit_page, laptops
from app.core.services.people import create_person, update_person
from app.core.services.trainings import add_session, create_training, enrol
from app.core.store import Store
from app.documents.sheets.exports import export_list
from app.documents.signin_sheet import write_signin_sheet
from tests.cli_runner import tirek
from tests.rawdb import connect_raw
from tests.sync.helpers import send

MakeStore = Callable[..., Store]


@pytest.fixture
def two(make_store: MakeStore, tmp_path: Path) -> tuple[Store, Store, str]:
    """Naryn-1 registers Айнура, Osh-2 changes her phone; both synced both ways."""
    a, b = make_store("a", "Naryn-1"), make_store("b", "Osh-2")
    pid = create_person(a, {"full_name": "Айнура Кадырова"})
    send(a, b, tmp_path / "ab")
    send(b, a, tmp_path / "ba")
    update_person(b, pid, {"phone": "+996555010101"})
    send(b, a, tmp_path / "ba2")
    return a, b, pid


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    """A coordinator's laptop: exporting lists with names is a coordinator's right."""
    return make_store(role="coordinator")


def test_changes_by_two_laptops_appear_with_the_right_laptop(
    two: tuple[Store, Store, str],
) -> None:
    a, _b, pid = two
    entries = audit_page(a, AuditFilter(person_id=pid)).entries
    about = [(e.laptop, e.action, e.field) for e in entries if e.source == "change"]
    assert about == [("Osh-2", "set", "phone"), ("Naryn-1", "create", None)]
    assert all(e.what == "Айнура Кадырова" for e in entries)
    assert entries[0].at >= entries[1].at
    assert set(laptops(a)) >= {"Naryn-1", "Osh-2"}
    osh = audit_page(a, AuditFilter(laptop="osh-2")).entries
    assert {e.laptop for e in osh} == {"Osh-2"} and any(e.field == "phone" for e in osh)
    with pytest.raises(InputError, match="No laptop named"):
        audit_page(a, AuditFilter(laptop="Talas-9"))


def test_an_export_and_a_print_appear_and_filters_work(store: Store, tmp_path: Path) -> None:
    tid = create_training(
        store, {"title": "Тынчтык", "start_date": "2026-03-10", "end_date": "2026-03-10"}
    )
    people = [create_person(store, {"full_name": f"Гүлзат {i}"}) for i in range(3)]
    enrol(store, tid, people)
    sid = add_session(store, tid, {"date": "2026-03-10"})
    mark_attendance(store, sid, dict.fromkeys(people, "present"))
    export_list(store, "people", "xlsx", tmp_path / "people.xlsx")
    write_signin_sheet(store, sid, tmp_path / "sheet.pdf")
    access = [e for e in audit_page(store).entries if e.source == "access"]
    assert [(e.action, e.laptop) for e in access] == [("print", "Osh-1"), ("export", "Osh-1")]
    assert "sheet.pdf" in access[0].what and set(access[0].person_ids) == set(people)
    assert "people" in access[1].what
    # By person: her record, her enrolment and mark, and the sheet she is on.
    mine = audit_page(store, AuditFilter(person_id=people[1])).entries
    assert {(e.source, e.entity or e.action) for e in mine} == {
        ("change", "person"), ("change", "enrolment"), ("change", "attendance_mark"),
        ("access", "print"),
    }  # fmt: skip
    # By period: nothing before today, everything today.
    today = date.today()
    assert audit_page(store, AuditFilter(until=today - timedelta(days=1))).entries == ()
    assert len(audit_page(store, AuditFilter(since=today, until=today)).entries) > 10
    with pytest.raises(InputError):
        AuditFilter(since=today, until=today - timedelta(days=1))
    with pytest.raises(InputError):
        record_access(store, "steal", "everything")


def test_pages_follow_each_other_without_gaps(store: Store) -> None:
    ids = [create_person(store, {"full_name": f"Жазгүл {i}"}) for i in range(30)]
    for i in range(7):
        record_access(store, "view_names", f"list {i}", ids[:2])
    seen = []
    page = 0
    while True:
        got = audit_page(store, page=page, size=8)
        seen += got.entries
        if not got.has_more:
            break
        page += 1
    assert len(seen) == 37 and page == 4
    times = [e.at for e in seen]
    assert times == sorted(times, reverse=True)


def test_the_access_log_is_local_and_small(store: Store) -> None:
    record_access(store, "backup", "tirek-2026.sqlite3.gz")
    with connect_raw(store.home.database) as db:
        rows = db.execute("SELECT device, action, what, person_ids FROM access_log").fetchall()
        ops = db.execute("SELECT count(*) FROM op_log WHERE entity = 'access_log'").fetchone()
    assert rows == [("Osh-1", "backup", "tirek-2026.sqlite3.gz", json.dumps([]))]
    assert ops == (0,)  # never an op: it does not travel


def test_the_command_line(two: tuple[Store, Store, str]) -> None:
    a, _b, pid = two
    result = tirek(a.home.root, "audit", "--person", pid, "--laptop", "Osh-2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and "\tOsh-2\t" in lines[0] and "\tphone\t" in lines[0]
    assert lines[-1].startswith("Page 1: 1 entries")
    bad = tirek(a.home.root, "audit", "--since", "yesterday")
    assert bad.returncode == 2 and "not a date" in bad.stderr
    assert tirek(a.home.root, "audit", "--laptop", "Nowhere").returncode == 2


def test_every_kind_of_record_has_a_word() -> None:
    """The Record column names every table the op log can name in words, never its code."""
    assert set(RECORD_WORDS) == set(SYNCABLE)
    assert all("_" not in word for word in RECORD_WORDS.values())
