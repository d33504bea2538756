"""Property: replicas doing random work and exchanging random (duplicated, reordered,
stale) bundles all converge to the same digest, and no op anyone made is lost."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.core.errors import TirekError
from app.core.models import Op
from app.core.services.attendance import mark_one
from app.core.services.deletion import delete
from app.core.services.duplicates import merge_people
from app.core.services.meetings import approve_minutes, create_meeting, update_meeting
from app.core.services.people import create_person, update_person
from app.core.services.trainings import add_session, create_training, delete_session, enrol
from app.core.store import Store
from app.sync import exchange, review, state
from tests.sync.helpers import digest, scratch, send

_TEMPLATE: list[Path] = []


def _template() -> Path:
    """A migrated, empty database made once; each replica starts from a copy."""
    if not _TEMPLATE:
        root = Path(tempfile.mkdtemp(prefix="tirek-template-"))
        Store.open(root / "home").close()
        _TEMPLATE.append(root / "home" / "tirek.sqlite3")
    return _TEMPLATE[0]


def _replica(root: Path, name: str) -> Store:
    home = root / name
    home.mkdir()
    shutil.copy(_template(), home / "tirek.sqlite3")
    store = Store.open(home)
    store.initialise(name, "coordinator")  # every laptop merges and approves (rights.py)
    return store


_NETWORKS: dict[int, tuple[Path, list[str]]] = {}


def _network(n: int) -> tuple[Path, list[str]]:
    """n replicas that trust each other and all hold R0's training, session and meeting:
    made once per n and per process (the introductions are n * (n - 1) exchanges, most of
    an example's time); each example works on its own copy of these home folders."""
    if n not in _NETWORKS:
        root = Path(tempfile.mkdtemp(prefix=f"tirek-prop{n}-", dir=scratch()))
        atexit.register(shutil.rmtree, root, True)
        stores = [_replica(root, f"R{i}") for i in range(n)]
        folder = root / "files"
        try:
            tid = create_training(
                stores[0], {"title": "T", "start_date": "2026-01-10", "end_date": "2026-01-11"}
            )
            sid = add_session(stores[0], tid, {"date": "2026-01-10"})
            mid = create_meeting(
                stores[0], {"kind": "ngo", "title": "M", "date": "2026-01-12", "minutes": "m0"}
            )
            for i in range(n):  # everyone trusts everyone; all start with the training
                for j in range(n):
                    if i != j:
                        send(stores[i], stores[j], folder / f"seed{i}-{j}")
            for i in range(1, n):
                send(stores[0], stores[i], folder / f"seed2-{i}")
        finally:
            for store in stores:
                store.close()
        shutil.rmtree(folder)
        _NETWORKS[n] = (root, [tid, sid, mid])
    return _NETWORKS[n]


step = st.one_of(
    st.tuples(st.just("create"), st.integers(0, 4)),
    st.tuples(
        st.just("edit"),
        st.integers(0, 4),
        st.integers(0, 9),
        st.sampled_from(["phone", "notes", "full_name"]),
        st.sampled_from(["a", "b", "c"]),
    ),
    st.tuples(st.just("delete"), st.integers(0, 4), st.integers(0, 9)),
    st.tuples(
        st.just("mark"),
        st.integers(0, 4),
        st.integers(0, 9),
        st.sampled_from(["present", "absent", "late", None]),
    ),
    st.tuples(st.just("merge"), st.integers(0, 4), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("sync"), st.integers(0, 4), st.integers(0, 4), st.booleans()),
    st.tuples(st.just("replay"), st.integers(0, 4), st.integers(0, 50)),
    st.tuples(st.just("minutes"), st.integers(0, 4), st.sampled_from(["m1", "m2"])),
    st.tuples(st.just("approve"), st.integers(0, 4)),
    st.tuples(st.just("session"), st.integers(0, 4), st.booleans()),
    st.tuples(st.just("settle"), st.integers(0, 4), st.integers(0, 9)),
)


def _settle_one(store: Store, k: int) -> None:
    """Settle the k-th listed conflict with some answer that fits its kind."""
    listed = review.list_conflicts(store)
    if not listed:
        return
    c = listed[k % len(listed)]
    if c.kind in ("deleted", "orphan"):
        review.settle(store, c.entity, c.row_id, c.field, keep_deleted=k % 2 == 0)
    elif c.kind in ("merged", "amendment") and k % 3:
        review.settle(store, c.entity, c.row_id, c.field, accept=k % 2 == 0)
    elif c.kind != "merged":
        value = c.versions[k % len(c.versions)].value
        review.settle(store, c.entity, c.row_id, c.field, value=value, has_value=True)


@pytest.mark.long(15)
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(n=st.integers(3, 5), steps=st.lists(step, min_size=5, max_size=30))
def test_random_histories_converge_and_lose_nothing(n: int, steps: list[tuple]) -> None:  # type: ignore[type-arg]
    source, (tid, sid, mid) = _network(n)
    root = Path(tempfile.mkdtemp(prefix="tirek-prop-", dir=scratch()))
    for i in range(n):
        shutil.copytree(source / f"R{i}", root / f"R{i}")
    stores = [Store.open(root / f"R{i}") for i in range(n)]
    files: list[Path] = []
    folder = root / "files"
    folder.mkdir()
    try:
        sessions = [sid]
        people: list[str] = []
        for k, s in enumerate(steps):
            kind, r = s[0], s[1] % n
            store = stores[r]
            try:
                if kind == "create":
                    pid = create_person(store, {"full_name": f"P{len(people)}"})
                    enrol(store, tid, [pid])
                    people.append(pid)
                elif not people and kind in ("edit", "delete", "mark", "merge"):
                    continue
                elif kind == "edit":
                    update_person(store, people[s[2] % len(people)], {s[3]: s[4]})
                elif kind == "delete":
                    delete(store, "person", people[s[2] % len(people)])
                elif kind == "mark":
                    mark_one(store, sid, people[s[2] % len(people)], s[3])
                elif kind == "merge":
                    merge_people(store, people[s[2] % len(people)], people[s[3] % len(people)])
                elif kind == "minutes":
                    update_meeting(store, mid, {"minutes": s[2]})
                elif kind == "approve":
                    approve_minutes(store, mid, "C")
                elif kind == "session" and s[2]:
                    sessions.append(add_session(store, tid, {"date": "2026-01-11"}))
                elif kind == "session":
                    delete_session(store, sessions[-1])
                elif kind == "settle":
                    _settle_one(store, s[2])
                elif kind == "sync":
                    dst = stores[s[2] % n]
                    if dst is store:
                        continue
                    out = folder / f"step{k}"
                    out.mkdir()
                    name = None if s[3] else dst.require_identity().device_name
                    result = exchange.export_bundle(store, out, for_peer=name)
                    files.append(result.path)
                    receipt = exchange.import_file(dst, result.path)
                    assert receipt.status in ("applied", "known"), receipt
                elif kind == "replay" and files:
                    # An old file again, possibly out of order: never harmful.
                    receipt = exchange.import_file(store, files[s[2] % len(files)])
                    assert receipt.status in ("applied", "known") or (
                        receipt.status == "refused" and "earlier file" in receipt.message
                    ), receipt
            except TirekError:
                continue  # e.g. editing someone this laptop saw deleted: refused, as it should
        made = {}
        for s in stores:
            with s.read() as ses:
                made[s.require_identity().replica_id] = state.vector(ses)
        # Gossip to quiescence through R0.
        for rnd in range(2):
            for i in range(1, n):
                send(stores[i], stores[0], folder / f"final{rnd}-{i}-up")
            for i in range(1, n):
                send(stores[0], stores[i], folder / f"final{rnd}-{i}-down")
            vectors = []
            for s in stores:
                with s.read() as ses:
                    vectors.append(state.vector(ses))
            if all(v == vectors[0] for v in vectors):
                break  # quiet: a second round would move nothing
        digests = {digest(s) for s in stores}
        assert len(digests) == 1
        listed = [
            [(c.kind, c.entity, c.row_id, c.field) for c in review.list_conflicts(s)]
            for s in stores
        ]
        assert all(x == listed[0] for x in listed)
        union: dict[str, int] = {}
        for vec in made.values():
            for origin, seq in vec.items():
                union[origin] = max(union.get(origin, 0), seq)
        for s in stores:
            with s.read() as ses:
                assert state.vector(ses) == union
                assert ses.scalar(select(func.count()).select_from(Op)) == sum(union.values())
    finally:
        for s in stores:
            s.close()
        shutil.rmtree(root, ignore_errors=True)
