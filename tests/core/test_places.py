"""The gazetteer: every way an office writes a place lands on the right region and district."""

from __future__ import annotations

import pytest

from app.core.places import resolve


@pytest.mark.parametrize(
    ("region", "district", "expected"),
    [
        ("Ошская обл.", None, ("osh", None)),
        ("Ош облусу", None, ("osh", None)),
        ("Osh oblast", None, ("osh", None)),
        (None, "Кара-Сууский р-н", ("osh", "osh-kara-suu")),
        (None, "Кара-Суйский район", ("osh", "osh-kara-suu")),  # the official spelling
        (None, "Kara-Suu District", ("osh", "osh-kara-suu")),
        ("Чуй", None, ("chui", None)),
        (None, "Чуй", ("chui", "chui-chui")),  # in the district column: the district
        ("Иссык-Куль", None, ("issyk-kul", None)),
        ("Ысык-Көл облусу", "Түп району", ("issyk-kul", "issyk-kul-tup")),
        ("Джалал-Абад", None, ("jalal-abad", None)),
        ("Jalal-Abad", "Сузак", ("jalal-abad", "jalal-abad-suzak")),
        (None, "Узген", ("osh", "osh-uzgen")),
        (None, "Өзгөн району", ("osh", "osh-uzgen")),
        ("г. Ош", None, ("osh-city", None)),
        ("Ош шаары", None, ("osh-city", None)),
        ("Ош", "Кара-Сууский р-н", ("osh", "osh-kara-suu")),  # settled by the district
        ("Фрунзе", None, ("bishkek", None)),  # an old name
        ("Пржевальск", None, ("issyk-kul", None)),
        (None, "Кировский район", ("talas", "talas-kara-buura")),
        (None, "Кара-Балта", ("chui", "chui-jaiyl")),  # a town for its district
    ],
)
def test_place_names_land_right(
    region: str | None, district: str | None, expected: tuple[str, str | None]
) -> None:
    found = resolve(region, district)
    assert not found.questions, found.questions
    assert (found.region, found.district) == expected


@pytest.mark.parametrize("written", ["Ош", "Osh", "ОШ"])
def test_osh_alone_asks(written: str) -> None:
    found = resolve(written, None)
    assert found.region is None
    [(column, reason, options)] = found.questions
    assert (column, reason) == ("region", "ambiguous")
    assert {p.region for p in options} == {"osh", "osh-city"}


def test_a_district_of_another_region_is_a_question() -> None:
    found = resolve("Ошская область", "Аламудунский район")
    assert found.region == "osh" and found.district is None
    assert [q[:2] for q in found.questions] == [("district", "elsewhere")]


def test_an_unknown_place_is_a_question() -> None:
    assert [q[:2] for q in resolve("Атлантида", None).questions] == [("region", "unknown")]


def test_every_shipped_name_reads_back_as_itself() -> None:
    """What an export writes (any language's names) is read back to the same place."""
    import json

    from app.core.paths import resources_dir

    data = json.loads((resources_dir() / "places" / "regions.json").read_text("utf-8"))
    for r in data["regions"]:
        for lang in ("en", "ru", "ky"):
            for code, *names in r["districts"]:
                district = names[("en", "ru", "ky").index(lang)]
                found = resolve(r[lang], district)
                assert (found.region, found.district) == (r["code"], code), (r[lang], district)
