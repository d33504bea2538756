"""Property: a relay is believed on the origin's signature only. For random op logs split
over random files, an honest relay is always accepted, and any change to a relayed op (or
to the origin's checkpoint) made by the relaying laptop, which signs the file with its own
valid key, is always refused with nothing written."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.identity import private_key
from app.core.services.people import create_person, update_person
from app.core.store import Store
from app.sync import bundle as fmt
from app.sync import exchange, state
from tests.sync.helpers import digest, scratch, send
from tests.sync.test_property import _replica

action = st.one_of(
    st.tuples(st.just("create"), st.text(min_size=1, max_size=12).filter(str.strip)),
    st.tuples(
        st.just("edit"),
        st.integers(0, 20),
        st.sampled_from(["notes", "full_name"]),
        st.text(min_size=1, max_size=12).filter(str.strip),
    ),
)
tamper = st.tuples(
    st.sampled_from(["value", "hlc", "author", "row_id", "field", "parents", "drop", "swap", "cp"]),
    st.integers(0, 1000),
)


def _unseen(src: Store, dst: Store) -> int:
    """How many of src's ops dst does not hold (what an honest file from src brings)."""
    with src.read() as s:
        theirs = state.vector(s)
    with dst.read() as s:
        mine = state.vector(s)
    return sum(max(0, top - mine.get(origin, 0)) for origin, top in theirs.items())


def _work(store: Store, steps: list[tuple], people: list[str]) -> None:  # type: ignore[type-arg]
    for s in steps:
        if s[0] == "create" or not people:
            people.append(create_person(store, {"full_name": s[-1]}))
        else:
            update_person(store, people[s[1] % len(people)], {s[2]: s[3]})


def _tampered(data: bytes, how: str, pick: int, relayer: Store) -> bytes | None:
    b = fmt.read_bundle(data)
    ops = list(b.ops)
    if not ops:
        return None
    i = pick % len(ops)
    o = list(ops[i])
    manifest = {k: v for k, v in b.manifest.items() if k not in ("payload", "op_count")}
    if how == "value":
        o[7] = json.dumps("tampered")
    elif how == "hlc":
        o[2] = o[2] + 1
    elif how == "author":
        o[9] = o[9] + "x"
    elif how == "row_id":
        o[4] = "00000000-0000-4000-8000-000000000000"
    elif how == "field":
        o[5] = "notes" if o[5] != "notes" else "phone"
    elif how == "parents":
        o[8] = None if o[8] else json.dumps([f"{o[0]}:1"])
    elif how == "drop":
        # the relay leaves one op out and numbers the later ones down (still contiguous)
        origin, gone = ops[i][0], ops[i][1]
        first, last = manifest["ranges"][origin]
        if first == last:
            return None
        shifted = [
            (x[0], x[1] - 1 if x[0] == origin and x[1] > gone else x[1], *x[2:])
            for x in ops[:i] + ops[i + 1 :]
        ]
        manifest["ranges"] = {**manifest["ranges"], origin: [first, last - 1]}
        return fmt.build_bundle(manifest, shifted, private_key(relayer.home))
    elif how == "swap" and len(ops) > 1 and ops[i][0] == ops[i - 1][0]:
        a, c = ops[i - 1], ops[i]
        ops[i - 1] = (a[0], a[1], *c[2:])  # type: ignore[assignment]
        o = [c[0], c[1], *a[2:]]
    elif how == "cp":
        cps = manifest["checkpoints"]
        origin = next(iter(cps))
        digest_hex = cps[origin]["chain"]
        flipped = ("1" if digest_hex[0] != "1" else "2") + digest_hex[1:]
        manifest["checkpoints"] = {**cps, origin: {**cps[origin], "chain": flipped}}
        return fmt.build_bundle(manifest, ops, private_key(relayer.home))
    else:
        return None
    if tuple(o) == ops[i]:
        return None
    ops[i] = tuple(o)  # type: ignore[assignment]
    return fmt.build_bundle(manifest, ops, private_key(relayer.home))


@pytest.mark.long(10)
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    before=st.lists(action, min_size=0, max_size=5),
    after=st.lists(action, min_size=1, max_size=6),
    give_prefix=st.booleans(),
    tampers=st.lists(tamper, min_size=1, max_size=4),
)
def test_relays_are_believed_on_the_origins_signature_only(
    before: list[tuple],  # type: ignore[type-arg]
    after: list[tuple],  # type: ignore[type-arg]
    give_prefix: bool,
    tampers: list[tuple[str, int]],
) -> None:
    root = Path(tempfile.mkdtemp(prefix="tirek-sign-", dir=scratch()))
    origin, relay, receiver = (_replica(root, n) for n in ("O", "R", "C"))
    folder = root / "files"
    try:
        people: list[str] = []
        _work(origin, before, people)
        send(relay, receiver, folder / "intro")  # the receiver approves the relay only
        if give_prefix and before:
            send(origin, relay, folder / "p1")
            send(relay, receiver, folder / "p2")
        _work(origin, after, people)
        send(origin, relay, folder / "all")
        honest = exchange.export_bundle(relay, folder)
        data = honest.path.read_bytes()
        before_digest = digest(receiver)
        unseen = _unseen(relay, receiver)
        for how, pick in tampers:
            bad = _tampered(data, how, pick, relay)
            if bad is None:
                continue
            path = folder / "tampered.tirek"
            path.write_bytes(bad)
            receipt = exchange.import_file(receiver, path)
            assert receipt.status == "refused", (how, receipt)
            assert digest(receiver) == before_digest
        # An honest relay is accepted: "applied" when it brings something, "known" when
        # the receiver already holds every op in it (the prefix was given and every later
        # edit set a field to the value it had, which records no op).
        receipt = exchange.import_file(receiver, honest.path)
        assert receipt.status == ("applied" if unseen else "known"), receipt
        assert receipt.ops_new == unseen, receipt
        send(origin, receiver, folder / "direct")  # nothing left over, nothing differs
        assert digest(receiver) == digest(origin) == digest(relay)
    finally:
        for s in (origin, relay, receiver):
            s.close()
        shutil.rmtree(root, ignore_errors=True)


def test_a_relay_of_changes_already_here_is_known_and_a_tampered_copy_refused(
    tmp_path: Path,
) -> None:
    """The property's shrunk failure, named: the receiver got the prefix through the relay,
    then the origin "edited" a name to the value it had (no op is recorded), so the relay's
    next full file holds only ops the receiver has. The honest file is "known"; a copy with
    a known op's value changed is refused (never taken as known), with nothing written."""
    origin, relay, receiver = (_replica(tmp_path, n) for n in ("O", "R", "C"))
    folder = tmp_path / "files"
    try:
        pid = create_person(origin, {"full_name": "Айгүл"})
        send(relay, receiver, folder / "intro")
        send(origin, relay, folder / "p1")
        send(relay, receiver, folder / "p2")
        with origin.read() as s:
            made = state.vector(s)
        update_person(origin, pid, {"full_name": "Айгүл"})
        with origin.read() as s:
            assert state.vector(s) == made  # the same value: nothing to record
        send(origin, relay, folder / "all")
        honest = exchange.export_bundle(relay, folder)
        data = honest.path.read_bytes()
        assert _unseen(relay, receiver) == 0 and len(fmt.read_bundle(data).ops) == 1
        before_digest = digest(receiver)
        bad = _tampered(data, "value", 0, relay)
        assert bad is not None
        (folder / "tampered.tirek").write_bytes(bad)
        receipt = exchange.import_file(receiver, folder / "tampered.tirek")
        assert receipt.status == "refused" and "differs" in receipt.message, receipt
        assert digest(receiver) == before_digest
        receipt = exchange.import_file(receiver, honest.path)
        assert (receipt.status, receipt.ops_new, receipt.ops_known) == ("known", 0, 1), receipt
        assert digest(receiver) == before_digest == digest(origin) == digest(relay)
    finally:
        for s in (origin, relay, receiver):
            s.close()


def test_the_upgrade_computes_the_chains_the_writer_keeps(tmp_path: Path) -> None:
    """Ops made before migration 0009 get the same chain the writer would have given them."""
    from alembic import command
    from sqlalchemy import text

    from app.core import chain, database

    store = _replica(tmp_path, "old")
    try:
        for i in range(5):
            pid = create_person(store, {"full_name": f"Асан {i}"})
            update_person(store, pid, {"notes": "заметка\n|2:x~"})
        with store.read() as s:
            kept = s.execute(text("SELECT origin, seq, chain FROM sync_chain")).all()
        with store.engine.begin() as conn:
            command.downgrade(database.alembic_config(conn), "0006")
            command.upgrade(database.alembic_config(conn), "head")
        with store.read() as s:
            again = s.execute(text("SELECT origin, seq, chain FROM sync_chain")).all()
            rid = store.require_identity().replica_id
            ops = exchange._read_ops(s, rid, 1, 10)
        assert kept == again and len(kept) == 1 and len(ops) == 10
        assert kept[0][2] == chain.extend(chain.genesis(rid), ops).hex()
    finally:
        store.close()
