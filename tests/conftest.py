"""Each test gets its own home folder with a database built by the real migrations.

The migrations run once per test session, into a template database; every new database
a test opens (through the fixtures, `Store.open` or the in-process command line) starts
as a copy of it, which takes milliseconds instead of a migration run; so does a restore's
rebuild of a backup of this version (`database.new_database_at`). The copy has no
identity yet: `store.initialise` (or `tirek init`) gives each one its own replica id, key
pair and incarnation, as on a real laptop. Tests marked `real_migrations` (the migration
tests) run the migrations themselves.

Every test database is encrypted (SQLCipher) under one session key: the template is made
with TEST_PASSPHRASE, which is also in TIREK_PASSPHRASE (subprocesses inherit it), and each
new home gets a copy of the template's key file instead of new keys, so scrypt runs once
per process, not once per test. Tests marked `plain_database` get plain databases.
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import Engine, func, select

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Key files made by the tests (and the commands they start) take scrypt at N=2**10 (1 MB,
# milliseconds) instead of 2**17 (128 MB, half a second each): a documented setting read
# when app.core.passphrase is imported. tests/cli/test_cli.py's real `tirek init` runs
# without it and checks the production cost.
os.environ.setdefault("TIREK_TEST_SCRYPT_N", str(2**10))
from tests.rawdb import TEST_PASSPHRASE

os.environ["TIREK_PASSPHRASE"] = TEST_PASSPHRASE
# No system keyring in tests: nothing is remembered unless a test sets its own back end.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from app.core import database, passphrase
from app.core.models import Op
from app.core.paths import Home
from app.core.store import Store
from tests.ram import ram_folder

if TYPE_CHECKING:
    from tests.keyrings import MemoryKeyring

# The tests' folders on RAM where the system has a RAM folder (Linux's /dev/shm): every
# commit and every backup, bundle and key file is written with fsync, which on a disk
# shared with other jobs took about a third of the suite's time. pytest's folders
# (`tmp_path`, the last run's kept: pyproject.toml) and `tempfile`'s, for this
# process and the commands it starts. A --basetemp given, or PYTEST_DEBUG_TEMPROOT or
# TIREK_TEST_TMP set, wins; TIREK_TEST_TMP=disk keeps the system's temporary folder.
_ram = ram_folder()  # None where there is no roomy RAM folder (tests/ram.py)
if _ram is not None:
    os.environ.setdefault("PYTEST_DEBUG_TEMPROOT", _ram)
    os.environ.setdefault("TMPDIR", _ram)
    tempfile.tempdir = None  # gettempdir() looks at TMPDIR again

_real_migrate = database.migrate


@pytest.fixture(scope="session")
def template_home(tmp_path_factory: pytest.TempPathFactory) -> Home:
    """An encrypted database brought to head by the real migrations, once per session
    (no identity), with its key file and recovery key (`template_recovery_key`)."""
    home = tmp_path_factory.mktemp("template") / "home"
    store = Store.open(home, TEST_PASSPHRASE)
    assert store.new_recovery_key is not None
    (home / "recovery-key.txt").write_text(store.new_recovery_key)
    store.close()
    raw = database.connect(home / "tirek.sqlite3", passphrase.unlock(Home(home), TEST_PASSPHRASE))
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one self-contained file
    raw.close()
    return Home(home)


@pytest.fixture(scope="session")
def template_database(template_home: Home) -> Path:
    return template_home.database


@pytest.fixture(scope="session")
def test_database_key(template_home: Home) -> bytes:
    """The raw key of every test database (derived once per session)."""
    return passphrase.unlock(template_home, TEST_PASSPHRASE)


@pytest.fixture
def template_recovery_key(template_home: Home) -> str:
    return (template_home.root / "recovery-key.txt").read_text()


@pytest.fixture(scope="session")
def plain_template(template_home: Home, test_database_key: bytes) -> Path:
    """The template's rows in a plain (unencrypted) file, for `plain_database` tests."""
    plain = template_home.root.parent / "plain.sqlite3"
    source = database.connect(template_home.database, test_database_key)
    try:
        source.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        source.execute("SELECT sqlcipher_export('plain')")
        source.execute("DETACH DATABASE plain")
    finally:
        source.close()
    return plain


@pytest.fixture(autouse=True)
def _databases_from_the_template(
    request: pytest.FixtureRequest,
    template_home: Home,
    test_database_key: bytes,
    plain_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A new, empty database is filled from the template instead of migrating."""
    template_database = template_home.database

    def copy_template(db_file: Path, key: bytes | None) -> None:
        # The template file itself (a tenth of the time of SQLite's page-by-page copy,
        # which decrypts and encrypts every page): no connection may hold `db_file`.
        for part in ("-wal", "-shm"):
            Path(f"{db_file}{part}").unlink(missing_ok=True)
        shutil.copyfile(template_database if key else plain_template, db_file)

    real_create_keys = passphrase.create_keys
    real_key_file_missing = passphrase.key_file_missing

    def create_keys(home: Home, chosen: str, target: Path | None = None) -> passphrase.NewKeys:
        if chosen != TEST_PASSPHRASE:
            return real_create_keys(home, chosen, target)
        shutil.copy(template_home.key_file, target or home.key_file)
        recovery = (template_home.root / "recovery-key.txt").read_text()
        return passphrase.NewKeys(test_database_key, recovery)

    def key_file_missing(home: Home) -> bytes:
        # Tests copy database files between homes without their key files.
        probe = database.connect(home.database, test_database_key)
        try:
            probe.execute("select count(*) from sqlite_master").fetchone()
        except database.DatabaseErrors:
            return real_key_file_missing(home)  # not one of ours: a damaged file
        finally:
            probe.close()
        shutil.copy(template_home.key_file, home.key_file)
        return test_database_key

    monkeypatch.setattr(passphrase, "create_keys", create_keys)
    monkeypatch.setattr(passphrase, "key_file_missing", key_file_missing)
    if request.node.get_closest_marker("plain_database"):
        monkeypatch.setenv("TIREK_PASSPHRASE", "")  # set but empty: plain (app/cli/main.py)
    if request.node.get_closest_marker("real_migrations"):
        return

    def migrate(engine: Engine, db_file: Path, backups: Path) -> Path | None:
        if database.current_revisions(engine):  # an existing database: the real thing
            return _real_migrate(engine, db_file, backups)
        raw = engine.raw_connection()
        try:
            if raw.driver_connection.execute("select count(*) from sqlite_master").fetchone()[0]:
                return _real_migrate(engine, db_file, backups)  # tables, but no version
            key = passphrase.unlocked_key(db_file)
            if key not in (None, test_database_key):  # its own key: SQLite copies the pages
                source = database.connect(template_database, test_database_key)
                try:
                    source.backup(raw.driver_connection)
                finally:
                    source.close()
                return None
        finally:
            raw.close()
        engine.dispose()  # copied over the empty file: no connection may hold it
        copy_template(db_file, key)
        return None

    monkeypatch.setattr(database, "migrate", migrate)

    real_new_database_at = database.new_database_at

    def new_database_at(db_file: Path, key: bytes | None, revisions: set[str]) -> Engine:
        # A restore rebuilding a backup of this version: the template file is that schema
        # (its seeded rows are replaced by the backup's, as the migrations' would be).
        if revisions != database.shipped_heads() or key not in (None, test_database_key):
            return real_new_database_at(db_file, key, revisions)
        copy_template(db_file, key)
        return database.make_engine(db_file, key)

    monkeypatch.setattr(database, "new_database_at", new_database_at)


@pytest.fixture(autouse=True)
def _root_logger_kept() -> Iterator[None]:
    """The command line's `main`, called in this process, logs to its home's tirek.log from
    the root logger (app/core/logs.py) as a process would until it ends: the file handler
    is closed and taken off after the test, and the level put back, so later tests neither
    write into this test's home nor log at its level."""
    root = logging.getLogger()
    handlers, level = set(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler) and handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


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


@pytest.fixture(scope="session")
def _made_once() -> dict[object, Path]:
    return {}


@pytest.fixture
def copy_of(
    tmp_path_factory: pytest.TempPathFactory, _made_once: dict[object, Path]
) -> Callable[[object, Callable[[Path], None], Path], Path]:
    """`copy_of(key, build, target)`: a copy at `target` of the folder `build(folder)` fills.

    The first test that asks for `key` builds it (inside that test, so its databases come
    from the template as every test's do) into a folder of the session; every test then
    gets a copy of its own, so none sees another's changes. For homes whose setup costs
    far more than the copy (demo data, laptops joined in a network). A copied home is the
    same laptop (replica id, keys, marker) in each test: never sync two copies together.
    """

    def copy(key: object, build: Callable[[Path], None], target: Path) -> Path:
        if key not in _made_once:
            made = tmp_path_factory.mktemp("made-once")
            build(made)
            _made_once[key] = made
        shutil.copytree(_made_once[key], target)
        return target

    return copy


@pytest.fixture
def make_demo_store(
    make_store: Callable[..., Store],
    tmp_path: Path,
    copy_of: Callable[[object, Callable[[Path], None], Path], Path],
    request: pytest.FixtureRequest,
) -> Callable[..., Store]:
    """Like `make_store`, with the small demo of `seed` loaded (`load_demo`, ~0.8 s of CPU)
    once per session (`copy_of`): each test opens its own copy of that home."""
    from app.core.demo import load_demo

    plain = request.node.get_closest_marker("plain_database") is not None

    def make(
        name: str = "home", seed: int = 1, device: str = "Osh-1", role: str = "trainer"
    ) -> Store:
        def build(folder: Path) -> None:
            store = Store.open(folder)
            try:
                store.initialise(device, role)
                load_demo(store, "small", seed)
            finally:
                store.close()

        copy_of(("demo", seed, device, role, plain), build, tmp_path / name)
        return make_store(name, device, role)

    return make


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


def pytest_configure(config: pytest.Config) -> None:
    # The bundle's smoke-test record (tests/bundle/recording.py) is decided in xdist's
    # controller, which loads this conftest but not tests/bundle's.
    from tests.bundle import conftest as bundle

    bundle.register(config)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The longest tests first (marked `long(seconds)`): pytest-xdist hands tests out one at a time
    # (`--maxschedchunk 1` in the Makefile), so longest-first keeps both cores busy to the
    # end instead of one worker finishing a state machine part alone.
    def seconds(item: pytest.Item) -> float:
        mark = item.get_closest_marker("long")
        return float(mark.args[0]) if mark and mark.args else 0.0

    items.sort(key=seconds, reverse=True)  # stable: the rest keep pytest's order


# Python's garbage collections took about 7 % of the tests' time: a worker of this suite
# holds millions of objects (Qt, SQLAlchemy, hypothesis, every imported module), and each
# full collection walks them all. What is alive after collecting, and again every
# FREEZE_EVERY tests, is moved out of their way (gc.freeze): later collections walk only
# what came after. The youngest generation is collected every 10,000 new objects instead of
# 700 (SQLAlchemy and hypothesis make and drop that many in a step), which also makes the
# older generations' collections rarer. Memory is freed as before by reference counting;
# only cycles among frozen objects wait for the worker to end.
FREEZE_EVERY = 50
_ran = [0]
gc.set_threshold(10_000, 10, 10)


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()
    gc.freeze()


def pytest_runtest_logfinish(nodeid: str, location: tuple[str, int | None, str]) -> None:
    _ran[0] += 1
    if _ran[0] % FREEZE_EVERY == 0:
        gc.collect()
        gc.freeze()


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """A working keyring for this test, and no TIREK_PASSPHRASE: only the keyring opens."""
    import keyring

    from tests.keyrings import MemoryKeyring

    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    monkeypatch.delenv("TIREK_PASSPHRASE", raising=False)
    yield memory
    keyring.set_keyring(before)
