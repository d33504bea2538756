"""How an op is stored compactly, and read back as exactly the op it was (issue 18).

The op log is most of a large installation's database, and most of an op row was text:
uuids written out (36 characters, in the origin, the row and inside the value), the
entity, kind and author names repeated on every row. Since migration 0021 the ops live
in `op_row` with small integers and 16-byte uuids, and `op_log` is a VIEW that shows
every op with its logical text columns, the same as before. Everything above the
database (the writer, sync, the hash chain, signatures, bundles) reads and writes
`op_log` and sees the logical op, byte for byte; the chain and the signatures are
defined over it, so they are unchanged.

The pieces the database cannot do by itself are the functions below, registered on
every connection (`register`, called by app.core.database.make_engine):
- `op_pack(text)`: the stored form of a value (see `pack`);
- `op_value(stored)`: the value's text again (`unpack`);
- `op_key(text)`: a row id as 16 bytes when it is a canonical uuid (`row_key`);
- `row_text(stored)`: a stored row id as its text again (`row_text`).
The user tables store their ids and references the same way (`RowId`, models/base.py).
Queries that look ops up by row use the view's `row_key` column with `row_key(id)`, so
they use the index on the stored bytes. A plain sqlite3 connection cannot read the view
at all ("no such function: op_value") until `register` gives it the functions; `op_row`
and the other tables it reads as before.

Migration 0021 carries a frozen copy of these functions (migrations import no app code);
`tests/core/test_opcodec.py` holds the two copies to the same answers.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Sequence
from typing import Any

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_QUOTED_UUID = re.compile(r'"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"')

# A packed value: FORMAT, the number n of uuids, n * 16 bytes, then the value's text with
# each quoted uuid replaced by MARK and each of the WORDS by its one-byte token, in UTF-8.
# A value that holds a control character (never in JSON: it escapes them), more than 255
# uuids, or neither a uuid nor a word is stored as its text, unchanged (SQLite keeps a
# TEXT value as TEXT in a BLOB column). Format 1 (uuids, no words) is still read.
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


def row_key(row_id: str) -> bytes | str:
    """A row id as stored: 16 bytes for a canonical (lower-case) uuid, else the text."""
    if len(row_id) == 36 and _UUID.fullmatch(row_id):
        return bytes.fromhex(row_id.replace("-", ""))
    return row_id


def row_text(key: bytes | str) -> str:
    if isinstance(key, str):
        return key
    return _uuid_text(key)


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


# The two lookup tables, spelled out (tests/test_write_path.py reads every SQL write).
_ADD = {
    "replica": "INSERT OR IGNORE INTO replica (uuid) VALUES (?)",
    "op_name": "INSERT OR IGNORE INTO op_name (name) VALUES (?)",
}
_FIND = {
    "replica": "SELECT uuid, id FROM replica WHERE uuid IN ({marks})",
    "op_name": "SELECT name, id FROM op_name WHERE name IN ({marks})",
}


def _ids(raw: sqlite3.Connection, table: str, names: set[str]) -> dict[str, int]:
    """The numbers of `names` in a lookup table (replica or op_name), adding new ones."""
    listed = sorted(names)
    raw.executemany(_ADD[table], [(n,) for n in listed])
    found: dict[str, int] = {}
    for i in range(0, len(listed), 500):
        part = listed[i : i + 500]
        found.update(raw.execute(_FIND[table].format(marks=",".join("?" * len(part))), part))
    return found


def insert_ops(raw: sqlite3.Connection, ops: Sequence[Sequence[Any]]) -> None:
    """Append logical ops (op_log columns in order) to `op_row` in one executemany.

    The same rows the view's insert trigger makes, without a trigger and five lookups per
    op: the hot path of the writer and of a sync import. `raw` is the DBAPI connection of
    the caller's transaction."""
    if not ops:
        return
    replicas = _ids(raw, "replica", {o[0] for o in ops})
    names = _ids(raw, "op_name", {n for o in ops for n in (o[3], o[5], o[6], o[9]) if n})
    raw.executemany(
        "INSERT INTO op_row (replica, seq, hlc, entity, row, field, kind, value, parents, "
        "author) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (
                replicas[o[0]],
                o[1],
                o[2],
                names[o[3]],
                row_key(o[4]),
                None if o[5] is None else names[o[5]],
                names[o[6]],
                pack(o[7]),
                o[8],
                names[o[9]],
            )
            for o in ops
        ],
    )


def _sql_key(row_id: Any) -> Any:
    return row_key(row_id) if isinstance(row_id, str) else row_id


def _sql_text(stored: Any) -> Any:
    return row_text(stored) if isinstance(stored, bytes) else stored


def register(conn: sqlite3.Connection) -> None:
    """Give a connection the functions the op_log view and its triggers call."""
    conn.create_function("op_pack", 1, pack, deterministic=True)
    conn.create_function("op_value", 1, unpack, deterministic=True)
    conn.create_function("op_key", 1, _sql_key, deterministic=True)
    # A row id column of a user table (16 bytes since migration 0022) as its text.
    conn.create_function("row_text", 1, _sql_text, deterministic=True)
