"""A full disk or a locked database is a clear message, and nothing half-written."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from app.core.errors import StorageError
from app.core.models import Person, new_id
from app.core.services import people
from app.core.store import Store
from tests.conftest import op_count
from tests.rawdb import connect_raw


def test_a_full_disk_is_reported_and_nothing_is_half_written(store: Store) -> None:
    people.create_person(store, {"full_name": "Айнура Сатыбалдиева"})
    before = op_count(store)
    with connect_raw(store.home.database) as raw:
        pages = raw.execute("pragma page_count").fetchone()[0]

    @event.listens_for(store.engine, "connect")
    def _tiny_disk(dbapi_conn: Any, _record: Any) -> None:
        # SQLite refuses to grow the file past this many pages: "database or disk is full".
        dbapi_conn.execute(f"pragma max_page_count = {pages + 2}")

    store.engine.dispose()
    with pytest.raises(StorageError, match="the disk is full") as err, store.write() as w:
        w.create_many(
            Person,
            [{"id": new_id(), "full_name": f"Адам {i} " + "ы" * 150} for i in range(3000)],
        )
    assert "Nothing of this change was saved" in err.value.message
    event.remove(store.engine, "connect", _tiny_disk)
    store.engine.dispose()
    assert op_count(store) == before
    assert people.list_people(store, limit=1).total == 1


def test_a_locked_database_is_reported(store: Store) -> None:
    blocker = connect_raw(store.home.database, isolation_level=None)
    blocker.execute("begin immediate")
    try:

        @event.listens_for(store.engine, "connect")
        def _impatient(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.execute("pragma busy_timeout = 50")

        store.engine.dispose()
        with pytest.raises(StorageError, match="busy in another program"):
            people.create_person(store, {"full_name": "Сезим Алиева"})
    finally:
        blocker.rollback()
        blocker.close()
    assert op_count(store) == 0


@pytest.mark.parametrize("write", [False, True])
def test_an_error_from_a_statement_sent_straight_to_the_driver_gets_the_same_words(
    store: Store, write: bool
) -> None:
    """Hot paths (the state digest, the op log's inserts, BEGIN) skip SQLAlchemy: a locked,
    full or read-only database met there is the store's message too, never exit 70. A
    real driver error stands in for those here (SQLite raises them as it raises this)."""
    people.create_person(store, {"full_name": "Бермет Асанова"})
    unit = store.write() if write else store.read()
    with pytest.raises(StorageError, match="Nothing of this change was saved"), unit as opened:
        session = opened.session if write else opened  # type: ignore[union-attr]
        raw = session.connection().connection.driver_connection
        raw.execute("SELECT * FROM a_table_that_is_not_there")
    assert people.list_people(store, limit=5).total == 1
