"""Coordinator-only changes from a laptop the network does not know as a coordinator wait.

A trainer's laptop whose role was changed in its own database (anyone holding it can do
that) merges people and approves minutes. Another laptop of the network receives those
changes by sync and holds them (app/sync/held.py): listed by `tirek sync status`, not
applied, released once the network knows that laptop as a coordinator. The same changes
from the coordinator apply at once.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.core.errors import TirekError
from app.core.models import Meeting, Op, Person, SyncWaitingRow
from app.core.services import issuers, meetings
from app.core.services.duplicates import merge_people
from app.core.services.people import create_person, update_person
from app.core.store import Store
from app.sync import exchange, waiting
from tests.cli_runner import tirek
from tests.rawdb import connect_raw
from tests.sync.helpers import installation, scratch, send

MakeStore = Callable[..., Store]


def network(coordinator: Store, *others: Store) -> issuers.Invitation:
    """The coordinator starts a network; every other laptop joins with its invitation."""
    issuers.start_network(coordinator)
    inv = issuers.invitation(coordinator)
    for other in others:
        issuers.join_network(other, inv)
    return inv


def forge_role(store: Store, role: str = "coordinator") -> None:
    """What anyone holding the laptop could do: edit the role in its database."""
    with connect_raw(store.home.database) as db:
        db.execute("UPDATE installation SET role = ?", (role,))
    store.forget_identity_cache()


def _person(store: Store, person_id: str) -> Person:
    with store.read() as s:
        row = s.get(Person, person_id)
        assert row is not None
        s.expunge(row)
        return row


def _approved(store: Store, meeting_id: str) -> bool:
    with store.read() as s:
        row = s.get(Meeting, meeting_id)
        assert row is not None
        return row.approved_at is not None


def _meeting(store: Store) -> str:
    return meetings.create_meeting(
        store, {"kind": "ngo", "title": "Айлык жолугушуу", "date": "2026-02-05", "minutes": "Ok"}
    )


def _held(store: Store) -> list[waiting.WaitingRows]:
    with store.read() as s:
        _changes, rows = waiting.summary(s)
    return [r for r in rows if r.waiting_for.startswith("coordinator:")]


def test_a_trainers_merge_and_approval_are_held_the_coordinators_apply(
    make_store: MakeStore, tmp_path: Path
) -> None:
    coord = make_store("c", "Bishkek", "coordinator")
    osh = make_store("a", "Osh-1", "trainer")
    talas = make_store("b", "Talas-2", "trainer")
    network(coord, osh, talas)
    twin = create_person(coord, {"full_name": "Aigul Bekova"})
    keep = create_person(coord, {"full_name": "Айгүл Бекова"})
    other_twin = create_person(coord, {"full_name": "Bermet Asanova"})
    other_keep = create_person(coord, {"full_name": "Бермет Асанова"})
    mid, coord_mid = _meeting(coord), _meeting(coord)
    send(coord, osh, tmp_path / "seed-a")
    send(coord, talas, tmp_path / "seed-b")

    forge_role(osh)  # Osh-1's own services now let it merge and approve
    update_person(osh, twin, {"phone": "+996555000001"})  # an ordinary edit of the same row
    merge_people(osh, twin, keep)
    meetings.approve_minutes(osh, mid)
    receipt = send(osh, talas, tmp_path / "from-osh")
    assert "records wait" in receipt.message

    assert _person(talas, twin).merged_into_id is None  # held: nothing of it applied
    assert _person(talas, twin).phone == "+996555000001"  # the rest of the row applied
    assert not _approved(talas, mid)
    held = _held(talas)
    assert {r.entity for r in held} == {"person", "meeting"}
    # A local edit of a held record on Talas-2 does not apply the held merge either.
    update_person(talas, twin, {"notes": "called"})
    assert _person(talas, twin).merged_into_id is None

    home = talas.home.root
    status = tirek(home, "sync", "status")
    assert status.returncode == 0, status.stderr
    assert "only a coordinator may make" in status.stdout and "Osh-1" in status.stdout

    # The same kinds of change from the coordinator apply at once.
    merge_people(coord, other_twin, other_keep)
    meetings.approve_minutes(coord, coord_mid)
    send(coord, talas, tmp_path / "from-coord")
    assert _person(talas, other_twin).merged_into_id == other_keep
    assert _approved(talas, coord_mid)
    assert _person(talas, twin).merged_into_id is None

    # The network makes Osh-1 a coordinator (its key among the issuer keys): released.
    osh_key = osh.require_identity().public_key
    inv = issuers.invitation(coord)
    issuers.join_network(talas, issuers.Invitation(inv.network, (*inv.issuer_keys, osh_key), ""))
    assert exchange.recheck_held(talas) == 0
    assert _person(talas, twin).merged_into_id == keep
    assert _approved(talas, mid)
    assert _held(talas) == []


def test_a_retirement_by_a_trainer_is_not_shown(make_store: MakeStore, tmp_path: Path) -> None:
    coord = make_store("c", "Bishkek", "coordinator")
    osh = make_store("a", "Osh-1", "trainer")
    talas = make_store("b", "Talas-2", "trainer")
    network(coord, osh, talas)
    send(talas, osh, tmp_path / "hello")
    forge_role(osh)
    exchange.retire(osh, "Talas-2")  # a trainer pretending to retire a laptop network-wide
    send(osh, coord, tmp_path / "up")
    with coord.read() as s:
        from app.core.models import DeviceRetirement

        assert list(s.scalars(select(DeviceRetirement))) == []
    assert [r.entity for r in _held(coord)] == ["device_retirement"]


# -- property: whatever mixed-role laptops do, only coordinators' merges and approvals show
_BASE: list[Path] = []
PEOPLE, MEETINGS = 6, 3


def _base() -> Path:
    """Four home folders (coordinator C, forged trainers A and B, observer O) in one
    network, sharing six people and three meetings: built once, copied per example."""
    if _BASE:
        return _BASE[0]
    root = Path(tempfile.mkdtemp(prefix="tirek-roles-", dir=scratch()))
    atexit.register(shutil.rmtree, root, True)  # RAM-backed: freed at exit
    stores = {
        "C": installation(root / "C", "Bishkek", "coordinator"),
        "A": installation(root / "A", "Osh-1", "trainer"),
        "B": installation(root / "B", "Talas-2", "trainer"),
        "O": installation(root / "O", "Naryn-3", "trainer"),
    }
    network(stores["C"], stores["A"], stores["B"], stores["O"])
    for i in range(PEOPLE):
        create_person(stores["C"], {"full_name": f"Person {i}"})
    for _ in range(MEETINGS):
        _meeting(stores["C"])
    for name in ("A", "B", "O"):
        send(stores["C"], stores[name], root / "seed" / name)
    for name in ("A", "B"):
        forge_role(stores[name])
    for s in stores.values():
        s.close()
    _BASE.append(root)
    return root


ACTION = st.tuples(
    st.sampled_from(["C", "A", "B"]),
    st.one_of(
        st.tuples(st.just("merge"), st.integers(0, PEOPLE - 1), st.integers(0, PEOPLE - 1)),
        st.tuples(st.just("approve"), st.integers(0, MEETINGS - 1), st.just(0)),
    ),
)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(actions=st.lists(ACTION, max_size=8), order=st.permutations(["C", "A", "B"]))
def test_coordinator_only_effects_come_only_from_coordinators(
    actions: list[tuple[str, tuple[str, int, int]]], order: list[str]
) -> None:
    root = Path(tempfile.mkdtemp(prefix="tirek-roles-ex-", dir=scratch()))
    stores: dict[str, Store] = {}
    try:
        for name in ("C", "A", "B", "O"):
            shutil.copytree(_base() / name, root / name)
            stores[name] = Store.open(root / name)
        with stores["C"].read() as s:
            people = sorted(s.scalars(select(Person.id)))
            meets = sorted(s.scalars(select(Meeting.id)))
        coord = stores["C"].require_identity().replica_id
        for who, (kind, i, j) in actions:
            try:
                if kind == "merge":
                    merge_people(stores[who], people[i], people[j])
                else:
                    meetings.approve_minutes(stores[who], meets[i])
            except TirekError:
                pass  # refused as a user would be (merged already, into itself ...)
        for k, name in enumerate(order):
            send(stores[name], stores["O"], root / "files" / f"{k}")
        observer = stores["O"]
        with observer.read() as s:
            by_coord = {
                (o.entity, o.row_id)
                for o in s.scalars(
                    select(Op).where(
                        Op.replica_id == coord, Op.field.in_(("merged_into_id", "approved_at"))
                    )
                )
            }
            merged = [p.id for p in s.scalars(select(Person)) if p.merged_into_id is not None]
            approved = [m.id for m in s.scalars(select(Meeting)) if m.approved_at is not None]
            foreign = {
                (o.entity, o.row_id)
                for o in s.scalars(
                    select(Op).where(
                        Op.replica_id != coord, Op.field.in_(("merged_into_id", "approved_at"))
                    )
                )
            }
            held = {
                (w.entity, w.row_id)
                for w in s.scalars(select(SyncWaitingRow))
                if w.waiting_for.startswith("coordinator:")
            }
        for pid in merged:
            assert ("person", pid) in by_coord
        for mid in approved:
            assert ("meeting", mid) in by_coord
        assert held == foreign  # every such change of a trainer's laptop, and only those
    finally:
        for s in stores.values():
            s.close()
        shutil.rmtree(root, ignore_errors=True)
