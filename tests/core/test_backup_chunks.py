"""Incremental, compressed, encrypted backups (manifest + chunks): real stores, real files."""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app.core import backup, backup_chunks, database
from app.core.backup import BackupPolicy
from app.core.digest import state_digest
from app.core.errors import InputError
from app.core.models import Person
from app.core.progress import Cancelled, Progress
from app.core.services.people import create_person, update_person
from app.core.store import Store

NOW = datetime(2026, 11, 28, 14, 0, 0)
# The keyed and unkeyed formats on a plain database; an encrypted store's own backups are
# tested in tests/core/test_encryption.py and tests/sync/test_merge.py.
pytestmark = pytest.mark.plain_database
KEY = bytes(range(32))  # stands for the database's raw SQLCipher key
NAME = "Гүлнара Токтосунова"
PHONE = "+996 555 123 456"


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ranges of ~16 KB instead of ~2 MB: a small database then has many chunks, as a
    large one has, so what an edit touches is visible."""
    monkeypatch.setattr(backup_chunks, "TARGET_CHUNK", 16 * 1024)


@pytest.fixture
def filled(make_demo_store: Callable[..., Store], small_chunks: None) -> Store:
    store = make_demo_store(seed=3)
    create_person(store, {"full_name": NAME, "phone": PHONE})
    return store


def rows_of(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table, every row, in rowid order (the alembic version too)."""
    conn = sqlite3.connect(db)
    try:
        names = [
            n
            for (n,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            n: conn.execute(f'SELECT rowid, * FROM "{n}" ORDER BY rowid').fetchall() for n in names
        }
    finally:
        conn.close()


def digest_of(store: Store) -> str:
    with store.read() as s:
        return state_digest(s)


def digest_of_backup(manifest: Path, scratch: Path, key: bytes | None = None) -> str:
    db = backup.rebuild(manifest, scratch / f"{manifest.stem}.sqlite3", key)
    engine = create_engine(f"sqlite:///{db}")
    try:
        with Session(engine) as s:
            return state_digest(s)
    finally:
        engine.dispose()


def chunk_files(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in (folder / "chunks").iterdir()}


def all_files(folder: Path) -> Iterator[Path]:
    return (p for p in folder.rglob("*") if p.is_file())


# The rebuild's schema by the real migrations here (other tests' rebuilds of a backup of
# this version start from the template file, tests/conftest.py).
@pytest.mark.real_migrations
def test_a_backup_round_trip_gives_every_table_row_for_row(filled: Store, tmp_path: Path) -> None:
    made = backup.make_backup(filled, now=NOW)
    assert made.path.name == "tirek-2026-11-28_14-00-00.manifest"
    assert len(chunk_files(filled.home.backups)) > 20  # many ranges, not one blob
    rebuilt = backup.rebuild(made.path, tmp_path / "rebuilt.sqlite3")
    original = rows_of(filled.home.database)
    again = rows_of(rebuilt)
    # The access log's last line records this backup: written once the backup is made.
    assert original["access_log"][-1][5] == "backup"
    original["access_log"] = original["access_log"][:-1]
    assert sum(len(r) for r in original.values()) > 5000
    assert again.keys() == original.keys()
    for table, rows in original.items():
        assert again[table] == rows, table
    with sqlite3.connect(rebuilt) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_second_backup_after_one_edit_adds_only_a_few_chunks(filled: Store) -> None:
    first = backup.make_backup(filled, now=NOW)
    before = chunk_files(filled.home.backups)
    with filled.read() as s:
        someone = s.scalars(select(Person.id).order_by(Person.id).limit(1)).one()
    update_person(filled, someone, {"full_name": "Edited after the first backup"})
    second = backup.make_backup(filled, now=NOW + timedelta(days=1))  # one a day is kept
    after = chunk_files(filled.home.backups)
    new = set(after) - set(before)
    # The person's range, the op log's last range (and its name list, `op_name`, when the
    # edit is the first of its field: app/core/opcodec.py), the installation's counter,
    # and little else: the other ranges are the same files, stored once.
    assert 1 <= len(new) <= 7, len(new)
    assert set(before) <= set(after)
    assert sum(after[c] for c in new) < 0.1 * sum(before.values())
    assert (
        backup_chunks.chunk_list(first.path).keys() != backup_chunks.chunk_list(second.path).keys()
    )
    # Both backups are listed; shared chunks count once against the cap.
    listed = backup.list_backups(filled.home.backups)
    assert [b.path for b in listed] == [second.path, first.path]


def _found(data: bytes, needles: list[bytes]) -> bool:
    if any(n in data for n in needles):
        return True
    # Whatever could be a zlib or gzip stream, anywhere in the file, unpacked.
    for i in range(len(data) - 1):
        if data[i] == 0x78 or data[i : i + 2] == b"\x1f\x8b":
            try:
                if data[i] == 0x78:
                    out = zlib.decompressobj().decompress(data[i:], 64 * 1024 * 1024)
                else:
                    out = gzip.decompress(data[i:])
            except (zlib.error, OSError, EOFError):
                continue
            if any(n in out for n in needles):
                return True
    return False


def _needles(store: Store) -> list[bytes]:
    with store.read() as s:
        stored_phone = s.scalars(select(Person.phone).where(Person.full_name == NAME)).one()
    assert stored_phone
    words = [NAME, PHONE, str(stored_phone), NAME.split()[1]]
    escaped = [json.dumps(w)[1:-1].encode("ascii") for w in words]  # JSON's \\uXXXX form
    return [w.encode("utf-8") for w in words] + escaped + [NAME.encode("utf-16-le")]


def test_a_keyed_backup_holds_the_name_and_phone_nowhere_and_is_no_database(
    filled: Store, tmp_path: Path
) -> None:
    needles = _needles(filled)
    # The scan can find them: an unkeyed backup (only compressed) gives them away.
    plain_home = tmp_path / "plain-backups"
    made = backup.make_backup(filled, now=NOW, policy=BackupPolicy(second_folder=plain_home))
    assert made.second_copy is not None
    assert any(_found(p.read_bytes(), needles) for p in all_files(plain_home))
    for p in list(all_files(filled.home.backups)):
        p.unlink()

    made = backup.make_backup(filled, now=NOW + timedelta(days=1), key=KEY)
    update_person(filled, filled_person(filled), {"phone": "+996 700 000 001"})
    backup.make_backup(filled, now=NOW + timedelta(days=2), key=KEY)
    files = list(all_files(filled.home.backups))
    assert len(files) > 20
    for path in files:
        data = path.read_bytes()
        assert not _found(data, needles), path
        with pytest.raises(sqlite3.DatabaseError):
            conn = sqlite3.connect(path)
            try:
                conn.execute("SELECT * FROM sqlite_master").fetchall()
            finally:
                conn.close()
    # And with the key it is all there.
    assert digest_of_backup(made.path, tmp_path, KEY)


def filled_person(store: Store) -> str:
    with store.read() as s:
        return str(s.scalars(select(Person.id).where(Person.full_name == NAME)).one())


def _untouched(home: Path) -> Callable[[], None]:
    db = home / "tirek.sqlite3"
    before = db.read_bytes()

    def check() -> None:
        assert db.read_bytes() == before
        assert not list((home / "backups").glob("before-restore-*"))
        assert not list((home / "backups").glob(".restoring-*"))

    return check


def test_a_wrong_key_or_no_key_is_refused_and_nothing_changes(filled: Store) -> None:
    made = backup.make_backup(filled, now=NOW, key=KEY)
    current = digest_of(filled)
    home = filled.home
    filled.close()
    untouched = _untouched(home.root)
    with pytest.raises(InputError) as err:
        backup.restore_backup(home, made.path, key=os.urandom(32))
    assert "another passphrase" in err.value.message and "Nothing was changed" in err.value.message
    assert str(made.path) in err.value.message
    with pytest.raises(InputError, match="encrypted"):
        backup.restore_backup(home, made.path)
    with pytest.raises(InputError, match="another passphrase"):
        backup.check_backup_file(made.path, key=os.urandom(32))
    untouched()
    reopened = Store.open(home.root)
    assert digest_of(reopened) == current
    reopened.close()


@pytest.mark.parametrize("key", [None, KEY], ids=["unkeyed", "keyed"])
def test_a_damaged_or_missing_chunk_or_manifest_is_refused_and_nothing_changes(
    filled: Store, tmp_path: Path, key: bytes | None
) -> None:
    made = backup.make_backup(filled, now=NOW, key=key)
    home = filled.home
    filled.close()
    untouched = _untouched(home.root)
    chunks = sorted((home.backups / "chunks").iterdir(), key=lambda p: p.stat().st_size)
    victim = chunks[-1]
    original = victim.read_bytes()
    flipped = bytearray(original)
    flipped[len(flipped) // 2] ^= 0x01
    victim.write_bytes(bytes(flipped))
    with pytest.raises(InputError, match="damaged"):
        backup.restore_backup(home, made.path, key=key)
    with pytest.raises(InputError, match="damaged"):
        backup.check_backup_file(made.path, key=key)
    victim.write_bytes(original[:-10])  # cut short
    with pytest.raises(InputError, match="damaged"):
        backup.restore_backup(home, made.path, key=key)
    victim.unlink()
    with pytest.raises(InputError, match="missing"):
        backup.restore_backup(home, made.path, key=key)
    victim.write_bytes(original)
    # A chunk swapped for another one under its name.
    victim.write_bytes(chunks[0].read_bytes())
    with pytest.raises(InputError, match="damaged"):
        backup.restore_backup(home, made.path, key=key)
    victim.write_bytes(original)
    manifest = made.path.read_bytes()
    for bad in (manifest[: len(manifest) // 2], b'{"format": "something else"}', b"\x00" * 64):
        made.path.write_bytes(bad)
        with pytest.raises(InputError) as err:
            backup.restore_backup(home, made.path, key=key)
        assert "Nothing was changed" in err.value.message
    untouched()
    made.path.write_bytes(manifest)
    backup.restore_backup(home, made.path, key=key)  # whole again: it restores
    assert not list(home.backups.glob(".restoring-*"))


def test_a_backup_stopped_between_chunks_is_not_listed_and_the_next_one_succeeds(
    filled: Store, tmp_path: Path
) -> None:
    class StopAfter(Progress):
        def __init__(self, looks: int) -> None:
            super().__init__()
            self.looks = looks

        @property
        def cancelled(self) -> bool:
            self.looks -= 1
            return self.looks < 0

    with pytest.raises(Cancelled):
        backup.make_backup(filled, now=NOW, progress=StopAfter(10), key=KEY)
    assert backup.list_backups(filled.home.backups) == []
    assert len(chunk_files(filled.home.backups)) > 0  # chunks so far stay, unlisted
    assert backup.is_pending(filled.home)
    assert not [p for p in all_files(filled.home.backups) if p.name.endswith(".part")]
    made = backup.run_scheduled_backup(filled, now=NOW + timedelta(minutes=1), key=KEY)
    assert made is not None and not backup.is_pending(filled.home)
    assert [b.path for b in backup.list_backups(filled.home.backups)] == [made.path]
    assert digest_of_backup(made.path, tmp_path, KEY) == digest_of(filled)


def test_pruning_removes_unneeded_chunks_only_after_the_grace_period(filled: Store) -> None:
    folder = filled.home.backups
    policy = BackupPolicy(keep_daily=1, keep_weekly=0)
    first = backup.make_backup(filled, now=NOW, policy=policy)
    update_person(filled, filled_person(filled), {"full_name": "Renamed"})
    second = backup.make_backup(filled, now=NOW + timedelta(days=1), policy=policy)
    assert not first.path.exists() and first.path in second.removed
    needed = set(backup_chunks.chunk_list(second.path))
    assert set(chunk_files(folder)) - needed  # the first one's own: too young to sweep
    long_ago = datetime.now().timestamp() - 2 * backup_chunks.GRACE_SECONDS
    for p in (folder / "chunks").iterdir():
        os.utime(p, (long_ago, long_ago))
    # A manifest that cannot be read might need any chunk: nothing is swept meanwhile.
    unreadable = folder / "tirek-2026-12-30_10-00-00.manifest"
    unreadable.write_bytes(b"\x00 cut short")
    backup.rotate(folder, BackupPolicy(keep_daily=10, keep_weekly=0))
    assert set(chunk_files(folder)) > needed
    unreadable.unlink()
    backup.rotate(folder, policy)
    assert set(chunk_files(folder)) == needed
    assert backup.list_backups(folder)[0].path == second.path


def test_an_older_whole_file_backup_still_restores(filled: Store, tmp_path: Path) -> None:
    """Backups made before this format (`.sqlite3.gz`) stay restorable."""
    at_backup = digest_of(filled)
    snapshot = database.backup_database(filled.home.database, tmp_path / "snap.sqlite3")
    old = filled.home.backups / "tirek-2026-11-20_10-00-00.sqlite3.gz"
    with open(snapshot, "rb") as src, gzip.open(old, "wb", compresslevel=1) as dst:
        dst.write(src.read())
    create_person(filled, {"full_name": "Added after the old backup"})
    home = filled.home
    assert [b.path for b in backup.list_backups(home.backups)] == [old]
    filled.close()
    backup.restore_backup(home, old)
    restored = Store.open(home.root)
    assert digest_of(restored) == at_backup
    restored.close()


# -- a property: whatever the order of edits, backups and pruning -------------------------

Step = tuple[str, int]
steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 30)),
        st.tuples(st.just("add"), st.integers(0, 1000)),
        st.tuples(st.just("backup"), st.integers(0, 3)),
        st.tuples(st.just("prune"), st.integers(1, 3)),
    ),
    min_size=3,
    max_size=12,
)


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=steps, keyed=st.booleans())
def test_every_backup_left_after_any_edits_and_pruning_restores_its_state(
    tmp_path_factory: pytest.TempPathFactory, small_chunks: None, plan: list[Step], keyed: bool
) -> None:
    root = tmp_path_factory.mktemp("prop")
    store = Store.open(root / "home")
    store.initialise("Osh-1", "trainer")
    key = KEY if keyed else None
    try:
        people = [
            create_person(store, {"full_name": f"Person {i}", "phone": f"+99655500{i:04d}"})
            for i in range(40)
        ]
        taken: dict[Path, str] = {}
        day = 0
        for action, n in plan:
            if action == "edit":
                update_person(store, people[n % len(people)], {"full_name": f"Edited {day} {n}"})
            elif action == "add":
                people.append(create_person(store, {"full_name": f"New {n}"}))
            elif action == "backup":
                day += 1 + n
                when = NOW + timedelta(days=day)
                policy = BackupPolicy(keep_daily=100, keep_weekly=0)
                made = backup.make_backup(store, now=when, policy=policy, key=key)
                taken[made.path] = digest_of(store)
            else:  # prune: fewer backups kept; every chunk old enough to be swept
                long_ago = datetime.now().timestamp() - 2 * backup_chunks.GRACE_SECONDS
                for p in (store.home.backups / "chunks").glob("*"):
                    os.utime(p, (long_ago, long_ago))
                backup.rotate(store.home.backups, BackupPolicy(keep_daily=n, keep_weekly=0))
        left = backup.list_backups(store.home.backups)
        assert {b.path for b in left} <= set(taken)
        if taken:
            assert left  # the newest is always kept
        needed = {c for b in left for c in b.chunks or {}}
        assert needed <= set(chunk_files(store.home.backups)) if left else True
        for b in left:
            assert digest_of_backup(b.path, root, key) == taken[b.path]
    finally:
        store.close()
