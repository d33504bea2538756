"""The gazetteer: one place that names Kyrgyzstan's regions, districts, cities and villages.

Import, forms and search ask it what a written place name means. Offices write the same
place many ways: «Ошская обл.», «Ош облусу», «Osh oblast»; «Кара-Сууский р-н», the
official «Кара-Суйский район», «Kara-Suu district»; a town («Узген», «Каракол») instead
of its district; an old name («Фрунзе», «Пржевальск», «Кировский район»). Every name is
reduced to a *key*: its words in the matching alphabet of app/core/matching.py (so Kyrgyz,
Russian and Latin spellings fall together: Иссык-Куль / Ысык-Көл / Issyk-Kul), without
the kind words and abbreviations (обл., р-н, ш., г., с., район, облусу, city ...), which
are kept apart as a *hint* of what kind of place was meant.

A name that means places in two regions (Ош: the city or the region) is *ambiguous*:
`resolve` then returns the candidates and never guesses. A district written beside it
that settles the question (Ош + Кара-Сууский р-н) is not a guess, and is used.

Codes are those of resources/places/regions.json (the list migration 0001 loaded); ids
follow from them
(app.core.services.reference.region_id / district_id).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache

from app.core.matching import matching_words
from app.core.paths import resources_dir

REGION, DISTRICT, CITY, VILLAGE = "region", "district", "city", "village"

# Kind words (already in the matching alphabet) -> the kind they hint at.
_KIND_WORDS = {
    **dict.fromkeys(
        ("obl", "oblast", "oblasti", "oblosu", "oblusu", "oblusunun", "region", "reg"), REGION
    ),
    **dict.fromkeys(
        ("raion", "raiona", "raione", "raionu", "rn", "district", "distr", "raionunun"), DISTRICT
    ),
    **dict.fromkeys(("g", "gor", "gorod", "sari", "saari", "city", "town"), CITY),
    **dict.fromkeys(("selo", "ail", "aili", "aimagi", "village", "pgt", "poselok", "ao"), VILLAGE),
}
# Written before the words are split: "р-н" and "а/о" are one word each.
_ABBREVIATIONS = (
    (re.compile(r"\bр-н\b", re.IGNORECASE), " район "),
    (re.compile(r"\bа/о\b", re.IGNORECASE), " айыл "),
    (re.compile(r"\bс\.", re.IGNORECASE), " село "),
    (re.compile(r"\bш\.", re.IGNORECASE), " шаары "),
    (re.compile(r"\bг\.", re.IGNORECASE), " город "),
)


def place_key(text: str) -> tuple[str, str | None]:
    """(key, kind hint) of a written place name.

    «Кара-Сууский р-н» -> ("karasuski", "district"); «Ош» -> ("os", None).
    """
    for pattern, word in _ABBREVIATIONS:
        text = pattern.sub(word, text)
    words = matching_words(text)
    hint = None
    kept: list[str] = []
    for w in words:
        kind = _KIND_WORDS.get(w)
        if kind is not None and (kept or len(words) > 1):
            hint = hint or kind
        else:
            kept.append(w)
    return "".join(kept).replace("dj", "j"), hint


# Russian adjectives made from a place name: «Ошская», «Кара-Сууский», «Иссык-Атинский».
_ADJECTIVE = re.compile(r"(?:in)?sk(?:aia|i|oi|ogo|uiu)$")


def _bare(key: str) -> str:
    return _ADJECTIVE.sub("", key)


@dataclass(frozen=True)
class Place:
    """One place and where it lies (region and district codes of regions.json)."""

    kind: str
    region: str
    district: str | None
    name_en: str
    name_ru: str
    name_ky: str

    def name(self, lang: str) -> str:
        return {"ru": self.name_ru, "ky": self.name_ky}.get(lang, self.name_en)


@dataclass(frozen=True)
class Resolved:
    """What a region and a district written side by side mean."""

    region: str | None = None
    district: str | None = None
    # (which column, reason code, candidate places) for each name not settled
    questions: tuple[tuple[str, str, tuple[Place, ...]], ...] = ()


# Regions (and the two cities of republican significance): code -> names and variants.
_REGIONS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "bishkek": ("Bishkek", "г. Бишкек", "Бишкек шаары", ("Бишкек", "Bishkek", "Фрунзе", "Frunze")),
    "osh-city": ("Osh city", "г. Ош", "Ош шаары", ("Ош", "Osh")),
    "batken": ("Batken Region", "Баткенская область", "Баткен облусу", ("Баткен", "Batken")),
    "chui": ("Chui Region", "Чуйская область", "Чүй облусу", ("Чуй", "Чүй", "Chuy", "Chüy")),
    "issyk-kul": (
        "Issyk-Kul Region",
        "Иссык-Кульская область",
        "Ысык-Көл облусу",
        ("Иссык-Куль", "Ысык-Көл", "Issyk-Kul", "Ysyk-Kol", "Иссыккульская"),
    ),
    "jalal-abad": (
        "Jalal-Abad Region",
        "Джалал-Абадская область",
        "Жалал-Абад облусу",
        ("Джалал-Абад", "Жалал-Абад", "Jalal-Abad", "Djalal-Abad", "Джалалабадская"),
    ),
    "naryn": (
        "Naryn Region",
        "Нарынская область",
        "Нарын облусу",
        ("Нарын", "Naryn", "Тянь-Шанская"),
    ),
    "osh": ("Osh Region", "Ошская область", "Ош облусу", ("Ош", "Osh")),
    "talas": ("Talas Region", "Таласская область", "Талас облусу", ("Талас", "Talas")),
}

# District code -> extra spellings, old names and the towns and villages that stand for it.
_DISTRICT_EXTRA: dict[str, tuple[str, ...]] = {
    "osh-kara-suu": ("Кара-Суйский район", "Карасуйский", "Карасуу", "Kara-Suu", "Karasuu"),
    "osh-uzgen": ("Узген", "Өзгөн", "Uzgen", "Özgön", "Узгенский"),
    "osh-alai": ("Гульча", "Гүлчө", "Gulcha"),
    "osh-chong-alai": ("Дароот-Коргон", "Daroot-Korgon", "Чон-Алай"),
    "osh-kara-kulja": ("Кара-Кульджа", "Кара-Кулжа", "Kara-Kuldja"),
    "osh-nookat": ("Ноокат", "Nookat", "Эски-Ноокат"),
    "osh-aravan": ("Араван", "Aravan"),
    "batken-batken": ("Баткен шаары",),
    "batken-kadamjai": ("Кадамжай", "Kadamjay", "Пульгон", "Фрунзенский район"),
    "batken-leilek": ("Исфана", "Isfana", "Лейлек", "Leylek"),
    "chui-alamudun": ("Лебединовка", "Lebedinovka", "Аламедин", "Alamedin"),
    "chui-chui": ("Чуйский район",),
    "chui-issyk-ata": ("Кант", "Kant", "Ысык-Ата", "Ysyk-Ata"),
    "chui-jaiyl": ("Кара-Балта", "Kara-Balta", "Калининский район", "Жайыл", "Zhaiyl"),
    "chui-kemin": ("Кемин", "Kemin"),
    "chui-moskva": ("Беловодское", "Belovodskoye", "Москва", "Moskva"),
    "chui-panfilov": ("Каинды", "Kaindy", "Панфилов"),
    "chui-sokuluk": ("Сокулук", "Sokuluk"),
    "issyk-kul-ak-suu": ("Теплоключенка", "Ак-Суу", "Aksuu", "Ак-Сууйский район"),
    "issyk-kul-jeti-oguz": ("Кызыл-Суу", "Покровка", "Джети-Огуз", "Jety-Oguz"),
    "issyk-kul-issyk-kul": ("Чолпон-Ата", "Cholpon-Ata"),
    "issyk-kul-tong": ("Боконбаево", "Bokonbaevo", "Тон", "Ton"),
    "issyk-kul-tup": ("Тюп", "Түп", "Tyup"),
    "jalal-abad-aksy": ("Кербен", "Kerben", "Аксы", "Aksy"),
    "jalal-abad-ala-buka": ("Ала-Бука", "Ala-Buka"),
    "jalal-abad-bazar-korgon": ("Базар-Коргон", "Bazar-Korgon"),
    "jalal-abad-chatkal": ("Каныш-Кыя", "Kanysh-Kiya", "Чаткал"),
    "jalal-abad-nooken": ("Массы", "Massy", "Кочкор-Ата", "Kochkor-Ata", "Ноокен"),
    "jalal-abad-suzak": ("Сузак", "Suzak"),
    "jalal-abad-toguz-toro": ("Казарман", "Kazarman", "Тогуз-Торо", "Тогуз-Тороский район"),
    "jalal-abad-toktogul": ("Токтогул", "Кетмень-Тюбинский район"),
    "naryn-ak-talaa": ("Баетов", "Baetov", "Ак-Талаа"),
    "naryn-at-bashy": ("Ат-Башы", "At-Bashi"),
    "naryn-jumgal": ("Чаек", "Chaek", "Жумгал", "Dzhumgal"),
    "naryn-kochkor": ("Кочкор", "Kochkor", "Кочкорка"),
    "naryn-naryn": ("Нарынский район",),
    "talas-bakai-ata": ("Бакай-Ата", "Ленинпольский район", "Ленинполь"),
    "talas-kara-buura": ("Кызыл-Адыр", "Kyzyl-Adyr", "Кировский район", "Кара-Буура"),
    "talas-manas": ("Покровка Таласская", "Манас"),
    "talas-talas": ("Таласский район",),
}

# Towns of regional significance that belong to a region but to no district here.
_TOWNS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("jalal-abad", "Jalal-Abad city", "г. Джалал-Абад", "Жалал-Абад шаары", ()),
    ("issyk-kul", "Karakol", "г. Каракол", "Каракол шаары", ("Пржевальск", "Przhevalsk")),
    ("issyk-kul", "Balykchy", "г. Балыкчы", "Балыкчы шаары", ("Рыбачье", "Rybachye")),
    ("chui", "Tokmok", "г. Токмок", "Токмок шаары", ("Токмак", "Tokmak")),
    ("naryn", "Naryn city", "г. Нарын", "Нарын шаары", ()),
    ("talas", "Talas city", "г. Талас", "Талас шаары", ()),
    ("batken", "Kyzyl-Kiya", "г. Кызыл-Кия", "Кызыл-Кыя шаары", ()),
    ("batken", "Sulukta", "г. Сулюкта", "Сүлүктү шаары", ()),
    ("jalal-abad", "Mailuu-Suu", "г. Майлуу-Суу", "Майлуу-Суу шаары", ("Майли-Сай",)),
    ("jalal-abad", "Tash-Kumyr", "г. Таш-Кумыр", "Таш-Көмүр шаары", ()),
    ("jalal-abad", "Kara-Kul", "г. Кара-Куль", "Кара-Көл шаары", ()),
)


def _district_rows() -> list[tuple[str, str, str, str, str]]:
    """(region, district code, en, ru, ky) from the shipped reference list."""
    data = json.loads((resources_dir() / "places" / "regions.json").read_text("utf-8"))
    return [
        (r["code"], code, en, ru, ky)
        for r in data["regions"]
        for code, en, ru, ky in r["districts"]
    ]


@dataclass
class Gazetteer:
    places: list[Place] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=dict)  # key -> places

    def add(self, place: Place, *names: str) -> None:
        n = len(self.places)
        self.places.append(place)
        for name in (place.name_en, place.name_ru, place.name_ky, *names):
            key, _hint = place_key(name)
            for k in {key, _bare(key)}:
                if k and n not in self.index.setdefault(k, []):
                    self.index[k].append(n)

    def candidates(self, text: str, column: str) -> tuple[Place, ...]:
        """The places a name may mean, written in the region or the district column."""
        key, hint = place_key(text)
        found = [self.places[i] for i in self.index.get(key) or self.index.get(_bare(key), [])]
        # Where the column says what is meant, places of that level come first; then the
        # kind word written with the name («г. Ош»: the city).
        wanted = (REGION, CITY) if column == REGION else (DISTRICT,)
        found = [p for p in found if p.kind in wanted] or found
        if hint is not None:
            found = [p for p in found if p.kind == hint] or found
        return tuple(found)


@cache
def gazetteer() -> Gazetteer:
    g = Gazetteer()
    for code, (en, ru, ky, extra) in _REGIONS.items():
        kind = CITY if code in ("bishkek", "osh-city") else REGION
        g.add(Place(kind, code, None, en, ru, ky), *extra)
    for region, code, en, ru, ky in _district_rows():
        g.add(Place(DISTRICT, region, code, en, ru, ky), *_DISTRICT_EXTRA.get(code, ()))
    for region, en, ru, ky, extra in _TOWNS:
        g.add(Place(CITY, region, None, en, ru, ky), *extra)
    return g


def _one(places: tuple[Place, ...], level: str) -> str | None:
    codes = {p.region if level == REGION else p.district for p in places}
    return codes.pop() if len(codes) == 1 else None


def resolve(region_text: str | None, district_text: str | None) -> Resolved:
    """Region and district codes for what a row says, or the questions to ask."""
    g = gazetteer()
    questions: list[tuple[str, str, tuple[Place, ...]]] = []
    regions = g.candidates(region_text, REGION) if region_text else ()
    districts = g.candidates(district_text, DISTRICT) if district_text else ()
    if region_text and not regions:
        questions.append((REGION, "unknown", ()))
    if district_text and not districts:
        questions.append((DISTRICT, "unknown", ()))
    in_region = {p.region for p in regions}
    elsewhere = False
    if districts and in_region:
        inside = tuple(p for p in districts if p.region in in_region)
        if inside:
            districts = inside
        else:
            elsewhere = True
            questions.append((DISTRICT, "elsewhere", districts))
    district = d_region = None
    if districts:
        d_regions = {p.region for p in districts}
        if len(d_regions) > 1:
            questions.append((DISTRICT, "ambiguous", districts))
        else:
            d_region = d_regions.pop()
            district = _one(districts, DISTRICT)  # None for a town outside any district
    region = None
    if len(in_region) == 1:
        region = next(iter(in_region))
    elif len(in_region) > 1:
        if d_region in in_region:
            region = d_region  # settled by the district written beside it
        else:
            questions.append((REGION, "ambiguous", regions))
    elif not region_text:
        region = d_region
    return Resolved(region, None if elsewhere else district, tuple(questions))
