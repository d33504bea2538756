"""Sync bookkeeping (local to this installation, never synced itself).

- `sync_origin`: every replica whose ops this installation holds (own ones included
  through `installation`/`past_replica`); the vector is max(seq) per origin.
- `sync_peer_vector`: per peer, what that peer is known to have (its acknowledgements,
  which ride along in every bundle it sends).
- `sync_bundle`: every bundle file seen here: applied, held for approval, or refused.
- `sync_peer_info`: last exchange per peer and a wild clock seen in its bundles.
- `sync_conflict`: open conflicts listed for review, one per row and kind (concurrent
  field edits are read straight from `field_head`).
- `sync_chain`: per origin, the newest hash chain held here and the origin's signature of
  it (a checkpoint, relayed with the ops; see app/core/chain.py and app/sync/signing.py).
- `sync_buffer_checkpoint`: the origin's signed checkpoints of ops waiting in the buffer;
  buffered ops enter the op log only up to a checkpoint their chain matches.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base
from app.core.models.oplog import OpColumns


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
    # deleted | merged | amendment | merge_cycle | orphan (app/core/rules.py)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    edits: Mapped[str] = mapped_column(Text)  # JSON: the ops (or rows) the conflict is about


class SyncBufferedOp(OpColumns, Base):
    """An op that arrived before an earlier op of its origin (a per-origin gap).

    It waits here, verified, until the ops before it arrive; then it moves into op_log, so
    op_log always holds a contiguous prefix per origin and the vectors stay true.
    """

    __tablename__ = "sync_buffer"


class SyncWaitingRow(Base):
    """A row whose ops are in op_log but that cannot be shown yet.

    `waiting_for` says what for: "create" (its creation is not here yet) or
    "entity:row_id" (a row it refers to is not here yet). Retried after every import.
    """

    __tablename__ = "sync_waiting_row"

    entity: Mapped[str] = mapped_column(String(48), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    waiting_for: Mapped[str] = mapped_column(String(120))


class SyncChain(Base):
    __tablename__ = "sync_chain"

    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int]
    chain: Mapped[str] = mapped_column(String(64))  # hex SHA-256
    signature: Mapped[str | None] = mapped_column(Text)  # base64 Ed25519, by the origin
    signed_by: Mapped[str | None] = mapped_column(String(64))  # the origin's public key


class SyncBufferCheckpoint(Base):
    """An origin's signed checkpoint that came with ops beyond a gap (buffered)."""

    __tablename__ = "sync_buffer_checkpoint"

    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True)
    chain: Mapped[str] = mapped_column(String(64))  # hex SHA-256
    signature: Mapped[str | None] = mapped_column(Text)
    signed_by: Mapped[str | None] = mapped_column(String(64))
