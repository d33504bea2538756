"""Helpers for sync tests: laptops in one process exchanging real bundle files."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app.core import chain, database
from app.core.identity import private_key
from app.core.models import Person, new_id
from app.core.store import Store
from app.sync import exchange, signing, state
from app.sync.bundle import OpRow, build_bundle
from tests.ram import ram_folder

_TEMPLATE: list[bytes] = []


def scratch() -> str | None:
    """RAM-backed scratch space when there is one: each bundle is written with fsync."""
    return ram_folder()


def template_database() -> bytes:
    """A database built once per test session by the real migrations, not yet set up.

    It holds the schema and the reference rows every installation makes for itself, but
    no identity: each copy is then set up on its own (`installation`), so no two homes
    share a replica id, an incarnation marker or a key pair.
    """
    if not _TEMPLATE:
        root = Path(tempfile.mkdtemp(prefix="tirek-template-"))
        try:
            Store.open(root / "home").close()
            copy = database.backup_database(root / "home" / "tirek.sqlite3", root / "t.sqlite3")
            _TEMPLATE.append(copy.read_bytes())
        finally:
            shutil.rmtree(root, ignore_errors=True)
    return _TEMPLATE[0]


def installation(home: Path, device: str | None = "Osh-1", role: str = "trainer") -> Store:
    """Open an installation in `home` as `Store.open` would, starting from the template.

    An existing database in `home` is opened as it is; otherwise the template is copied in
    first (migrating a fresh file takes most of a second, a copy a millisecond). `device`
    sets the installation up with its own new identity, as `tirek init` does.
    """
    home.mkdir(parents=True, exist_ok=True)
    db = home / "tirek.sqlite3"
    if not db.exists():
        db.write_bytes(template_database())
    store = Store.open(home)
    if device and store.identity() is None:
        store.initialise(device, role)
    return store


def digest(store: Store) -> str:
    with store.read() as s:
        return state.sync_digest(s)


def send(src: Store, dst: Store, folder: Path, full: bool = False) -> exchange.Receipt:
    """src exports what dst lacks (as far as src knows); dst imports it, trusting src."""
    folder.mkdir(parents=True, exist_ok=True)
    dst_name = dst.require_identity().device_name
    with src.read() as s:
        known = dst_name in state.device_names(s).values()
    result = exchange.export_bundle(src, folder, for_peer=None if full or not known else dst_name)
    receipt = exchange.import_file(dst, result.path)
    if receipt.status == "held":
        _, receipts = exchange.trust(dst, src.require_identity().device_name)
        receipt = receipts[0]
    assert receipt.status in ("applied", "known"), receipt
    return receipt


def approved_pair(make_store: Callable[..., Store], folder: Path) -> tuple[Store, Store]:
    """Osh-1 (a trainer) and Naryn-2 (a coordinator), each having approved the other."""
    a, b = make_store("a", "Osh-1"), make_store("b", "Naryn-2", "coordinator")
    folder.mkdir(parents=True, exist_ok=True)
    for src, dst in ((a, b), (b, a)):
        exchange.import_file(dst, exchange.export_bundle(src, folder).path)
    exchange.trust(a, "Naryn-2")
    exchange.trust(b, "Osh-1")
    return a, b


def person(store: Store, person_id: str) -> Person:
    with store.read() as s:
        row = s.scalars(select(Person).where(Person.id == person_id)).one()
        s.expunge(row)
        return row


def bundle_from(
    sender: Store,
    ops: list[OpRow],
    ranges: dict[str, list[int]],
    checkpoints: dict[str, dict[str, object]] | None,
    devices: dict[str, dict[str, str]] | None = None,
) -> bytes:
    """A bundle of `ops` signed by `sender`'s key, with the checkpoints given (tests craft
    relays, forged ones included)."""
    ident = sender.require_identity()
    with sender.read() as s:
        vector = state.vector(s)
    for origin, (_first, last) in ranges.items():
        vector[origin] = max(vector.get(origin, 0), last)
    manifest: dict[str, object] = {
        "bundle_id": new_id(),
        "created_at": "2026-06-01T00:00:00",
        "schema_version": sender.schema_version(),
        "sender": {
            "replica_id": ident.replica_id,
            "device_name": ident.device_name,
            "role": ident.role,
            "public_key": ident.public_key,
        },
        "vector": vector,
        "ranges": ranges,
        "devices": devices or {},
    }
    if checkpoints is not None:
        manifest["checkpoints"] = checkpoints
    return build_bundle(manifest, ops, private_key(sender.home))


def checkpoint(
    key: Ed25519PrivateKey, origin: str, start: bytes, ops: list[OpRow]
) -> dict[str, object]:
    """The checkpoint `key` signs over `ops` of `origin` continuing the chain `start`."""
    value = chain.extend(start, ops)
    last = ops[-1][1]
    return {"seq": last, "chain": value.hex(), "sig": signing.sign(key, origin, last, value)}


def own_tip(store: Store, upto: int) -> bytes:
    with store.read() as s:
        return chain.tip(s.connection(), store.require_identity().replica_id, upto)


def put_back_from_copy(a: Store, c: Store, folder: Path) -> Store:
    """`a`'s home folder copied (marker too), `a` going on (a change sent to `c`), then the
    copy put back: the returned store is that copy, which does not know yet that it is
    older than what `c` has seen of it. `a` is closed."""
    from app.core.services.people import create_person

    home = a.home.root
    a.close()
    shutil.copytree(home, folder / "copy")
    a = Store.open(home)
    create_person(a, {"full_name": "Later, lost with the copy"})
    send(a, c, folder / "later")
    a.close()
    shutil.rmtree(home)
    shutil.copytree(folder / "copy", home)
    return Store.open(home)
