"""A laptop never stalls: ops whose dependencies are not here yet wait, then apply.

Two ways a file can need what is not here: it continues an earlier file of some laptop
(a per-origin gap), or its ops refer to rows another laptop created (a cross-origin
dependency). Both wait (app/sync/waiting.py) and apply when the rest arrives, in any
order of files and approvals.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.core.errors import NotFoundError
from app.core.models import SyncBufferedOp, SyncWaitingRow
from app.core.services.attendance import mark_one
from app.core.services.people import create_person, update_person
from app.core.services.trainings import add_session, create_training, enrol, update_training
from app.core.store import Store
from app.sync import exchange, state
from tests.cli_runner import tirek
from tests.sync.cli_helpers import digest_of, ok
from tests.sync.helpers import digest, person, scratch, send

MakeStore = Callable[..., Store]


def _waiting(store: Store) -> tuple[int, int]:
    with store.read() as s:
        buffered = s.scalar(select(func.count()).select_from(SyncBufferedOp)) or 0
        rows = s.scalar(select(func.count()).select_from(SyncWaitingRow)) or 0
    return int(buffered), int(rows)


def _vector(store: Store) -> dict[str, int]:
    with store.read() as s:
        return state.vector(s)


def _trust_all(store: Store, *names: str) -> None:
    """Approve each sender this laptop has heard of, in the given order."""
    for name in names:
        try:
            exchange.trust(store, name)
        except NotFoundError:
            continue


def test_ops_depending_on_another_laptops_rows_wait_for_them(
    make_store: MakeStore, tmp_path: Path
) -> None:
    """B's file (without A's ops) reaches C first: C applies it, B's rows wait for A's."""
    a, b, c = make_store("a", "A"), make_store("b", "B"), make_store("c", "C", "coordinator")
    tid = create_training(
        a, {"title": "Лидерлик", "start_date": "2026-03-01", "end_date": "2026-03-02"}
    )
    sid = add_session(a, tid, {"date": "2026-03-01"})
    pid = create_person(a, {"full_name": "Айгерим"})
    send(a, b, tmp_path / "ab")
    enrol(b, tid, [pid])
    mark_one(b, sid, pid, "present")
    update_person(b, pid, {"phone": "+996555000111"})
    # B writes only its own news (as the shared folder does once its peers have A's ops).
    only_b = exchange.export_bundle(b, tmp_path, base=_vector(a)).path
    from_a = exchange.export_bundle(a, tmp_path).path
    assert exchange.import_file(c, only_b).status == "held"
    assert exchange.import_file(c, from_a).status == "held"
    _, receipts = exchange.trust(c, "B")  # the "wrong" order: B before A
    assert [r.status for r in receipts] == ["applied"], receipts
    assert "wait" in receipts[0].message
    assert _waiting(c)[1] >= 3  # the enrolment, the mark, and P (only an edit is here)
    overview = exchange.overview(c)
    assert {r.entity for r in overview.waiting_rows} >= {"person", "enrolment"}
    status = ok(c.home.root, "sync", "status")
    assert "wait for their creation" in status and "enrolment records" in status
    _, receipts = exchange.trust(c, "A")
    assert [r.status for r in receipts] == ["applied"], receipts
    assert _waiting(c) == (0, 0)
    assert person(c, pid).phone == "+996555000111"
    assert digest(c) == digest(b)
    send(c, a, tmp_path / "ca")
    assert digest(a) == digest(b) == digest(c)


def test_files_of_one_laptop_in_reverse_order_wait_in_the_buffer(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, c = make_store("a", "A"), make_store("c", "C")
    files = []
    base: dict[str, int] = {}
    pids = []
    for i in range(3):
        pids.append(create_person(a, {"full_name": f"Адам {i}"}))
        update_person(a, pids[-1], {"phone": f"+99655500000{i}"})
        files.append(exchange.export_bundle(a, tmp_path, base=base).path)
        base = _vector(a)
    assert exchange.import_file(c, files[2]).status == "held"
    _, [receipt] = exchange.trust(c, "A")
    assert receipt.status == "applied" and receipt.ops_new == 2
    assert _waiting(c) == (2, 0)
    assert a.require_identity().replica_id not in _vector(c)  # op_log stays prefix-closed
    status = ok(c.home.root, "sync", "status")
    assert "2 changes from A wait for its changes 1..4" in status
    assert exchange.import_file(c, files[1]).status == "applied"
    assert _waiting(c) == (4, 0)
    assert exchange.import_file(c, files[2]).status == "known"  # a repeat changes nothing
    assert exchange.import_file(c, files[0]).status == "applied"
    assert _waiting(c) == (0, 0)
    assert _vector(c) == _vector(a)
    assert digest(c) == digest(a)
    assert [person(c, p).phone for p in pids] == [f"+99655500000{i}" for i in range(3)]


def test_a_forged_op_against_a_buffered_one_refuses_the_file(
    make_store: MakeStore, tmp_path: Path
) -> None:
    from app.core.identity import private_key
    from app.sync import bundle as fmt

    a, c = make_store("a", "A"), make_store("c", "C")
    create_person(a, {"full_name": "Бир"})
    first_top = _vector(a)
    create_person(a, {"full_name": "Эки"})
    later = exchange.export_bundle(a, tmp_path, base=first_top).path
    exchange.import_file(c, later)
    exchange.trust(c, "A")
    assert _waiting(c)[0] == 1
    real = fmt.read_bundle(later.read_bytes())
    forged_op = (*real.ops[0][:7], '{"full_name": "Forged"}', *real.ops[0][8:])
    manifest = {k: v for k, v in real.manifest.items() if k not in ("payload", "op_count")}
    manifest["bundle_id"] = "00000000-0000-4000-8000-000000000001"
    forged = tmp_path / "forged.tirek"
    forged.write_bytes(fmt.build_bundle(manifest, [forged_op], private_key(a.home)))
    before = digest(c)
    receipt = exchange.import_file(c, forged)
    assert receipt.status == "refused" and "differs from the one already here" in receipt.message
    assert digest(c) == before and _waiting(c)[0] == 1


# -- the same through the real command line, in a shared folder -------------------------
def test_approving_senders_in_the_wrong_order_converges_through_the_cli(
    tmp_path: Path,
) -> None:
    a, b, c, shared = tmp_path / "a", tmp_path / "b", tmp_path / "c", tmp_path / "shared"
    shared.mkdir()
    ok(a, "init", "--device-name", "Osh-1")
    ok(b, "init", "--device-name", "Naryn-2")
    ok(c, "init", "--device-name", "Late-3", "--role", "coordinator")
    out = ok(
        a, "training", "add", "--title", "Лидерлик", "--start", "2026-03-01", "--end", "2026-03-02"
    )
    training = out.strip().rsplit(" ", 1)[1]
    ok(a, "sync", "folder", str(shared))
    assert tirek(b, "sync", "folder", str(shared)).returncode == 3  # A's file held
    ok(b, "sync", "trust", "Osh-1")
    edit = Store.open(b)  # B edits A's training (no command sets a venue)
    update_training(edit, training, {"venue": "Нарын"})
    edit.close()
    ok(b, "sync", "folder", str(shared))  # B's news only: its trusted peer A has A's ops
    done = tirek(c, "sync", "folder", str(shared))
    assert done.returncode == 3, (done.stdout, done.stderr)  # both held, nothing stalls
    first = tirek(c, "sync", "trust", "Naryn-2")  # B first: its edit needs A's training
    assert first.returncode == 0, (first.stdout, first.stderr)
    assert "wait" in first.stdout
    assert "wait for their creation" in ok(c, "sync", "status")
    ok(c, "sync", "trust", "Osh-1")
    status = ok(c, "sync", "status")
    assert "waiting: nothing" in status
    assert "Нарын" in ok(c, "sync", "log", "training", training)
    assert digest_of(c) == digest_of(b)
    again = tirek(c, "sync", "folder", str(shared))
    assert again.returncode == 0, (again.stdout, again.stderr)


# -- property: any order, any repeats, any approval order: the same state --------------
_FILES: list[Path] = []
_EXPECTED: list[str] = []
_TEMPLATE: list[Path] = []


def _history() -> tuple[list[Path], str, Path]:
    """Files of three laptops, each holding only its news since its previous file."""
    if not _FILES:
        root = Path(tempfile.mkdtemp(prefix="tirek-waiting-", dir=scratch()))
        atexit.register(shutil.rmtree, root, True)  # RAM-backed: freed at exit
        Store.open(root / "template").close()
        _TEMPLATE.append(root / "template" / "tirek.sqlite3")
        stores = []
        for name in ("A", "B", "C"):
            home = root / name
            home.mkdir()
            shutil.copy(_TEMPLATE[0], home / "tirek.sqlite3")
            s = Store.open(home)
            s.initialise(name)
            stores.append(s)
        a, b, c = stores
        out = root / "files"
        out.mkdir()
        bases: dict[str, dict[str, int]] = {"A": {}, "B": {}, "C": {}}

        def news(s: Store) -> None:
            name = s.require_identity().device_name
            _FILES.append(exchange.export_bundle(s, out, base=bases[name]).path)
            bases[name] = _vector(s)

        tid = create_training(
            a, {"title": "T", "start_date": "2026-01-10", "end_date": "2026-01-11"}
        )
        sid = add_session(a, tid, {"date": "2026-01-10"})
        p1 = create_person(a, {"full_name": "P1"})
        news(a)
        send(a, b, root / "ab")
        send(a, c, root / "ac")
        p2 = create_person(b, {"full_name": "P2"})
        enrol(b, tid, [p1, p2])
        mark_one(b, sid, p1, "present")
        news(b)
        update_person(a, p1, {"phone": "+996700000001"})
        news(a)
        send(b, c, root / "bc")
        mark_one(c, sid, p2, "late")
        update_person(c, p2, {"notes": "из Оша"})
        news(c)
        update_person(b, p2, {"phone": "+996700000002"})
        news(b)
        for x in stores:
            for y in stores:
                if x is not y:
                    send(x, y, root / "all")
        _EXPECTED.append(digest(a))
        assert digest(b) == digest(c) == _EXPECTED[0]
        for s in stores:
            s.close()
    return _FILES, _EXPECTED[0], _TEMPLATE[0]


@pytest.mark.long(10)
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_order_of_files_and_approvals_gives_the_same_state(data: st.DataObject) -> None:
    files, expected, template = _history()
    order = data.draw(st.permutations(range(len(files))))
    repeats = data.draw(st.lists(st.sampled_from(range(len(files))), max_size=4))
    trust_order = data.draw(st.permutations(["A", "B", "C"]))
    trust_after = data.draw(st.integers(0, len(files)))
    root = Path(tempfile.mkdtemp(prefix="tirek-late-", dir=scratch()))
    try:
        home = root / "late"
        home.mkdir()
        shutil.copy(template, home / "tirek.sqlite3")
        late = Store.open(home)
        late.initialise("Late")
        try:
            sequence = [*order, *repeats]
            for k, i in enumerate(sequence):
                if k == trust_after:
                    _trust_all(late, *trust_order)
                receipt = exchange.import_file(late, files[i])
                assert receipt.status in ("applied", "known", "held"), receipt
            _trust_all(late, *trust_order)
            assert _waiting(late) == (0, 0)
            assert digest(late) == expected
        finally:
            late.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
