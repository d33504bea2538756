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

from app.core import database, passphrase
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
    return conn
