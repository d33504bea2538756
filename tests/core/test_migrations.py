"""The schema is built by the real migrations and agrees with the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from app.core import database
from app.core.errors import SetupError
from app.core.models import Base
from app.core.store import Store
from tests.rawdb import connect_raw

pytestmark = pytest.mark.real_migrations  # these tests are about the migrations themselves


def test_empty_database_migrates_to_head(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "h")
    try:
        assert database.current_revisions(store.engine) == database.head_revisions()
        found = inspect(store.engine)
        tables = {*found.get_table_names(), *found.get_view_names()}  # op_log is a view
        assert set(Base.metadata.tables) <= tables
        with connect_raw(store.home.database) as raw:
            regions = raw.execute("select name_ky from region order by position").fetchall()
        assert ("Ысык-Көл облусу",) in regions
        assert len(regions) == 9
    finally:
        store.close()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "h")
    try:
        with store.engine.begin() as conn:
            command.check(database.alembic_config(conn))  # raises when they drift
    finally:
        store.close()


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "h")
    db = store.home.database
    store.close()
    with connect_raw(db) as raw:
        raw.execute("delete from alembic_version")
        raw.execute("insert into alembic_version values ('from_the_future')")
    before = db.read_bytes()
    with pytest.raises(SetupError, match="newer version of Tirek"):
        Store.open(tmp_path / "h")
    assert db.read_bytes() == before


def test_existing_database_is_backed_up_before_migrating(tmp_path: Path) -> None:
    if database.head_revisions() == {"0001"}:
        pytest.skip("only one revision exists: nothing to upgrade from")
    home = tmp_path / "h"
    (home / "backups").mkdir(parents=True)
    db = home / "tirek.sqlite3"
    engine = database.make_engine(db)
    with engine.begin() as conn:  # a database left by the first release
        command.upgrade(database.alembic_config(conn), "0001")
        conn.exec_driver_sql(
            "insert into installation values (1, 'r', 'i', 'Osh-1', 'trainer', null, null,"
            " '2026-01-01 00:00:00', 1, 0)"
        )
    engine.dispose()
    store = Store.open(home)
    store.close()
    copies = list((home / "backups").glob("before-migration-*.sqlite3"))
    assert len(copies) == 1
    with connect_raw(copies[0]) as raw:
        assert raw.execute("pragma integrity_check").fetchone() == ("ok",)
        assert raw.execute("select device_name from installation").fetchone() == ("Osh-1",)
        assert raw.execute("select version_num from alembic_version").fetchall() == [("0001",)]


def test_the_quick_head_check_agrees_with_alembic() -> None:
    assert database.shipped_heads() == database.head_revisions()
