"""Merge rules between laptops: fields, conflicts, deletes, clocks, restored backups."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from app.core import clock
from app.core.backup import restore_backup
from app.core.models import AttendanceMark, PastReplica, Session, Training, link_id
from app.core.services.attendance import mark_one
from app.core.services.deletion import delete
from app.core.services.people import create_person, update_person
from app.core.services.trainings import add_session, create_training, enrol
from app.core.store import Store
from app.sync import review
from tests.sync.helpers import digest, person, send

MakeStore = Callable[..., Store]


def three(make_store: MakeStore) -> tuple[Store, Store, Store]:
    return (
        make_store("a", "A"),
        make_store("b", "B"),
        make_store("c", "Coordinator", "coordinator"),
    )


def spread(stores: tuple[Store, ...], folder: Path, order: list[tuple[int, int]]) -> None:
    for i, (x, y) in enumerate(order):
        send(stores[x], stores[y], folder / f"{i}-{x}-{y}")


def everyone(stores: tuple[Store, ...], folder: Path) -> None:
    """Two full rounds through the coordinator (index 2): everyone then has everything."""
    for rnd in range(2):
        for i in (0, 1):
            send(stores[i], stores[2], folder / f"r{rnd}-{i}-up")
        for i in (0, 1):
            send(stores[2], stores[i], folder / f"r{rnd}-{i}-down")


ORDERS = list(itertools.permutations([(0, 2), (1, 2), (2, 0), (2, 1)]))[::5]


@pytest.mark.parametrize("order", ORDERS)
def test_concurrent_edits_of_different_fields_both_survive(
    make_store: MakeStore, tmp_path: Path, order: tuple[tuple[int, int], ...]
) -> None:
    a, b, c = stores = three(make_store)
    pid = create_person(a, {"full_name": "Айгүл Бекова"})
    everyone(stores, tmp_path / "seed")
    update_person(a, pid, {"phone": "+996555000111"})
    update_person(b, pid, {"notes": "moved to Osh"})
    spread(stores, tmp_path, list(order))
    everyone(stores, tmp_path / "final")
    for s in stores:
        p = person(s, pid)
        assert (p.phone, p.notes) == ("+996555000111", "moved to Osh")
        assert review.list_conflicts(s) == []
    assert digest(a) == digest(b) == digest(c)


@pytest.mark.parametrize("order", ORDERS)
def test_same_field_same_winner_everywhere_and_resolution_clears_it(
    make_store: MakeStore, tmp_path: Path, order: tuple[tuple[int, int], ...]
) -> None:
    a, b, c = stores = three(make_store)
    pid = create_person(a, {"full_name": "Нургүл Асанова"})
    everyone(stores, tmp_path / "seed")
    update_person(a, pid, {"phone": "+996555000001"})
    update_person(b, pid, {"phone": "+996555000002"})
    spread(stores, tmp_path, list(order))
    everyone(stores, tmp_path / "mid")
    shown = {person(s, pid).phone for s in stores}
    assert len(shown) == 1
    for s in stores:
        conflicts = review.list_conflicts(s)
        assert len(conflicts) == 1
        assert {v.value for v in conflicts[0].versions} == {"+996555000001", "+996555000002"}
        assert conflicts[0].shown == next(iter(shown))
    assert digest(a) == digest(b) == digest(c)
    # The coordinator keeps the value that lost; the decision travels everywhere.
    loser = conflicts[0].versions[1].value
    review.resolve_conflict(c, "person", pid, "phone", loser)
    everyone(stores, tmp_path / "after")
    for s in stores:
        assert person(s, pid).phone == loser
        assert review.list_conflicts(s) == []
    assert digest(a) == digest(b) == digest(c)


def test_choosing_the_shown_value_also_settles_the_conflict(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b, c = stores = three(make_store)
    pid = create_person(a, {"full_name": "Бегимай Токтобекова"})
    everyone(stores, tmp_path / "seed")
    update_person(a, pid, {"full_name": "Бегимай Т."})
    update_person(b, pid, {"full_name": "Бегимай Токтобек кызы"})
    everyone(stores, tmp_path / "mid")
    shown = review.list_conflicts(c)[0].shown
    review.resolve_conflict(c, "person", pid, "full_name", shown)
    everyone(stores, tmp_path / "after")
    assert all(review.list_conflicts(s) == [] for s in stores)
    assert {person(s, pid).full_name for s in stores} == {shown}


def test_delete_travels_and_an_edit_concurrent_with_it_is_a_conflict(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b, c = stores = three(make_store)
    pid = create_person(a, {"full_name": "Жазгүл Мамытова"})
    everyone(stores, tmp_path / "seed")
    delete(a, "person", pid)
    update_person(b, pid, {"phone": "+996700123456"})  # B has not heard of the delete
    everyone(stores, tmp_path / "mid")
    for s in stores:
        p = person(s, pid)
        assert p.deleted  # no silent resurrection
        assert p.phone == "+996700123456"  # no silent loss
        [conflict] = review.list_conflicts(s)
        assert conflict.field == "deleted"
        assert conflict.versions[0].value == "+996700123456"
    assert digest(a) == digest(b) == digest(c)
    review.settle_deleted(c, "person", pid, keep_deleted=False)
    everyone(stores, tmp_path / "after")
    for s in stores:
        assert not person(s, pid).deleted
        assert review.list_conflicts(s) == []
    assert digest(a) == digest(b) == digest(c)


def test_a_stale_laptop_cannot_bring_a_deleted_record_back(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b, c = stores = three(make_store)
    pid = create_person(a, {"full_name": "Асель Жумабаева"})
    everyone(stores, tmp_path / "seed")
    delete(a, "person", pid)
    everyone(stores, tmp_path / "mid")
    # B re-sends its old full bundle (from before the delete): nothing comes back.
    send(b, c, tmp_path / "stale", full=True)
    send(c, a, tmp_path / "stale2", full=True)
    assert all(person(s, pid).deleted for s in stores)
    assert digest(a) == digest(b) == digest(c)


def test_two_trainers_marking_the_same_person_merge_field_by_field(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b, c = stores = three(make_store)
    tid = create_training(
        a, {"title": "Лидерлик", "start_date": "2026-03-01", "end_date": "2026-03-01"}
    )
    sid = add_session(a, tid, {"date": "2026-03-01"})
    pid = create_person(a, {"full_name": "Гүлнара Исакова"})
    enrol(a, tid, [pid])
    everyone(stores, tmp_path / "seed")
    mark_one(a, sid, pid, "present")
    mark_one(b, sid, pid, "present")  # the same mark row (id from the pair), created twice
    everyone(stores, tmp_path / "mid")
    assert all(review.list_conflicts(s) == [] for s in stores)
    mark_one(b, sid, pid, "late")
    everyone(stores, tmp_path / "after")
    for s in stores:
        with s.read() as ses:
            mark = ses.get_one(AttendanceMark, link_id(sid, pid))
            assert mark.status == "late"
        assert review.list_conflicts(s) == []
    assert digest(a) == digest(b) == digest(c)


class _Clock:
    def __init__(self, offset_ms: int) -> None:
        self.offset_ns = offset_ms * 1_000_000

    def time_ns(self) -> int:
        import time

        return time.time_ns() + self.offset_ns


def test_a_clock_a_year_ahead_cannot_beat_a_causally_later_edit(
    make_store: MakeStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, c = stores = three(make_store)
    pid = create_person(a, {"full_name": "Айзада Орозова"})
    everyone(stores, tmp_path / "seed")
    year = 365 * 86_400_000
    with monkeypatch.context() as m:
        m.setattr(clock, "time", _Clock(year))
        update_person(a, pid, {"phone": "+996555999999"})  # stamped a year ahead
    receipt = send(a, b, tmp_path / "wild")
    assert "365.0 days" in receipt.message  # the wild clock is reported (not who is wrong:
    # only A has written, so nothing here tells whether A or B has the wrong date)
    with b.read() as s:
        from app.core.models import Installation

        last = s.get_one(Installation, 1).last_hlc
    assert clock.stamp_ms(last) < clock.wall_ms() + 3_600_000  # B's clock was not dragged
    update_person(b, pid, {"phone": "+996555000777"})  # B saw A's edit: a later edit
    everyone(stores, tmp_path / "final")
    for s in stores:
        assert person(s, pid).phone == "+996555000777"
        assert review.list_conflicts(s) == []
    assert digest(a) == digest(b) == digest(c)


def test_a_restored_backup_takes_a_new_identity_and_collides_with_nothing(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b, c = stores = three(make_store)
    p1 = create_person(a, {"full_name": "Чолпон Сыдыкова"})
    everyone(stores, tmp_path / "seed")
    old_replica = a.require_identity().replica_id
    backup = tmp_path / "backup.sqlite3"
    a.close()
    shutil.copy(a.home.database, backup)
    a = Store.open(a.home.root)
    p2 = create_person(a, {"full_name": "Эльмира Абдыкадырова"})  # seq 2 of old replica
    send(a, c, tmp_path / "before-restore")
    a.close()
    restore_backup(a.home, backup)  # the laptop is restored from the backup
    a = Store.open(a.home.root)
    with a.read() as ses:
        assert ses.get(PastReplica, old_replica) is not None
    assert a.require_identity().replica_id != old_replica
    p3 = create_person(a, {"full_name": "Толгонай Бакирова"})  # would have been seq 2 again
    stores = (a, b, c)
    everyone(stores, tmp_path / "final")
    for s in stores:
        names = {person(s, p).full_name for p in (p1, p2, p3)}
        assert names == {"Чолпон Сыдыкова", "Эльмира Абдыкадырова", "Толгонай Бакирова"}
    assert digest(a) == digest(b) == digest(c)
    a.close()


def test_audit_trail_names_who_changed_what_on_which_laptop(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b, _ = stores = three(make_store)
    pid = create_person(a, {"full_name": "Мээрим Алыбаева"})
    everyone(stores, tmp_path / "seed")
    update_person(b, pid, {"phone": "+996555123123"})
    everyone(stores, tmp_path / "final")
    for s in stores:
        trail = review.audit_trail(s, "person", pid)
        got: list[tuple[str, str | None, Any]] = [(e.device, e.field, e.kind) for e in trail]
        assert got == [("A", None, "create"), ("B", "phone", "set")]


def test_every_kind_of_value_travels_exactly(make_store: MakeStore, tmp_path: Path) -> None:
    """Dates, times, numbers and Cyrillic text arrive as they were typed."""
    a, b = make_store("a", "A"), make_store("b", "B")
    tid = create_training(
        a, {"title": "Тренинг Ө", "start_date": "2026-05-04", "end_date": "2026-05-05"}
    )
    sid = add_session(
        a, tid, {"date": "2026-05-04", "start_time": "09:30", "end_time": "13:15", "topic": "Ү"}
    )
    send(a, b, tmp_path / "1")
    with b.read() as s:
        row = s.get_one(Session, sid)
        assert (row.start_time, row.end_time, row.hours, row.topic) == (
            time(9, 30),
            time(13, 15),
            3.75,
            "Ү",
        )
        assert s.get_one(Training, tid).start_date == date(2026, 5, 4)
    assert digest(a) == digest(b)
