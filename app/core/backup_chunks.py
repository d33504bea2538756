"""The backup format: a manifest plus content-addressed chunks (incremental, compressed,
and encrypted when the database is).

A backup reads the database inside ONE read transaction (a consistent snapshot), table by
table in rowid order, in fixed rowid ranges. Each range is serialized deterministically
(compact JSON), compressed with zlib and, when a key is given, encrypted with AES-GCM.
Its name is a digest of its plain content, so a range that did not change since the last
backup has the same name and is stored once: the second backup of a large installation
writes only the few ranges an edit touched.

    backups/chunks/<id>                    one range of rows
    backups/tirek-<time>.manifest          which chunks make which table, written last

Keyed (the database's raw 32-byte key): three keys are derived with HKDF; a chunk's id is
HMAC-SHA256(mac key, plain bytes) and its AES-GCM nonce comes from that id (deterministic,
"convergent" encryption: the same plain range gives the same file, which is what makes
backups incremental; two different ranges share a nonce only if HMAC collides). Nothing
personal is ever written in the clear, not even to a temporary file: ranges are sealed in
memory. Unkeyed (a plain database): the id is SHA-256 and chunks are only compressed.

The manifest is JSON: its outer part lists the chunk ids and sizes (HMACs reveal nothing of
the rows; pruning needs them without the key) and its body (revision, tables, columns,
chunk ids per table, row counts, digests) is AES-GCM encrypted with the chunk list as
associated data, so neither can be swapped. It is written to a temporary file, fsynced
and renamed: a backup stopped half-way leaves only unreferenced chunks, never a listed
backup, and the next backup reuses them.

This module knows the format only; `app.core.backup` decides when, where and how many.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlcipher3 import dbapi2 as sqlcipher

from app.core.atomic import write_whole
from app.core.errors import N_

FORMAT = "tirek-backup-1"
CHUNKS = "chunks"  # the folder beside the manifests
MANIFEST = ".manifest"
TARGET_CHUNK = 2 * 1024 * 1024  # raw bytes a range aims at (1-4 MB after rounding)
_SAMPLE = 256  # rows serialized to estimate a table's row size
_PLAIN, _SEALED = b"TKc0", b"TKc1"  # chunk file headers: compressed / compressed+encrypted
_SKIP = {"alembic_version"}  # recreated by the migrations at the manifest's revision


class FormatError(Exception):
    """A backup file is damaged, foreign or locked with another key. `reason` is a
    translatable phrase for the user (`backup._not_a_backup` puts it in a sentence)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Stopped(Exception):
    """`stop()` said so between two chunks; no manifest was written."""


@dataclass(frozen=True)
class Keys:
    mac: bytes
    chunk: AESGCM
    manifest: AESGCM


def derive_keys(key: bytes | None) -> Keys | None:
    if key is None:
        return None
    if len(key) < 16:
        raise ValueError("a backup key is the database's raw key (32 bytes)")
    raw = HKDF(hashes.SHA256(), 96, salt=None, info=b"tirek backup v1").derive(key)
    return Keys(raw[:32], AESGCM(raw[32:64]), AESGCM(raw[64:]))


# -- rows <-> bytes ---------------------------------------------------------------------


def _default(value: object) -> object:
    if isinstance(value, bytes):
        return {"$b": base64.b64encode(value).decode("ascii")}
    raise TypeError(f"cannot back up a {type(value).__name__}")  # pragma: no cover


def _hook(obj: dict[str, Any]) -> object:
    if set(obj) == {"$b"}:
        return base64.b64decode(obj["$b"])
    raise FormatError(N_("the file is damaged"))


def serialize(rows: list[Any]) -> bytes:
    """Deterministic bytes for a range of rows (the same rows give the same bytes)."""
    return json.dumps(
        rows, default=_default, ensure_ascii=False, separators=(",", ":"), allow_nan=True
    ).encode("utf-8")


def deserialize(data: bytes) -> list[list[Any]]:
    try:
        rows = json.loads(data.decode("utf-8"), object_hook=_hook)
    except (ValueError, UnicodeDecodeError) as err:
        raise FormatError(N_("the file is damaged")) from err
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise FormatError(N_("the file is damaged"))
    return rows


# -- chunks -------------------------------------------------------------------------------


def chunk_id(plain: bytes, keys: Keys | None) -> str:
    if keys is None:
        return hashlib.sha256(plain).hexdigest()
    return hmac.new(keys.mac, plain, hashlib.sha256).hexdigest()


def seal(plain: bytes, cid: str, keys: Keys | None) -> bytes:
    # Level 1: 2-3 times faster than 6 on these rows, for ~15% more bytes (docs/performance.md).
    packed = zlib.compress(plain, 1)
    if keys is None:
        return _PLAIN + packed
    nonce = bytes.fromhex(cid)[:12]  # deterministic: see the module doc
    return _SEALED + keys.chunk.encrypt(nonce, packed, cid.encode("ascii"))


def unseal(data: bytes, cid: str, keys: Keys | None) -> bytes:
    head, body = data[:4], data[4:]
    try:
        if head == _SEALED:
            if keys is None:
                raise FormatError(N_("it is encrypted; open Tirek with its passphrase first"))
            body = keys.chunk.decrypt(bytes.fromhex(cid)[:12], body, cid.encode("ascii"))
        elif head != _PLAIN:
            raise FormatError(N_("the file is damaged"))
        plain = zlib.decompress(body)
    except (InvalidTag, zlib.error, ValueError) as err:
        raise FormatError(N_("the file is damaged")) from err
    if not hmac.compare_digest(chunk_id(plain, keys if head == _SEALED else None), cid):
        raise FormatError(N_("the file is damaged"))
    return plain


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":  # Windows cannot open a folder; NTFS journals the rename
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def put_chunk(folder: Path, cid: str, sealed: Callable[[], bytes]) -> int:
    """Store a chunk unless it is there already; its size on disk."""
    path = folder / cid
    try:
        size = path.stat().st_size
        # Touched: pruning spares chunks younger than its grace period, so a backup being
        # made right now does not lose a chunk it reuses (see `sweep`).
        os.utime(path)
        return size
    except FileNotFoundError:
        pass
    data = sealed()
    write_whole(path, data)
    return len(data)


# -- tables ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    name: str
    columns: list[str]  # as read: the first is the rowid unless a column aliases it
    rowid: bool  # True: the first value of a row is the implicit rowid
    width: int  # a chunk holds the rows with rowid in [k*width, (k+1)*width)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def tables_of(conn: sqlite3.Connection) -> list[str]:
    names = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    return [n for (n,) in names if n not in _SKIP]


def _columns(conn: sqlite3.Connection, table: str) -> tuple[list[str], bool]:
    info = conn.execute(f"PRAGMA table_info({_q(table)})").fetchall()
    pks = [row for row in info if row[5]]
    aliased = len(pks) == 1 and str(pks[0][2]).upper() == "INTEGER"
    names = [str(row[1]) for row in info]
    return (names, False) if aliased else (["rowid", *names], True)


def _select(table: Table) -> str:
    cols = ", ".join("rowid" if c == "rowid" and table.rowid else _q(c) for c in table.columns)
    return f"SELECT {cols} FROM {_q(table.name)} WHERE rowid >= ? AND rowid < ? ORDER BY rowid"


def _width(conn: sqlite3.Connection, name: str, columns: list[str], rowid: bool) -> int:
    """A power of two of rowids per chunk, so a chunk is ~TARGET_CHUNK bytes. Rounded, it
    stays the same from one backup to the next (ranges line up: unchanged ones dedupe)."""
    count, low, high = conn.execute(
        f"SELECT count(*), min(rowid), max(rowid) FROM {_q(name)}"
    ).fetchone()
    if not count:
        return 1 << 20
    sample = Table(name, columns, rowid, 1 << 62)
    rows = conn.execute(_select(sample) + f" LIMIT {_SAMPLE}", (low, high + 1)).fetchall()
    per_row = max(1, len(serialize(rows)) // max(1, len(rows)))
    density = count / (high - low + 1)
    wanted = max(1, int(TARGET_CHUNK / per_row / density))
    return 1 << (wanted.bit_length() - 1)


def _ranges(conn: sqlite3.Connection, table: Table) -> Iterator[list[tuple[Any, ...]]]:
    sql = _select(table)
    nxt = f"SELECT rowid FROM {_q(table.name)} WHERE rowid >= ? ORDER BY rowid LIMIT 1"
    start: int | None = conn.execute(f"SELECT min(rowid) FROM {_q(table.name)}").fetchone()[0]
    while start is not None:
        low = (start // table.width) * table.width
        rows = conn.execute(sql, (low, low + table.width)).fetchall()
        yield rows
        found = conn.execute(nxt, (low + table.width,)).fetchone()
        start = found[0] if found else None


# -- making a backup ------------------------------------------------------------------------


def write_backup(
    conn: sqlite3.Connection,
    manifest: Path,
    keys: Keys | None,
    stop: Callable[[], bool] | None = None,
    report: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Write every table as chunks, then the manifest; returns the chunks it references.

    `conn` must be inside a read transaction (one snapshot for all tables).
    Raises Stopped when `stop()` turns true between chunks (no manifest then)."""
    folder = manifest.parent / CHUNKS
    folder.mkdir(parents=True, exist_ok=True)
    revision = conn.execute("SELECT group_concat(version_num, '+') FROM alembic_version")
    body: dict[str, Any] = {"revision": revision.fetchone()[0], "tables": []}
    used: dict[str, int] = {}
    names = tables_of(conn)
    for done, name in enumerate(names):
        if report is not None:
            report(done, len(names))
        columns, rowid = _columns(conn, name)
        table = Table(name, columns, rowid, _width(conn, name, columns, rowid))
        digest, ids, count = hashlib.sha256(), [], 0
        for rows in _ranges(conn, table):
            if stop is not None and stop():
                raise Stopped
            plain = serialize(rows)
            digest.update(plain)
            cid = chunk_id(plain, keys)
            used[cid] = put_chunk(folder, cid, functools.partial(seal, plain, cid, keys))
            ids.append(cid)
            count += len(rows)
        body["tables"].append(
            {
                "name": name,
                "columns": columns,
                "rowid": rowid,
                "width": table.width,
                "chunks": ids,
                "rows": count,
                "digest": digest.hexdigest(),
            }
        )
    _fsync_folder(folder)
    outer: dict[str, Any] = {"format": FORMAT, "encrypted": keys is not None, "chunks": used}
    text = json.dumps(body, sort_keys=True).encode("utf-8")
    if keys is None:
        outer["body"] = body
    else:
        nonce = os.urandom(12)
        sealed = keys.manifest.encrypt(nonce, text, _aad(used))
        outer["body"] = base64.b64encode(nonce + sealed).decode("ascii")
    write_whole(manifest, json.dumps(outer, sort_keys=True).encode("utf-8"))
    _fsync_folder(manifest.parent)
    return used


def _aad(used: dict[str, int]) -> bytes:
    return json.dumps(used, sort_keys=True).encode("utf-8")


# -- reading a backup -------------------------------------------------------------------------


def chunk_list(manifest: Path) -> dict[str, int]:
    """The chunks a manifest needs (no key needed). Raises FormatError."""
    outer = _outer(manifest)
    return dict(outer["chunks"])


def _outer(manifest: Path) -> dict[str, Any]:
    try:
        outer = json.loads(manifest.read_bytes())
    except (ValueError, UnicodeDecodeError) as err:
        raise FormatError(N_("the file is damaged or not a Tirek backup")) from err
    if not isinstance(outer, dict) or outer.get("format") != FORMAT:
        raise FormatError(N_("the file is damaged or not a Tirek backup"))
    chunks = outer.get("chunks")
    if not isinstance(chunks, dict) or not all(
        isinstance(k, str) and isinstance(v, int) for k, v in chunks.items()
    ):
        raise FormatError(N_("the file is damaged"))
    return outer


def read_manifest(manifest: Path, keys: Keys | None) -> dict[str, Any]:
    """The manifest's body (revision, tables). Raises FormatError in the user's words."""
    outer = _outer(manifest)
    body = outer.get("body")
    if outer.get("encrypted"):
        if keys is None:
            raise FormatError(N_("it is encrypted; open Tirek with its passphrase first"))
        try:
            raw = base64.b64decode(str(body), validate=True)
            text = keys.manifest.decrypt(raw[:12], raw[12:], _aad(outer["chunks"]))
            body = json.loads(text)
        except InvalidTag as err:
            raise FormatError(
                N_("it was made with another passphrase, or the file is damaged")
            ) from err
        except ValueError as err:
            raise FormatError(N_("the file is damaged")) from err
    if not isinstance(body, dict) or not isinstance(body.get("tables"), list):
        raise FormatError(N_("the file is damaged"))
    for t in body["tables"]:
        if not (
            isinstance(t, dict)
            and isinstance(t.get("name"), str)
            and isinstance(t.get("columns"), list)
            and isinstance(t.get("chunks"), list)
            and set(t["chunks"]) <= set(outer["chunks"])
            and isinstance(t.get("width"), int)
            and t["width"] > 0
        ):
            raise FormatError(N_("the file is damaged"))
    return body


def read_chunk(folder: Path, cid: str, keys: Keys | None) -> list[list[Any]]:
    try:
        data = (folder / cid).read_bytes()
    except FileNotFoundError as err:
        raise FormatError(N_("a part of it is missing (the chunks folder beside it)")) from err
    return deserialize(unseal(data, cid, keys))


def insert_table(
    conn: sqlite3.Connection, folder: Path, spec: dict[str, Any], keys: Keys | None
) -> None:
    """Replace a table's rows with the backup's (inside the caller's transaction), then
    read them back and compare the count and digest."""
    name = spec["name"]
    have, rowid = _columns(conn, name)
    if have != spec["columns"] or rowid != spec.get("rowid"):
        raise FormatError(N_("the file is damaged"))
    table = Table(name, have, rowid, spec["width"])
    cols = ", ".join("rowid" if c == "rowid" and rowid else _q(c) for c in have)
    insert = f"INSERT INTO {_q(name)} ({cols}) VALUES ({', '.join('?' * len(have))})"
    conn.execute(f"DELETE FROM {_q(name)}")  # rows the migrations seeded (reference data)
    for cid in spec["chunks"]:
        rows = read_chunk(folder, cid, keys)
        if any(len(r) != len(have) for r in rows):
            raise FormatError(N_("the file is damaged"))
        try:
            conn.executemany(insert, rows)
        except (sqlite3.IntegrityError, sqlcipher.IntegrityError) as err:
            raise FormatError(N_("the file is damaged")) from err
    digest, count = hashlib.sha256(), 0
    for back in _ranges(conn, table):
        digest.update(serialize(back))
        count += len(back)
    if count != spec.get("rows") or digest.hexdigest() != spec.get("digest"):
        raise FormatError(N_("the file is damaged"))


# -- pruning --------------------------------------------------------------------------------

GRACE_SECONDS = 3600  # a chunk this young may belong to a backup being made right now


def sweep(folder: Path, needed: set[str], now: float) -> int:
    """Delete the chunks (and stale temporary files) no remaining manifest needs: the
    "sweep" after rotation deleted manifests (the "mark" is `needed`). Chunks younger than
    GRACE_SECONDS stay: another backup (the CLI beside the window) may be writing or
    reusing them before its manifest exists. Returns how many files went."""
    removed = 0
    try:
        entries = list((folder / CHUNKS).iterdir())
    except OSError:
        return 0
    for path in entries:
        if path.name in needed:
            continue
        try:
            if now - path.stat().st_mtime < GRACE_SECONDS:
                continue
            path.unlink()
            removed += 1
        except OSError:  # pragma: no cover - a read-only stick, or gone meanwhile
            continue
    return removed
