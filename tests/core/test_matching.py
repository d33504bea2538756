"""The duplicate matcher on a labelled set of name pairs, and on person facts."""

from __future__ import annotations

from app.core.matching import (
    NAME_MATCH,
    PERSON_MATCH,
    Facts,
    compare,
    fix_lookalikes,
    has_mixed_script,
    key_similarity,
    name_key,
)
from tests.core.name_pairs import PAIRS

# The figures in docs/duplicates.md; a change to the matcher must not make them worse.


def name_similarity(a: str, b: str) -> float:
    """0..1: how alike two written names are, as `compare` weighs two people's names."""
    return key_similarity(name_key(a), name_key(b))


MIN_PRECISION = 0.97
MIN_RECALL = 1.0


def precision_recall() -> tuple[float, float, list[tuple[str, str, bool]]]:
    tp = fp = fn = 0
    wrong = []
    for a, b, same in PAIRS:
        said = name_similarity(a, b) >= NAME_MATCH
        tp += said and same
        fp += said and not same
        fn += same and not said
        if said != same:
            wrong.append((a, b, same))
    return tp / (tp + fp), tp / (tp + fn), wrong


def test_labelled_pairs_keep_their_precision_and_recall() -> None:
    precision, recall, wrong = precision_recall()
    assert len(PAIRS) >= 60
    assert precision >= MIN_PRECISION, wrong
    assert recall >= MIN_RECALL, wrong


def test_similarity_is_symmetric() -> None:
    for a, b, _ in PAIRS:
        assert abs(name_similarity(a, b) - name_similarity(b, a)) < 1e-9


def test_three_spellings_of_one_woman_share_a_key() -> None:
    keys = {name_key(n).text for n in ("Айгүл Бекова", "Aigul Bekova", "Айгуль Бекова")}
    assert keys == {"aigul bek"}


def test_lookalike_latin_letters_inside_cyrillic_are_fixed() -> None:
    typed = "Aйгүл Бекoва"  # Latin A and o
    assert has_mixed_script(typed)
    assert fix_lookalikes(typed) == "Айгүл Бекова"
    assert not has_mixed_script("Aigul Bekova") and not has_mixed_script("Айгүл Бекова")


def test_phone_and_birth_year_decide_between_namesakes() -> None:
    key = name_key("Айгүл Бекова")
    same_phone = compare(
        Facts(key, "+996555123456"), Facts(name_key("Aigul Bekova"), "+996555123456")
    )
    assert same_phone.score >= PERSON_MATCH and "same_phone" in same_phone.reasons
    namesakes = compare(Facts(key, None, 1980, "d1"), Facts(key, None, 1992, "d2"))
    assert namesakes.score < PERSON_MATCH
    likely = compare(
        Facts(key, None, 1980, "d1"), Facts(name_key("Айгуль Бекова"), None, 1980, "d1")
    )
    assert likely.score >= PERSON_MATCH


def test_a_shared_phone_alone_does_not_make_one_person() -> None:
    mother = Facts(name_key("Гүлнара Осмонова"), "+996555000111", 1965)
    daughter = Facts(name_key("Бермет Асанова"), "+996555000111", 1995)
    assert compare(mother, daughter).score < PERSON_MATCH
