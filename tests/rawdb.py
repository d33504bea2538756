"""Raw connections to a test database file, as `sqlite3.connect` gave before issue 16.

Test databases are encrypted (tests/conftest.py); `connect_raw` opens one through
SQLCipher with its key: the key this process opened it with, or the suite's passphrase
when the file sits in a home with a key file (or in its backups). A file without either
is opened plain.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app.core import database, opcodec, passphrase
from app.core.paths import Home

TEST_PASSPHRASE = "test passphrase of the suite"


def key_of(db_file: str | os.PathLike[str]) -> bytes | None:
    path = Path(str(db_file).removeprefix("file:").split("?")[0])
    known = passphrase.unlocked_key(path)
    if known is not None:
        return known
    for folder in (path.parent, path.parent.parent):  # the home, or its backups folder
        home = Home(folder)
        if home.key_file.exists():
            return passphrase.unlock(home, TEST_PASSPHRASE)
    return None


def connect_raw(db_file: str | os.PathLike[str], *args: Any, **kwargs: Any) -> Any:
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(db_file), *args, **kwargs)
    key = key_of(db_file)
    if key is not None:
        conn.execute(database.key_pragma(key))
    opcodec.register(conn)  # the op_log view's functions, as every app connection has
    return conn


# SQLCipher 4's page format (its defaults, which Tirek keeps): 4096-byte pages, each ending
# in 80 reserved bytes (a 16-byte IV, then a 64-byte HMAC-SHA512); page 1 begins with the
# 16-byte salt, unencrypted. With a raw key the key itself is the AES-256 key.
PAGE_SIZE = 4096
RESERVED = 80
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(page: bytes, number: int, key: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    start = 16 if number == 1 else 0
    iv = page[PAGE_SIZE - RESERVED : PAGE_SIZE - RESERVED + 16]
    body = page[start : PAGE_SIZE - RESERVED]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(body) + dec.finalize()


def decrypted_bytes(db_file: Path, key: bytes) -> bytes:
    """Every page of the database file and of its -wal, decrypted: used pages, free pages
    and old page images alike, so a search sees what a thief with the key would."""
    out = []
    data = db_file.read_bytes()
    for n in range(len(data) // PAGE_SIZE):
        out.append(_decrypt_page(data[n * PAGE_SIZE : (n + 1) * PAGE_SIZE], n + 1, key))
    wal = db_file.with_name(db_file.name + "-wal")
    if wal.exists():
        w = wal.read_bytes()
        pos = WAL_HEADER
        while pos + FRAME_HEADER + PAGE_SIZE <= len(w):
            number = int.from_bytes(w[pos : pos + 4], "big")
            page = w[pos + FRAME_HEADER : pos + FRAME_HEADER + PAGE_SIZE]
            out.append(_decrypt_page(page, number, key))
            pos += FRAME_HEADER + PAGE_SIZE
    return b"".join(out)
