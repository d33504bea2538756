""" "Remember on this computer" (docs/security.md): the keyring keeps the key scrypt derived
from the passphrase for this key file, never the passphrase. A remembered start opens
without scrypt; a changed passphrase is remembered anew; a stale entry asks again; an
older version's entry (the passphrase itself) is replaced on its first use."""

from __future__ import annotations

import keyring
import pytest

from app.core import passphrase
from app.core.paths import Home
from app.core.services.people import create_person, list_people
from app.core.store import Store
from tests.cli_runner import tirek
from tests.keyrings import MemoryKeyring
from tests.rawdb import TEST_PASSPHRASE


def closed_home(store: Store) -> Home:
    """The store's home, closed, with nothing of it left unlocked in this process."""
    create_person(store, {"full_name": "Айзада Токтогулова", "sex": "female"})
    home = store.home
    store.close()
    passphrase.register(home.database, None)
    return home


def no_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object) -> bytes:
        raise AssertionError("scrypt ran")

    monkeypatch.setattr(passphrase, "_derive", refused)


def test_a_remembered_installation_opens_without_scrypt_and_the_passphrase_is_not_kept(
    store: Store, kept: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = closed_home(store)
    assert passphrase.remember(home, TEST_PASSPHRASE)
    assert passphrase.is_remembered(home)
    secrets = list(kept.kept.values())
    assert len(secrets) == 1 and TEST_PASSPHRASE not in secrets[0]
    assert not any(TEST_PASSPHRASE.encode().hex() in s for s in secrets)
    no_scrypt(monkeypatch)
    reopened = Store.open(home.root)
    assert [p.full_name for p in list_people(reopened).rows] == ["Айзада Токтогулова"]
    reopened.close()
    passphrase.register(home.database, None)
    result = tirek(home.root, "info")  # the command line opens the same way
    assert result.returncode == 0, result.stderr


def test_a_passphrase_changed_here_is_remembered_anew(
    store: Store, kept: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = closed_home(store)
    passphrase.remember(home, TEST_PASSPHRASE)
    before = dict(kept.kept)
    passphrase.change(home, TEST_PASSPHRASE, "a new passphrase for Osh")
    assert kept.kept != before and len(kept.kept) == 1
    assert "a new passphrase for Osh" not in next(iter(kept.kept.values()))
    no_scrypt(monkeypatch)
    reopened = Store.open(home.root)
    assert reopened.row_counts()["person"] == 1
    reopened.close()


def test_a_stale_remembered_key_asks_for_the_passphrase_and_changes_nothing(
    store: Store, kept: MemoryKeyring
) -> None:
    home = closed_home(store)
    passphrase.remember(home, TEST_PASSPHRASE)
    # The passphrase changed where this keyring was not reachable: a new salt, a new key.
    keyring.set_keyring(MemoryKeyring())
    passphrase.change(home, TEST_PASSPHRASE, "changed on another account")
    keyring.set_keyring(kept)
    database_bytes = home.database.read_bytes()
    assert passphrase.unlock_remembered(home) is None
    with pytest.raises(passphrase.PassphraseNeeded):
        Store.open(home.root)
    result = tirek(home.root, "info")
    assert result.returncode == 2 and "TIREK_PASSPHRASE" in result.stderr
    assert home.database.read_bytes() == database_bytes
    # Broken text in the keyring is the same: asked, not a crash.
    kept.kept[(passphrase.KEPT_KEY_SERVICE, str(home.root))] = "not hex at all"
    assert passphrase.unlock_remembered(home) is None


def test_an_older_versions_remembered_passphrase_is_replaced_by_the_key(
    store: Store, kept: MemoryKeyring
) -> None:
    home = closed_home(store)
    kept.kept[(passphrase.KEYRING_SERVICE, str(home.root))] = TEST_PASSPHRASE
    reopened = Store.open(home.root)
    assert reopened.row_counts()["person"] == 1
    reopened.close()
    assert list(kept.kept) == [(passphrase.KEPT_KEY_SERVICE, str(home.root))]
    assert TEST_PASSPHRASE not in kept.kept[(passphrase.KEPT_KEY_SERVICE, str(home.root))]


def test_forgetting_leaves_nothing_in_the_keyring(store: Store, kept: MemoryKeyring) -> None:
    home = closed_home(store)
    kept.kept[(passphrase.KEYRING_SERVICE, str(home.root))] = TEST_PASSPHRASE
    passphrase.remember(home, TEST_PASSPHRASE)
    passphrase.forget(home)
    assert kept.kept == {} and not passphrase.is_remembered(home)
    passphrase.forget(home)  # twice is once
    with pytest.raises(passphrase.PassphraseNeeded):
        Store.open(home.root)


def test_a_wrong_passphrase_is_never_remembered(store: Store, kept: MemoryKeyring) -> None:
    home = closed_home(store)
    with pytest.raises(passphrase.InputError, match="not right"):
        passphrase.remember(home, "not the passphrase")
    assert kept.kept == {}


def test_the_command_line_restores_a_backup_with_the_remembered_key(
    store: Store, kept: MemoryKeyring
) -> None:
    home = closed_home(store)
    passphrase.remember(home, TEST_PASSPHRASE)
    made = tirek(home.root, "backup")
    assert made.returncode == 0, made.stderr
    backup_file = made.stdout.split("Backup made: ", 1)[1].splitlines()[0].strip()
    reopened = Store.open(home.root)
    create_person(reopened, {"full_name": "Later", "sex": "female"})
    reopened.close()
    passphrase.register(home.database, None)
    restored = tirek(home.root, "restore", backup_file, "--yes")
    assert restored.returncode == 0, restored.stderr
    again = Store.open(home.root)
    assert [p.full_name for p in list_people(again).rows] == ["Айзада Токтогулова"]
    again.close()
