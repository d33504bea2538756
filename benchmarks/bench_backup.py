"""Backups of the large installation (100,000 people, 1,000,000 marks, ~1.1 GB).

An automatic backup runs on the GUI's runner; these numbers say how long it holds the
disk. The baseline is a plain file copy of the same database (which would not be
consistent while the app writes), and for the size the database itself: backups are
compressed (gzip level 1).
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta

from app.core import backup
from app.core.backup import BackupPolicy
from app.core.store import Store
from benchmarks.harness import Context, copy_home, large_home, timed


def run(ctx: Context) -> None:
    home_dir = copy_home(large_home(), "bench-backup")
    try:
        store = Store.open(home_dir)
        db = store.home.database
        size_mb = db.stat().st_size / 1_000_000
        copy_target = home_dir / "plain-copy.sqlite3"
        plain, _ = timed(lambda: shutil.copyfile(db, copy_target))
        copy_target.unlink()
        policy = BackupPolicy(keep_daily=100)
        now = datetime(2026, 11, 28, 12, 0, 0)
        seconds, made = timed(lambda: backup.make_backup(store, now, policy))
        ctx.row("backup", f"make_backup of {size_mb:.0f} MB", seconds, "s", plain, "< 15 s")
        packed_mb = made.path.stat().st_size / 1_000_000
        ctx.row("backup", "backup file size (compressed)", packed_mb, "MB", size_mb,
                aim="several backups under the 3 GB cap")  # fmt: skip
        due, _ = timed(lambda: backup.backup_due(store, now + timedelta(hours=2)), repeat=5)
        ctx.row("backup", "backup_due check", due * 1000, "ms", aim="< 50 ms")
        store.close()
        restore, _ = timed(lambda: backup.restore_backup(store.home, made.path, now))
        ctx.row("backup", "restore_backup (copy, check, keep aside, open)", restore, "s",
                aim="< 2 min")  # fmt: skip
    finally:
        shutil.rmtree(home_dir, ignore_errors=True)
