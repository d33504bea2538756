"""The one write path: rows and their ops commit together, or neither does."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.core.models import FieldHead, Installation, Person, new_id
from app.core.store import Store
from tests.conftest import op_count, ops


def test_create_update_delete_leave_exactly_their_ops(store: Store) -> None:
    pid = new_id()
    with store.write() as w:
        w.create(Person, {"full_name": "Айгүл Бекова", "sex": "female"}, pid)
    with store.write() as w:
        assert w.update(Person, pid, {"full_name": "Айгүл Бекова", "birth_year": 1990}) == {
            "birth_year"
        }
    with store.write() as w:
        w.delete(Person, pid)
    log = ops(store)
    assert [(o.kind, o.field) for o in log] == [
        ("create", None),
        ("set", "birth_year"),
        ("delete", None),
    ]
    assert [o.seq for o in log] == [1, 2, 3]
    assert json.loads(log[0].value or "") == {"full_name": "Айгүл Бекова", "sex": "female"}
    assert json.loads(log[1].value or "") == 1990
    assert {o.author for o in log} == {"Osh-1"}
    assert {o.replica_id for o in log} == {store.require_identity().replica_id}
    assert log[0].hlc < log[1].hlc < log[2].hlc
    # The delete names what it supersedes: the edited field's op, and the create that still
    # holds every other field (so a concurrent create elsewhere stays concurrent).
    r = log[1].replica_id
    assert json.loads(log[2].parents or "") == [f"{r}:1", f"{r}:2"]


def test_an_edit_names_the_edit_it_supersedes(store: Store) -> None:
    pid = new_id()
    with store.write() as w:
        w.create(Person, {"full_name": "Нургүл Асанова"}, pid)
        w.update(Person, pid, {"phone": "+996555000001"})
    with store.write() as w:
        w.update(Person, pid, {"phone": "+996555000002"})
    first, second = (o for o in ops(store) if o.field == "phone")
    assert second.parents == json.dumps([f"{first.replica_id}:{first.seq}"])
    with store.read() as s:
        heads = s.scalars(select(FieldHead).where(FieldHead.field == "phone")).all()
    assert [(h.replica_id, h.seq) for h in heads] == [(second.replica_id, second.seq)]


def test_a_failed_unit_of_work_leaves_no_row_and_no_op(store: Store) -> None:
    before = op_count(store)
    with pytest.raises(RuntimeError, match="boom"), store.write() as w:
        w.create(Person, {"full_name": "Үмүт Осмонова"}, new_id())
        raise RuntimeError("boom")
    assert op_count(store) == before
    with store.read() as s:
        assert s.scalars(select(Person)).all() == []
        assert s.scalar(select(Installation.next_seq)) == 1


def test_orm_writes_of_syncable_rows_are_refused(store: Store) -> None:
    with pytest.raises(RuntimeError, match="syncable"), store.write() as w:
        w.session.add(Person(id=new_id(), full_name="X", name_key="x"))
        w.session.flush()
    assert op_count(store) == 0


def test_listeners_hear_which_records_changed(store: Store) -> None:
    heard: list[frozenset[str]] = []
    store.subscribe(heard.append)
    with store.write() as w:
        w.create(Person, {"full_name": "Бермет Токтогулова"}, new_id())
    assert heard == [frozenset({"person"})]


def test_a_copied_database_takes_a_new_replica_id(make_store: Callable[..., Store]) -> None:
    store = make_store("laptop")
    with store.write() as w:
        w.create(Person, {"full_name": "Жаңыл Сыдыкова"}, new_id())
    old = store.require_identity().replica_id
    store.close()
    # The database file travels to another home folder (no incarnation marker there).
    other = make_store("copy", device=None)
    other.close()
    other.home.database.unlink()
    store.home.database.replace(other.home.database)
    copy = Store.open(other.home.root)
    try:
        assert copy.retired_replica == old
        ident = copy.require_identity()
        assert ident.replica_id != old
        with copy.write() as w:
            w.create(Person, {"full_name": "Чолпон Исакова"}, new_id())
        newest = max(ops(copy), key=lambda o: o.hlc)
        assert (newest.replica_id, newest.seq) == (ident.replica_id, 1)
    finally:
        copy.close()
