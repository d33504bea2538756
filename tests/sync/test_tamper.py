"""Damaged, forged, foreign and future files are refused before anything is written."""

from __future__ import annotations

import json
import random
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.identity import private_key
from app.core.services.people import create_person, update_person
from app.core.store import Store
from app.sync import bundle as fmt
from app.sync import exchange
from tests.sync.helpers import digest, send

MakeStore = Callable[..., Store]


@pytest.fixture
def pair(make_store: MakeStore, tmp_path: Path) -> tuple[Store, Store, Path]:
    """A and B trust each other; A has news for B in a fresh bundle file."""
    a, b = make_store("a", "A"), make_store("b", "B")
    pid = create_person(a, {"full_name": "Айнура Кадырова"})
    send(a, b, tmp_path / "seed")
    send(b, a, tmp_path / "seed-back")
    update_person(a, pid, {"phone": "+996555010101"})
    create_person(a, {"full_name": "Бермет Усенова"})
    out = tmp_path / "out"
    out.mkdir()
    path = exchange.export_bundle(a, out, for_peer="B").path
    return a, b, path


def _refused(b: Store, path: Path, data: bytes, passphrase: str | None = None) -> str:
    before = digest(b)
    path.write_bytes(data)
    receipt = exchange.import_file(b, path, passphrase)
    assert receipt.status == "refused", receipt
    assert digest(b) == before
    return receipt.message


def test_flipped_bytes_anywhere_are_refused(pair: tuple[Store, Store, Path]) -> None:
    _, b, path = pair
    data = path.read_bytes()
    rng = random.Random(4)
    bad = path.with_name("bad.tirek")
    ends = [0, 5, 20, len(data) // 2, len(data) - 40, len(data) - 1]
    for pos in [*ends, *rng.sample(range(len(data)), 10)]:
        flipped = bytearray(data)
        flipped[pos] ^= 0x01 << rng.randrange(8)
        message = _refused(b, bad, bytes(flipped))
        assert "damaged" in message or "not a Tirek sync file" in message
    # the original still imports
    assert exchange.import_file(b, path).status == "applied"


def test_a_truncated_file_is_refused_as_incomplete(pair: tuple[Store, Store, Path]) -> None:
    _, b, path = pair
    data = path.read_bytes()
    for cut in (20, len(data) // 3, len(data) - 1):
        message = _refused(b, path.with_name("cut.tirek"), data[:cut])
        assert "incomplete" in message


def _sections(data: bytes) -> list[bytes]:
    pos, parts = len(fmt.MAGIC), []
    for _ in range(3):
        (n,) = struct.unpack_from("<Q", data, pos)
        parts.append(data[pos + 8 : pos + 8 + n])
        pos += 8 + n
    return parts


def _assemble(manifest: bytes, signature: bytes, payload: bytes) -> bytes:
    import hashlib

    body = fmt.MAGIC + b"".join(
        struct.pack("<Q", len(p)) + p for p in (manifest, signature, payload)
    )
    return body + hashlib.sha256(body).digest()


def test_a_swapped_signature_is_refused(pair: tuple[Store, Store, Path], tmp_path: Path) -> None:
    a, b, path = pair
    other = exchange.export_bundle(a, tmp_path / "out").path  # another file by A
    manifest, _, payload = _sections(path.read_bytes())
    _, signature, _ = _sections(other.read_bytes())
    message = _refused(b, tmp_path / "swapped.tirek", _assemble(manifest, signature, payload))
    assert "signature does not match" in message


def test_an_edited_manifest_with_a_fixed_checksum_is_refused(
    pair: tuple[Store, Store, Path], tmp_path: Path
) -> None:
    _, b, path = pair
    manifest, signature, payload = _sections(path.read_bytes())
    edited = manifest.replace(b'"role": "trainer"', b'"role": "coordinator"')
    assert edited != manifest
    message = _refused(b, tmp_path / "edited.tirek", _assemble(edited, signature, payload))
    assert "signature does not match" in message


def test_a_forged_op_reusing_an_existing_number_rejects_the_whole_file(
    pair: tuple[Store, Store, Path], tmp_path: Path
) -> None:
    a, b, path = pair
    bundle = fmt.read_bundle(path.read_bytes())
    me = a.require_identity().replica_id
    # The forger signs with A's own key (a stolen laptop), so only the op check can catch it.
    ops = exchange._read_ops
    with a.read() as s:
        everything = ops(s, me, 1, bundle.vector[me])
    first = everything[0]
    forged = (*first[:7], json.dumps({"full_name": "Forged"}), *first[8:])
    manifest = {k: v for k, v in bundle.manifest.items() if k not in ("payload", "op_count")}
    manifest["ranges"] = {me: [1, bundle.vector[me]]}
    data = fmt.build_bundle(manifest, [forged, *everything[1:]], private_key(a.home))
    message = _refused(b, tmp_path / "forged.tirek", data)
    assert "differs from the one already here" in message


def test_a_bundle_of_a_newer_format_is_refused(
    pair: tuple[Store, Store, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _ = pair
    monkeypatch.setattr(fmt, "FORMAT_VERSION", 2)
    newer = exchange.export_bundle(a, tmp_path / "out").path.read_bytes()
    monkeypatch.undo()
    message = _refused(b, tmp_path / "newer.tirek", newer)
    assert "newer version of Tirek" in message


def test_a_wrong_passphrase_is_refused_and_the_right_one_works(
    pair: tuple[Store, Store, Path], tmp_path: Path
) -> None:
    a, b, _ = pair
    sealed = exchange.export_bundle(a, tmp_path / "out", for_peer="B", passphrase="ala-too 7")
    data = sealed.path.read_bytes()
    assert b"public_key" not in data and "Бермет".encode() not in data
    assert "Wrong network passphrase" in _refused(b, tmp_path / "x.tirek", data, "ala-too 8")
    assert "encrypted" in _refused(b, tmp_path / "x.tirek", data, None)
    assert exchange.import_file(b, sealed.path, "ala-too 7").status == "applied"


def test_a_file_that_is_no_bundle_is_refused(pair: tuple[Store, Store, Path]) -> None:
    _, b, path = pair
    for data in (b"", b"hello, this is a letter", b"PK\x03\x04" + bytes(200), b"%PDF-1.7\n"):
        assert "not a Tirek sync file" in _refused(b, path.with_name("x.tirek"), data)


def test_reimport_and_an_older_file_after_a_newer_change_nothing(
    pair: tuple[Store, Store, Path], tmp_path: Path
) -> None:
    a, b, path = pair
    old = exchange.export_bundle(a, tmp_path / "out").path  # everything A has now
    assert exchange.import_file(b, path).status == "applied"
    after = digest(b)
    assert exchange.import_file(b, path).status == "known"
    assert exchange.import_file(b, old).status in ("known", "applied")
    assert digest(b) == after == digest(a)
