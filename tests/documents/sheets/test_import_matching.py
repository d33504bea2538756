"""Import matches before it adds: a file imported twice adds nobody the second time."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from app.core.services.import_match import NEW, POSSIBLE, REPEAT, SAME
from app.core.services.people import create_person, list_people
from app.core.services.people_import import check_people_file, import_people
from app.core.services.training_import import check_training_file, import_training
from app.core.services.trainings import list_trainings
from app.core.store import Store
from tests.cli.test_cli import tirek
from tests.conftest import op_count


def sheet(path: Path, rows: list[tuple[object, ...]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(("ФИО", "Год рождения", "Телефон", "Район"))
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


LIST = [
    ("Жаңыл Асанова", 1985, "0555 123 456", "Араванский район"),
    ("Бермет Токтогулова", 1990, None, None),
    ("Нургүл Эсенова", None, "0700 111 222", None),
    ("Айпери Сыдыкова", None, None, None),  # a name only
]


def test_a_file_imported_twice_leaves_the_counts_unchanged(store: Store, tmp_path: Path) -> None:
    path = sheet(tmp_path / "list.xlsx", LIST)
    first = import_people(store, check_people_file(store, path))
    assert first.added == 4 and list_people(store, limit=1).total == 4
    ops = op_count(store)
    again = check_people_file(store, path)
    verdicts = [m.verdict for m in again.matches.values()]
    # Name with year or phone: the same person. A name alone could be a namesake: asked.
    assert verdicts == [SAME, SAME, SAME, POSSIBLE]
    result = import_people(store, again)
    assert result.changed_nothing and result.linked == 3 and result.undecided == 1
    assert list_people(store, limit=1).total == 4 and op_count(store) == ops
    # Said "the same" for the asked row: still nothing changes.
    asked = again.matches[5].candidates[0].person_id
    result = import_people(store, again, decisions={5: asked})
    assert result.changed_nothing and result.linked == 4


def test_the_same_people_written_differently_are_linked(store: Store, tmp_path: Path) -> None:
    import_people(store, check_people_file(store, sheet(tmp_path / "a.xlsx", LIST)))
    other = sheet(
        tmp_path / "b.xlsx",
        [
            ("Асанова Жаныл", 1985, None, None),  # Russian keyboard, other order
            ("Tokhtogulova Bermet", 1990, None, None),
            ("Нургуль Эсенова", None, "+996 700 111 222", None),  # phone and a similar name
        ],
    )
    check = check_people_file(store, other)
    assert [m.verdict for m in check.matches.values()] == [SAME, POSSIBLE, SAME]
    assert check.matches[3].candidates[0].full_name == "Бермет Токтогулова"


def test_repeated_rows_in_one_file_are_asked_once(store: Store, tmp_path: Path) -> None:
    create_person(store, {"full_name": "Айгүл Бекова"})
    path = sheet(
        tmp_path / "rep.xlsx",
        [
            ("Айгүл Бекова", None, None, None),
            ("Гүлнара Осмонова", 1990, None, None),
            ("Айгүл Бекова", None, None, None),
            ("Гулнара Осмонова", 1990, None, None),
            ("Гүлнара Осмонова", 1961, None, None),  # another year: another woman
        ],
    )
    check = check_people_file(store, path)
    assert [m.verdict for m in check.matches.values()] == [POSSIBLE, NEW, REPEAT, REPEAT, NEW]
    assert check.matches[4].same_row == 2 and check.matches[5].same_row == 3
    result = import_people(store, check, decisions={2: "new"})
    assert result.added == 3 and list_people(store, limit=1).total == 4
    assert result.person_ids[2] == result.person_ids[4]
    assert result.person_ids[3] == result.person_ids[5]


def test_a_field_list_imported_twice_is_one_training(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "osh.csv"
    path.write_text(
        "Название;Тренинг в Оше\n"
        "ФИО;Год рождения;15.03.2026;16.03.2026\n"
        "Айгүл Бекова;1985;+;опоздал\n"
        "Бермет Осмонова;1990;н;+\n"
        "Айгүл Бекова;1985;+;+\n",
        encoding="utf-8",
    )
    first = import_training(store, check_training_file(store, path))
    assert first.created and first.people_added == 2
    ops = op_count(store)
    second = import_training(store, check_training_file(store, path))
    assert not second.created and second.training_id == first.training_id
    assert second.people_added == 0 and second.marks == 0
    assert list_trainings(store).total == 1 and list_people(store, limit=1).total == 2
    assert op_count(store) == ops


def test_the_command_line_says_nothing_changed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = sheet(tmp_path / "list.xlsx", LIST[:3])
    tirek(home, "init", "--device-name", "Osh-1")
    tirek(home, "import", "people", str(path), "--accept")
    done = tirek(home, "import", "people", str(path), "--accept")
    assert "Nothing changed: 3 rows are people already in the registry" in done.stdout


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Айгүл Бекова", "Жаңыл Асанова", "Бермет Осмонова", "Асель Исакова"]),
            st.one_of(st.none(), st.integers(1950, 2005)),
            st.one_of(st.none(), st.sampled_from(["0555 123 456", "0700 111 222"])),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_importing_any_list_twice_adds_nobody(
    store: Store, tmp_path_factory: object, rows: list[tuple[str, int | None, str | None]]
) -> None:
    path = Path(str(tmp_path_factory.mktemp("p"))) / "l.xlsx"  # type: ignore[attr-defined]
    sheet(path, [(n, y, t, None) for n, y, t in rows])
    check = check_people_file(store, path)
    everyone_new = {r: "new" for r, m in check.matches.items() if m.verdict == POSSIBLE}
    import_people(store, check, decisions=everyone_new)
    before = list_people(store, limit=1).total
    ops = op_count(store)
    again = import_people(store, check_people_file(store, path))
    assert (
        again.added == 0 and list_people(store, limit=1).total == before and op_count(store) == ops
    )
