"""Search folds Kyrgyz letters the way people type them, and Latin transliterations."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.services.people import create_person, list_people, update_person
from app.core.services.search import search_everything
from app.core.store import Store


@pytest.fixture
def registry(store: Store) -> dict[str, str]:
    return {
        "janyl": create_person(store, {"full_name": "Жаңыл Асанова"}),
        "gul": create_person(store, {"full_name": "Гүлнара Өмүрбекова"}),
        "emma": create_person(store, {"full_name": "Эмма Йолдошева"}),
        "other": create_person(store, {"full_name": "Бермет Токтогулова"}),
    }


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("Асанова Жаныл", "janyl"),  # a Russian keyboard: н for ң, word order swapped
        ("Asanova Janyl", "janyl"),  # Latin letters
        ("жаң", "janyl"),
        ("ЖАН", "janyl"),
        ("Zhanyl", "janyl"),
        ("Гулнара Омурбекова", "gul"),  # у for ү, о for ө
        ("Gulnara", "gul"),
        ("Омүр", "gul"),
        ("Емма", "emma"),  # е for э
        ("Иолдошева", "emma"),  # и for й
        ("Emma Yoldosheva", "emma"),
    ],
)
def test_typed_names_find_the_person(
    store: Store, registry: dict[str, str], typed: str, who: str
) -> None:
    assert [r.id for r in list_people(store, text=typed).rows] == [registry[who]]
    assert [p.id for p in search_everything(store, typed).people] == [registry[who]]


def test_a_renamed_person_is_found_by_her_new_name(store: Store, registry: dict[str, str]) -> None:
    update_person(store, registry["other"], {"full_name": "Бермет Үсөнова"})
    assert [r.id for r in list_people(store, text="Усонова").rows] == [registry["other"]]
    assert list_people(store, text="Токтогулова").rows == ()


def test_nothing_matches_a_name_that_is_not_there(store: Store, registry: dict[str, str]) -> None:
    assert list_people(store, text="Асанова Гүлнара").rows == ()


KYRGYZ = {"ң": "н", "ө": "о", "ү": "у"}


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.text(alphabet="абвгдежзиклмнопрстуыңөүя", min_size=3, max_size=9), min_size=2, max_size=3
    )
)
def test_every_word_typed_without_kyrgyz_letters_finds_her(store: Store, words: list[str]) -> None:
    name = " ".join(w.capitalize() for w in words)
    pid = create_person(store, {"full_name": name})
    plain = "".join(KYRGYZ.get(ch, ch) for ch in name)
    typed = " ".join(reversed(plain.split()))
    assert pid in {r.id for r in list_people(store, text=typed, limit=1000).rows}
