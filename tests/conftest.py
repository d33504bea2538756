"""Each test gets its own home folder with a database built by the real migrations.

The migrations run once per test session, into a template database; every new database
a test opens (through the fixtures, `Store.open` or the in-process command line) starts
as a copy of it, which takes milliseconds instead of a migration run. The copy has no
identity yet: `store.initialise` (or `tirek init`) gives each one its own replica id, key
pair and incarnation, as on a real laptop. Tests marked `real_migrations` (the migration
tests) run the migrations themselves.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core import database
from app.core.models import Op
from app.core.store import Store

_real_migrate = database.migrate


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database brought to head by the real migrations, once per session (no identity)."""
    home = tmp_path_factory.mktemp("template") / "home"
    Store.open(home).close()
    db = home / "tirek.sqlite3"
    with sqlite3.connect(db) as raw:  # one self-contained file: the WAL folded back in
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


@pytest.fixture(autouse=True)
def _databases_from_the_template(
    request: pytest.FixtureRequest, template_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new, empty database is filled from the template instead of migrating."""
    if request.node.get_closest_marker("real_migrations"):
        return

    def migrate(engine: Engine, db_file: Path, backups: Path) -> Path | None:
        if database.current_revisions(engine):  # an existing database: the real thing
            return _real_migrate(engine, db_file, backups)
        raw = engine.raw_connection()
        try:
            if raw.driver_connection.execute("select count(*) from sqlite_master").fetchone()[0]:
                return _real_migrate(engine, db_file, backups)  # tables, but no version
            with sqlite3.connect(template_database) as source:
                source.backup(raw.driver_connection)  # type: ignore[arg-type]
        finally:
            raw.close()
        return None

    monkeypatch.setattr(database, "migrate", migrate)


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[Callable[..., Store]]:
    """Open (and set up) an installation in tmp_path/<name>."""
    opened: list[Store] = []

    def make(name: str = "home", device: str | None = "Osh-1", role: str = "trainer") -> Store:
        store = Store.open(tmp_path / name)
        if device and store.identity() is None:
            store.initialise(device, role)
        opened.append(store)
        return store

    yield make
    for s in opened:
        s.close()


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    return make_store()


@pytest.fixture
def make_fast_store(tmp_path: Path) -> Iterator[Callable[..., Store]]:
    """Like `make_store`, but each new home starts from a copy of one database migrated
    once per session (tests/sync/helpers.py: `installation`): for tests that make many."""
    from tests.sync.helpers import installation

    opened: list[Store] = []

    def make(name: str = "home", device: str | None = "Osh-1", role: str = "trainer") -> Store:
        store = installation(tmp_path / name, device, role)
        opened.append(store)
        return store

    yield make
    for s in opened:
        s.close()


def op_count(store: Store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(Op)) or 0


def ops(store: Store) -> list[Op]:
    with store.read() as s:
        return list(s.scalars(select(Op).order_by(Op.replica_id, Op.seq)))
