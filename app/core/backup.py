"""Backups of the database: automatic while the app runs and at exit, by hand, and restore.

A backup is a manifest plus content-addressed chunks (`app.core.backup_chunks`): the
database read in one snapshot, table by table in ranges of rows, each range compressed
and, when a key is given (an encrypted database), encrypted; a range that did not change
since the last backup is stored once. So a backup taken while the app is writing holds
exactly the data of one moment, the second backup costs a few chunks, and no plain
personal data is ever written to disk. Backups are named by local time, the way people
look for them ("yesterday's"):

    <home>/backups/tirek-2026-11-28_14-05-09.manifest     (and backups/chunks/<id>)

Making one is cancellable between chunks (a closing window never waits; an unfinished
backup leaves no manifest and is taken again at the next start), and, when set, it is
copied to a second folder (a USB stick). A backup is only made when the data changed
since the last one. Older whole-file backups (`.sqlite3.gz`, `.sqlite3`) are listed and
restored too. Rotation keeps the newest backup of each of the last `keep_daily` days and
of each of the last `keep_weekly` weeks that have backups, and then drops the oldest while
all of them together (shared chunks counted once) are over `max_total_mb`; then it
deletes the chunks no remaining manifest needs. It never touches other files (e.g.
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
import time
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import cast

from sqlcipher3 import dbapi2 as sqlcipher

from app.core import backup_chunks, database, identity, passphrase, settings
from app.core.atomic import replacing
from app.core.backup_chunks import FormatError
from app.core.errors import N_, InputError, StorageError
from app.core.paths import Home
from app.core.progress import Cancelled, Progress
from app.core.store import Store

log = logging.getLogger(__name__)

SECTION = "backups"  # settings.ini section: second_folder, keep_daily, keep_weekly, every_minutes
PREFIX = "tirek-"
SUFFIX = ".sqlite3"
PACKED = ".gz"  # the older whole-file backups, gzip-compressed (still restored)
MANIFEST = backup_chunks.MANIFEST  # backups now: tirek-<time>.manifest + chunks/<id>
_STAMP = "%Y-%m-%d_%H-%M-%S"
# tirek-<time>.sqlite3, or tirek-<time>-2.sqlite3 for a second backup in the same second
_NAME = re.compile(
    r"^tirek-(\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2})(?:-(\d+))?(?:\.sqlite3(?:\.gz)?|\.manifest)$"
)


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
    size: int  # a manifest: with all its chunks (shared ones too)
    # A manifest's chunks and their sizes; None for a whole-file backup, or a manifest
    # that cannot be read (then no chunk is ever swept from its folder).
    chunks: dict[str, int] | None = field(default=None, compare=False)


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
    """Store the backup settings (`tirek backup-settings`; the wizard and Settings choose
    the second folder through app/core/setup.py)."""
    if policy.keep_daily < 1 or policy.keep_weekly < 0:
        raise InputError(N_("Keep at least one daily backup."), field="keep_daily")
    settings.put(home, SECTION, "keep_daily", str(policy.keep_daily))
    settings.put(home, SECTION, "keep_weekly", str(policy.keep_weekly))
    settings.put(home, SECTION, "every_minutes", str(int(policy.every.total_seconds() // 60)))
    folder = str(policy.second_folder) if policy.second_folder else None
    settings.put(home, SECTION, "second_folder", folder)
    settings.put(home, SECTION, "max_total_mb", str(policy.max_total_mb))


# -- listing and rotation -------------------------------------------------------------


def list_backups(folder: Path, read_manifests: bool = True) -> list[BackupFile]:
    """The automatic/manual backups in `folder`, newest first (other files are ignored).

    `read_manifests=False` skips reading each manifest's chunk list (sizes are then the
    manifests' own): for the check every few minutes, which needs only the newest name."""
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
        size, chunks = path.stat().st_size, None
        if read_manifests and path.name.endswith(MANIFEST):
            with contextlib.suppress(FormatError, OSError):
                chunks = backup_chunks.chunk_list(path)
                size += sum(chunks.values())
        found.append((taken, int(match.group(2) or 1), BackupFile(path, taken, size, chunks)))
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
    first in `backups`; the newest is kept whatever its size). A chunk that several
    manifests share counts once: that is the space they really take together."""
    total, dropped = 0, set()
    counted: set[str] = set()
    for i, b in enumerate(b for b in backups if b.path in keep):
        if b.chunks is None:
            total += b.size
        else:
            total += b.path.stat().st_size if b.path.exists() else 0
            total += sum(size for cid, size in b.chunks.items() if cid not in counted)
            counted.update(b.chunks)
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
    left = [b for b in backups if b.path not in removed]
    manifests = [b for b in left if b.path.name.endswith(MANIFEST)]
    # Sweep only when every remaining manifest could be read: a damaged one might still
    # need chunks that nothing else names.
    if all(b.chunks is not None for b in manifests):
        needed = {cid for b in manifests for cid in b.chunks or {}}
        backup_chunks.sweep(folder, needed, time.time())
    return tuple(removed)


# -- making backups -------------------------------------------------------------------


TOKEN_FILE = "last-backup.txt"  # in the backups folder: which backup, made at which state


def change_token(store: Store) -> str:
    """A short token that changes whenever the data does: every change is an op (local or
    imported), and local writes also advance the installation's sequence number. File
    times are no use here: closing the app rewrites the database file without a change."""
    with store.plain() as conn:  # no SQLAlchemy: a window closed soon after start asks this
        inst = conn.execute("SELECT replica_id, next_seq FROM installation").fetchone()
        last_op = conn.execute("SELECT max(id) FROM op_row").fetchone()[0]
    return f"{inst[0] if inst else '-'}:{inst[1] if inst else 0}:{last_op or 0}"


def _recorded_token(home: Home, latest: BackupFile) -> str | None:
    try:
        name, token = (home.backups / TOKEN_FILE).read_text(encoding="utf-8").split("\n")[:2]
    except (OSError, ValueError):
        return None
    return token if name == latest.path.name else None


def _unique_name(folder: Path, taken_at: datetime) -> Path:
    base = f"{PREFIX}{taken_at.strftime(_STAMP)}"
    stem, n = base, 2
    while any((folder / f"{stem}{ext}").exists() for ext in (MANIFEST, SUFFIX, SUFFIX + PACKED)):
        stem = f"{base}-{n}"
        n += 1
    return folder / f"{stem}{MANIFEST}"


CHUNK = 4 * 1024 * 1024  # read size for the older whole-file backups


def unpacked(backup_file: Path, target: Path) -> Path:
    """A plain SQLite copy of an older whole-file backup (compressed or not) at `target`."""
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
    """Copy a backup to the second folder: a manifest's missing chunks first, the manifest
    last (so the copy is listed only when whole)."""
    # The stick's own folder is made, but never the drive: a missing drive is an error.
    folder.mkdir(exist_ok=True)
    if path.name.endswith(MANIFEST):
        chunks = folder / backup_chunks.CHUNKS
        chunks.mkdir(exist_ok=True)
        source = path.parent / backup_chunks.CHUNKS
        for cid in backup_chunks.chunk_list(path):
            backup_chunks.put_chunk(chunks, cid, (source / cid).read_bytes)
    target = folder / path.name
    with replacing(target) as tmp:
        shutil.copyfile(path, tmp)
        shutil.copystat(path, tmp)
    return target


@contextlib.contextmanager
def _snapshot(store: Store) -> Iterator[sqlite3.Connection]:
    """A connection of the store's own engine (so an encrypted database is opened with its
    key) inside ONE read transaction: every table is read from the same moment."""
    raw = store.engine.raw_connection()
    conn = cast(sqlite3.Connection, raw.driver_connection)
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts
        yield conn
    finally:
        with contextlib.suppress(*database.Errors):
            conn.execute("ROLLBACK")
        raw.close()


def make_backup(
    store: Store,
    now: datetime | None = None,
    policy: BackupPolicy | None = None,
    progress: Progress | None = None,
    pack_later: bool = False,
    key: bytes | None = None,
) -> BackupResult:
    """Back the database up now (to the home folder, and the second folder if set).

    Consistent even while another thread or process is writing. `key` (the database's
    raw key) encrypts the backup; without it the chunks are only compressed. Old backups
    are rotated away in both folders. A missing second folder is reported in the result,
    not raised. `pack_later` is accepted for the window's caller and means nothing any
    more: compression happens per chunk while reading, so there is no plain file to pack.
    """
    del pack_later
    if key is None:  # an encrypted database's backups are encrypted with its own key
        key = store.database_key
    home = store.home
    policy = policy or load_policy(home)
    now = now or datetime.now()
    keys = backup_chunks.derive_keys(key)
    # Read before the backup: a write during the backup then counts as a change since.
    token = change_token(store)
    target = _unique_name(home.backups, now)
    stop = (lambda: progress.cancelled) if progress is not None else None
    report = (lambda done, total: progress.step(done, total)) if progress is not None else None
    try:
        with _snapshot(store) as conn:
            backup_chunks.write_backup(conn, target, keys, stop, report)
    except (backup_chunks.Stopped, Cancelled) as err:
        # Chunks written so far stay (unlisted): the next backup, at the next start, reuses
        # them; pruning removes them if it never comes.
        mark_pending(home)
        raise Cancelled from err
    except (sqlite3.Error, sqlcipher.Error, OSError) as err:
        raise StorageError(
            N_("Could not make a backup in {folder}: {reason}. Your data is unchanged."),
            folder=home.backups,
            reason=err,
        ) from err
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
        except (OSError, FormatError) as err:
            reason = err.strerror if isinstance(err, OSError) else err.reason
            problem = N_("could not copy the backup to {folder} ({reason})").format(
                folder=policy.second_folder, reason=reason or err
            )
            log.warning("backup: %s", problem)
    log.info("backup made: %s", target)
    from app.core.access_log import record_access  # with the ORM; the exit check needs neither

    record_access(store, "backup", target.name)
    return BackupResult(target, now, second_copy, problem, tuple(removed))


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
    backups = list_backups(home.backups, read_manifests=False)
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
    key: bytes | None = None,
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
    result = make_backup(store, now, policy, progress, pack_later, key)
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


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # only when a backup is checked

    script = ScriptDirectory.from_config(database.alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _manifest_revisions(body: dict[str, object], name: Path) -> set[str]:
    revisions = set(str(body.get("revision") or "").split("+")) - {""}
    if not revisions:
        raise _not_a_backup(name, N_("the file is damaged"))
    if revisions - _known_revisions():
        raise _not_a_backup(name, N_("it was made by a newer version of Tirek"))
    return revisions


def check_backup_file(
    path: Path, shown_as: Path | None = None, key: bytes | None = None
) -> set[str]:
    """Check that a backup is whole and from a Tirek this version can open.

    A manifest: it opens with `key` and every chunk it needs is there, opens and matches
    its id (read in memory; nothing is written). An older whole-file backup: SQLite's
    integrity check. Returns its schema revisions. Raises InputError saying what is
    wrong, naming the file as `shown_as` (the file the user chose) when given.
    """
    name = shown_as or path
    if path.name.endswith(MANIFEST):
        keys = backup_chunks.derive_keys(key)
        try:
            body = backup_chunks.read_manifest(path, keys)
            revisions = _manifest_revisions(body, name)
            folder = path.parent / backup_chunks.CHUNKS
            for table in body["tables"]:
                for cid in table["chunks"]:
                    backup_chunks.read_chunk(folder, cid, keys)
        except FormatError as err:
            raise _not_a_backup(name, err.reason) from err
        except OSError as err:
            raise _not_a_backup(name, str(err.strerror or err)) from err
        return revisions
    if path.name.endswith(PACKED):  # check a plain copy beside it
        plain = unpacked(path, path.with_name(f".checking-{path.name.removesuffix(PACKED)}"))
        try:
            return check_backup_file(plain, shown_as=name)
        finally:
            for extra in ("", "-wal", "-shm", "-journal"):
                Path(f"{plain}{extra}").unlink(missing_ok=True)
    # A whole-file backup of an encrypted database opens with its key; one made before the
    # database was encrypted opens plain (restore_backup then encrypts the copy).
    attempts = [key, None] if key is not None else [None]
    problem: str = N_("the file is damaged or not a database")
    for attempt in attempts:
        try:
            revisions = _whole_file_revisions(path, attempt, name)
            break
        except _NotOpened as err:
            problem = err.reason
    else:
        raise _not_a_backup(name, problem)
    if revisions - _known_revisions():
        raise _not_a_backup(name, N_("it was made by a newer version of Tirek"))
    return revisions


class _NotOpened(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _whole_file_revisions(path: Path, key: bytes | None, name: Path) -> set[str]:
    try:
        conn = database.connect(path, key)  # our own copy: opening it may add -wal/-shm
    except (sqlite3.Error, sqlcipher.Error) as err:
        raise _NotOpened(str(err)) from err
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise _not_a_backup(name, N_("the file is damaged"))
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if not {"alembic_version", "installation"} <= tables:
            raise _not_a_backup(name, N_("it is not a Tirek database"))
        return {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
    except (sqlite3.DatabaseError, sqlcipher.DatabaseError) as err:
        raise _NotOpened(N_("the file is damaged or not a database")) from err
    finally:
        conn.close()


def _is_plain(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def _encrypt_in_place(path: Path, key: bytes) -> None:
    """A plain whole-file backup restored into an encrypted installation: encrypted with
    the installation's key (SQLCipher's export into a keyed copy), the plain copy removed."""
    sealed = path.with_name(path.name + ".sealed")
    sealed.unlink(missing_ok=True)
    conn = database.connect(path)
    try:
        conn.execute(f"ATTACH DATABASE ? AS sealed KEY \"x'{key.hex()}'\"", (str(sealed),))
        conn.execute("SELECT sqlcipher_export('sealed')")
        conn.execute("DETACH DATABASE sealed")
    finally:
        conn.close()
    os.replace(sealed, path)


def _keep_aside(home: Home, stamp: str) -> Path | None:
    if not home.database.exists():
        return None
    aside = home.backups / f"before-restore-{stamp}{SUFFIX}"
    try:
        return database.backup_database(home.database, aside)
    except database.DatabaseErrors:
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


def rebuild(
    manifest: Path, target: Path, key: bytes | None = None, database_key: bytes | None = None
) -> Path:
    """Build a database at `target` (a new file) from a manifest: the schema at the
    backup's revision by the real migrations, the rows chunk by chunk (each checked),
    counts and digests compared, then upgraded to head. Raises InputError when the backup
    is damaged, foreign, or locked with another key (the caller removes `target`)."""
    from alembic import command

    keys = backup_chunks.derive_keys(key)
    folder = manifest.parent / backup_chunks.CHUNKS
    try:
        body = backup_chunks.read_manifest(manifest, keys)
    except FormatError as err:
        raise _not_a_backup(manifest, err.reason) from err
    revisions = _manifest_revisions(body, manifest)
    for extra in ("", "-wal", "-shm", "-journal"):  # a left-over of a stopped restore
        Path(f"{target}{extra}").unlink(missing_ok=True)
    # The new file is sealed with the installation's own key (None: a plain installation).
    engine = database.new_database_at(target, database_key, revisions)
    try:
        raw = engine.raw_connection()
        try:
            conn = cast(sqlite3.Connection, raw.driver_connection)
            conn.execute("PRAGMA foreign_keys = OFF")  # tables arrive one by one
            # A new file, checked and fsynced before it replaces anything: no WAL copy of
            # every page and no sync per page while it fills.
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA cache_size = -65536")
            conn.execute("BEGIN IMMEDIATE")
            names = [t["name"] for t in body["tables"]]
            if sorted(names) != backup_chunks.tables_of(conn):
                raise FormatError(N_("the file is damaged"))
            for table in body["tables"]:
                backup_chunks.insert_table(conn, folder, table, keys)
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise FormatError(N_("the file is damaged"))
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            with contextlib.suppress(*database.Errors):
                conn.execute("ROLLBACK")
            raw.close()
        with engine.begin() as sa:  # an older backup: the migrations of this version
            if revisions != database.shipped_heads():  # else nothing to do (Alembic agrees)
                command.upgrade(database.alembic_config(sa), "head")
            database.fill_derived(sa)
    except FormatError as err:
        raise _not_a_backup(manifest, err.reason) from err
    finally:
        engine.dispose()
    with open(target, "rb+") as f:
        os.fsync(f.fileno())
    return target


def restore_backup(
    home: Home, backup_file: Path, now: datetime | None = None, key: bytes | None = None
) -> RestoreResult:
    """Replace the installation's database with a backup.

    No store may be open on `home` (close it first; other Tirek windows too). The backup
    is copied and checked before anything changes; a damaged or foreign file is refused
    and the current database stays as it was. The current database is kept in
    backups/before-restore-<time>.sqlite3. The restored database is then opened (and
    migrated if it is older) and gets a fresh replica id; on another laptop (no matching
    key file in `home`) also a fresh key pair. `key` opens an encrypted backup (the
    database's raw key); a wrong one is refused like a damaged file.
    """
    backup_file = Path(backup_file).expanduser()
    # The installation's key: the one this process opened the database with, if encrypted.
    installation_key = passphrase.unlocked_key(home.database)
    if installation_key is None and passphrase.is_encrypted(home):
        installation_key = key  # unlocked by the caller (the command line) for this restore
    if key is None:  # a backup of this installation is sealed with the same key
        key = installation_key
    if not backup_file.is_file():
        raise InputError(N_("There is no backup file {file}."), field="file", file=backup_file)
    now = now or datetime.now()
    stamp = now.strftime(_STAMP)
    home.backups.mkdir(parents=True, exist_ok=True)
    incoming = home.backups / f".restoring-{stamp}{SUFFIX}"
    try:
        if backup_file.name.endswith(MANIFEST):
            rebuild(backup_file, incoming, key, installation_key)
        else:
            # Work on a copy: the original may sit on a stick that is pulled out half-way.
            unpacked(backup_file, incoming)
            check_backup_file(incoming, shown_as=backup_file, key=key)
            if installation_key is not None and _is_plain(incoming):
                _encrypt_in_place(incoming, installation_key)
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
        for extra in ("", "-wal", "-shm", "-journal"):
            Path(f"{incoming}{extra}").unlink(missing_ok=True)
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
