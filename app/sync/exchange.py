"""Export, import, trust and the shared sync folder: the services behind `tirek sync`."""

from __future__ import annotations

import json
import logging
import re
import shutil
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Insert, Update, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from app.core import clock, compaction, erasure
from app.core.atomic import replacing
from app.core.database import revisions_of
from app.core.errors import N_, InputError
from app.core.identity import load_identity, private_key
from app.core.models import (
    Installation,
    Op,
    PastReplica,
    Peer,
    SyncBundle,
    SyncOrigin,
    SyncPeerInfo,
    SyncPeerVector,
    SyncWaitingRow,
)
from app.core.progress import NO_PROGRESS, Progress
from app.core.rights import require
from app.core.store import Store
from app.sync import held, signing, state, waiting
from app.sync.bundle import (
    SUFFIX,
    Bundle,
    BundleRefused,
    OpRow,
    build_bundle,
    encrypt,
    open_bundle,
    write_file,
)
from app.sync.merge import crash_point, materialise

log = logging.getLogger(__name__)
# A remote stamp may move this laptop's clock at most this far past its own wall clock;
# a bundle stamped further ahead comes from a laptop with a wild clock (reported).
MAX_CLOCK_PUSH_MS = clock.MAX_PUSH_MS
DAY_MS = 86_400_000
HELD_DIR = "sync-held"  # held files, named by their checksum, relative to the home
_HELD_NAME = re.compile(r"[0-9a-f]{64}\.tirek")
OP_COLUMNS = "replica_id, seq, hlc, entity, row_id, field, kind, value, parents, author"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    op_count: int
    size: int


@dataclass(frozen=True)
class Receipt:
    """What happened to one file: applied, known (nothing new), held, or refused."""

    file: str
    status: str
    message: str = ""
    sender: str = ""
    ops_new: int = 0
    ops_known: int = 0
    conflicts: int = 0


# -- export ----------------------------------------------------------------------------
def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-") or "tirek"


def _read_ops(session: Session, origin: str, first: int, last: int) -> list[OpRow]:
    rows = session.connection().exec_driver_sql(
        f"SELECT {OP_COLUMNS} FROM op_log WHERE replica_id = ? AND seq BETWEEN ? AND ? "
        "ORDER BY seq",
        (origin, first, last),
    )
    return [tuple(r) for r in rows]


def _manifest(
    store: Store, session: Session, base: state.Vector
) -> tuple[dict[str, Any], list[OpRow]]:
    ident = store.require_identity()
    have = state.vector(session)
    ranges: dict[str, list[int]] = {}
    ops: list[OpRow] = []
    for origin, top in signing.exportable(session, ident, have).items():
        first = base.get(origin, 0) + 1
        if first <= top:
            ranges[origin] = [first, top]
            ops.extend(_read_ops(session, origin, first, top))
    names = state.device_names(session)
    conn = session.connection()
    keys: dict[str, str] = {r: k for r, k in conn.execute(_PINNED)}
    for past in conn.execute(_PAST_IDS).scalars():
        keys[past] = ident.public_key
    keys[ident.replica_id] = ident.public_key
    devices = {o: {"device_name": names.get(o, "?"), "public_key": keys.get(o, "")} for o in ranges}
    manifest = {
        "bundle_id": str(uuid.uuid4()),
        "created_at": state.now().isoformat(timespec="seconds"),
        "schema_version": _schema_version(session),
        "sender": {
            "replica_id": ident.replica_id,
            "device_name": ident.device_name,
            "role": ident.role,
            "public_key": ident.public_key,
        },
        "vector": have,
        "ranges": ranges,
        "devices": devices,
    }
    signing.add_checkpoints(store, session, manifest)
    seals = erasure.manifest_seals(session.connection(), ranges)
    if seals:  # erased ops: the chain around them (app/core/erasure.py)
        manifest["seals"] = seals
    return manifest, ops


def _schema_version(session: Session) -> str:
    """`Store.schema_version`, read in this transaction instead of a connection of its own."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    revs = sorted(revisions_of(raw))
    return "+".join(revs) if revs else "none"


def export_bundle(
    store: Store,
    out_dir: Path,
    for_peer: str | None = None,
    request: Path | None = None,
    passphrase: str | None = None,
    base: state.Vector | None = None,
    empty: bool = False,
) -> ExportResult:
    """Write one bundle with every op the recipient is not known to have.

    `for_peer` (name or fingerprint) uses that peer's acknowledged vector; `request` a
    sync request file it sent; neither: everything this installation knows. `empty`
    writes a sync request (no ops, just this installation's vector).
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise InputError(N_("The folder {path} does not exist."), field="out", path=out_dir)
    peer: state.PeerRef | None = None
    with store.read() as session:
        if base is None:
            base = {}
            if for_peer:
                peer = state.find_peer(session, for_peer)
                base = state.peer_vector(session, peer.replica_ids[0])
            elif request is not None:
                with open_bundle(Path(request), passphrase, store.home.root / HELD_DIR) as req:
                    base = req.vector
        if empty:
            base = state.vector(session)
        manifest, ops = _manifest(store, session, base)
    data = build_bundle(manifest, ops, private_key(store.home))
    if passphrase:
        data = encrypt(data, passphrase)
    ident = store.require_identity()
    kind = "request" if empty else "bundle"
    stamp = manifest["created_at"].replace(":", "").replace("-", "")
    name = f"{_slug(ident.device_name)}-{kind}-{stamp}-{manifest['bundle_id'][:8]}{SUFFIX}"
    path = write_file(out_dir / name, data)
    if peer is not None:
        with store.write() as w:
            _touch_info(w.session, peer.replica_ids[0], last_export_at=state.now())
    return ExportResult(path, len(ops), len(data))


def _touch_info(session: Session, replica_id: str, **values: Any) -> None:
    # Core statements, not ORM ones: nothing in the session holds these rows to update.
    conn = session.connection()
    change, add = _touch_statements(tuple(sorted(values)))
    params = {"rid": replica_id, **{f"v_{k}": v for k, v in values.items()}}
    if not conn.execute(change, params).rowcount:
        conn.execute(add, params)


@cache
def _touch_statements(columns: tuple[str, ...]) -> tuple[Update, Insert]:
    values: dict[str, Any] = {c: bindparam(f"v_{c}") for c in columns}
    return (
        update(SyncPeerInfo).where(SyncPeerInfo.replica_id == bindparam("rid")).values(values),
        insert(SyncPeerInfo).values({"replica_id": bindparam("rid"), **values}),
    )


# -- import ----------------------------------------------------------------------------
def import_files(
    store: Store,
    files: Sequence[Path],
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> list[Receipt]:
    """Verify and apply each file on its own (one transaction each); a receipt per file.

    Held files whose sender is trusted are retried after each file.
    """
    receipts = []
    for i, path in enumerate(files):
        if progress is not None:
            progress.step(i, len(files), "import")
        receipts.append(import_file(store, Path(path), passphrase))
        receipts.extend(retry_held(store))
    return receipts


def import_file(store: Store, path: Path, passphrase: str | None = None) -> Receipt:
    """Verify one file completely, then apply it in one transaction (or hold/refuse it)."""
    name = path.name
    try:
        with open_bundle(path, passphrase, store.home.root / HELD_DIR) as bundle:
            return _accept(store, bundle, name)
    except BundleRefused as err:
        return Receipt(name, "refused", err.message)


# What an import asks of the peers and bundles known here, built once (statements are
# reused: building one and its cache key costs more than SQLite's answer).
_SENDER_PEERS = select(
    Peer.replica_id, Peer.device_name, Peer.public_key, Peer.trusted_at, Peer.retired_at
).where(or_(Peer.public_key == bindparam("key"), Peer.replica_id == bindparam("replica")))
_SEEN = select(SyncBundle.status, SyncBundle.held_path).where(
    SyncBundle.bundle_id == bindparam("bundle")
)
_ALL_PEERS = select(
    Peer.replica_id, Peer.device_name, Peer.public_key, Peer.trusted_at, Peer.trusted_by
)
_ORIGINS = select(SyncOrigin.replica_id)
_LAST_HLC = select(Installation.last_hlc)
_FORGET_BUNDLE = delete(SyncBundle).where(SyncBundle.bundle_id == bindparam("bundle"))
_APPLIED_BUNDLE = insert(SyncBundle)
_FORGET_ACK = delete(SyncPeerVector).where(
    SyncPeerVector.peer_id == bindparam("peer"), SyncPeerVector.origin_id == bindparam("origin")
)
_ACK = insert(SyncPeerVector).values(
    peer_id=bindparam("peer"), origin_id=bindparam("origin"), seq=bindparam("seq")
)
_PAST_IDS = select(PastReplica.replica_id)
_PINNED = select(Peer.replica_id, Peer.public_key)


def _accept(store: Store, bundle: Bundle, name: str) -> Receipt:
    ident = store.require_identity()
    sender = bundle.sender
    who = sender.device_name
    with store.read() as session:
        conn = session.connection()
        found = conn.execute(
            _SENDER_PEERS, {"key": sender.public_key, "replica": sender.replica_id}
        ).all()
        seen = conn.execute(_SEEN, {"bundle": bundle.bundle_id}).one_or_none()
    peers = [p for p in found if p.public_key == sender.public_key]
    same_id = next((p for p in found if p.replica_id == sender.replica_id), None)
    if same_id is not None and same_id.public_key != sender.public_key:
        raise BundleRefused(
            N_("The file claims to come from {name} but is signed with another key; refused."),
            name=same_id.device_name,
        )
    if sender.replica_id == ident.replica_id and sender.public_key != ident.public_key:
        raise BundleRefused(N_("The file claims to come from this laptop but is not signed by it."))
    if any(p.retired_at is not None for p in peers):
        raise BundleRefused(
            N_("{name} was retired by the coordinator; its files are no longer accepted."),
            name=who,
        )
    if seen is not None and seen.status == "applied":
        return Receipt(name, "known", "already imported", who, 0, 0, 0)
    own = sender.public_key == ident.public_key
    trusted = own or any(p.trusted_at is not None for p in peers)
    if not trusted:
        return _hold(store, bundle, name)
    receipt = _apply(store, bundle, name)
    if seen is not None and seen.status == "held":  # imported again once trusted
        copy = _held_file(store, seen.held_path)
        if copy is not None:
            copy.unlink(missing_ok=True)
    return receipt


def _held_file(store: Store, stored: str | None) -> Path | None:
    """The held copy named by a sync_bundle row, always inside home/sync-held/.

    Rows store "sync-held/<checksum>.tirek" (relative, so moving the home folder keeps
    them); older rows stored an absolute path: only its last part is used, and only if
    it is a name Tirek itself gives held files.
    """
    if not stored:
        return None
    name = Path(stored).name
    if not _HELD_NAME.fullmatch(name) and not re.fullmatch(r"[0-9a-fA-F-]{36}\.tirek", name):
        return None
    return store.home.root / HELD_DIR / name


def _hold(store: Store, bundle: Bundle, name: str) -> Receipt:
    sender = bundle.sender
    held_dir = store.home.root / HELD_DIR
    held_dir.mkdir(exist_ok=True)
    file_name = f"{bundle.checksum}{SUFFIX}"
    target = held_dir / file_name
    if not target.exists() and bundle.plain is not None:
        with replacing(target) as tmp:
            shutil.copyfile(bundle.plain, tmp)  # in chunks: a big file never sits in memory
    with store.write() as w:
        _remember_peer(
            w.session, sender.replica_id, sender.device_name, sender.public_key, sender.role
        )
        if w.session.get(SyncBundle, bundle.bundle_id) is None:
            w.session.execute(
                insert(SyncBundle).values(
                    bundle_id=bundle.bundle_id,
                    sender_id=sender.replica_id,
                    status="held",
                    received_at=state.now(),
                    file_name=name[:300],
                    held_path=f"{HELD_DIR}/{file_name}",
                    ops_new=0,
                    ops_known=0,
                    conflicts=0,
                )
            )
        w.touched("sync")
    fp = state.fingerprint(sender.public_key)
    return Receipt(
        name,
        "held",
        f"held: {sender.device_name} (key {fp}) is not approved here yet; "
        f"check the key with its owner, then run: tirek sync trust {fp}",
        sender.device_name,
    )


class _Peers:
    """The peers known here, read once per transaction, kept up to date as it adds them
    (an import names every origin in its file: one read instead of one per origin)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows = {r[0]: _PeerRow(*r) for r in session.connection().execute(_ALL_PEERS)}

    def remember(self, replica_id: str, device: str, public_key: str, role: str | None) -> None:
        if not public_key:
            return
        current = self.rows.get(replica_id)
        if current is None:
            trusted = next(
                (
                    p
                    for p in self.rows.values()
                    if p.public_key == public_key and p.trusted_at is not None
                ),
                None,
            )
            added = _PeerRow(
                replica_id,
                device,
                public_key,
                trusted.trusted_at if trusted else None,
                trusted.trusted_by if trusted else None,
            )
            self.session.connection().execute(
                insert(Peer).values(
                    **added._asdict(), role=role, first_seen_at=state.now(), retired_at=None
                )
            )
            self.rows[replica_id] = added
        elif current.device_name != device and device:
            self.session.connection().execute(
                update(Peer).where(Peer.replica_id == replica_id).values(device_name=device)
            )
            self.rows[replica_id] = current._replace(device_name=device)


class _PeerRow(NamedTuple):
    replica_id: str
    device_name: str
    public_key: str
    trusted_at: datetime | None
    trusted_by: str | None


def _remember_peer(
    session: Session, replica_id: str, device: str, public_key: str, role: str | None
) -> None:
    _Peers(session).remember(replica_id, device, public_key, role)


def _take_seals(session: Session, bundle: Bundle) -> dict[str, dict[int, tuple[bytes, bytes]]]:
    """The seals of erased ops in the file; those of ops new here are kept (op_seal) so
    their chain verifies and relays. A seal may only stand for an op of a table that holds
    erasable values (app/core/erasure.py: ERASABLE)."""
    try:
        seals = erasure.read_manifest_seals(bundle.manifest)
    except (TypeError, ValueError):
        raise BundleRefused(
            N_("The file's erased changes are not described properly; refused.")
        ) from None
    if not seals:
        return seals
    have = state.vector(session)
    by_key = {(o[0], o[1]): o for o in bundle.ops}
    conn = session.connection()
    for origin, part in seals.items():
        new = {}
        for seq, pair in part.items():
            op = by_key.get((origin, seq))
            if op is None or op[3] not in erasure.ERASABLE:
                raise BundleRefused(
                    N_("The file's erased changes are not described properly; refused.")
                )
            if seq > have.get(origin, 0):
                new[seq] = pair
        erasure.store_seals(conn, origin, new)
    return seals


def _check_ranges(
    session: Session,
    bundle: Bundle,
    me: str,
    seals: dict[str, dict[int, tuple[bytes, bytes]]] | None = None,
) -> tuple[list[OpRow], int]:
    """The ops that are new here (those beyond a gap too: they wait); refuse forged ops.

    A known op may differ from the one here only where one of them was scrubbed by an
    erasure and its seal proves the other is the same op (app/core/erasure.py)."""
    seals = seals or {}
    have = state.vector(session)
    names = bundle.devices
    new: list[OpRow] = []
    known = 0
    by_origin: dict[str, list[OpRow]] = {}
    for o in bundle.ops:
        by_origin.setdefault(o[0], []).append(o)
    for origin, (first, last) in bundle.ranges.items():
        mine = have.get(origin, 0)
        label = names.get(origin, {}).get("device_name", origin[:8])
        if origin == me and last > mine:
            raise BundleRefused(
                N_(
                    "The file holds changes under this laptop's own identity that it never "
                    "made (a copied database?); refused."
                )
            )
        ops = by_origin.get(origin, [])
        overlap = min(last, mine)
        if overlap >= first:
            stored = {o[1]: o for o in _read_ops(session, origin, first, overlap)}
            conn = session.connection()
            for o in ops[: overlap - first + 1]:
                held = stored.get(o[1])
                if held != o and (
                    held is None
                    or not erasure.same_op(conn, held, o, seals.get(origin, {}).get(o[1]))
                ):
                    raise BundleRefused(
                        N_(
                            "The file holds a change {origin}:{seq} that differs from the one "
                            "already here under the same number (forged or corrupted); "
                            "nothing imported."
                        ),
                        origin=label,
                        seq=o[1],
                    )
            known += overlap - first + 1
        new.extend(ops[max(0, overlap - first + 1) :])
    return new, known


def _apply(store: Store, bundle: Bundle, name: str) -> Receipt:
    sender = bundle.sender
    before = store.require_identity()
    bundle.load()  # unpacked only now that the sender is trusted
    names = {o: d.get("device_name", o[:8]) for o, d in bundle.devices.items()}
    keys = held.coordinator_keys(store)
    with store.write() as w:
        s = w.session
        s.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        seals = _take_seals(s, bundle)  # erased ops: their chain, before it is checked
        tips = signing.verify_import(store, s, bundle)  # origin signatures; an older copy
        ident = load_identity(s) or store.require_identity()
        new, known = _check_ranges(s, bundle, ident.replica_id, seals)
        late = compaction.late_changes(s, new)
        if late:  # a laptop that was away longer than the network's horizon
            raise BundleRefused(
                N_(
                    "The file holds changes to {count} records removed here after the "
                    "network's horizon (e.g. {entity} {row}): the laptop that made them was "
                    "away longer than that. On that laptop, export its work to a spreadsheet, "
                    "then start again from a fresh copy of the coordinator's data; nothing "
                    "was imported."
                ),
                count=len(late),
                entity=late[0][0],
                row=late[0][1][:8],
            )
        crash_point("before-insert")
        # Ops beyond a gap wait in the buffer; rows whose creation or referenced rows are
        # not here wait too (app/sync/waiting.py): nothing here can fail the commit.
        in_log, buffered = waiting.admit(s, new, names) if new else ([], 0)
        crash_point("after-insert")
        signing.store_tips(s, tips, in_log)
        coordinators = held.Origins(s, keys)
        to_show, rows_waiting = waiting.ready(s, in_log, coordinators) if in_log else ([], 0)
        applied = materialise(s, to_show)
        # Erasures that arrived, and old values of people erased here: scrubbed now.
        scrubbed = erasure.scrub_arrivals(s, in_log)
        if compaction.arrived(in_log):  # a compaction record came: the same rows go here
            compaction.compact(s)
        crash_point("after-merge")
        origins = {o[0] for o in in_log}
        conn = s.connection()
        present = set(conn.execute(_ORIGINS).scalars())
        fresh_origins = [{"replica_id": o} for o in sorted(origins - present)]
        if fresh_origins:
            conn.execute(insert(SyncOrigin), fresh_origins)
        peers = _Peers(s)
        for origin, dev in bundle.devices.items():
            if origin != ident.replica_id:
                peers.remember(origin, dev.get("device_name", "?"), dev.get("public_key", ""), None)
        if sender.replica_id != ident.replica_id:
            peers.remember(sender.replica_id, sender.device_name, sender.public_key, sender.role)
            ack = state.peer_vector(s, sender.replica_id)
            acked = [
                {"peer": sender.replica_id, "origin": origin, "seq": seq}
                for origin, seq in bundle.vector.items()
                if seq > ack.get(origin, 0)
            ]
            if acked:
                conn.execute(_FORGET_ACK, acked)
                conn.execute(_ACK, acked)
        warning = _advance_clock(s, new, bundle)
        if sender.replica_id != ident.replica_id:
            _touch_info(s, sender.replica_id, last_import_at=state.now())
        conn.execute(_FORGET_BUNDLE, {"bundle": bundle.bundle_id})
        conn.execute(
            _APPLIED_BUNDLE,
            {
                "bundle_id": bundle.bundle_id,
                "sender_id": sender.replica_id,
                "status": "applied",
                "received_at": state.now(),
                "file_name": name,
                "held_path": None,
                "ops_new": len(new),
                "ops_known": known,
                "conflicts": applied.conflicts_raised,
            },
        )
        w.touched("sync", *applied.touched)
        crash_point("before-commit")
    if ident != before:  # a fresh replica id: this was an older copy
        store.forget_identity_cache()
    if scrubbed:
        erasure.wipe_freed_pages(store)
    status = "applied" if new else "known"
    message = warning
    if buffered or rows_waiting:
        message = (message + "; " if message else "") + (
            f"{buffered} changes wait for earlier files, {rows_waiting} records wait for "
            "records not here yet or for a coordinator (see tirek sync status)"
        )
    if applied.parked:
        message = (message + "; " if message else "") + (
            f"{applied.parked} changes of a newer Tirek kept aside (update Tirek to see them)"
        )
    return Receipt(
        name, status, message, sender.device_name, len(new), known, applied.conflicts_raised
    )


def _advance_clock(session: Session, new: Iterable[OpRow], bundle: Bundle) -> str:
    top: dict[str, int] = {}
    for o in new:
        if o[2] > top.get(o[0], 0):
            top[o[0]] = o[2]
    if not top:
        return ""
    wall = clock.wall_ms()
    conn = session.connection()
    last = conn.execute(_LAST_HLC).scalar() or 0
    highest = max(top.values())
    allowed = min(highest, clock.pack(wall + MAX_CLOCK_PUSH_MS, 0))
    if allowed > last:
        conn.execute(update(Installation).values(last_hlc=allowed))
    ahead = {o: clock.stamp_ms(t) - wall for o, t in top.items()}
    ahead = {o: ms for o, ms in ahead.items() if ms > MAX_CLOCK_PUSH_MS}
    if not ahead:
        return ""
    for origin, ms in ahead.items():
        _touch_info(session, origin, clock_ahead_ms=ms)
    names = {o: d.get("device_name", o[:8]) for o, d in bundle.devices.items()}
    return clock_message(session, ahead, names, wall, last)


def clock_message(
    session: Session, ahead: dict[str, int], names: dict[str, str], wall: int, last: int
) -> str:
    """Say whose clock is wrong only when the evidence says so; otherwise ask to check both.

    Stamps from `ahead` lie more than MAX_CLOCK_PUSH_MS past this laptop's wall clock.
    This laptop's clock is behind if its own earlier stamps are ahead of it too, or if
    laptops other than those are ahead of it as well. The other laptop's clock is ahead
    if a third laptop's recent stamps agree with this laptop's clock. Otherwise the two
    clocks merely differ.
    """
    others: dict[str, int] = {}
    for origin, stamp in session.execute(
        select(Op.replica_id, func.max(Op.hlc)).group_by(Op.replica_id)
    ):
        if origin not in ahead:
            others[origin] = clock.stamp_ms(int(stamp)) - wall
    mine = set(session.scalars(select(Installation.replica_id)))
    mine.update(session.scalars(select(PastReplica.replica_id)))
    own_ahead = clock.stamp_ms(last) - wall
    third = {o: ms for o, ms in others.items() if o not in mine}
    days = max(ahead.values()) / DAY_MS
    who = ", ".join(sorted(names.get(o, o[:8]) for o in ahead))
    behind_evidence = (
        own_ahead > MAX_CLOCK_PUSH_MS
        or len(ahead) > 1
        or any(ms > MAX_CLOCK_PUSH_MS for ms in third.values())
    )
    if behind_evidence:
        return (
            f"this laptop's clock seems {days:.1f} days behind ({who} and this laptop's own "
            "earlier changes or other laptops are ahead of it); set this laptop's date right"
        )
    if any(-DAY_MS <= ms <= MAX_CLOCK_PUSH_MS for ms in third.values()):
        return f"the clock of {who} is {days:.1f} days ahead; set its date right"
    return f"the clocks of {who} and this laptop differ by {days:.1f} days; check the date on both"


# -- trust -----------------------------------------------------------------------------
@dataclass(frozen=True)
class HeldBundle:
    bundle_id: str
    file_name: str
    sender: str
    fingerprint: str
    received_at: str


def list_held(store: Store) -> list[HeldBundle]:
    """Bundles waiting for someone to approve their sender."""
    with store.read() as session:
        rows = session.execute(
            select(SyncBundle, Peer)
            .join(Peer, Peer.replica_id == SyncBundle.sender_id)
            .where(SyncBundle.status == "held")
            .order_by(SyncBundle.received_at)
        ).all()
        return [
            HeldBundle(
                b.bundle_id,
                b.file_name,
                p.device_name,
                state.fingerprint(p.public_key),
                b.received_at.isoformat(timespec="seconds"),
            )
            for b, p in rows
        ]


def trust(store: Store, who: str) -> tuple[state.PeerRef, list[Receipt]]:
    """Approve a sender (by name or fingerprint), then apply every held file now trusted."""
    require(store, "approve_senders")
    ident = store.require_identity()
    with store.write() as w:
        peer = state.find_peer(w.session, who)
        w.session.execute(
            update(Peer)
            .where(Peer.public_key == peer.public_key)
            .values(trusted_at=state.now(), trusted_by=ident.user_name, retired_at=None)
        )
        signing.withdraw_retirement(w, peer.public_key)
        w.touched("sync")
    return peer, retry_held(store)


def retry_held(store: Store) -> list[Receipt]:
    """Apply every held file whose sender is trusted now, in causal order.

    Run after every trust change and after each import: with the buffer, no order of
    approvals can leave a file held that nothing retries. Rows holding coordinator-only
    changes are checked again first (the network may now know their laptop).
    """
    with store.read() as session:  # one read for both questions (asked after every file)
        conn = session.connection()
        holding = conn.execute(_HOLDING).first() is not None
        held = conn.execute(_TRUSTED_HELD).all()  # recheck_held changes neither table
    if holding:
        _recheck_held(store)
    if not held:
        return []
    scratch = store.home.root / HELD_DIR
    order: list[tuple[int, Any, str, Path | None]] = []
    receipts: list[Receipt] = []
    for h in held:
        path = _held_file(store, h.held_path)
        try:
            if path is None or not path.is_file():
                raise BundleRefused(
                    N_("The held copy of this file is missing; import the file again.")
                )
            with open_bundle(path, None, scratch) as b:
                order.append((sum(b.vector.values()), h, h.device_name, path))
        except BundleRefused as err:
            receipts.append(Receipt(h.file_name, "refused", err.message, h.device_name))
            _forget_held(store, h.bundle_id, path)
    for _, h, sender, path in sorted(order, key=lambda t: t[0]):
        assert path is not None
        try:
            with open_bundle(path, None, scratch) as b:
                receipts.append(_apply(store, b, h.file_name))
        except BundleRefused as err:
            receipts.append(Receipt(h.file_name, "refused", err.message, sender))
            _forget_held(store, h.bundle_id, path)
            continue
        path.unlink(missing_ok=True)
    return receipts


_TRUSTED_HELD = (
    select(
        SyncBundle.bundle_id,
        SyncBundle.file_name,
        SyncBundle.held_path,
        Peer.device_name,
    )
    .join(Peer, Peer.replica_id == SyncBundle.sender_id)
    .where(
        SyncBundle.status == "held",
        Peer.trusted_at.is_not(None),
        Peer.retired_at.is_(None),
    )
    .order_by(SyncBundle.received_at)
)
_HOLDING = (
    select(SyncWaitingRow.row_id).where(SyncWaitingRow.waiting_for.startswith(held.HOLD)).limit(1)
)


def recheck_held(store: Store) -> int:
    """Apply held coordinator-only changes whose laptop is now known as a coordinator
    (app/sync/held.py); returns how many rows still hold some."""
    with store.read() as session:
        first = session.connection().execute(_HOLDING).first()
    if first is None:
        return 0
    return _recheck_held(store)


def _recheck_held(store: Store) -> int:
    keys = held.coordinator_keys(store)
    with store.write() as w:
        s = w.session
        s.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        to_show, _rows = waiting.ready(s, [], held.Origins(s, keys))
        applied = materialise(s, to_show)
        w.touched("sync", *applied.touched)
        left = s.scalar(
            select(func.count())
            .select_from(SyncWaitingRow)
            .where(SyncWaitingRow.waiting_for.startswith(held.HOLD))
        )
    return int(left or 0)


def _forget_held(store: Store, bundle_id: str, path: Path | None) -> None:
    """A held file that cannot be applied: dropped, so importing it again starts afresh."""
    with store.write() as w:
        w.session.execute(
            delete(SyncBundle).where(SyncBundle.bundle_id == bundle_id, SyncBundle.status == "held")
        )
        w.touched("sync")
    if path is not None:
        path.unlink(missing_ok=True)


def retire(store: Store, who: str, reason: str | None = None) -> state.PeerRef:
    """Stop accepting a laptop's work after what is here now (lost, stolen, replaced).

    The retirement is a record that travels: every laptop that has it refuses the
    laptop's later changes whoever relays them. Held files from it are dropped here.
    """
    require(store, "trust_peers")
    with store.write() as w:
        peer = state.find_peer(w.session, who)
        signing.record_retirement(w, peer, reason)
        w.session.execute(
            update(Peer).where(Peer.public_key == peer.public_key).values(retired_at=state.now())
        )
        held = list(
            w.session.scalars(
                select(SyncBundle).where(
                    SyncBundle.status == "held", SyncBundle.sender_id.in_(peer.replica_ids)
                )
            )
        )
        for h in held:
            path = _held_file(store, h.held_path)  # never a path the file chose
            if path is not None:
                path.unlink(missing_ok=True)
        w.session.execute(
            delete(SyncBundle).where(
                SyncBundle.status == "held", SyncBundle.sender_id.in_(peer.replica_ids)
            )
        )
        w.touched("sync")
    return peer


# -- the shared folder -----------------------------------------------------------------
SEEN_FILE = "sync-folder.json"


@dataclass(frozen=True)
class FolderResult:
    receipts: list[Receipt]
    exported: ExportResult | None


FAULT = (
    "Tirek could not import this file because of a fault in Tirek (written to its log); "
    "it is tried again when the file changes"
)


def sync_folder(store: Store, folder: Path, passphrase: str | None = None) -> FolderResult:
    """Import every new bundle in `folder`, then put this laptop's news there.

    Safe with several laptops on one folder: files are written under a temporary name and
    renamed. Every file tried is remembered by name, size and time (saved after each
    file), so neither an imported nor a refused file is tried again until it changes (a
    half-copied file changes when the copy finishes). One bad file never stops the run:
    even a fault in Tirek becomes a refused receipt (logged with its traceback), and
    this laptop's news is still written.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(N_("The folder {path} does not exist."), field="folder", path=folder)
    seen_path = store.home.root / SEEN_FILE
    try:
        seen: dict[str, Any] = json.loads(seen_path.read_text("utf-8"))
        if not isinstance(seen, dict):
            seen = {}
    except (OSError, ValueError):
        seen = {}
    key = str(folder.resolve())
    memo: dict[str, Any] = seen.setdefault(key, {"files": {}, "last_export": None})
    receipts: list[Receipt] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if path.name.startswith("."):
            continue
        try:
            st = path.stat()
        except OSError:
            continue
        stamp = [st.st_size, st.st_mtime_ns]
        remembered = memo["files"].get(path.name)
        # A refused file is remembered with whether a passphrase was given: giving one
        # is a change that makes an encrypted file worth trying again.
        if remembered == stamp or remembered == [*stamp, "refused", passphrase is not None]:
            continue
        try:
            receipt = import_file(store, path, passphrase)
            receipts.append(receipt)
            receipts.extend(retry_held(store))
        except Exception:  # a fault in Tirek: logged, and the next file still gets its turn
            log.exception("sync folder: importing %s failed", path)
            receipt = Receipt(path.name, "refused", FAULT)
            receipts.append(receipt)
        if receipt.status == "refused":
            memo["files"][path.name] = [*stamp, "refused", passphrase is not None]
        else:
            memo["files"][path.name] = stamp
        write_file(seen_path, json.dumps(seen).encode())
    with store.read() as session:
        have = state.vector(session)
        base = _folder_base(session)
    exported = None
    if have != memo.get("last_export"):  # the first time too: it introduces this laptop
        exported = export_bundle(store, folder, passphrase=passphrase, base=base)
        memo["last_export"] = have
        memo["files"][exported.path.name] = [
            exported.path.stat().st_size,
            exported.path.stat().st_mtime_ns,
        ]
    write_file(seen_path, json.dumps(seen).encode())
    return FolderResult(receipts, exported)


_ACTIVE_PEERS = select(Peer.replica_id, Peer.public_key, Peer.first_seen_at).where(
    Peer.trusted_at.is_not(None), Peer.retired_at.is_(None)
)


def _folder_base(session: Session) -> state.Vector:
    """What every trusted, active peer is known to have (the least of their vectors)."""
    peers = session.connection().execute(_ACTIVE_PEERS).all()
    newest: dict[str, Any] = {}
    for p in peers:
        if p.public_key not in newest or p.first_seen_at > newest[p.public_key].first_seen_at:
            newest[p.public_key] = p
    if not newest:
        return {}
    vectors = [state.peer_vector(session, p.replica_id) for p in newest.values()]
    origins = set().union(*vectors)
    return {o: min(v.get(o, 0) for v in vectors) for o in origins}


# -- an overview for `sync status` and the Sync screen -----------------------------------
@dataclass(frozen=True)
class PeerStatus:
    device_name: str
    fingerprint: str
    trust: str  # "trusted" | "not approved" | "retired"
    last_import_at: str
    last_export_at: str
    clock_ahead_days: float | None


@dataclass(frozen=True)
class Overview:
    device_name: str
    fingerprint: str
    digest: str
    vector: dict[str, int]
    peers: tuple[PeerStatus, ...]
    held: tuple[HeldBundle, ...]
    # What waits (app/sync/waiting.py): changes beyond a gap, and rows whose creation or
    # referenced rows are not here yet; each with the device names it waits on.
    waiting_changes: tuple[waiting.WaitingChanges, ...] = ()
    waiting_rows: tuple[waiting.WaitingRows, ...] = ()
    names: dict[str, str] = field(default_factory=dict)


def state_digest(store: Store, progress: Progress = NO_PROGRESS) -> str:
    """Equal digests on two laptops = the same data (docs/sync.md). `progress` may stop it."""
    with store.read() as session:
        return state.sync_digest(session, progress)


def overview(store: Store, with_digest: bool = True) -> Overview:
    """This installation, its peers (one line per key) and what waits for approval.

    `with_digest=False` leaves the state digest empty: it reads every syncable row (seconds
    on a large installation), so the Sync page shows the rest first (`state_digest`)."""
    ident = store.require_identity()
    with store.read() as session:
        vec = state.vector(session)
        digest = state.sync_digest(session) if with_digest else ""
        changes, rows = waiting.summary(session)
        names = state.device_names(session)
        info = {i.replica_id: i for i in session.scalars(select(SyncPeerInfo))}
        peers: dict[str, PeerStatus] = {}
        for p in session.scalars(select(Peer).order_by(Peer.first_seen_at.desc())):
            if p.public_key in peers:
                continue
            i = info.get(p.replica_id)

            def stamp(value: Any) -> str:
                return value.isoformat(sep=" ", timespec="minutes") if value else ""

            trust_word = (
                "retired" if p.retired_at else ("trusted" if p.trusted_at else "not approved")
            )
            peers[p.public_key] = PeerStatus(
                p.device_name,
                state.fingerprint(p.public_key),
                trust_word,
                stamp(i.last_import_at if i else None),
                stamp(i.last_export_at if i else None),
                (i.clock_ahead_ms / 86_400_000) if i and i.clock_ahead_ms else None,
            )
    return Overview(
        ident.device_name,
        ident.fingerprint,
        digest,
        vec,
        tuple(sorted(peers.values(), key=lambda p: p.device_name.casefold())),
        tuple(list_held(store)),
        tuple(changes),
        tuple(rows),
        names,
    )
