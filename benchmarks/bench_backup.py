"""Backups of the large installation (100,000 people, 1,000,000 marks, ~1.1 GB).

An automatic backup runs on the GUI's runner; these numbers say how long it takes and
how much it writes. Backups are a manifest plus content-addressed chunks (compressed;
encrypted when keyed), so the second backup after one edit writes only a few chunks. The
baselines: a plain file copy of the same database (not consistent while the app writes)
for time, and the database file itself for size. Each of unkeyed and keyed: the first
backup, the second after one edit, and a restore of the second.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from app.core import backup
from app.core.backup import BackupPolicy
from app.core.models import Person
from app.core.services.people import update_person
from app.core.store import Store
from benchmarks.harness import Context, copy_home, large_home, timed


def _chunks(folder: Path) -> dict[str, int]:
    chunks = folder / "chunks"
    return {p.name: p.stat().st_size for p in chunks.iterdir()} if chunks.exists() else {}


def run(ctx: Context) -> None:
    home_dir = copy_home(large_home(), "bench-backup")
    try:
        store = Store.open(home_dir)
        home = store.home
        db = home.database
        size_mb = db.stat().st_size / 1_000_000
        copy_target = home_dir / "plain-copy.sqlite3"
        plain, _ = timed(lambda: shutil.copyfile(db, copy_target))
        copy_target.unlink()
        ctx.row("backup", f"plain file copy of {size_mb:.0f} MB", plain, "s")
        policy = BackupPolicy(keep_daily=100)
        now = datetime(2026, 11, 28, 12, 0, 0)
        with store.read() as s:
            someone = s.scalars(select(Person.id).order_by(Person.id).limit(1)).one()
        due, _ = timed(lambda: backup.backup_due(store, now + timedelta(hours=2)), repeat=5)
        ctx.row("backup", "backup_due check", due * 1000, "ms", aim="< 50 ms")
        for label, key in (("unkeyed", None), ("keyed", os.urandom(32))):
            for old in home.backups.iterdir():  # each kind starts from an empty folder
                if old.is_dir():
                    shutil.rmtree(old)
                else:
                    old.unlink()
            first, made = timed(
                lambda k=key, s=store, t=now: backup.make_backup(s, t, policy, key=k)
            )
            before = _chunks(home.backups)
            first_mb = (sum(before.values()) + made.path.stat().st_size) / 1_000_000
            ctx.row("backup", f"{label}: first backup", first, "s", plain, "< 60 s")
            ctx.row("backup", f"{label}: first backup size", first_mb, "MB", size_mb)
            update_person(store, someone, {"full_name": f"Edited {label}"})
            now += timedelta(hours=1)
            second, made = timed(
                lambda k=key, s=store, t=now: backup.make_backup(s, t, policy, key=k)
            )
            after = _chunks(home.backups)
            new = set(after) - set(before)
            added_mb = (sum(after[c] for c in new) + made.path.stat().st_size) / 1_000_000
            ctx.row("backup", f"{label}: second backup after one edit", second, "s", plain)
            ctx.row("backup", f"{label}: second backup adds ({len(new)} chunks)", added_mb, "MB",
                    first_mb, "a few chunks")  # fmt: skip
            store.close()
            restore, _ = timed(
                lambda k=key, m=made, t=now: backup.restore_backup(home, m.path, t, key=k)
            )
            ctx.row("backup", f"{label}: restore (rebuild, check, keep aside, open)", restore,
                    "s", aim="< 5 min")  # fmt: skip
            for aside in home.backups.glob("before-restore-*"):
                aside.unlink()
            store = Store.open(home_dir)
        store.close()
    finally:
        shutil.rmtree(home_dir, ignore_errors=True)
