"""Column names (Kyrgyz, Russian, English), value words, and reference look-ups.

A column is recognised by any of its names, folded (case, ё/е, punctuation ignored). A
value such as a sex, a category or an attendance mark is accepted as Tirek's code or as
the words people write in the three languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select

from app.core import places
from app.core.models import District, Organisation, Project, Region, Topic, link_id
from app.core.store import Store
from app.core.text import fold
from app.core.vocab import PARTICIPANT_CATEGORIES, WG_ANSWERS, WG_DOMAINS

_PUNCT = re.compile(r"[^\w\s]")


def norm(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold(text)).split())


# field -> (English header written on export, other accepted names)
PERSON_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "id": ("Tirek ID", ("id", "tirek id")),
    "full_name": (
        "Full name",
        ("name", "фио", "ф и о", "фамилия имя", "фамилия имя отчество", "аты жөнү", "аты-жөнү"),
    ),
    # Names in separate columns are combined into the full name (surname first).
    "surname": ("Surname", ("фамилия", "фамилиясы", "last name", "family name")),
    "given_name": ("Given name", ("имя", "аты", "first name", "given names")),
    "patronymic": ("Patronymic", ("отчество", "атасынын аты", "middle name")),
    "sex": ("Sex", ("gender", "пол", "жынысы", "жынысы пол")),
    "birth_year": ("Year of birth", ("год рождения", "туулган жылы", "birth year", "жылы")),
    "birth_date": ("Date of birth", ("дата рождения", "туулган күнү", "birth date", "күнү")),
    "phone": ("Phone", ("телефон", "тел", "phone number", "мобильный", "номер телефона")),
    "email": ("E-mail", ("email", "эл почта", "электронная почта", "электрондук почта")),
    "organisation": ("Organisation", ("organization", "организация", "уюм", "мекеме")),
    "category": ("Category", ("категория", "категориясы", "participant category")),
    "region": ("Region", ("область", "облус", "регион", "oblast")),
    "district": ("District", ("район", "raion", "аймак")),
    "consent_data": ("Consent to store data", ("согласие на данные", "маалыматка макулдук")),
    "consent_photo": ("Consent to photos", ("согласие на фото", "сүрөткө макулдук")),
    "notes": ("Notes", ("примечания", "примечание", "эскертүү", "comment", "комментарий")),
}
for _d in WG_DOMAINS:
    PERSON_COLUMNS[f"wg_{_d}"] = (f"WG {_d}", (f"wg_{_d}",))

NAME_PARTS = ("surname", "given_name", "patronymic")

SEX_WORDS = {
    "female": ("female", "f", "woman", "ж", "жен", "женский", "женщина", "аял", "кыз"),
    "male": ("male", "m", "man", "м", "муж", "мужской", "мужчина", "эркек"),
    "other": ("other", "другое", "башка"),
}
CATEGORY_WORDS = {
    "ngo_member": ("член нко", "член нпо", "нко", "бөу мүчөсү"),
    "womens_group_member": ("член женской группы", "аялдар тобунун мүчөсү"),
    "local_council_deputy": ("депутат", "депутат айылного кенеша", "депутат айылдык кеңеш"),
    "youth": ("молодежь", "жаштар"),
    "activist": ("активист", "активистка"),
    "government_official": ("госслужащий", "мамлекеттик кызматкер", "official"),
    "other": ("другое", "башка"),
}
MARK_WORDS = {
    "present": ("present", "+", "p", "1", "v", "✓", "был", "была", "присутствовал", "келди", "бар"),
    "late": ("late", "опоздал", "опоздала", "кечикти", "оп"),
    "left_early": ("left early", "left_early", "ушел раньше", "ушла раньше", "эрте кетти"),
    "excused": ("excused", "уважительная", "по уважительной", "уваж", "себептүү"),
    "absent": ("absent", "-", "0", "н", "нет", "не был", "не была", "отсутствовал", "жок"),
}
YES = ("yes", "y", "true", "1", "да", "ооба", "+", "x")
NO = ("no", "n", "false", "0", "нет", "жок", "-")


def word_table(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    out = {}
    for code, options in words.items():
        out[norm(code)] = code
        out[norm(code.replace("_", " "))] = code
        for o in options:
            out[norm(o) or o] = code
    return out


SEXES = word_table(SEX_WORDS)
CATEGORIES = word_table({c: CATEGORY_WORDS.get(c, ()) for c in PARTICIPANT_CATEGORIES})
MARKS = word_table(MARK_WORDS)
WG = word_table({a: () for a in WG_ANSWERS})


def header_table(columns: dict[str, tuple[str, tuple[str, ...]]]) -> dict[str, str]:
    out = {}
    for fld, (english, others) in columns.items():
        for name in (fld, english, *others):
            out[norm(name)] = fld
    return out


_PLACE_WORDS = re.compile(
    r"\b(district|region|city|oblast|район|району|области|область|облусу|шаары|г)\b"
)


def place_key(text: str) -> str:
    return " ".join(_PLACE_WORDS.sub(" ", norm(text)).split())


@dataclass
class Lookups:
    """Names of reference records (in any language) -> ids, loaded once per import."""

    regions: dict[str, str] = field(default_factory=dict)
    districts: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # key->[(id,reg)]
    organisations: dict[str, str] = field(default_factory=dict)
    projects: dict[str, str] = field(default_factory=dict)
    topics: dict[str, str] = field(default_factory=dict)
    region_names: dict[str, str] = field(default_factory=dict)
    district_names: dict[str, str] = field(default_factory=dict)
    district_region: dict[str, str] = field(default_factory=dict)
    organisation_names: dict[str, str] = field(default_factory=dict)
    project_names: dict[str, str] = field(default_factory=dict)
    topic_codes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, store: Store, lang: str = "en") -> Lookups:
        lk = cls()
        with store.read() as s:
            for r in s.scalars(select(Region).where(Region.deleted.is_(False))):
                for name in (r.code, r.name_en, r.name_ru, r.name_ky):
                    lk.regions[norm(name)] = r.id
                    lk.regions.setdefault(place_key(name), r.id)
                lk.region_names[r.id] = getattr(r, f"name_{lang}")
            for d in s.scalars(select(District).where(District.deleted.is_(False))):
                keys = {norm(n) for n in (d.code, d.name_en, d.name_ru, d.name_ky)}
                keys |= {place_key(n) for n in (d.name_en, d.name_ru, d.name_ky)}
                for k in keys:
                    lk.districts.setdefault(k, []).append((d.id, d.region_id))
                lk.district_names[d.id] = getattr(d, f"name_{lang}")
                lk.district_region[d.id] = d.region_id
            for oid, name in s.execute(
                select(Organisation.id, Organisation.name).where(Organisation.deleted.is_(False))
            ):
                lk.organisations.setdefault(norm(name), oid)
                lk.organisation_names[oid] = name
            for pid, name in s.execute(
                select(Project.id, Project.name).where(Project.deleted.is_(False))
            ):
                lk.projects.setdefault(norm(name), pid)
                lk.project_names[pid] = name
            for t in s.scalars(select(Topic).where(Topic.deleted.is_(False))):
                for name in (t.code, t.name_en, t.name_ru, t.name_ky):
                    lk.topics[norm(name)] = t.id
                lk.topic_codes[t.id] = t.code
        return lk

    def region(self, text: str) -> str | None:
        """The region a name means (the gazetteer first); None when unknown or ambiguous."""
        named = places.resolve(text, None)
        if named.region is not None:
            return link_id("region", named.region)
        if named.questions and named.questions[0][1] == "ambiguous":
            return None  # asks, never guesses (Ош: the city or the region)
        return self.regions.get(norm(text)) or self.regions.get(place_key(text))

    def district(self, text: str, region_id: str | None) -> str | None:
        named = places.resolve(None, text)
        if named.district is not None:
            did = link_id("district", named.district)
            if region_id is None or self.district_region.get(did) == region_id:
                return did
        found = self.districts.get(norm(text)) or self.districts.get(place_key(text)) or []
        if region_id:
            found = [f for f in found if f[1] == region_id] or found
        return found[0][0] if len({f[0] for f in found}) == 1 else None
