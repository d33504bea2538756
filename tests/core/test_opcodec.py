"""The compact op log (issue 18): every op reads back exactly as it was written.

The hash chain and the signatures are over the op's text, so "almost the same" is a
broken chain: these tests hold the codec to byte equality, for any text a peer could send,
and hold the migration's frozen copy of the codec to the app's.
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import uuid
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import opcodec, paths
from app.core.models import Person
from app.core.models.base import new_id
from app.core.store import Store
from app.core.writer import KIND_CREATE

UUIDS = st.uuids().map(str)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text() | UUIDS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
# Texts no writer makes but a peer could send: escaped quotes around uuids, marks, junk.
TEXTS = st.lists(
    st.sampled_from(['"', "\\", "\x01", ",", ":", "{", "}", "ы"]) | UUIDS | st.text(max_size=5),
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


def test_uuids_take_16_bytes() -> None:
    mark = _dumps({"person_id": str(uuid.uuid4()), "session_id": str(uuid.uuid4()), "s": "p"})
    stored = opcodec.pack(mark)
    assert isinstance(stored, bytes)
    assert len(stored) == len(mark) - 2 * 38 + 2 * 16 + 2 + 2  # 2 marks, 2-byte head
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
    raw = sqlite3.connect(store.home.database)
    try:
        with pytest.raises(sqlite3.OperationalError, match="op_value"):
            raw.execute(query)
        opcodec.register(raw)
        assert raw.execute(query).fetchall() == expected
    finally:
        raw.close()
