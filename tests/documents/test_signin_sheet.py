"""The printed sign-in sheet: grid order, donor columns, walk-in rows, page headers."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import NotFoundError
from app.core.services import people
from app.core.services.attendance import attendance_grid
from app.core.store import Store
from app.documents.signin_sheet import write_signin_sheet
from tests.documents.cert_fixtures import TITLE, make_training
from tests.documents.pdfcheck import assert_fonts_embedded, pages_text

SIXTY = tuple(
    f"{first} {last}"
    for first in ("Айгүл", "Үмүт", "Жаңыл", "Гүлзат", "Өмүр", "Нуржан")
    for last in (
        "Ңурбекова", "Төлөгөнова", "Сүйүнбаева", "Асанова", "Үсөнова",
        "Абдыкадырова", "Мамбетова", "Орозбекова", "Жумабаева", "Токтогулова",
    )
)  # fmt: skip


def _rows(text: str) -> list[tuple[int, str]]:
    """(row number, the cell after it) for each numbered row of a page's text."""
    lines = [x.strip() for x in text.splitlines()]
    return [(int(x), lines[i + 1]) for i, x in enumerate(lines[:-1]) if x.isdigit()]


def _numbered_names(text: str) -> list[str]:
    return [cell for _, cell in _rows(text)]


def test_sixty_people_print_on_two_pages_in_grid_order(store: Store, tmp_path: Path) -> None:
    assert len(SIXTY) == 60
    s = make_training(store, names=SIXTY)
    out = write_signin_sheet(store, s.session_ids[1], tmp_path / "sheet.pdf", "ru")
    pages = pages_text(out)
    assert len(pages) == 2
    for n, text in enumerate(pages, 1):
        # The heading and the column titles repeat on every page, with "page n of 2".
        assert "Лист регистрации участников" in text
        assert "Аялдардын тынчтыкты бекемдөөдөгү ролу" in text
        assert "06.10.2026" in text  # the session's date
        assert "Ош шаары, «Ала-Тоо» мейманканасы" in text
        for column in ("ФИО", "Пол", "Возраст", "Категория", "Подпись"):
            assert column in text
        assert f"Стр. {n} из 2" in text
    printed = [name for text in pages for name in _numbered_names(text) if name in SIXTY]
    grid = [p.full_name for p in attendance_grid(store, s.training_id).participants]
    assert printed == grid  # the order the trainer types them in
    assert_fonts_embedded(out)


def test_blank_rows_for_walk_ins_follow_the_enrolled(store: Store, tmp_path: Path) -> None:
    s = make_training(store, names=SIXTY[:5])
    out = write_signin_sheet(store, s.session_ids[0], tmp_path / "s.pdf", "ky", walk_ins=6)
    [text] = pages_text(out)
    rows = _rows(text)
    assert [n for n, _ in rows[:5]] == [1, 2, 3, 4, 5]
    assert [cell for _, cell in rows[:5]] == sorted(SIXTY[:5], key=str.casefold)
    blank = [n for n, cell in rows if cell == "☐"]  # nothing but the consent box
    assert blank[0] == 6 and len(blank) >= 6  # at least six numbered blank rows
    assert "Катышуучулардын тизмеси" in text and "1/1-бет" in text


def test_donor_fields_are_preprinted(store: Store, tmp_path: Path) -> None:
    s = make_training(store, names=("Айгүл Ңурбекова",))
    people.update_person(
        store, s.people["Айгүл Ңурбекова"], {"category": "local_council_deputy", "birth_year": 1990}
    )
    out = write_signin_sheet(store, s.session_ids[0], tmp_path / "s.pdf", "en")
    [text] = pages_text(out)
    lines = [x.strip() for x in text.splitlines()]
    at = lines.index("Айгүл Ңурбекова")
    assert lines[at + 1 : at + 5] == ["F", "35–54", "council deputy", "☐"]
    assert TITLE[:30] in text


def test_unknown_session_is_a_clear_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="No session"):
        write_signin_sheet(store, "nope", tmp_path / "s.pdf")
    assert not (tmp_path / "s.pdf").exists()
