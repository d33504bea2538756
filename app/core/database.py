"""The SQLite engine, its pragmas, and schema migration at start-up.

SQLite runs in WAL mode (readers never block the writer) with synchronous=FULL (a commit is
on disk before it returns), with foreign keys on and a
busy timeout. pysqlite's own transaction handling is switched off so that we emit BEGIN
ourselves: write units of work start with BEGIN IMMEDIATE, which takes the write lock up
front instead of failing half-way with "database is locked" when two writers meet.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as sqlcipher

from app.core import atomic, opcodec, paths
from app.core.errors import N_, SetupError, StorageError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection

# Alembic is imported only when a migration may be needed: it costs a quarter of a second
# at start-up, and almost every start finds the schema already at head. SQLAlchemy itself
# (half a second) is imported when the store first makes its engine, after the window is
# painted: the start-up reads through a plain connection (`revisions_of`).

BUSY_TIMEOUT_MS = 10_000
log = logging.getLogger(__name__)


# SQLite errors from either driver: the standard library's (tests, tools) and SQLCipher's.
DatabaseErrors: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
Errors: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
# A locked, full or read-only database, met by a statement sent straight to the driver
# (hot paths skip SQLAlchemy): the store turns them into words as it does SQLAlchemy's.
OperationalErrors: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    sqlcipher.OperationalError,
)


def key_pragma(key: bytes) -> str:
    """SQLCipher's raw-key form: the 256-bit key itself, so SQLCipher skips its own
    PBKDF2 (256,000 rounds per connection); the passphrase was stretched once, by scrypt
    (app/core/passphrase.py)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(db_file: Path, key: bytes | None = None) -> sqlcipher.Connection:
    """A DB-API connection through SQLCipher, keyed first when `key` is given. Without a
    key SQLCipher is plain SQLite (the same library either way). Every connection gets the
    op log's functions (app/core/opcodec.py): without them the op_log view is unreadable."""
    conn = sqlcipher.connect(str(db_file), check_same_thread=False)
    if key is not None:
        conn.execute(key_pragma(key))
    opcodec.register(conn)
    return conn


def make_engine(db_file: Path, key: bytes | None = None) -> Engine:
    """The engine for one database file; `key` is the raw database key (None: plain)."""
    from sqlalchemy import create_engine, event, exc
    from sqlalchemy.dialects import registry

    from app.core.sqlite_dialect import COMPILED

    # One dialect that knows it equals its siblings, so that every engine shares the
    # statements compiled by any (app/core/sqlite_dialect.py).
    registry.register("sqlite.tirek", "app.core.sqlite_dialect", "TirekSQLiteDialect")
    engine = create_engine(
        f"sqlite+tirek:///{db_file}",
        future=True,
        execution_options={"compiled_cache": COMPILED},
        module=sqlcipher,  # its exception classes, so SQLAlchemy wraps them as usual
        creator=lambda: connect(db_file, key),  # the key is the first statement
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlcipher.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see module doc)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed import or edit survives a power cut, so it can never roll back
        # behind a bundle file or the folder memory already written (and fsynced) after it.
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        options = conn.get_execution_options()
        if options.get("tirek_autocommit"):
            return
        begin = "BEGIN IMMEDIATE" if options.get("tirek_write") else "BEGIN"
        # Straight to the driver: every unit of work starts here, and SQLAlchemy's
        # statement machinery costs several times what BEGIN does. A driver error is
        # wrapped as SQLAlchemy wraps its own, so a locked or unreadable database still
        # reaches the store's handling (a clear message, never exit 70).
        try:
            conn.connection.driver_connection.execute(begin)  # type: ignore[union-attr]
        except Errors as err:
            raise exc.DBAPIError.instance(begin, None, err, sqlcipher.Error) from err

    return engine


def new_database_at(db_file: Path, key: bytes | None, revisions: set[str]) -> Engine:
    """A new database file at exactly `revisions` (a restore rebuilds its backup's schema
    there by the real migrations, then fills it); returns its engine."""
    from alembic import command

    engine = make_engine(db_file, key)
    try:
        with engine.begin() as conn:
            for revision in sorted(revisions):
                command.upgrade(alembic_config(conn), revision)
    except BaseException:
        engine.dispose()
        raise
    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_locations", str(paths.migrations_dir() / "versions"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


_REVISION = re.compile(r"^revision(?:: str)? = ['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision[^=]*= (.+)$", re.M)


def shipped_heads() -> set[str]:
    """The heads of the shipped migrations, read from their files without Alembic.

    Only a fast "nothing to do" check: when it disagrees with the database, `migrate`
    asks Alembic itself. tests/core/test_migrations.py keeps it equal to Alembic's view.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (paths.migrations_dir() / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        down = _DOWN.search(source)
        if found is None or down is None:
            return set()  # not a file we understand: let Alembic decide
        revisions.add(found[1])
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down[1]))
    return revisions - parents


def revisions_of(conn: sqlcipher.Connection | sqlite3.Connection) -> set[str]:
    """The schema revisions a database is at, through a plain DB-API connection."""
    has_table = conn.execute(
        "select 1 from sqlite_master where type='table' and name='alembic_version'"
    ).fetchone()
    if has_table is None:
        return set()
    return {row[0] for row in conn.execute("select version_num from alembic_version")}


def current_revisions(engine: Engine) -> set[str]:
    from sqlalchemy import text

    with engine.connect() as conn:
        has_table = conn.execute(
            text("select 1 from sqlite_master where type='table' and name='alembic_version'")
        ).first()
        if has_table is None:
            return set()
        return {row[0] for row in conn.execute(text("select version_num from alembic_version"))}


def schema_version(engine: Engine) -> str:
    revs = sorted(current_revisions(engine))
    return "+".join(revs) if revs else "none"


def backup_database(
    source: Path,
    target: Path,
    cancelled: Callable[[], bool] | None = None,
    key: bytes | None = None,
) -> Path:
    """Copy a live database with SQLite's online backup API (consistent while in use).

    Copied in steps of BACKUP_PAGES pages; `cancelled()` is asked between steps (closing
    the window), and a cancelled copy leaves no file behind. An encrypted database (`key`,
    or the key this process opened `source` with) gives an encrypted copy under the same
    key; the copy is readable by this user only.
    """
    from app.core import passphrase

    key = key if key is not None else passphrase.unlocked_key(source)
    target.parent.mkdir(parents=True, exist_ok=True)

    def step(_status: int, _remaining: int, _total: int) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelled

    try:
        # A backup file exists whole or not at all; SQLite syncs the copy as it commits it.
        with atomic.replacing(target, private=True, synced=False) as tmp:
            src = connect(source, key)
            try:
                dst = connect(tmp, key)
                try:
                    src.backup(dst, pages=BACKUP_PAGES if cancelled else -1, progress=step)
                finally:
                    dst.close()
            finally:
                src.close()
    except sqlcipher.Error as err:  # callers catch the standard library's classes
        same = getattr(sqlite3, type(err).__name__, sqlite3.Error)
        raise same(str(err)) from err
    return target


BACKUP_PAGES = 4096  # 16 MB of 4 KB pages between two looks at `cancelled`


class BackupCancelled(Exception):
    """The backup was stopped half-way (the window closed); nothing was left behind."""


def migrate(engine: Engine, db_file: Path, backups: Path) -> Path | None:
    """Bring the schema to head; back the file up first if it already holds data.

    Returns the backup's path when one was made. A database written by a newer Tirek
    (a revision this version does not know) is refused, never touched.
    """
    current = current_revisions(engine)
    if current and current == shipped_heads():
        return None
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    unknown = current - known
    if unknown:
        raise SetupError(
            N_(
                "This database was written by a newer version of Tirek "
                "(schema {revision}). Install the newer version to open it."
            ),
            revision=", ".join(sorted(unknown)),
        )
    if current == set(script.get_heads()):
        return None
    backup: Path | None = None
    compacting = bool(current) and _has_op_log_table(engine)
    rewriting_ids = bool(current) and _has_text_row_ids(engine)
    if compacting or rewriting_ids:
        _check_free_space(db_file, backups)
    if current:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup = backup_database(db_file, backups / f"before-migration-{stamp}.sqlite3")
    try:
        with engine.connect() as conn:
            _upgrade(conn, rewriting_ids)
    except (sqlite3.OperationalError, sqlcipher.OperationalError) as exc:  # pragma: no cover
        raise StorageError(
            N_("Could not update the database ({reason}). Nothing was changed."), reason=exc
        ) from exc
    if compacting or rewriting_ids:
        vacuum_if_it_pays(engine, always=rewriting_ids)
    return backup


def _upgrade(conn: Connection, foreign_keys_off: bool) -> None:
    """Run the migrations in one transaction. Migration 0022 rewrites every row id and
    every reference to one; with foreign keys on, each rewritten key would look for the
    rows referring to it (a table scan where no index helps), so they are off for that
    upgrade (SQLite's own procedure for schema changes) and checked before the commit."""
    from alembic import command

    raw = conn.connection.dbapi_connection  # the pragma is a no-op inside a transaction
    assert raw is not None
    if foreign_keys_off:
        raw.execute("PRAGMA foreign_keys = OFF")
    try:
        with conn.begin():
            command.upgrade(alembic_config(conn), "head")
            fill_derived(conn)
            if foreign_keys_off:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchmany(5)
                if broken:
                    log.warning("references to missing rows after the upgrade: %s", broken)
    finally:
        if foreign_keys_off:
            raw.execute("PRAGMA foreign_keys = ON")


# Migration 0021 moves the op log into compact rows (app/core/opcodec.py): the old table's
# pages become free pages inside the file, and only VACUUM gives them back to the disk.
# Migration 0022 shrinks every row id in place (16 bytes): VACUUM packs the pages again.
VACUUM_WHEN_FREE = 0.25  # share of the file's pages that are free


def _finds(engine: Engine, sql: str) -> bool:
    """Whether `sql` (a SELECT 1 ...) finds a row."""
    with engine.connect() as conn:
        return conn.exec_driver_sql(sql).first() is not None


def _has_op_log_table(engine: Engine) -> bool:
    """Whether the database still has the op log as a table (before migration 0021)."""
    return _finds(engine, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'op_log'")


def _check_free_space(db_file: Path, backups: Path) -> None:
    """The compacting upgrade needs room for a backup copy, the new op rows beside the old
    ones and VACUUM's copy of the database: about twice the file's size. Refuse before
    anything is touched, not half-way."""
    size = db_file.stat().st_size
    backups.mkdir(parents=True, exist_ok=True)
    free = min(shutil.disk_usage(db_file.parent).free, shutil.disk_usage(backups).free)
    if free < 2 * size:
        raise StorageError(
            N_(
                "Updating the database needs {needed} MB of free disk space and only "
                "{free} MB are free. Free some space and open Tirek again; "
                "nothing was changed."
            ),
            needed=2 * size // 1_000_000 + 1,
            free=free // 1_000_000,
        )


def _has_text_row_ids(engine: Engine) -> bool:
    """Whether people's ids are still stored as text (before migration 0022)."""
    return _finds(
        engine, "SELECT 1 FROM person WHERE typeof(id) = 'text' AND length(id) = 36 LIMIT 1"
    )


def vacuum_if_it_pays(engine: Engine, always: bool = False) -> bool:
    """VACUUM when a quarter or more of the file is free pages, or `always` (rows that
    shrank in place leave their pages part-empty, not free); True if it ran."""
    with engine.connect().execution_options(tirek_autocommit=True) as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
        free = int(conn.exec_driver_sql("PRAGMA freelist_count").scalar() or 0)
        if pages == 0 or (free < VACUUM_WHEN_FREE * pages and not always):
            return False
        log.info("VACUUM: %d of %d pages are free; giving them back to the disk", free, pages)
        started = time.monotonic()
        conn.exec_driver_sql("VACUUM")
        log.info("VACUUM done in %.1f s", time.monotonic() - started)
    return True


def fill_derived(conn: Connection) -> int:
    """Fill derived columns (search keys, `__derived__` on the models) that a migration
    added empty: migrations never import app code, so the app computes them here, with
    the same function the writer uses. Returns how many rows were filled."""
    from sqlalchemy import bindparam, select, update

    from app.core.models import SYNCABLE

    filled = 0
    for model in SYNCABLE.values():
        table = model.__table__  # type: ignore[attr-defined]
        for target, (source, fn) in getattr(model, "__derived__", {}).items():
            rows = conn.execute(
                select(table.c[source])
                .where(table.c[target].is_(None), table.c[source].is_not(None))
                .distinct()
            ).scalars()
            params = [{"v": fn(v), "s": v} for v in rows]
            if params:
                conn.execute(
                    update(table)
                    .where(table.c[source] == bindparam("s"), table.c[target].is_(None))
                    .values({target: bindparam("v")}),
                    params,
                )
                filled += len(params)
    return filled
