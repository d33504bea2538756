"""Compact op rows (issue 18): the op log moves into `op_row`, `op_log` becomes a view.

`op_row` keeps each op with integers for the origin (`replica`) and for the entity, kind,
field and author names (`op_name`), the row id as 16 bytes, and the value with its uuids
as 16 bytes and its commonest words as one-byte tokens (app/core/opcodec.py, format 2).
The view `op_log` shows the same columns and values as the table it replaces, so the
hash chains and signatures over them hold. Its triggers turn inserts, deletes and
erasure's value rewrites on the view into changes of `op_row`.

The functions the view calls are frozen here (migrations import no app code);
tests/core/test_opcodec.py holds them equal to app/core/opcodec.py.
The downgrade rebuilds the table exactly (same rows, columns, indexes).

Revision ID: 0021
Revises: 0018
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from typing import Any

from alembic import op

revision: str = "0021"
down_revision: str | Sequence[str] | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 200_000
log = logging.getLogger("tirek.migration")

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_QUOTED_UUID = re.compile(r'"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"')
FORMAT = 2
MARK = "\x01"
_MAX_UUIDS = 255
# The keys and values that fill most op values (attendance marks, enrolments, people),
# measured on the large installation (docs/performance.md). Frozen: stored values depend on
# them, so a change is a new FORMAT. Tokens are the control characters 0x02-0x1F, in order.
WORDS = (
    '"person_id":',
    '"session_id":',
    '"status":',
    '"training_id":',
    '"present"',
    '"no_difficulty"',
    "null",
    "true",
    '"female"',
    '"organisation_id":',
    '"district_id":',
    '"region_id":',
    '"merged_into_id":',
    '"wg_communication":',
    '"wg_cognition":',
    '"wg_selfcare":',
    '"wg_hearing":',
    '"wg_walking":',
    '"wg_seeing":',
    '"consent_photo":',
    '"consent_data":',
    '"birth_date":',
    '"birth_year":',
    '"full_name":',
    '"category":',
    '"notes":',
    '"email":',
    '"phone":',
    '"sex":',
    '"absent"',
)
_CONTROL = re.compile("[\x00-\x1f]")
_TOKEN = re.compile(b"[\x02-\x1f]")
# Longest first, so that a word inside a longer one does not break the longer one up.
_ENCODE = sorted(((w, chr(2 + i)) for i, w in enumerate(WORDS)), key=lambda p: -len(p[0]))
_DECODE = {2 + i: w.encode() for i, w in enumerate(WORDS)}


@functools.lru_cache(maxsize=4096)
def _words_out(skeleton: str) -> bytes:
    """The text around the uuids with the WORDS as tokens. Cached: most values of a
    large installation share a handful of skeletons (an attendance mark's, an enrolment's)."""
    for word, token in _ENCODE:
        skeleton = skeleton.replace(word, token)
    return skeleton.encode()


@functools.lru_cache(maxsize=4096)
def _words_in(stored: bytes) -> tuple[str, ...]:
    """The text around the uuids again, split at the uuids' places."""
    return tuple(_TOKEN.sub(lambda m: _DECODE[m[0][0]], stored).decode().split(MARK))


def row_key(row_id: Any) -> Any:
    if isinstance(row_id, str) and len(row_id) == 36 and _UUID.fullmatch(row_id):
        return bytes.fromhex(row_id.replace("-", ""))
    return row_id


def _uuid_text(raw: bytes) -> str:
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def pack(value: str | None) -> bytes | str | None:
    """The stored form of an op's value text: lossless for any text (see FORMAT)."""
    if value is None or _CONTROL.search(value):
        return value
    # One pass: split() alternates the text between uuids and the uuids themselves.
    parts = _QUOTED_UUID.split(value)
    n = len(parts) // 2
    if n > _MAX_UUIDS:
        return value
    rest = _words_out(MARK.join(parts[0::2]))
    if n == 0 and len(rest) == len(value.encode()):
        return value  # nothing to gain
    uuids = bytes.fromhex("".join(parts[1::2]).replace("-", ""))
    return bytes((FORMAT, n)) + uuids + rest


def unpack(stored: bytes | str | None) -> str | None:
    """The value's text, exactly as it was given to `pack`."""
    if stored is None or isinstance(stored, str):
        return stored
    if stored[0] not in (1, FORMAT):
        raise ValueError(f"unknown op value format {stored[0]}")
    n = stored[1]
    end = 2 + 16 * n
    parts = _words_in(stored[end:]) if stored[0] == FORMAT else stored[end:].decode().split(MARK)
    h = stored[2:end].hex()
    out = [parts[0]]
    for i in range(n):
        u = h[32 * i : 32 * i + 32]
        out.append(f'"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"{parts[i + 1]}')
    return "".join(out)


ROW_TEXT = (
    "CASE WHEN typeof(o.row) = 'blob' THEN lower(substr(hex(o.row), 1, 8) || '-' || "
    "substr(hex(o.row), 9, 4) || '-' || substr(hex(o.row), 13, 4) || '-' || "
    "substr(hex(o.row), 17, 4) || '-' || substr(hex(o.row), 21, 12)) ELSE o.row END"
)

LOGICAL = (
    "r.uuid AS replica_id, o.seq AS seq, o.hlc AS hlc, e.name AS entity, "
    f"{ROW_TEXT} AS row_id, f.name AS field, k.name AS kind, op_value(o.value) AS value, "
    "o.parents AS parents, a.name AS author"
)
JOINS = (
    "FROM op_row o LEFT JOIN replica r ON r.id = o.replica "
    "LEFT JOIN op_name e ON e.id = o.entity LEFT JOIN op_name f ON f.id = o.field "
    "LEFT JOIN op_name k ON k.id = o.kind LEFT JOIN op_name a ON a.id = o.author"
)

SCHEMA = [
    "CREATE TABLE replica (id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, "
    "CONSTRAINT pk_replica PRIMARY KEY (id), CONSTRAINT uq_replica_uuid UNIQUE (uuid))",
    "CREATE TABLE op_name (id INTEGER NOT NULL, name VARCHAR(200) NOT NULL, "
    "CONSTRAINT pk_op_name PRIMARY KEY (id), CONSTRAINT uq_op_name_name UNIQUE (name))",
    "CREATE TABLE op_row (id INTEGER NOT NULL, replica INTEGER NOT NULL, seq INTEGER NOT NULL, "
    "hlc BIGINT NOT NULL, entity INTEGER NOT NULL, row BLOB NOT NULL, field INTEGER, "
    "kind INTEGER NOT NULL, value BLOB, parents TEXT, author INTEGER NOT NULL, "
    "CONSTRAINT pk_op_row PRIMARY KEY (id), "
    "CONSTRAINT uq_op_row_replica UNIQUE (replica, seq))",
]
VIEW = [
    f"CREATE VIEW op_log AS SELECT {LOGICAL}, o.row AS row_key {JOINS}",
    "CREATE INDEX ix_op_row_row ON op_row (row)",
    "CREATE INDEX ix_op_row_hlc ON op_row (hlc)",  # the audit's newest-first pages
    "CREATE TRIGGER op_log_insert INSTEAD OF INSERT ON op_log BEGIN "
    "INSERT OR IGNORE INTO replica (uuid) VALUES (NEW.replica_id); "
    "INSERT OR IGNORE INTO op_name (name) VALUES (NEW.entity), (NEW.kind), (NEW.author); "
    "INSERT OR IGNORE INTO op_name (name) SELECT NEW.field WHERE NEW.field IS NOT NULL; "
    "INSERT INTO op_row (replica, seq, hlc, entity, row, field, kind, value, parents, author) "
    "VALUES ((SELECT id FROM replica WHERE uuid = NEW.replica_id), NEW.seq, NEW.hlc, "
    "(SELECT id FROM op_name WHERE name = NEW.entity), op_key(NEW.row_id), "
    "(SELECT id FROM op_name WHERE name = NEW.field), "
    "(SELECT id FROM op_name WHERE name = NEW.kind), op_pack(NEW.value), NEW.parents, "
    "(SELECT id FROM op_name WHERE name = NEW.author)); END",
    "CREATE TRIGGER op_log_delete INSTEAD OF DELETE ON op_log BEGIN "
    "DELETE FROM op_row WHERE replica = (SELECT id FROM replica WHERE uuid = OLD.replica_id) "
    "AND seq = OLD.seq; END",
    # Erasure rewrites values in place (app/core/erasure.py); an update of any other column
    # has no trigger, so SQLite refuses it: an op is otherwise never changed.
    "CREATE TRIGGER op_log_update INSTEAD OF UPDATE OF value ON op_log BEGIN "
    "UPDATE op_row SET value = op_pack(NEW.value) "
    "WHERE replica = (SELECT id FROM replica WHERE uuid = OLD.replica_id) AND seq = OLD.seq; "
    "END",
]

OLD_TABLE = [
    "CREATE TABLE op_log (replica_id VARCHAR(36) NOT NULL, seq INTEGER NOT NULL, "
    "hlc BIGINT NOT NULL, entity VARCHAR(48) NOT NULL, row_id VARCHAR(36) NOT NULL, "
    "field VARCHAR(64), kind VARCHAR(16) NOT NULL, value TEXT, parents TEXT, "
    "author VARCHAR(200) NOT NULL, CONSTRAINT pk_op_log PRIMARY KEY (replica_id, seq))",
    "CREATE INDEX ix_op_log_entity_row_id ON op_log (entity, row_id)",
    "CREATE INDEX ix_op_log_hlc ON op_log (hlc)",
]


def _register() -> None:
    raw = op.get_bind().connection.dbapi_connection
    assert raw is not None
    raw.create_function("op_pack", 1, pack, deterministic=True)  # type: ignore[attr-defined]
    raw.create_function("op_value", 1, unpack, deterministic=True)  # type: ignore[attr-defined]
    raw.create_function("op_key", 1, row_key, deterministic=True)  # type: ignore[attr-defined]


def _sql(statement: str, params: Sequence[Any] = ()) -> Any:
    return op.get_bind().exec_driver_sql(statement, tuple(params))


def upgrade() -> None:
    _register()
    for statement in SCHEMA:
        _sql(statement)
    _sql("INSERT INTO replica (uuid) SELECT DISTINCT replica_id FROM op_log ORDER BY 1")
    _sql(
        "INSERT INTO op_name (name) SELECT name FROM (SELECT entity AS name FROM op_log "
        "UNION SELECT kind FROM op_log UNION SELECT author FROM op_log "
        "UNION SELECT field FROM op_log WHERE field IS NOT NULL) ORDER BY 1"
    )
    last = int(_sql("SELECT coalesce(max(rowid), 0) FROM op_log").scalar())
    # In steps of BATCH ops by the old table's rowid (the order ops were written in).
    for start in range(0, last, BATCH):
        _sql(
            "INSERT INTO op_row (replica, seq, hlc, entity, row, field, kind, value, parents, "
            "author) SELECT r.id, l.seq, l.hlc, e.id, op_key(l.row_id), f.id, k.id, "
            "op_pack(l.value), l.parents, a.id FROM op_log l "
            "JOIN replica r ON r.uuid = l.replica_id JOIN op_name e ON e.name = l.entity "
            "LEFT JOIN op_name f ON f.name = l.field JOIN op_name k ON k.name = l.kind "
            "JOIN op_name a ON a.name = l.author "
            "WHERE l.rowid > ? AND l.rowid <= ? ORDER BY l.rowid",
            (start, start + BATCH),
        )
        log.info("op log: %d of %d ops compacted", min(start + BATCH, last), last)
    _sql("DROP TABLE op_log")
    for statement in VIEW:
        _sql(statement)


def downgrade() -> None:
    _register()
    _sql("DROP TRIGGER op_log_insert")
    _sql("DROP TRIGGER op_log_delete")
    _sql("DROP TRIGGER op_log_update")
    _sql("DROP VIEW op_log")
    _sql("DROP INDEX ix_op_row_row")
    _sql("DROP INDEX ix_op_row_hlc")
    _sql(OLD_TABLE[0])
    _sql(
        "INSERT INTO op_log (replica_id, seq, hlc, entity, row_id, field, kind, value, parents, "
        f"author) SELECT {LOGICAL} {JOINS} ORDER BY o.id"
    )
    for statement in OLD_TABLE[1:]:
        _sql(statement)
    for table in ("op_row", "op_name", "replica"):
        _sql(f"DROP TABLE {table}")
