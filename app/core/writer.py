"""The one write path for syncable data.

Every create, edit and delete of a syncable row goes through a `Writer`, which changes
the row and appends the matching ops to the op log in the same transaction. A `Writer`
is only handed out by `Store.write()`, which opens that transaction with BEGIN
IMMEDIATE and commits it (or rolls everything back) as one unit of work.

The ORM is read-only for syncable tables: a guard on flush refuses any ORM write of a
`Syncable`, so a screen or script cannot slip a row past the op log by accident.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import and_, bindparam, delete, event, insert, select, update
from sqlalchemy.orm import Session

from app.core import chain, clock, opcodec, rights
from app.core.codec import codecs, dumps
from app.core.errors import N_, InputError, NotFoundError
from app.core.models import SYNCABLE, FieldHead, Installation, Op, Syncable
from app.core.opcodec import row_key
from app.core.rowmerge import (
    DELETED_FIELD,
    cross_rows,
    derive,
    op_key,
    recompute_rows,
)
from app.core.rules import children_of, policy

# An op's columns in op_log order (parents and author come last).
OP_FIELDS = ("replica_id", "seq", "hlc", "entity", "row_id", "field", "kind", "value")
KIND_CREATE = "create"
KIND_SET = "set"
KIND_DELETE = "delete"
KIND_MERGE = "merge"  # a set of `merged_into_id` (duplicate people), kept apart for the audit

__all__ = ["DELETED_FIELD", "Writer", "derive", "entity_of", "op_key"]


@event.listens_for(Session, "before_flush")
def _refuse_orm_writes(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Syncable):
            raise RuntimeError(
                f"{type(obj).__name__} is syncable: write it through app.core.writer.Writer"
            )


def entity_of(model: type[Syncable]) -> str:
    return model.__tablename__  # type: ignore[attr-defined,no-any-return]


_INSTALLATION = select(
    Installation.replica_id, Installation.next_seq, Installation.last_hlc, Installation.role
)
# Built once: every unit of work that wrote ops ends with it (Core on the connection, as
# `_exec`: the commit follows, and nothing reads an Installation object in between).
_ADVANCE = update(Installation).values(
    next_seq=bindparam("next_seq"), last_hlc=bindparam("last_hlc")
)


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
        self._rows: dict[str, set[str]] = {}  # entity -> row ids given an op in this unit
        self._fresh: set[tuple[str, str]] = set()  # rows this unit inserted

    # -- clocks and sequence numbers -------------------------------------------------
    def _start(self) -> None:
        if self._replica is not None:
            return
        inst = self.session.connection().execute(_INSTALLATION).one_or_none()
        if inst is None:
            raise NotFoundError(N_("This installation is not set up yet. Run `tirek init`."))
        rights.refuse_viewer(inst[3])  # a viewer's laptop writes no syncable data at all
        self._replica, self._next_seq, last, _role = inst
        # One stamp for the whole unit of work: its ops are one event and win or lose
        # together when compared with a concurrent edit.
        self._hlc = clock.tick(last)

    @property
    def replica_id(self) -> str:
        """This installation's replica id (what a new training's `created_on` names)."""
        self._start()
        assert self._replica is not None
        return self._replica

    def high_water(self) -> tuple[str, int] | None:
        """(replica, next sequence number) once this unit has written ops, else None."""
        return None if self._replica is None else (self._replica, self._next_seq)

    def _exec(self, statement: Any, params: Any = None) -> None:
        # Core on the session's connection: these are table statements (an insert, an
        # update or delete by id), for which the ORM's execution only adds its cost.
        self.session.connection().execute(statement, params)

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
                "parents": dumps(sorted(set(parents))) if parents else None,
                "author": self.author,
            }
        )
        self.changed.add(entity)
        self._rows.setdefault(entity, set()).add(row_id)
        return self._replica, seq

    def _heads(self, entity: str, row_id: str, field: str | None = None) -> list[FieldHead]:
        q = select(FieldHead).where(FieldHead.entity == entity, FieldHead.row_id == row_id)
        if field is not None:
            q = q.where(FieldHead.field == field)
        return list(self.session.scalars(q))

    def _creates(self, entity: str, row_id: str) -> list[str]:
        """The row's first creates (in the op log): the implicit heads of its fields."""
        return [
            op_key(r, s)
            for r, s in self.session.connection().execute(
                select(Op.replica_id, Op.seq).where(
                    Op.entity == entity,
                    Op.row_key == row_key(row_id),
                    Op.kind == KIND_CREATE,
                    Op.parents.is_(None),
                )
            )
        ]

    def parents(self, entity: str, row_id: str, field: str | None = None) -> list[str]:
        """The versions this installation holds of one field (or of the whole row).

        Named as the parents of a change, they make it follow exactly what was seen here:
        a field still holding its create's value names that create, so a concurrent
        create of the same link row elsewhere stays concurrent (never silently lost).
        """
        heads = self._heads(entity, row_id, field)
        keys = [op_key(h.replica_id, h.seq) for h in heads]
        covered = {h.field for h in heads}
        if (field or DELETED_FIELD) not in covered:
            keys.extend(self._creates(entity, row_id))
        return sorted(set(keys))

    def _row_parents(self, entity: str, row_id: str) -> list[str]:
        keys = {op_key(h.replica_id, h.seq) for h in self._heads(entity, row_id)}
        keys.update(self._creates(entity, row_id))
        return sorted(keys)

    def _replace_heads(self, entity: str, row_id: str, field: str, new: tuple[str, int]) -> None:
        self._exec(
            delete(FieldHead).where(
                and_(
                    FieldHead.entity == entity,
                    FieldHead.row_id == row_id,
                    FieldHead.field == field,
                )
            )
        )
        self._exec(
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
        existing = (
            self.session.connection()
            .execute(select(table.c.deleted).where(table.c.id == row_id))
            .one_or_none()
        )
        row = derive(model, {**values})
        if existing is None:
            self._exec(insert(table).values(id=row_id, deleted=False, **row))
            self._op(KIND_CREATE, entity, row_id, None, encoded)
            self._fresh.add((entity, row_id))
            return row_id
        if not existing[0]:
            raise ValueError(f"{entity} {row_id} exists already; update it instead")
        # A deliberate re-create after a delete (e.g. enrolling someone again) follows the
        # tombstone causally, so it names every version of the row as its parents.
        self._revive(model, row_id, encoded, row)
        return row_id

    def _revive(
        self, model: type[Syncable], row_id: str, encoded: dict[str, Any], row: dict[str, Any]
    ) -> None:
        entity = entity_of(model)
        table = model.__table__  # type: ignore[attr-defined]
        parents = self._row_parents(entity, row_id)
        self._exec(update(table).where(table.c.id == row_id).values(deleted=False, **row))
        ref = self._op(KIND_CREATE, entity, row_id, None, encoded, parents)
        self._exec(delete(FieldHead).where(FieldHead.entity == entity, FieldHead.row_id == row_id))
        self._replace_heads(entity, row_id, DELETED_FIELD, ref)

    def create_many(self, model: type[Syncable], rows: Sequence[Mapping[str, Any]]) -> None:
        """Bulk insert of new rows (ids included) with one create op each.

        For importers and demo data: the caller guarantees the ids are new.
        """
        if not rows:
            return
        entity = entity_of(model)
        table = model.__table__  # type: ignore[attr-defined]
        full = [derive(model, {"deleted": False, **r}) for r in rows]
        self._exec(insert(table), full)
        for r in rows:
            fields = {k: v for k, v in r.items() if k != "id"}
            self._op(KIND_CREATE, entity, r["id"], None, self._encode(model, fields))
            self._fresh.add((entity, r["id"]))

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
        self._exec(update(table).where(table.c.id == row_id).values(**derive(model, dict(changed))))
        lock = policy(entity).lock_field
        for field, value in changed.items():
            # Setting the lock (approving minutes) approves every version seen here.
            if field == lock:
                parents = self._row_parents(entity, row_id)
            else:
                parents = self.parents(entity, row_id, field)
            ref = self._op(KIND_SET, entity, row_id, field, codec[field][0](value), parents)
            self._replace_heads(entity, row_id, field, ref)
        return set(changed)

    def delete(self, model: type[Syncable], row_id: str) -> None:
        """Tombstone a row and the live rows it owns (app/core/rules.py: OWNED).

        The rows stay (history, sync); lists hide them.
        """
        table = model.__table__  # type: ignore[attr-defined]
        found = self.session.execute(
            select(table.c.deleted).where(table.c.id == row_id)
        ).one_or_none()
        if found is None or found[0]:
            raise NotFoundError(N_("This record no longer exists (it may have been deleted)."))
        self._tombstone(model, row_id)

    def _tombstone(self, model: type[Syncable], row_id: str) -> None:
        entity = entity_of(model)
        table = model.__table__  # type: ignore[attr-defined]
        for child, cid in self._children(entity, row_id, deleted=False):
            self._tombstone(child, cid)
        parents = self._row_parents(entity, row_id)
        self._exec(update(table).where(table.c.id == row_id).values(deleted=True))
        ref = self._op(KIND_DELETE, entity, row_id, None, None, parents)
        self._replace_heads(entity, row_id, DELETED_FIELD, ref)

    def merge(self, model: type[Syncable], row_id: str, into_id: str | None) -> None:
        """Merge a duplicate into `into_id` (None undoes a merge).

        Logged as a "merge" op on the `merged_into_id` field, naming every version of the
        record seen here (edits it did not see are listed for review). Sync applies it
        with the same per-field causality as a set, so a merge and its undo travel and
        can conflict like any other edit. The column itself is written at flush by the
        merge-graph rule (app/core/rules.py), which always points at the record finally
        kept. The duplicate's row and its links stay untouched, so every attendance and
        meeting of both records is kept and the merge can be undone.
        """
        entity = entity_of(model)
        parents = self._row_parents(entity, row_id)
        ref = self._op(KIND_MERGE, entity, row_id, "merged_into_id", into_id, parents)
        self._replace_heads(entity, row_id, "merged_into_id", ref)

    def touched(self, *entities: str) -> None:
        """Tell screens about a change to non-syncable data (settings, sync state)."""
        self.changed.update(entities)

    # -- settling listed conflicts (app/sync/review.py) -------------------------------
    def resolve(self, model: type[Syncable], row_id: str, field: str, value: Any) -> None:
        """Settle a conflict on one field: an op naming every head of the field.

        Unlike `update`, it logs the op even when the chosen value is already shown: the op
        is what tells every other installation that the conflict is settled. Under a lock
        (approved minutes) it names the approval too: a coordinator's decision made after
        seeing it (keep an amendment, or reject it).
        """
        entity = entity_of(model)
        table = model.__table__  # type: ignore[attr-defined]
        codec = codecs(model)
        if field not in codec:
            raise InputError(N_("{field} is not a field of this record."), field=field)
        encode, decode = codec[field]
        try:
            py = decode(value) if isinstance(value, str) else value
            encoded = encode(py)
        except (TypeError, ValueError, AttributeError) as err:
            raise InputError(
                N_("{value} is not a valid value for {field}."), field=field, value=value
            ) from err
        parents = self.parents(entity, row_id, field)
        lock = policy(entity).lock_field
        if lock and field != lock:
            parents += self.parents(entity, row_id, lock)
        if field == policy(entity).merge_field:
            parents = self._row_parents(entity, row_id)
        else:
            self._exec(
                update(table).where(table.c.id == row_id).values(**derive(model, {field: py}))
            )
        kind = KIND_MERGE if field == policy(entity).merge_field else KIND_SET
        ref = self._op(kind, entity, row_id, field, encoded, parents)
        self._replace_heads(entity, row_id, field, ref)

    def settle_deleted(self, model: type[Syncable], row_id: str, keep_deleted: bool) -> None:
        """Settle an edit-versus-delete conflict: delete again, or restore the row.

        Either op names every head of the row, so it follows the delete and the edits alike.
        Restoring brings back what was deleted with the row (its sessions, its marks).
        """
        if keep_deleted:
            entity = entity_of(model)
            table = model.__table__  # type: ignore[attr-defined]
            parents = self._row_parents(entity, row_id)
            self._exec(update(table).where(table.c.id == row_id).values(deleted=True))
            ref = self._op(KIND_DELETE, entity, row_id, None, None, parents)
            self._replace_heads(entity, row_id, DELETED_FIELD, ref)
        else:
            self.restore(model, row_id)

    def restore(self, model: type[Syncable], row_id: str, with_children: bool = True) -> None:
        """Bring a deleted row back as it was (a create naming every head of the row).

        With `with_children`, the rows it owns that were deleted together with it (the
        same unit of work) come back too.
        """
        entity = entity_of(model)
        table = model.__table__  # type: ignore[attr-defined]
        row = self.session.execute(select(table).where(table.c.id == row_id)).mappings().one()
        merge_field = policy(entity).merge_field
        values = {k: row[k] for k in codecs(model) if k != merge_field}
        stamp = self._delete_stamp(entity, row_id)
        self._revive(model, row_id, self._encode(model, values), {})
        if not with_children or stamp is None:
            return
        for child, cid in self._children(entity, row_id, deleted=True):
            if self._delete_stamp(entity_of(child), cid) == stamp:
                self.restore(child, cid)

    def _children(
        self, entity: str, row_id: str, *, deleted: bool
    ) -> Iterator[tuple[type[Syncable], str]]:
        """The rows that belong to a row (a training's sessions...), deleted or live: what
        a delete takes along and what a restore brings back. Each kind of child is read
        when the caller has done with the one before (a row deleted through an earlier
        kind is not listed again)."""
        for rel in children_of(entity):
            child = SYNCABLE[rel.child]
            ct = child.__table__  # type: ignore[attr-defined]
            yield from [
                (child, cid)
                for cid in self.session.scalars(
                    select(ct.c.id).where(ct.c[rel.fk] == row_id, ct.c.deleted.is_(deleted))
                )
            ]

    def _delete_stamp(self, entity: str, row_id: str) -> tuple[str, int] | None:
        """(replica, clock stamp) of the delete that removed a row: one per unit of work."""
        keys = [
            (h.replica_id, h.seq)
            for h in self._heads(entity, row_id, DELETED_FIELD)
            if (op := self.session.get(Op, (h.replica_id, h.seq))) is not None
            and op.kind == KIND_DELETE
        ]
        if not keys:
            return None
        ops = [self.session.get_one(Op, k) for k in keys]
        last = max(ops, key=lambda o: (o.hlc, o.replica_id, o.seq))
        return last.replica_id, last.hlc

    # -- finishing --------------------------------------------------------------------
    def flush(self) -> int:
        """Write the ops, then bring every row they touched to the state of its ops.

        The rows are recomputed by the same function the import uses (app/core/rowmerge),
        so a local change to a row deleted or changed elsewhere meanwhile gives exactly
        the state, heads and conflicts every other installation computes from the same
        ops. Rows this unit inserted hold only its own create and need no recompute.
        Called just before COMMIT.
        """
        if not self._ops:
            return 0
        chain.advance_own(self.session.connection(), self._ops)  # what exports sign
        raw = self.session.connection().connection.driver_connection
        assert raw is not None
        cols = (*OP_FIELDS, "parents", "author")
        opcodec.insert_ops(raw, [tuple(o[c] for c in cols) for o in self._ops])
        self._exec(_ADVANCE, {"next_seq": self._next_seq, "last_hlc": self._hlc})
        n = len(self._ops)
        self._ops.clear()
        for entity, ids in sorted(self._rows.items()):
            rows = [(r, True) for r in sorted(ids) if (entity, r) not in self._fresh]
            if rows:  # one table's rows together (app/core/rowmerge.py)
                recompute_rows(self.session, SYNCABLE[entity], rows)
        cross_rows(self.session, self._rows)
        self._rows = {}
        self._fresh.clear()
        return n

    @staticmethod
    def _encode(model: type[Syncable], values: Mapping[str, Any]) -> dict[str, Any]:
        codec = codecs(model)
        return {k: codec[k][0](v) for k, v in values.items()}
