"""`tirek backup` and `tirek restore FILE`."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from app.cli.passphrases import for_opening
from app.core import backup, passphrase
from app.core.errors import N_, InputError
from app.core.paths import Home, resolve_home
from app.core.store import Store


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="back the database up now (or list the backups)")
    p.add_argument("--list", action="store_true", help="list the backups instead of making one")
    p.set_defaults(handler=run_backup)

    p = sub.add_parser(
        "backup-settings", help="how often backups are made, how many are kept, and where"
    )
    p.add_argument("--every-minutes", type=int, metavar="N", help="automatic backups (5 or more)")
    p.add_argument("--keep-daily", type=int, metavar="N", help="daily backups kept (1 or more)")
    p.add_argument("--keep-weekly", type=int, metavar="N", help="weekly backups kept")
    p.add_argument("--max-total-mb", type=int, metavar="MB", help="all backups of a folder")
    p.add_argument("--second-folder", metavar="DIR", help='a copy on a stick ("" for none)')
    p.set_defaults(handler=run_backup_settings)

    p = sub.add_parser(
        "restore", help="replace the database with a backup (the current one is kept aside)"
    )
    p.add_argument("file", metavar="FILE", help="a backup file, e.g. from `tirek backup --list`")
    p.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    # Runs without opening the store: the current database may be the damaged one.
    p.set_defaults(handler=run_restore, without_store=True)


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def run_backup(store: Store, args: argparse.Namespace) -> int:
    policy = backup.load_policy(store.home)
    if args.list:
        folders = [store.home.backups]
        if policy.second_folder is not None:
            folders.append(policy.second_folder)
        for folder in folders:
            found = backup.list_backups(folder)
            print(f"{folder}: {len(found)} backup(s)")
            for b in found:
                print(f"  {b.taken_at:%Y-%m-%d %H:%M:%S}  {_size(b.size):>9}  {b.path}")
        return 0
    result = backup.make_backup(store, policy=policy)
    print(f"Backup made: {result.path}")
    if result.second_copy is not None:
        print(f"Copied to:   {result.second_copy}")
    if result.second_problem:
        print(f"Not copied to the second folder: {result.second_problem}", file=sys.stderr)
    if result.removed:
        print(f"Old backups removed: {len(result.removed)}")
    return 0


def run_backup_settings(store: Store, args: argparse.Namespace) -> int:
    """Change what is given (nothing given: show the settings)."""
    now = backup.load_policy(store.home)
    changes: dict[str, Any] = {
        name: getattr(args, name)
        for name in ("keep_daily", "keep_weekly", "max_total_mb")
        if getattr(args, name) is not None
    }
    if args.every_minutes is not None:
        changes["every"] = timedelta(minutes=max(5, args.every_minutes))
    if args.second_folder is not None:
        folder = args.second_folder.strip()
        changes["second_folder"] = Path(folder).expanduser() if folder else None
    policy = replace(now, **changes)
    if changes:
        backup.save_policy(store.home, policy)
    every = int(policy.every.total_seconds() // 60)
    print(
        f"Every {every} minutes; keep {policy.keep_daily} daily and {policy.keep_weekly} weekly, "
        f"at most {policy.max_total_mb} MB; second folder: {policy.second_folder or 'none'}"
    )
    return 0


def run_restore(_store: None, args: argparse.Namespace) -> int:
    home = Home(resolve_home(args.home))
    file = Path(args.file).expanduser().resolve()
    if not args.yes:
        if not sys.stdin.isatty():
            raise InputError(
                N_(
                    "Restoring replaces the current data of {home}. There is no terminal to "
                    "ask; add --yes to confirm."
                ),
                home=home.root,
            )
        answer = input(
            f"Replace the data in {home.root} with the backup {file}?\n"
            "The current database is kept in the backups folder. Type yes to go on: "
        )
        if answer.strip().lower() not in ("yes", "y"):
            print("Nothing was changed.")
            return 1
    key = None
    if passphrase.is_encrypted(home):  # the backup is sealed with the database's key
        chosen = for_opening(home.root)
        remembered = passphrase.unlocked_key(home.database) if chosen is None else None
        key = remembered or passphrase.unlock(home, chosen or "")
    result = backup.restore_backup(home, file, key=key)
    print(f"Restored {result.restored_from}")
    if result.kept_aside is not None:
        print(f"The previous database is kept as {result.kept_aside}")
    if result.replica_id is not None:
        print(f"New replica id: {result.replica_id} (was {result.retired_replica})")
    return 0
