"""Backups and restore: real databases, real files, a real concurrent writer."""

from __future__ import annotations

import base64
import sqlite3
import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app.core import backup, identity
from app.core.backup import BackupPolicy
from app.core.digest import state_digest
from app.core.errors import InputError
from app.core.models import Op, PastReplica
from app.core.paths import Home
from app.core.services.trainings import create_training, update_training
from app.core.store import Store
from tests.cli_runner import tirek

# The whole-file and chunk formats on plain databases (and a laptop restored from another's
# backup); an encrypted installation's own backup and restore: tests/core/test_encryption.py.
pytestmark = pytest.mark.plain_database

# The plain backup format until the encrypted backups (app/core/backup.py) land.

NOW = datetime(2026, 11, 28, 14, 0, 0)


def add_training(store: Store, title: str) -> str:
    return create_training(
        store, {"title": title, "start_date": date(2026, 3, 1), "end_date": date(2026, 3, 2)}
    )


def digest_of(store: Store) -> str:
    with store.read() as s:
        return state_digest(s)


def plain(path: Path) -> Path:
    """A backup as a plain SQLite file to look into (outside the backups folder)."""
    if path.name.endswith(backup.MANIFEST):
        return backup.rebuild(path, path.parent.parent / f"{path.name}.plain.sqlite3")
    if not path.name.endswith(backup.PACKED):
        return path
    return backup.unpacked(path, path.with_name(path.name + ".plain.sqlite3"))


def digest_of_file(path: Path) -> str:
    engine = create_engine(f"sqlite:///{plain(path)}")
    try:
        with Session(engine) as s:
            return state_digest(s)
    finally:
        engine.dispose()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(plain(path))
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_restore_gives_back_exactly_the_data_of_that_time_with_a_new_replica(
    make_store: Callable[..., Store],
) -> None:
    store = make_store()
    first = add_training(store, "Women's political participation")
    add_training(store, "UNSCR 1325 in Osh")
    at_backup = digest_of(store)
    old_replica = store.require_identity().replica_id
    made = backup.make_backup(store, now=NOW)
    assert made.path.name == "tirek-2026-11-28_14-00-00.manifest"

    # Work goes on after the backup; then the laptop's data must be rolled back.
    add_training(store, "Peace-building, Batken")
    update_training(store, first, {"title": "Renamed after the backup"})
    later = digest_of(store)
    assert later != at_backup
    home = store.home
    store.close()

    result = backup.restore_backup(home, made.path, now=NOW + timedelta(days=1))

    restored = make_store()  # the same home folder, opened as the app would
    assert digest_of(restored) == at_backup
    ident = restored.require_identity()
    assert ident.replica_id not in (old_replica, None)
    assert result.replica_id == ident.replica_id and result.retired_replica == old_replica
    with restored.read() as s:
        assert s.scalar(select(PastReplica.replica_id)) == old_replica
    # The database it replaced is kept aside, whole.
    assert result.kept_aside is not None and digest_of_file(result.kept_aside) == later
    # New work numbers its changes afresh under the new replica: no reused (replica, seq).
    add_training(restored, "After the restore")
    with restored.read() as s:
        seqs = list(s.scalars(select(Op.seq).where(Op.replica_id == ident.replica_id)))
    assert sorted(seqs) == list(range(1, len(seqs) + 1)) and seqs
    assert ident.public_key == store.require_identity().public_key  # same laptop, same key
    restored.close()
    # Opening again keeps the new identity (the home folder's marker now matches).
    again = Store.open(home.root)
    assert again.require_identity().replica_id == ident.replica_id
    again.close()


def test_restoring_onto_a_new_laptop_gives_it_its_own_key(
    make_store: Callable[..., Store], tmp_path: Path
) -> None:
    old = make_store("old-laptop")
    add_training(old, "Recorded on the laptop that died")
    made = backup.make_backup(old, now=NOW)
    at_backup = digest_of(old)
    old_ident = old.require_identity()

    new_home = Home(tmp_path / "new-laptop")  # a fresh install: no database, no keys yet
    result = backup.restore_backup(new_home, made.path)

    assert result.kept_aside is None
    store = make_store("new-laptop")
    assert digest_of(store) == at_backup
    ident = store.require_identity()
    assert ident.replica_id != old_ident.replica_id
    assert ident.public_key != old_ident.public_key
    # Its signatures match the public key it announces.
    signing_key = identity.private_key(store.home)
    message = b"certificate"
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(ident.public_key))
    public.verify(signing_key.sign(message), message)


def test_a_backup_taken_while_another_thread_writes_is_a_state_that_existed(
    store: Store,
) -> None:
    states = {digest_of(store)}
    stop = threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            for i in range(2000):
                if stop.is_set():
                    return
                add_training(store, f"Training {i}")
                states.add(digest_of(store))  # only this thread writes: this state existed
        except BaseException as err:  # pragma: no cover - reported below
            failures.append(err)

    thread = threading.Thread(target=writer)
    thread.start()
    taken: list[Path] = []
    seen: set[str] = set()
    try:
        deadline = datetime.now() + timedelta(seconds=60)
        # Keep backing up until three different states were caught mid-writing.
        while len(seen) < 3 and datetime.now() < deadline and thread.is_alive():
            # One backup a "day", so that rotation keeps them all for the checks below.
            when = NOW + timedelta(days=len(taken))
            path = backup.make_backup(store, when, BackupPolicy(keep_daily=1000)).path
            taken.append(path)
            seen.add(digest_of_file(path))
    finally:
        stop.set()
        thread.join()
    assert not failures
    assert len(seen) >= 3, "the writer finished before backups overlapped it"
    for path in taken:
        assert integrity(path) == "ok"
    assert seen <= states


def files(folder: Path, *stamps: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for stamp in stamps:
        (folder / f"tirek-{stamp}.sqlite3").write_bytes(b"x")


def test_rotation_keeps_the_newest_of_each_recent_day_and_week(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    files(
        folder,
        "2026-11-28_09-00-00",
        "2026-11-28_12-00-00",
        "2026-11-28_12-00-00-2",  # newest today: a second backup in the same second
        "2026-11-27_18-00-00",  # newest yesterday
        "2026-11-27_08-00-00",
        "2026-11-25_10-00-00",  # third day with a backup
        "2026-11-20_10-00-00",  # newest of ISO week 47
        "2026-11-17_10-00-00",
        "2026-11-12_10-00-00",  # newest of week 46
        "2026-11-01_10-00-00",  # week 44: beyond the weeks kept
    )
    (folder / "before-migration-20261101-000000.sqlite3").write_bytes(b"x")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")

    removed = backup.rotate(folder, BackupPolicy(keep_daily=3, keep_weekly=3))

    left = sorted(p.name for p in folder.iterdir())
    assert left == [
        "before-migration-20261101-000000.sqlite3",
        "notes.txt",
        "tirek-2026-11-12_10-00-00.sqlite3",
        "tirek-2026-11-20_10-00-00.sqlite3",
        "tirek-2026-11-25_10-00-00.sqlite3",
        "tirek-2026-11-27_18-00-00.sqlite3",
        "tirek-2026-11-28_12-00-00-2.sqlite3",
    ]
    assert len(removed) == 5


def test_a_damaged_backup_is_refused_and_the_current_database_is_untouched(
    store: Store, tmp_path: Path
) -> None:
    add_training(store, "Before")
    good = backup.make_backup(store, now=NOW).path
    add_training(store, "Current work")
    current = digest_of(store)
    home = store.home
    store.close()
    before = home.database.read_bytes()

    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    garbage = tmp_path / "photo.jpg"
    garbage.write_bytes(b"\xff\xd8\xff\xe0 not a database at all" * 100)
    foreign = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE things (id INTEGER)")
    conn.commit()
    conn.close()

    cut_packed = tmp_path / "cut.sqlite3.gz"
    cut_packed.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    bad_files = ((cut, "damaged"), (cut_packed, "damaged"), (garbage, "damaged"))
    for bad, words in (*bad_files, (foreign, "not a Tirek database")):
        with pytest.raises(InputError) as err:
            backup.restore_backup(home, bad, now=NOW + timedelta(hours=1))
        assert words in err.value.message and str(bad) in err.value.message
        assert "Nothing was changed" in err.value.message
    with pytest.raises(InputError, match="There is no backup file"):
        backup.restore_backup(home, tmp_path / "missing.sqlite3")

    assert home.database.read_bytes() == before
    assert not list(home.backups.glob("before-restore-*"))  # nothing kept aside
    assert not list(home.backups.glob(".restoring-*"))  # the checked copy is gone
    reopened = Store.open(home.root)
    assert digest_of(reopened) == current
    reopened.close()


def test_an_automatic_backup_is_due_only_after_the_interval_and_a_change(store: Store) -> None:
    said = tirek(store.home.root, "backup-settings", "--every-minutes", "60").stdout
    assert said.startswith("Every 60 minutes; keep 7 daily and 8 weekly")
    assert backup.load_policy(store.home) == BackupPolicy(every=timedelta(hours=1))
    assert backup.run_scheduled_backup(store, now=NOW) is not None  # none yet: make one
    assert not backup.backup_due(store, NOW + timedelta(hours=3))  # nothing changed since
    assert backup.run_scheduled_backup(store, now=NOW + timedelta(hours=3), at_exit=True) is None
    add_training(store, "New work")
    assert not backup.backup_due(store, NOW + timedelta(minutes=20))  # too soon while running
    assert backup.backup_due(store, NOW + timedelta(minutes=20), at_exit=True)  # but at exit
    made = backup.run_scheduled_backup(store, now=NOW + timedelta(hours=2))
    assert made is not None and digest_of_file(made.path) == digest_of(store)
    assert not backup.backup_due(store, NOW + timedelta(hours=5))
    # Closing and starting the app again changes files on disk, but not the data.
    store.close()
    reopened = Store.open(store.home.root)
    assert not backup.backup_due(reopened, NOW + timedelta(hours=5), at_exit=True)
    # The clock was wrong (backups dated ahead), then put right: backups go on.
    add_training(reopened, "After the clock was fixed")
    assert backup.backup_due(reopened, NOW - timedelta(days=30))
    reopened.close()


def test_backups_are_copied_to_the_second_folder_and_a_missing_stick_is_reported(
    store: Store, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    policy = BackupPolicy(keep_daily=2, keep_weekly=0, second_folder=stick / "Tirek backups")
    tirek(store.home.root, "backup-settings", "--keep-daily", "2", "--keep-weekly", "0",
          "--second-folder", str(stick / "Tirek backups"))  # fmt: skip
    assert backup.load_policy(store.home) == policy
    assert tirek(store.home.root, "backup-settings", "--keep-daily", "0").returncode == 2
    for day in range(3):
        add_training(store, f"Day {day}")
        made = backup.make_backup(store, now=NOW + timedelta(days=day))
        assert made.second_copy is not None and made.second_problem is None
        assert made.second_copy.read_bytes() == made.path.read_bytes()
    # Rotation runs on the stick too.
    assert len(backup.list_backups(stick / "Tirek backups")) == 2
    assert len(backup.list_backups(store.home.backups)) == 2

    unplugged = BackupPolicy(second_folder=tmp_path / "E-drive" / "Tirek backups")
    made = backup.make_backup(store, now=NOW + timedelta(days=4), policy=unplugged)
    assert made.path.exists() and made.second_copy is None
    assert made.second_problem is not None and "E-drive" in made.second_problem


def test_the_oldest_backups_go_when_the_total_passes_the_cap(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(1, 6):  # five days, 1 MB each, the newest last
        (folder / f"tirek-2026-11-{day:02d}_10-00-00.sqlite3").write_bytes(b"x" * 1024 * 1024)
    policy = BackupPolicy(keep_daily=30, max_total_mb=3)
    removed = sorted(p.name for p in backup.rotate(folder, policy))
    assert removed == ["tirek-2026-11-01_10-00-00.sqlite3", "tirek-2026-11-02_10-00-00.sqlite3"]
    one = BackupPolicy(keep_daily=30, max_total_mb=1)
    (folder / "tirek-2026-11-06_10-00-00.sqlite3").write_bytes(b"x" * 3 * 1024 * 1024)
    backup.rotate(folder, one)  # the newest stays even when it alone is over the cap
    assert [b.path.name for b in backup.list_backups(folder)] == [
        "tirek-2026-11-06_10-00-00.sqlite3"
    ]


def test_a_cancelled_backup_leaves_no_file_and_stays_due(store: Store) -> None:
    from app.core.progress import Cancelled, Progress

    stop = Progress()
    stop.cancel()
    with pytest.raises(Cancelled):
        backup.make_backup(store, now=NOW, progress=stop)
    assert backup.list_backups(store.home.backups) == []
    assert not list(store.home.backups.glob("*.part"))
    assert backup.is_pending(store.home)
    made = backup.run_scheduled_backup(store, now=NOW + timedelta(minutes=1))
    assert made is not None and not backup.is_pending(store.home)
