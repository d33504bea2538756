"""The one write path for syncable data.

Every create, edit and delete of a syncable row goes through a `Writer`, which changes
the row and appends the matching ops to the op log in the same transaction. A `Writer`
is only handed out by `Store.write()`, which opens that transaction with BEGIN
IMMEDIATE and commits it (or rolls everything back) as one unit of work.

The ORM is read-only for syncable tables: a guard on flush refuses any ORM write of a
`Syncable`, so a screen or script cannot slip a row past the op log by accident.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import and_, delete, event, insert, select, update
from sqlalchemy.orm import Session

from app.core import chain, clock
from app.core.codec import codecs, dumps
from app.core.errors import N_, NotFoundError
from app.core.models import FieldHead, Installation, Op, Syncable

KIND_CREATE = "create"
KIND_SET = "set"
KIND_DELETE = "delete"
KIND_MERGE = "merge"  # a set of `merged_into_id` (duplicate people), kept apart for the audit
DELETED_FIELD = "deleted"  # field_head key under which a row's tombstone is tracked


def op_key(replica_id: str, seq: int) -> str:
    return f"{replica_id}:{seq}"


@event.listens_for(Session, "before_flush")
def _refuse_orm_writes(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Syncable):
            raise RuntimeError(
                f"{type(obj).__name__} is syncable: write it through app.core.writer.Writer"
            )


def derive(model: type[Syncable], values: dict[str, Any]) -> dict[str, Any]:
    """Add derived columns (search keys) for the source columns present in `values`."""
    for target, (source, fn) in getattr(model, "__derived__", {}).items():
        if source in values:
            values[target] = None if values[source] is None else fn(values[source])
    return values


def entity_of(model: type[Syncable]) -> str:
    return model.__tablename__  # type: ignore[attr-defined,no-any-return]


class Writer:
    """Changes syncable rows and records each change as an op. Use via `Store.write()`."""

    def __init__(self, session: Session, author: str) -> None:
        self.session = session
        self.author = author
        self.changed: set[str] = set()
        self._ops: list[dict[str, Any]] = []
        self._replica: str | None = None
        self._next_seq = 0
        self._hlc = 0

    # -- clocks and sequence numbers -------------------------------------------------
    def _start(self) -> None:
        if self._replica is not None:
            return
        inst = self.session.execute(
            select(Installation.replica_id, Installation.next_seq, Installation.last_hlc)
        ).one_or_none()
        if inst is None:
            raise NotFoundError(N_("This installation is not set up yet. Run `tirek init`."))
        self._replica, self._next_seq, last = inst
        # One stamp for the whole unit of work: its ops are one event and win or lose
        # together when compared with a concurrent edit.
        self._hlc = clock.tick(last)

    def _op(
        self,
        kind: str,
        entity: str,
        row_id: str,
        field: str | None,
        value: Any,
        parents: Sequence[str] = (),
    ) -> tuple[str, int]:
        self._start()
        assert self._replica is not None
        seq = self._next_seq
        self._next_seq += 1
        self._ops.append(
            {
                "replica_id": self._replica,
                "seq": seq,
                "hlc": self._hlc,
                "entity": entity,
                "row_id": row_id,
                "field": field,
                "kind": kind,
                "value": None if value is None and kind == KIND_DELETE else dumps(value),
                "parents": dumps(sorted(parents)) if parents else None,
                "author": self.author,
            }
        )
        self.changed.add(entity)
        return self._replica, seq

    def _heads(self, entity: str, row_id: str, field: str | None = None) -> list[FieldHead]:
        q = select(FieldHead).where(FieldHead.entity == entity, FieldHead.row_id == row_id)
        if field is not None:
            q = q.where(FieldHead.field == field)
        return list(self.session.scalars(q))

    def _replace_heads(self, entity: str, row_id: str, field: str, new: tuple[str, int]) -> None:
        self.session.execute(
            delete(FieldHead).where(
                and_(
                    FieldHead.entity == entity,
                    FieldHead.row_id == row_id,
                    FieldHead.field == field,
                )
            )
        )
        self.session.execute(
            insert(FieldHead).values(
                entity=entity, row_id=row_id, field=field, replica_id=new[0], seq=new[1]
            )
        )

    # -- public operations -----------------------------------------------------------
    def create(self, model: type[Syncable], values: Mapping[str, Any], row_id: str) -> str:
        """Insert a row (or revive a deleted row with the same id) and log a create op."""
        entity = entity_of(model)
        table = model.__table__  # type: ignore[attr-defined]
        encoded = self._encode(model, values)
        existing = self.session.execute(
            select(table.c.deleted).where(table.c.id == row_id)
        ).one_or_none()
        row = derive(model, {**values})
        if existing is None:
            self.session.execute(insert(table).values(id=row_id, deleted=False, **row))
            self._op(KIND_CREATE, entity, row_id, None, encoded)
            return row_id
        if not existing[0]:
            raise ValueError(f"{entity} {row_id} exists already; update it instead")
        # A deliberate re-create after a delete (e.g. enrolling someone again) follows the
        # tombstone causally, so it names the delete as its parent.
        parents = [op_key(h.replica_id, h.seq) for h in self._heads(entity, row_id)]
        self.session.execute(update(table).where(table.c.id == row_id).values(deleted=False, **row))
        ref = self._op(KIND_CREATE, entity, row_id, None, encoded, parents)
        self.session.execute(
            delete(FieldHead).where(FieldHead.entity == entity, FieldHead.row_id == row_id)
        )
        self._replace_heads(entity, row_id, DELETED_FIELD, ref)
        return row_id

    def create_many(self, model: type[Syncable], rows: Sequence[Mapping[str, Any]]) -> None:
        """Bulk insert of new rows (ids included) with one create op each.

        For importers and demo data: the caller guarantees the ids are new.
        """
        if not rows:
            return
        entity = entity_of(model)
        table = model.__table__  # type: ignore[attr-defined]
        full = [derive(model, {"deleted": False, **r}) for r in rows]
        self.session.execute(insert(table), full)
        for r in rows:
            fields = {k: v for k, v in r.items() if k != "id"}
            self._op(KIND_CREATE, entity, r["id"], None, self._encode(model, fields))

    def update(self, model: type[Syncable], row_id: str, values: Mapping[str, Any]) -> set[str]:
        """Change fields of a row; logs one set op per field whose value really changed."""
        entity = entity_of(model)
        table = model.__table__  # type: ignore[attr-defined]
        current = self.session.execute(select(table).where(table.c.id == row_id)).mappings()
        row = current.one_or_none()
        if row is None or row["deleted"]:
            raise NotFoundError(N_("This record no longer exists (it may have been deleted)."))
        codec = codecs(model)
        changed = {k: v for k, v in values.items() if codec[k][0](v) != codec[k][0](row[k])}
        if not changed:
            return set()
        self.session.execute(
            update(table).where(table.c.id == row_id).values(**derive(model, dict(changed)))
        )
        for field, value in changed.items():
            parents = [op_key(h.replica_id, h.seq) for h in self._heads(entity, row_id, field)]
            ref = self._op(KIND_SET, entity, row_id, field, codec[field][0](value), parents)
            self._replace_heads(entity, row_id, field, ref)
        return set(changed)

    def delete(self, model: type[Syncable], row_id: str) -> None:
        """Tombstone a row. The row stays (history, sync); lists hide it."""
        entity = entity_of(model)
        table = model.__table__  # type: ignore[attr-defined]
        found = self.session.execute(
            select(table.c.deleted).where(table.c.id == row_id)
        ).one_or_none()
        if found is None or found[0]:
            raise NotFoundError(N_("This record no longer exists (it may have been deleted)."))
        parents = [op_key(h.replica_id, h.seq) for h in self._heads(entity, row_id)]
        self.session.execute(update(table).where(table.c.id == row_id).values(deleted=True))
        ref = self._op(KIND_DELETE, entity, row_id, None, None, parents)
        self._replace_heads(entity, row_id, DELETED_FIELD, ref)

    def merge(self, model: type[Syncable], row_id: str, into_id: str | None) -> None:
        """Merge a duplicate into `into_id` (None undoes a merge).

        Logged as a "merge" op on the `merged_into_id` field; sync applies it with the
        same per-field causality as a set, so a merge and its undo travel and can conflict
        like any other edit. The duplicate's row and its links stay untouched, so every
        attendance and meeting of both records is kept and the merge can be undone.
        """
        entity = entity_of(model)
        table = model.__table__  # type: ignore[attr-defined]
        self.session.execute(
            update(table).where(table.c.id == row_id).values(merged_into_id=into_id)
        )
        parents = [
            op_key(h.replica_id, h.seq) for h in self._heads(entity, row_id, "merged_into_id")
        ]
        ref = self._op(KIND_MERGE, entity, row_id, "merged_into_id", into_id, parents)
        self._replace_heads(entity, row_id, "merged_into_id", ref)

    def touched(self, *entities: str) -> None:
        """Tell screens about a change to non-syncable data (settings, sync state)."""
        self.changed.update(entities)

    # -- finishing --------------------------------------------------------------------
    def flush(self) -> int:
        """Write the ops and advance the replica's counters; called just before COMMIT."""
        if not self._ops:
            return 0
        chain.advance_own(self.session.connection(), self._ops)  # what exports sign
        self.session.execute(insert(Op), self._ops)
        self.session.execute(
            update(Installation).values(next_seq=self._next_seq, last_hlc=self._hlc)
        )
        n = len(self._ops)
        self._ops.clear()
        return n

    @staticmethod
    def _encode(model: type[Syncable], values: Mapping[str, Any]) -> dict[str, Any]:
        codec = codecs(model)
        return {k: codec[k][0](v) for k, v in values.items()}


# -- settling sync conflicts (used by app/sync/review.py) ------------------------------
def _all_head_keys(writer: Writer, entity: str, row_id: str) -> list[str]:
    return [op_key(h.replica_id, h.seq) for h in writer._heads(entity, row_id)]


def resolve_field(
    writer: Writer, model: type[Syncable], row_id: str, field: str, value: Any
) -> None:
    """Settle a conflict on one field: a set op naming every head of the field.

    Unlike `update`, it logs the op even when the chosen value is already shown: the op
    is what tells every other installation that the conflict is settled.
    """
    entity = entity_of(model)
    table = model.__table__  # type: ignore[attr-defined]
    codec = codecs(model)
    writer.session.execute(
        update(table).where(table.c.id == row_id).values(**derive(model, {field: value}))
    )
    parents = [op_key(h.replica_id, h.seq) for h in writer._heads(entity, row_id, field)]
    kind = KIND_MERGE if field == "merged_into_id" else KIND_SET
    ref = writer._op(kind, entity, row_id, field, codec[field][0](value), parents)
    writer._replace_heads(entity, row_id, field, ref)


def settle_deletion(writer: Writer, model: type[Syncable], row_id: str, keep_deleted: bool) -> None:
    """Settle an edit-versus-delete conflict: delete again, or restore the row.

    Either op names every head of the row, so it follows the delete and the edits alike.
    """
    entity = entity_of(model)
    table = model.__table__  # type: ignore[attr-defined]
    parents = _all_head_keys(writer, entity, row_id)
    if keep_deleted:
        writer.session.execute(update(table).where(table.c.id == row_id).values(deleted=True))
        ref = writer._op(KIND_DELETE, entity, row_id, None, None, parents)
    else:
        row = writer.session.execute(select(table).where(table.c.id == row_id)).mappings().one()
        values = {k: row[k] for k in codecs(model)}
        writer.session.execute(update(table).where(table.c.id == row_id).values(deleted=False))
        ref = writer._op(KIND_CREATE, entity, row_id, None, Writer._encode(model, values), parents)
        writer.session.execute(
            delete(FieldHead).where(FieldHead.entity == entity, FieldHead.row_id == row_id)
        )
    writer._replace_heads(entity, row_id, DELETED_FIELD, ref)
