"""Backups of the database: automatic while the app runs and at exit, by hand, and restore.

A backup is a whole, consistent copy of the database made with SQLite's online backup
API (`database.backup_database`): it reads one snapshot, so a backup taken while the app
is writing holds exactly the data of one moment. Backups are named by local time, the
way people look for them ("yesterday's"):

    <home>/backups/tirek-2026-11-28_14-05-09.sqlite3.gz

compressed (gzip level 1, in chunks, cancellable: a closing window never waits; an
unfinished backup leaves no file and is taken again at the next start), and, when set,
copied to a second folder (a USB stick). A backup is only made when the data changed
since the last one. Older uncompressed backups (`.sqlite3`) are listed and restored too.
Rotation keeps the newest backup of each of the last `keep_daily` days and of each of
the last `keep_weekly` weeks that have backups, and then drops the oldest while all of
them together are over `max_total_mb`; it never touches other files (e.g.
`before-migration-*`, `before-restore-*`).

The GUI calls `run_scheduled_backup(store, progress=...)` from a timer on the runner (a
large database takes seconds) and `mark_pending` when it closes.
Restoring replaces the database with a backup after checking it, keeps the current one
aside, and gives the restored database a new sync incarnation (a fresh replica id), so
it can never hand out sequence numbers the lost laptop already used.
"""

from __future__ import annotations

import contextlib
import gzip
import logging
import os
import re
import shutil
import sqlite3
import threading
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from app.core import database, identity, settings
from app.core.errors import N_, InputError, StorageError
from app.core.paths import Home
from app.core.progress import Cancelled, Progress
from app.core.store import Store

log = logging.getLogger(__name__)

SECTION = "backups"  # settings.ini section: second_folder, keep_daily, keep_weekly, every_minutes
PREFIX = "tirek-"
SUFFIX = ".sqlite3"
PACKED = ".gz"  # backups are compressed: a database of names and codes packs 4-6 times
_STAMP = "%Y-%m-%d_%H-%M-%S"
# tirek-<time>.sqlite3, or tirek-<time>-2.sqlite3 for a second backup in the same second
_NAME = re.compile(r"^tirek-(\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2})(?:-(\d+))?\.sqlite3(?:\.gz)?$")


@dataclass(frozen=True)
class BackupPolicy:
    """How often and how many. Stored in settings.ini [backups]."""

    keep_daily: int = 7
    keep_weekly: int = 8
    every: timedelta = timedelta(hours=1)
    second_folder: Path | None = None
    # All backups in a folder together stay under this; the oldest go first (the newest
    # is always kept). A large installation's backup is about 1 GB.
    max_total_mb: int = 3072


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time, from the file name
    size: int


@dataclass(frozen=True)
class BackupResult:
    path: Path
    taken_at: datetime
    second_copy: Path | None = None
    # Why the copy to the second folder failed (e.g. the USB stick is not plugged in);
    # the backup in the home folder was made all the same.
    second_problem: str | None = None
    removed: tuple[Path, ...] = field(default=())


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path | None  # the database that was replaced, or None if there was none
    replica_id: str | None  # the restored database's new replica id (None: never set up)
    retired_replica: str | None  # the replica id the backup carried, now retired


# -- settings -------------------------------------------------------------------------


def _int_setting(home: Home, key: str, default: int, low: int) -> int:
    raw = settings.get(home, SECTION, key)
    try:
        return max(low, int(raw)) if raw is not None else default
    except ValueError:
        log.warning("settings.ini [%s] %s=%r is not a number; using %s", SECTION, key, raw, default)
        return default


def load_policy(home: Home) -> BackupPolicy:
    """The backup settings of this installation (defaults where nothing is set)."""
    base = BackupPolicy()
    second = settings.get(home, SECTION, "second_folder")
    return BackupPolicy(
        keep_daily=_int_setting(home, "keep_daily", base.keep_daily, 1),
        keep_weekly=_int_setting(home, "keep_weekly", base.keep_weekly, 0),
        every=timedelta(
            minutes=_int_setting(home, "every_minutes", int(base.every.total_seconds() // 60), 5)
        ),
        second_folder=Path(second).expanduser() if second else None,
        max_total_mb=_int_setting(home, "max_total_mb", base.max_total_mb, 1),
    )


def save_policy(home: Home, policy: BackupPolicy) -> None:
    """Store the backup settings (for the first-run wizard and Settings)."""
    if policy.keep_daily < 1 or policy.keep_weekly < 0:
        raise InputError(N_("Keep at least one daily backup."), field="keep_daily")
    settings.put(home, SECTION, "keep_daily", str(policy.keep_daily))
    settings.put(home, SECTION, "keep_weekly", str(policy.keep_weekly))
    settings.put(home, SECTION, "every_minutes", str(int(policy.every.total_seconds() // 60)))
    folder = str(policy.second_folder) if policy.second_folder else None
    settings.put(home, SECTION, "second_folder", folder)
    settings.put(home, SECTION, "max_total_mb", str(policy.max_total_mb))


# -- listing and rotation -------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupFile]:
    """The automatic/manual backups in `folder`, newest first (other files are ignored)."""
    found: list[tuple[datetime, int, BackupFile]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        taken = datetime.strptime(match.group(1), _STAMP)
        found.append(
            (taken, int(match.group(2) or 1), BackupFile(path, taken, path.stat().st_size))
        )
    found.sort(key=lambda t: t[:2], reverse=True)
    return [b for _, _, b in found]


def backups_to_keep(backups: list[BackupFile], policy: BackupPolicy) -> set[Path]:
    """The newest backup of each of the last N days and of each of the last M weeks.

    `backups` newest first (as `list_backups` returns them)."""
    keep: set[Path] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    for b in backups:  # newest first, as list_backups gives them
        day = b.taken_at.date()
        week = b.taken_at.isocalendar()[:2]
        if day not in days and len(days) < policy.keep_daily:
            days.add(day)
            keep.add(b.path)
        if week not in weeks and len(weeks) < policy.keep_weekly:
            weeks.add(week)
            keep.add(b.path)
    return keep


def over_the_cap(backups: list[BackupFile], keep: set[Path], max_total_mb: int) -> set[Path]:
    """Of the backups kept, the oldest ones that take the total over the cap (newest
    first in `backups`; the newest is kept whatever its size)."""
    total, dropped = 0, set()
    for i, b in enumerate(b for b in backups if b.path in keep):
        total += b.size
        if i > 0 and total > max_total_mb * 1024 * 1024:
            dropped.add(b.path)
    return dropped


def rotate(folder: Path, policy: BackupPolicy) -> tuple[Path, ...]:
    """Delete the backups in `folder` that the policy no longer keeps; returns them."""
    backups = list_backups(folder)
    keep = backups_to_keep(backups, policy)
    keep -= over_the_cap(backups, keep, policy.max_total_mb)
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError as err:  # pragma: no cover - e.g. a read-only stick
                log.warning("could not remove old backup %s: %s", b.path, err)
    return tuple(removed)


# -- making backups -------------------------------------------------------------------


TOKEN_FILE = "last-backup.txt"  # in the backups folder: which backup, made at which state


def change_token(store: Store) -> str:
    """A short token that changes whenever the data does: every change is an op (local or
    imported), and local writes also advance the installation's sequence number. File
    times are no use here: closing the app rewrites the database file without a change."""
    with store.connect() as conn:
        inst = conn.exec_driver_sql("SELECT replica_id, next_seq FROM installation").first()
        last_op = conn.exec_driver_sql("SELECT max(id) FROM op_row").scalar()
    return f"{inst[0] if inst else '-'}:{inst[1] if inst else 0}:{last_op or 0}"


def _recorded_token(home: Home, latest: BackupFile) -> str | None:
    try:
        name, token = (home.backups / TOKEN_FILE).read_text(encoding="utf-8").split("\n")[:2]
    except (OSError, ValueError):
        return None
    return token if name == latest.path.name else None


def _unique_name(folder: Path, taken_at: datetime) -> Path:
    base = f"{PREFIX}{taken_at.strftime(_STAMP)}"
    path = folder / f"{base}{SUFFIX}{PACKED}"
    n = 2
    while path.exists() or path.with_suffix("").exists():
        path = folder / f"{base}-{n}{SUFFIX}{PACKED}"
        n += 1
    return path


CHUNK = 4 * 1024 * 1024


def _pack(plain: Path, target: Path, stop: Callable[[], bool] | None) -> None:
    """gzip `plain` into `target` (whole or not at all), looking at `stop` per chunk.

    Level 1: about as small as level 6 for a SQLite file, several times faster."""
    tmp = target.with_name(target.name + ".part")
    try:
        with open(plain, "rb") as src, gzip.open(tmp, "wb", compresslevel=1) as dst:
            while chunk := src.read(CHUNK):
                if stop is not None and stop():
                    raise database.BackupCancelled
                dst.write(chunk)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


def unpacked(backup_file: Path, target: Path) -> Path:
    """A plain SQLite copy of a backup (compressed or not) at `target`."""
    if backup_file.name.endswith(PACKED):
        try:
            with gzip.open(backup_file, "rb") as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, CHUNK)
        except (EOFError, zlib.error, gzip.BadGzipFile) as err:  # cut short, or not gzip
            target.unlink(missing_ok=True)
            raise _not_a_backup(backup_file, N_("the file is damaged")) from err
    else:
        shutil.copyfile(backup_file, target)
    return target


def _copy_to(path: Path, folder: Path) -> Path:
    # The stick's own folder is made, but never the drive: a missing drive is an error.
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    tmp = folder / (path.name + ".part")
    shutil.copyfile(path, tmp)
    shutil.copystat(path, tmp)
    os.replace(tmp, target)
    return target


def make_backup(
    store: Store,
    now: datetime | None = None,
    policy: BackupPolicy | None = None,
    progress: Progress | None = None,
    pack_later: bool = False,
) -> BackupResult:
    """Back the database up now (to the home folder, and the second folder if set).

    Consistent even while another thread or process is writing. Old backups are rotated
    away in both folders. A missing second folder is reported in the result, not raised.
    """
    home = store.home
    policy = policy or load_policy(home)
    now = now or datetime.now()
    # Read before the backup: a write during the backup then counts as a change since.
    token = change_token(store)
    target = _unique_name(home.backups, now)
    plain = target.with_name(target.name.removesuffix(PACKED))
    snapshot = plain if pack_later else home.backups / f".snapshot-{plain.name}"
    try:
        stop = (lambda: progress.cancelled) if progress is not None else None
        database.backup_database(home.database, snapshot, stop)
        if pack_later:
            target = plain  # a whole backup now; packed by a thread of its own below
        else:
            _pack(snapshot, target, stop)
    except database.BackupCancelled as err:
        mark_pending(home)  # the next start takes it again
        raise Cancelled from err
    except (sqlite3.Error, OSError, zlib.error) as err:
        raise StorageError(
            N_("Could not make a backup in {folder}: {reason}. Your data is unchanged."),
            folder=home.backups,
            reason=err,
        ) from err
    finally:
        if not pack_later:
            snapshot.unlink(missing_ok=True)
    token_file = home.backups / TOKEN_FILE
    with _token_lock:
        token_file.write_text(f"{target.name}\n{token}\n", encoding="utf-8")
    removed = list(rotate(home.backups, policy))
    second_copy: Path | None = None
    problem: str | None = None
    if policy.second_folder is not None:
        try:
            second_copy = _copy_to(target, policy.second_folder)
            removed.extend(rotate(policy.second_folder, policy))
        except OSError as err:
            problem = N_("could not copy the backup to {folder} ({reason})").format(
                folder=policy.second_folder, reason=err.strerror or err
            )
            log.warning("backup: %s", problem)
    log.info("backup made: %s", target)
    if pack_later:
        threading.Thread(
            target=_pack_in_background, args=(home, target), name="tirek-pack", daemon=True
        ).start()
    return BackupResult(target, now, second_copy, problem, tuple(removed))


def _pack_in_background(home: Home, plain: Path) -> None:
    """Compress a fresh backup off the database worker (it does not touch the database).

    The plain backup is whole all along: if Tirek closes meanwhile it simply stays
    uncompressed (and listed, and restorable); a left `.part` is harmless."""
    packed = plain.with_name(plain.name + PACKED)
    try:
        _pack(plain, packed, None)
        token_file = home.backups / TOKEN_FILE
        with _token_lock:
            lines = token_file.read_text(encoding="utf-8").split("\n")
            if lines and lines[0] == plain.name:
                token_file.write_text("\n".join([packed.name, *lines[1:]]), encoding="utf-8")
        plain.unlink()
    except OSError as err:
        log.warning("backup %s left uncompressed: %s", plain, err)


_token_lock = threading.Lock()


def backup_due(
    store: Store,
    now: datetime | None = None,
    at_exit: bool = False,
    policy: BackupPolicy | None = None,
) -> bool:
    """Is an automatic backup due? Only when the data changed since the last backup, and
    (unless the app is closing) the last one is older than the policy's interval."""
    home = store.home
    policy = policy or load_policy(home)
    now = now or datetime.now()
    backups = list_backups(home.backups)
    if not backups:
        return True
    latest = backups[0]
    # A backup "from the future" (the clock was wrong, then put right) must not stop
    # automatic backups until that time comes.
    if not at_exit and timedelta(0) <= now - latest.taken_at < policy.every:
        return False
    return _recorded_token(home, latest) != change_token(store)


def run_scheduled_backup(
    store: Store,
    now: datetime | None = None,
    at_exit: bool = False,
    progress: Progress | None = None,
    pack_later: bool = False,
) -> BackupResult | None:
    """Make a backup if one is due (see `backup_due`); None when none was needed.

    For the GUI: call it every few minutes (BACKUP_CHECK_MINUTES) off the GUI thread. A
    closing window does not wait for a backup: it calls `mark_pending` and the next start
    takes the exit backup in the background (a pending backup ignores the interval).
    """
    policy = load_policy(store.home)
    pending = is_pending(store.home)
    if not backup_due(store, now, at_exit or pending, policy):
        clear_pending(store.home)
        return None
    result = make_backup(store, now, policy, progress, pack_later)
    clear_pending(store.home)
    return result


PENDING_FILE = "backup-pending.txt"  # in the backups folder: a closing window left one due


def mark_pending(home: Home) -> None:
    with contextlib.suppress(OSError):
        (home.backups / PENDING_FILE).write_text("due\n", encoding="ascii")


def is_pending(home: Home) -> bool:
    return (home.backups / PENDING_FILE).exists()


def clear_pending(home: Home) -> None:
    with contextlib.suppress(OSError):
        (home.backups / PENDING_FILE).unlink(missing_ok=True)


BACKUP_CHECK_MINUTES = 5


# -- restoring ------------------------------------------------------------------------


def _not_a_backup(path: Path, reason: str) -> InputError:
    return InputError(
        N_("{file} cannot be restored: {reason}. Nothing was changed."),
        field="file",
        file=path,
        reason=reason,
    )


def check_backup_file(path: Path, shown_as: Path | None = None) -> set[str]:
    """Check that a (copied) file is a whole Tirek database this version can open.

    Returns its schema revisions. Raises InputError saying what is wrong, naming the
    file as `shown_as` (the file the user chose) when given.
    """
    name = shown_as or path
    if path.name.endswith(PACKED):  # check a plain copy beside it
        plain = unpacked(path, path.with_name(f".checking-{path.name.removesuffix(PACKED)}"))
        try:
            return check_backup_file(plain, shown_as=name)
        finally:
            for extra in ("", "-wal", "-shm", "-journal"):
                Path(f"{plain}{extra}").unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(path)  # our own copy: opening it may add -wal/-shm files
    except sqlite3.Error as err:
        raise _not_a_backup(name, str(err)) from err
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise _not_a_backup(name, N_("the file is damaged"))
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if not {"alembic_version", "installation"} <= tables:
            raise _not_a_backup(name, N_("it is not a Tirek database"))
        revisions = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.DatabaseError as err:
        raise _not_a_backup(name, N_("the file is damaged or not a database")) from err
    finally:
        conn.close()
    from alembic.script import ScriptDirectory  # only when a backup is checked

    known = {
        rev.revision
        for rev in ScriptDirectory.from_config(database.alembic_config()).walk_revisions()
    }
    if revisions - known:
        raise _not_a_backup(name, N_("it was made by a newer version of Tirek"))
    return revisions


def _keep_aside(home: Home, stamp: str) -> Path | None:
    if not home.database.exists():
        return None
    aside = home.backups / f"before-restore-{stamp}{SUFFIX}"
    try:
        return database.backup_database(home.database, aside)
    except sqlite3.DatabaseError:
        # The current database may be the damaged one being replaced: keep its raw files.
        shutil.copyfile(home.database, aside)
        wal = Path(f"{home.database}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{aside}-wal"))
        return aside


def _remove_database(home: Home) -> None:
    # A -wal file left beside the restored database would be replayed into it.
    for extra in ("-wal", "-shm"):
        Path(f"{home.database}{extra}").unlink(missing_ok=True)


def restore_backup(home: Home, backup_file: Path, now: datetime | None = None) -> RestoreResult:
    """Replace the installation's database with a backup.

    No store may be open on `home` (close it first; other Tirek windows too). The backup
    is copied and checked before anything changes; a damaged or foreign file is refused
    and the current database stays as it was. The current database is kept in
    backups/before-restore-<time>.sqlite3. The restored database is then opened (and
    migrated if it is older) and gets a fresh replica id; on another laptop (no matching
    key file in `home`) also a fresh key pair.
    """
    backup_file = Path(backup_file).expanduser()
    if not backup_file.is_file():
        raise InputError(N_("There is no backup file {file}."), field="file", file=backup_file)
    now = now or datetime.now()
    stamp = now.strftime(_STAMP)
    home.backups.mkdir(parents=True, exist_ok=True)
    incoming = home.backups / f".restoring-{stamp}{SUFFIX}"
    try:
        # Work on a copy: the original may sit on a stick that is pulled out half-way.
        unpacked(backup_file, incoming)
        check_backup_file(incoming, shown_as=backup_file)
        aside = _keep_aside(home, stamp)
        _remove_database(home)
        os.replace(incoming, home.database)
    except OSError as err:
        raise StorageError(
            N_("Could not restore {file}: {reason}. Close every Tirek window and try again."),
            file=backup_file,
            reason=err.strerror or err,
        ) from err
    finally:
        incoming.unlink(missing_ok=True)
    marker = home.incarnation_marker
    old_marker = marker.read_text(encoding="ascii").strip() if marker.exists() else None
    # A marker that matches no database: the next open retires the restored replica id.
    identity.write_marker(home, f"restored-{uuid.uuid4()}")
    try:
        store = Store.open(home.root)
    except Exception:
        if aside is not None:  # put the previous database back as it was
            _remove_database(home)
            shutil.copyfile(aside, home.database)
            if old_marker:
                identity.write_marker(home, old_marker)
        raise
    try:
        retired = store.retired_replica
        if store.identity() is not None:
            # On another laptop the backup's key pair is not in this home folder.
            with store.write() as w:
                identity.ensure_device_key(w.session, home)
            store.forget_identity_cache()
        ident = store.identity()
    finally:
        store.close()
    log.warning("restored %s (kept the previous database as %s)", backup_file, aside)
    return RestoreResult(
        restored_from=backup_file,
        kept_aside=aside,
        replica_id=ident.replica_id if ident else None,
        retired_replica=retired,
    )
