"""The template database the fixtures copy is what the migrations make, and each copy is
its own installation (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.core import database
from app.core.identity import KEY_FILE
from app.core.store import Store
from tests.rawdb import connect_raw


def _content(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with connect_raw(db) as raw:
        tables = [
            name
            for (name,) in raw.execute(
                "select name from sqlite_master where type = 'table' order by name"
            )
        ]
        found = {
            t: sorted(raw.execute(f'select * from "{t}"').fetchall(), key=repr) for t in tables
        }
        # A batch migration rebuilds a table naming its constraints in no fixed order, so
        # the same schema is compared line by line, not as one string.
        found["schema"] = sorted(
            (kind, name, tuple(sorted(sql.replace(",", "").splitlines())) if sql else None)
            for kind, name, sql in raw.execute("select type, name, sql from sqlite_master")
        )
    return found


@pytest.mark.real_migrations
def test_the_template_is_what_the_migrations_make(template_database: Path, tmp_path: Path) -> None:
    Store.open(tmp_path / "migrated").close()
    assert _content(tmp_path / "migrated" / "tirek.sqlite3") == _content(template_database)


def test_each_copy_gets_its_own_replica_keys_and_incarnation(
    make_store: Callable[..., Store],
) -> None:
    a, b = make_store("a", "Osh-1"), make_store("b", "Osh-1")
    ida, idb = a.require_identity(), b.require_identity()
    assert ida.replica_id != idb.replica_id
    assert ida.incarnation != idb.incarnation
    assert ida.public_key != idb.public_key
    assert (a.home.keys / KEY_FILE).read_bytes() != (b.home.keys / KEY_FILE).read_bytes()
    for store, ident in ((a, ida), (b, idb)):
        marker = store.home.incarnation_marker.read_text(encoding="ascii")
        assert marker == ident.incarnation
        assert database.current_revisions(store.engine) == database.head_revisions()


def test_a_copy_is_a_new_file_not_the_template(
    make_store: Callable[..., Store], template_database: Path
) -> None:
    before = _content(template_database)
    make_store("a")
    assert _content(template_database) == before  # the identity went into the copy only
