"""Ops and rows that wait for what they depend on, so a laptop never stalls.

Files arrive in any order, from any laptop, and senders are approved in any order. Two
things can be missing when a file is applied, and both wait here instead of failing:

- A gap in an origin's history (a file continues an earlier file of that laptop that has
  not arrived): the verified ops beyond the gap wait in `sync_buffer` and move into
  op_log as soon as the ops before them arrive. op_log therefore always holds a
  contiguous prefix per origin, and the vectors (max seq per origin) stay true.
- A row whose ops are in op_log but that cannot be shown yet: its creation is not here
  (only later edits arrived), or it refers to a row that is not here (an attendance mark
  of a person created on a laptop whose file has not come). It is listed in
  `sync_waiting_row` and retried after every import. Dependencies are checked BEFORE
  anything is written; nothing relies on the database refusing a write.

Once every op has arrived nothing waits, and each row is the same pure function of its
ops as everywhere else (app/sync/merge.py).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.orm import Session

from app.core import chain, opcodec
from app.core.errors import N_
from app.core.models import SYNCABLE, Op, Syncable, SyncBufferedOp, SyncWaitingRow
from app.core.opcodec import row_key
from app.core.rowmerge import existing_ids
from app.sync import held, state
from app.sync.bundle import BundleRefused, OpRow

OP_COLUMNS = "replica_id, seq, hlc, entity, row_id, field, kind, value, parents, author"
CHUNK = 500
CREATE = "create"  # waiting_for: the row's creation has not arrived
Row = tuple[str, str]  # (entity, row_id)


def _raw(session: Session) -> Any:
    raw = session.connection().connection.driver_connection
    assert raw is not None
    return raw


def _forged(origin: str, seq: int) -> BundleRefused:
    return BundleRefused(
        N_(
            "The file holds a change {origin}:{seq} that differs from the one "
            "already here under the same number (forged or corrupted); "
            "nothing imported."
        ),
        origin=origin,
        seq=seq,
    )


# -- the per-origin buffer --------------------------------------------------------------
def admit(session: Session, new: Sequence[OpRow], names: dict[str, str]) -> tuple[list[OpRow], int]:
    """Put `new` ops (not in op_log yet) where they belong; return those now in op_log.

    Ops that continue an origin's prefix go into op_log; ops beyond a gap go into the
    buffer (an op already buffered under the same number must be identical); then every
    buffered run that has become contiguous moves into op_log. Returns the ops that
    entered op_log in this call and how many ops still wait in the buffer.
    """
    by_origin: dict[str, list[OpRow]] = defaultdict(list)
    for o in new:
        by_origin[o[0]].append(o)
    buffered_origins = set(session.connection().scalars(_BUFFERED_ORIGINS))
    direct: list[OpRow] = []
    later: list[OpRow] = []
    for origin, ops in by_origin.items():
        ops.sort(key=lambda o: o[1])
        if origin in buffered_origins:
            stored = {
                tuple(r)[1]: tuple(r)
                for r in session.connection().exec_driver_sql(
                    f"SELECT {OP_COLUMNS} FROM sync_buffer WHERE replica_id = ? "
                    "AND seq BETWEEN ? AND ?",
                    (origin, ops[0][1], ops[-1][1]),
                )
            }
            for o in ops:
                if o[1] in stored and stored[o[1]] != o:
                    raise _forged(names.get(origin, origin[:8]), o[1])
        if ops[0][1] == _top(session, origin) + 1:
            direct.extend(ops)
        else:
            later.extend(ops)
    raw = _raw(session)
    if direct:
        opcodec.insert_ops(raw, direct)
    if later:
        raw.executemany(
            f"INSERT OR IGNORE INTO sync_buffer ({OP_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)", later
        )
        buffered_origins.update(o[0] for o in later)
    moved: list[OpRow] = []
    for origin in sorted(buffered_origins):
        moved.extend(_drain(session, origin, names))
    if moved:
        opcodec.insert_ops(raw, moved)
    waiting = session.connection().scalar(_BUFFERED) or 0
    return direct + moved, int(waiting)


# Reads of every import, on the session's connection and built once (Core: they select
# columns, and the ORM's execution costs more than these queries do).
_BUFFERED = select(func.count()).select_from(SyncBufferedOp)
_WAITING_ROWS = select(SyncWaitingRow.entity, SyncWaitingRow.row_id, SyncWaitingRow.waiting_for)
_BUFFERED_ORIGINS = select(SyncBufferedOp.replica_id).distinct()
_TOP = select(func.max(Op.seq)).where(Op.replica_id == bindparam("origin"))


def _top(session: Session, origin: str) -> int:
    """The origin's last seq in op_log (sync_origin may not list it yet in this import)."""
    return int(session.connection().scalar(_TOP, {"origin": origin}) or 0)


def _drain(session: Session, origin: str, names: dict[str, str]) -> list[OpRow]:
    """The buffered ops of `origin` that now continue its prefix; dropped from the buffer."""
    have = _top(session, origin)
    rows = [
        tuple(r)
        for r in session.connection().exec_driver_sql(
            f"SELECT {OP_COLUMNS} FROM sync_buffer WHERE replica_id = ? ORDER BY seq", (origin,)
        )
    ]
    known = [r for r in rows if r[1] <= have]
    if known:  # arrived directly meanwhile: they must be the same ops
        here = {
            tuple(r)[1]: tuple(r)
            for r in session.connection().exec_driver_sql(
                f"SELECT {OP_COLUMNS} FROM op_log WHERE replica_id = ? AND seq BETWEEN ? AND ?",
                (origin, known[0][1], known[-1][1]),
            )
        }
        for r in known:
            if here.get(r[1]) != r:
                raise _forged(names.get(origin, origin[:8]), r[1])
    run: list[OpRow] = []
    for r in rows:
        if r[1] == have + len(run) + 1:
            run.append(r)
        elif r[1] > have + len(run) + 1:
            break
    run = _signed_part(session, origin, have, run)
    session.execute(
        delete(SyncBufferedOp).where(
            SyncBufferedOp.replica_id == origin, SyncBufferedOp.seq <= have + len(run)
        )
    )
    return run


def _signed_part(session: Session, origin: str, have: int, run: list[OpRow]) -> list[OpRow]:
    """The part of a contiguous buffered run that its origin's signature vouches for.

    Buffered ops came beyond a gap, so their chain could not be checked on arrival; only
    the origin's signed checkpoint was (app/sync/signing.py). Now that the ops before them
    are here, the chain is extended through the run and compared with each checkpoint:
    ops enter the op log up to the last checkpoint they match, and its tip is stored.
    Ops a checkpoint does not match (forged in a relay) are dropped from the buffer.
    """
    if not run:
        return run
    conn = session.connection()
    cps = {
        int(r[0]): (str(r[1]), r[2], r[3])
        for r in conn.exec_driver_sql(
            "SELECT seq, chain, signature, signed_by FROM sync_buffer_checkpoint "
            "WHERE origin = ? AND seq > ? AND seq <= ?",
            (origin, have, run[-1][1]),
        )
    }
    value = chain.tip(conn, origin, have)
    seals = chain.seals_of(conn, origin, have + 1)  # erased ops (app/core/erasure.py)
    upto, vouched = 0, None
    for i, op in enumerate(run):
        value = chain.extend(value, [op], seals)
        cp = cps.get(op[1])
        if cp is None:
            continue
        if value.hex() != cp[0]:  # not the history the origin signed: drop what is unvouched
            session.execute(
                delete(SyncBufferedOp).where(
                    SyncBufferedOp.replica_id == origin, SyncBufferedOp.seq > have + upto
                )
            )
            break
        upto, vouched = i + 1, (op[1], value, cp[1], cp[2])
    if vouched is not None:
        chain.store_tip(conn, origin, vouched[0], vouched[1], vouched[2], vouched[3])
        conn.exec_driver_sql(
            "DELETE FROM sync_buffer_checkpoint WHERE origin = ? AND seq <= ?",
            (origin, vouched[0]),
        )
    return run[:upto]


# -- rows that wait for their creation or a row they refer to --------------------------
def _refs(model: type[Syncable]) -> dict[str, str]:
    """Column -> the table it refers to (foreign keys)."""
    table = model.__table__  # type: ignore[attr-defined]
    return {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}


def _existing(session: Session, entity: str, ids: Iterable[str]) -> set[str]:
    model = SYNCABLE.get(entity)
    if model is None:
        return set()
    return existing_ids(session, model, list(ids))


def _ops_of(session: Session, entity: str, ids: Sequence[str]) -> dict[Row, list[OpRow]]:
    """Every op in op_log of these rows, in chunks (one query per CHUNK rows)."""
    out: dict[Row, list[OpRow]] = defaultdict(list)
    for i in range(0, len(ids), CHUNK):
        part = list(ids[i : i + CHUNK])
        marks = ",".join("?" * len(part))
        for r in session.connection().exec_driver_sql(
            f"SELECT {OP_COLUMNS} FROM op_log WHERE entity = ? AND row_key IN ({marks}) "
            "ORDER BY replica_id, seq",
            (entity, *(row_key(i) for i in part)),
        ):
            o = tuple(r)
            out[(o[3], o[4])].append(o)
    return out


def _needs(refs: dict[str, str], ops: Iterable[OpRow]) -> set[Row]:
    """Every row these ops refer to through a foreign key (any version of the field)."""
    out: set[Row] = set()
    for o in ops:
        if o[6] == "create" and o[7]:
            if not any(column in o[7] for column in refs):
                continue  # names none of them: no need to parse it
            body = json.loads(o[7])
            for column, target in refs.items():
                value = body.get(column)
                if isinstance(value, str):
                    out.add((target, value))
        elif o[6] == "set" and o[5] in refs and o[7]:
            value = json.loads(o[7])
            if isinstance(value, str):
                out.add((refs[o[5]], value))
    return out


def _by_entity(rows: Iterable[Row]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for entity, row_id in rows:
        out[entity].append(row_id)
    return out


def ready(
    session: Session, new: Sequence[OpRow], coordinators: held.Origins | None = None
) -> tuple[list[OpRow], int]:
    """The ops to materialise now: `new` ops and waiting rows whose dependencies are here.

    A row can be shown when it exists here or its create is here, and every row it
    refers to exists here or can be shown in this same transaction (foreign keys are
    checked at commit). Rows that cannot are listed in sync_waiting_row (with what they
    wait for) and left untouched. With `coordinators`, rows holding a change only a
    coordinator may make, from a laptop not known as one, are listed too (app/sync/held.py):
    shown without those changes, or not at all when the held change is their creation.
    Returns the ops to pass to `materialise` and how many rows still wait or hold.
    """
    batch: dict[Row, list[OpRow]] = defaultdict(list)
    passthrough: list[OpRow] = []  # tables this version does not know (parked)
    for o in new:
        if o[3] in SYNCABLE:
            batch[(o[3], o[4])].append(o)
        else:
            passthrough.append(o)
    before = {(e, r): waits for e, r, waits in session.connection().execute(_WAITING_ROWS)}
    if not batch and not before:
        return passthrough, 0
    # Rows that were waiting are judged on all their ops (edits may have come first).
    full: dict[Row, list[OpRow]] = {row: [] for row in before}
    for entity, ids in _by_entity(before).items():
        full.update(_ops_of(session, entity, ids))
    candidates = set(batch) | set(before)
    has_create = {
        row: any(o[6] == "create" for o in full.get(row, batch.get(row, ()))) for row in candidates
    }
    # Rows without a create among their ops: here already, or was it in an earlier file?
    unsure = [row for row, yes in has_create.items() if not yes]
    exists: set[Row] = set()
    for entity, ids in _by_entity(unsure).items():
        exists.update((entity, r) for r in _existing(session, entity, ids))
        rest = [r for r in ids if (entity, r) not in exists]
        for row, ops in _ops_of(session, entity, rest).items():
            if any(o[6] == "create" for o in ops):
                has_create[row] = True
    needs: dict[Row, set[Row]] = {}
    for row in candidates:
        if row in exists:
            has_create[row] = True
        refs = _refs(SYNCABLE[row[0]])
        needs[row] = _needs(refs, full.get(row, batch.get(row, []))) if refs else set()
    targets: dict[str, set[str]] = defaultdict(set)
    for deps in needs.values():
        for entity, row_id in deps:
            if (entity, row_id) not in candidates:
                targets[entity].add(row_id)
    present = {(e, r) for e, ids in targets.items() for r in _existing(session, e, ids)}
    present |= exists
    why: dict[Row, str] = {row: CREATE for row in candidates if not has_create[row]}
    holds: dict[Row, str] = {}  # shown without the held ops (rowmerge.read_ops)
    if coordinators is not None:
        for row in candidates:
            if row in why:
                continue
            origins, creates = coordinators.held(full.get(row, batch.get(row, [])))
            if not origins:
                continue
            if creates or len(origins) > held.MAX_LISTED:
                why[row] = held.reason(origins)
            else:
                holds[row] = held.reason(origins)
    ok = {row for row in candidates if row not in why}
    changed = True
    while changed:  # a row is ready only if what it refers to is (or will be) here
        changed = False
        for row in sorted(ok):
            missing = sorted(d for d in needs[row] if d not in present and d not in ok)
            if missing:
                ok.discard(row)
                why[row] = f"{missing[0][0]}:{missing[0][1]}"
                changed = True
    out = list(passthrough)
    for row in ok:
        out.extend(full[row] if row in full else batch[row])
    marks = {**why, **{row: r for row, r in holds.items() if row in ok}}
    raw = _raw(session)
    raw.executemany(
        "DELETE FROM sync_waiting_row WHERE entity = ? AND row_id = ?",
        [row for row in before if row in ok and row not in marks],
    )
    raw.executemany(
        "INSERT OR REPLACE INTO sync_waiting_row (entity, row_id, waiting_for) VALUES (?,?,?)",
        [(*row, reason) for row, reason in marks.items() if before.get(row) != reason],
    )
    return out, len(marks)


# -- what waits, for `sync status` -------------------------------------------------------
@dataclass(frozen=True)
class WaitingChanges:
    """Changes of one laptop that wait for earlier ones of the same laptop."""

    origin: str
    count: int
    needs_from: int  # the first missing change number
    needs_to: int


@dataclass(frozen=True)
class WaitingRows:
    """Rows of one table waiting for one thing (their creation, or one other row)."""

    entity: str
    count: int
    waiting_for: str  # "create" or "entity:row_id"
    example: str


def summary(session: Session) -> tuple[list[WaitingChanges], list[WaitingRows]]:
    have = state.vector(session)
    changes = [
        WaitingChanges(origin, int(n), have.get(origin, 0) + 1, int(first) - 1)
        for origin, n, first in session.execute(
            select(SyncBufferedOp.replica_id, func.count(), func.min(SyncBufferedOp.seq)).group_by(
                SyncBufferedOp.replica_id
            )
        )
    ]
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for w in session.scalars(select(SyncWaitingRow).order_by(SyncWaitingRow.row_id)):
        groups[(w.entity, w.waiting_for)].append(w.row_id)
    rows = [
        WaitingRows(entity, len(ids), why, ids[0]) for (entity, why), ids in sorted(groups.items())
    ]
    return changes, rows
