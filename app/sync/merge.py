"""Applying ops from other installations: the op log first, then each touched row recomputed.

A row's state is a pure function of the set of its ops (`app/core/rowmerge.py`, the same
function the local write path uses), so every installation that holds the same ops shows
the same row, whatever order the ops arrived in; the cross-row rules of
`app/core/rules.py` then run over the touched rows. Ops of tables or fields this version
does not know are kept in the op log (parked) and relayed unchanged; they are simply not
shown.
"""

from __future__ import annotations

import json
import os
import signal
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from app.core.codec import codecs
from app.core.models import SYNCABLE, Syncable
from app.core.opcodec import row_key
from app.core.rowmerge import (
    Key,
    RowOp,
    RowState,
    compute_row,
    cross_rows,
    existing_ids,
    parse_key,
    recompute_rows,
)
from app.core.rowmerge import defaults as _defaults
from app.sync.bundle import OpRow

__all__ = ["Key", "RowOp", "RowState", "compute_row", "materialise", "parse_key"]

CRASH_ENV = "TIREK_SYNC_CRASH_AT"  # tests: SIGKILL the process at a named point
CHUNK = 500


def crash_point(name: str, target: str | None = None) -> None:
    """Die here (SIGKILL) when the tests ask for it: proves an import is all or nothing."""
    if (target if target is not None else os.environ.get(CRASH_ENV)) == name:
        os.kill(os.getpid(), signal.SIGKILL)


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
                row_key(row_id),  # the id as RowId stores it (app/core/models/base.py)
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
        existing = existing_ids(session, model, ids)
        fresh = _FreshRows(model, session)
        others: list[tuple[str, bool]] = []
        for row_id in ids:
            ops = rows[row_id]
            if row_id not in existing and len(ops) == 1 and ops[0][6] == "create":
                fresh.add(row_id, json.loads(ops[0][7]) if ops[0][7] else {})
            else:
                others.append((row_id, row_id in existing))
        fresh.insert()
        if others:  # all of this table's rows at once (app/core/rowmerge.py)
            result.conflicts_raised += recompute_rows(session, model, others, defaults)
        if crash_at:
            for _row in ids:
                counted += 1
                crash_point(f"row:{counted}", crash_at)
        result.rows += len(ids)
    cross_rows(session, {entity: set(rows) for entity, rows in by_row.items()})
    return result
