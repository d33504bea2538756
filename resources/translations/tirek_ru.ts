<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>, installed bundle</source>
            <translation>, установленная сборка</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>&lt;b&gt;Tirek&lt;/b&gt; {version}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>&lt;b&gt;Tirek&lt;/b&gt; {version}</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>About Tirek</source>
            <translation>О программе Tirek</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Copy details</source>
            <translation>Копировать сведения</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Database schema</source>
            <translation>Схема базы данных</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Home folder</source>
            <translation>Папка данных</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Log file</source>
            <translation>Файл журнала</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Open home folder</source>
            <translation>Открыть папку данных</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Open log folder</source>
            <translation>Открыть папку журнала</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Running on</source>
            <translation>Система</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>This laptop</source>
            <translation>Этот ноутбук</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Trainings, attendance and meetings for women's NGO networks. Works without internet; data travels between laptops as files.</source>
            <translation>Тренинги, посещаемость и встречи для сетей женских НКО. Работает без интернета; данные передаются между ноутбуками в виде файлов.</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>not set up yet</source>
            <translation>ещё не настроен</translation>
        </message>
    </context>
    <context>
        <name>AssessmentComparison</name>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>All regions</source>
            <translation>Все области</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>No assessments yet.</source>
            <translation>Оценок пока нет.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>No organisation of this region has been assessed yet.</source>
            <translation>В этой области пока не оценена ни одна организация.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>One organisation over time</source>
            <translation>Одна организация в динамике</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>Overall</source>
            <translation>Общий балл</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>The organisations of a region</source>
            <translation>Организации области</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>{n} assessments. Overall: {a}% on {d1}, {b}% on {d2}. Scores as a percentage of their scale.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Оценок: {n}. Общий балл: {d1} — {a}%, {d2} — {b}%. Баллы указаны в процентах от шкалы.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>{n} organisations, latest assessment of each: {measure}, % of scale.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Организаций: {n}, последняя оценка каждой: {measure}, % от шкалы.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceKeys</name>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>A</source>
            <translation>Н</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>E</source>
            <translation>Р</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>L</source>
            <translation>О</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>P</source>
            <translation>П</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>X</source>
            <translation>У</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Attended</source>
            <translation>Посещено</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Completion</source>
            <translation>Прохождение</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Consent to data processing, as ticked on the sign-in sheet</source>
            <translation>Согласие на обработку данных, как отмечено в листе регистрации</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Day {n}
{date}
{count} present</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Занятие {n}
{date}
пришли: {count}</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>No mark yet</source>
            <translation>Отметки пока нет</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Keys: {legend}; Space = present; Delete = clear. Saved as you type.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Клавиши: {legend}; Пробел = Присутствие; Delete = очистить. Всё сохраняется сразу при вводе.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Mark everyone present for the selected day</source>
            <translation>Отметить всех присутствующими на выбранном занятии</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Whole day present</source>
            <translation>Все присутствуют</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>(all laptops)</source>
            <translation>(все ноутбуки)</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Audit</source>
            <translation>Аудит</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Laptop</source>
            <translation>Ноутбук</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Laptop:</source>
            <translation>Ноутбук:</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Newer</source>
            <translation>Новее</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Older</source>
            <translation>Старше</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Only this period:</source>
            <translation>Только за период:</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Page {n}: {count} entries</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Страница {n}: записей {count}</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Person id</source>
            <translation>Идентификатор человека</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Person:</source>
            <translation>Человек:</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>When (UTC)</source>
            <translation>Когда (UTC)</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>changed</source>
            <translation>изменено</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>created</source>
            <translation>создано</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>deleted</source>
            <translation>удалено</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>merged</source>
            <translation>объединено</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>to</source>
            <translation>по</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Again:</source>
            <translation>Ещё раз:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Current passphrase:</source>
            <translation>Текущая парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>New passphrase:</source>
            <translation>Новая парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Recovery key:</source>
            <translation>Ключ восстановления:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>The two passphrases differ.</source>
            <translation>Две парольные фразы не совпадают.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Tirek: passphrase</source>
            <translation>Tirek: парольная фраза</translation>
        </message>
    </context>
    <context>
        <name>ConsentBox</name>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>No consent recorded.</source>
            <translation>Согласие не записано.</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Record consent…</source>
            <translation>Записать согласие…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>being contacted</source>
            <translation>связь с ней</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>data processing</source>
            <translation>обработку данных</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>given</source>
            <translation>дано</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>paper sheet</source>
            <translation>бумажный лист</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>paper sheet, before records</source>
            <translation>бумажный лист, до ведения записей</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>photos</source>
            <translation>фото</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>recorded by {who} on {device}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>записал(а) {who} на {device}</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>self-registration</source>
            <translation>самостоятельная регистрация</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>verbal, with a witness</source>
            <translation>устно, при свидетеле</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>withdrawn</source>
            <translation>отозвано</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>witness {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>свидетель {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>{kind}: given</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{kind}: дано</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>{kind}: not given</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{kind}: не дано</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Consent to</source>
            <translation>Согласие на</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>How</source>
            <translation>Как</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Name of the witness (verbal consent)</source>
            <translation>Имя свидетеля (устное согласие)</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Record consent</source>
            <translation>Записать согласие</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Witness</source>
            <translation>Свидетель</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>being contacted</source>
            <translation>связь с ней</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>data processing</source>
            <translation>обработку данных</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>given (clear it for withdrawn or refused)</source>
            <translation>дано (снимите отметку, если отозвано или не дано)</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>paper sheet</source>
            <translation>бумажный лист</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>photos</source>
            <translation>фото</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>self-registration</source>
            <translation>самостоятельная регистрация</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>verbal, with a witness</source>
            <translation>устно, при свидетеле</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>(decide later) </source>
            <translation>(отложено) </translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Decide later</source>
            <translation>Решить позже</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Duplicate people</source>
            <translation>Возможные дубликаты</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Find duplicates</source>
            <translation>Найти дубликаты</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Looking for duplicates…</source>
            <translation>Поиск дубликатов…</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>May be the same as</source>
            <translation>Возможный дубликат</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Merge, keep the first</source>
            <translation>Объединить, оставить первого</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Merge, keep the second</source>
            <translation>Объединить, оставить второго</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Not the same person</source>
            <translation>Разные люди</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Score</source>
            <translation>Сходство</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Why</source>
            <translation>Основания</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>birth year ±1</source>
            <translation>год рождения ±1</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>other birth year</source>
            <translation>другой год рождения</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>other district</source>
            <translation>другой район</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>other phone</source>
            <translation>другой телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same birth year</source>
            <translation>совпадает год рождения</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same district</source>
            <translation>совпадает район</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same name</source>
            <translation>совпадает ФИО</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same organisation</source>
            <translation>совпадает организация</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same phone</source>
            <translation>совпадает телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>similar name</source>
            <translation>похожее ФИО</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>{n} likely pairs among {people} people.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Вероятных пар: {n} (всего людей: {people}).</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Erase for ever</source>
            <translation>Стереть навсегда</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Erase person</source>
            <translation>Стереть человека</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Erasing removes {name}'s name, phone, e-mail, birth date, notes, organisation and district from this laptop and, with the next sync, from every laptop. Her attendance still counts in reports, under an anonymous name. This cannot be undone.

Type her full name to confirm:</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Стирание удалит ФИО, телефон, e-mail, дату рождения, заметки, организацию и район ({name}) с этого ноутбука, а при следующей синхронизации — со всех ноутбуков. Её посещаемость по-прежнему учитывается в отчётах под анонимным именем. Отменить это нельзя.

Для подтверждения введите её ФИО:</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Why, e.g. her written request of 30.11.2026</source>
            <translation>Почему, например: её письменное заявление от 30.11.2026</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>&amp;Finish</source>
            <translation>&amp;Готово</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>&amp;Load demo data to try Tirek out</source>
            <translation>&amp;Загрузить демо-данные, чтобы попробовать Tirek</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Далее &gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Назад</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>For certificates. All of this can be filled in later in Settings.</source>
            <translation>Для сертификатов. Всё это можно заполнить и позже в настройках.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>How this laptop is known to the others in your network.</source>
            <translation>Как этот ноутбук будет называться в вашей сети.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Invented trainings, people and meetings, to practise with. Leave this off on a laptop for real work.</source>
            <translation>Вымышленные тренинги, люди и встречи для практики. Не включайте это на ноутбуке, на котором ведётся настоящая работа.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Ready</source>
            <translation>Всё готово</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>The language of Tirek's windows. You can change it later in Settings.</source>
            <translation>Язык интерфейса Tirek. Его можно изменить позже в настройках.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>This laptop</source>
            <translation>Этот ноутбук</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Tirek is set up. Press Finish to start.</source>
            <translation>Tirek настроен. Нажмите «Готово», чтобы начать работу.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Tirek keeps your trainings, participants, attendance and meeting minutes on this laptop, works without internet, and shares them with your network as files.</source>
            <translation>Tirek хранит ваши тренинги, участников, посещаемость и протоколы встреч на этом ноутбуке, работает без интернета и обменивается ими с вашей сетью через файлы.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Tirek saves a backup of everything every hour and when you close it.</source>
            <translation>Tirek сохраняет резервную копию всех данных каждый час и при закрытии.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Welcome to Tirek</source>
            <translation>Добро пожаловать в Tirek</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Your organisation</source>
            <translation>Ваша организация</translation>
        </message>
    </context>
    <context>
        <name>FollowUpList</name>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Call by</source>
            <translation>Позвонить до</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Called</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Space: called and reached · N: called, not reached · O: record what she went on to do</source>
            <translation>Пробел: дозвонились · N: не дозвонились · O: записать, чего она добилась после</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>not reached</source>
            <translation>не дозвонились</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>reached</source>
            <translation>дозвонились</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTab</name>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Training:</source>
            <translation>Тренинг:</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>{n} months after</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>через {n} мес.</translation>
        </message>
    </context>
    <context>
        <name>FrameworkTab</name>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>&amp;Show</source>
            <translation>&amp;Показать</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>2026, 2026-H1 or 2026-Q3</source>
            <translation>2026, 2026-H1 или 2026-Q3</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Actual</source>
            <translation>Факт</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Baseline</source>
            <translation>Исходное</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>By sex</source>
            <translation>По полу</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>No project yet: add one under Reports first.</source>
            <translation>Проектов пока нет: сначала добавьте проект в разделе «Отчёты».</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Project:</source>
            <translation>Проект:</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Save as &amp;PDF…</source>
            <translation>Сохранить в &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Save as &amp;xlsx…</source>
            <translation>Сохранить в &amp;xlsx…</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Save the framework</source>
            <translation>Сохранить рамку</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Show the &amp;records…</source>
            <translation>Показать &amp;записи…</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Target</source>
            <translation>Целевое</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>This project has no results framework yet (tirek results …).</source>
            <translation>У этого проекта пока нет рамки результатов (tirek results …).</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <location filename="../../app/ui/guide.py" />
            <source>Tirek user guide</source>
            <translation>Руководство пользователя Tirek</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>History</source>
            <translation>История изменений</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Laptop</source>
            <translation>Ноутбук</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>changed</source>
            <translation>изменено</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>created</source>
            <translation>создано</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>deleted</source>
            <translation>удалено</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>merged</source>
            <translation>объединено</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>The passphrase is not right.</source>
            <translation>Парольная фраза неверна.</translation>
        </message>
    </context>
    <context>
        <name>LaterPage</name>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
    </context>
    <context>
        <name>Loader</name>
        <message>
            <location filename="../../app/ui/loading.py" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Recovery key</source>
            <translation>Ключ восстановления</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Write this recovery key down now and give it to your coordinator. It is shown only this once. With it a forgotten passphrase can be replaced.

{key}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Запишите этот ключ восстановления сейчас и передайте его координатору. Он показывается только один раз. С ним можно заменить забытую парольную фразу.

{key}</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Tirek is locked</source>
            <translation>Tirek заблокирован</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Type the passphrase to go on.</source>
            <translation>Введите парольную фразу, чтобы продолжить.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;About Tirek</source>
            <translation>&amp;О программе Tirek</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Import people from a spreadsheet…</source>
            <translation>&amp;Импортировать людей из таблицы…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Undo delete</source>
            <translation>&amp;Отменить удаление</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;User guide</source>
            <translation>&amp;Руководство пользователя</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Verify a certificate…</source>
            <translation>&amp;Проверить сертификат…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Audit</source>
            <translation>Аудит</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Automatic backup failed: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удалось автоматически создать резервную копию: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Backup saved.</source>
            <translation>Резервная копия сохранена.</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Backup saved; the copy to the second folder failed: {why}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Резервная копия сохранена, но скопировать её во вторую папку не удалось: {why}</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Duplicates</source>
            <translation>Дубликаты</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>NAP &amp; capacity</source>
            <translation>НПД и потенциал</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>New &amp;meeting…</source>
            <translation>Создать в&amp;стречу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>New &amp;person…</source>
            <translation>Добавить &amp;человека…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>New &amp;training…</source>
            <translation>Создать &amp;тренинг…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Organisations</source>
            <translation>Организации</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Search people, trainings, meetings  (Ctrl+F)</source>
            <translation>Поиск людей, тренингов, встреч  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Sync</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>This laptop: {name} · {role}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Этот ноутбук: {name} · {role}</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Tirek</source>
            <translation>Tirek</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Trainings</source>
            <translation>Тренинги</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;Actions agreed at this meeting&lt;/b&gt;</source>
            <translation>&lt;b&gt;Поручения, принятые на этой встрече&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;Decisions&lt;/b&gt;</source>
            <translation>&lt;b&gt;Решения&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;From the registry&lt;/b&gt; (Enter adds)</source>
            <translation>&lt;b&gt;Из реестра&lt;/b&gt; (Enter — добавить)</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;Outside guest&lt;/b&gt;</source>
            <translation>&lt;b&gt;Гость не из реестра&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;Still open from earlier meetings of the series&lt;/b&gt;</source>
            <translation>&lt;b&gt;Невыполненные поручения прошлых встреч серии&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Action</source>
            <translation>Поручение</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Action items</source>
            <translation>Поручения</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Add action</source>
            <translation>Добавить поручение</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Add decision</source>
            <translation>Добавить решение</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Add guest</source>
            <translation>Добавить гостя</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Agenda</source>
            <translation>Повестка дня</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Approve minutes</source>
            <translation>Утверждение протокола</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Approve minutes…</source>
            <translation>Утвердить протокол…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Attendees</source>
            <translation>Участники</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Delete decision</source>
            <translation>Удалить решение</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Details</source>
            <translation>Общие сведения</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Due date</source>
            <translation>Срок выполнения</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>From</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Guest's name</source>
            <translation>ФИО гостя</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Meeting: {title}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Встреча: {title}</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Minutes</source>
            <translation>Протокол</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Minutes and decisions</source>
            <translation>Протокол и решения</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Minutes approved by {who} on {when}. They can no longer be changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Протокол утверждён {when} (утвердил(а): {who}). Изменить его уже нельзя.</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>New decision</source>
            <translation>Новое решение</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>New meeting</source>
            <translation>Новая встреча</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Once approved, the minutes can no longer be changed. Approve them now?</source>
            <translation>После утверждения протокол нельзя будет изменить. Утвердить его сейчас?</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Owner from the registry…</source>
            <translation>Выбрать ответственного…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Owner of the action</source>
            <translation>Ответственный за поручение</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Print minutes…</source>
            <translation>Печать протокола…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Role</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Series</source>
            <translation>Серия</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Set status of selected</source>
            <translation>Изменить статус выбранного</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>e.g. Osh NGO forum (links follow-ups)</source>
            <translation>например, Форум НКО в Оше (связывает встречи серии)</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>guest</source>
            <translation>гость</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>registry</source>
            <translation>реестр</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>All kinds</source>
            <translation>Все виды</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Attendees</source>
            <translation>Участники</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Delete meeting…</source>
            <translation>Удалить встречу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Minutes</source>
            <translation>Протокол</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>New meeting…</source>
            <translation>Создать встречу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Search meetings…</source>
            <translation>Поиск встреч…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Series</source>
            <translation>Серия</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>approved</source>
            <translation>утверждён</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>draft</source>
            <translation>черновик</translation>
        </message>
    </context>
    <context>
        <name>MonitoringMatrix</name>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>All regions</source>
            <translation>Все области</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Baseline</source>
            <translation>Исходное</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Double-click an indicator to record progress on it.</source>
            <translation>Дважды щёлкните по индикатору, чтобы внести данные о ходе выполнения.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Months</source>
            <translation>По месяцам</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>No plan yet. Import one: tirek nap import FILE.xlsx</source>
            <translation>Плана пока нет. Импортируйте его командой: tirek nap import ФАЙЛ.xlsx</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Periods</source>
            <translation>Периоды</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Quarters</source>
            <translation>По кварталам</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Q{n} {year}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{n} кв. {year}</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Target</source>
            <translation>Целевое</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>The end of the range is before its start.</source>
            <translation>Конец периода раньше его начала.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Years</source>
            <translation>По годам</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>{n} indicators at the end of the range: {counts}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Индикаторов: {n}; на конец периода: {counts}</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>{status}; {n} progress entries</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{status}; записей о ходе выполнения: {n}</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <location filename="../../app/ui/network/page.py" />
            <source>Capacity assessments</source>
            <translation>Оценка потенциала</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/page.py" />
            <source>NAP 1325 monitoring</source>
            <translation>Мониторинг НПД 1325</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/page.py" />
            <source>Organisations of a region</source>
            <translation>Организации области</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEditor</name>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Contact person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Founding year</source>
            <translation>Год основания</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Members</source>
            <translation>Число членов</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>New organisation</source>
            <translation>Новая организация</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Relation to the network</source>
            <translation>Статус в сети</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message numerus="yes">
            <location filename="../../app/ui/organisations.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n человек</numerusform>
                <numerusform>%n человека</numerusform>
                <numerusform>%n человек</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>&lt;b&gt;People&lt;/b&gt;</source>
            <translation>&lt;b&gt;Люди&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>&lt;b&gt;Trainings&lt;/b&gt;</source>
            <translation>&lt;b&gt;Тренинги&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Choose an organisation in the list</source>
            <translation>Выберите организацию в списке</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Edit organisation…</source>
            <translation>Изменить организацию…</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>New organisation…</source>
            <translation>Создать организацию…</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Search organisations…</source>
            <translation>Поиск организаций…</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Starts</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Their people</source>
            <translation>От организации</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Training</source>
            <translation>Тренинг</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>What she went on to do</source>
            <translation>Чего она добилась после</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTab</name>
        <message numerus="yes">
            <location filename="../../app/ui/trainings/editor.py" />
            <source>%n participants</source>
            <translation>
                <numerusform>%n участник</numerusform>
                <numerusform>%n участника</numerusform>
                <numerusform>%n участников</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>&lt;b&gt;Enrol from the registry&lt;/b&gt; (Enter enrols)</source>
            <translation>&lt;b&gt;Записать из реестра&lt;/b&gt; (Enter — записать)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Born</source>
            <translation>Год рожд.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Enrol selected</source>
            <translation>Записать выбранного</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Quick add a new person…</source>
            <translation>Быстро добавить человека…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Remove from training</source>
            <translation>Убрать из тренинга</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Again:</source>
            <translation>Ещё раз:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Kept in the system's credential store; anyone who can log in here can open Tirek.</source>
            <translation>Хранится в хранилище учётных данных системы; любой, кто может войти на этот компьютер, сможет открыть Tirek.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Opening Tirek…</source>
            <translation>Открытие Tirek…</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Passphrase:</source>
            <translation>Парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Remember on this computer</source>
            <translation>Запомнить на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>The two passphrases differ.</source>
            <translation>Две парольные фразы не совпадают.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Tirek keeps its database encrypted. Choose a passphrase of at least 8 characters: it is asked when Tirek starts.</source>
            <translation>Tirek хранит свою базу данных в зашифрованном виде. Выберите парольную фразу не короче 8 символов: она спрашивается при запуске Tirek.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Tirek: passphrase</source>
            <translation>Tirek: парольная фраза</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Type the passphrase of Tirek's database.</source>
            <translation>Введите парольную фразу базы данных Tirek.</translation>
        </message>
    </context>
    <context>
        <name>PeopleImportDialog</name>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>(leave this row out)</source>
            <translation>(не импортировать эту строку)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>(not imported)</source>
            <translation>(не импортировать)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>A new person</source>
            <translation>Новый человек</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Check again</source>
            <translation>Проверить снова</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Checking…</source>
            <translation>Проверка…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Choose a file…</source>
            <translation>Выбрать файл…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Columns of the file and the Tirek field each one fills:</source>
            <translation>Столбцы файла и поля Tirek, в которые они попадут:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Consent to photos</source>
            <translation>Согласие на фото</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Consent to store data</source>
            <translation>Согласие на хранение данных</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Given name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Import all</source>
            <translation>Импортировать все строки</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Import people</source>
            <translation>Импорт людей</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Import the good rows only</source>
            <translation>Импортировать только строки без ошибок</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Imported {n} people; {linked} already registered, {undecided} undecided and {skipped} rows with problems left out.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Импортировано людей: {n}; уже в реестре: {linked}, не решено: {undecided}, строк с ошибками пропущено: {skipped}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Is this person…</source>
            <translation>Это…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Name in the file</source>
            <translation>Имя в файле</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>No file chosen.</source>
            <translation>Файл не выбран.</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Nothing changed: {linked} rows are people already in the registry.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Ничего не изменилось: строк, где люди уже есть в реестре: {linked}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Patronymic</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Possibly already in the registry (decide each):</source>
            <translation>Возможно, уже в реестре (решите по каждому):</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Таблицы (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Surname</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>The registered {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} из реестра</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>The registered {name} ({facts})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} из реестра ({facts})</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Tirek ID</source>
            <translation>ID в Tirek</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Washington Group: {domain}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Вашингтонская группа: {domain}</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Year of birth</source>
            <translation>Год рождения</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>row {row}: already in the registry (linked, nothing added)</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>строка {row}: уже в реестре (связано, ничего не добавлено)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>row {row}: the same person as row {other}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>строка {row}: тот же человек, что в строке {other}</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>{ready} rows ready: {new} new, {known} already in the registry, {maybe} possibly registered, {repeated} repeated; {bad} rows with problems.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Строк готово: {ready}: новых {new}, уже в реестре {known}, возможно в реестре {maybe}, повторов {repeated}; строк с ошибками: {bad}.</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message numerus="yes">
            <location filename="../../app/ui/people/page.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n человек</numerusform>
                <numerusform>%n человека</numerusform>
                <numerusform>%n человек</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>New person…</source>
            <translation>Добавить человека…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Search people by name or phone…</source>
            <translation>Поиск людей по имени или телефону…</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Consents</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Erase person…</source>
            <translation>Стереть человека…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>New person</source>
            <translation>Добавление человека</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Person</source>
            <translation>Карточка человека</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Surname and given name</source>
            <translation>Фамилия и имя</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Year of birth</source>
            <translation>Год рождения</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>e.g. 1985</source>
            <translation>например, 1985</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>to be photographed</source>
            <translation>на фотосъёмку</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>to store their data</source>
            <translation>на хранение данных</translation>
        </message>
    </context>
    <context>
        <name>PersonPanel</name>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>&lt;b&gt;Meetings&lt;/b&gt;</source>
            <translation>&lt;b&gt;Встречи&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>&lt;b&gt;Trainings&lt;/b&gt;</source>
            <translation>&lt;b&gt;Тренинги&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Attended</source>
            <translation>Посещено</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Choose a person in the list</source>
            <translation>Выберите человека в списке</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Delete person…</source>
            <translation>Удалить человека…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Edit person…</source>
            <translation>Изменить данные…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Starts</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Training</source>
            <translation>Тренинг</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Year of birth</source>
            <translation>Год рождения</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>{n} of {m}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{n} из {m}</translation>
        </message>
    </context>
    <context>
        <name>PrintCertificatesDialog</name>
        <message numerus="yes">
            <location filename="../../app/ui/documents/certificates.py" />
            <source>%n certificate(s) saved in %1.</source>
            <translation>
                <numerusform>%n сертификат сохранён в %1.</numerusform>
                <numerusform>%n сертификата сохранены в %1.</numerusform>
                <numerusform>%n сертификатов сохранено в %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/documents/certificates.py" />
            <source>%n participant(s) earned a certificate.</source>
            <translation>
                <numerusform>Сертификат получает %n участник.</numerusform>
                <numerusform>Сертификат получают %n участника.</numerusform>
                <numerusform>Сертификат получают %n участников.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Attended</source>
            <translation>Посещено</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Certificates</source>
            <translation>Сертификаты</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Decided by hand</source>
            <translation>Решено вручную</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Excluded: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Исключён(а): {reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Exclude…</source>
            <translation>Исключить…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Folder</source>
            <translation>Папка</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Included: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Включён(а): {reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Include…</source>
            <translation>Включить…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Kyrgyz</source>
            <translation>Кыргызский</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Kyrgyz and Russian</source>
            <translation>Кыргызский и русский</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Let the rule decide</source>
            <translation>Решать по правилу</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>One PDF per person, in a folder</source>
            <translation>Отдельный PDF на каждого, в папку</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>One PDF with all certificates</source>
            <translation>Один PDF со всеми сертификатами</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>PDF (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Print certificates</source>
            <translation>Печать сертификатов</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Printing certificates…</source>
            <translation>Печать сертификатов…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Save certificates</source>
            <translation>Сохранить сертификаты</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Save to</source>
            <translation>Куда сохранить</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Why does {name} get a certificate anyway?</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Почему {name} всё же получает сертификат?</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Why does {name} not get a certificate?</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Почему {name} не получает сертификат?</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>{path} already exists. Replace it?</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} уже существует. Заменить?</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>From the value</source>
            <translation>По значению</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Narrative</source>
            <translation>Пояснение</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>National (no region)</source>
            <translation>Национальный уровень (без области)</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Progress on {code}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Ход выполнения: {code}</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>a number, e.g. 120</source>
            <translation>число, например 120</translation>
        </message>
    </context>
    <context>
        <name>QuickAddDialog</name>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Add new person</source>
            <translation>Добавить нового человека</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Discard the person you were typing?</source>
            <translation>Отбросить человека, которого вы вводили?</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Quick add a person</source>
            <translation>Быстрое добавление человека</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Similar people are already registered:</source>
            <translation>Похожие люди уже есть в реестре:</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Use the selected person</source>
            <translation>Использовать выбранную запись</translation>
        </message>
    </context>
    <context>
        <name>RegionOrganisations</name>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Assessments</source>
            <translation>Оценки</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Latest score, %</source>
            <translation>Последний балл, %</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Members</source>
            <translation>Число членов</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Network</source>
            <translation>Сеть</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Trainings attended</source>
            <translation>Посещено тренингов</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>{n} organisations</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Организаций: {n}</translation>
        </message>
    </context>
    <context>
        <name>RegionTiles</name>
        <message>
            <location filename="../../app/ui/results/regions.py" />
            <source>trainings · people trained · outcomes</source>
            <translation>тренинги · обученные · результаты</translation>
        </message>
    </context>
    <context>
        <name>RegistrationDialog</name>
        <message numerus="yes">
            <location filename="../../app/ui/trainings/registration.py" />
            <source>%n registrations waiting for you</source>
            <translation>
                <numerusform>%n регистрация ждёт вашего подтверждения</numerusform>
                <numerusform>%n регистрации ждут вашего подтверждения</numerusform>
                <numerusform>%n регистраций ждут вашего подтверждения</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>A new person</source>
            <translation>Новый человек</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Born</source>
            <translation>Год рожд.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Close registration</source>
            <translation>Закрыть регистрацию</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Confirm (Enter)</source>
            <translation>Подтвердить (Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>In the registry</source>
            <translation>В реестре</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Open for {min} more minutes</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Открыто ещё {min} мин.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>PIN: {pin}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>PIN-код: {pin}</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Participants connect their phones to this laptop's Wi-Fi (or the venue's), scan the code or type the address, and enter the PIN. Nothing they send is kept until you confirm it here.</source>
            <translation>Участники подключают телефоны к Wi-Fi этого ноутбука (или площадки), сканируют код или набирают адрес и вводят PIN-код. Ничего из отправленного не сохраняется, пока вы не подтвердите это здесь.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Registration could not start.</source>
            <translation>Не удалось начать регистрацию.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Registration is closed.</source>
            <translation>Регистрация закрыта.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Registration: {title}, {date}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Регистрация: {title}, {date}</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Reject (Delete)</source>
            <translation>Отклонить (Delete)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Same as the registered person</source>
            <translation>Это человек из реестра</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Starting…</source>
            <translation>Запуск…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>looking in the registry…</source>
            <translation>поиск в реестре…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>maybe the same as {name}? (new unless you say so)</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>возможно, это {name}? (иначе — новый человек)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>new person</source>
            <translation>новый человек</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>registered: {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>в реестре: {name}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>(all projects)</source>
            <translation>(все проекты)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Age bands:</source>
            <translation>Возрастные группы:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>As it will leave the office (small numbers hidden)</source>
            <translation>Как уйдёт из офиса (малые числа скрыты)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Completed</source>
            <translation>Завершили</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Completion rate</source>
            <translation>Доля завершивших</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Counting…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Donor reports</source>
            <translation>Отчёты для доноров</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Figure</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Kyrgyz</source>
            <translation>Кыргызский</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Only this period:</source>
            <translation>Только за период:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>PDF (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Participations</source>
            <translation>Всего участий</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Place names in:</source>
            <translation>Язык названий мест:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Preview</source>
            <translation>Показать</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Project:</source>
            <translation>Проект:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Save as Excel…</source>
            <translation>Сохранить в Excel…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Save as PDF…</source>
            <translation>Сохранить в PDF…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Save report</source>
            <translation>Сохранить отчёт</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Saved: {path}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Summary</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Unique people</source>
            <translation>Уникальные участники</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Writing the report…</source>
            <translation>Создание отчёта…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>{n} trainings, {p} participations, {u} people.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Тренингов: {n}, участий: {p}, человек: {u}.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Follow-up</source>
            <translation>Обратная связь</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Knowledge tests</source>
            <translation>Тесты знаний</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Regions</source>
            <translation>Регионы</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Results framework</source>
            <translation>Рамка результатов</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <location filename="../../app/ui/runner.py" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../app/ui/runner.py" />
            <source>Please wait</source>
            <translation>Подождите</translation>
        </message>
        <message>
            <location filename="../../app/ui/runner.py" />
            <source>Working…</source>
            <translation>Выполняется…</translation>
        </message>
    </context>
    <context>
        <name>SavedPanel</name>
        <message>
            <location filename="../../app/ui/documents/done.py" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/done.py" />
            <source>Show in folder</source>
            <translation>Показать в папке</translation>
        </message>
    </context>
    <context>
        <name>ScoresGrid</name>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>No one has both scores yet.</source>
            <translation>Пока нет участников с обоими баллами.</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>Type a score and press Enter: the next participant is ready. Tab: the other column. Delete: clear.</source>
            <translation>Введите балл и нажмите Enter — следующий участник готов. Tab: другой столбец. Delete: очистить.</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>not recorded</source>
            <translation>не указано</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>{group}: {share}%</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{group}: {share}%</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>{n} with both scores · average {pre} → {post} ({gain}) · knowledge rose for {share}% ({sexes})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>с обоими баллами: {n} · в среднем {pre} → {post} ({gain}) · знания выросли у {share}% ({sexes})</translation>
        </message>
    </context>
    <context>
        <name>ScoresModel</name>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>After (of {max})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>После (из {max})</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>Before (of {max})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>До (из {max})</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>Gain</source>
            <translation>Прирост</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>{text} is not a score: type a number.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{text} — не балл: введите число.</translation>
        </message>
    </context>
    <context>
        <name>ScoresTab</name>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>&amp;Give a test at this training…</source>
            <translation>&amp;Провести тест на этом тренинге…</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Give a test</source>
            <translation>Провести тест</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Test:</source>
            <translation>Тест:</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Training:</source>
            <translation>Тренинг:</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Details</source>
            <translation>Сведения</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Found</source>
            <translation>Найдено</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Found for “{text}”</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Найдено по запросу «{text}»</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Nothing found for “{text}”</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>По запросу «{text}» ничего не найдено</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Trainings</source>
            <translation>Тренинги</translation>
        </message>
    </context>
    <context>
        <name>SessionsTab</name>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add day</source>
            <translation>Добавить занятие</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add the training's days first.</source>
            <translation>Сначала добавьте дни тренинга.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Choose a day in the list first.</source>
            <translation>Сначала выберите занятие в списке.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Delete day</source>
            <translation>Удалить занятие</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Delete this day and its attendance marks?</source>
            <translation>Удалить это занятие вместе с отметками о присутствии?</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>From</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>HH:MM</source>
            <translation>ЧЧ:ММ</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Print sign-in sheet…</source>
            <translation>Печать листа регистрации…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Registration</source>
            <translation>Регистрация</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Registration from phones…</source>
            <translation>Регистрация с телефонов…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Save changes to this day</source>
            <translation>Сохранить изменения занятия</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Sign-in sheet</source>
            <translation>Лист регистрации</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>There is already a day on {date}{time}. Add another one? (Two identical days mean nobody attends every session.)</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Занятие {date}{time} уже есть. Добавить ещё одно? (При двух одинаковых занятиях никто не посетит все занятия.)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>To</source>
            <translation>Конец</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>worked out from the times if empty</source>
            <translation>если пусто, считается по времени начала и конца</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Certificates</source>
            <translation>Сертификаты</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Change the passphrase…</source>
            <translation>Сменить парольную фразу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Interface</source>
            <translation>Интерфейс</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>New passphrase with the recovery key…</source>
            <translation>Новая парольная фраза по ключу восстановления…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>This laptop</source>
            <translation>Этот ноутбук</translation>
        </message>
    </context>
    <context>
        <name>SetupFields</name>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Организация:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>&amp;Role:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>&amp;Second folder:</source>
            <translation>&amp;Вторая папка:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>As printed on certificates</source>
            <translation>Как на сертификатах</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Backups are always kept in Tirek's own folder. A copy can also go to a second folder, e.g. on a USB stick.</source>
            <translation>Резервные копии всегда хранятся в папке Tirek. Копию можно также сохранять во вторую папку, например на флешку.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Choose the organisation's logo</source>
            <translation>Выберите логотип организации</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Choose the second folder for backups</source>
            <translation>Выберите вторую папку для резервных копий</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Every laptop of your network uses the same one: paste the invitation code your coordinator gave you (or the path of the invitation file). Only the coordinator's first laptop starts a new network.</source>
            <translation>Все ноутбуки сети используют одно и то же: вставьте код приглашения от координатора (или путь к файлу приглашения). Новую сеть начинает только первый ноутбук координатора.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Laptop &amp;name:</source>
            <translation>&amp;Имя ноутбука:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Lo&amp;go:</source>
            <translation>Лого&amp;тип:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Network &amp;invitation:</source>
            <translation>&amp;Приглашение в сеть:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Other laptops see this name on the files you send, e.g. Osh-1 or Naryn-Aida.</source>
            <translation>Это имя увидят другие ноутбуки на файлах, которые вы отправляете. Например: Ош-1 или Нарын-Аида.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Изображения (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Printed on certificates (PNG or JPEG).</source>
            <translation>Печатается на сертификатах (PNG или JPEG).</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Start a &amp;new network (coordinators only)</source>
            <translation>Начать &amp;новую сеть (только координаторы)</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>e.g. 0A0B0C-0D…</source>
            <translation>например, 0A0B0C-0D…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>e.g. Osh-1</source>
            <translation>например, Ош-1</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <location filename="../../app/ui/app.py" />
            <source>Loading demo data…</source>
            <translation>Загрузка демо-данных…</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Applying held files</source>
            <translation>Загрузка отложенных файлов</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Approve sender…</source>
            <translation>Одобрить отправителя…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Approved</source>
            <translation>Одобрен</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>By</source>
            <translation>Автор</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Conflict settled; the decision travels with the next sync.</source>
            <translation>Конфликт решён. Решение попадёт на другие ноутбуки при следующей синхронизации.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Conflicts to review</source>
            <translation>Конфликты, требующие решения</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Copy the changes to the person kept</source>
            <translation>Перенести изменения в оставленную запись</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Delete the records too</source>
            <translation>Удалить и эти записи</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Dismiss them</source>
            <translation>Отклонить их</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Drop sync files here to import them.</source>
            <translation>Перетащите сюда файлы обмена, чтобы загрузить их.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Export for…</source>
            <translation>Выгрузить для ноутбука…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Exporting</source>
            <translation>Выгрузка</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>From</source>
            <translation>От кого</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Held until the sender is approved</source>
            <translation>Ожидают одобрения отправителя</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>History of this record…</source>
            <translation>История изменений…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Import sync files</source>
            <translation>Загрузить файлы обмена</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Importing</source>
            <translation>Загрузка</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Import…</source>
            <translation>Загрузить…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep as an amendment</source>
            <translation>Оставить как поправку</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep it deleted</source>
            <translation>Оставить удалённой</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep selected value</source>
            <translation>Оставить выбранное значение</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep the selected person</source>
            <translation>Оставить выбранного человека</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep typed value</source>
            <translation>Оставить введённое значение</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Key</source>
            <translation>Ключ</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Laptop</source>
            <translation>Ноутбук</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Laptops</source>
            <translation>Ноутбуки</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Last file for it</source>
            <translation>Последний файл для него</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Last file from it</source>
            <translation>Последний файл от него</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Nothing new.</source>
            <translation>Ничего нового.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Received</source>
            <translation>Получен</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Reject, keep approved text</source>
            <translation>Отклонить, оставить утверждённый текст</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Restore the deleted record</source>
            <translation>Восстановить удалённую запись</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Restore the record</source>
            <translation>Восстановить запись</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Saving</source>
            <translation>Сохранение</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Shared sync folder</source>
            <translation>Общая папка синхронизации</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Shared sync folder (Dropbox, Drive, a USB stick)</source>
            <translation>Общая папка синхронизации (Dropbox, Drive, флешка)</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Shown value</source>
            <translation>Текущее значение</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Sync now</source>
            <translation>Синхронизировать</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Syncing</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>This laptop: {name}, key {key}. State digest {digest}…</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Этот ноутбук: {name}, ключ {key}. Контрольная сумма состояния {digest}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>This laptop: {name}, key {key}. State digest: being computed…</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Этот ноутбук: {name}, ключ {key}. Дайджест состояния: вычисляется…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Tirek sync files (*{s})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файлы обмена Tirek (*{s})</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Write the sync file into</source>
            <translation>Папка для файла обмена</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Wrote {n} changes for the others.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Для других ноутбуков записано изменений: {n}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Wrote {path}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файл записан: {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>deleted, but edited elsewhere</source>
            <translation>удалено, но изменено на другом ноутбуке</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>deleted, but records were added under it elsewhere</source>
            <translation>удалена, но на другом ноутбуке к ней добавлены записи</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>merged into another person, but edited elsewhere</source>
            <translation>объединена с другим человеком, но изменена на другом ноутбуке</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>merged into each other on two laptops</source>
            <translation>объединены друг с другом на двух ноутбуках</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>not yet</source>
            <translation>пока нет</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>retired</source>
            <translation>выведен из работы</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>{field}: changed elsewhere after approval</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{field}: изменено на другом ноутбуке после утверждения</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>{file}: held until {who} is approved.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{file}: отложен до одобрения отправителя {who}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>{file}: refused. {why}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{file}: отклонён. {why}</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>{file}: {new} new changes from {who}, {conflicts} conflicts.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{file}: новых изменений от {who}: {new}, конфликтов: {conflicts}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>…or type the right value</source>
            <translation>…или введите правильное значение</translation>
        </message>
    </context>
    <context>
        <name>TargetChart</name>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Actual</source>
            <translation>Факт</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Choose an indicator.</source>
            <translation>Выберите индикатор.</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Target</source>
            <translation>Целевое</translation>
        </message>
    </context>
    <context>
        <name>TraceDialog</name>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Detail</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>The records behind a number</source>
            <translation>Записи, стоящие за числом</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>{code} {name}, {period}: {value}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{code} {name}, {period}: {value}</translation>
        </message>
    </context>
    <context>
        <name>TrainingEditor</name>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add a new person…</source>
            <translation>Добавить нового человека…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add a trainer</source>
            <translation>Выбор тренера</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add trainer…</source>
            <translation>Добавить тренера…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Attendance</source>
            <translation>Посещаемость</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Days</source>
            <translation>Занятия</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Days, Participants and Attendance open once the details are saved: fill in the title and dates, then Save (Ctrl+S).</source>
            <translation>Вкладки «Занятия», «Участники» и «Посещаемость» откроются, когда общие сведения будут сохранены: заполните название и даты и нажмите «Сохранить» (Ctrl+S).</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Details</source>
            <translation>Общие сведения</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>End date</source>
            <translation>Дата окончания</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>New training</source>
            <translation>Новый тренинг</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Print certificates…</source>
            <translation>Печать сертификатов…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Save the details first (Ctrl+S)</source>
            <translation>Сначала сохраните общие сведения (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Start date</source>
            <translation>Дата начала</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Threshold (%)</source>
            <translation>Порог (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Topics</source>
            <translation>Темы</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Trainers</source>
            <translation>Тренеры</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Training</source>
            <translation>Тренинг</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Training: {title}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Тренинг: {title}</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Venue</source>
            <translation>Место проведения</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
    </context>
    <context>
        <name>TrainingsModel</name>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Days</source>
            <translation>Занятий</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
    </context>
    <context>
        <name>TrainingsPage</name>
        <message numerus="yes">
            <location filename="../../app/ui/trainings/page.py" />
            <source>%n trainings</source>
            <translation>
                <numerusform>%n тренинг</numerusform>
                <numerusform>%n тренинга</numerusform>
                <numerusform>%n тренингов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>&lt;h3&gt;No trainings here yet&lt;/h3&gt;&lt;p&gt;1. &lt;b&gt;New training…&lt;/b&gt; (Ctrl+N): the title and dates, then Save.&lt;/p&gt;&lt;p&gt;2. &lt;b&gt;Days&lt;/b&gt;: Add day for each day of the training.&lt;/p&gt;&lt;p&gt;3. Participants register themselves from their phones (&lt;b&gt;Registration from phones…&lt;/b&gt; on the Days tab), or type the paper list under &lt;b&gt;Participants&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;4. &lt;b&gt;Attendance&lt;/b&gt;, then &lt;b&gt;Print certificates…&lt;/b&gt;; &lt;b&gt;Sync&lt;/b&gt; sends everything to the coordinator.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Тренингов пока нет&lt;/h3&gt;&lt;p&gt;1. &lt;b&gt;Создать тренинг…&lt;/b&gt; (Ctrl+N): название и даты, затем «Сохранить».&lt;/p&gt;&lt;p&gt;2. &lt;b&gt;Занятия&lt;/b&gt;: «Добавить занятие» для каждого дня тренинга.&lt;/p&gt;&lt;p&gt;3. Участники регистрируются сами с телефонов (&lt;b&gt;Регистрация с телефонов…&lt;/b&gt; на вкладке «Занятия») или введите бумажный список на вкладке &lt;b&gt;Участники&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;4. &lt;b&gt;Посещаемость&lt;/b&gt;, затем &lt;b&gt;Печать сертификатов…&lt;/b&gt;; &lt;b&gt;Синхронизация&lt;/b&gt; передаёт всё координатору.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>All projects</source>
            <translation>Все проекты</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>All regions</source>
            <translation>Все области</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>All topics</source>
            <translation>Все темы</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Dates:</source>
            <translation>Даты:</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Delete training…</source>
            <translation>Удалить тренинг…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>New training…</source>
            <translation>Создать тренинг…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Only mine</source>
            <translation>Только мои</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Search titles…</source>
            <translation>Поиск по названию…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Trainings entered on this laptop</source>
            <translation>Тренинги, внесённые на этом ноутбуке</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Trainings that end on or after this day</source>
            <translation>Тренинги, которые заканчиваются в этот день или позже</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Trainings that start on or before this day</source>
            <translation>Тренинги, которые начинаются в этот день или раньше</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Write the date as YYYY-MM-DD</source>
            <translation>Введите дату в виде ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
    </context>
    <context>
        <name>UndoDelete</name>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Bring back what was just deleted (Ctrl+Z)</source>
            <translation>Вернуть только что удалённое (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Delete the meeting {name} with its attendees, decisions and action items? You can undo this right after (Ctrl+Z).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Удалить встречу {name} вместе с участниками, решениями и поручениями? Сразу после этого удаление можно отменить (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Delete the training {name} with its days, participants and attendance? You can undo this right after (Ctrl+Z).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Удалить тренинг {name} вместе с днями, участниками и посещаемостью? Сразу после этого удаление можно отменить (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Delete {name} from the registry? You can undo this right after (Ctrl+Z).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Удалить {name} из реестра? Сразу после этого удаление можно отменить (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Deleted: {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Удалено: {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Restored: {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Восстановлено: {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <location filename="../../app/ui/documents/verify.py" />
            <source>Check</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/verify.py" />
            <source>Check a certificate</source>
            <translation>Проверка сертификата</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/verify.py" />
            <source>No certificate code was found in %1.</source>
            <translation>В файле %1 не найден код сертификата.</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/verify.py" />
            <source>Type the code printed under “Verification code”, or drop the PDF here.</source>
            <translation>Введите код, напечатанный под надписью «Код проверки», или перетащите сюда PDF-файл.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>A network id is 8 characters, digits 0-9 and letters A-F (e.g. 3FA219C0).</source>
            <translation>Идентификатор сети состоит из 8 символов: цифры 0-9 и буквы A-F (например, 3FA219C0).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>A record cannot be merged into itself.</source>
            <translation>Нельзя объединить запись саму с собой.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>A score goes from 0 to {max}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Балл — от 0 до {max}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <source>A session on {day} would fall outside the new dates. Move it first.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Занятие {day} окажется за пределами новых дат тренинга. Сначала перенесите его.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>A test needs at least one question.</source>
            <translation>В тесте должен быть хотя бы один вопрос.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Action</source>
            <translation>Поручение</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Assessor</source>
            <translation>Оценщик</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Baseline</source>
            <translation>Исходное</translation>
        </message>
        <message>
            <location filename="../../app/documents/certificates.py" />
            <source>Cannot make the folder {path}: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удалось создать папку {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>Cannot read the file ({reason}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удаётся прочитать файл ({reason}).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <location filename="../../app/documents/verify_pdf.py" />
            <source>Cannot read {path}: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удаётся прочитать {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/documents/layout.py" />
            <source>Cannot save {path}: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удалось сохранить {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>Cannot use the folder {path}: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удаётся использовать папку {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>Cannot write to the folder {path}. Choose another one.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Нет доступа на запись в папку {path}. Выберите другую папку.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} (version {version}) is genuine but was corrected: the current version is {current_version}, code {current}, issued on {date}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Сертификат {number} (версия {version}) подлинный, но исправлен: действующая версия {current_version}, код {current}, выдана {date}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} has been altered: its details no longer match what {issuer} signed. Do not accept it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Сертификат № {number} изменён: его данные не совпадают с тем, что подписал ноутбук «{issuer}». Не принимайте его.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} is a draft printed by {issuer}: no coordinator has signed it yet, so it is not valid.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Сертификат {number} — черновик, напечатанный на {issuer}: координатор ещё не подписал его, поэтому он недействителен.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} is genuine: issued to {name}, signed by {issuer}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Сертификат {number} подлинный: выдан {name}, подписан {issuer}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} is not in this laptop's register yet: sync with the coordinator, or scan the QR code.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Сертификата {number} пока нет в реестре этого ноутбука: синхронизируйтесь с координатором или отсканируйте QR-код.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} was issued in another network ({network}); this laptop belongs to network {mine} and cannot vouch for it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Сертификат {number} выдан в другой сети ({network}); этот ноутбук принадлежит сети {mine} и не может за него поручиться.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} was revoked on {date} by {by}: {reason}. Do not accept it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Сертификат {number} отозван {date}, {by}: {reason}. Не принимайте его.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} was signed by a laptop this one does not know (key {key}). Sync with the coordinator, then check again.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Сертификат {number} подписан ноутбуком, неизвестным этому (ключ {key}). Синхронизируйтесь с координатором и проверьте снова.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} was signed by {issuer}, whose right to issue certificates was withdrawn from {since} ({reason}). Do not accept it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Сертификат {number} подписан {issuer}, у которого право выдачи сертификатов отозвано с {since} ({reason}). Не принимайте его.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Changed on another laptop after the minutes were approved; the approved text stays shown: keep the change as an amendment (--accept) or reject it (--reject).</source>
            <translation>Изменено на другом ноутбуке после утверждения протокола; показан утверждённый текст: оставьте изменение как поправку (--accept) или отклоните его (--reject).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/reports.py" />
            <source>Choose a project or a period for the report.</source>
            <translation>Выберите проект или период для отчёта.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>Choose a shorter range or longer periods.</source>
            <translation>Выберите более короткий диапазон или более длинные периоды.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>Choose one of the languages offered.</source>
            <translation>Выберите один из предложенных языков.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Choose one of the records merged into each other: {ids}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Выберите одну из записей, объединённых друг с другом: {ids}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>Choose the framework version.</source>
            <translation>Выберите версию методики.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>Choose the organisation.</source>
            <translation>Выберите организацию.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>Choose the {label}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Выберите значение в поле «{label}».</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>Choose two different people.</source>
            <translation>Выберите двух разных людей.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>Consent cannot be dated in the future ({value}): give the day she gave it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Согласие не может быть датировано будущим числом ({value}): укажите день, когда она его дала.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>Consent given verbally needs the name of a witness.</source>
            <translation>Для устного согласия нужно имя свидетеля.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Contact person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <location filename="../../app/core/encrypt.py" />
            <source>Could not encrypt the database: the copy differs. Nothing was changed.</source>
            <translation>Не удалось зашифровать базу данных: копия отличается. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>Could not make a backup in {folder}: {reason}. Your data is unchanged.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удалось создать резервную копию в папке {folder}: {reason}. Ваши данные не изменились.</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>Could not restore {file}: {reason}. Close every Tirek window and try again.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удалось восстановить {file}: {reason}. Закройте все окна Tirek и попробуйте снова.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>Could not save the settings: {reason}. Nothing was changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удалось сохранить настройки: {reason}. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>Could not save: {reason}. Nothing of this change was saved; earlier work is safe.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удалось сохранить: {reason}. Это изменение не сохранено; ранее сохранённые данные не пострадали.</translation>
        </message>
        <message>
            <location filename="../../app/core/database.py" />
            <source>Could not update the database ({reason}). Nothing was changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удалось обновить базу данных ({reason}). Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Date of the call</source>
            <translation>Дата звонка</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Deleted on one laptop but changed on another: restore it or keep it deleted.</source>
            <translation>Удалено на одном ноутбуке, но изменено на другом: восстановите или оставьте удалённым.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Deleted on one laptop while records under it were added or changed on another: restore it (--restore) or delete them too (--keep-deleted).</source>
            <translation>Удалено на одном ноутбуке, а на другом к нему добавлены или изменены записи: восстановите его (--restore) или удалите и их (--keep-deleted).</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Different values were entered on different laptops; one is shown for now.</source>
            <translation>На разных ноутбуках введены разные значения; пока показано одно из них.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Dimension</source>
            <translation>Измерение</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Donor</source>
            <translation>Донор</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Due date</source>
            <translation>Срок выполнения</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>E-mail</source>
            <translation>Электронная почта</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>End date</source>
            <translation>Дата окончания</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>English name</source>
            <translation>Название на английском</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>Every question needs its text.</source>
            <translation>У каждого вопроса должен быть текст.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>First year</source>
            <translation>Первый год</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/outcomes.py" />
            <source>Follow-up is 3 or 6 months after a training.</source>
            <translation>Обратная связь — через 3 или 6 месяцев после тренинга.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/outcomes.py" />
            <source>Follow-up is {options} months after a training.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Обратная связь — через {options} месяцев после тренинга.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Founding year</source>
            <translation>Год основания</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>Give a reason for including or excluding this person.</source>
            <translation>Укажите причину, по которой этот человек включён или исключён.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>Give a reason for revoking the certificate.</source>
            <translation>Укажите причину отзыва сертификата.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>Give a reason.</source>
            <translation>Укажите причину.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>Give a value or a status.</source>
            <translation>Укажите значение или статус.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>Give the start and the end of the period.</source>
            <translation>Укажите начало и конец периода.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Give the value to keep (--value).</source>
            <translation>Укажите значение, которое нужно оставить (--value).</translation>
        </message>
        <message>
            <location filename="../../app/core/identity.py" />
            <source>Give this laptop a name, e.g. Osh-1.</source>
            <translation>Укажите имя ноутбука, например Ош-1.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Guest's name</source>
            <translation>Имя гостя</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Highest score</source>
            <translation>Наивысший балл</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Indicator no.</source>
            <translation>№ индикатора</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>Keep at least one daily backup.</source>
            <translation>Нужно хранить хотя бы одну ежедневную резервную копию.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Kyrgyz name</source>
            <translation>Название на кыргызском</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Last sync with an issuer: {name} on {when}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Последняя синхронизация с выдающим: {name}, {when}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Last year</source>
            <translation>Последний год</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>Latin look-alike letters replaced: {fixed}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Похожие латинские буквы заменены на кириллицу: {fixed}</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Lowest score</source>
            <translation>Наименьший балл</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Margin</source>
            <translation>Порог</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Membership size</source>
            <translation>Число членов</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Merged into another record on one laptop but changed on another: copy the changes to the record kept (--accept) or dismiss them (--reject).</source>
            <translation>Объединено с другой записью на одном ноутбуке, но изменено на другом: перенесите изменения в оставленную запись (--accept) или отклоните их (--reject).</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Merged into each other on different laptops; the first record is kept for now: choose the one to keep (--value ID).</source>
            <translation>Объединены друг с другом на разных ноутбуках; пока оставлена первая запись: выберите, какую оставить (--value ID).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP evidence</source>
            <translation>подтверждение НПД</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>NAP indicator</source>
            <translation>индикатор НПД</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP objective</source>
            <translation>цель НПД</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP plan</source>
            <translation>план НПД</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP progress</source>
            <translation>ход выполнения НПД</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP task</source>
            <translation>задача НПД</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Never synced with an issuer's laptop: its answers may be stale.</source>
            <translation>Ни разу не синхронизирован с ноутбуком выдающего: ответы могут быть устаревшими.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>No laptop called {name} is known here (sync with it first).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Ноутбук {name} здесь неизвестен (сначала синхронизируйтесь с ним).</translation>
        </message>
        <message>
            <location filename="../../app/sync/state.py" />
            <source>No laptop called {who} has sent anything here (see `tirek sync status`).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Ноутбук с именем {who} сюда ещё ничего не присылал (см. `tirek sync status`).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>No laptop named {name}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Нет ноутбука с именем {name}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>No person with id {id} (it may have been deleted).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Человек с ID {id} не найден (возможно, запись удалена).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>No person with id {id} in the registry.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>В реестре нет человека с id {id}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/reports.py" />
            <source>No project with id {id}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Проект с ID {id} не найден.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/indicators.py" />
            <source>No such indicator.</source>
            <translation>Такого индикатора нет.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>No such test.</source>
            <translation>Такого теста нет.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/common.py" />
            <source>No {what} with id {id} (it may have been deleted).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не найдено: {what} с ID {id} (возможно, запись удалена).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>Nobody in this training has earned a certificate yet.</source>
            <translation>Пока ни у одного участника этого тренинга нет права на сертификат.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Objective</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Objective no.</source>
            <translation>№ цели</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <location filename="../../app/core/services/issuers.py" />
            <source>Only a coordinator holding one of the network's issuer keys can do this.</source>
            <translation>Это может сделать только координатор, у которого есть один из ключей выдачи сети.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>Only a coordinator starts a network; a trainer joins with an invitation.</source>
            <translation>Сеть начинает только координатор; тренер присоединяется по приглашению.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>Only participants of the training can have a score.</source>
            <translation>Баллы ставятся только участникам тренинга.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>Paste the network invitation your coordinator gave you. Only a coordinator starting a new network leaves it empty and says so.</source>
            <translation>Вставьте приглашение в сеть, которое дал координатор. Оставить поле пустым может только координатор, начинающий новую сеть, и он должен это отметить.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>Points of a question go from more than 0 to 100.</source>
            <translation>Баллы за вопрос — больше 0 и не больше 100.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Position</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Project name</source>
            <translation>Название проекта</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Question</source>
            <translation>Вопрос</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Registration date</source>
            <translation>Дата регистрации</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Registration number</source>
            <translation>Регистрационный номер</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Responsible bodies</source>
            <translation>Ответственные органы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Revocations known here: {count}, the latest of {date} by {by}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Известно отзывов здесь: {count}, последний от {date}, {by}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Revocations known here: {count}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Известно отзывов здесь: {count}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Russian name</source>
            <translation>Название на русском</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/framework.py" />
            <source>Say where the number comes from (the evidence).</source>
            <translation>Укажите, откуда взято число (подтверждение).</translation>
        </message>
        <message>
            <location filename="../../app/documents/certificates.py" />
            <source>Say where to save the certificates.</source>
            <translation>Укажите, куда сохранить сертификаты.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>Say why the person is erased (e.g. her request of a date).</source>
            <translation>Укажите причину стирания (например, её заявление от такой-то даты).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Series</source>
            <translation>Серия</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>Set the organisation's name for certificates first (--org-name).</source>
            <translation>Сначала укажите название организации для сертификатов (--org-name).</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Several changes were made to this field; choose one (--value).</source>
            <translation>Это поле изменяли несколько раз; выберите одно значение (--value).</translation>
        </message>
        <message>
            <location filename="../../app/sync/state.py" />
            <source>Several laptops are called {who}; name one by its key fingerprint.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Несколько ноутбуков называются {who}; укажите нужный по отпечатку ключа.</translation>
        </message>
        <message>
            <location filename="../../app/ui/errors.py" />
            <source>Something went wrong</source>
            <translation>Что-то пошло не так</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Start date</source>
            <translation>Дата начала</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Statement</source>
            <translation>Формулировка</translation>
        </message>
        <message>
            <location filename="../../app/core/progress.py" />
            <source>Stopped. Everything finished before stopping is saved.</source>
            <translation>Остановлено. Всё, что было сделано до остановки, сохранено.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Task no.</source>
            <translation>№ задачи</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Test title</source>
            <translation>Название теста</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>The QR code of certificate {number} is genuine, but the page does not show what was signed ({fields} differ): it was edited. Trust only the details below.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>QR-код сертификата {number} подлинный, но страница показывает не то, что подписано (отличается: {fields}): её изменили. Доверяйте только данным ниже.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/reports.py" />
            <source>The age bands must go up without overlapping ({part}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Возрастные группы должны идти по возрастанию и не пересекаться ({part}).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>The check letters do not match certificate {number}: look for a typing mistake. If they are typed right, the paper was changed: do not accept it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Контрольные символы не совпадают с сертификатом {number}: проверьте, нет ли опечатки. Если набрано верно, бумага изменена: не принимайте её.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>The chosen {label} no longer exists.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Выбранное значение поля «{label}» больше не существует.</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The database cannot be read: it is damaged, or it is encrypted and its key file {path} is missing. Put the key file back, or restore a backup.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Базу данных невозможно прочитать: она повреждена, либо зашифрована, а её файл ключа {path} отсутствует. Верните файл ключа на место или восстановите резервную копию.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people.py" />
            <source>The date of birth is in the future.</source>
            <translation>Дата рождения не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/registration.py" />
            <source>The day this person registered for was deleted.</source>
            <translation>День, на который записался этот человек, удалён.</translation>
        </message>
        <message>
            <location filename="../../app/core/identity.py" />
            <source>The device name is too long (100 letters at most).</source>
            <translation>Слишком длинное имя ноутбука (не более 100 символов).</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The encrypted file is incomplete (cut short while copying?).</source>
            <translation>Зашифрованный файл неполный (возможно, он скопирован не до конца).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/projects.py" />
            <source>The end date is before the start date.</source>
            <translation>Дата окончания раньше даты начала.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>The end of the period is before its start.</source>
            <translation>Конец периода раньше его начала.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file claims to come from this laptop but is not signed by it.</source>
            <translation>Файл помечен как отправленный с этого ноутбука, но подписан не им.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file claims to come from {name} but is signed with another key; refused.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файл помечен как отправленный с ноутбука {name}, но подписан другим ключом; файл отклонён.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <location filename="../../app/sync/waiting.py" />
            <source>The file holds a change {origin}:{seq} that differs from the one already here under the same number (forged or corrupted); nothing imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>В файле есть изменение {origin}:{seq}, которое отличается от уже имеющегося здесь изменения с тем же номером (подделка или повреждение); ничего не загружено.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file holds changes to {count} records removed here after the network's horizon (e.g. {entity} {row}): the laptop that made them was away longer than that. On that laptop, export its work to a spreadsheet, then start again from a fresh copy of the coordinator's data; nothing was imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>В файле есть изменения {count} записей, удалённых здесь после горизонта сети (например, {entity} {row}): ноутбук, сделавший их, отсутствовал дольше. На том ноутбуке выгрузите его работу в таблицу, затем начните заново со свежей копии данных координатора; ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file holds changes under this laptop's own identity that it never made (a copied database?); refused.</source>
            <translation>В файле есть изменения от имени этого ноутбука, которых он никогда не делал (скопированная база данных?); файл отклонён.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file is damaged (its checksum does not match); nothing imported.</source>
            <translation>Файл повреждён (контрольная сумма не совпадает); ничего не загружено.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file is encrypted: give the network passphrase to import it.</source>
            <translation>Файл зашифрован: чтобы загрузить его, введите кодовую фразу сети.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file is incomplete or damaged (cut short while copying?); nothing imported.</source>
            <translation>Файл неполный или повреждён (возможно, он скопирован не до конца); ничего не загружено.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file uses an op encoding this version of Tirek does not know ({encoding}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Изменения в файле записаны в формате, который эта версия Tirek не поддерживает ({encoding}).</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file was written by a newer version of Tirek (bundle format {version}); update Tirek on this laptop to import it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файл создан более новой версией Tirek (формат файла обмена {version}); чтобы загрузить его, обновите Tirek на этом ноутбуке.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's changes unpack to far more than its size allows (a decompression bomb?); nothing imported.</source>
            <translation>Изменения в файле распаковываются в объём, намного больший, чем допускает его размер (декомпрессионная бомба?); ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's contents do not match its signed digest (damaged); nothing imported.</source>
            <translation>Содержимое файла не совпадает с подписанной контрольной суммой (файл повреждён); ничего не загружено.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file's erased changes are not described properly; refused.</source>
            <translation>Стёртые изменения в файле описаны неправильно; файл отклонён.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's manifest is damaged or not from Tirek (bad {what}); nothing imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Манифест файла повреждён или создан не Tirek (неверное поле: {what}); ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's manifest is damaged; nothing imported.</source>
            <translation>Оглавление файла повреждено; ничего не загружено.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's manifest is inconsistent (vector behind its ops).</source>
            <translation>Оглавление файла противоречиво (вектор версий отстаёт от изменений).</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's op count does not match its manifest.</source>
            <translation>Число изменений в файле не совпадает с его оглавлением.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's ops cannot be read (damaged); nothing imported.</source>
            <translation>Не удаётся прочитать изменения в файле (файл повреждён); ничего не загружено.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>The folder {path} does not exist (is the USB stick plugged in?).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Папка {path} не найдена (вставлена ли флешка?).</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The folder {path} does not exist.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Папка {path} не найдена.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The held copy of this file is missing; import the file again.</source>
            <translation>Сохранённая копия этого файла отсутствует; импортируйте файл ещё раз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessment_sheets.py" />
            <location filename="../../app/core/services/assessments.py" />
            <source>The highest score must be above the lowest score.</source>
            <translation>Наивысший балл должен быть больше наименьшего.</translation>
        </message>
        <message>
            <location filename="../../app/core/compaction.py" />
            <source>The horizon must be at least 30 days (two years is usual).</source>
            <translation>Горизонт должен быть не меньше 30 дней (обычно два года).</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The key file {path} cannot be read ({reason}). Restore it from a copy.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файл ключа {path} не читается ({reason}). Восстановите его из копии.</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The key file {path} was written by another version of Tirek.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файл ключа {path} записан другой версией Tirek.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>The last year cannot be before the first year.</source>
            <translation>Последний год не может быть раньше первого.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>The logo cannot be copied into Tirek's folder: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удалось скопировать логотип в папку Tirek: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <location filename="../../app/documents/certificates.py" />
            <source>The logo file {path} does not exist.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файл логотипа {path} не найден.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>The logo must be a PNG or JPEG picture of at most 5 MB.</source>
            <translation>Логотип должен быть изображением PNG или JPEG размером не больше 5 МБ.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/outcomes.py" />
            <source>The outcome's date is before the training it followed.</source>
            <translation>Дата результата раньше тренинга, за которым он последовал.</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The passphrase is not right. Nothing was opened or changed; try again.</source>
            <translation>Парольная фраза неверна. Ничего не открыто и не изменено; попробуйте ещё раз.</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The passphrase is too short: use at least {count} characters.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Парольная фраза слишком короткая: используйте не меньше {count} символов.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/issuers.py" />
            <location filename="../../app/core/services/reports.py" />
            <source>The period ends before it starts.</source>
            <translation>Период заканчивается раньше, чем начинается.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>The period must be one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Допустимые периоды: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>The phase is pre or post.</source>
            <translation>Этап: до или после.</translation>
        </message>
        <message>
            <location filename="../../app/core/identity.py" />
            <source>The role must be trainer, coordinator or viewer, not {role}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Роль должна быть: тренер, координатор или наблюдатель, а не {role}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <source>The session ends before it starts.</source>
            <translation>Занятие заканчивается раньше, чем начинается.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessment_sheets.py" />
            <location filename="../../app/core/services/nap_import.py" />
            <source>The sheet {sheet} has no rows under its headers.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>На листе «{sheet}» нет строк под заголовками.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>The sheet {sheet} lacks the column(s): {columns}. Start from the template.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>На листе «{sheet}» не хватает столбцов: {columns}. Возьмите за основу шаблон.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The signature does not match the file: it was changed after its sender wrote it, or forged; nothing imported.</source>
            <translation>Подпись не соответствует файлу: его изменили после отправки или подделали; ничего не загружено.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap_import.py" />
            <source>The spreadsheet was not imported ({count} problem(s); nothing was saved): {list}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Таблица не импортирована (ошибок: {count}; ничего не сохранено): {list}</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <source>The training ends ({end}) before it starts ({start}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Тренинг заканчивается ({end}) раньше, чем начинается ({start}).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people.py" />
            <source>The year of birth ({year}) does not match the date of birth ({born}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Год рождения ({year}) не совпадает с датой рождения ({born}).</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>There is no backup file {file}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файл резервной копии {file} не найден.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>There is no certificate {number} in the register.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>В реестре нет сертификата {number}.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>There is no file {path}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файл {path} не найден.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>There is no open conflict on this field any more.</source>
            <translation>По этому полю больше нет нерешённого конфликта.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>There is no open conflict on this record any more.</source>
            <translation>По этой записи больше нет нерешённого конфликта.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/deletion.py" />
            <source>There is nothing to undo: the record is not deleted.</source>
            <translation>Отменять нечего: запись не удалена.</translation>
        </message>
        <message>
            <location filename="../../app/documents/minutes.py" />
            <source>These minutes are not approved yet; approve them before printing.</source>
            <translation>Протокол ещё не утверждён; утвердите его перед печатью.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/meetings.py" />
            <source>These minutes were approved by {who} on {when} and can no longer be changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Этот протокол утверждён {when} (утвердил(а): {who}), изменить его больше нельзя.</translation>
        </message>
        <message>
            <location filename="../../app/core/database.py" />
            <source>This database was written by a newer version of Tirek (schema {revision}). Install the newer version to open it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Эта база данных создана более новой версией Tirek (схема {revision}). Чтобы открыть её, установите новую версию.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>This framework has no version.</source>
            <translation>У этой методики нет ни одной версии.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>This framework version has no questions yet.</source>
            <translation>В этой версии методики пока нет вопросов.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>This installation already has records ({table}): an export is read into an empty installation only.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>В этой установке уже есть записи ({table}): выгрузка загружается только в пустую установку.</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>This installation is already set up as {name}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Tirek здесь уже настроен под именем {name}.</translation>
        </message>
        <message>
            <location filename="../../app/core/writer.py" />
            <source>This installation is not set up yet. Run `tirek init`.</source>
            <translation>Tirek ещё не настроен. Выполните команду `tirek init`.</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>This installation is not set up yet. Run: tirek init --device-name NAME</source>
            <translation>Tirek ещё не настроен. Выполните команду: tirek init --device-name ИМЯ</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>This is not a Tirek network invitation; ask the coordinator for a new one.</source>
            <translation>Это не приглашение в сеть Tirek; попросите у координатора новое.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>This is not a Tirek sync file.</source>
            <translation>Это не файл обмена Tirek.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>This is not a complete certificate code: check it for typing mistakes (a code looks like 7EG5B0TY-0001-K3QX).</source>
            <translation>Это не полный код сертификата: проверьте, нет ли опечаток (код выглядит так: 7EG5B0TY-0001-K3QX).</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>This is not a recovery key: it has 8 groups of 4 letters and digits.</source>
            <translation>Это не ключ восстановления: в нём 8 групп по 4 буквы и цифры.</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>This is {role_words}: it cannot {action}. Ask the network's coordinator.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Это {role_words}: на нём нельзя «{action}». Обратитесь к координатору сети.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>This laptop already belongs to network {network}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Этот ноутбук уже принадлежит сети {network}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <location filename="../../app/core/setup.py" />
            <source>This laptop already belongs to network {network}; the invitation is for {other}. Moving a laptop to another network is not possible.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Этот ноутбук принадлежит сети {network}; приглашение — в сеть {other}. Перевести ноутбук в другую сеть нельзя.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>This laptop has not joined a network yet: ask the coordinator for an invitation and enter it in Settings (or tirek network join). A coordinator starting a new network uses tirek network start.</source>
            <translation>Этот ноутбук ещё не присоединён к сети: попросите у координатора приглашение и введите его в Настройках (или tirek network join). Координатор, начинающий новую сеть, использует tirek network start.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>This laptop is an issuer.</source>
            <translation>Этот ноутбук выдаёт сертификаты.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>This laptop knows no issuer keys to invite anyone with.</source>
            <translation>Этот ноутбук не знает ключей выдачи, чтобы кого-то пригласить.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>This laptop was set up as {role}; its role does not change in Settings. Set up a new installation with the network's invitation for another role.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Этот ноутбук настроен как {role}; его роль не меняется в Настройках. Для другой роли настройте новую установку с приглашением сети.</translation>
        </message>
        <message>
            <location filename="../../app/core/identity.py" />
            <source>This laptop's signing key is missing or unreadable ({path}). Restore the keys folder from a backup, or make a new key with: tirek sync rekey (the coordinator then approves the new key once).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Ключ подписи этого ноутбука отсутствует или не читается ({path}). Восстановите папку ключей из резервной копии или создайте новый ключ: tirek sync rekey (затем координатор один раз подтвердит новый ключ).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/meetings.py" />
            <source>This person is already on the list.</source>
            <translation>Этот человек уже есть в списке.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>This person is not enrolled in the training.</source>
            <translation>Этот человек не записан на тренинг.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>This person was erased already.</source>
            <translation>Этот человек уже стёрт.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people.py" />
            <source>This person was erased on request; her record cannot be edited.</source>
            <translation>Этот человек стёрт по её просьбе; запись изменить нельзя.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>This plan has no indicator {code}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>В этом плане нет индикатора {code}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/deletion.py" />
            <location filename="../../app/core/writer.py" />
            <source>This record no longer exists (it may have been deleted).</source>
            <translation>Этой записи больше нет (возможно, её удалили).</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>This recovery key does not belong to this installation. Nothing was changed.</source>
            <translation>Этот ключ восстановления не относится к этой установке. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/registration.py" />
            <source>This registration was already confirmed or rejected.</source>
            <translation>Эта регистрация уже подтверждена или отклонена.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/registration.py" />
            <source>This session no longer exists.</source>
            <translation>Этого занятия больше нет.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>This test is not given at this training.</source>
            <translation>Этот тест не проводился на этом тренинге.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Threshold (%)</source>
            <translation>Порог (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/errors.py" />
            <source>Tirek</source>
            <translation>Tirek</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/framework.py" />
            <source>Tirek computes this indicator from the records; it is not typed in.</source>
            <translation>Этот индикатор Tirek считает по записям; его не вводят вручную.</translation>
        </message>
        <message>
            <location filename="../../app/ui/errors.py" />
            <source>Tirek met an unexpected problem. Everything already saved is safe.

The details are in the log file:
{path}

Please send this file to your coordinator.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>В работе Tirek произошла непредвиденная ошибка. Всё, что уже сохранено, не пострадало.

Подробности записаны в файл журнала:
{path}

Пожалуйста, отправьте этот файл вашему координатору.</translation>
        </message>
        <message>
            <location filename="../../app/core/encrypt.py" />
            <source>Tirek's database is encrypted: type the passphrase to open it.</source>
            <translation>База данных Tirek зашифрована: введите парольную фразу, чтобы открыть её.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Unit</source>
            <translation>Единица измерения</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Unknown kind of record: {entity}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Неизвестный тип записи: {entity}.</translation>
        </message>
        <message>
            <location filename="../../app/core/database.py" />
            <source>Updating the database needs {needed} MB of free disk space and only {free} MB are free. Free some space and open Tirek again; nothing was changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Для обновления базы данных нужно {needed} МБ свободного места на диске, а свободно только {free} МБ. Освободите место и снова откройте Tirek; ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Use --accept or --reject for this conflict.</source>
            <translation>Для этого конфликта используйте --accept или --reject.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Use --restore or --keep-deleted for this conflict.</source>
            <translation>Для этого конфликта используйте --restore или --keep-deleted.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Use keep-deleted or restore for a deleted record.</source>
            <translation>Для удалённой записи выберите keep-deleted (оставить удалённой) или restore (восстановить).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Venue</source>
            <translation>Место проведения</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>Version {number} of this framework is used by {count} assessment(s) and can no longer change, so that their scores stay as they were. Start a new version to edit the framework.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Версия {number} этой методики уже используется (оценок: {count}) и больше не может меняться, чтобы их баллы остались прежними. Чтобы изменить методику, создайте новую версию.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Weight</source>
            <translation>Вес</translation>
        </message>
        <message>
            <location filename="../../app/core/services/meetings.py" />
            <source>Write the minutes before approving them.</source>
            <translation>Перед утверждением напишите протокол.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>Wrong network passphrase (or the encrypted file was damaged); nothing imported.</source>
            <translation>Неверная кодовая фраза сети (или зашифрованный файл повреждён); ничего не загружено.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Year of birth</source>
            <translation>Год рождения</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>a coordinator's laptop</source>
            <translation>ноутбук координатора</translation>
        </message>
        <message>
            <location filename="../../app/core/backup_chunks.py" />
            <source>a part of it is missing (the chunks folder beside it)</source>
            <translation>часть копии отсутствует (папка chunks рядом с ней)</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>a trainer's laptop</source>
            <translation>ноутбук тренера</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>a viewer's laptop (read only)</source>
            <translation>ноутбук наблюдателя (только чтение)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>action item</source>
            <translation>поручение</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>answer</source>
            <translation>ответ</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>approve a laptop's files for this laptop</source>
            <translation>одобрять файлы другого ноутбука для этого ноутбука</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>approve minutes</source>
            <translation>утверждать протокол</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment</source>
            <translation>оценка</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment dimension</source>
            <translation>измерение оценки</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment framework</source>
            <translation>рамка оценки</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment question</source>
            <translation>вопрос оценки</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment score</source>
            <translation>балл оценки</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>attendance mark</source>
            <translation>отметка посещения</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>backup</source>
            <translation>резервная копия</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>certificate</source>
            <translation>сертификат</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>certificate decision</source>
            <translation>решение о сертификате</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>certificate revocation</source>
            <translation>отзыв сертификата</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>certificate rule</source>
            <translation>правило выдачи сертификата</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>change records (people, trainings, meetings, marks)</source>
            <translation>изменять записи (люди, тренинги, встречи, отметки)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>clearing of deleted records</source>
            <translation>очистка удалённых записей</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>consent</source>
            <translation>согласие</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>could not copy the backup to {folder} ({reason})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>не удалось скопировать резервную копию в папку {folder} ({reason})</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>decision</source>
            <translation>решение</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>definition</source>
            <translation>определение</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>district</source>
            <translation>район</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>duplicate decision</source>
            <translation>решение о дубликатах</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>erase</source>
            <translation>удаление данных</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>erase a person's personal data</source>
            <translation>стирать персональные данные человека</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>erasure</source>
            <translation>удаление</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>export</source>
            <translation>выгрузка</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>export whole lists or reports with names</source>
            <translation>экспортировать полные списки или отчёты с именами</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>follow-up call</source>
            <translation>звонок обратной связи</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>framework version</source>
            <translation>версия рамки</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>impossible year of birth</source>
            <translation>недопустимый год рождения</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>indicator target</source>
            <translation>целевое значение индикатора</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>indicator value</source>
            <translation>значение индикатора</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>issuer key statement</source>
            <translation>заявление о ключе выдачи</translation>
        </message>
        <message>
            <location filename="../../app/core/backup_chunks.py" />
            <source>it is encrypted; open Tirek with its passphrase first</source>
            <translation>она зашифрована; сначала откройте Tirek с её кодовой фразой</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>it is not a Tirek database</source>
            <translation>это не база данных Tirek</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>it was made by a newer version of Tirek</source>
            <translation>файл создан более новой версией Tirek</translation>
        </message>
        <message>
            <location filename="../../app/core/backup_chunks.py" />
            <source>it was made with another passphrase, or the file is damaged</source>
            <translation>она сделана с другой кодовой фразой, или файл повреждён</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>kind of evidence</source>
            <translation>вид подтверждения</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>kind of meeting</source>
            <translation>вид встречи</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>kind of result</source>
            <translation>вид результата</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>knowledge test</source>
            <translation>тест знаний</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>level</source>
            <translation>уровень</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>local result</source>
            <translation>местный результат</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>local result link</source>
            <translation>связь местного результата</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>manage the network (invitations, issuers, assessment frameworks)</source>
            <translation>управлять сетью (приглашения, выдающие, рамки оценки)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>may mean several places ({options}): write which one</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>может означать несколько мест ({options}): укажите, какое</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>meeting</source>
            <translation>встреча</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>meeting attendee</source>
            <translation>участник встречи</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>merge or unmerge people</source>
            <translation>объединять или разъединять людей</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>no such session on the Sessions sheet</source>
            <translation>на листе «Sessions» нет такого занятия</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>not a Washington Group answer</source>
            <translation>недопустимый ответ на вопрос Вашингтонской группы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a date</source>
            <translation>это не дата</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>not a date (write 15.03.1985 or 1985-03-15)</source>
            <translation>это не дата (пишите 15.03.1985 или 1985-03-15)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a date (write 15.03.2026 or 2026-03-15)</source>
            <translation>это не дата (пишите 15.03.2026 или 2026-03-15)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a number</source>
            <translation>это не число</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>not a phone number</source>
            <translation>это не номер телефона</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a time of day (write 09:30)</source>
            <translation>это не время (пишите 09:30)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a whole number</source>
            <translation>это не целое число</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>organisation</source>
            <translation>организация</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>outcome</source>
            <translation>результат</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>outcome's training</source>
            <translation>тренинг результата</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>outside the training's dates</source>
            <translation>дата вне сроков тренинга</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>owner</source>
            <translation>ответственный</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>participant</source>
            <translation>участник</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>participant category</source>
            <translation>категория участника</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>person</source>
            <translation>человек</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>possibly already registered ({candidates}): decide --same ROW=ID or --new ROW</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>возможно, уже в реестре ({candidates}): решите --same СТРОКА=ID или --new СТРОКА</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>print</source>
            <translation>печать</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>print a training's sign-in sheets, certificate drafts and workbook</source>
            <translation>печатать листы регистрации, черновики сертификатов и книгу тренинга</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>project</source>
            <translation>проект</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>project partner</source>
            <translation>партнёр проекта</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>region</source>
            <translation>область</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>relation to the network</source>
            <translation>отношение к сети</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>restore</source>
            <translation>восстановление</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>result indicator</source>
            <translation>индикатор результата</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>result statement</source>
            <translation>формулировка результата</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>retire a laptop for the whole network</source>
            <translation>выводить ноутбук из сети для всей сети</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>retired laptop</source>
            <translation>выведенный ноутбук</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>session</source>
            <translation>занятие</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>sex</source>
            <translation>пол</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>sign or revoke certificates</source>
            <translation>подписывать или отзывать сертификаты</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>skipped: a signature or footer line</source>
            <translation>пропущено: строка подписи или итога</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>source</source>
            <translation>источник</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>status</source>
            <translation>статус</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>test question</source>
            <translation>вопрос теста</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>test score</source>
            <translation>балл теста</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the database could not be written ({detail})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>не удалось записать данные в базу ({detail})</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the database file cannot be written (read-only)</source>
            <translation>файл базы данных недоступен для записи (только для чтения)</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the database file is damaged. Restore it from a backup</source>
            <translation>файл базы данных повреждён. Восстановите его из резервной копии</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the database is busy in another program. Close it and try again</source>
            <translation>база данных занята другой программой. Закройте её и попробуйте снова</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>the date is missing</source>
            <translation>не указана дата</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the disk is full. Free some space and try again</source>
            <translation>диск заполнен. Освободите место и попробуйте снова</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the district is not in this region</source>
            <translation>район не относится к этой области</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <location filename="../../app/core/backup_chunks.py" />
            <source>the file is damaged</source>
            <translation>файл повреждён</translation>
        </message>
        <message>
            <location filename="../../app/core/backup_chunks.py" />
            <source>the file is damaged or not a Tirek backup</source>
            <translation>файл повреждён или не является резервной копией Tirek</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>the file is damaged or not a database</source>
            <translation>файл повреждён или не является базой данных</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the full name is missing</source>
            <translation>не указано ФИО</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the full name is too long</source>
            <translation>слишком длинное ФИО</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>the session number is missing</source>
            <translation>не указан номер занятия</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>the title is missing</source>
            <translation>не указано название</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>the training ends before it starts</source>
            <translation>дата окончания тренинга раньше даты начала</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the year does not match the date of birth</source>
            <translation>год не совпадает с датой рождения</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the year of birth is not a number</source>
            <translation>год рождения — не число</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>topic</source>
            <translation>тема</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>trainer</source>
            <translation>тренер</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>training</source>
            <translation>тренинг</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>training topic</source>
            <translation>тема тренинга</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>training's test</source>
            <translation>тест тренинга</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>type of organisation</source>
            <translation>тип организации</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>unknown certificate rule</source>
            <translation>неизвестное правило выдачи сертификата</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <location filename="../../app/core/services/training_import.py" />
            <source>unknown district</source>
            <translation>неизвестный район</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <location filename="../../app/core/services/training_import.py" />
            <source>unknown region</source>
            <translation>неизвестная область</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>unknown topic: {topic}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>неизвестная тема: {topic}</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>unknown {what}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>неизвестное значение ({what})</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>unreadable mark</source>
            <translation>нераспознанная отметка</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>view names</source>
            <translation>просмотр имён</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>write the session's date</source>
            <translation>укажите дату занятия</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>write yes or no</source>
            <translation>напишите «да» или «нет»</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>{action} is not an action the access log knows.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{action}: такого действия нет в журнале доступа.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>{count} problems were found; nothing was imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Найдено ошибок: {count}; ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>{count} rows have problems; nothing was imported. Fix them, or import the good rows only.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Строк с ошибками: {count}; ничего не импортировано. Исправьте их или импортируйте только строки без ошибок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>{count} score(s) are for questions that are not in this framework version.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Баллы за вопросы, которых нет в этой версии методики: {count}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <source>{day} is outside the training's dates ({start} to {end}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Дата {day} не входит в сроки тренинга (с {start} по {end}).</translation>
        </message>
        <message>
            <location filename="../../app/core/writer.py" />
            <source>{field} is not a field of this record.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{field} — не поле этой записи.</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>{file} cannot be restored: {reason}. Nothing was changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Невозможно восстановить {file}: {reason}. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../app/documents/sheets/exports.py" />
            <source>{fmt} is not an export format; choose csv, xlsx or json.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Формат {fmt} не подходит для экспорта; выберите csv, xlsx или json.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <location filename="../../app/core/services/validation.py" />
            <source>{label} is required.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Заполните поле «{label}».</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{label} is too long ({count} characters; at most {limit}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Поле «{label}» слишком длинное (символов: {count}; допустимо не более {limit}).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <location filename="../../app/core/services/validation.py" />
            <source>{label} must be a number.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Поле «{label}» должно содержать число.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{label} must be a whole number.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Поле «{label}» должно содержать целое число.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{label} must be between {lo} and {hi}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Значение поля «{label}» должно быть от {lo} до {hi}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{label} must be text.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Поле «{label}» должно содержать текст.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>{name} (for the column {header}) is not a field of a person; use one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{name}» (для столбца «{header}») — такого поля в данных о человеке нет. Допустимые поля: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>{name} is already merged into another record; undo that first.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Запись «{name}» уже объединена с другой; сначала отмените то объединение.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>{name} is itself merged into another record; merge into that one.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Запись «{name}» сама объединена с другой записью; объединяйте с той записью.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/attendance.py" />
            <source>{name} is not enrolled in this training; enrol them first.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} — не участник этого тренинга. Сначала запишите этого человека на тренинг.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>{name} is not merged into anyone.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Запись «{name}» ни с кем не объединена.</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{name} made two different changes under number {seq} (its database was put back from an older copy); nothing imported for now. {name} repairs this itself when it imports a full file from this laptop (tirek sync export --out DIR, without --for); then sync again.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} сделал два разных изменения под номером {seq} (его база данных была возвращена из старой копии); пока ничего не импортировано. {name} исправит это сам, когда импортирует полный файл с этого ноутбука (tirek sync export --out DIR, без --for); затем синхронизируйте снова.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>{name} was retired by the coordinator; its files are no longer accepted.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Координатор вывел ноутбук {name} из работы; файлы с него больше не принимаются.</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{name} was retired by {by} on {date}; its files are no longer accepted.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} выведен из работы ({by}, {date}); его файлы больше не принимаются.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/reports.py" />
            <source>{part} is not an age band; write bands like 0-17,18-24,55+.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{part}» — не возрастная группа. Пишите группы так: 0-17,18-24,55+.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path} cannot be read as a Tirek JSON export ({reason}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} не читается как JSON-выгрузка Tirek ({reason}).</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>{path} cannot be read as a picture; choose another file.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удаётся открыть {path} как изображение; выберите другой файл.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path} cannot be read as an .xlsx spreadsheet ({reason}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Не удаётся прочитать {path} как таблицу .xlsx ({reason}).</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path} has no sheet named {sheet}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>В файле {path} нет листа «{sheet}».</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path} is a Tirek export of version {version}; this Tirek reads version 1.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} — выгрузка Tirek версии {version}; эта версия Tirek читает версию 1.</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>{path} is a file, not a folder. Choose a folder for Tirek.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} — это файл, а не папка. Выберите папку для Tirek.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path} is not a Tirek export (export all --format json writes one).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} не является выгрузкой Tirek (её создаёт export all --format json).</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path} is not a text file.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} — не текстовый файл.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path}, row {row}: a quote (") is opened and not closed; close it or remove it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}, строка {row}: кавычка (") открыта и не закрыта; закройте или удалите её.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path}: Tirek reads .xlsx and .csv files, not .{suffix}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: Tirek читает файлы .xlsx и .csv, а не .{suffix}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path}: a record of {table} has fields Tirek does not know: {names}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: в записи {table} есть поля, неизвестные Tirek: {names}.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path}: no column names that Tirek knows were found in the first rows.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: в первых строках не найдено ни одного знакомого Tirek названия столбца.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path}: the tables of this export are not Tirek's.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: таблицы этой выгрузки — не таблицы Tirek.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>{path}: there is no column with the full name (e.g. Full name, ФИО, Аты-жөнү).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: нет столбца с ФИО (например, Full name, ФИО, Аты-жөнү).</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{relayer} relayed changes that {name} made after it was retired by {by} on {date} (above number {cutoff}); refused, nothing imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{relayer} передал изменения, которые {name} сделал после вывода из работы ({by}, {date}; номера выше {cutoff}); отклонено, ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{relayer} sent changes of {name} that carry no signature of {name}; refused, nothing imported. They travel once {name} has exported with this version of Tirek.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{relayer} прислал изменения {name} без подписи {name}; отклонено, ничего не импортировано. Они будут переданы, когда {name} сделает экспорт в этой версии Tirek.</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{relayer} sent changes under the identity of {name} that {name} did not sign (forged, or changed on the way); nothing imported. Tell the coordinator.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{relayer} прислал изменения от имени {name}, которые {name} не подписывал (подделка или изменение в пути); ничего не импортировано. Сообщите координатору.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{value} does not look like a phone number.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» не похоже на номер телефона.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>{value} is not a certificate language; use one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» — не язык сертификата. Допустимые значения: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <location filename="../../app/core/services/validation.py" />
            <source>{value} is not a date. Write it as 2026-03-15 or 15.03.2026.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» — не дата. Введите её в виде 2026-03-15 или 15.03.2026.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>{value} is not a decision; use include or exclude.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» — не решение. Выберите «включить» или «исключить».</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>{value} is not a kind of consent (data, photo or contact).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} — не вид согласия (data, photo или contact).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/framework.py" />
            <source>{value} is not a period; write a year (2026), a half (2026-H1) or a quarter (2026-Q3).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} — не период; укажите год (2026), полугодие (2026-H1) или квартал (2026-Q3).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{value} is not a plausible date.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Дата {value} выглядит ошибочной.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{value} is not a time of day. Write it as 09:30.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» — не время. Введите его в виде 09:30.</translation>
        </message>
        <message>
            <location filename="../../app/core/writer.py" />
            <source>{value} is not a valid value for {field}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} — недопустимое значение для поля {field}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{value} is not a valid {label}; choose one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» — недопустимое значение поля «{label}». Выберите одно из: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>{value} is not a way of giving consent (paper_sheet, self_registration, verbal).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} — не способ дать согласие (paper_sheet, self_registration, verbal).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>{value} is not an answer; use one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» — недопустимый ответ. Допустимые значения: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/attendance.py" />
            <source>{value} is not an attendance mark; use one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» — не отметка о присутствии. Допустимые значения: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/documents/sheets/exports.py" />
            <source>{what} cannot be exported; choose one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{what}» нельзя экспортировать; выберите один из вариантов: {options}.</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../app/ui/forms.py" />
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms.py" />
            <source>You have changes that are not saved yet. Save them?</source>
            <translation>Есть несохранённые изменения. Сохранить их?</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>A lot of difficulty</source>
            <translation>Большие трудности</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Absent</source>
            <translation>Отсутствие</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Activist</source>
            <translation>Активист</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Appointed to a commission or council</source>
            <translation>Назначена в комиссию или совет</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Became an organisation's leader</source>
            <translation>Стала руководителем организации</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Budget line</source>
            <translation>Статья бюджета</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Cannot do at all</source>
            <translation>Совсем не может</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Communicating</source>
            <translation>Общение</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Coordinator</source>
            <translation>Координатор</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Dropped</source>
            <translation>Снято</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Elected</source>
            <translation>Избрана</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Election commission's list</source>
            <translation>Список избирательной комиссии</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Every session attended</source>
            <translation>Посещены все занятия</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Excused</source>
            <translation>Уважительная причина</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Female</source>
            <translation>Женский</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Government official</source>
            <translation>Госслужащий</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Hearing</source>
            <translation>Слух</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>International organisation</source>
            <translation>Международная организация</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Late</source>
            <translation>Опоздание</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Led an initiative</source>
            <translation>Возглавила инициативу</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Left early</source>
            <translation>Ранний уход</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Local council</source>
            <translation>Айыльный кенеш</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Local council decision</source>
            <translation>Решение местного кенеша</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Local council deputy</source>
            <translation>Депутат айыльного кенеша</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Local development plan</source>
            <translation>План местного развития</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Male</source>
            <translation>Мужской</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Member</source>
            <translation>Член сети</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>NGO member</source>
            <translation>Член НКО</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>No difficulty</source>
            <translation>Нет трудностей</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Not recorded</source>
            <translation>Не указано</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Open</source>
            <translation>В работе</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Partner NGO</source>
            <translation>Партнёрская НКО</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Phone follow-up</source>
            <translation>Звонок после тренинга</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Present</source>
            <translation>Присутствие</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Registered as a candidate</source>
            <translation>Зарегистрирована кандидатом</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Regular NGO meeting</source>
            <translation>Очередная встреча НКО</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Remembering</source>
            <translation>Память</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Seeing</source>
            <translation>Зрение</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Self-care</source>
            <translation>Самообслуживание</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Share of hours attended</source>
            <translation>Доля посещённых часов</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Share of sessions attended</source>
            <translation>Доля посещённых занятий</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Some difficulty</source>
            <translation>Некоторые трудности</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Spoke at a public hearing</source>
            <translation>Выступила на публичных слушаниях</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Stakeholder meeting</source>
            <translation>Встреча с заинтересованными сторонами</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>State body</source>
            <translation>Государственный орган</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>The organisation's report</source>
            <translation>Отчёт организации</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Trainer</source>
            <translation>Тренер</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Viewer (read only)</source>
            <translation>Наблюдатель (только чтение)</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Walking</source>
            <translation>Ходьба</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Women's NGO</source>
            <translation>Женская НКО</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Women's group</source>
            <translation>Женская группа</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Women's group member</source>
            <translation>Член женской группы</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Youth</source>
            <translation>Молодёжь</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Youth group</source>
            <translation>Молодёжная группа</translation>
        </message>
    </context>
    <context>
        <name>network</name>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>Achieved</source>
            <translation>Достигнуто</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>Delayed</source>
            <translation>С задержкой</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>In progress</source>
            <translation>В работе</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>No data</source>
            <translation>Нет данных</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>Not started</source>
            <translation>Не начато</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Born</source>
            <translation>Год рожд.</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Type a name or phone to search…</source>
            <translation>Введите имя или телефон для поиска…</translation>
        </message>
    </context>
    <context>
        <name>printouts</name>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Minutes</source>
            <translation>Протокол</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Printing the minutes…</source>
            <translation>Печать протокола…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Printing the sign-in sheet…</source>
            <translation>Печать листа регистрации…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Save the minutes</source>
            <translation>Сохранить протокол</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Save the sign-in sheet</source>
            <translation>Сохранить лист регистрации</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Saved</source>
            <translation>Сохранено</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Saved %1. Open it now?</source>
            <translation>Файл %1 сохранён. Открыть его сейчас?</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Sign-in sheet</source>
            <translation>Лист регистрации</translation>
        </message>
    </context>
</TS>
