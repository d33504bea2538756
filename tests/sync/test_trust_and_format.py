"""Requests, retirement, untrusted senders, and ops from a newer schema kept aside."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from app.core.identity import private_key
from app.core.models import new_id
from app.core.services.people import create_person
from app.core.store import Store
from app.sync import bundle as fmt
from app.sync import exchange, state
from tests.conftest import op_count
from tests.sync.helpers import checkpoint, digest, own_tip, person, send

MakeStore = Callable[..., Store]


def test_a_sync_request_gets_exactly_what_the_laptop_lacks(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b = make_store("a", "A"), make_store("b", "B")
    for i in range(3):
        create_person(a, {"full_name": f"Адам {i}"})
    send(a, b, tmp_path / "first")
    for i in range(2):
        create_person(a, {"full_name": f"Жаңы {i}"})
    request = exchange.export_bundle(b, tmp_path / "first", empty=True)
    assert request.op_count == 0
    answer = exchange.export_bundle(a, tmp_path / "first", request=request.path)
    assert answer.op_count == 2
    assert exchange.import_file(b, answer.path).ops_new == 2
    assert digest(a) == digest(b)


def test_a_retired_laptop_is_refused_and_an_unknown_one_is_held(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, c, x = make_store("a", "A"), make_store("c", "C", "coordinator"), make_store("x", "X")
    create_person(a, {"full_name": "Айпери"})
    send(a, c, tmp_path / "seed")
    exchange.retire(c, "A")
    create_person(a, {"full_name": "Сезим"})
    later = exchange.export_bundle(a, tmp_path / "seed")
    receipt = exchange.import_file(c, later.path)
    assert receipt.status == "refused" and "retired" in receipt.message
    create_person(x, {"full_name": "Stranger"})
    before = digest(c)
    stranger = exchange.import_file(c, exchange.export_bundle(x, tmp_path / "seed").path)
    assert stranger.status == "held" and "not approved" in stranger.message
    assert digest(c) == before
    [held] = exchange.list_held(c)
    assert held.sender == "X" and held.fingerprint == x.require_identity().fingerprint


def test_ops_of_a_newer_schema_are_kept_aside_and_relayed_not_dropped(
    make_store: MakeStore, tmp_path: Path
) -> None:
    a, b, c = make_store("a", "A"), make_store("b", "B"), make_store("c", "C")
    pid = create_person(a, {"full_name": "Нуриза"})
    send(a, b, tmp_path / "seed")
    send(b, c, tmp_path / "seed2")
    ident = a.require_identity()
    with a.read() as s:
        top = state.vector(s)[ident.replica_id]
    hlc = 1 << 60
    future = [
        # a field this version does not know, on a known table
        (ident.replica_id, top + 1, hlc, "person", pid, "shoe_size", "set", "38", None, "A"),
        # a table this version does not know
        (
            ident.replica_id,
            top + 2,
            hlc,
            "future_table",
            new_id(),
            None,
            "create",
            json.dumps({"x": 1}),
            None,
            "A",
        ),
    ]
    manifest = {
        "bundle_id": new_id(),
        "created_at": "2027-01-01T00:00:00",
        "schema_version": "9999",
        "sender": {
            "replica_id": ident.replica_id,
            "device_name": "A",
            "role": "trainer",
            "public_key": ident.public_key,
        },
        "vector": {ident.replica_id: top + 2},
        "ranges": {ident.replica_id: [top + 1, top + 2]},
        "devices": {},
        # a newer Tirek signs its ops as this one does
        "checkpoints": {
            ident.replica_id: checkpoint(
                private_key(a.home), ident.replica_id, own_tip(a, top), future
            )
        },
    }
    path = tmp_path / "future.tirek"
    path.write_bytes(fmt.build_bundle(manifest, future, private_key(a.home)))
    n = op_count(b)
    receipt = exchange.import_file(b, path)
    assert receipt.status == "applied" and "kept aside" in receipt.message
    assert op_count(b) == n + 2
    assert person(b, pid).full_name == "Нуриза"
    send(b, c, tmp_path / "relay")  # B relays them unchanged
    assert op_count(c) == n + 2
    assert digest(b) == digest(c)


def test_a_bundle_is_as_small_as_lzma_preset_1_makes_it_whatever_its_size(
    make_store: MakeStore, tmp_path: Path
) -> None:
    """The payload's dictionary is sized to the payload (quicker to set up for the many
    small files of a day's work); the file is no larger than preset 1 made it, and reads."""
    import lzma

    a, b = make_store("a", "A"), make_store("b", "B")
    for count in (1, 30, 120):
        for i in range(count):
            create_person(a, {"full_name": f"Айгүл {count}-{i}", "notes": "ж" * (i % 50)})
        with a.read() as s:
            origin = a.require_identity().replica_id
            ops = exchange._read_ops(s, origin, 1, state.vector(s)[origin])
        payload, raw_size = fmt.encode_ops_sized(ops)
        raw = lzma.decompress(payload)
        assert len(raw) == raw_size
        assert len(payload) <= len(lzma.compress(raw, preset=1))
        assert send(a, b, tmp_path / f"n{count}").ops_new > 0
        assert digest(a) == digest(b)
