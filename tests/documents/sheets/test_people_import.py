"""A messy registration list: every problem reported by row and column, then a choice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.core.errors import InputError
from app.core.models import Organisation, Person
from app.core.services.people_import import check_people_file, import_people
from app.core.services.reference import district_id, region_id
from app.core.store import Store
from app.documents.sheets.exports import export_list
from tests.conftest import op_count


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    """A coordinator's laptop: these tests use coordinator rights (app/core/rights.py)."""
    return make_store(role="coordinator")


ROWS = [
    # No, name, sex, year, date, phone, region, district, organisation
    (1, "Aйгүл Бекова", "ж", 1985, None, "0555 123 456", "Ош облусу", "Араван району", "ОФ Мээрим"),
    (2, "Гүлнара Осмонова", "аял", None, "15.03.1990", "+996 (700) 12-34-56", "Чүй облусу",
     "Аламүдүн району", None),
    None,  # a blank row
    (3, "Жылдыз Асанова", "female", 1978, None, "996777123456", "Naryn Region",
     "Неизвестный район", None),
    (4, "Мээрим Сыдыкова", "Ж", 1890, None, "555-12-34-56", "Talas Region", None, None),
    (5, "Бермет Токтогулова", "ж", None, "15 мар 85", "0(770)654321", None, None, None),
    (6, "Нургүл Эсенова", "ж", 1995, None, "12345", None, None, None),
    None,
    (7, "Асель Исакова", "ж", 1988, None, "+996 502 111 222", "Бишкек", "Ленинский район",
     "ОФ Мээрим"),
]  # fmt: skip


def messy(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Катышуучулардын тизмеси / Список участников"
    ws.merge_cells("A1:I1")
    for col, title in zip("ABCFGHI", ("№", "Аты-жөнү", "Жынысы", "Телефон", "Облус", "Район",
                                       "Уюм"), strict=True):  # fmt: skip
        ws[f"{col}2"] = title
        ws.merge_cells(f"{col}2:{col}3")
    ws["D2"] = "Туулган"
    ws.merge_cells("D2:E2")
    ws["D3"], ws["E3"] = "жылы", "күнү"
    for n, row in enumerate(ROWS, start=4):
        if row is not None:
            for c, value in enumerate(row, start=1):
                ws.cell(row=n, column=c, value=value)
    wb.save(path)
    return path


def test_every_problem_is_listed_with_row_and_column(store: Store, tmp_path: Path) -> None:
    before = op_count(store)
    check = check_people_file(store, messy(tmp_path / "list.xlsx"))
    found = [(p.row, p.column.split(" ")[0], p.reason, p.fixed) for p in check.problems]
    assert found == [
        (4, "B", "Latin look-alike letters replaced: Айгүл Бекова", True),
        (7, "H", "unknown district", False),
        (8, "D", "impossible year of birth", False),
        (9, "E", "not a date (write 15.03.1985 or 1985-03-15)", False),
        (10, "F", "not a phone number", False),
    ]
    assert (
        check.problems[1].column == "H (Район)" and check.problems[2].column == "D (Туулган жылы)"
    )
    assert [r for r, _ in check.rows] == [4, 5, 12]
    assert op_count(store) == before  # checking writes nothing


def test_accepting_with_problems_writes_nothing(store: Store, tmp_path: Path) -> None:
    check = check_people_file(store, messy(tmp_path / "list.xlsx"))
    with pytest.raises(InputError, match="4 rows have problems; nothing was imported"):
        import_people(store, check)
    assert store.row_counts()["person"] == 0


def test_good_rows_only_when_asked(store: Store, tmp_path: Path) -> None:
    check = check_people_file(store, messy(tmp_path / "list.xlsx"))
    result = import_people(store, check, good_rows_only=True)
    assert (result.added, result.skipped_rows, result.organisations_added) == (3, 4, 1)
    with store.read() as s:
        people = {p.full_name: p for p in s.scalars(select(Person))}
        orgs = list(s.scalars(select(Organisation)))
    assert set(people) == {"Айгүл Бекова", "Гүлнара Осмонова", "Асель Исакова"}
    aigul, gulnara, asel = (
        people["Айгүл Бекова"],
        people["Гүлнара Осмонова"],
        people["Асель Исакова"],
    )
    assert [aigul.phone, gulnara.phone, asel.phone] == [
        "+996555123456",
        "+996700123456",
        "+996502111222",
    ]
    assert gulnara.birth_year == 1990 and str(gulnara.birth_date) == "1990-03-15"
    assert aigul.district_id == district_id("osh-aravan") and aigul.region_id == region_id("osh")
    assert asel.district_id == district_id("bishkek-leninsky")
    assert aigul.sex == "female" and gulnara.sex == "female"
    assert len(orgs) == 1 and aigul.organisation_id == asel.organisation_id == orgs[0].id


def test_the_four_other_phone_formats_are_normalised(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "phones.csv"
    path.write_text(
        "ФИО;Телефон\nА Б;996777123456\nВ Г;555-12-34-56\nД Е;0(770)654321\n"
        "Ё Ж;+996 (700) 12-34-56\n",
        encoding="cp1251",
    )
    check = check_people_file(store, path)
    assert not check.problems
    assert [v["phone"] for _, v in check.rows] == [
        "+996777123456",
        "+996555123456",
        "+996770654321",
        "+996700123456",
    ]


def test_exported_people_import_into_an_empty_installation(
    store: Store, make_store: type, tmp_path: Path
) -> None:
    check = check_people_file(store, messy(tmp_path / "list.xlsx"))
    import_people(store, check, good_rows_only=True)
    for fmt in ("xlsx", "csv"):
        out = export_list(store, "people", fmt, tmp_path / f"people.{fmt}")
        other = make_store(f"other-{fmt}", role="coordinator")  # type: ignore[operator]
        again = check_people_file(other, out)
        assert not again.problems
        import_people(other, again)
        second = export_list(other, "people", fmt, tmp_path / f"again.{fmt}")
        if fmt == "csv":
            assert second.read_text(encoding="utf-8-sig") == out.read_text(encoding="utf-8-sig")


def test_a_column_mapping_reads_another_layout(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("Participant,Mobile\nАйгүл Бекова,0555 123 456\n", encoding="utf-8")
    check = check_people_file(store, path, {"Participant": "full_name", "Mobile": "phone"})
    assert [v["phone"] for _, v in check.rows] == ["+996555123456"]
