"""One conflict path and the cross-row rules: every laptop ends with the same state,
the same listed conflicts and the same digest, whatever path the ops took."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.models import AttendanceMark, Meeting, Person, Session, Training, link_id
from app.core.services.attendance import mark_one
from app.core.services.deletion import delete
from app.core.services.duplicates import merge_people
from app.core.services.meetings import (
    add_attendee,
    approve_minutes,
    create_meeting,
    get_meeting,
    update_meeting,
)
from app.core.services.people import create_person, update_person
from app.core.services.trainings import add_session, create_training, enrol
from app.core.store import Store
from app.sync import review
from tests.cli_runner import tirek
from tests.sync.helpers import digest, person, send

MakeStore = Callable[..., Store]


def three(make_store: MakeStore) -> tuple[Store, Store, Store]:
    return (
        make_store("a", "A", "coordinator"),  # A and B merge people and approve minutes
        make_store("b", "B", "coordinator"),
        make_store("c", "Coordinator", "coordinator"),
    )


def everyone(stores: tuple[Store, ...], folder: Path) -> None:
    for rnd in range(2):
        for i in (0, 1):
            send(stores[i], stores[2], folder / f"r{rnd}-{i}-up")
        for i in (0, 1):
            send(stores[2], stores[i], folder / f"r{rnd}-{i}-down")


def same_everywhere(stores: tuple[Store, ...]) -> list[review.Conflict]:
    """The digests agree and every laptop lists the same conflicts; returns them."""
    assert len({digest(s) for s in stores}) == 1
    listed = [
        [(c.kind, c.entity, c.row_id, c.field, [v.value for v in c.versions]) for c in found]
        for found in (review.list_conflicts(s) for s in stores)
    ]
    assert all(x == listed[0] for x in listed)
    return review.list_conflicts(stores[0])


def test_settling_a_conflict_on_a_row_deleted_meanwhile_matches_every_peer(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b, c = stores = three(make_store)
    pid = create_person(a, {"full_name": "Айгүл Бекова"})
    everyone(stores, tmp_path / "seed")
    update_person(a, pid, {"phone": "+996555000001"})
    update_person(b, pid, {"phone": "+996555000002"})
    everyone(stores, tmp_path / "mid")
    delete(a, "person", pid)  # A saw both phones: no conflict with the delete
    send(a, c, tmp_path / "delete")
    # The coordinator settles the phone conflict still listed on the now deleted record.
    review.resolve_conflict(c, "person", pid, "phone", "+996555000002")
    everyone(stores, tmp_path / "final")
    [conflict] = same_everywhere(stores)
    assert (conflict.kind, conflict.field) == ("deleted", "deleted")
    assert conflict.versions[0].value == "+996555000002"
    assert all(person(s, pid).deleted for s in stores)


def test_a_merge_re_pointing_a_duplicate_deleted_elsewhere_matches_every_peer(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b, _c = stores = three(make_store)
    x = create_person(a, {"full_name": "Бакыт Асанов"})
    y = create_person(a, {"full_name": "Бакыт Асанов."})
    z = create_person(a, {"full_name": "Б. Асанов"})
    merge_people(a, x, y)
    everyone(stores, tmp_path / "seed")
    delete(b, "person", x)
    everyone(stores, tmp_path / "mid")
    merge_people(a, y, z)  # re-points x (deleted meanwhile) at z
    everyone(stores, tmp_path / "final")
    same_everywhere(stores)
    for s in stores:
        assert person(s, y).merged_into_id == z
        assert person(s, x).deleted


def test_opposite_merges_on_two_laptops_keep_one_person_everywhere(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b, c = stores = three(make_store)
    x = create_person(a, {"full_name": "Нургүл Асанова"})
    y = create_person(a, {"full_name": "Нургуль Асанова"})
    everyone(stores, tmp_path / "seed")
    merge_people(a, x, y)
    merge_people(b, y, x)
    everyone(stores, tmp_path / "mid")
    [conflict] = same_everywhere(stores)
    kept, other = sorted((x, y))
    assert conflict.kind == "merge_cycle" and conflict.row_id == kept
    assert [v.value for v in conflict.versions] == [kept, other]
    for s in stores:  # nobody vanishes: the smallest id is kept until someone decides
        assert person(s, kept).merged_into_id is None
        assert person(s, other).merged_into_id == kept
    review.resolve_conflict(c, "person", kept, "merged_into_id", other)
    everyone(stores, tmp_path / "final")
    assert same_everywhere(stores) == []
    for s in stores:
        assert person(s, other).merged_into_id is None
        assert person(s, kept).merged_into_id == other


def test_merges_on_two_laptops_never_leave_a_chain(make_store: MakeStore, tmp_path: Path) -> None:
    a, b, _c = stores = three(make_store)
    x, y, z = (create_person(a, {"full_name": f"Асель {n}"}) for n in "XYZ")
    everyone(stores, tmp_path / "seed")
    merge_people(a, x, y)
    merge_people(b, y, z)
    everyone(stores, tmp_path / "mid")
    assert same_everywhere(stores) == []
    for s in stores:
        assert (person(s, x).merged_into_id, person(s, y).merged_into_id) == (z, z)
        assert person(s, z).merged_into_id is None


@pytest.mark.parametrize("copy", [True, False])
def test_an_edit_to_a_person_merged_away_elsewhere_is_listed_and_can_follow(
    make_store: MakeStore, tmp_path: Path, copy: bool
) -> None:
    a, b, c = stores = three(make_store)
    x = create_person(a, {"full_name": "Жазгүл Мамытова"})
    y = create_person(a, {"full_name": "Жазгуль Мамытова"})
    everyone(stores, tmp_path / "seed")
    merge_people(a, x, y)
    update_person(b, x, {"phone": "+996700123456"})  # B has not heard of the merge
    everyone(stores, tmp_path / "mid")
    [conflict] = same_everywhere(stores)
    assert (conflict.kind, conflict.row_id) == ("merged", x)
    assert [(v.field, v.value) for v in conflict.versions] == [("phone", "+996700123456")]
    review.settle(c, "person", x, "merged", accept=copy)
    everyone(stores, tmp_path / "final")
    assert same_everywhere(stores) == []
    for s in stores:
        assert person(s, y).phone == ("+996700123456" if copy else None)
        assert person(s, x).merged_into_id == y


@pytest.mark.parametrize("restore", [True, False])
def test_a_session_added_to_a_training_deleted_elsewhere_is_listed(
    make_store: MakeStore, tmp_path: Path, restore: bool
) -> None:
    a, b, c = stores = three(make_store)
    tid = create_training(
        a, {"title": "Лидерлик", "start_date": "2026-03-01", "end_date": "2026-03-02"}
    )
    first = add_session(a, tid, {"date": "2026-03-01"})
    everyone(stores, tmp_path / "seed")
    delete(a, "training", tid)
    second = add_session(b, tid, {"date": "2026-03-02"})
    everyone(stores, tmp_path / "mid")
    [conflict] = same_everywhere(stores)
    assert (conflict.kind, conflict.entity, conflict.row_id) == ("orphan", "training", tid)
    assert [v.value for v in conflict.versions] == [second]
    review.settle(c, "training", tid, "orphans", keep_deleted=not restore)
    everyone(stores, tmp_path / "final")
    assert same_everywhere(stores) == []
    for s in stores:
        with s.read() as ses:
            assert ses.get_one(Training, tid).deleted is not restore
            # Restoring brings back what was deleted with the training, too.
            assert ses.get_one(Session, first).deleted is not restore
            assert ses.get_one(Session, second).deleted is not restore


def test_a_cleared_mark_never_swallows_a_concurrent_mark(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b, c = stores = three(make_store)
    tid = create_training(a, {"title": "Т", "start_date": "2026-03-01", "end_date": "2026-03-01"})
    sid = add_session(a, tid, {"date": "2026-03-01"})
    pid = create_person(a, {"full_name": "Гүлнара Исакова"})
    enrol(a, tid, [pid])
    everyone(stores, tmp_path / "seed")
    mark_one(a, sid, pid, "present")
    mark_one(a, sid, pid, None)  # A clears its mark
    mark_one(b, sid, pid, "late")  # the co-trainer marks the same person meanwhile
    everyone(stores, tmp_path / "mid")
    [conflict] = same_everywhere(stores)
    assert (conflict.kind, conflict.entity) == ("deleted", "attendance_mark")
    assert [v.value["status"] for v in conflict.versions] == ["late"]
    review.settle_deleted(c, "attendance_mark", link_id(sid, pid), keep_deleted=False)
    everyone(stores, tmp_path / "final")
    assert same_everywhere(stores) == []
    for s in stores:
        with s.read() as ses:
            mark = ses.get_one(AttendanceMark, link_id(sid, pid))
            assert (mark.deleted, mark.status) == (False, "late")


@pytest.mark.parametrize("keep", [True, False])
def test_approved_minutes_are_not_rewritten_by_an_offline_edit(
    make_store: MakeStore, tmp_path: Path, keep: bool
) -> None:
    a, b, c = stores = three(make_store)
    mid = create_meeting(
        a, {"kind": "ngo", "title": "Кеңеш", "date": "2026-04-02", "minutes": "Approved text"}
    )
    everyone(stores, tmp_path / "seed")
    update_meeting(b, mid, {"minutes": "Changed offline"})
    approve_minutes(a, mid, "Coordinator")
    everyone(stores, tmp_path / "mid")
    [conflict] = same_everywhere(stores)
    assert (conflict.kind, conflict.field) == ("amendment", "minutes")
    assert [v.value for v in conflict.versions] == ["Approved text", "Changed offline"]
    for s in stores:
        details = get_meeting(s, mid)
        assert details.approved and details.values["minutes"] == "Approved text"
    review.settle(c, "meeting", mid, "minutes", accept=keep)
    everyone(stores, tmp_path / "final")
    assert same_everywhere(stores) == []
    for s in stores:
        with s.read() as ses:
            m = ses.get_one(Meeting, mid)
            assert m.minutes == ("Changed offline" if keep else "Approved text")
            assert m.approved_at is not None


def test_the_same_person_added_to_a_meeting_on_two_laptops_is_listed_once(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b, _c = stores = three(make_store)
    mid = create_meeting(a, {"kind": "ngo", "title": "Кеңеш", "date": "2026-04-02"})
    pid = create_person(a, {"full_name": "Мээрим Алыбаева"})
    everyone(stores, tmp_path / "seed")
    add_attendee(a, mid, person_id=pid)
    add_attendee(b, mid, person_id=pid)
    everyone(stores, tmp_path / "mid")
    assert same_everywhere(stores) == []
    for s in stores:
        assert [x.person_id for x in get_meeting(s, mid).attendees] == [pid]


def test_resolve_with_a_date_value_through_the_real_cli(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b, c = stores = three(make_store)
    pid = create_person(a, {"full_name": "Чолпон Сыдыкова"})
    everyone(stores, tmp_path / "seed")
    update_person(a, pid, {"birth_date": "1990-01-01"})
    update_person(b, pid, {"birth_date": "1991-02-02"})
    everyone(stores, tmp_path / "mid")
    home = c.home.root
    c.close()
    listed = tirek(home, "sync", "conflicts")
    assert listed.returncode == 0 and '"1991-02-02"' in listed.stdout
    done = tirek(home, "sync", "resolve", "person", pid, "birth_date", "--value", '"1991-02-02"')
    assert done.returncode == 0, done.stderr
    bad = tirek(home, "sync", "resolve", "person", pid, "birth_date", "--value", '"2 Feb"')
    assert bad.returncode == 2, bad.stderr  # a message, not a crash
    c = Store.open(home)
    stores = (a, b, c)
    everyone(stores, tmp_path / "final")
    assert same_everywhere(stores) == []
    for s in stores:
        assert str(person(s, pid).birth_date) == "1991-02-02"
    c.close()


def test_statements_on_syncable_tables_outside_the_writer_are_refused(store: Store) -> None:
    from sqlalchemy import update

    pid = create_person(store, {"full_name": "Айзада Орозова"})
    with pytest.raises(RuntimeError, match="syncable"), store.write() as w:
        w.session.execute(update(Person).where(Person.id == pid).values(phone="1"))
    with store.read() as s:
        assert s.scalar(select(Person.phone).where(Person.id == pid)) is None
