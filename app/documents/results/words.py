"""The words of the results framework printouts (PDF and xlsx), in ky, ru and en.

A printout is in the language chosen for it, so its words live here rather than in the
Qt catalogues (as app/documents/labels.py does for certificates and sheets).
"""

from __future__ import annotations

from app.core.text import in_language

WORDS: dict[str, dict[str, str]] = {
    "title": {
        "ky": "Натыйжалар алкагы",
        "ru": "Рамка результатов",
        "en": "Results framework",
    },
    "periods": {"ky": "Мезгилдер", "ru": "Периоды", "en": "Periods"},
    "level": {"ky": "Деңгээл", "ru": "Уровень", "en": "Level"},
    "outcome": {"ky": "Натыйжа", "ru": "Результат", "en": "Outcome"},
    "output": {"ky": "Продукт", "ru": "Продукт", "en": "Output"},
    "code": {"ky": "Коду", "ru": "Код", "en": "Code"},
    "statement": {"ky": "Жазылышы", "ru": "Формулировка", "en": "Statement"},
    "indicator": {"ky": "Индикатор", "ru": "Индикатор", "en": "Indicator"},
    "unit": {"ky": "Бирдиги", "ru": "Единица", "en": "Unit"},
    "baseline": {"ky": "Баштапкы маани", "ru": "Базовое значение", "en": "Baseline"},
    "target": {"ky": "Максат", "ru": "Цель", "en": "Target"},
    "actual": {"ky": "Иш жүзүндө", "ru": "Факт", "en": "Actual"},
    "by_sex": {"ky": "Жынысы боюнча", "ru": "По полу", "en": "By sex"},
    "female": {"ky": "аялдар", "ru": "женщины", "en": "women"},
    "male": {"ky": "эркектер", "ru": "мужчины", "en": "men"},
    "other": {"ky": "башка", "ru": "другое", "en": "other"},
    "unknown": {"ky": "белгисиз", "ru": "не указано", "en": "not recorded"},
    "charts": {
        "ky": "Максатка салыштырмалуу натыйжалар",
        "ru": "Результаты в сравнении с целями",
        "en": "Results against targets",
    },
    "regions": {
        "ky": "Аймактар боюнча: тренингдер · окугандар · натыйжалар",
        "ru": "По регионам: тренинги · обученные · результаты",
        "en": "By region: trainings · people trained · outcomes",
    },
    "evidence": {
        "ky": "Ар бир сандын артындагы жазуулар",
        "ru": "Записи, стоящие за каждым числом",
        "en": "The records behind every number",
    },
    "record": {"ky": "Жазуу", "ru": "Запись", "en": "Record"},
    "detail": {"ky": "Маалымат", "ru": "Подробности", "en": "Detail"},
    "more": {
        "ky": "… жана дагы {n} (толук тизме xlsx файлында)",
        "ru": "… и ещё {n} (полный список в файле xlsx)",
        "en": "… and {n} more (the full list is in the xlsx file)",
    },
    "development_plan": {
        "ky": "өнүгүү планы",
        "ru": "план развития",
        "en": "development plan",
    },
    "budget_line": {"ky": "бюджеттик берене", "ru": "статья бюджета", "en": "budget line"},
    "council_decision": {
        "ky": "кеңештин чечими",
        "ru": "решение кенеша",
        "en": "council decision",
    },
    "page": {
        "ky": "{page}-бет",
        "ru": "Стр. {page}",
        "en": "Page {page}",
    },
}


def word(key: str, lang: str) -> str:
    return in_language(WORDS[key], lang)
