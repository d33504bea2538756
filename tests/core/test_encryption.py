"""Encryption at rest (issue 16, point 1): the database and its backups are SQLCipher files
that plain sqlite3 cannot read; the passphrase unlocks them, a wrong one opens and changes
nothing; the passphrase can be changed and replaced with the recovery key; a plain
database is converted losing nothing and leaving no plain copy."""

from __future__ import annotations

import gzip
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core import backup, database, encrypt, passphrase
from app.core.errors import InputError, SetupError
from app.core.paths import Home
from app.core.services.people import create_person
from app.core.store import Store
from tests.cli_runner import tirek
from tests.rawdb import TEST_PASSPHRASE

REAL_KEY_FILE_MISSING = passphrase.key_file_missing  # tests/conftest.py stands in for it
NAME = "Айзада Токтогулова"
PHONE = "+996555123456"


def with_people(store: Store) -> Store:
    create_person(store, {"full_name": NAME, "phone": PHONE, "sex": "female"})
    create_person(store, {"full_name": "Гүлнара Осмонова", "sex": "female"})
    return store


def files_of(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def plainly_readable(path: Path) -> bool:
    """True when stdlib sqlite3 reads a row of people from `path` (gzip unpacked first)."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    probe = path.with_name(f".probe-{path.name}")
    probe.write_bytes(data)
    try:
        with sqlite3.connect(probe) as conn:
            return bool(conn.execute("select full_name from person").fetchall())
    except sqlite3.DatabaseError:
        return False
    finally:
        probe.unlink()


def test_plain_sqlite3_reads_nothing_from_the_database_or_a_backup(store: Store) -> None:
    with_people(store)
    made = backup.make_backup(store)  # the scheduled backup: a manifest and its chunks
    store.close()
    backup_files = [p for p in made.path.parent.rglob("*") if p.is_file()]
    assert made.path in backup_files and len(backup_files) > 3
    for path in (store.home.database, *backup_files):
        with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(path) as conn:
            conn.execute("select count(*) from sqlite_master").fetchall()
        assert not plainly_readable(path)
        unpacked = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else None
        for content in (path.read_bytes(), unpacked or b""):
            assert NAME.encode() not in content and PHONE.encode() not in content
    reopened = Store.open(store.home.root, TEST_PASSPHRASE)
    assert reopened.row_counts()["person"] == 2
    assert reopened.database_key is not None and len(reopened.database_key) == 32
    reopened.close()


def test_an_encrypted_installation_restores_its_own_backup(store: Store) -> None:
    with_people(store)
    made = backup.make_backup(store)
    create_person(store, {"full_name": "Кийин кошулган"})  # after the backup: not restored
    store.close()
    backup.restore_backup(store.home, made.path)
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(store.home.database) as conn:
        conn.execute("select count(*) from sqlite_master").fetchall()
    reopened = Store.open(store.home.root, TEST_PASSPHRASE)
    assert reopened.row_counts()["person"] == 2
    reopened.close()


def test_the_wrong_passphrase_opens_nothing_and_changes_nothing(store: Store) -> None:
    with_people(store)
    home = store.home.root
    store.close()
    before = files_of(home)
    with pytest.raises(InputError, match="passphrase is not right"):
        Store.open(home, "not the passphrase")
    result = tirek(home, "info", env={"TIREK_PASSPHRASE": "not the passphrase"})
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "passphrase is not right" in result.stderr
    after = files_of(home)
    after.pop(Home(home).log_file, None)
    before.pop(Home(home).log_file, None)
    assert after == before


def test_no_passphrase_at_all_is_asked_for_not_guessed(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = store.home.root
    store.close()
    monkeypatch.delenv("TIREK_PASSPHRASE")
    passphrase.register(Home(home).database, None)
    with pytest.raises(passphrase.PassphraseNeeded):
        Store.open(home)
    result = tirek(home, "info")
    assert result.returncode == 2 and "TIREK_PASSPHRASE" in result.stderr


def test_a_new_passphrase_rewraps_the_key_and_leaves_the_database_alone(store: Store) -> None:
    with_people(store)
    home = store.home
    store.close()
    database_bytes = home.database.read_bytes()
    passphrase.change(home, TEST_PASSPHRASE, "a new passphrase for Osh")
    assert home.database.read_bytes() == database_bytes  # re-wrapped, not re-encrypted
    with pytest.raises(InputError):
        Store.open(home.root, TEST_PASSPHRASE)
    again = Store.open(home.root, "a new passphrase for Osh")
    assert again.row_counts()["person"] == 2
    again.close()
    result = tirek(
        home.root,
        "passphrase",
        "change",
        env={"TIREK_PASSPHRASE": "a new passphrase for Osh", "TIREK_NEW_PASSPHRASE": "third one!"},
    )
    assert result.returncode == 0, result.stderr
    assert tirek(home.root, "info", env={"TIREK_PASSPHRASE": "third one!"}).returncode == 0


def test_a_short_new_passphrase_is_refused(store: Store) -> None:
    store.close()
    with pytest.raises(InputError, match="too short"):
        passphrase.change(store.home, TEST_PASSPHRASE, "short")


def test_the_recovery_key_sets_a_new_passphrase(store: Store, template_recovery_key: str) -> None:
    with_people(store)
    home = store.home
    store.close()
    wrong = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"
    with pytest.raises(InputError, match="does not belong"):
        passphrase.recover(home, wrong, "forgotten and replaced")
    assert tirek(home.root, "passphrase", "recover", "--recovery-key", "nonsense").returncode == 2
    result = tirek(
        home.root,
        "passphrase",
        "recover",
        "--recovery-key",
        template_recovery_key.lower(),  # typed by hand: case does not matter
        env={"TIREK_PASSPHRASE": "", "TIREK_NEW_PASSPHRASE": "forgotten and replaced"},
    )
    assert result.returncode == 0, result.stderr
    opened = Store.open(home.root, "forgotten and replaced")
    assert opened.row_counts()["person"] == 2
    opened.close()


def test_a_lost_key_file_is_explained(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.close()
    other = tmp_path / "copied"
    other.mkdir()
    (other / "tirek.sqlite3").write_bytes(store.home.database.read_bytes())
    monkeypatch.setattr(passphrase, "key_file_missing", REAL_KEY_FILE_MISSING)
    with pytest.raises(SetupError, match="key file"):
        Store.open(other)


def dump(db: Path, key: bytes | None) -> dict[str, list[tuple[object, ...]]]:
    conn = encrypt.open_raw(db, key)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "select name from sqlite_master where type='table' and name not like 'sqlite_%'"
            )
        ]
        return {
            n: sorted(map(tuple, conn.execute(f'select * from "{n}"')), key=repr) for n in names
        }
    finally:
        conn.close()


def test_a_plain_database_is_converted_losing_nothing_and_leaving_no_plain_copy(
    make_store: Callable[..., Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIREK_PASSPHRASE", "")  # as before issue 16: a plain installation
    plain = with_people(make_store(device="Naryn-2", role="coordinator"))
    home = plain.home
    assert plain.database_key is None and encrypt.is_plain_file(home.database)
    backup.make_backup(plain)  # a plain backup from before, in backups/
    plain.close()
    before = dump(home.database, None)
    assert len(before["person"]) == 2 and len(before) > 20

    converted = Store.open(home.root, "the chosen passphrase")
    try:
        assert converted.converted and converted.new_recovery_key
        assert converted.database_key is not None
        assert dump(home.database, converted.database_key) == before
        assert converted.require_identity().device_name == "Naryn-2"
    finally:
        converted.close()
    for path, content in files_of(home.root).items():
        assert not plainly_readable(path), path
        assert NAME.encode() not in content, path
        unpacked = gzip.decompress(content) if content[:2] == b"\x1f\x8b" else b""
        assert NAME.encode() not in unpacked, path
    # the recovery key printed at conversion opens it too
    passphrase.recover(home, converted.new_recovery_key, "after the recovery")
    assert Store.open(home.root, "after the recovery").row_counts()["person"] == 2


def test_files_with_personal_data_are_for_this_user_only(store: Store) -> None:
    if os.name == "nt":
        pytest.skip("no file modes on this system")
    for path in (store.home.key_file, store.home.database):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    copy = database.backup_database(store.home.database, store.home.root / "copy.sqlite3")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("setting", "n"),
    [(None, 2**17), ("", 2**17), ("1024", 2**10), ("65536", 2**16), ("1000", 2**17),
     ("512", 2**17), ("262144", 2**17), ("abc", 2**17), ("-1024", 2**17)],
)  # fmt: skip
def test_the_test_scrypt_setting_can_only_lower_the_cost_to_a_sound_power_of_two(
    setting: str | None, n: int
) -> None:
    assert passphrase._scrypt_n(setting) == n
