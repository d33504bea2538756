"""A labelled set of name pairs for the duplicate matcher: (name, name, same person?).

Built by hand from the spelling variants field staff actually produce: Kyrgyz letters
written with Russian ones (ү->у, ө->о, ң->н), soft signs added, Latin transliterations
(passport style, English style, Turkish-keyboard style), surname endings (-ова/-ева,
-ов/-ев/-иев), the Kyrgyz patronymic form (кызы/уулу), word order, look-alike Latin
letters inside Cyrillic words. The negatives are the hard ones: same surname with another
first name, another surname with the same first name, near surnames.
"""

from __future__ import annotations

SAME = True
OTHER = False

PAIRS: list[tuple[str, str, bool]] = [
    # script and transliteration
    ("Айгүл Бекова", "Aigul Bekova", SAME),
    ("Айгүл Бекова", "Айгуль Бекова", SAME),
    ("Айгүл Бекова", "Aygul Bekova", SAME),
    ("Айгүл Бекова", "Aigül Bekova", SAME),
    ("Жылдыз Абдылдаева", "Zhyldyz Abdyldaeva", SAME),
    ("Жылдыз Абдылдаева", "Jyldyz Abdyldaeva", SAME),
    ("Жылдыз Абдылдаева", "Dzhyldyz Abdyldaeva", SAME),
    ("Чолпон Осмонова", "Cholpon Osmonova", SAME),
    ("Чолпон Осмонова", "Čolpon Osmonova", SAME),
    ("Мээрим Сыдыкова", "Meerim Sydykova", SAME),
    ("Мээрим Сыдыкова", "Merim Sydykova", SAME),
    ("Айсулуу Токтогулова", "Aisuluu Toktogulova", SAME),
    ("Айсулуу Токтогулова", "Aysulu Toktogulova", SAME),
    ("Гүлнара Жумабаева", "Gulnara Zhumabaeva", SAME),
    ("Гүлнара Жумабаева", "Гульнара Жумабаева", SAME),
    ("Нургүл Асанова", "Nurgul Asanova", SAME),
    ("Өмүркан Шаршенова", "Omurkan Sharshenova", SAME),
    ("Үмүт Эсенова", "Umut Esenova", SAME),
    ("Жамиля Кадырова", "Zhamilya Kadyrova", SAME),
    ("Жамиля Кадырова", "Jamila Kadyrova", SAME),
    ("Элмира Мамбетова", "Эльмира Мамбетова", SAME),
    ("Асель Исакова", "Asel Isakova", SAME),
    ("Асель Исакова", "Асел Исакова", SAME),
    ("Елена Иванова", "Yelena Ivanova", SAME),
    ("Наталья Петрова", "Natalia Petrova", SAME),
    ("Наталья Петрова", "Natalya Petrova", SAME),
    ("Төлгөнай Теңизбаева", "Tolgonai Tengizbaeva", SAME),
    ("Күмүшай Чоңбаева", "Kumushai Chonbaeva", SAME),
    ("Сүйүмкан Көчкөнбаева", "Suyumkan Kochkonbaeva", SAME),
    ("Бүбүсара Алымова", "Bubusara Alymova", SAME),
    ("Нуриза Ниязова", "Nuriza Niiazova", SAME),
    # endings and the patronymic form
    ("Айгүл Бекова", "Айгүл Бек кызы", SAME),
    ("Жылдыз Абдылдаева", "Жылдыз Абдылдай кызы", SAME),
    ("Азамат Мамбетиев", "Азамат Мамбетов", SAME),
    ("Азамат Мамбетиев", "Azamat Mambet uulu", SAME),
    ("Нурлан Турдубаев", "Нурлан Турдубай уулу", SAME),
    ("Бакыт Осмонов", "Bakyt Osmon uulu", SAME),
    ("Динара Сыдыкова", "Dinara Sydyk kyzy", SAME),
    ("Айбек Жээнбеков", "Aibek Zheenbekov", SAME),
    # word order, look-alikes, spacing and case
    ("Бекова Айгүл", "Aigul Bekova", SAME),
    ("АСАНОВА НУРГҮЛ", "Нургүл Асанова", SAME),
    ("Aйгүл Бекова", "Айгүл Бекова", SAME),  # Latin A
    ("Бермет  Осмонова", "Бермет Осмонова", SAME),
    ("Сaлтанат Мамaтова", "Салтанат Маматова", SAME),  # Latin a twice
    # a typo, a missing middle name
    ("Салтанат Маматова", "Салтанат Маматава", SAME),
    ("Зарина Исакова", "Зарина Исакова Асановна", SAME),
    # other people: same surname, another first name
    ("Айгүл Бекова", "Айгерим Бекова", OTHER),
    ("Айгүл Бекова", "Айжан Бекова", OTHER),
    ("Нургүл Асанова", "Нуриза Асанова", OTHER),
    ("Гүлнара Жумабаева", "Гүлмира Жумабаева", OTHER),
    ("Гүлзат Осмонова", "Гүлнара Осмонова", OTHER),
    ("Айнура Кадырова", "Айпери Кадырова", OTHER),
    ("Жылдыз Абдылдаева", "Динара Абдылдаева", OTHER),
    ("Бакыт Осмонов", "Бакыт Осмонова", SAME),  # the ending alone cannot tell; sex can
    # same first name, another surname
    ("Айгүл Бекова", "Айгүл Бекбаева", OTHER),
    ("Айгүл Бекова", "Айгүл Асанова", OTHER),
    ("Мээрим Сыдыкова", "Мээрим Садыкова", OTHER),
    ("Чолпон Осмонова", "Чолпон Омурова", OTHER),
    ("Асель Исакова", "Асель Искакова", OTHER),
    ("Элмира Мамбетова", "Элмира Маматова", OTHER),
    ("Динара Токтогулова", "Динара Токтобаева", OTHER),
    ("Нурлан Турдубаев", "Нурлан Турсунбаев", OTHER),
    ("Азамат Эсенов", "Азамат Эсенбеков", OTHER),
    ("Aigul Bekova", "Aizhan Bekova", OTHER),
    ("Zarina Isakova", "Zarema Isakova", OTHER),
    ("Татьяна Иванова", "Ирина Иванова", OTHER),
    ("Ольга Петрова", "Ольга Петренко", OTHER),
    ("Сезим Алымова", "Сезим Аманова", OTHER),
]
