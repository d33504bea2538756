"""`tirek backup`, `tirek restore` and `tirek training add`, run as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.digest import state_digest
from app.core.store import Store
from tests.cli_runner import tirek, tirek_process

# The plain backup format until the encrypted backups (app/core/backup.py) land.
pytestmark = pytest.mark.slow


def digest(home: Path) -> str:
    store = Store.open(home)
    try:
        with store.read() as s:
            return state_digest(s)
    finally:
        store.close()


def test_backup_then_restore_from_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "T"
    assert tirek(home, "init", "--device-name", "Naryn-2").returncode == 0
    added = tirek_process(  # a real process: the record commands' one
        home, "training", "add", "--title", "Rights of women", "--start", "2026-04-01",
        "--end", "2026-04-02", "--region", "naryn",
    )  # fmt: skip
    assert added.returncode == 0 and "Training recorded" in added.stdout
    bad = tirek(
        home, "training", "add", "--title", "X", "--start", "2026-04-03", "--end", "2026-04-01"
    )
    assert bad.returncode == 2 and "ends (2026-04-01) before it starts" in bad.stderr
    at_backup = digest(home)

    made = tirek(home, "backup")
    assert made.returncode == 0
    backup_file = made.stdout.split("Backup made: ", 1)[1].splitlines()[0].strip()
    listed = tirek(home, "backup", "--list").stdout
    assert "1 backup(s)" in listed and backup_file in listed

    tirek(
        home, "training", "add", "--title", "Later", "--start", "2026-05-01", "--end", "2026-05-01"
    )
    assert digest(home) != at_backup

    refused = tirek(home, "restore", backup_file)  # no terminal to ask, no --yes
    assert refused.returncode == 2 and "add --yes to confirm" in refused.stderr
    assert digest(home) != at_backup  # nothing was changed

    done = tirek(home, "restore", backup_file, "--yes")
    assert done.returncode == 0, done.stderr
    assert "The previous database is kept as" in done.stdout
    assert digest(home) == at_backup


def test_restore_works_when_the_current_database_is_damaged(tmp_path: Path) -> None:
    home = tmp_path / "T"
    tirek(home, "init", "--device-name", "Talas-1")
    backup_file = tirek(home, "backup").stdout.split("Backup made: ", 1)[1].splitlines()[0]
    (home / "tirek.sqlite3").write_bytes(b"this laptop's disk went bad" * 200)
    assert tirek(home, "info").returncode == 2  # the app refuses the damaged file...
    # ...restore still works (a real process: the backup commands' one)
    done = tirek_process(home, "restore", backup_file.strip(), "--yes")
    assert done.returncode == 0, done.stderr
    assert "Talas-1 (trainer)" in tirek(home, "info").stdout
