"""Which key opens an installation, and the one-time conversion of a plain database.

`key_for_opening` decides, before any engine touches the file:

- a home with a key file: the passphrase (given, or from TIREK_PASSPHRASE) unwraps the
  database key, else the key this computer remembers (passphrase.py, the keyring); none
  at all raises PassphraseNeeded; a wrong one, InputError.
- a home without one and a passphrase given: a new installation is created encrypted, and
  an existing plain database is converted (`convert`), both with a new recovery key.
- a home without one and no passphrase: the database is opened plain, as before issue 16
  (tests of the conversion and the benchmark's plain side use this).

The conversion backs the plain file up first, exports it into a new encrypted file with
`sqlcipher_export`, compares every table's rows, swaps the files atomically, and then
overwrites and deletes every plain copy in the home (the database, its -wal/-shm, the
backup it just made and the older plain backups).
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from app.core import database, passphrase
from app.core.errors import N_, StorageError
from app.core.paths import Home

log = logging.getLogger(__name__)

PLAIN_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Opening:
    key: bytes | None  # None: a plain database
    recovery_key: str | None = None  # set when keys were made now: show it once
    converted: bool = False


def is_plain_file(db_file: Path) -> bool:
    """True when `db_file` is an unencrypted SQLite file (its header is readable)."""
    try:
        with db_file.open("rb") as fh:
            return fh.read(16) == PLAIN_HEADER
    except OSError:
        return False


def _has_data(db_file: Path) -> bool:
    return db_file.exists() and db_file.stat().st_size > 0


def key_for_opening(home: Home, given: str | None) -> Opening:
    _finish_interrupted_swap(home)
    if passphrase.is_encrypted(home):
        chosen = given or passphrase.from_environment()
        if chosen is not None:
            return Opening(passphrase.unlock(home, chosen))
        # Opened already in this process (a restore, a backup), else remembered here.
        known = passphrase.unlocked_key(home.database) or passphrase.unlock_remembered(home)
        if known is None:
            raise passphrase.PassphraseNeeded(
                N_("Tirek's database is encrypted: type the passphrase to open it."),
                field="passphrase",
            )
        return Opening(known)
    if _has_data(home.database) and not is_plain_file(home.database):
        return Opening(passphrase.key_file_missing(home))
    chosen = given or passphrase.from_environment()
    if chosen is None:
        return Opening(None)
    if _has_data(home.database):
        keys = convert(home, chosen)
        return Opening(keys.database_key, keys.recovery_key, converted=True)
    keys = passphrase.create_keys(home, chosen)
    return Opening(keys.database_key, keys.recovery_key)


# -- the conversion -----------------------------------------------------------------------
def _pending_key_file(home: Home) -> Path:
    return home.key_file.with_name(home.key_file.name + ".new")


def _finish_interrupted_swap(home: Home) -> None:
    """A conversion stopped between swapping the database and moving its key file in."""
    pending = _pending_key_file(home)
    if not pending.exists() or home.key_file.exists():
        return
    if _has_data(home.database) and not is_plain_file(home.database):
        os.replace(pending, home.key_file)
    else:  # stopped before the swap: the plain database is still the real one
        pending.unlink()


def table_digests(conn: sqlcipher.Connection) -> dict[str, tuple[int, str]]:
    """Every table's row count and an order-free digest of its rows."""
    names = [
        row[0]
        for row in conn.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'"
        )
    ]
    result: dict[str, tuple[int, str]] = {}
    for name in names:
        total = 0
        count = 0
        for row in conn.execute(f'select * from "{name}"'):
            total += int.from_bytes(hashlib.sha256(repr(row).encode()).digest()[:16], "big")
            count += 1
        result[name] = (count, format(total % 2**128, "032x"))
    return result


def open_raw(db_file: Path, key: bytes | None) -> sqlcipher.Connection:
    return database.connect(db_file, key)  # keyed first, with the op_log view's functions


def convert(home: Home, chosen: str) -> passphrase.NewKeys:
    """Encrypt the plain database in `home` under a new key wrapped by `chosen`."""
    passphrase.check_new_passphrase(chosen)
    db = home.database
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    safety = database.backup_database(db, home.backups / f"before-encryption-{stamp}.sqlite3")
    pending = _pending_key_file(home)
    keys = passphrase.create_keys(home, chosen, target=pending)
    encrypted = db.with_name(db.name + ".encrypting")
    for leftover in (encrypted, Path(f"{encrypted}-journal")):
        leftover.unlink(missing_ok=True)
    plain = open_raw(db, None)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = table_digests(plain)
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        plain.execute(
            f"ATTACH DATABASE ? AS encrypted KEY \"x'{keys.database_key.hex()}'\"",
            (str(encrypted),),
        )
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    check = open_raw(encrypted, keys.database_key)
    try:
        after = table_digests(check)
    finally:
        check.close()
    if after != before:
        _shred(encrypted)
        pending.unlink(missing_ok=True)
        raise StorageError(
            N_("Could not encrypt the database: the copy differs. Nothing was changed.")
        )
    aside = db.with_name(db.name + ".plain")
    os.replace(db, aside)
    os.replace(encrypted, db)  # from here the encrypted file is the database
    os.replace(pending, home.key_file)
    for path in (aside, Path(f"{db}-wal"), Path(f"{db}-shm"), safety):
        _shred(path)
    remove_plain_backups(home)
    log.info("database converted to an encrypted one (%d tables checked)", len(before))
    return keys


def remove_plain_backups(home: Home) -> list[Path]:
    """Overwrite and delete the plain backups in the home's backup folder (made before
    the database was encrypted: each is a full readable copy). A second folder (a USB
    stick) is not touched: docs/security.md asks the coordinator to wipe it."""
    removed = []
    for path in sorted(home.backups.glob("*.sqlite3*")):
        if path.is_file() and not path.name.endswith(".key"):
            _shred(path)
            removed.append(path)
    return removed


def _shred(path: Path) -> None:
    """Overwrite a file with zeros before deleting it, so its pages are not simply left
    in free disk space. (An SSD or a journaling file system may still keep old blocks:
    docs/security.md says so.)"""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as fh:
        zeros = bytes(1 << 20)
        left = size
        while left > 0:
            chunk = min(left, len(zeros))
            fh.write(zeros[:chunk])
            left -= chunk
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()
