"""What this installation knows: its vector, its peers, and the digest of its synced state."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, func, select, union
from sqlalchemy.orm import Session

from app.core.codec import dumps
from app.core.digest import state_digest
from app.core.errors import N_, NotFoundError
from app.core.identity import Identity
from app.core.models import (
    FieldHead,
    Installation,
    Op,
    PastReplica,
    Peer,
    SyncConflict,
    SyncOrigin,
    SyncPeerVector,
)
from app.core.progress import NO_PROGRESS, Progress

Vector = dict[str, int]


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def fingerprint(public_key: str) -> str:
    return Identity("", "", "", "", public_key, "").fingerprint


@cache
def _vector_statement() -> Select[Any]:
    # One statement (an import asks several times): each origin's top through the op log's
    # primary key, never a scan of the whole log. Built once: building it and its cache
    # key cost several times what SQLite takes to answer it.
    origins = union(
        select(SyncOrigin.replica_id),
        select(PastReplica.replica_id),
        select(Installation.replica_id),
    ).subquery()
    top = select(func.max(Op.seq)).where(Op.replica_id == origins.c.replica_id).scalar_subquery()
    return select(origins.c.replica_id, top).order_by(origins.c.replica_id)


def vector(session: Session) -> Vector:
    """Max seq held per origin (ops of one origin are always held as a contiguous prefix)."""
    rows = session.connection().execute(_vector_statement())
    return {origin: int(seq) for origin, seq in rows if seq}


_PEER_VECTOR = select(SyncPeerVector.origin_id, SyncPeerVector.seq).where(
    SyncPeerVector.peer_id == bindparam("peer")
)
_PEER_NAMES = select(Peer.replica_id, Peer.device_name)
_OWN_NAME = select(Installation.replica_id, Installation.device_name)
_PAST_IDS = select(PastReplica.replica_id)


def peer_vector(session: Session, peer_id: str) -> Vector:
    rows = session.connection().execute(_PEER_VECTOR, {"peer": peer_id})
    return {o: int(s) for o, s in rows}


def device_names(session: Session) -> dict[str, str]:
    """Replica id -> device name, for every replica heard of (own past ones included)."""
    conn = session.connection()
    names: dict[str, str] = {r: n for r, n in conn.execute(_PEER_NAMES)}
    inst = conn.execute(_OWN_NAME).one_or_none()
    if inst is not None:
        for (past,) in conn.execute(_PAST_IDS):
            names[past] = inst.device_name
        names[inst.replica_id] = inst.device_name
    return names


@dataclass(frozen=True)
class PeerRef:
    """A peer as a person names it: every replica id it has used shares one key."""

    device_name: str
    public_key: str
    replica_ids: tuple[str, ...]  # newest first

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def find_peer(session: Session, who: str) -> PeerRef:
    """A peer by device name, key fingerprint, or replica id; clear errors otherwise."""
    want = " ".join(who.split()).casefold()
    peers = list(session.scalars(select(Peer).order_by(Peer.first_seen_at.desc())))
    keys: dict[str, list[Peer]] = {}
    for p in peers:
        fp = fingerprint(p.public_key)
        hit = (
            p.device_name.casefold() == want
            or fp.casefold() == want
            or fp.replace("-", "").casefold() == want.replace("-", "")
            or p.replica_id == who
        )
        if hit:
            keys.setdefault(p.public_key, [])
    if not keys:
        raise NotFoundError(
            N_("No laptop called {who} has sent anything here (see `tirek sync status`)."),
            who=who,
        )
    if len(keys) > 1:
        raise NotFoundError(
            N_("Several laptops are called {who}; name one by its key fingerprint."), who=who
        )
    key = next(iter(keys))
    same = [p for p in peers if p.public_key == key]
    return PeerRef(same[0].device_name, key, tuple(p.replica_id for p in same))


def sync_digest(session: Session, progress: Progress = NO_PROGRESS) -> str:
    """Equal digests = equal data: every syncable row plus the open conflicts.

    Concurrent heads of every field, and every listed conflict of every kind (edits while
    deleted or merged away, held amendments, merge cycles, orphans): each is a function
    of the set of ops, computed by the same code on the local and the import path.
    """
    h = hashlib.sha256(state_digest(session, progress=progress).encode())
    conn = session.connection()  # column reads: Core, built once
    for entity, row_id, name in conn.execute(_CONCURRENT).all():
        heads = conn.execute(_HEADS, {"entity": entity, "row_id": row_id, "field": name}).all()
        h.update(dumps([entity, row_id, name, [list(k) for k in heads]]).encode())
    for c in conn.execute(_LISTED):
        h.update(dumps([c.entity, c.row_id, c.kind, c.edits]).encode())
    return h.hexdigest()


_CONCURRENT = (
    select(FieldHead.entity, FieldHead.row_id, FieldHead.field)
    .group_by(FieldHead.entity, FieldHead.row_id, FieldHead.field)
    .having(func.count() > 1)
    .order_by(FieldHead.entity, FieldHead.row_id, FieldHead.field)
)
_HEADS = (
    select(FieldHead.replica_id, FieldHead.seq)
    .where(
        FieldHead.entity == bindparam("entity"),
        FieldHead.row_id == bindparam("row_id"),
        FieldHead.field == bindparam("field"),
    )
    .order_by(FieldHead.replica_id, FieldHead.seq)
)
_LISTED = select(
    SyncConflict.entity, SyncConflict.row_id, SyncConflict.kind, SyncConflict.edits
).order_by(SyncConflict.entity, SyncConflict.row_id, SyncConflict.kind)
