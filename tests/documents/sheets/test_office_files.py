"""Files as offices have them: encodings, line ends, open quotes, footers, name columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from app.core.errors import InputError
from app.core.services.people_import import check_people_file, import_people
from app.core.services.reference import district_id, region_id
from app.core.store import Store
from app.documents.sheets.tabular import write_csv, write_xlsx
from tests.cli.test_cli import tirek

LIST = (
    "ФИО;Год рождения;Телефон;Область;Район\n"
    "Жаңыл Асанова;1985;0555 123 456;Ошская обл.;Кара-Сууский р-н\n"
    "Бермет Токтогулова;1990;+996 (700) 12-34-56;Чуй;\n"
    "Гүлнара Осмонова;1978;;Иссык-Куль;\n"
    "Асель Исакова;1988;;Джалал-Абад;\n"
    "Нургүл Эсенова;1995;;;Кара-Суйский район\n"
    "Мээрим Сыдыкова;1992;;;Узген\n"
)


def names_and_places(store: Store, path: Path) -> list[tuple[str, str | None, str | None]]:
    check = check_people_file(store, path)
    assert not check.errors, [str(p) for p in check.errors]
    return [(v["full_name"], v["region_id"], v["district_id"]) for _, v in check.rows]


EXPECTED = [
    ("Жаңыл Асанова", region_id("osh"), district_id("osh-kara-suu")),
    ("Бермет Токтогулова", region_id("chui"), None),
    ("Гүлнара Осмонова", region_id("issyk-kul"), None),
    ("Асель Исакова", region_id("jalal-abad"), None),
    ("Нургүл Эсенова", region_id("osh"), district_id("osh-kara-suu")),
    ("Мээрим Сыдыкова", region_id("osh"), district_id("osh-uzgen")),
]


@pytest.mark.parametrize(
    ("encoding", "newline"),
    [
        ("utf-8", "\n"),
        ("utf-8-sig", "\r\n"),
        ("utf-16", "\r\n"),  # what Excel writes as "Unicode text" (with a BOM)
        ("utf-16-le", "\n"),  # no BOM at all
        ("cp1251", "\r\n"),
        ("utf-8", "\r"),  # old Mac line ends
    ],
)
def test_every_encoding_and_line_end_reads_the_same(
    store: Store, tmp_path: Path, encoding: str, newline: str
) -> None:
    text = LIST.replace("ң", "н").replace("ү", "у") if encoding == "cp1251" else LIST
    path = tmp_path / "list.csv"
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    got = names_and_places(store, path)
    if encoding == "cp1251":  # Kyrgyz letters do not exist in cp1251: typed with Russian ones
        assert [g[1:] for g in got] == [e[1:] for e in EXPECTED]
    else:
        assert got == EXPECTED


def test_osh_alone_is_asked_not_guessed(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "osh.csv"
    path.write_text("ФИО;Область\nАйгүл Бекова;Ош\nБермет;Osh\nАсель;г. Ош\n", encoding="utf-8")
    check = check_people_file(store, path)
    assert [(p.row, p.column, p.value) for p in check.errors] == [
        (2, "B (Область)", "Ош"),
        (3, "B (Область)", "Osh"),
    ]
    assert "may mean several places (г. Ош / Ошская область)" in check.errors[0].reason
    assert [v["region_id"] for _, v in check.rows] == [region_id("osh-city")]


def test_an_unclosed_quote_is_an_error_at_its_row(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text(
        'ФИО;Организация\nАйгүл Бекова;ОФ Мээрим\nБермет;"ОФ Аял\nАсель;ОФ\nНургүл;ОФ\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"row 3: a quote") as err:
        check_people_file(store, path)
    assert err.value.params["row"] == 3


def test_a_footer_line_is_skipped_with_a_note(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "f.xlsx"
    write_xlsx(
        path,
        [
            (
                "List",
                ["№", "ФИО", "Телефон"],
                [
                    [1, "Айгүл Бекова", "0555 123 456"],
                    [2, "Бермет Осмонова", None],
                    [None, None, None],
                    ["Тренер: ____ Асанова А.Т.", None, None],
                    [None, "Подпись ________", None],
                ],
            )
        ],
    )
    check = check_people_file(store, path)
    assert not check.errors
    assert [v["full_name"] for _, v in check.rows] == ["Айгүл Бекова", "Бермет Осмонова"]
    assert [str(p) for p in check.problems] == [
        "row 5, column A (№): note: skipped: a signature or footer line "
        "[Тренер: ____ Асанова А.Т.]",
        "row 6, column B (ФИО): note: skipped: a signature or footer line [Подпись ________]",
    ]
    assert import_people(store, check).added == 2


def test_surname_given_name_and_patronymic_columns_are_combined(
    store: Store, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(("Фамилия", "Имя", "Отчество", "Телефон"))
    ws.append(("Асанова", "Жаңыл", "Бакытовна", "0555123456"))
    ws.append(("Осмонова", "Бермет", None, None))
    wb.save(tmp_path / "fio.xlsx")
    check = check_people_file(store, tmp_path / "fio.xlsx")
    assert not check.errors
    assert [v["full_name"] for _, v in check.rows] == [
        "Асанова Жаңыл Бакытовна",
        "Осмонова Бермет",
    ]
    assert check.rows[0][1]["phone"] == "+996555123456"


def test_formula_text_is_exported_as_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    rows = [["=1+2", '=HYPERLINK("http://x","click")', "+996555123456", "-", "@me", 5]]
    write_xlsx(tmp_path / "x.xlsx", [("S", ["a", "b", "c", "d", "e", "f"], rows)])
    cells = [c for c in load_workbook(tmp_path / "x.xlsx")["S"][2]]
    assert [c.value for c in cells] == ["=1+2", '=HYPERLINK("http://x","click")',
                                        "+996555123456", "-", "@me", 5]  # fmt: skip
    assert [c.data_type for c in cells[:5]] == ["s"] * 5
    write_csv(tmp_path / "x.csv", ["a", "b"], [["=1+2", "@SUM(A1)"], ["-2", "ok"]])
    text = (tmp_path / "x.csv").read_text(encoding="utf-8-sig").splitlines()
    assert text[1:] == ["'=1+2,'@SUM(A1)", "-2,ok"]


@pytest.mark.parametrize(
    "content",
    [
        "ФИО;Телефон\r\nАйгүл Бекова;0555\r\n".encode("utf-16"),
        "ФИО;Телефон\r\nАйгуль Бекова;0555123456\r\n".encode("cp1251"),
        b"\xd0\xa4\xd0\x98\xd0\x9e,x\rA,B\r",
        'ФИО;Телефон\n"Айгүл;1\nБермет;2\n'.encode(),
        b"\x00\x01\x02\xff\xfe garbage",
    ],
)
def test_the_command_line_never_exits_70_on_a_file(tmp_path: Path, content: bytes) -> None:
    home = tmp_path / "home"
    tirek(home, "init", "--device-name", "Osh-1")
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    done = tirek(home, "import", "people", str(path), check=False)
    assert done.returncode in (0, 1, 2), done.stderr
    assert "Traceback" not in done.stderr
    if done.returncode == 2:
        assert len(done.stderr.strip().splitlines()) == 1


def test_a_training_list_with_name_columns_and_a_footer(store: Store, tmp_path: Path) -> None:
    from app.core.services.attendance import attendance_grid
    from app.core.services.training_import import check_training_file, import_training

    path = tmp_path / "t.csv"
    path.write_bytes(
        "Название;Тренинг в Узгене\r"
        "Фамилия;Имя;Отчество;15.03.2026;16.03.2026\r"
        "Асанова;Жаңыл;Бакытовна;+;+\r"
        "Осмонова;Бермет;;н;+\r"
        "Тренер: ____ Асанова А.Т.;;;;\r".encode("utf-16")
    )
    check = check_training_file(store, path)
    assert not check.errors, [str(p) for p in check.errors]
    result = import_training(store, check)
    names = sorted(p.full_name for p in attendance_grid(store, result.training_id).participants)
    assert names == ["Асанова Жаңыл Бакытовна", "Осмонова Бермет"]
