"""A digest of the synced state: equal digests mean equal data.

Every syncable table, every row (tombstones included), every column except those named
in `exclude`, in id order. Used by `tirek sync status`, by tests that compare
installations, and by the demo's determinism check.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.core.codec import dumps
from app.core.models import SYNCABLE
from app.core.progress import NO_PROGRESS, Progress


@cache
def _reads(skip: frozenset[str]) -> tuple[tuple[bytes, Select[Any]], ...]:
    """Each table's name and its read, built once (tests and `sync status` ask often; a
    statement costs more to build than to answer on a small installation)."""
    out = []
    for name in sorted(SYNCABLE):
        table = SYNCABLE[name].__table__  # type: ignore[attr-defined]
        cols = [c for c in table.columns if c.key not in skip]
        out.append((name.encode(), select(*cols).order_by(table.c.id)))
    return tuple(out)


def state_digest(
    session: Session, exclude: Iterable[str] = (), progress: Progress = NO_PROGRESS
) -> str:
    """The digest; `progress` is asked every few thousand rows whether to stop (a large
    installation reads for seconds, and the Sync page drops a digest it no longer shows)."""
    h = hashlib.sha256()
    conn = session.connection()
    rows = 0
    for name, read in _reads(frozenset(exclude)):
        h.update(name)
        for row in conn.execute(read):
            h.update(dumps([v.isoformat() if hasattr(v, "isoformat") else v for v in row]).encode())
            rows += 1
            if not rows % 5000:
                progress.step(rows, 0)
    return h.hexdigest()
