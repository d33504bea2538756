"""Tombstones older than the network's horizon are compacted (docs/privacy-erasure.md).

A coordinator runs `tirek sync compact` (horizon: `--horizon-days`, default two years).
It writes a `tombstone_compaction` record with the cut-off clock stamp (now minus the
horizon); the record travels like any other. Every laptop that holds it removes the same
rows: deleted rows none of whose changes is newer than the cut-off, and that no row
refers to any more (children go first). Their field heads and listed conflicts go with
them, and each is remembered in `compacted_row`. The op log keeps their changes (the
audit trail, and what a laptop that joins later needs to verify the chain), so every
laptop that holds the same changes and the same record removes the same rows and the
state digests stay equal.

The rule for a laptop that comes back after the horizon: a file carrying a change, not
yet known here, to a compacted row is refused with a message that says so; that laptop
copies its unsent work aside and starts again from a fresh copy (docs/privacy-erasure.md).
Erasure records, retirements and compaction records are never compacted: they are what
refuses late work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import clock
from app.core.errors import N_, InputError
from app.core.models import SYNCABLE, CompactedRow, TombstoneCompaction, new_id
from app.core.rights import require
from app.core.store import Store

DEFAULT_HORIZON_DAYS = 730
NEVER = frozenset({"person_erasure", "tombstone_compaction", "device_retirement"})


def cutoff_hlc(session: Session) -> int | None:
    return session.scalar(
        select(func.max(TombstoneCompaction.cutoff_hlc)).where(
            TombstoneCompaction.deleted.is_(False)
        )
    )


def _references() -> list[tuple[str, str, str]]:
    """(child table, column, parent table) for every foreign key between synced tables."""
    out = []
    for model in SYNCABLE.values():
        table = model.__table__  # type: ignore[attr-defined]
        for fk in table.foreign_keys:
            out.append((table.name, fk.parent.name, fk.column.table.name))
    return out


def compact(session: Session) -> int:
    """Remove every compactable row here (see the module doc); returns how many."""
    cutoff = cutoff_hlc(session)
    if cutoff is None:
        return 0
    conn = session.connection()
    conn.exec_driver_sql("PRAGMA secure_delete = ON")
    refs = _references()
    total = 0
    while True:  # children first: a parent goes once nothing refers to it
        removed = 0
        for entity in sorted(SYNCABLE):
            if entity in NEVER:
                continue
            held = "".join(
                f' AND NOT EXISTS (SELECT 1 FROM "{c}" WHERE "{c}"."{col}" = t.id)'
                for c, col, parent in refs
                if parent == entity
            )
            ids = [
                r[0]
                for r in conn.exec_driver_sql(
                    f'SELECT row_text(t.id) FROM "{entity}" t WHERE t.deleted = 1 AND NOT EXISTS '
                    "(SELECT 1 FROM op_log o WHERE o.entity = ? AND o.row_key = op_key(t.id) "
                    f"AND o.hlc >= ?){held}",
                    (entity, cutoff),
                )
            ]
            for row_id in ids:
                # The id as the table stores it (16 bytes, app/core/models/base.py).
                conn.exec_driver_sql(f'DELETE FROM "{entity}" WHERE id = op_key(?)', (row_id,))
                for sql in (
                    "DELETE FROM field_head WHERE entity = ? AND row_id = ?",
                    "DELETE FROM sync_conflict WHERE entity = ? AND row_id = ?",
                    "INSERT OR IGNORE INTO compacted_row (entity, row_id) VALUES (?, ?)",
                ):
                    conn.exec_driver_sql(sql, (entity, row_id))
            removed += len(ids)
        total += removed
        if not removed:
            return total


def compact_tombstones(
    store: Store, horizon_days: int = DEFAULT_HORIZON_DAYS, now: datetime | None = None
) -> int:
    """A coordinator compacts the network's tombstones older than `horizon_days`.

    `now` is for tests (a compaction two years on)."""
    require(store, "manage_network")  # the network's decision, a coordinator's
    if horizon_days < 30:
        raise InputError(
            N_("The horizon must be at least 30 days (two years is usual)."), field="horizon"
        )
    ident = store.require_identity()
    now = (now or datetime.now()).replace(microsecond=0)
    cutoff = now - timedelta(days=horizon_days)
    with store.write() as w:
        w.create(
            TombstoneCompaction,
            {
                "cutoff_hlc": clock.pack(int(cutoff.timestamp() * 1000), 0),
                "cutoff": cutoff,
                "horizon_days": horizon_days,
                "made_at": now,
                "made_by": w.author,
                "made_on": ident.device_name,
            },
            new_id(),
        )
        w.flush()
        n = compact(w.session)
        w.touched(*SYNCABLE)
        return n


# Asked at every import: most installations never compacted anything (built once, Core).
_ANY_COMPACTED = select(CompactedRow.entity).limit(1)


def late_changes(session: Session, new_ops: Sequence[Sequence[Any]]) -> list[tuple[str, str]]:
    """The rows compacted here that `new_ops` (not known here yet) would change."""
    if not new_ops or session.connection().scalar(_ANY_COMPACTED) is None:
        return []
    keys = {(o[3], o[4]) for o in new_ops}
    conn = session.connection()
    found = []
    for entity, row_id in sorted(keys):
        hit = conn.exec_driver_sql(
            "SELECT 1 FROM compacted_row WHERE entity = ? AND row_id = ?", (entity, row_id)
        ).first()
        if hit is not None:
            found.append((entity, row_id))
    return found


def arrived(new_ops: Iterable[Sequence[Any]]) -> bool:
    """Did a compaction record arrive with these ops (then compact after the import)?"""
    return any(o[3] == "tombstone_compaction" for o in new_ops)
