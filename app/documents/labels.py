"""The words printed on documents, in Kyrgyz, Russian and English.

A printed document is in the language chosen for it (not the screen's language), so its
words live here rather than in the Qt translations. "ky+ru" prints both, Kyrgyz first.
"""

from __future__ import annotations

from datetime import date

WORDS: dict[str, dict[str, str]] = {
    "certificate": {"ky": "СЕРТИФИКАТ", "ru": "СЕРТИФИКАТ", "en": "CERTIFICATE"},
    "of_attendance": {
        "ky": "окууга катышкандыгы жөнүндө",
        "ru": "об участии в обучении",
        "en": "of attendance",
    },
    "certifies": {
        "ky": "Бул сертификат төмөнкүгө берилди:",
        "ru": "Настоящий сертификат подтверждает, что",
        "en": "This is to certify that",
    },
    "completed": {
        "ky": "төмөнкү окуудан толук өттү:",
        "ru": "успешно прошла(-ёл) обучение",
        "en": "has completed the training",
    },
    "completed_f": {"ky": "", "ru": "успешно прошла обучение", "en": ""},
    "completed_m": {"ky": "", "ru": "успешно прошёл обучение", "en": ""},
    "certificates": {"ky": "Sertifikattar", "ru": "Sertifikaty", "en": "Certificates"},
    "topics": {"ky": "Темалар", "ru": "Темы", "en": "Topics"},
    "seal": {"ky": "Мөөр орду", "ru": "М. П.", "en": "Seal"},
    "number": {"ky": "Катталган №", "ru": "Регистрационный №", "en": "Certificate No."},
    "issued": {"ky": "Берилген күнү", "ru": "Дата выдачи", "en": "Issued on"},
    "verify": {
        "ky": "Текшерүү коду",
        "ru": "Код проверки",
        "en": "Verification code",
    },
    "draft": {"ky": "ДОЛБООР", "ru": "ЧЕРНОВИК", "en": "DRAFT"},
    "trainer": {"ky": "Тренер", "ru": "Тренер", "en": "Trainer"},
    "director": {"ky": "Жетекчи", "ru": "Руководитель", "en": "Director"},
    # sign-in sheet
    "sheet": {
        "ky": "Катышуучулардын тизмеси",
        "ru": "Лист регистрации участников",
        "en": "Sign-in sheet",
    },
    "training": {"ky": "Окуу", "ru": "Обучение", "en": "Training"},
    "session": {"ky": "Сессия", "ru": "Сессия", "en": "Session"},
    "date": {"ky": "Күнү", "ru": "Дата", "en": "Date"},
    "venue": {"ky": "Өткөрүлгөн жери", "ru": "Место проведения", "en": "Venue"},
    "no": {"ky": "№", "ru": "№", "en": "No."},
    "full_name": {"ky": "Аты-жөнү", "ru": "ФИО", "en": "Full name"},
    "sex": {"ky": "Жынысы", "ru": "Пол", "en": "Sex"},
    "age_band": {"ky": "Жашы", "ru": "Возраст", "en": "Age"},
    "category": {"ky": "Категориясы", "ru": "Категория", "en": "Category"},
    "consent": {"ky": "Макулдук", "ru": "Согласие", "en": "Consent"},
    "signature": {"ky": "Колу", "ru": "Подпись", "en": "Signature"},
    "page": {
        "ky": "{page}/{pages}-бет",
        "ru": "Стр. {page} из {pages}",
        "en": "Page {page} of {pages}",
    },
    "walk_ins": {
        "ky": "Бош саптар: тизмеде жок келгендер үчүн",
        "ru": "Пустые строки: для пришедших без записи",
        "en": "Blank rows: for walk-ins",
    },
    "consent_note": {
        "ky": "☐ — маалыматтарды сактоого макулмун",
        "ru": "☐ — согласие на хранение данных",
        "en": "☐ — consents to data being stored",
    },
    # minutes
    "minutes_title": {
        "ky": "Жолугушуунун протоколу",
        "ru": "Протокол встречи",
        "en": "Minutes of the meeting",
    },
    "place": {"ky": "Жери", "ru": "Место", "en": "Place"},
    "series": {"ky": "Сериясы", "ru": "Серия", "en": "Series"},
    "agenda": {"ky": "Күн тартиби", "ru": "Повестка дня", "en": "Agenda"},
    "attendees": {"ky": "Катышкандар", "ru": "Присутствовали", "en": "Attendees"},
    "role": {"ky": "Кызматы", "ru": "Должность", "en": "Role"},
    "organisation": {"ky": "Уюму", "ru": "Организация", "en": "Organisation"},
    "minutes": {"ky": "Протокол", "ru": "Ход встречи", "en": "Minutes"},
    "decisions": {"ky": "Чечимдер", "ru": "Решения", "en": "Decisions"},
    "actions": {"ky": "Аткарыла турган иштер", "ru": "Поручения", "en": "Action items"},
    "carried": {
        "ky": "Мурунку жолугушуулардан калган иштер",
        "ru": "Невыполненные поручения прошлых встреч",
        "en": "Open action items carried over",
    },
    "action": {"ky": "Иш", "ru": "Поручение", "en": "Action"},
    "owner": {"ky": "Жооптуу", "ru": "Ответственный", "en": "Owner"},
    "due": {"ky": "Мөөнөтү", "ru": "Срок", "en": "Due"},
    "status": {"ky": "Абалы", "ru": "Статус", "en": "Status"},
    "approved": {
        "ky": "Протоколду бекиткен: {who}, {when}",
        "ru": "Протокол утвердил(а): {who}, {when}",
        "en": "Minutes approved by {who} on {when}",
    },
    "guest": {"ky": "конок", "ru": "гость", "en": "guest"},
    "none": {"ky": "жок", "ru": "нет", "en": "none"},
}

CODES: dict[str, dict[str, str]] = {
    "female": {"ky": "аял", "ru": "жен.", "en": "F"},
    "male": {"ky": "эркек", "ru": "муж.", "en": "M"},
    "other": {"ky": "башка", "ru": "другое", "en": "other"},
    "ngo_member": {"ky": "БӨУ мүчөсү", "ru": "член НПО", "en": "NGO member"},
    "womens_group_member": {"ky": "аялдар тобу", "ru": "женская группа", "en": "women's group"},
    "local_council_deputy": {
        "ky": "жергиликтүү депутат",
        "ru": "депутат МК",
        "en": "council deputy",
    },
    "youth": {"ky": "жаштар", "ru": "молодёжь", "en": "youth"},
    "activist": {"ky": "активист", "ru": "активист", "en": "activist"},
    "government_official": {"ky": "мамлекеттик кызматкер", "ru": "госслужащий", "en": "official"},
    "open": {"ky": "ачык", "ru": "открыто", "en": "open"},
    "done": {"ky": "аткарылды", "ru": "выполнено", "en": "done"},
    "dropped": {"ky": "алынып салынды", "ru": "снято", "en": "dropped"},
}

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def parts(lang: str) -> tuple[str, ...]:
    return ("ky", "ru") if lang == "ky+ru" else (lang,)


def word(lang: str, key: str, sep: str = " / ") -> str:
    """A label in `lang`; for "ky+ru" both, Kyrgyz first."""
    return sep.join(dict.fromkeys(WORDS[key][p] for p in parts(lang)))


def code(lang: str, value: str | None) -> str:
    """A stored code (sex, category, status) in words; unknown codes print as they are."""
    if not value:
        return ""
    names = CODES.get(value)
    if names is None:
        return value
    return " / ".join(dict.fromkeys(names[p] for p in parts(lang)))


def day(lang: str, d: date) -> str:
    if lang == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return d.strftime("%d.%m.%Y")


def period(lang: str, start: date, end: date) -> str:
    if start == end:
        return day(lang, start)
    if lang == "en" and (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTHS_EN[end.month - 1]} {end.year}"
    return f"{day(lang, start)} – {day(lang, end)}"


def _number(value: float) -> str:
    return f"{value:g}"


def hours(lang: str, value: float) -> str:
    n = _number(value)
    if lang == "en":
        return f"{n} hour" if value == 1 else f"{n} hours"
    if lang == "ky":
        return f"{n} саат"
    if value != int(value):
        return f"{n.replace('.', ',')} часа"
    i = int(value)
    if i % 10 == 1 and i % 100 != 11:
        return f"{i} час"
    if 2 <= i % 10 <= 4 and not 12 <= i % 100 <= 14:
        return f"{i} часа"
    return f"{i} часов"


def age_band(birth_year: int | None, on: date) -> str:
    """The donors' age bands: under 18, 18-24, 25-34, 35-54, 55+."""
    if birth_year is None:
        return ""
    age = on.year - birth_year
    for top, band in ((17, "<18"), (24, "18–24"), (34, "25–34"), (54, "35–54")):
        if age <= top:
            return band
    return "55+"
