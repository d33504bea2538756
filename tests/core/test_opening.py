"""Opening an installation (docs/architecture.md, "Start-up"): a database at head whose
incarnation matches its folder is read through a plain connection, and SQLAlchemy's engine
is made only when the data is first read; anything else takes the full way (migrate,
re-incarnate). The key derivation can be started ahead and is then paid once."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core import passphrase
from app.core.errors import InputError, StorageError
from app.core.identity import write_marker
from app.core.paths import Home
from app.core.services.people import create_person, list_people
from app.core.store import Store
from tests.rawdb import TEST_PASSPHRASE


def _reopened(store: Store) -> Path:
    store.close()
    return store.home.root


def test_an_installation_at_head_opens_without_making_an_engine(
    make_store: Callable[..., Store],
) -> None:
    first = make_store()
    create_person(first, {"full_name": "Айгүл Токтосунова"})
    ident = first.identity()
    again = Store.open(_reopened(first), TEST_PASSPHRASE)
    try:
        assert again._engine is None
        assert again.identity() == ident  # read through the plain connection
        assert again.retired_replica is None
        assert again._engine is None
        assert list_people(again).total == 1  # the engine is made now, on first use
        assert again._engine is not None
        with again.write() as w:  # and writing works as ever
            assert w is not None
    finally:
        again.close()


def test_a_copied_database_still_takes_a_fresh_replica_id_before_anything_else(
    make_store: Callable[..., Store],
) -> None:
    first = make_store()
    old = first.require_identity()
    home = _reopened(first)
    write_marker(Home(home), "another-incarnation")  # as if this file came from elsewhere
    again = Store.open(home, TEST_PASSPHRASE)
    try:
        assert again.retired_replica == old.replica_id
        assert again.require_identity().replica_id != old.replica_id
    finally:
        again.close()


def test_a_damaged_database_is_explained_at_opening(make_store: Callable[..., Store]) -> None:
    home = _reopened(make_store())
    (home / "tirek.sqlite3").write_bytes(b"not a database at all" * 1000)
    with pytest.raises(StorageError, match="damaged"):
        Store.open(home, TEST_PASSPHRASE)


def test_the_wrong_passphrase_is_still_refused_in_words(make_store: Callable[..., Store]) -> None:
    home = _reopened(make_store())
    with pytest.raises(InputError, match="not right"):
        Store.open(home, "a wrong passphrase, long enough")


def test_the_key_derived_ahead_is_derived_once(
    make_store: Callable[..., Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cryptography.hazmat.primitives.kdf import scrypt

    home = Home(_reopened(make_store()))
    passphrase._DERIVED.clear()  # as in a new process
    runs: list[str] = []
    real = scrypt.Scrypt

    class Counted:
        def __init__(self, **cost: Any) -> None:
            self.real = real(**cost)

        def derive(self, key_material: bytes) -> bytes:
            runs.append(threading.current_thread().name)
            return self.real.derive(key_material)

    monkeypatch.setattr(scrypt, "Scrypt", Counted)
    monkeypatch.setenv(passphrase.ENV, TEST_PASSPHRASE)
    passphrase.unlock_ahead(home)
    deadline = time.monotonic() + 60
    while not passphrase._DERIVED and time.monotonic() < deadline:  # the thread has begun
        time.sleep(0.01)
    key = passphrase.unlock(home, TEST_PASSPHRASE)  # waits for the derivation under way
    assert runs == ["tirek-unlock"]
    assert passphrase.unlock(home, TEST_PASSPHRASE) == key
    assert runs == ["tirek-unlock"]
    store = Store.open(home.root)
    try:
        assert store.database_key == key
    finally:
        store.close()


def test_a_wrong_passphrase_derived_ahead_changes_nothing(
    make_store: Callable[..., Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = Home(_reopened(make_store()))
    monkeypatch.setenv(passphrase.ENV, "not the passphrase of this laptop")
    passphrase.unlock_ahead(home)
    with pytest.raises(InputError, match="not right"):
        passphrase.unlock(home, "not the passphrase of this laptop")
    store = Store.open(home.root, TEST_PASSPHRASE)
    store.close()
