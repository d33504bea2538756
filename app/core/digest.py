"""A digest of the synced state: equal digests mean equal data.

Every syncable table, every row (tombstones included), every column except those named
in `exclude`, in id order. Used by `tirek sync status`, by tests that compare
installations, and by the demo's determinism check.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.codec import dumps
from app.core.models import SYNCABLE


def state_digest(session: Session, exclude: Iterable[str] = ()) -> str:
    skip = set(exclude)
    h = hashlib.sha256()
    for name in sorted(SYNCABLE):
        table = SYNCABLE[name].__table__  # type: ignore[attr-defined]
        cols = [c for c in table.columns if c.key not in skip]
        h.update(name.encode())
        for row in session.execute(select(*cols).order_by(table.c.id)):
            h.update(dumps([v.isoformat() if hasattr(v, "isoformat") else v for v in row]).encode())
    return h.hexdigest()
