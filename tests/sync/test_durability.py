"""A committed import or edit is on disk before the next file is written (synchronous=FULL)."""

from __future__ import annotations

from app.core.store import Store


def test_every_connection_commits_to_disk_before_returning(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
