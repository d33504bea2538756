"""Applying ops from other installations: the op log first, then each touched row recomputed.

A row's state is a pure function of the set of its ops, so every installation that holds
the same ops shows the same row, whatever order the ops arrived in:

- Causality comes from the ops, never from clocks: an op follows the ops it names as
  parents, the earlier ops of its own origin, and (for an edit or delete naming no
  parents: the first edit of a field) every create of the row it is not itself before.
- Per field, the heads are the versions no other version of that field follows. A
  create's fields are versions too (two laptops creating the same link row merge field by
  field). One head: that is the value. Several: the newest clock stamp (then replica id,
  seq) wins everywhere, and if their values differ a conflict stays open for review.
- The tombstone is the field "deleted" (creates say False, deletes True). An edit that
  the winning delete did not see is an edit-versus-delete conflict: the row stays
  deleted (no silent resurrection), the edit's value is kept on it (no silent loss).
- Ops of tables or fields this version does not know are kept in the op log (parked) and
  relayed unchanged; they are simply not shown.
"""

from __future__ import annotations

import json
import os
import signal
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.core.codec import codecs, dumps
from app.core.models import SYNCABLE, FieldHead, Syncable, SyncConflict
from app.core.writer import DELETED_FIELD, derive
from app.sync.bundle import OpRow

CRASH_ENV = "TIREK_SYNC_CRASH_AT"  # tests: SIGKILL the process at a named point

Key = tuple[str, int]
# (replica_id, seq, hlc, kind, field, value, parents): what a row's state needs of an op.
RowOp = tuple[str, int, int, str, str | None, str | None, str | None]
CHUNK = 500


def crash_point(name: str, target: str | None = None) -> None:
    """Die here (SIGKILL) when the tests ask for it: proves an import is all or nothing."""
    if (target if target is not None else os.environ.get(CRASH_ENV)) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def parse_key(text: str) -> Key:
    replica, seq = text.rsplit(":", 1)
    return replica, int(seq)


@dataclass
class RowState:
    values: dict[str, Any] = field(default_factory=dict)  # field -> winning JSON value
    deleted: bool | None = None
    heads: dict[str, list[Key]] = field(default_factory=dict)  # field_head rows to keep
    conflicts: set[str] = field(default_factory=set)
    edits_while_deleted: list[Key] = field(default_factory=list)


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


def compute_row(ops: Sequence[RowOp]) -> RowState:
    """The state of one row from all its ops (see the module docstring)."""
    by_key = {(o[0], o[1]): o for o in ops}
    preds: dict[Key, set[Key]] = {k: set() for k in by_key}
    parentless: list[Key] = []
    for k, o in by_key.items():
        named = [parse_key(p) for p in json.loads(o[6])] if o[6] else []
        preds[k].update(p for p in named if p in by_key)
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
    for k, o in by_key.items():
        kind = o[3]
        if kind == "create":
            body = json.loads(o[5]) if o[5] else {}
            for name, value in body.items():
                versions[name].append((k, value))
            versions[DELETED_FIELD].append((k, False))
        elif kind == "delete":
            versions[DELETED_FIELD].append((k, True))
        elif o[4] is not None:
            versions[o[4]].append((k, json.loads(o[5]) if o[5] is not None else None))

    state = RowState()
    head_keys: dict[str, list[Key]] = {}
    for name, vs in versions.items():
        keys = {k for k, _ in vs}
        heads = [(k, v) for k, v in vs if not any(k in anc[w] for w in keys if w != k)]
        if not heads:  # only a forged cycle can do this; keep every version visible
            heads = list(vs)
        winner = max(heads, key=lambda kv: (by_key[kv[0]][2], kv[0][0], kv[0][1]))
        if name == DELETED_FIELD:
            state.deleted = bool(winner[1])
        else:
            state.values[name] = winner[1]
        if len({dumps(v) for _, v in heads}) > 1:
            state.conflicts.add(name)
        ordered = sorted(k for k, _ in heads)
        head_keys[name] = ordered
        only = by_key[ordered[0]]
        # The writer's convention: no field_head row while a field still holds the value
        # of the row's (first) create.
        if not (len(ordered) == 1 and only[3] == "create" and not only[6]):
            state.heads[name] = ordered
    if state.deleted:
        deletes = [k for k in head_keys[DELETED_FIELD] if by_key[k][3] == "delete"]
        winner_delete = max(deletes, key=lambda k: (by_key[k][2], k))
        state.edits_while_deleted = sorted(
            k
            for name, ks in head_keys.items()
            if name != DELETED_FIELD
            for k in ks
            if by_key[k][3] in ("set", "merge") and k not in anc[winner_delete]
        )
    return state


def _defaults(model: type[Syncable]) -> dict[str, Any]:
    table = model.__table__  # type: ignore[attr-defined]
    out: dict[str, Any] = {}
    for name in codecs(model):
        col = table.c[name]
        default = col.default
        out[name] = default.arg if default is not None and default.is_scalar else None
    return out


def _decode(model: type[Syncable], values: dict[str, Any]) -> dict[str, Any]:
    codec = codecs(model)
    return {k: codec[k][1](v) for k, v in values.items() if k in codec}


@dataclass
class Applied:
    rows: int = 0
    parked: int = 0
    conflicts_raised: int = 0
    touched: set[str] = field(default_factory=set)


class _FreshRows:
    """New rows made by a single create op, inserted in bulk straight through the driver.

    SQLAlchemy's per-row parameter handling costs as much as SQLite's own work here, so
    values are decoded by the codecs and passed through each column's own bind processor:
    stored exactly as an ORM insert would store them.
    """

    def __init__(self, model: type[Syncable], session: Session) -> None:
        self.session = session
        self.table = model.__table__  # type: ignore[attr-defined]
        dialect = session.connection().dialect
        codec = codecs(model)
        defaults = _defaults(model)
        self.fields = [(name, dec, defaults[name]) for name, (_enc, dec) in codec.items()]
        # dialect_impl: the SQLite forms of Date/Time/DateTime are what store them as text.
        self.procs = [
            self.table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in codec
        ]
        names = list(codec)
        derived = getattr(model, "__derived__", {})
        self.derived = [(names.index(src), fn) for _t, (src, fn) in derived.items()]
        flag = self.table.c.deleted.type.dialect_impl(dialect).bind_processor(dialect)
        self.alive = flag(False) if flag else False
        self.columns = ["id", "deleted", *names, *derived]
        self.data: list[tuple[Any, ...]] = []

    def add(self, row_id: str, body: dict[str, Any]) -> None:
        values = [dec(body[n]) if n in body else d for n, dec, d in self.fields]
        self.data.append(
            (
                row_id,
                self.alive,
                *[v if v is None or p is None else p(v) for v, p in zip(values, self.procs)],  # noqa: B905
                *[None if values[i] is None else fn(values[i]) for i, fn in self.derived],
            )
        )

    def insert(self) -> None:
        if not self.data:
            return
        marks = ", ".join("?" * len(self.columns))
        sql = f"INSERT INTO {self.table.name} ({', '.join(self.columns)}) VALUES ({marks})"
        raw = self.session.connection().connection.driver_connection
        assert raw is not None
        raw.executemany(sql, self.data)


def _existing_ids(session: Session, model: type[Syncable], ids: Sequence[str]) -> set[str]:
    table = model.__table__  # type: ignore[attr-defined]
    found: set[str] = set()
    for i in range(0, len(ids), CHUNK):
        part = ids[i : i + CHUNK]
        found.update(session.scalars(select(table.c.id).where(table.c.id.in_(part))))
    return found


def materialise(session: Session, new_ops: Iterable[OpRow]) -> Applied:
    """Bring every row touched by `new_ops` (already in op_log) to its merged state."""
    result = Applied()
    crash_at = os.environ.get(CRASH_ENV)
    counted = 0
    by_row: dict[str, dict[str, list[OpRow]]] = defaultdict(lambda: defaultdict(list))
    for o in new_ops:
        by_row[o[3]][o[4]].append(o)
    for entity, rows in by_row.items():
        model = SYNCABLE.get(entity)
        if model is None:
            result.parked += sum(len(v) for v in rows.values())
            continue
        result.touched.add(entity)
        defaults = _defaults(model)
        ids = list(rows)
        existing = _existing_ids(session, model, ids)
        fresh = _FreshRows(model, session)
        for row_id in ids:
            ops = rows[row_id]
            if row_id not in existing and len(ops) == 1 and ops[0][6] == "create":
                fresh.add(row_id, json.loads(ops[0][7]) if ops[0][7] else {})
            else:
                _recompute(session, model, row_id, row_id in existing, defaults, result)
            if crash_at:
                counted += 1
                crash_point(f"row:{counted}", crash_at)
        fresh.insert()
        result.rows += len(ids)
    return result


def _recompute(
    session: Session,
    model: type[Syncable],
    row_id: str,
    exists: bool,
    defaults: dict[str, Any],
    result: Applied,
) -> None:
    entity = model.__tablename__  # type: ignore[attr-defined]
    table = model.__table__  # type: ignore[attr-defined]
    ops: list[RowOp] = [
        tuple(r)
        for r in session.connection().exec_driver_sql(
            "SELECT replica_id, seq, hlc, kind, field, value, parents FROM op_log "
            "WHERE entity = ? AND row_id = ?",
            (entity, row_id),
        )
    ]
    old_heads: dict[str, int] = defaultdict(int)
    for (name,) in session.execute(
        select(FieldHead.field).where(FieldHead.entity == entity, FieldHead.row_id == row_id)
    ):
        old_heads[name] += 1
    state = compute_row(ops)
    values = _decode(model, state.values)
    if exists:
        changes = derive(model, dict(values))
        if state.deleted is not None:
            changes["deleted"] = state.deleted
        if changes:
            session.execute(update(table).where(table.c.id == row_id).values(**changes))
    elif values or state.deleted is not None:
        row = {**defaults, **values}
        session.execute(
            insert(table).values(id=row_id, deleted=bool(state.deleted), **derive(model, row))
        )
    session.execute(delete(FieldHead).where(FieldHead.entity == entity, FieldHead.row_id == row_id))
    head_rows = [
        {"entity": entity, "row_id": row_id, "field": name, "replica_id": k[0], "seq": k[1]}
        for name, keys in state.heads.items()
        for k in keys
    ]
    if head_rows:
        session.execute(insert(FieldHead), head_rows)
    result.conflicts_raised += sum(1 for name in state.conflicts if old_heads.get(name, 0) < 2)
    had_delete_conflict = session.get(SyncConflict, (entity, row_id)) is not None
    session.execute(
        delete(SyncConflict).where(SyncConflict.entity == entity, SyncConflict.row_id == row_id)
    )
    if state.edits_while_deleted:
        session.execute(
            insert(SyncConflict).values(
                entity=entity,
                row_id=row_id,
                kind="deleted",
                edits=dumps([f"{r}:{s}" for r, s in state.edits_while_deleted]),
            )
        )
        result.conflicts_raised += 0 if had_delete_conflict else 1
