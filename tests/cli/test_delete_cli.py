"""`tirek person|training|meeting delete ID --yes` and `restore ID`, run in-process."""

from __future__ import annotations

from pathlib import Path

from app.core.models import Meeting, Person, Training
from app.core.services.meetings import create_meeting
from app.core.services.people import create_person
from app.core.services.trainings import create_training
from app.core.store import Store
from tests.cli_runner import tirek


def _live(home: Path, model: type, row_id: str) -> bool:
    store = Store.open(home)
    try:
        with store.read() as s:
            return not s.get_one(model, row_id).deleted
    finally:
        store.close()


def test_delete_asks_for_yes_and_restore_undoes_it(tmp_path: Path) -> None:
    home = tmp_path / "T"
    assert tirek(home, "init", "--device-name", "Naryn-2").returncode == 0
    store = Store.open(home)
    try:
        records = {
            "person": (Person, create_person(store, {"full_name": "Мария Попова"})),
            "training": (
                Training,
                create_training(
                    store,
                    {"title": "Budgets", "start_date": "2026-03-15", "end_date": "2026-03-16"},
                ),
            ),
            "meeting": (
                Meeting,
                create_meeting(store, {"kind": "ngo", "title": "Council", "date": "2026-04-01"}),
            ),
        }
    finally:
        store.close()
    for kind, (model, row_id) in records.items():
        asked = tirek(home, kind, "delete", row_id)
        assert asked.returncode == 2 and "--yes" in asked.stderr
        assert _live(home, model, row_id)
        done = tirek(home, kind, "delete", row_id, "--yes")
        assert done.returncode == 0, done.stderr
        assert f"tirek {kind} restore {row_id}" in done.stdout
        assert not _live(home, model, row_id)
        again = tirek(home, kind, "delete", row_id, "--yes")
        assert again.returncode == 2 and "no longer exists" in again.stderr
        back = tirek(home, kind, "restore", row_id)
        assert back.returncode == 0 and back.stdout.startswith("Restored:")
        assert _live(home, model, row_id)
        twice = tirek(home, kind, "restore", row_id)
        assert twice.returncode == 2 and "nothing to undo" in twice.stderr
