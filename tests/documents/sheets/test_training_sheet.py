"""A training's workbook: export, import into an empty installation, export again."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.core.demo import load_demo
from app.core.errors import InputError
from app.core.services.attendance import attendance_grid
from app.core.services.training_import import check_training_file, import_training
from app.core.services.trainings import list_trainings
from app.core.store import Store
from app.documents.sheets.training import export_training
from tests.cli_runner import tirek as in_process
from tests.cli_runner import tirek_process


def content(path: Path) -> dict[str, list[list[Any]]]:
    wb = load_workbook(path)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb}


def tirek(home: Path, *args: str, process: bool = False) -> subprocess.CompletedProcess[str]:
    """The command in this process, or with `process=True` in a real one."""
    return (tirek_process if process else in_process)(home, *args)


@pytest.fixture
def demo(make_store: Callable[..., Store]) -> Store:
    store = make_store("a")
    load_demo(store, "small", 7)
    return store


def test_round_trip_through_the_command_line_gives_identical_content(
    demo: Store, make_store: Callable[..., Store], tmp_path: Path
) -> None:
    tid = list_trainings(demo, limit=1).rows[0].id
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    demo.close()
    done = tirek(  # a real process: the exchange commands' one
        tmp_path / "a", "export", "training", tid, "--format", "xlsx", "--out", str(first),
        process=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    empty = make_store("b", device="Talas-2")
    empty.close()
    checked = tirek(tmp_path / "b", "import", "training", str(first))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Nothing written" in checked.stdout
    assert tirek(tmp_path / "b", "export", "training", tid, "--out", str(second)).returncode != 0
    done = tirek(tmp_path / "b", "import", "training", str(first), "--accept")
    assert done.returncode == 0, done.stdout + done.stderr
    done = tirek(tmp_path / "b", "export", "training", tid, "--out", str(second))
    assert done.returncode == 0, done.stderr
    a, b = content(first), content(second)
    assert a == b
    assert len(a["Participants"]) == 21 and len(a["Sessions"]) == 4  # headers + rows
    assert isinstance(a["Participants"][1][3], int)  # numbers stay numbers


def test_a_filled_in_workbook_updates_the_same_training(demo: Store, tmp_path: Path) -> None:
    tid = list_trainings(demo, limit=1).rows[0].id
    path = tmp_path / "t.xlsx"
    export_training(demo, tid, path)
    wb = load_workbook(path)
    ws = wb["Participants"]
    ws.cell(row=2, column=10, value="опоздал")  # first person, session 1: late (Russian)
    ws.cell(row=3, column=11, value="-")  # second person, session 2: absent
    wb.save(path)
    result = import_training(demo, check_training_file(demo, path))
    assert not result.created and result.marks == 2
    grid = attendance_grid(demo, tid)
    first, second = grid.participants[0], grid.participants[1]
    assert grid.status(first.person_id, grid.sessions[0].id) == "late"
    assert grid.status(second.person_id, grid.sessions[1].id) == "absent"


def test_an_unreadable_mark_is_reported_and_nothing_is_written(
    demo: Store, make_store: Callable[..., Store], tmp_path: Path
) -> None:
    tid = list_trainings(demo, limit=1).rows[0].id
    path = tmp_path / "t.xlsx"
    export_training(demo, tid, path)
    wb = load_workbook(path)
    wb["Participants"].cell(row=4, column=11, value="maybe")
    wb.save(path)
    other = make_store("c")
    check = check_training_file(other, path)
    assert [(p.row, p.column, p.reason) for p in check.errors] == [
        (4, "K (2 (" + str(check.sessions[1]["date"]) + "))", "unreadable mark")
    ]
    with pytest.raises(InputError, match="nothing was imported"):
        import_training(other, check)
    assert other.row_counts()["training"] == 0 and other.row_counts()["person"] == 0


def test_a_training_round_trips_through_csv_too(
    demo: Store, make_store: Callable[..., Store], tmp_path: Path
) -> None:
    tid = list_trainings(demo, limit=1).rows[0].id
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    export_training(demo, tid, first)
    empty = make_store("csv-b")
    check = check_training_file(empty, first)
    assert not check.problems and len(check.sessions) == 3 and len(check.marks) > 40
    import_training(empty, check)
    export_training(empty, tid, second)
    assert second.read_text(encoding="utf-8-sig") == first.read_text(encoding="utf-8-sig")


def test_a_field_csv_with_dated_columns_becomes_a_training(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "osh.csv"
    path.write_text(
        "Название;Тренинг в Оше\n"
        "ФИО;Телефон;15.03.2026;16.03.2026\n"
        "Айгүл Бекова;0555 123 456;+;опоздал\n"
        "Бермет Осмонова;;н;+\n",
        encoding="utf-8",
    )
    check = check_training_file(store, path)
    assert not check.errors, check.errors
    assert check.training["title"] == "Тренинг в Оше"
    assert str(check.training["start_date"]) == "2026-03-15"
    assert str(check.training["end_date"]) == "2026-03-16"
    result = import_training(store, check)
    grid = attendance_grid(store, result.training_id)
    names = {p.full_name: p.person_id for p in grid.participants}
    first, second = grid.sessions
    assert grid.status(names["Айгүл Бекова"], second.id) == "late"
    assert grid.status(names["Бермет Осмонова"], first.id) == "absent"
