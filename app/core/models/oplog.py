"""The installation's identity and the append-only op log.

The op log is the audit trail and what sync exports. One row per change:
- kind "create": `field` is NULL and `value` is a JSON object of the row's fields;
- kind "set":    one field, `value` its new JSON value;
- kind "delete": a tombstone for the row;
- kind "merge":  `value` names the row this one is merged into (duplicate people).
`parents` lists the ops ("replica:seq") this change supersedes on the same field (or,
for a delete, on the whole row), as the writer saw them: the causal context that lets
sync tell "later" from "concurrent" without trusting clocks.
`field_head` holds, per field, the ops that currently define it. No row means the
field still has the value its row's create op gave it. Two or more rows for one field
mean a conflict is open.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base


class Installation(Base):
    """Exactly one row: who this installation is."""

    __tablename__ = "installation"

    id: Mapped[int] = mapped_column(primary_key=True)
    replica_id: Mapped[str] = mapped_column(String(36))
    incarnation: Mapped[str] = mapped_column(String(36))
    device_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    user_name: Mapped[str | None] = mapped_column(String(200))
    public_key: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    # The next sequence number this replica will give an op, and the last clock stamp.
    next_seq: Mapped[int] = mapped_column(default=1)
    last_hlc: Mapped[int] = mapped_column(BigInteger, default=0)


class PastReplica(Base):
    """Replica ids this database used before (restored or copied); never reused."""

    __tablename__ = "past_replica"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_seq: Mapped[int]
    retired_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(200))
    # The key its ops were signed with when it differs from the current one (re-keyed).
    public_key: Mapped[str | None] = mapped_column(String(64))


class Op(Base):
    __tablename__ = "op_log"
    __table_args__ = (
        Index("ix_op_log_entity_row_id", "entity", "row_id"),
        Index("ix_op_log_hlc", "hlc"),
    )

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(48))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str | None] = mapped_column(Text)
    parents: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))


class FieldHead(Base):
    __tablename__ = "field_head"

    entity: Mapped[str] = mapped_column(String(48), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True)


class Peer(Base):
    """Another installation this one has heard of (through a bundle, a request, a relay).

    A peer's public key identifies it; `trusted_at` is set when a person here approved it
    (by name and key fingerprint). Certificates and bundles are accepted only from trusted
    keys and this installation's own. Sync adds its bookkeeping in its own tables.
    """

    __tablename__ = "peer"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str | None] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(64), index=True)
    first_seen_at: Mapped[datetime]
    trusted_at: Mapped[datetime | None]
    trusted_by: Mapped[str | None] = mapped_column(String(200))
    retired_at: Mapped[datetime | None]
