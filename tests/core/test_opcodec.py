"""The compact op log (issue 18): every op reads back exactly as it was written.

The hash chain and the signatures are over the op's text, so "almost the same" is a
broken chain: these tests hold the codec to byte equality, for any text a peer could send,
and hold the migration's frozen copy of the codec to the app's.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sqlite3
import uuid
from pathlib import Path
from types import ModuleType

import pytest
from alembic import command
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlcipher3 import dbapi2

from app.core import database, opcodec, paths
from app.core.errors import StorageError
from app.core.models import Person
from app.core.models.base import new_id
from app.core.store import Store
from app.core.writer import KIND_CREATE
from tests.rawdb import key_of

UUIDS = st.uuids().map(str)
BEFORE = "0018"  # the revision migration 0021 upgrades from
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text() | UUIDS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
# Texts no writer makes but a peer could send: escaped quotes around uuids, marks, junk.
TEXTS = st.lists(
    st.sampled_from(['"', "\\", "\x01", "\x05", ",", ":", "{", "}", "ы", *opcodec.WORDS])
    | UUIDS
    | st.text(max_size=5),
    max_size=12,
).map("".join)


def migration() -> ModuleType:
    path = next((paths.migrations_dir() / "versions").glob("0021_*.py"))
    spec = importlib.util.spec_from_file_location("m0021", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FROZEN = migration()


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@settings(max_examples=500)
@given(JSON_VALUES)
def test_a_json_value_reads_back_byte_for_byte(value: object) -> None:
    text = _dumps(value)
    stored = opcodec.pack(text)
    assert opcodec.unpack(stored) == text
    assert FROZEN.pack(text) == stored and FROZEN.unpack(stored) == text


@settings(max_examples=500)
@given(TEXTS)
def test_any_text_reads_back_byte_for_byte(text: str) -> None:
    stored = opcodec.pack(text)
    assert opcodec.unpack(stored) == text
    assert FROZEN.pack(text) == stored and FROZEN.unpack(stored) == text


@given(UUIDS | st.text(max_size=40))
def test_a_row_id_reads_back(row_id: str) -> None:
    key = opcodec.row_key(row_id)
    assert opcodec.row_text(key) == row_id
    assert FROZEN.row_key(row_id) == key


def test_uuids_take_16_bytes_and_common_keys_one() -> None:
    mark = _dumps({"person_id": str(uuid.uuid4()), "session_id": str(uuid.uuid4()), "s": "p"})
    stored = opcodec.pack(mark)
    assert isinstance(stored, bytes)
    # 2-byte head, 2 uuids of 16 bytes, then '{' A MARK ',' B MARK ',"s":"p"}'
    assert len(stored) == 2 + 2 * 16 + len('{A\x01,B\x01,"s":"p"}')
    assert opcodec.pack('"present"') == b"\x02\x00\x06"  # a set op's value: 3 bytes
    assert opcodec.pack('"Айнура"') == '"Айнура"'  # nothing to gain: kept as text
    assert opcodec.row_key(str(uuid.uuid4())).__len__() == 16
    assert opcodec.row_key("A-not-uuid") == "A-not-uuid"  # kept as text, read back as is


def test_ops_through_the_view_are_the_ops_written(store: Store) -> None:
    """Ops go in through the writer and out through op_log exactly; the stored row is
    compact (numbers and 16-byte uuids), and a row's ops are found through the index."""
    with store.write() as w:
        w.create(Person, {"full_name": "Айнура", "notes": 'a "quoted" note'}, new_id())
    with store.connect() as conn:
        ops = conn.exec_driver_sql(
            "SELECT replica_id, seq, entity, row_id, kind, value, author, row_key "
            "FROM op_log WHERE entity = 'person' AND kind = ?",
            (KIND_CREATE,),
        ).all()
        assert len(ops) == 1
        replica_id, _seq, _entity, row_id, _kind, value, _author, key = ops[0]
        assert key == opcodec.row_key(row_id) and len(key) == 16
        assert json.loads(value)["full_name"] == "Айнура"
        stored = conn.exec_driver_sql(
            "SELECT typeof(replica), typeof(entity), typeof(row), typeof(author) FROM op_row "
            "WHERE row = ?",
            (key,),
        ).one()
        assert tuple(stored) == ("integer", "integer", "blob", "integer")
        plan = " ".join(
            str(r[-1])
            for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT * FROM op_log WHERE entity = ? AND row_key = ?",
                ("person", key),
            )
        )
        assert "ix_op_row_row" in plan
        plan = " ".join(
            str(r[-1])
            for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT * FROM op_log WHERE replica_id = ? AND seq > ?",
                (replica_id, 0),
            )
        )
        assert "uq_op_row_replica" in plan or "sqlite_autoindex_op_row" in plan, plan


def test_a_plain_sqlite_connection_reads_ops_once_given_the_functions(store: Store) -> None:
    """Tools outside the app (a shell, a script) call `opcodec.register` first."""
    with store.write() as w:
        w.create(Person, {"full_name": "Бакыт"}, new_id())
    query = "SELECT * FROM op_log ORDER BY replica_id, seq"
    with store.connect() as conn:
        expected = [tuple(r) for r in conn.exec_driver_sql(query)]
    raw = dbapi2.connect(str(store.home.database))  # as a tool would, without the app
    key = key_of(store.home.database)
    if key is not None:
        raw.execute(database.key_pragma(key))
    try:
        with pytest.raises(dbapi2.OperationalError, match="op_value"):
            raw.execute(query)
        opcodec.register(raw)
        assert raw.execute(query).fetchall() == expected
    finally:
        raw.close()


def _before_compaction(db: Path, n: int) -> list[tuple[object, ...]]:
    """A database at the revision before the compact op log, holding `n` ops."""
    engine = database.make_engine(db)
    try:
        with engine.begin() as conn:
            command.upgrade(database.alembic_config(conn), BEFORE)
    finally:
        engine.dispose()
    origin = str(uuid.uuid4())
    ops = [
        (
            origin,
            seq,
            1000 + seq,
            "attendance_mark",
            str(uuid.uuid4()),
            None,
            "create",
            _dumps({"person_id": str(uuid.uuid4()), "session_id": str(uuid.uuid4())}),
            None,
            "Бакыт",
        )
        for seq in range(1, n + 1)
    ]
    raw = sqlite3.connect(db)
    with raw:
        raw.executemany("INSERT INTO op_log VALUES (?,?,?,?,?,?,?,?,?,?)", ops)
    raw.close()  # the last connection out writes the WAL back: the file has its true size
    return ops


@pytest.mark.real_migrations
def test_the_upgrade_compacts_then_vacuums(tmp_path: Path) -> None:
    db = tmp_path / "tirek.sqlite3"
    ops = _before_compaction(db, 5000)
    before = db.stat().st_size
    engine = database.make_engine(db)
    try:
        database.migrate(engine, db, tmp_path / "backups")
        with engine.connect() as conn:
            assert [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM op_log")] == [
                (*o, opcodec.row_key(str(o[4]))) for o in ops
            ]
            assert conn.exec_driver_sql("PRAGMA freelist_count").scalar() == 0
    finally:
        engine.dispose()
    assert db.stat().st_size < before * 0.6  # compact rows, the old pages given back


@pytest.mark.real_migrations
def test_the_upgrade_refuses_without_disk_space_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "tirek.sqlite3"
    _before_compaction(db, 10)
    monkeypatch.setattr(
        database.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9, 1000)
    )
    engine = database.make_engine(db)
    try:
        with pytest.raises(StorageError, match="free disk space"):
            database.migrate(engine, db, tmp_path / "backups")
        assert database.current_revisions(engine) == {BEFORE}
    finally:
        engine.dispose()
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(UUIDS | st.text(max_size=6), st.one_of(st.none(), TEXTS)), max_size=8))
def test_the_fast_insert_stores_what_the_view_trigger_stores(
    ops: list[tuple[str, str | None]],
) -> None:
    """Writer and import append through `insert_ops`; anything else through the view."""
    stored = []
    for fast in (False, True):
        raw = sqlite3.connect(":memory:")
        opcodec.register(raw)
        for statement in FROZEN.SCHEMA + FROZEN.VIEW:
            raw.execute(statement)
        rows = [
            ("o-1", i + 1, 7, "person", row_id, "notes" if i % 2 else None, "set", value, None, "Ж")
            for i, (row_id, value) in enumerate(ops)
        ]
        if fast:
            opcodec.insert_ops(raw, rows)
        else:
            raw.executemany("INSERT INTO op_log VALUES (?,?,?,?,?,?,?,?,?,?,NULL)", rows)
        assert [r[:10] for r in raw.execute("SELECT * FROM op_log ORDER BY seq")] == rows
        # The numbers of names may differ (order of first use); the stored bytes may not.
        stored.append(raw.execute("SELECT seq, hlc, row, value, parents FROM op_row").fetchall())
        raw.close()
    assert stored[0] == stored[1]


def test_only_a_value_can_be_rewritten_and_it_is_stored_packed() -> None:
    """Erasure rewrites values through the view (app/core/erasure.py); nothing else of an
    op can change: the view has no trigger for it, so SQLite refuses."""
    raw = sqlite3.connect(":memory:")
    opcodec.register(raw)
    try:
        for statement in FROZEN.SCHEMA + FROZEN.VIEW:
            raw.execute(statement)
        person, org = str(uuid.uuid4()), str(uuid.uuid4())
        before = _dumps({"full_name": "Айжан", "organisation_id": org})
        row = ("o-1", 1, 7, "person", person, None, "create", before, None, "Ж")
        raw.execute("INSERT INTO op_log VALUES (?,?,?,?,?,?,?,?,?,?,NULL)", row)
        after = _dumps({"full_name": "Erased person ABCD", "organisation_id": org})
        raw.execute(
            "UPDATE op_log SET value = ? WHERE replica_id = ? AND seq = ?", (after, "o-1", 1)
        )
        assert raw.execute("SELECT value FROM op_log").fetchall() == [(after,)]
        assert raw.execute("SELECT value FROM op_row").fetchall() == [(opcodec.pack(after),)]
        with pytest.raises(sqlite3.OperationalError, match="cannot modify op_log"):
            raw.execute("UPDATE op_log SET kind = 'set' WHERE seq = 1")
    finally:
        raw.close()
