"""A row's state as a pure function of the set of its ops, and writing it back.

Both the local write path (`Writer.flush`) and the import path (`app/sync/merge.py`) bring
a row to its state through `recompute_row`, so two installations holding the same ops
hold the same row, the same field heads and the same listed conflicts, whatever the
order the ops arrived in or the path they took.

- Causality comes from the ops, never from clocks: an op follows the ops it names as
  parents, the earlier ops of its own origin, and (for an edit or delete naming no
  parents: ops written before creates were named) every create of the row it is not
  itself before.
- Per field, the heads are the versions no other version of that field follows. A
  create's fields are versions too (two laptops creating the same link row merge field by
  field). One head: that is the value. Several: the newest clock stamp (then replica id,
  seq) wins everywhere, and if their values differ a conflict stays open for review.
- The tombstone is the field "deleted" (creates say False, deletes True). A delete among
  its heads keeps the row deleted (no silent resurrection); every head the winning delete
  did not see (an edit, or a create of the same link row on another laptop) is an
  edit-versus-delete conflict, its value kept on the row (no silent loss).
- The per-row rules of `app/core/rules.py` (approval locks, edits to merged records).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, delete, event, insert, select, update
from sqlalchemy.orm import ORMExecuteState, Session

from app.core import rights
from app.core.codec import codecs, dumps
from app.core.models import SYNCABLE, FieldHead, Op, Syncable, SyncConflict, SyncWaitingRow
from app.core.opcodec import row_key
from app.core.rules import AMENDMENT, DELETED, MERGED, ROW_KINDS, RowPolicy, policy

DELETED_FIELD = "deleted"  # field_head key under which a row's tombstone is tracked

Key = tuple[str, int]
# (replica_id, seq, hlc, kind, field, value, parents): what a row's state needs of an op.
RowOp = tuple[str, int, int, str, str | None, str | None, str | None]


def parse_key(text: str) -> Key:
    replica, seq = text.rsplit(":", 1)
    return replica, int(seq)


def op_key(replica_id: str, seq: int) -> str:
    return f"{replica_id}:{seq}"


# -- who may write syncable tables ------------------------------------------------------
_ALLOWED = "tirek_row_writes"
_TABLES = {name for name in SYNCABLE}


@contextmanager
def row_writes(session: Session) -> Iterator[None]:
    """Statements on syncable tables are accepted inside this block only (Writer, merge)."""
    depth = session.info.get(_ALLOWED, 0)
    session.info[_ALLOWED] = depth + 1
    try:
        yield
    finally:
        session.info[_ALLOWED] = depth


@event.listens_for(Session, "do_orm_execute")
def _refuse_stray_statements(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    if state.session.info.get(_ALLOWED, 0):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name in _TABLES:
        raise RuntimeError(f"{name} is syncable: write it through app.core.writer.Writer")


def derive(model: type[Syncable], values: dict[str, Any]) -> dict[str, Any]:
    """Add derived columns (search keys) for the source columns present in `values`."""
    for target, (source, fn) in getattr(model, "__derived__", {}).items():
        if source in values:
            values[target] = None if values[source] is None else fn(values[source])
    return values


# -- the pure merge ----------------------------------------------------------------------
@dataclass
class RowState:
    values: dict[str, Any] = field(default_factory=dict)  # field -> winning JSON value
    deleted: bool | None = None
    heads: dict[str, list[Key]] = field(default_factory=dict)  # field_head rows to keep
    conflicts: set[str] = field(default_factory=set)  # fields whose shown heads differ
    edits_while_deleted: list[Key] = field(default_factory=list)
    edits_while_merged: list[Key] = field(default_factory=list)
    held: dict[str, list[Key]] = field(default_factory=dict)  # field -> amendments held

    def listed(self) -> dict[str, list[Key]]:
        """The per-row conflicts to list, by kind (see app/core/rules.py)."""
        out: dict[str, list[Key]] = {}
        if self.edits_while_deleted:
            out[DELETED] = self.edits_while_deleted
        if self.edits_while_merged:
            out[MERGED] = self.edits_while_merged
        if self.held:
            out[AMENDMENT] = sorted(k for ks in self.held.values() for k in ks)
        return out


def _ancestors(preds: dict[Key, set[Key]]) -> dict[Key, set[Key]]:
    anc: dict[Key, set[Key]] = {}
    for start in preds:
        seen: set[Key] = set()
        stack = list(preds[start])
        while stack:
            k = stack.pop()
            if k in seen:
                continue
            seen.add(k)
            stack.extend(preds.get(k, ()))
        anc[start] = seen
    return anc


def compute_row(ops: Sequence[RowOp], rules: RowPolicy | None = None) -> RowState:
    """The state of one row from all its ops (see the module docstring)."""
    rules = rules or RowPolicy()
    by_key = {(o[0], o[1]): o for o in ops}
    preds: dict[Key, set[Key]] = {k: set() for k in by_key}
    parentless: list[Key] = []
    for k, o in by_key.items():
        named = [parse_key(p) for p in json.loads(o[6])] if o[6] else []
        preds[k].update(p for p in named if p in by_key and p != k)
        if not named and o[3] != "create":
            parentless.append(k)
    last_of: dict[str, Key] = {}
    for k in sorted(by_key):
        if k[0] in last_of:
            preds[k].add(last_of[k[0]])
        last_of[k[0]] = k
    creates = [k for k, o in by_key.items() if o[3] == "create"]
    if parentless and creates:
        explicit = _ancestors(preds)
        for k in parentless:
            preds[k].update(c for c in creates if k not in explicit[c] and c != k)
    anc = _ancestors(preds)

    versions: dict[str, list[tuple[Key, Any]]] = defaultdict(list)
    for k in sorted(by_key):
        o = by_key[k]
        if o[3] == "create":
            body = json.loads(o[5]) if o[5] else {}
            for name, value in sorted(body.items()):
                versions[name].append((k, value))
            versions[DELETED_FIELD].append((k, False))
        elif o[3] == "delete":
            versions[DELETED_FIELD].append((k, True))
        elif o[4] is not None:
            versions[o[4]].append((k, json.loads(o[5]) if o[5] is not None else None))

    def heads_of(vs: list[tuple[Key, Any]]) -> list[tuple[Key, Any]]:
        keys = {k for k, _ in vs}
        heads = [(k, v) for k, v in vs if not any(k in anc[w] for w in keys if w != k)]
        return heads or list(vs)  # only a forged cycle leaves none: keep all visible

    def newest(kvs: list[tuple[Key, Any]]) -> tuple[Key, Any]:
        return max(kvs, key=lambda kv: (by_key[kv[0]][2], kv[0][0], kv[0][1]))

    lock: Key | None = None
    if rules.lock_field and rules.lock_field in versions:
        key, value = newest(heads_of(versions[rules.lock_field]))
        lock = key if value is not None else None

    state = RowState()
    head_keys: dict[str, list[Key]] = {}
    winners: dict[str, Key] = {}
    for name, vs in versions.items():
        heads = heads_of(vs)
        shown = heads
        if lock is not None and name != DELETED_FIELD and name not in rules.lock_exempt:
            # Versions neither before nor after the approval were written without seeing
            # it: held back as amendments, the approved version stays shown.
            concurrent = {k for k, _ in vs if k != lock and k not in anc[lock]}
            concurrent -= {k for k in concurrent if lock in anc[k]}
            allowed = [(k, v) for k, v in vs if k not in concurrent]
            held = sorted(k for k, _ in heads if k in concurrent)
            if held and allowed:
                shown = heads_of(allowed)
                state.held[name] = held
        winner = newest(shown)
        winners[name] = winner[0]
        if name == DELETED_FIELD:
            state.deleted = bool(winner[1])
        else:
            state.values[name] = winner[1]
            if len({dumps(v) for _, v in shown}) > 1:
                state.conflicts.add(name)
        ordered = sorted(k for k, _ in heads)
        head_keys[name] = ordered
        only = by_key[ordered[0]]
        # The writer's convention: no field_head row while a field still holds the value
        # of the row's (first) create.
        if not (len(ordered) == 1 and only[3] == "create" and not only[6]):
            state.heads[name] = ordered

    deletes = [k for k in head_keys.get(DELETED_FIELD, []) if by_key[k][3] == "delete"]
    if deletes:
        state.deleted = True
        gone = max(deletes, key=lambda k: (by_key[k][2], k))
        state.edits_while_deleted = sorted(
            {
                k
                for ks in head_keys.values()
                for k in ks
                if by_key[k][3] != "delete" and k not in anc[gone]
            }
        )
    mf = rules.merge_field
    if mf and mf in winners and state.values.get(mf) is not None:
        merge = winners[mf]
        if by_key[merge][3] != "create":
            state.edits_while_merged = sorted(
                k
                for name, ks in head_keys.items()
                if name not in (mf, DELETED_FIELD)
                for k in ks
                if by_key[k][3] in ("set", "merge") and k not in anc[merge]
            )
    return state


# -- writing a row's state back ----------------------------------------------------------
def read_ops(session: Session, entity: str, row_id: str) -> list[RowOp]:
    """A row's ops, without those held as coordinator-only from a laptop not known as a
    coordinator (app/sync/held.py): so a local edit of such a row does not apply them."""
    return _ops_of_rows(session, entity, [row_id])[row_id]


def raw_values(session: Session, entity: str, row_id: str) -> dict[str, Any]:
    """A row's field values as its ops say (before any cross-row rule)."""
    return compute_row(read_ops(session, entity, row_id), policy(entity)).values


def defaults(model: type[Syncable]) -> dict[str, Any]:
    table = model.__table__  # type: ignore[attr-defined]
    out: dict[str, Any] = {}
    for name in codecs(model):
        default = table.c[name].default
        out[name] = default.arg if default is not None and default.is_scalar else None
    return out


def decode(model: type[Syncable], values: dict[str, Any]) -> dict[str, Any]:
    codec = codecs(model)
    return {k: codec[k][1](v) for k, v in values.items() if k in codec}


def recompute_row(
    session: Session,
    model: type[Syncable],
    row_id: str,
    exists: bool,
    row_defaults: dict[str, Any] | None = None,
) -> int:
    """Bring one row, its field heads and its listed conflicts to the state of its ops.

    Returns how many conflicts this opened. The merge field (duplicates) is left to the
    cross-row rule in app/core/rules.py, which writes the record finally kept.
    """
    return recompute_rows(session, model, [(row_id, exists)], row_defaults)


def _ops_of_rows(session: Session, entity: str, ids: Sequence[str]) -> dict[str, list[RowOp]]:
    """`read_ops` of many rows of one table: one read of their ops and one of their
    waiting marks per CHUNK rows instead of two reads per row."""
    out: dict[str, list[RowOp]] = {i: [] for i in ids}
    marks: dict[str, str] = {}
    conn = session.connection()
    for i in range(0, len(ids), CHUNK):
        part = list(ids[i : i + CHUNK])
        keys = {row_key(x): x for x in part}
        for r in conn.execute(_OPS_OF_ROWS, {"entity": entity, "keys": list(keys)}):
            out[keys[r[7] or b""]].append(tuple(r[:7]))  # type: ignore[arg-type]
        marks.update(
            (r, w) for r, w in conn.execute(_WAITING_OF_ROWS, {"entity": entity, "ids": part})
        )
    for row_id, waiting in marks.items():
        if waiting and waiting.startswith(rights.HOLD_PREFIX):
            held = set(waiting[len(rights.HOLD_PREFIX) :].split(","))
            out[row_id] = [
                o
                for o in out[row_id]
                if not (o[0] in held and rights.coordinator_only(entity, o[4], o[3], o[5]))
            ]
    return out


def recompute_rows(
    session: Session,
    model: type[Syncable],
    rows: Sequence[tuple[str, bool]],
    row_defaults: dict[str, Any] | None = None,
) -> int:
    """`recompute_row` for many rows of one table, (row id, exists) each: the rows' ops,
    heads and listed conflicts are read and replaced with a few statements for all of
    them (an import recomputes every row it touches). Returns the conflicts opened."""
    entity = model.__tablename__  # type: ignore[attr-defined]
    table = model.__table__  # type: ignore[attr-defined]
    rules = policy(entity)
    ids = [row_id for row_id, _ in rows]
    conn = session.connection()
    raised = 0
    with row_writes(session):
        old_heads: dict[tuple[str, str], int] = defaultdict(int)
        had: dict[str, set[str]] = defaultdict(set)
        for i in range(0, len(ids), CHUNK):
            part = ids[i : i + CHUNK]
            for row_id, name in conn.execute(_HEADS_OF_ROWS, {"entity": entity, "ids": part}):
                old_heads[(row_id, name)] += 1
            for row_id, kind in conn.execute(_LISTED_OF_ROWS, {"entity": entity, "ids": part}):
                had[row_id].add(kind)
        ops_of = _ops_of_rows(session, entity, ids)
        head_rows: list[dict[str, Any]] = []
        listed_rows: list[dict[str, Any]] = []
        for row_id, exists in rows:
            state = compute_row(ops_of[row_id], rules)
            values = decode(model, state.values)
            if rules.merge_field:
                values.pop(rules.merge_field, None)
            if exists:
                changes = derive(model, dict(values))
                if state.deleted is not None:
                    changes["deleted"] = state.deleted
                if changes:
                    params = {f"new_{k}": v for k, v in changes.items()}
                    conn.execute(
                        _row_update(table, tuple(sorted(changes))), {"row": row_id, **params}
                    )
            elif values or state.deleted is not None:
                row = {**(row_defaults or defaults(model)), **values}
                if rules.merge_field:
                    row[rules.merge_field] = None
                fresh = {"id": row_id, "deleted": bool(state.deleted), **derive(model, row)}
                conn.execute(insert(table), fresh)
            head_rows.extend(
                {"entity": entity, "row_id": row_id, "field": name, "replica_id": k[0], "seq": k[1]}
                for name, keys in state.heads.items()
                for k in keys
            )
            raised += sum(1 for name in state.conflicts if old_heads.get((row_id, name), 0) < 2)
            for kind, keys in state.listed().items():
                listed_rows.append(
                    {
                        "entity": entity,
                        "row_id": row_id,
                        "kind": kind,
                        "edits": dumps([op_key(*k) for k in keys]),
                    }
                )
                raised += 0 if kind in had.get(row_id, ()) else 1
        for i in range(0, len(ids), CHUNK):
            part = ids[i : i + CHUNK]
            conn.execute(_DROP_HEADS, {"entity": entity, "ids": part})
            conn.execute(_DROP_LISTED, {"entity": entity, "ids": part})
        if head_rows:
            conn.execute(insert(FieldHead), head_rows)
        if listed_rows:
            conn.execute(insert(SyncConflict), listed_rows)
    return raised


@lru_cache(maxsize=512)  # tables x the sets of columns that change together: a few dozen
def _row_update(table: Any, columns: tuple[str, ...]) -> Any:
    """UPDATE of these columns of one row, built once per table and set of columns (an
    import recomputes rows one by one; building the statement cost more than running it)."""
    return (
        update(table)
        .where(table.c.id == bindparam("row"))
        .values({c: bindparam(f"new_{c}", type_=table.c[c].type) for c in columns})
    )


def existing_ids(session: Session, model: type[Syncable], ids: Sequence[str]) -> set[str]:
    """Which of these rows of one table exist here (deleted ones too)."""
    read = _ids_present(model.__tablename__)  # type: ignore[attr-defined]
    conn = session.connection()
    found: set[str] = set()
    for i in range(0, len(ids), CHUNK):
        found.update(conn.execute(read, {"ids": list(ids[i : i + CHUNK])}).scalars())
    return found


@cache
def _ids_present(entity: str) -> Select[Any]:
    table = SYNCABLE[entity].__table__  # type: ignore[attr-defined]
    return select(table.c.id).where(table.c.id.in_(bindparam("ids", expanding=True)))


# Built once (building a statement and its cache key costs more than SQLite's answer);
# expanding IN parameters keep one cached form for any number of rows.
CHUNK = 500
_OPS_OF_ROWS = select(
    Op.replica_id, Op.seq, Op.hlc, Op.kind, Op.field, Op.value, Op.parents, Op.row_key
).where(Op.entity == bindparam("entity"), Op.row_key.in_(bindparam("keys", expanding=True)))
_WAITING_OF_ROWS = select(SyncWaitingRow.row_id, SyncWaitingRow.waiting_for).where(
    SyncWaitingRow.entity == bindparam("entity"),
    SyncWaitingRow.row_id.in_(bindparam("ids", expanding=True)),
)
_HEADS_OF_ROWS = select(FieldHead.row_id, FieldHead.field).where(
    FieldHead.entity == bindparam("entity"), FieldHead.row_id.in_(bindparam("ids", expanding=True))
)
_DROP_HEADS = delete(FieldHead).where(
    FieldHead.entity == bindparam("entity"), FieldHead.row_id.in_(bindparam("ids", expanding=True))
)
_LISTED_OF_ROWS = select(SyncConflict.row_id, SyncConflict.kind).where(
    SyncConflict.entity == bindparam("entity"),
    SyncConflict.row_id.in_(bindparam("ids", expanding=True)),
    SyncConflict.kind.in_(ROW_KINDS),
)
_DROP_LISTED = delete(SyncConflict).where(
    SyncConflict.entity == bindparam("entity"),
    SyncConflict.row_id.in_(bindparam("ids", expanding=True)),
    SyncConflict.kind.in_(ROW_KINDS),
)


def cross_rows(session: Session, touched: dict[str, set[str]]) -> None:
    """The cross-row rules (app/core/rules.py) over the rows of one unit of work."""
    from app.core.rules import after_rows

    with row_writes(session):
        after_rows(session, touched)
