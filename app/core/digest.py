"""A digest of the synced state: equal digests mean equal data.

Every syncable table, every row (tombstones included), every column except those named
in `exclude`, in id order. Used by `tirek sync status` and the Sync page, by tests that
compare installations, and by the demo's determinism check.

Each row is hashed as the JSON list of the values SQLAlchemy gives for it (row ids as
text, dates and times in ISO form). The rows are read straight from the driver and only
the columns that need it are converted, each by SQLAlchemy's own converter (row ids as
`RowId` does, a reference repeated over many rows once): the same bytes as reading
through SQLAlchemy without its cost per statement and per row, which was most of the
digest of a small installation (the sync tests take it after every scenario) and a good
part of a large one's. tests/core/test_digest.py holds the two ways equal.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from app.core.codec import dumps
from app.core.models import SYNCABLE
from app.core.models.base import RowId
from app.core.opcodec import row_text
from app.core.progress import NO_PROGRESS, Progress

Convert = Callable[[Any], Any]
# A table's name, its SELECT, and for each column that needs one its converter's maker
# (a fresh one per digest: the id converters remember the ids they have seen).
Read = tuple[bytes, str, tuple[tuple[int, Callable[[], Convert]], ...]]


def _id_texts(repeated: bool) -> Convert:
    """A stored row id as text (`opcodec.row_text`, what `RowId` gives)."""
    if not repeated:  # a row's own id: each one once
        return lambda value: None if value is None else row_text(value)
    seen: dict[Any, str] = {}

    def convert(value: Any) -> Any:
        if value is None:
            return None
        text = seen.get(value)
        if text is None:
            text = seen[value] = row_text(value)
        return text

    return convert


def _with_iso(process: Convert) -> Convert:
    def convert(value: Any) -> Any:
        value = process(value)
        return value.isoformat() if hasattr(value, "isoformat") else value

    return convert


@functools.cache
def _reads(skip: frozenset[str], dialect: Dialect) -> tuple[Read, ...]:
    """Each syncable table's read, built once."""
    out = []
    for name in sorted(SYNCABLE):
        table = SYNCABLE[name].__table__  # type: ignore[attr-defined]
        columns = [c for c in table.columns if c.key not in skip]
        makers: list[tuple[int, Callable[[], Convert]]] = []
        for i, column in enumerate(columns):
            if isinstance(column.type, RowId):
                makers.append((i, functools.partial(_id_texts, column.name != "id")))
                continue
            process = column.type.dialect_impl(dialect).result_processor(dialect, None)
            if process is not None:
                makers.append((i, functools.partial(_with_iso, process)))
        listed = ", ".join(f'"{c.name}"' for c in columns)
        out.append((name.encode(), f"SELECT {listed} FROM {name} ORDER BY id", tuple(makers)))
    return tuple(out)


def state_digest(
    session: Session, exclude: Iterable[str] = (), progress: Progress = NO_PROGRESS
) -> str:
    """The digest; `progress` is asked every few thousand rows whether to stop (a large
    installation reads for seconds, and the Sync page drops a digest it no longer shows)."""
    h = hashlib.sha256()
    conn = session.connection()  # in the session's transaction: one snapshot
    raw = conn.connection.driver_connection
    assert raw is not None
    rows = 0
    for name, sql, makers in _reads(frozenset(exclude), conn.dialect):
        h.update(name)
        converts = [(i, make()) for i, make in makers]
        for row in raw.execute(sql):
            if converts:
                row = list(row)
                for i, convert in converts:
                    row[i] = convert(row[i])
            h.update(dumps(row).encode())
            rows += 1
            if not rows % 5000:
                progress.step(rows, 0)
    return h.hexdigest()
