"""Field names in error messages are in the interface's language (issue 15)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.errors import InputError
from app.core.services import people
from app.core.services.field_names import FIELD_NAMES
from app.core.store import Store
from app.ui.errors import error_text
from app.ui.i18n import translations

APP = Path(__file__).resolve().parents[2] / "app"


def test_every_rule_label_is_listed_for_translation() -> None:
    used = {
        label
        for path in (APP / "core" / "services").rglob("*.py")
        for label in re.findall(r'label="([^"]*)"', path.read_text(encoding="utf-8"))
    }
    assert used - set(FIELD_NAMES) == set()


@pytest.mark.parametrize(
    ("lang", "words"), [("ru", "Год рождения"), ("ky", "Туулган жылы"), ("en", "Year of birth")]
)
def test_a_field_name_in_an_error_is_translated(
    qtbot: QtBot, store: Store, lang: str, words: str
) -> None:
    translations.apply(lang)
    with pytest.raises(InputError) as caught:
        people.create_person(store, {"full_name": "Айгүл", "birth_year": "1700"})
    assert words in error_text(caught.value)
