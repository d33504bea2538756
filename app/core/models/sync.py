"""Sync bookkeeping (local to this installation, never synced itself).

- `sync_origin`: every replica whose ops this installation holds (own ones included
  through `installation`/`past_replica`); the vector is max(seq) per origin.
- `sync_peer_vector`: per peer, what that peer is known to have (its acknowledgements,
  which ride along in every bundle it sends).
- `sync_bundle`: every bundle file seen here: applied, held for approval, or refused.
- `sync_peer_info`: last exchange per peer and a wild clock seen in its bundles.
- `sync_conflict`: open edit-versus-delete conflicts (concurrent field edits are read
  straight from `field_head`).
- `sync_chain`: per origin, the newest hash chain held here and the origin's signature of
  it (a checkpoint, relayed with the ops; see app/core/chain.py and app/sync/signing.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base


class SyncOrigin(Base):
    __tablename__ = "sync_origin"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class SyncPeerVector(Base):
    __tablename__ = "sync_peer_vector"

    peer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int]


class SyncBundle(Base):
    __tablename__ = "sync_bundle"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender_id: Mapped[str] = mapped_column(String(36), index=True)
    status: Mapped[str] = mapped_column(String(16))  # applied | held
    received_at: Mapped[datetime]
    file_name: Mapped[str] = mapped_column(String(300))
    held_path: Mapped[str | None] = mapped_column(Text)
    ops_new: Mapped[int] = mapped_column(default=0)
    ops_known: Mapped[int] = mapped_column(default=0)
    conflicts: Mapped[int] = mapped_column(default=0)


class SyncPeerInfo(Base):
    __tablename__ = "sync_peer_info"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_import_at: Mapped[datetime | None]
    last_export_at: Mapped[datetime | None]
    clock_ahead_ms: Mapped[int | None] = mapped_column(BigInteger)


class SyncConflict(Base):
    __tablename__ = "sync_conflict"

    entity: Mapped[str] = mapped_column(String(48), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "deleted": edited while deleted
    edits: Mapped[str] = mapped_column(Text)  # JSON list of the concurrent edit ops


class SyncChain(Base):
    __tablename__ = "sync_chain"

    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int]
    chain: Mapped[str] = mapped_column(String(64))  # hex SHA-256
    signature: Mapped[str | None] = mapped_column(Text)  # base64 Ed25519, by the origin
    signed_by: Mapped[str | None] = mapped_column(String(64))  # the origin's public key
