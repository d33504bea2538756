"""The installation's identity and the append-only op log.

The op log is the audit trail and what sync exports. One row per change:
- kind "create": `field` is NULL and `value` is a JSON object of the row's fields;
- kind "set":    one field, `value` its new JSON value;
- kind "delete": a tombstone for the row;
- kind "merge":  `value` names the row this one is merged into (duplicate people).
`parents` lists the ops ("replica:seq") this change supersedes on the same field (or,
for a delete, on the whole row), as the writer saw them: the causal context that lets
sync tell "later" from "concurrent" without trusting clocks.
Since migration 0021 `op_log` is a view over the compact `op_row` (app/core/opcodec.py):
read and write ops through it; look ops of a row up by `Op.row_key == row_key(id)`.
`field_head` holds, per field, the ops that currently define it. No row means the
field still has the value its row's create op gave it. Two or more rows for one field
mean a conflict is open.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

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


class StoredKey(TypeDecorator[bytes | str]):
    """A row id as stored (16 bytes, or the text of an id that is not a uuid): passed to
    SQLite and back untouched, where LargeBinary would refuse the text."""

    impl = LargeBinary
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> None:
        return None

    def result_processor(self, dialect: Dialect, coltype: object) -> None:
        return None


class OpColumns:
    """The columns of a logical op, in order: the `op_log` view and the sync buffer (ops
    that wait for an earlier one of their origin) hold the same ones."""

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


class Op(OpColumns, Base):
    """One op as sync and the hash chain see it: a row of the `op_log` view."""

    __tablename__ = "op_log"
    __table_args__ = {"info": {"is_view": True}}  # noqa: RUF012 (SQLAlchemy's own slot)

    # The row id as stored (opcodec.row_key): what lookups by row compare, on the index.
    # Listed after the op's own columns (sort_order), as the view has them.
    row_key: Mapped[bytes | str | None] = mapped_column(StoredKey, default=None, sort_order=1)


class Replica(Base):
    """The origins of ops, numbered: op rows refer to them by number."""

    __tablename__ = "replica"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)


class OpName(Base):
    """Entity, kind, field and author names of ops, numbered."""

    __tablename__ = "op_name"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class OpRow(Base):
    """The stored form of an op (see app/core/opcodec.py). Never written directly."""

    __tablename__ = "op_row"
    __table_args__ = (
        UniqueConstraint("replica", "seq"),
        Index("ix_op_row_row", "row"),
        Index("ix_op_row_hlc", "hlc"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    replica: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int]
    hlc: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[int]
    row: Mapped[bytes] = mapped_column(LargeBinary)
    field: Mapped[int | None]
    kind: Mapped[int]
    value: Mapped[bytes | None] = mapped_column(LargeBinary)
    parents: Mapped[str | None] = mapped_column(Text)
    author: Mapped[int]


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
