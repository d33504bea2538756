"""The words of the registration page, in Kyrgyz, Russian and English.

The page is read on participants' phones, each in the language chosen on the page (not the
laptop's), so its words live here, like the printed documents' (app/documents/labels.py).
Plain words: many participants register for the first time in their lives.
"""

from __future__ import annotations

from app.core.text import in_language

LANGS = ("ky", "ru", "en")

WORDS: dict[str, dict[str, str]] = {
    "title": {"ky": "Тренингге катталуу", "ru": "Регистрация на тренинг", "en": "Register"},
    "session": {"ky": "Сабак", "ru": "Занятие", "en": "Session"},
    "pin": {
        "ky": "PIN-код (тренерден)",
        "ru": "PIN-код (у тренера)",
        "en": "PIN (from the trainer)",
    },
    "full_name": {"ky": "Аты-жөнүңүз", "ru": "Фамилия, имя, отчество", "en": "Full name"},
    "sex": {"ky": "Жынысы", "ru": "Пол", "en": "Sex"},
    "female": {"ky": "аял", "ru": "женский", "en": "female"},
    "male": {"ky": "эркек", "ru": "мужской", "en": "male"},
    "birth_year": {"ky": "Туулган жылыңыз", "ru": "Год рождения", "en": "Year of birth"},
    "phone": {"ky": "Телефонуңуз", "ru": "Телефон", "en": "Phone"},
    "organisation": {
        "ky": "Уюмуңуз (бар болсо)",
        "ru": "Организация (если есть)",
        "en": "Organisation (if any)",
    },
    "region": {"ky": "Облус", "ru": "Область", "en": "Region"},
    "district": {"ky": "Район", "ru": "Район", "en": "District"},
    "choose": {"ky": "— тандаңыз —", "ru": "— выберите —", "en": "— choose —"},
    "category": {"ky": "Сиз кимсиз?", "ru": "Кто вы?", "en": "You are"},
    "ngo_member": {"ky": "БӨУ мүчөсү", "ru": "член НПО", "en": "NGO member"},
    "womens_group_member": {
        "ky": "аялдар тобунун мүчөсү",
        "ru": "член женской группы",
        "en": "women's group member",
    },
    "local_council_deputy": {
        "ky": "жергиликтүү кеңештин депутаты",
        "ru": "депутат местного кенеша",
        "en": "local council deputy",
    },
    "youth": {"ky": "жаштар", "ru": "молодёжь", "en": "youth"},
    "activist": {"ky": "активист", "ru": "активист(ка)", "en": "activist"},
    "government_official": {
        "ky": "мамлекеттик кызматкер",
        "ru": "госслужащий",
        "en": "government official",
    },
    "other": {"ky": "башка", "ru": "другое", "en": "other"},
    "difficulty": {
        "ky": "Төмөнкүлөрдү жасоо сизге кыйынбы? (милдеттүү эмес)",
        "ru": "Трудно ли вам… (можно не отвечать)",
        "en": "Do you have difficulty… (you may skip this)",
    },
    "wg_seeing": {
        "ky": "көрүү (көз айнек менен да)",
        "ru": "видеть (даже в очках)",
        "en": "seeing (even with glasses)",
    },
    "wg_hearing": {
        "ky": "угуу (угуу аппараты менен да)",
        "ru": "слышать (даже со слуховым аппаратом)",
        "en": "hearing (even with a hearing aid)",
    },
    "wg_walking": {
        "ky": "басуу же тепкичке чыгуу",
        "ru": "ходить или подниматься по лестнице",
        "en": "walking or climbing steps",
    },
    "wg_cognition": {
        "ky": "эстеп калуу же көңүл буруу",
        "ru": "запоминать или сосредоточиться",
        "en": "remembering or concentrating",
    },
    "wg_selfcare": {
        "ky": "жуунуу же кийинүү",
        "ru": "мыться или одеваться",
        "en": "washing or dressing",
    },
    "wg_communication": {
        "ky": "сүйлөшүү, түшүнүү же түшүндүрүү",
        "ru": "общаться: понимать других или быть понятым",
        "en": "communicating",
    },
    "no_difficulty": {"ky": "кыйын эмес", "ru": "не трудно", "en": "no difficulty"},
    "some_difficulty": {"ky": "бир аз кыйын", "ru": "немного трудно", "en": "some difficulty"},
    "a_lot_of_difficulty": {"ky": "абдан кыйын", "ru": "очень трудно", "en": "a lot of difficulty"},
    "cannot_do_at_all": {"ky": "такыр жасай албайм", "ru": "совсем не могу", "en": "cannot do it"},
    "consent_data": {
        "ky": "Мен жогорудагы маалыматтарымды ушул тренингдин жана уюмдун отчетторунда "
        "колдонууга макулмун. Алар башка максатка колдонулбайт.",
        "ru": "Я согласна(-ен), чтобы мои данные выше хранились и использовались в отчётах "
        "об этом тренинге и организации. Ни для чего другого они не используются.",
        "en": "I agree that my details above are kept and used in reports on this training "
        "and the organisation, and for nothing else.",
    },
    "consent_photo": {
        "ky": "Тренингде тартылган сүрөттөрдө мен болсом, аларды жарыялоого макулмун.",
        "ru": "Я согласна(-ен), чтобы фотографии с тренинга, на которых я есть, публиковались.",
        "en": "I agree that photos of the training in which I appear may be published.",
    },
    "send": {"ky": "Катталуу", "ru": "Зарегистрироваться", "en": "Register"},
    "thanks": {
        "ky": "Рахмат, {name}! Катталууңуз тренерге жөнөтүлдү; тренер аны ырастайт.",
        "ru": "Спасибо, {name}! Ваша регистрация передана тренеру; тренер её подтвердит.",
        "en": "Thank you, {name}! Your registration went to the trainer, who will confirm it.",
    },
    "another": {
        "ky": "Дагы бир кишини каттоо",
        "ru": "Зарегистрировать ещё одного человека",
        "en": "Register another person",
    },
    "fix": {
        "ky": "Белгиленген талааларды оңдоңуз.",
        "ru": "Исправьте отмеченные поля.",
        "en": "Please correct the marked fields.",
    },
    "required": {"ky": "Толтуруңуз.", "ru": "Заполните.", "en": "Please fill this in."},
    "bad_year": {
        "ky": "Жылды төрт сан менен жазыңыз, мисалы 1985.",
        "ru": "Укажите год четырьмя цифрами, например 1985.",
        "en": "Write the year with four digits, e.g. 1985.",
    },
    "bad_phone": {
        "ky": "Телефон номерин толук жазыңыз, мисалы 0555 123 456.",
        "ru": "Укажите номер полностью, например 0555 123 456.",
        "en": "Write the whole number, e.g. 0555 123 456.",
    },
    "bad_district": {
        "ky": "Бул район тандалган облуста эмес.",
        "ru": "Этот район не в выбранной области.",
        "en": "This district is not in the chosen region.",
    },
    "need_consent": {
        "ky": "Макулдугуңузсуз маалыматыңызды сактай албайбыз; тренерге кагаз тизмеде жазылыңыз.",
        "ru": "Без вашего согласия мы не можем хранить данные; запишитесь у тренера на бумаге.",
        "en": "Without your consent we cannot keep your details; sign the trainer's paper list.",
    },
    "bad_pin": {
        "ky": "PIN-код туура эмес. Тренерден сураңыз.",
        "ru": "Неверный PIN-код. Спросите у тренера.",
        "en": "The PIN is not right. Ask the trainer.",
    },
    "closed": {
        "ky": "Каттоо жабылды. Тренерге кайрылыңыз.",
        "ru": "Регистрация закрыта. Обратитесь к тренеру.",
        "en": "Registration is closed. Please ask the trainer.",
    },
    "busy": {
        "ky": "Азыр өтө көп суроо келди. Бир мүнөттөн кийин кайра аракет кылыңыз.",
        "ru": "Сейчас слишком много запросов. Попробуйте ещё раз через минуту.",
        "en": "Too many requests just now. Please try again in a minute.",
    },
    "full": {
        "ky": "Бул сабакка каттоо толуп калды. Тренерге кайрылыңыз.",
        "ru": "Регистрация на это занятие заполнена. Обратитесь к тренеру.",
        "en": "Registration for this session is full. Please ask the trainer.",
    },
}


def word(lang: str, key: str) -> str:
    return in_language(WORDS[key], lang)
