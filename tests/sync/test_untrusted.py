"""What a file brings stays data: identifiers checked, held files named by Tirek, bombs
stopped at a limit, hostile sizes refused in bounded memory, refused files remembered."""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import logging
import lzma
import os
import shutil
import struct
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.identity import private_key
from app.core.services.people import create_person
from app.core.store import Store
from app.sync import bundle as fmt
from app.sync import exchange
from tests.cli_runner import tirek
from tests.sync.cli_helpers import ROOT, ok
from tests.sync.helpers import digest

MakeStore = Callable[..., Store]


def _stranger_bundle(manifest_changes: dict[str, object], key: Ed25519PrivateKey) -> bytes:
    """A correctly signed bundle from a laptop never seen, with manifest fields replaced."""
    replica = str(uuid.uuid4())
    op = (replica, 1, 1 << 40, "person", str(uuid.uuid4()), None, "create",
          json.dumps({"full_name": "Stranger"}), None, "X")  # fmt: skip
    manifest: dict[str, object] = {
        "bundle_id": str(uuid.uuid4()),
        "created_at": "2026-12-01T10:00:00",
        "schema_version": "0006",
        "sender": {
            "replica_id": replica,
            "device_name": "X",
            "role": "trainer",
            "public_key": base64.b64encode(key.public_key().public_bytes_raw()).decode(),
        },
        "vector": {replica: 1},
        "ranges": {replica: [1, 1]},
        "devices": {},
        **manifest_changes,
    }
    return fmt.build_bundle(manifest, [op], key)


@pytest.mark.parametrize(
    "bundle_id", ["../../escaped", "/tmp/tirek-absolute-escape", "a\x00b", "x" * 500, ""]
)
def test_a_hostile_bundle_id_is_refused_and_never_becomes_a_path(
    make_store: MakeStore, tmp_path: Path, bundle_id: str
) -> None:
    b = make_store("b", "B")
    path = tmp_path / "in" / "hostile.tirek"
    path.parent.mkdir()
    path.write_bytes(_stranger_bundle({"bundle_id": bundle_id}, Ed25519PrivateKey.generate()))
    before = sorted(p.name for p in tmp_path.rglob("*"))
    receipt = exchange.import_file(b, path)
    assert receipt.status == "refused" and "bad bundle id" in receipt.message
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert not Path("/tmp/tirek-absolute-escape.tirek").exists()
    done = tirek(b.home.root, "sync", "import", str(path))  # the command: exit 1, no 70
    assert done.returncode == 1 and "bad bundle id" in done.stdout, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("where", "value", "what"),
    [
        ("device_name", "Osh\x00-1", "device name"),
        ("device_name", "x" * 101, "device name"),
        ("role", "root", "role"),
        ("replica_id", "../../r", "sender id"),
        ("public_key", "not a key", "signature"),
    ],
)
def test_sender_identifiers_are_checked(
    make_store: MakeStore, tmp_path: Path, where: str, value: str, what: str
) -> None:
    b = make_store("b", "B")
    key = Ed25519PrivateKey.generate()
    sender = {
        "replica_id": str(uuid.uuid4()),
        "device_name": "X",
        "role": "trainer",
        "public_key": base64.b64encode(key.public_key().public_bytes_raw()).decode(),
        where: value,
    }
    path = tmp_path / "hostile.tirek"
    path.write_bytes(_stranger_bundle({"sender": sender}, key))
    receipt = exchange.import_file(b, path)
    assert receipt.status == "refused" and what in receipt.message, receipt
    assert exchange.list_held(b) == []


@functools.cache
def _zeros_packed(raw_mb: int) -> bytes:
    """raw_mb MiB of zeros, compressed as a payload is (about 3 s of CPU for 512: once)."""
    comp = lzma.LZMACompressor(preset=1)
    zeros = bytes(1 << 20)
    return b"".join(comp.compress(zeros) for _ in range(raw_mb)) + comp.flush()


def _bomb(key: Ed25519PrivateKey, sender: dict[str, str], raw_mb: int, declare: bool) -> bytes:
    """A signed bundle whose payload unpacks to raw_mb MiB of zeros."""
    payload = _zeros_packed(raw_mb)
    info = {"encoding": fmt.PAYLOAD_ENCODING, "size": len(payload)}
    info["sha256"] = hashlib.sha256(payload).hexdigest()  # type: ignore[assignment]
    if declare:
        info["raw_size"] = raw_mb << 20
    manifest = {
        "bundle_id": str(uuid.uuid4()),
        "created_at": "2026-12-01T10:00:00",
        "schema_version": "0006",
        "sender": sender,
        "vector": {sender["replica_id"]: 10**6},
        "ranges": {sender["replica_id"]: [1, 10**6]},
        "devices": {},
        "format": fmt.FORMAT,
        "format_version": fmt.FORMAT_VERSION,
        "op_count": 10**6,
        "payload": info,
    }
    text = json.dumps(manifest, sort_keys=True).encode()
    body = fmt.MAGIC + b"".join(
        struct.pack("<Q", len(p)) + p for p in (text, key.sign(text), payload)
    )
    return body + hashlib.sha256(body).digest()


# Runs `exchange.import_file` in a child whose address space is capped at what it uses
# after start-up plus 200 MiB: reading the file must stay inside that.
CAPPED = """
import resource, sys
from pathlib import Path
from app.core.store import Store
from app.sync import exchange
store = Store.open(Path(sys.argv[1]))
store.require_identity()
with open("/proc/self/status") as fh:
    vm = next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmSize:"))
limit = vm + 200 * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
receipt = exchange.import_file(store, Path(sys.argv[2]))
print(receipt.status, "|", receipt.message)
"""


def _capped_import(home: Path, file: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", CAPPED, str(home), str(file)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "MALLOC_ARENA_MAX": "2"},
    )
    assert done.returncode == 0, (done.stdout, done.stderr[-2000:])
    return done.stdout


@pytest.mark.parametrize("declare", [True, False])
def test_a_decompression_bomb_from_a_trusted_key_is_refused_within_the_memory_limit(
    make_store: MakeStore, tmp_path: Path, declare: bool
) -> None:
    a, b = make_store("a", "A"), make_store("b", "B")
    create_person(a, {"full_name": "Айпери"})
    path = exchange.export_bundle(a, tmp_path).path
    exchange.import_file(b, path)
    exchange.trust(b, "A")  # even a trusted (stolen) key cannot blow the memory up
    ident = a.require_identity()
    sender = {
        "replica_id": ident.replica_id,
        "device_name": "A",
        "role": "trainer",
        "public_key": ident.public_key,
    }
    bomb = tmp_path / "bomb.tirek"
    bomb.write_bytes(_bomb(private_key(a.home), sender, 512, declare))
    assert bomb.stat().st_size < 1 << 20  # a small file that would unpack to 512 MiB
    before = digest(b)
    b.close()
    out = _capped_import(b.home.root, bomb)
    assert out.startswith("refused") and "decompression bomb" in out, out
    assert digest(Store.open(b.home.root)) == before


def test_a_1gb_hostile_file_is_read_in_bounded_memory(
    make_store: MakeStore, tmp_path: Path
) -> None:
    """A stranger's file declaring 1 GiB of ops: hashed in chunks, never held in memory."""
    b = make_store("b", "B")
    key = Ed25519PrivateKey.generate()
    real = _stranger_bundle({}, key)
    manifest_len = struct.unpack_from("<Q", real, len(fmt.MAGIC))[0]
    manifest = json.loads(real[len(fmt.MAGIC) + 8 : len(fmt.MAGIC) + 8 + manifest_len])
    size = 1 << 30
    manifest["payload"]["size"] = size
    text = json.dumps(manifest).encode()
    head = fmt.MAGIC + b"".join(struct.pack("<Q", len(p)) + p for p in (text, key.sign(text)))
    path = tmp_path / "huge.tirek"
    with open(path, "wb") as fh:
        fh.write(head + struct.pack("<Q", size))
        fh.truncate(len(head) + 8 + size + 32)  # sparse: no disk used
    b.close()
    out = _capped_import(b.home.root, path)
    assert out.startswith("refused") and "damaged" in out, out
    # A size that disagrees with the file is refused before reading the rest.
    with open(path, "r+b") as fh:
        fh.truncate(len(head) + 8 + size // 2)
    out = _capped_import(b.home.root, path)
    assert out.startswith("refused") and "incomplete" in out, out


def test_a_refused_file_in_the_folder_is_not_retried_until_it_changes(
    make_store: MakeStore, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    b = make_store("b", "B")
    bad = shared / "letter.tirek"
    bad.write_bytes(b"hello, this is a letter")
    [receipt] = exchange.sync_folder(b, shared).receipts
    assert receipt.status == "refused" and "not a Tirek sync file" in receipt.message
    assert exchange.sync_folder(b, shared).receipts == []  # remembered: not tried again
    bad.write_bytes(b"hello, this is a longer letter")
    [receipt] = exchange.sync_folder(b, shared).receipts  # it changed: tried once more
    assert receipt.status == "refused"


def test_one_faulty_file_does_not_stop_the_folder(
    make_store: MakeStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A fault in Tirek on one file: logged, refused, the rest imported, news written."""
    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = make_store("a", "A"), make_store("b", "B")
    create_person(a, {"full_name": "Бир"})
    exchange.import_file(b, exchange.export_bundle(a, tmp_path).path)
    exchange.trust(b, "A")
    create_person(a, {"full_name": "Эки"})
    good = exchange.export_bundle(a, shared).path
    shutil.copy(good, shared / "0-first.tirek")
    real = exchange._accept
    calls = []

    def faulty(store: Store, bundle: fmt.Bundle, name: str) -> exchange.Receipt:
        calls.append(name)
        if name == "0-first.tirek":
            raise RuntimeError("a bug")
        return real(store, bundle, name)

    monkeypatch.setattr(exchange, "_accept", faulty)
    with caplog.at_level(logging.ERROR, logger="app.sync.exchange"):
        result = exchange.sync_folder(b, shared)
    statuses = {r.file: r.status for r in result.receipts}
    assert statuses == {"0-first.tirek": "refused", good.name: "applied"}
    assert result.exported is not None  # this laptop's news was still written
    seen = json.loads((b.home.root / exchange.SEEN_FILE).read_text())
    assert "0-first.tirek" in next(iter(seen.values()))["files"]
    [record] = [r for r in caplog.records if r.exc_info]  # logged with its traceback
    assert "0-first.tirek" in record.getMessage() and "a bug" in str(record.exc_info[1])
    assert exchange.sync_folder(b, shared).receipts == []  # not retried until it changes


def test_held_files_apply_after_the_home_folder_moved(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    ok(a, "init", "--device-name", "Osh-1")
    ok(b, "init", "--device-name", "Naryn-2")
    added = ok(
        a, "training", "add", "--title", "Лидерлик", "--start", "2026-03-01", "--end", "2026-03-02"
    )
    training = added.strip().rsplit(" ", 1)[1]
    out = tmp_path / "usb"
    out.mkdir()
    file = Path(ok(a, "sync", "export", "--out", str(out)).strip())
    assert tirek(b, "sync", "import", str(file)).returncode == 3
    file.unlink()  # the stick is gone: only the held copy remains
    held = list((b / "sync-held").iterdir())
    assert len(held) == 1 and len(held[0].stem) == 64  # named by its checksum
    moved = tmp_path / "elsewhere" / "b"
    moved.parent.mkdir()
    shutil.move(b, moved)
    done = ok(moved, "sync", "trust", "Osh-1")
    assert "applied from Osh-1: 1 new changes" in done, done
    assert "Лидерлик" in ok(moved, "sync", "log", "training", training)
    assert list((moved / "sync-held").iterdir()) == []
