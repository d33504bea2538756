"""Migrations on a database full of work, not an empty one.

A laptop in the field holds months of records when it receives a new version. From every
shipped revision, a database holding the demo data (as much of it as that revision's
schema can hold) upgrades to head and keeps every row; and every downgrade runs on a
populated database down to the first revision and to nothing, keeping what the lower
schema can hold.
"""

from __future__ import annotations

import ast
import functools
import shutil
import uuid
from collections.abc import Callable
from operator import itemgetter
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from app.core import database, paths
from app.core.demo import load_demo
from app.core.models import Base
from app.core.models.base import RowId
from app.core.paths import Home
from app.core.store import Store
from tests.rawdb import connect_raw, key_of

pytestmark = [pytest.mark.real_migrations, pytest.mark.slow]

Rows = dict[str, tuple[list[str], set[tuple[object, ...]]]]


@functools.cache
def scripts() -> ScriptDirectory:
    """The migration scripts, read once per process: each read executes every file."""
    return ScriptDirectory.from_config(database.alembic_config())


def revisions() -> list[str]:
    """Every shipped revision, parents before children (their numbers are in that order)."""
    return sorted(rev.revision for rev in scripts().walk_revisions())


def heads() -> set[str]:
    return set(scripts().get_heads())  # database.head_revisions(), without reading again


def dump(db: Path) -> Rows:
    """Every table's rows; and a view's (op_log since 0021, read as the app reads it)."""
    with connect_raw(db) as raw:
        tables = [
            name
            for (name,) in raw.execute(
                "select name from sqlite_master where type in ('table', 'view')"
                " and name not like 'sqlite_%' and name != 'alembic_version'"
            )
        ]
        found: Rows = {}
        for table in tables:
            columns = [row[1] for row in raw.execute(f'pragma table_info("{table}")')]
            found[table] = (columns, set(raw.execute(f'select * from "{table}"')))
    return found


def ids_as_bytes_since() -> str:
    """The revision that stores row ids as 16 bytes (db/versions/*_row_ids_as_bytes.py)."""
    return next(
        rev.revision
        for rev in scripts().walk_revisions()
        if str(rev.path).endswith("_row_ids_as_bytes.py")
    )


def stores_ids_as_text(revision: str) -> bool:
    below = {rev.revision for rev in scripts().iterate_revisions(revision, "base")}
    return ids_as_bytes_since() not in below


def as_text(rows: Rows) -> Rows:
    """`rows` with every row id as the text the revisions before 0022 store."""
    out: Rows = {}
    for table, (columns, data) in rows.items():
        model = Base.metadata.tables.get(table)
        ids = {
            i
            for i, c in enumerate(columns)
            if model is not None and c in model.c and isinstance(model.c[c].type, RowId)
        }
        out[table] = (
            columns,
            {
                tuple(
                    str(uuid.UUID(bytes=v)) if i in ids and isinstance(v, bytes) else v
                    for i, v in enumerate(r)
                )
                for r in data
            },
        )
    return out


def within(rows: Rows, schema: Rows) -> Rows:
    """`rows` cut down to the tables and columns of `schema`."""
    cut: Rows = {}
    for table, (columns, _) in schema.items():
        all_columns, data = rows.get(table, (columns, set()))
        keep = [all_columns.index(c) for c in columns if c in all_columns]
        if keep == list(range(len(all_columns))):
            cut[table] = (columns, data)  # every column: the rows as they are
        elif len(keep) > 1:
            pick = itemgetter(*keep)  # the same tuples as below, built in C: 5x faster
            cut[table] = (columns, set(map(pick, data)))
        else:
            cut[table] = (columns, {tuple(r[i] for i in keep) for r in data})
    return cut


def migrate(db: Path, step: Callable[..., None], target: str) -> None:
    engine = database.make_engine(db, key_of(db))
    try:
        with engine.begin() as conn:
            step(database.alembic_config(conn), target)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def populated(tmp_path_factory: pytest.TempPathFactory, template_home: Home) -> tuple[Path, Rows]:
    """A head database with the demo data (trainings, people, meetings, NAP, assessments).
    It starts as a copy of the suite's template, which the real migrations brought to head
    once per session (tests/conftest.py), with its key file."""
    home = tmp_path_factory.mktemp("populated") / "home"
    home.mkdir()
    shutil.copy(template_home.database, home / "tirek.sqlite3")
    shutil.copy(template_home.key_file, home / "tirek.key")
    store = Store.open(home)
    store.initialise("Osh-1", "coordinator")
    load_demo(store, "small", 3)
    store.close()
    db = home / "tirek.sqlite3"
    with connect_raw(db) as raw:
        raw.execute("pragma wal_checkpoint(truncate)")
    rows = dump(db)
    assert sum(len(data) for _, data in rows.values()) > 5000
    return db, rows


@pytest.fixture(scope="session")
def populated_as_text(populated: tuple[Path, Rows]) -> Rows:
    """The demo rows with their ids as text, converted once: each case below 0022 takes
    its schema's part of them (cutting columns and converting ids commute)."""
    return as_text(populated[1])


@pytest.fixture(scope="session")
def empty_at(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A plain database file at every revision, as the migrations leave a new one. Each is
    its parent's file migrated one step, so every migration runs once here instead of once
    per revision above it; a case copies its revision's file. A revision with no parent, or
    with several (the merge 0006), is migrated from nothing, as Alembic orders that run."""
    folder = tmp_path_factory.mktemp("empty-at")
    made: dict[str, Path] = {}
    for revision in revisions():
        parent = scripts().get_revision(revision).down_revision
        db = folder / f"{revision}.sqlite3"
        if isinstance(parent, str):
            shutil.copy(made[parent], db)
        migrate(db, command.upgrade, revision)
        # The engine is closed: SQLite checkpointed its WAL, and the file is all there is.
        assert not db.with_name(f"{db.name}-wal").exists()
        with connect_raw(db) as raw:
            assert database.revisions_of(raw) == {revision}
        made[revision] = db
    return made


def test_every_downgrade_runs_on_a_populated_database(
    populated: tuple[Path, Rows], populated_as_text: Rows, tmp_path: Path
) -> None:
    source, rows = populated
    db = tmp_path / "tirek.sqlite3"
    shutil.copy(source, db)
    shutil.copy(source.with_name("tirek.key"), tmp_path / "tirek.key")  # its key file
    migrate(db, command.downgrade, "0001")
    at_first = dump(db)
    # everything the first schema holds is kept (its ids as text again)
    assert within(populated_as_text, at_first) == at_first
    assert len(at_first["person"][1]) == len(rows["person"][1]) > 0
    migrate(db, command.downgrade, "base")
    assert set(dump(db)) == set()
    with connect_raw(db) as raw:
        assert raw.execute("pragma integrity_check").fetchone() == ("ok",)


@pytest.mark.parametrize("revision", revisions())
def test_a_populated_database_upgrades_from_every_revision(
    populated: tuple[Path, Rows],
    populated_as_text: Rows,
    empty_at: dict[str, Path],
    tmp_path: Path,
    revision: str,
) -> None:
    rows = populated[1]
    db = tmp_path / "tirek.sqlite3"
    # The database as that revision made it, holding the demo data its schema can hold.
    shutil.copy(empty_at[revision], db)
    schema = dump(db)
    old = within(rows, schema)
    stored = within(populated_as_text, schema) if stores_ids_as_text(revision) else old
    with connect_raw(db) as raw:
        raw.execute("pragma foreign_keys = off")
        views = {n for (n,) in raw.execute("select name from sqlite_master where type = 'view'")}
        for table, (columns, data) in stored.items():
            if table in views:
                continue  # its rows are those of the tables under it
            raw.execute(f'delete from "{table}"')
            marks = ", ".join("?" * len(columns))
            names = ", ".join(f'"{c}"' for c in columns)
            raw.executemany(f'insert into "{table}" ({names}) values ({marks})', data)
    assert sum(len(data) for _, data in old.values()) > 5000

    engine = database.make_engine(db)  # what a new version does when it starts
    try:
        backup = database.migrate(engine, db, tmp_path / "backups")
        assert database.current_revisions(engine) == heads()
    finally:
        engine.dispose()
    assert (backup is None) == ({revision} == heads())
    after = dump(db)
    assert within(after, schema) == old  # no row lost or changed (ids as 16 bytes again)
    for table, (_, data) in after.items():
        if table not in schema and table not in COMPUTED_BY_UPGRADE:
            assert data == set(), table  # nothing invented in tables that came later
    with connect_raw(db) as raw:
        assert raw.execute("pragma foreign_key_check").fetchall() == []


def test_row_ids_go_back_to_text_and_come_back_as_bytes(
    populated: tuple[Path, Rows], populated_as_text: Rows, tmp_path: Path
) -> None:
    """The row ids' migration down and up again on a populated database: text below it
    (as that schema stored them), 16 bytes again at head, and nothing else changes."""
    source, rows = populated
    db = tmp_path / "tirek.sqlite3"
    shutil.copy(source, db)
    shutil.copy(source.with_name("tirek.key"), tmp_path / "tirek.key")
    below = scripts().get_revision(ids_as_bytes_since()).down_revision
    assert isinstance(below, str)
    migrate(db, command.downgrade, below)
    at_text = dump(db)
    assert at_text == within(populated_as_text, at_text)
    marks = "select count(*) from attendance_mark"
    with connect_raw(db) as raw:
        assert raw.execute(marks).fetchone()[0] > 100
        assert raw.execute(f"{marks} where typeof(person_id) != 'text'").fetchone() == (0,)
    migrate(db, command.upgrade, "head")  # with foreign keys on: checks deferred
    assert dump(db) == rows
    with connect_raw(db) as raw:
        assert raw.execute(f"{marks} where typeof(person_id) != 'blob'").fetchone() == (0,)
        assert raw.execute("pragma foreign_key_check").fetchall() == []


# Bookkeeping an upgrade computes from the rows already there, by design: 0009 computes
# each origin's hash chain over the ops it finds (docs/sync.md, "What is signed by whom").
# 0021 moves the op log into compact tables under the op_log view (app/core/opcodec.py).
COMPUTED_BY_UPGRADE = {"sync_chain", "op_row", "replica", "op_name"}

ALLOWED_IMPORTS = {
    "__future__",
    "alembic",
    "sqlalchemy",
    "uuid",
    "collections",
    "typing",
    "hashlib",
    "re",
    "functools",
    "logging",
}


def test_migrations_import_no_app_code() -> None:
    """A migration must do the same whenever it runs: it cannot lean on today's app."""
    for path in sorted((paths.migrations_dir() / "versions").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                assert name.split(".")[0] in ALLOWED_IMPORTS, (path.name, name)
