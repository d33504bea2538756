"""Every op signed by its origin; retirement and copies of a database handled by origin.

A *checkpoint* is (origin, seq, chain, signature): the origin's Ed25519 signature over the
hash chain of its ops 1..seq (app/core/chain.py). Each bundle carries, per origin range it
holds, the checkpoint at the range's last seq: the origin signs its own fresh; a relay
passes on the one it received with those ops. A receiver checks it with the *origin's*
key (pinned here the first time the origin was heard of), recomputes the chain from its
own tip over the new ops, and compares: so a relay is believed on the origin's word, never
the relayer's, and a changed or invented op is refused with the relayer named.

The same check finds this laptop's own ops above its sequence (a database put back from
an older copy): signed with its own key, they prove the copy, and the laptop takes a fresh
replica id before it writes anything. Where the copy already wrote (two signed histories
under one number), the owner keeps the peers' copy and re-issues its own divergent ops
under a fresh replica id; other laptops refuse the second history with an explanation
until the owner has repaired it.

Retirement is a syncable row (`device_retirement`): the retired key's ops above the
cut-off are refused whoever relays them, and exports stop at the cut-off.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from app.core import chain, opcodec
from app.core.errors import N_
from app.core.identity import Identity, load_identity, private_key, reincarnate, rekey
from app.core.models import (
    DeviceRetirement,
    Installation,
    PastReplica,
    Peer,
    SyncChain,
    SyncPeerVector,
    new_id,
)
from app.core.store import Store
from app.core.writer import Writer
from app.sync import state
from app.sync.bundle import Bundle, BundleRefused, OpRow
from app.sync.merge import materialise

CHECKPOINT_TAG = b"tirek-checkpoint-1\n"
RETIREMENT = "device_retirement"

RETIRED_SENDER = N_("{name} was retired by {by} on {date}; its files are no longer accepted.")
RETIRED_RELAYED = N_(
    "{relayer} relayed changes that {name} made after it was retired by {by} on {date} "
    "(above number {cutoff}); refused, nothing imported."
)
UNSIGNED = N_(
    "{relayer} sent changes of {name} that carry no signature of {name}; refused, nothing "
    "imported. They travel once {name} has exported with this version of Tirek."
)
FORGED = N_(
    "{relayer} sent changes under the identity of {name} that {name} did not sign (forged, "
    "or changed on the way); nothing imported. Tell the coordinator."
)
COLLISION = N_(
    "{name} made two different changes under number {seq} (its database was put back from "
    "an older copy); nothing imported for now. {name} repairs this itself when it imports "
    "a full file from this laptop (tirek sync export --out DIR, without --for); then sync "
    "again."
)


# -- checkpoints ------------------------------------------------------------------------
def _message(origin: str, seq: int, value: bytes) -> bytes:
    return CHECKPOINT_TAG + f"{origin}\n{seq}\n".encode() + value


def sign(key: Ed25519PrivateKey, origin: str, seq: int, value: bytes) -> str:
    return base64.b64encode(key.sign(_message(origin, seq, value))).decode("ascii")


def verify(public_key: str, origin: str, seq: int, value: bytes, signature: str) -> bool:
    try:
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key))
        public.verify(base64.b64decode(signature), _message(origin, seq, value))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


_PAST_KEYS = select(PastReplica.replica_id, PastReplica.public_key)
_TIPS = select(SyncChain.origin, SyncChain.seq, SyncChain.chain, SyncChain.signature)
_PINNED = select(Peer.replica_id, Peer.public_key)
_RETIREMENTS = select(
    DeviceRetirement.device_name,
    DeviceRetirement.public_key,
    DeviceRetirement.cutoffs,
    DeviceRetirement.retired_by,
    DeviceRetirement.retired_at,
).where(DeviceRetirement.deleted.is_(False))


def own_keys(session: Session, ident: Identity) -> dict[str, str]:
    """This laptop's replica ids (current and past) -> the key their ops are signed with."""
    keys = {r: k or ident.public_key for r, k in session.connection().execute(_PAST_KEYS)}
    keys[ident.replica_id] = ident.public_key
    return keys


# -- retirement -------------------------------------------------------------------------
@dataclass(frozen=True)
class Retired:
    device_name: str
    public_key: str
    cutoffs: dict[str, int]
    retired_by: str
    retired_at: str


def retirements(session: Session, incoming: Iterable[OpRow] = ()) -> dict[str, Retired]:
    """Retired keys: the records held here plus those arriving in `incoming` ops."""
    out: dict[str, Retired] = {}
    for r in session.connection().execute(_RETIREMENTS):
        out[r.public_key] = Retired(
            r.device_name,
            r.public_key,
            {k: int(v) for k, v in json.loads(r.cutoffs).items()},
            r.retired_by,
            r.retired_at.date().isoformat(),
        )
    for o in incoming:
        if o[3] == RETIREMENT and o[6] == "create" and o[7]:
            try:
                body = json.loads(o[7])
                cutoffs = {k: int(v) for k, v in json.loads(body["cutoffs"]).items()}
                out[str(body["public_key"])] = Retired(
                    str(body["device_name"]),
                    str(body["public_key"]),
                    cutoffs,
                    str(body["retired_by"]),
                    str(body["retired_at"])[:10],
                )
            except (ValueError, KeyError, TypeError, AttributeError):
                continue  # not a record this version can read: it is parked as it is
    return out


def record_retirement(w: Writer, peer: state.PeerRef, reason: str | None = None) -> None:
    """Write the travelling retirement of `peer`, cut off at what is held here now."""
    have = state.vector(w.session)
    w.create(
        DeviceRetirement,
        {
            "device_name": peer.device_name,
            "public_key": peer.public_key,
            "cutoffs": json.dumps({r: have.get(r, 0) for r in sorted(peer.replica_ids)}),
            "retired_at": state.now(),
            "retired_by": w.author,
            "reason": reason,
        },
        new_id(),
    )


def withdraw_retirement(w: Writer, public_key: str) -> None:
    """A coordinator approves a retired key again: its retirement records are deleted."""
    for rid in (
        w.session.connection()
        .scalars(
            select(DeviceRetirement.id).where(
                DeviceRetirement.public_key == public_key, DeviceRetirement.deleted.is_(False)
            )
        )
        .all()
    ):
        w.delete(DeviceRetirement, rid)


# -- export -----------------------------------------------------------------------------
def exportable(session: Session, ident: Identity, have: state.Vector) -> state.Vector:
    """How far each origin can be sent with its origin's signature (and not retired)."""
    own = own_keys(session, ident)
    tips = {t.origin: t for t in session.connection().execute(_TIPS)}
    pinned: dict[str, str] = {r: k for r, k in session.connection().execute(_PINNED)}
    retired = retirements(session)
    out: state.Vector = {}
    for origin, top in have.items():
        if own.get(origin) == ident.public_key:
            limit = top  # signed here, now
        else:
            t = tips.get(origin)
            limit = min(top, t.seq) if t is not None and t.signature else 0
        r = retired.get(own.get(origin) or pinned.get(origin, ""))
        if r is not None:
            limit = min(limit, r.cutoffs.get(origin, 0))
        if limit:
            out[origin] = limit
    return out


def add_checkpoints(store: Store, session: Session, manifest: dict[str, Any]) -> None:
    """Put in the manifest the origin's checkpoint at the end of every range it holds."""
    ident = store.require_identity()
    own = own_keys(session, ident)
    conn = session.connection()
    key: Ed25519PrivateKey | None = None
    out: dict[str, dict[str, Any]] = {}
    tips: dict[str, Any] | None = None
    for origin, (_first, last) in manifest["ranges"].items():
        if own.get(origin) == ident.public_key:
            key = key or private_key(store.home)
            value = chain.tip(conn, origin, last)
            out[origin] = {"seq": last, "chain": value.hex(), "sig": sign(key, origin, last, value)}
        else:
            if tips is None:  # one read for every relayed origin
                tips = {t.origin: t for t in conn.execute(_TIPS)}
            t = tips.get(origin)
            assert t is not None and t.signature and t.seq == last  # see `exportable`
            out[origin] = {"seq": t.seq, "chain": t.chain, "sig": t.signature}
        if origin in own and origin in manifest["devices"]:
            manifest["devices"][origin]["public_key"] = own[origin]
    manifest["checkpoints"] = out


# -- import -----------------------------------------------------------------------------
Tip = tuple[str, int, bytes, str | None, str | None]


def _device(bundle: Bundle, origin: str, what: str) -> str:
    """A field of the manifest's `devices` entry for `origin` ("" when absent or odd)."""
    entry = bundle.manifest.get("devices")
    entry = entry.get(origin) if isinstance(entry, dict) else None
    value = entry.get(what) if isinstance(entry, dict) else None
    return value if isinstance(value, str) else ""


def verify_import(store: Store, session: Session, bundle: Bundle) -> list[Tip]:
    """Check every new op against its origin's signature; called first in the import
    transaction. Re-incarnates (or repairs) this laptop when the file proves it is an older
    copy of itself. Returns the new chain tips to `store_tips` after the ops are in."""
    ident = load_identity(session)
    assert ident is not None
    sender = bundle.sender
    relayer = sender.device_name
    retired = retirements(session, bundle.ops)
    r = retired.get(sender.public_key)
    if r is not None and sender.public_key != ident.public_key:
        raise BundleRefused(RETIRED_SENDER, name=r.device_name, by=r.retired_by, date=r.retired_at)
    checkpoints = bundle.manifest.get("checkpoints")
    by_origin: dict[str, list[OpRow]] = {}
    for o in bundle.ops:
        by_origin.setdefault(o[0], []).append(o)
    have = state.vector(session)
    me, mine_me = ident.replica_id, have.get(ident.replica_id, 0)
    if bundle.vector.get(me, 0) > mine_me and bundle.ranges.get(me, (0, 0))[1] <= mine_me:
        # A peer holds more of this laptop's ops than this database: an older copy of it.
        # Take a fresh id before writing anything (those ops come back under the old one).
        reincarnate(session, store.home, "older copy: peers hold later changes of it")
        ident = load_identity(session)
        assert ident is not None
        have = state.vector(session)
    own = own_keys(session, ident)
    tips: list[Tip] = []
    conn = session.connection()
    # Read once per file, and only when an origin brings something new; names only for a
    # refusal's message.
    pinned: dict[str, str] | None = None
    names: dict[str, str] | None = None

    def label(origin: str) -> str:
        nonlocal names
        if names is None:
            names = state.device_names(session)
        return names.get(origin) or _device(bundle, origin, "device_name") or origin[:8]

    for origin, (first, last) in bundle.ranges.items():
        mine = have.get(origin, 0)
        cp = checkpoints.get(origin) if isinstance(checkpoints, dict) else None
        gap = first > mine + 1
        if (
            not gap
            and last <= mine
            and not (last == mine and _other_history(conn, origin, mine, cp))
        ):
            continue  # nothing new (the range check compares the ops byte for byte)
        if pinned is None:
            pinned = {r: k for r, k in conn.execute(_PINNED)}
        key = own.get(origin) or pinned.get(origin) or _device(bundle, origin, "public_key")
        r = retired.get(key)
        if r is not None and last > r.cutoffs.get(origin, 0):
            raise BundleRefused(
                RETIRED_RELAYED,
                relayer=relayer,
                name=r.device_name,
                by=r.retired_by,
                date=r.retired_at,
                cutoff=r.cutoffs.get(origin, 0),
            )
        ops = by_origin.get(origin, [])
        if cp is None:
            older_own_file = checkpoints is None and key == sender.public_key
            if older_own_file and not gap:  # an older Tirek's own file
                value = chain.extend(
                    chain.tip(conn, origin, mine),
                    ops[mine - first + 1 :],
                    chain.seals_of(conn, origin, mine + 1),
                )
                tips.append((origin, last, value, None, None))
                continue
            raise BundleRefused(UNSIGNED, relayer=relayer, name=label(origin))
        try:
            seq, claimed, sig = int(cp["seq"]), bytes.fromhex(cp["chain"]), str(cp["sig"])
        except (KeyError, TypeError, ValueError):
            raise BundleRefused(FORGED, relayer=relayer, name=label(origin)) from None
        if seq != last or not key or not verify(key, origin, seq, claimed, sig):
            raise BundleRefused(FORGED, relayer=relayer, name=label(origin))
        if gap:
            # Beyond a gap the ops wait in the buffer (app/sync/waiting.py) and their chain
            # cannot be checked yet: keep the origin's signed checkpoint; they enter the op
            # log only up to a checkpoint their chain matches, once the gap is filled.
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO sync_buffer_checkpoint "
                "(origin, seq, chain, signature, signed_by) VALUES (?, ?, ?, ?, ?)",
                (origin, seq, claimed.hex(), sig, key),
            )
            continue
        seals = chain.seals_of(conn, origin, mine + 1)  # erased ops: app/core/erasure.py
        if last <= mine or chain.extend(
            chain.tip(conn, origin, mine), ops[mine - first + 1 :], seals
        ) != (claimed):
            # Not a continuation of the history here: another history the origin signed
            # (a copy of its database wrote again), or a forgery.
            fork = _fork_point(session, origin, first, ops, claimed)
            if fork is None:
                raise BundleRefused(FORGED, relayer=relayer, name=label(origin))
            if own.get(origin) != ident.public_key:
                raise BundleRefused(COLLISION, name=label(origin), seq=fork)
            ident = _repair(store, session, ident, origin, fork)
            own = own_keys(session, ident)
        elif origin == ident.replica_id:
            # This laptop's own later ops, signed by its key: this database is an older
            # copy. A fresh id before writing; the file's ops are then a past id's.
            reincarnate(session, store.home, "older copy: peers hold later changes of it")
            ident = load_identity(session)
            assert ident is not None
            own = own_keys(session, ident)
        tips.append((origin, last, claimed, sig, key))
    return tips


def _other_history(conn: Connection, origin: str, mine: int, cp: Any) -> bool:
    """Does the checkpoint at this laptop's tip of `origin` name another chain?"""
    try:
        return cp is not None and bytes.fromhex(cp["chain"]) != chain.tip(conn, origin, mine)
    except (KeyError, TypeError, ValueError):
        return False


def _fork_point(
    session: Session, origin: str, first: int, ops: Sequence[OpRow], claimed: bytes
) -> int | None:
    """The first seq where the file's (signed) history of `origin` differs from the one
    here, when the file's history is genuinely the origin's; None when it is forged."""
    conn = session.connection()
    start = chain.tip(conn, origin, first - 1)
    if chain.extend(start, ops, chain.seals_of(conn, origin, first)) != claimed:
        return None
    stored = {
        int(r[1]): tuple(r)
        for r in conn.exec_driver_sql(
            f"SELECT {chain.OP_COLUMNS} FROM op_log WHERE replica_id = ? AND seq >= ? ORDER BY seq",
            (origin, first),
        )
    }
    for o in ops:
        if stored.get(o[1]) != o:
            return o[1] if o[1] in stored else None
    return None


def _repair(store: Store, session: Session, ident: Identity, origin: str, fork: int) -> Identity:
    """Two signed histories of this laptop's `origin` from `fork` on: keep the peers' copy
    and re-issue this database's own ops from `fork` under a fresh replica id."""
    if origin == ident.replica_id:
        reincarnate(session, store.home, "older copy: its changes collided with the peers' copy")
    fresh = load_identity(session)
    assert fresh is not None
    reissue(session, origin, fork, fresh.replica_id)
    return fresh


def store_tips(session: Session, tips: Sequence[Tip], new: Sequence[OpRow]) -> None:
    """Called once the new ops are in: their origins' tips, and retirements they bring."""
    conn = session.connection()
    for origin, seq, value, sig, key in tips:
        chain.store_tip(conn, origin, seq, value, sig, key)
    keys = retirements(session, new)
    if keys:  # a retirement that arrived: the local peer list shows it too
        session.execute(
            update(Peer)
            .where(Peer.public_key.in_(list(keys)), Peer.retired_at.is_(None))
            .values(retired_at=state.now())
        )


# -- re-issuing ops under a new replica id ------------------------------------------------
def reissue(session: Session, origin: str, first: int, target: str) -> int:
    """Move this laptop's ops `origin`:first.. to the end of replica `target` (same content,
    parents renamed), and recompute the rows they touch. Returns how many were moved."""
    conn = session.connection()
    ops = [
        tuple(r)
        for r in conn.exec_driver_sql(
            f"SELECT {chain.OP_COLUMNS} FROM op_log WHERE replica_id = ? AND seq >= ? ORDER BY seq",
            (origin, first),
        )
    ]
    if not ops:
        return 0
    next_seq = session.scalar(select(Installation.next_seq)) or 1
    rename = {f"{origin}:{o[1]}": f"{target}:{next_seq + i}" for i, o in enumerate(ops)}
    moved: list[OpRow] = []
    for i, o in enumerate(ops):
        parents = o[8]
        if parents:
            parents = json.dumps(sorted(rename.get(p, p) for p in json.loads(parents)))
        moved.append((target, next_seq + i, o[2], o[3], o[4], o[5], o[6], o[7], parents, o[9]))
    conn.exec_driver_sql("DELETE FROM op_log WHERE replica_id = ? AND seq >= ?", (origin, first))
    raw = conn.connection.driver_connection
    assert raw is not None
    opcodec.insert_ops(raw, moved)
    raw.executemany(
        "UPDATE field_head SET replica_id = ?, seq = ? WHERE replica_id = ? AND seq = ?",
        [(target, next_seq + i, origin, o[1]) for i, o in enumerate(ops)],
    )
    session.execute(update(Installation).values(next_seq=next_seq + len(ops)))
    conn.exec_driver_sql("DELETE FROM sync_chain WHERE origin = ? AND seq >= ?", (origin, first))
    top = next_seq + len(ops) - 1
    chain.store_tip(conn, target, top, chain.tip(conn, target, top))
    materialise(session, moved)
    return len(ops)


# -- re-keying --------------------------------------------------------------------------
def rekey_laptop(store: Store) -> tuple[Identity, int]:
    """A new key pair and replica id; ops no peer acknowledged yet are re-issued under it
    (the lost key can no longer sign them). Returns the new identity and that count."""
    store.require_identity()
    with store.write() as w:
        s = w.session
        old = rekey(s, store.home)
        fresh = load_identity(s)
        assert fresh is not None
        acked = 0
        for (seq,) in s.execute(
            select(SyncPeerVector.seq).where(SyncPeerVector.origin_id == old)
        ).all():
            acked = max(acked, int(seq))
        moved = reissue(s, old, acked + 1, fresh.replica_id)
        w.touched("sync")
    store.forget_identity_cache()
    return store.require_identity(), moved
