"""The store: one installation's database, opened, migrated, and handed out as units of work.

    store = Store.open(home_dir)
    with store.read() as session:  ...queries...
    with store.write() as w:       ...w.create(...), w.update(...)...   # one transaction

A write commits its rows and their ops together, then tells subscribers which kinds of
records changed (screens refresh from that one notification).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import database, encrypt, identity
from app.core.errors import N_, InputError, NotFoundError, SetupError, StorageError
from app.core.identity import Identity
from app.core.passphrase import register as register_key
from app.core.passphrase import unlock
from app.core.paths import Home, make_private, resolve_home

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session
    from sqlcipher3 import dbapi2 as sqlcipher

    from app.core.writer import Writer

# SQLAlchemy, the models and the Writer are imported when the engine is first needed:
# a start whose schema is at head and whose incarnation matches reads only through a
# plain connection, so the window paints before they load (docs/architecture.md).

log = logging.getLogger(__name__)

ChangeListener = Callable[[frozenset[str]], None]


def _prepare_home(root: Path) -> Home:
    home = Home(root)
    if root.exists() and not root.is_dir():
        raise SetupError(
            N_("{path} is a file, not a folder. Choose a folder for Tirek."), path=root
        )
    try:
        for folder in home.folders():
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise SetupError(
            N_("Cannot use the folder {path}: {reason}"), path=root, reason=err.strerror or err
        ) from err
    if not os.access(root, os.W_OK):
        raise SetupError(N_("Cannot write to the folder {path}. Choose another one."), path=root)
    return home


def storage_error(err: BaseException) -> StorageError:
    """Turn a SQLite failure into words a user can act on."""
    text = str(getattr(err, "orig", err)).lower()
    if "full" in text:
        reason = N_("the disk is full. Free some space and try again")
    elif "locked" in text or "busy" in text:
        reason = N_("the database is busy in another program. Close it and try again")
    elif "readonly" in text or "read-only" in text:
        reason = N_("the database file cannot be written (read-only)")
    elif "malformed" in text or "not a database" in text:
        reason = N_("the database file is damaged. Restore it from a backup")
    else:
        reason = N_("the database could not be written ({detail})")
    return StorageError(
        N_("Could not save: {reason}. Nothing of this change was saved; earlier work is safe."),
        reason=reason.format(detail=text),
    )


class Store:
    def __init__(self, home: Home, database_key: bytes | None = None) -> None:
        self.home = home
        self._engine: Engine | None = None
        self._engines_made = threading.Lock()
        self._database_key = database_key
        # Set when this opening made the keys (a new installation or a converted plain
        # one): the recovery key, to be shown once and written down by the coordinator.
        self.new_recovery_key: str | None = None
        self.converted = False
        self._write_engine: Engine | None = None
        self._autocommit_engine: Engine | None = None
        self._listeners: list[ChangeListener] = []
        self._identity: Identity | None = None
        self.retired_replica: str | None = None

    # -- opening ------------------------------------------------------------------------
    @classmethod
    def open(
        cls, home_dir: str | os.PathLike[str] | None = None, passphrase: str | None = None
    ) -> Store:
        """Open (creating if needed) the installation in `home_dir` and migrate it to head.

        `passphrase` unlocks an encrypted database (without it: TIREK_PASSPHRASE, then the
        keyring); given for a plain or new one, it encrypts it (app/core/encrypt.py).
        """
        home = _prepare_home(resolve_home(home_dir))
        try:
            opening = encrypt.key_for_opening(home, passphrase)
        except database.DatabaseErrors as err:
            raise storage_error(err) from err
        register_key(home.database, opening.key)
        store = cls(home, opening.key)
        store.new_recovery_key = opening.recovery_key
        store.converted = opening.converted
        if not store._ready_as_it_is():
            store._migrate_and_check()
        return store

    def _ready_as_it_is(self) -> bool:
        """True when the database needs nothing before use: its schema at the shipped
        heads and its incarnation this folder's. Asked through a plain connection, so a
        usual start makes no engine (and imports no SQLAlchemy) until the data is read."""
        with self.plain() as conn:
            current = database.revisions_of(conn)
            if not current or current != database.shipped_heads():
                return False
            found = identity.read_identity(conn)
        if found is not None:
            ident, next_seq = found
            reason = identity.reason_to_reincarnate(
                self.home, ident.incarnation, ident.replica_id, next_seq
            )
            if reason is not None:
                return False
            self._identity = ident
        self._make_files_private()
        return True

    def _migrate_and_check(self) -> None:
        """Migrate to head (backing up first) and take a fresh replica id if this folder
        last ran another copy of the database (app/core/identity.py)."""
        from sqlalchemy import exc

        home, engine = self.home, self.engine
        try:
            database.migrate(engine, home.database, home.backups)
        except (exc.DatabaseError, database.DatabaseErrors[0], database.DatabaseErrors[1]) as err:
            engine.dispose()
            raise storage_error(err) from err
        except BaseException:
            engine.dispose()
            raise
        self._make_files_private()
        with self._session(write=True) as session:
            self.retired_replica = identity.check_incarnation(session, home)
            session.commit()
        if self.retired_replica:
            log.warning("database restored or copied: replica %s retired", self.retired_replica)

    def _make_files_private(self) -> None:
        for part in ("", "-wal", "-shm"):  # SQLite makes them with the umask's mode
            if Path(f"{self.home.database}{part}").exists():
                make_private(Path(f"{self.home.database}{part}"))

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made on first use."""
        return self._engines()[0]

    def _engines(self) -> tuple[Engine, Engine, Engine]:
        """The engine, its write-transaction and its autocommit forms: made once, on first
        use, from whichever thread asks first (the runner's, in the window)."""
        with self._engines_made:
            if self._engine is None:
                engine = database.make_engine(self.home.database, self._database_key)
                self._write_engine = engine.execution_options(tirek_write=True)
                self._autocommit_engine = engine.execution_options(tirek_autocommit=True)
                self._engine = engine
            assert self._write_engine is not None and self._autocommit_engine is not None
            return self._engine, self._write_engine, self._autocommit_engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    # -- encryption at rest -------------------------------------------------------------
    @property
    def database_key(self) -> bytes | None:
        """The raw SQLCipher key of this database (None when it is plain): what a backup
        of it is encrypted with. Never shown, never written outside the key file."""
        return self._database_key

    @property
    def encrypted(self) -> bool:
        return self._database_key is not None

    def check_passphrase(self, typed: str) -> bool:
        """True when `typed` unlocks this database (the locked window asks again)."""
        if self._database_key is None:
            return True
        try:
            return unlock(self.home, typed) == self._database_key
        except InputError:
            return False

    # -- identity -----------------------------------------------------------------------
    def identity(self) -> Identity | None:
        if self._identity is None:
            with self.read() as session:
                self._identity = identity.load_identity(session)
        return self._identity

    def require_identity(self) -> Identity:
        ident = self.identity()
        if ident is None:
            raise NotFoundError(
                N_("This installation is not set up yet. Run: tirek init --device-name NAME")
            )
        return ident

    def initialise(self, device_name: str, role: str = "trainer") -> Identity:
        if self.identity() is not None:
            raise SetupError(
                N_("This installation is already set up as {name}."),
                name=self.require_identity().device_name,
            )
        with self._session(write=True) as session:
            ident = identity.create_identity(session, self.home, device_name, role)
            session.commit()
        self._identity = ident
        return ident

    def forget_identity_cache(self) -> None:
        self._identity = None

    # -- units of work ------------------------------------------------------------------
    @contextmanager
    def _session(self, write: bool) -> Iterator[Session]:
        from sqlalchemy import exc
        from sqlalchemy.orm import Session

        engine, write_engine, _autocommit = self._engines()
        bind = write_engine if write else engine
        session = Session(bind=bind, expire_on_commit=False, autoflush=False)
        # SQLAlchemy's, and the driver's own from the statements hot paths send straight to it.
        storage_errors: tuple[type[Exception], ...] = (
            exc.OperationalError,
            *database.OperationalErrors,
        )
        try:
            yield session
        except storage_errors as err:
            session.rollback()
            raise storage_error(err) from err
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session: a consistent snapshot for the duration of the block."""
        with self._session(write=False) as session:
            yield session

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A read-only Core connection for hot list queries (typed search, paging).

        Each statement reads the latest committed data on its own, without an explicit
        transaction: a page and its total may straddle a commit, which a list can bear.
        """
        from sqlalchemy import exc

        autocommit = self._engines()[2]
        try:
            with autocommit.connect() as conn:
                yield conn
        except exc.OperationalError as err:
            raise storage_error(err) from err

    @contextmanager
    def plain(self) -> Iterator[sqlcipher.Connection]:
        """A plain DB-API connection, without SQLAlchemy: for the few reads made before the
        engine is (the window's start and a close soon after it)."""
        try:
            conn = database.connect(self.home.database, self._database_key)
        except database.DatabaseErrors as err:
            raise storage_error(err) from err
        try:
            conn.execute(f"PRAGMA busy_timeout = {database.BUSY_TIMEOUT_MS}")
            yield conn
        except database.DatabaseErrors as err:
            raise storage_error(err) from err
        finally:
            conn.close()

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One unit of work: rows and ops commit together, or nothing is written."""
        from app.core.writer import Writer

        author = self.require_identity().user_name
        with self._session(write=True) as session:
            writer = Writer(session, author)
            yield writer
            writer.flush()
            session.commit()
        if (mark := writer.high_water()) is not None:  # a copy put back is now behind
            identity.record_high_water(self.home, self.require_identity().incarnation, *mark)
        if writer.changed:
            self._notify(frozenset(writer.changed))

    # -- change notification ------------------------------------------------------------
    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        self._listeners.remove(listener)

    def _notify(self, changed: frozenset[str]) -> None:
        for listener in list(self._listeners):
            listener(changed)

    # -- facts --------------------------------------------------------------------------
    def schema_version(self) -> str:
        return database.schema_version(self.engine)

    def row_counts(self) -> dict[str, int]:
        from sqlalchemy import func, select

        from app.core.models import SYNCABLE, Op

        counts: dict[str, int] = {}
        with self.read() as session:
            for name, model in SYNCABLE.items():
                table = model.__table__  # type: ignore[attr-defined]
                counts[name] = (
                    session.scalar(
                        select(func.count()).select_from(table).where(table.c.deleted.is_(False))
                    )
                    or 0
                )
            counts["op_log"] = session.scalar(select(func.count()).select_from(Op)) or 0
        return counts
