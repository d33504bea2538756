<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>, installed bundle</source>
            <translation>, орнотулган версия</translation>
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
            <translation>Tirek программасы жөнүндө</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Backups</source>
            <translation>Камдык көчүрмөлөр</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Copy details</source>
            <translation>Маалыматты көчүрүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Database schema</source>
            <translation>Маалымат базасынын схемасы</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Home folder</source>
            <translation>Маалымат папкасы</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Log file</source>
            <translation>Журнал файлы</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Open home folder</source>
            <translation>Маалымат папкасын ачуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Open log folder</source>
            <translation>Журнал папкасын ачуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Running on</source>
            <translation>Система</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>This laptop</source>
            <translation>Бул ноутбук</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Trainings, attendance and meetings for women's NGO networks. Works without internet; data travels between laptops as files.</source>
            <translation>Аялдар БӨУларынын тармактары үчүн тренингдер, катышуу жана жолугушуулар. Интернетсиз иштейт; маалымат ноутбуктардын ортосунда файл түрүндө алмашылат.</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>not set up yet</source>
            <translation>азырынча жөндөлө элек</translation>
        </message>
    </context>
    <context>
        <name>AssessmentComparison</name>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>All regions</source>
            <translation>Бардык облустар</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>No assessments yet.</source>
            <translation>Азырынча баалоо жок.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>No organisation of this region has been assessed yet.</source>
            <translation>Бул облустун бир да уюму азырынча бааланган эмес.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>One organisation over time</source>
            <translation>Бир уюмдун динамикасы</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>Organisation</source>
            <translation>Уюм</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>Overall</source>
            <translation>Жалпы балл</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>Region</source>
            <translation>Облус</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>The organisations of a region</source>
            <translation>Облустун уюмдары</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>{n} assessments. Overall: {a}% on {d1}, {b}% on {d2}. Scores as a percentage of their scale.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Баалоолор: {n}. Жалпы балл: {d1} – {a}%, {d2} – {b}%. Баллдар шкалага карата пайыз менен көрсөтүлгөн.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>{n} organisations, latest assessment of each: {measure}, % of scale.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Уюмдар: {n}, ар биринин акыркы баалоосу: {measure}, шкалага карата %.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceKeys</name>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>A</source>
            <translation>Ж</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>E</source>
            <translation>Э</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>L</source>
            <translation>К</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>P</source>
            <translation>Б</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>X</source>
            <translation>С</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Attended</source>
            <translation>Катышкан</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Completion</source>
            <translation>Аякташы</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Consent</source>
            <translation>Макулдук</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Consent to data processing, as ticked on the sign-in sheet</source>
            <translation>Каттоо баракчасында белгиленгендей, маалыматты иштетүүгө макулдук</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Day {n}
{date}
{count} present</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{n}-сабак
{date}
{count} катышты</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>No mark yet</source>
            <translation>Белги азырынча жок</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Keys: {legend}; Space = present; Delete = clear. Saved as you type.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Баскычтар: {legend}; Пробел = Катышты; Delete = тазалоо. Баары киргизилген замат сакталат.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Mark everyone present for the selected day</source>
            <translation>Тандалган сабакта баарын «Катышты» деп белгилөө</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Whole day present</source>
            <translation>Баары катышты</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>(all laptops)</source>
            <translation>(бардык ноутбуктар)</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Action</source>
            <translation>Аракет</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Audit</source>
            <translation>Аудит</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Field</source>
            <translation>Талаа</translation>
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
            <translation>Жаңыраак</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Older</source>
            <translation>Эскирээк</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Only this period:</source>
            <translation>Ушул мезгил гана:</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Page {n}: {count} entries</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{n}-бет: {count} жазуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Person id</source>
            <translation>Адамдын идентификатору</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Person:</source>
            <translation>Адам:</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Record</source>
            <translation>Жазуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Show</source>
            <translation>Көрсөтүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>What</source>
            <translation>Эмне</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>When (UTC)</source>
            <translation>Качан (UTC)</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Who</source>
            <translation>Ким</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>changed</source>
            <translation>өзгөртүлдү</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>created</source>
            <translation>түзүлдү</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>deleted</source>
            <translation>өчүрүлдү</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>merged</source>
            <translation>бириктирилди</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>to</source>
            <translation>чейин</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Again:</source>
            <translation>Кайра:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Current passphrase:</source>
            <translation>Азыркы купуя сөз:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>New passphrase:</source>
            <translation>Жаңы купуя сөз:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Recovery key:</source>
            <translation>Калыбына келтирүү ачкычы:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>The two passphrases differ.</source>
            <translation>Эки купуя сөз дал келбейт.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Tirek: passphrase</source>
            <translation>Tirek: купуя сөз</translation>
        </message>
    </context>
    <context>
        <name>ConsentBox</name>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Consent</source>
            <translation>Макулдук</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>No consent recorded.</source>
            <translation>Макулдук жазылган эмес.</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Record consent…</source>
            <translation>Макулдукту жазуу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>being contacted</source>
            <translation>байланышууга</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>data processing</source>
            <translation>маалыматты иштетүүгө</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>given</source>
            <translation>берилди</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>paper sheet</source>
            <translation>кагаз баракча</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>paper sheet, before records</source>
            <translation>кагаз баракча, жазуулардан мурун</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>photos</source>
            <translation>сүрөткө</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>recorded by {who} on {device}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{who} жазды, {device}</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>self-registration</source>
            <translation>өзү катталуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>verbal, with a witness</source>
            <translation>оозеки, күбөнүн алдында</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>withdrawn</source>
            <translation>кайтарылып алынды</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>witness {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>күбө {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>{kind}: given</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{kind}: берилди</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>{kind}: not given</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{kind}: берилген жок</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Consent to</source>
            <translation>Макулдук</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>How</source>
            <translation>Кантип</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Name of the witness (verbal consent)</source>
            <translation>Күбөнүн аты (оозеки макулдук)</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Record consent</source>
            <translation>Макулдукту жазуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>When</source>
            <translation>Качан</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Witness</source>
            <translation>Күбө</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>being contacted</source>
            <translation>байланышууга</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>data processing</source>
            <translation>маалыматты иштетүүгө</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>given (clear it for withdrawn or refused)</source>
            <translation>берилди (кайтарылып алынса же берилбесе, белгини алыңыз)</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>paper sheet</source>
            <translation>кагаз баракча</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>photos</source>
            <translation>сүрөткө</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>self-registration</source>
            <translation>өзү катталуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>verbal, with a witness</source>
            <translation>оозеки, күбөнүн алдында</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>(decide later) </source>
            <translation>(кийинчерээк чечүү) </translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Decide later</source>
            <translation>Кийинчерээк чечүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Duplicate people</source>
            <translation>Кайталанма адамдар</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Find duplicates</source>
            <translation>Кайталанмаларды табуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Looking for duplicates…</source>
            <translation>Кайталанмалар изделүүдө…</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>May be the same as</source>
            <translation>Ошол эле адам болушу мүмкүн</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Merge, keep the first</source>
            <translation>Бириктирүү, биринчисин калтыруу</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Merge, keep the second</source>
            <translation>Бириктирүү, экинчисин калтыруу</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Not the same person</source>
            <translation>Ар башка адамдар</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Person</source>
            <translation>Адам</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Score</source>
            <translation>Окшоштук</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Why</source>
            <translation>Себептери</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>birth year ±1</source>
            <translation>туулган жылы ±1</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>other birth year</source>
            <translation>туулган жылы башка</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>other district</source>
            <translation>району башка</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>other phone</source>
            <translation>телефону башка</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same birth year</source>
            <translation>туулган жылы бирдей</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same district</source>
            <translation>району бирдей</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same name</source>
            <translation>аты-жөнү бирдей</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same organisation</source>
            <translation>уюму бирдей</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same phone</source>
            <translation>телефону бирдей</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>similar name</source>
            <translation>аты-жөнү окшош</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>{n} likely pairs among {people} people.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{people} адамдын арасынан {n} ыктымал жуп табылды.</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Erase for ever</source>
            <translation>Биротоло өчүрүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Erase person</source>
            <translation>Адамды өчүрүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Erasing removes {name}'s name, phone, e-mail, birth date, notes, organisation and district from this laptop and, with the next sync, from every laptop. Her attendance still counts in reports, under an anonymous name. This cannot be undone.

Type her full name to confirm:</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Өчүрүү {name} аттуу адамдын аты-жөнүн, телефонун, e-mail дарегин, туулган күнүн, эскертмелерин, уюмун жана районун ушул ноутбуктан, кийинки шайкештирүүдө бардык ноутбуктардан өчүрөт. Анын катышуусу отчеттордо жашыруун ат менен эсептеле берет. Муну кайра жокко чыгарууга болбойт.

Ырастоо үчүн анын толук атын жазыңыз:</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Reason</source>
            <translation>Себеби</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Why, e.g. her written request of 30.11.2026</source>
            <translation>Эмне үчүн, мисалы: анын 30.11.2026 жазуу арызы</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>&amp;Finish</source>
            <translation>&amp;Даяр</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>&amp;Load demo data to try Tirek out</source>
            <translation>Tirek программасын сынап көрүү үчүн демо-маалыматты &amp;жүктөө</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Кийинки &gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Артка</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Backups</source>
            <translation>Камдык көчүрмөлөр</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>For certificates. All of this can be filled in later in Settings.</source>
            <translation>Сертификаттар үчүн. Мунун баарын кийин жөндөөлөрдөн да толтурсаңыз болот.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>How this laptop is known to the others in your network.</source>
            <translation>Тармагыңыздагы башкалар бул ноутбукту ушул ат менен билишет.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Invented trainings, people and meetings, to practise with. Leave this off on a laptop for real work.</source>
            <translation>Машыгуу үчүн ойдон чыгарылган тренингдер, адамдар жана жолугушуулар. Чыныгы иш жүргүзүлө турган ноутбукта муну белгилебеңиз.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Language</source>
            <translation>Тил</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Ready</source>
            <translation>Баары даяр</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>The language of Tirek's windows. You can change it later in Settings.</source>
            <translation>Tirek терезелеринин тили. Аны кийин жөндөөлөрдөн өзгөртсөңүз болот.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>This laptop</source>
            <translation>Бул ноутбук</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Tirek is set up. Press Finish to start.</source>
            <translation>Tirek жөндөлдү. Иштей баштоо үчүн «Даяр» баскычын басыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Tirek keeps your trainings, participants, attendance and meeting minutes on this laptop, works without internet, and shares them with your network as files.</source>
            <translation>Tirek тренингдериңизди, катышуучуларды, катышууну жана жолугушуулардын протоколдорун ушул ноутбукта сактайт, интернетсиз иштейт жана аларды тармагыңыз менен файлдар аркылуу бөлүшөт.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Tirek saves a backup of everything every hour and when you close it.</source>
            <translation>Tirek бардык маалыматтын камдык көчүрмөсүн саат сайын жана жабылганда сактайт.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Welcome to Tirek</source>
            <translation>Tirek программасына кош келиңиз</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Your organisation</source>
            <translation>Сиздин уюм</translation>
        </message>
    </context>
    <context>
        <name>FollowUpList</name>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Call by</source>
            <translation>Чалуу мөөнөтү</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Called</source>
            <translation>Чалынды</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Note</source>
            <translation>Эскертүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Participant</source>
            <translation>Катышуучу</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Space: called and reached · N: called, not reached · O: record what she went on to do</source>
            <translation>Боштук: чалынды, жооп берди · N: чалынды, жооп жок · O: андан кийин эмне кылганын жазуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>not reached</source>
            <translation>жооп жок</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>reached</source>
            <translation>жооп берди</translation>
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
            <translation>{n} айдан кийин</translation>
        </message>
    </context>
    <context>
        <name>FrameworkTab</name>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>&amp;Show</source>
            <translation>&amp;Көрсөтүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>2026, 2026-H1 or 2026-Q3</source>
            <translation>2026, 2026-H1 же 2026-Q3</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Actual</source>
            <translation>Иш жүзүндө</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Baseline</source>
            <translation>Баштапкы маани</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>By sex</source>
            <translation>Жынысы боюнча</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Code</source>
            <translation>Коду</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Indicator</source>
            <translation>Көрсөткүч</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>No project yet: add one under Reports first.</source>
            <translation>Долбоор азырынча жок: адегенде Отчёттор бөлүмүнөн кошуңуз.</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Period:</source>
            <translation>Мезгил:</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Project:</source>
            <translation>Долбоор:</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Save as &amp;PDF…</source>
            <translation>&amp;PDF катары сактоо…</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Save as &amp;xlsx…</source>
            <translation>&amp;xlsx катары сактоо…</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Save the framework</source>
            <translation>Алкакты сактоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Show the &amp;records…</source>
            <translation>&amp;Жазууларды көрсөтүү…</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Target</source>
            <translation>Максаттуу маани</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>This project has no results framework yet (tirek results …).</source>
            <translation>Бул долбоордо азырынча натыйжалар алкагы жок (tirek results …).</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <location filename="../../app/ui/guide.py" />
            <source>Tirek user guide</source>
            <translation>Tirek боюнча колдонмо</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Change</source>
            <translation>Өзгөрүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>History</source>
            <translation>Өзгөрүүлөрдүн тарыхы</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Laptop</source>
            <translation>Ноутбук</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Value</source>
            <translation>Маани</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>When</source>
            <translation>Качан</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Who</source>
            <translation>Ким</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>changed</source>
            <translation>өзгөртүлдү</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>created</source>
            <translation>түзүлдү</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>deleted</source>
            <translation>өчүрүлдү</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>merged</source>
            <translation>бириктирилди</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>The passphrase is not right.</source>
            <translation>Купуя сөз туура эмес.</translation>
        </message>
    </context>
    <context>
        <name>LaterPage</name>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Loading…</source>
            <translation>Жүктөлүүдө…</translation>
        </message>
    </context>
    <context>
        <name>Loader</name>
        <message>
            <location filename="../../app/ui/loading.py" />
            <source>Loading…</source>
            <translation>Жүктөлүүдө…</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Recovery key</source>
            <translation>Калыбына келтирүү ачкычы</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Write this recovery key down now and give it to your coordinator. It is shown only this once. With it a forgotten passphrase can be replaced.

{key}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул калыбына келтирүү ачкычын азыр жазып алып, координаторуңузга бериңиз. Ал бир гана жолу көрсөтүлөт. Анын жардамы менен унутулган купуя сөздү алмаштырса болот.

{key}</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Tirek is locked</source>
            <translation>Tirek кулпуланды</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Type the passphrase to go on.</source>
            <translation>Улантуу үчүн купуя сөздү териңиз.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Unlock</source>
            <translation>Ачуу</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;About Tirek</source>
            <translation>Tirek программасы &amp;жөнүндө</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Түзөтүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Find…</source>
            <translation>&amp;Табуу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>&amp;Жардам</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Import people from a spreadsheet…</source>
            <translation>Таблицадан адамдарды &amp;импорттоо…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Чыгуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Жаңылоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Settings…</source>
            <translation>&amp;Жөндөөлөр…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Undo delete</source>
            <translation>&amp;Өчүрүүнү жокко чыгаруу</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;User guide</source>
            <translation>&amp;Колдонмо</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Verify a certificate…</source>
            <translation>&amp;Сертификатты текшерүү…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Көрүнүш</translation>
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
            <translation>Камдык көчүрмө автоматтык түрдө түзүлгөн жок: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Backup saved.</source>
            <translation>Камдык көчүрмө сакталды.</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Backup saved; the copy to the second folder failed: {why}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Камдык көчүрмө сакталды, бирок экинчи папкага көчүрүлгөн жок: {why}</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Duplicates</source>
            <translation>Кайталанмалар</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Meetings</source>
            <translation>Жолугушуулар</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>NAP &amp; capacity</source>
            <translation>УИП жана потенциал</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>New &amp;meeting…</source>
            <translation>Жаңы жо&amp;лугушуу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>New &amp;person…</source>
            <translation>Жаңы &amp;адам…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>New &amp;training…</source>
            <translation>Жаңы &amp;тренинг…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Organisations</source>
            <translation>Уюмдар</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>People</source>
            <translation>Адамдар</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Reports</source>
            <translation>Отчёттор</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Results</source>
            <translation>Натыйжалар</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Search</source>
            <translation>Издөө</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Search people, trainings, meetings  (Ctrl+F)</source>
            <translation>Адамдарды, тренингдерди, жолугушууларды издөө  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Sync</source>
            <translation>Шайкештирүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>This laptop: {name} · {role}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул ноутбук: {name} · {role}</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Tirek</source>
            <translation>Tirek</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Trainings</source>
            <translation>Тренингдер</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;Actions agreed at this meeting&lt;/b&gt;</source>
            <translation>&lt;b&gt;Бул жолугушууда макулдашылган иштер&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;Decisions&lt;/b&gt;</source>
            <translation>&lt;b&gt;Чечимдер&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;From the registry&lt;/b&gt; (Enter adds)</source>
            <translation>&lt;b&gt;Реестрден&lt;/b&gt; (Enter — кошуу)</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;Outside guest&lt;/b&gt;</source>
            <translation>&lt;b&gt;Реестрде жок конок&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;Still open from earlier meetings of the series&lt;/b&gt;</source>
            <translation>&lt;b&gt;Сериянын мурунку жолугушууларынан калган иштер&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Action</source>
            <translation>Иш</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Action items</source>
            <translation>Аткарыла турган иштер</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Add action</source>
            <translation>Иш кошуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Add decision</source>
            <translation>Чечим кошуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Add guest</source>
            <translation>Конок кошуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Agenda</source>
            <translation>Күн тартиби</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Approve minutes</source>
            <translation>Протоколду бекитүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Approve minutes…</source>
            <translation>Протоколду бекитүү…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Attendees</source>
            <translation>Катышуучулар</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Date</source>
            <translation>Күнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Decision</source>
            <translation>Чечим</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Delete decision</source>
            <translation>Чечимди өчүрүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Details</source>
            <translation>Негизги маалымат</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Due</source>
            <translation>Мөөнөтү</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Due date</source>
            <translation>Аткаруу мөөнөтү</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>From</source>
            <translation>Булагы</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Guest's name</source>
            <translation>Коноктун аты-жөнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Kind</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Meeting</source>
            <translation>Жолугушуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Meeting: {title}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Жолугушуу: {title}</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Minutes</source>
            <translation>Протокол</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Minutes and decisions</source>
            <translation>Протокол жана чечимдер</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Minutes approved by {who} on {when}. They can no longer be changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Протоколду бекиткен: {who}, {when}. Аны эми өзгөртүүгө болбойт.</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Name</source>
            <translation>Аты-жөнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>New decision</source>
            <translation>Жаңы чечим</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>New meeting</source>
            <translation>Жаңы жолугушуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Once approved, the minutes can no longer be changed. Approve them now?</source>
            <translation>Бекитилгенден кийин протоколду өзгөртүүгө болбойт. Аны азыр бекитесизби?</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Organisation</source>
            <translation>Уюм</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Owner</source>
            <translation>Жооптуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Owner from the registry…</source>
            <translation>Жооптууну реестрден тандоо…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Owner of the action</source>
            <translation>Ишке жооптуу адам</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Place</source>
            <translation>Жери</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Print minutes…</source>
            <translation>Протоколду басып чыгаруу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Project</source>
            <translation>Долбоор</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Region</source>
            <translation>Облус</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Remove</source>
            <translation>Алып салуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Role</source>
            <translation>Кызматы</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Series</source>
            <translation>Серия</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Set status of selected</source>
            <translation>Тандалган иштин абалын өзгөртүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Status</source>
            <translation>Абалы</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Title</source>
            <translation>Аталышы</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>YYYY-MM-DD</source>
            <translation>ЖЖЖЖ-АА-КК</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>e.g. Osh NGO forum (links follow-ups)</source>
            <translation>мисалы, Оштогу БӨУлардын форуму (жолугушууларды байланыштырат)</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>guest</source>
            <translation>конок</translation>
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
            <translation>Бардык түрлөр</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Attendees</source>
            <translation>Катышуучулар</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Date</source>
            <translation>Күнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Delete meeting…</source>
            <translation>Жолугушууну өчүрүү…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Kind</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Minutes</source>
            <translation>Протокол</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>New meeting…</source>
            <translation>Жаңы жолугушуу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Region</source>
            <translation>Облус</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Search meetings…</source>
            <translation>Жолугушууларды издөө…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Series</source>
            <translation>Серия</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Title</source>
            <translation>Аталышы</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>approved</source>
            <translation>бекитилген</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>draft</source>
            <translation>бекитиле элек</translation>
        </message>
    </context>
    <context>
        <name>MonitoringMatrix</name>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>All regions</source>
            <translation>Бардык облустар</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Baseline</source>
            <translation>Баштапкы маани</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Double-click an indicator to record progress on it.</source>
            <translation>Аткарылышы тууралуу маалымат киргизүү үчүн көрсөткүчтү эки жолу басыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>From</source>
            <translation>Башталышы</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Indicator</source>
            <translation>Көрсөткүч</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Months</source>
            <translation>Ай боюнча</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>No plan yet. Import one: tirek nap import FILE.xlsx</source>
            <translation>План азырынча жок. Аны төмөнкү буйрук менен импорттоңуз: tirek nap import ФАЙЛ.xlsx</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Periods</source>
            <translation>Мезгилдер</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Quarters</source>
            <translation>Чейрек боюнча</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Q{n} {year}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{year}-ж. {n}-чейр.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Region</source>
            <translation>Облус</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Status</source>
            <translation>Абалы</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Target</source>
            <translation>Максаттуу маани</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>The end of the range is before its start.</source>
            <translation>Мезгилдин аягы анын башталышынан мурун турат.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>To</source>
            <translation>Аягы</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Years</source>
            <translation>Жыл боюнча</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>{n} indicators at the end of the range: {counts}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Мезгилдин аягында {n} көрсөткүч: {counts}</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>{status}; {n} progress entries</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{status}; аткарылышы боюнча {n} жазуу</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <location filename="../../app/ui/network/page.py" />
            <source>Capacity assessments</source>
            <translation>Потенциалды баалоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/page.py" />
            <source>NAP 1325 monitoring</source>
            <translation>УИП 1325 мониторинги</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/page.py" />
            <source>Organisations of a region</source>
            <translation>Облустун уюмдары</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEditor</name>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Address</source>
            <translation>Дареги</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Contact person</source>
            <translation>Байланыш үчүн адам</translation>
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
            <translation>Негизделген жылы</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Members</source>
            <translation>Мүчө саны</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Name</source>
            <translation>Аталышы</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>New organisation</source>
            <translation>Жаңы уюм</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Notes</source>
            <translation>Эскертүүлөр</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Organisation</source>
            <translation>Уюм</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Region</source>
            <translation>Облус</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Relation to the network</source>
            <translation>Тармак менен байланышы</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Type</source>
            <translation>Түрү</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message numerus="yes">
            <location filename="../../app/ui/organisations.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n адам</numerusform>
                <numerusform>%n адам</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>&lt;b&gt;People&lt;/b&gt;</source>
            <translation>&lt;b&gt;Адамдар&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>&lt;b&gt;Trainings&lt;/b&gt;</source>
            <translation>&lt;b&gt;Тренингдер&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Choose an organisation in the list</source>
            <translation>Тизмеден уюмду тандаңыз</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Edit organisation…</source>
            <translation>Уюмду өзгөртүү…</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Name</source>
            <translation>Аталышы</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>New organisation…</source>
            <translation>Жаңы уюм…</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Region</source>
            <translation>Облус</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Search organisations…</source>
            <translation>Уюмдарды издөө…</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Starts</source>
            <translation>Башталышы</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Their people</source>
            <translation>Уюмдан келгендер</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Training</source>
            <translation>Тренинг</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Type</source>
            <translation>Түрү</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Note</source>
            <translation>Эскертүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Participant</source>
            <translation>Катышуучу</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Source</source>
            <translation>Булак</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>What</source>
            <translation>Эмне</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>What she went on to do</source>
            <translation>Андан кийин эмне кылды</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>When</source>
            <translation>Качан</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTab</name>
        <message numerus="yes">
            <location filename="../../app/ui/trainings/editor.py" />
            <source>%n participants</source>
            <translation>
                <numerusform>%n катышуучу</numerusform>
                <numerusform>%n катышуучу</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>&lt;b&gt;Enrol from the registry&lt;/b&gt; (Enter enrols)</source>
            <translation>&lt;b&gt;Реестрден кошуу&lt;/b&gt; (Enter — кошуу)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Born</source>
            <translation>Туулган</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Enrol selected</source>
            <translation>Тандалганды кошуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Name</source>
            <translation>Аты-жөнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Quick add a new person…</source>
            <translation>Жаңы адамды тез кошуу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Remove from training</source>
            <translation>Тренингден алып салуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Again:</source>
            <translation>Кайра:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Kept in the system's credential store; anyone who can log in here can open Tirek.</source>
            <translation>Системанын сырсөздөр сактагычында сакталат; бул компьютерге кире алган ар бир адам Tirek'ти ача алат.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Opening Tirek…</source>
            <translation>Tirek ачылууда…</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Passphrase:</source>
            <translation>Купуя сөз:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Remember on this computer</source>
            <translation>Бул компьютерде эстеп калуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>The two passphrases differ.</source>
            <translation>Эки купуя сөз дал келбейт.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Tirek keeps its database encrypted. Choose a passphrase of at least 8 characters: it is asked when Tirek starts.</source>
            <translation>Tirek маалымат базасын шифрлеп сактайт. Кеминде 8 белгиден турган купуя сөз тандаңыз: Tirek ачылганда ал суралат.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Tirek: passphrase</source>
            <translation>Tirek: купуя сөз</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Type the passphrase of Tirek's database.</source>
            <translation>Tirek маалымат базасынын купуя сөзүн териңиз.</translation>
        </message>
    </context>
    <context>
        <name>PeopleImportDialog</name>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>(leave this row out)</source>
            <translation>(бул сапты киргизбөө)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>(not imported)</source>
            <translation>(импорттолбойт)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>A new person</source>
            <translation>Жаңы адам</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Check again</source>
            <translation>Кайра текшерүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Checking…</source>
            <translation>Текшерилүүдө…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Choose a file…</source>
            <translation>Файл тандоо…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Close</source>
            <translation>Жабуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Columns of the file and the Tirek field each one fills:</source>
            <translation>Файлдын тилкелери жана алар толтура турган Tirek талаалары:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Consent to photos</source>
            <translation>Сүрөткө макулдук</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Consent to store data</source>
            <translation>Маалыматты сактоого макулдук</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Date of birth</source>
            <translation>Туулган күнү</translation>
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
            <translation>Аты-жөнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Given name</source>
            <translation>Аты</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Import all</source>
            <translation>Бардык саптарды импорттоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Import people</source>
            <translation>Адамдарды импорттоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Import the good rows only</source>
            <translation>Катасыз саптарды гана импорттоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Imported {n} people; {linked} already registered, {undecided} undecided and {skipped} rows with problems left out.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Киргизилген адамдар: {n}; реестрде бар: {linked}, чечилбеген: {undecided}, каталары бар саптар калтырылды: {skipped}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Importing…</source>
            <translation>Импорттолууда…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Is this person…</source>
            <translation>Бул…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Name in the file</source>
            <translation>Файлдагы аты</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>No file chosen.</source>
            <translation>Файл тандалган жок.</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Notes</source>
            <translation>Эскертүүлөр</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Nothing changed: {linked} rows are people already in the registry.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Эч нерсе өзгөргөн жок: реестрде бар адамдардын саптары: {linked}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Organisation</source>
            <translation>Уюм</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Patronymic</source>
            <translation>Атасынын аты</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Possibly already in the registry (decide each):</source>
            <translation>Балким, реестрде бар (ар бирин чечиңиз):</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Region</source>
            <translation>Облус</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Row</source>
            <translation>Сап</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Таблицалар (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Surname</source>
            <translation>Фамилиясы</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>The registered {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Реестрдеги {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>The registered {name} ({facts})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Реестрдеги {name} ({facts})</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Tirek ID</source>
            <translation>Tirek ID</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Washington Group: {domain}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Вашингтон тобу: {domain}</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Year of birth</source>
            <translation>Туулган жылы</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>row {row}: already in the registry (linked, nothing added)</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{row}-сап: реестрде бар (байланышты, эч нерсе кошулган жок)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>row {row}: the same person as row {other}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{row}-сап: {other}-саптагы адам</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>{ready} rows ready: {new} new, {known} already in the registry, {maybe} possibly registered, {repeated} repeated; {bad} rows with problems.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Даяр саптар: {ready}: жаңы {new}, реестрде бар {known}, балким реестрде {maybe}, кайталанган {repeated}; каталары бар саптар: {bad}.</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message numerus="yes">
            <location filename="../../app/ui/people/page.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n адам</numerusform>
                <numerusform>%n адам</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>New person…</source>
            <translation>Жаңы адам…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Search people by name or phone…</source>
            <translation>Адамдарды аты же телефону боюнча издөө…</translation>
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
            <translation>Макулдук</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Date of birth</source>
            <translation>Туулган күнү</translation>
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
            <translation>Адамды өчүрүү…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Full name</source>
            <translation>Аты-жөнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>New person</source>
            <translation>Жаңы адам</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Notes</source>
            <translation>Эскертүүлөр</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Organisation</source>
            <translation>Уюм</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Person</source>
            <translation>Адамдын маалыматы</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Region</source>
            <translation>Облус</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Surname and given name</source>
            <translation>Фамилиясы жана аты</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>YYYY-MM-DD</source>
            <translation>ЖЖЖЖ-АА-КК</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Year of birth</source>
            <translation>Туулган жылы</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>e.g. 1985</source>
            <translation>мисалы, 1985</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>to be photographed</source>
            <translation>сүрөткө тартууга</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>to store their data</source>
            <translation>маалыматын сактоого</translation>
        </message>
    </context>
    <context>
        <name>PersonPanel</name>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>&lt;b&gt;Meetings&lt;/b&gt;</source>
            <translation>&lt;b&gt;Жолугушуулар&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>&lt;b&gt;Trainings&lt;/b&gt;</source>
            <translation>&lt;b&gt;Тренингдер&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Attended</source>
            <translation>Катышкан</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Choose a person in the list</source>
            <translation>Тизмеден адамды тандаңыз</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Date</source>
            <translation>Күнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Delete person…</source>
            <translation>Адамды өчүрүү…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Edit person…</source>
            <translation>Маалыматын өзгөртүү…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Kind</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Meeting</source>
            <translation>Жолугушуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Organisation</source>
            <translation>Уюм</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Region</source>
            <translation>Облус</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Starts</source>
            <translation>Башталышы</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Training</source>
            <translation>Тренинг</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Year of birth</source>
            <translation>Туулган жылы</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>{n} of {m}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{m} ичинен {n}</translation>
        </message>
    </context>
    <context>
        <name>PrintCertificatesDialog</name>
        <message numerus="yes">
            <location filename="../../app/ui/documents/certificates.py" />
            <source>%n certificate(s) saved in %1.</source>
            <translation>
                <numerusform>%n сертификат сакталды: %1.</numerusform>
                <numerusform>%n сертификат сакталды: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/documents/certificates.py" />
            <source>%n participant(s) earned a certificate.</source>
            <translation>
                <numerusform>%n катышуучу сертификатка татыктуу.</numerusform>
                <numerusform>%n катышуучу сертификатка татыктуу.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Attended</source>
            <translation>Катышкан</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Certificates</source>
            <translation>Сертификаттар</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Choose…</source>
            <translation>Тандоо…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Decided by hand</source>
            <translation>Кол менен чечилди</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>English</source>
            <translation>Англисче</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Excluded: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Чыгарылды: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Exclude…</source>
            <translation>Чыгаруу…</translation>
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
            <translation>Кошулду: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Include…</source>
            <translation>Кошуу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Kyrgyz</source>
            <translation>Кыргызча</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Kyrgyz and Russian</source>
            <translation>Кыргызча жана орусча</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Language</source>
            <translation>Тил</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Let the rule decide</source>
            <translation>Эреже боюнча чечүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>No</source>
            <translation>Жок</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>One PDF per person, in a folder</source>
            <translation>Ар бир адамга өзүнчө PDF, папкага</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>One PDF with all certificates</source>
            <translation>Бардык сертификаттар бир PDF файлда</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Organisation</source>
            <translation>Уюм</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF файлдары (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Participant</source>
            <translation>Катышуучу</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Print</source>
            <translation>Басып чыгаруу</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Print certificates</source>
            <translation>Сертификаттарды басып чыгаруу</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Printing certificates…</source>
            <translation>Сертификаттар басылып жатат…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Reason</source>
            <translation>Себеби</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Russian</source>
            <translation>Орусча</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Save certificates</source>
            <translation>Сертификаттарды сактоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Save to</source>
            <translation>Кайда сактоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Why does {name} get a certificate anyway?</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Эмне үчүн {name} баары бир сертификат алат?</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Why does {name} not get a certificate?</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Эмне үчүн {name} сертификат албайт?</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Yes</source>
            <translation>Ооба</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>{path} already exists. Replace it?</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} мурунтан эле бар. Алмаштырасызбы?</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Date</source>
            <translation>Күнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>From the value</source>
            <translation>Мааниси боюнча</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Narrative</source>
            <translation>Түшүндүрмө</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>National (no region)</source>
            <translation>Улуттук деңгээл (облуссуз)</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Progress on {code}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Аткарылышы: {code}</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Region</source>
            <translation>Облус</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Source</source>
            <translation>Булак</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Status</source>
            <translation>Абалы</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Target</source>
            <translation>Максаттуу маани</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Value</source>
            <translation>Маани</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>a number, e.g. 120</source>
            <translation>сан, мисалы, 120</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Баарын тандоо</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Көбөйтүү</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Азайтуу</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>Кө&amp;чүрүү</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Ко&amp;юу</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Кайра &amp;жасоо</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Артка кайтаруу</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Кесүү</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Өчүрүү</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Баарын тандоо</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Hide Details...</source>
            <translation>Чоо-жайын жашыруу...</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>Чоо-жайын көрсөтүү...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Жок</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ооба</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Токтотуу</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Колдонуу</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабуу</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Сактабоо</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Жардам</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Өткөрүп жиберүү</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Б&amp;аарына жок</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Макул</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ачуу</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Баштапкыга кайтаруу</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Демейки маанилерге кайтаруу</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Кайталоо</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сактоо</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Баарын сактоо</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>&amp;Баарына ооба</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Солго жылдыруу</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Оңго жылдыруу</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>Кө&amp;чүрүү</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Ко&amp;юу</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Кайра &amp;жасоо</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Артка кайтаруу</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>&amp;Шилтеменин дарегин көчүрүү</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Кесүү</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Өчүрүү</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Баарын тандоо</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Даяр</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Жардам</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Кийинки</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Кийинки &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Артка</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Ырастоо</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Улантуу</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Даяр</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Артка</translation>
        </message>
    </context>
    <context>
        <name>QuickAddDialog</name>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Add new person</source>
            <translation>Жаңы адам кошуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Discard the person you were typing?</source>
            <translation>Терип жаткан адамды өчүрөсүзбү?</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Quick add a person</source>
            <translation>Адамды тез кошуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Similar people are already registered:</source>
            <translation>Реестрде окшош адамдар мурунтан эле бар:</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Use the selected person</source>
            <translation>Тандалган адамды колдонуу</translation>
        </message>
    </context>
    <context>
        <name>RegionOrganisations</name>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Assessments</source>
            <translation>Баалоолор</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Latest score, %</source>
            <translation>Акыркы балл, %</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Meetings</source>
            <translation>Жолугушуулар</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Members</source>
            <translation>Мүчө саны</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Network</source>
            <translation>Тармак</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Organisation</source>
            <translation>Уюм</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>People</source>
            <translation>Адамдар</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Region</source>
            <translation>Облус</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Trainings attended</source>
            <translation>Катышкан тренингдер</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Type</source>
            <translation>Түрү</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>{n} organisations</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{n} уюм</translation>
        </message>
    </context>
    <context>
        <name>RegionTiles</name>
        <message>
            <location filename="../../app/ui/results/regions.py" />
            <source>trainings · people trained · outcomes</source>
            <translation>тренингдер · окугандар · натыйжалар</translation>
        </message>
    </context>
    <context>
        <name>RegistrationDialog</name>
        <message numerus="yes">
            <location filename="../../app/ui/trainings/registration.py" />
            <source>%n registrations waiting for you</source>
            <translation>
                <numerusform>%n каттоо сизди күтүп турат</numerusform>
                <numerusform>%n каттоо сизди күтүп турат</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>A new person</source>
            <translation>Жаңы киши</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Born</source>
            <translation>Туулган</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Close registration</source>
            <translation>Каттоону жабуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Confirm (Enter)</source>
            <translation>Ырастоо (Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>In the registry</source>
            <translation>Реестрде</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Name</source>
            <translation>Аты-жөнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Open for {min} more minutes</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Дагы {min} мүнөт ачык</translation>
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
            <translation>Катышуучулар телефонун ушул ноутбуктун (же жайдын) Wi-Fi тармагына туташтырып, кодду сканерлешет же даректи терип, PIN-кодду киргизишет. Алар жөнөткөн эч нерсе сиз бул жерде ырастамайынча сакталбайт.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Registration could not start.</source>
            <translation>Каттоо башталган жок.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Registration is closed.</source>
            <translation>Каттоо жабык.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Registration: {title}, {date}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Каттоо: {title}, {date}</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Reject (Delete)</source>
            <translation>Четке кагуу (Delete)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Same as the registered person</source>
            <translation>Реестрдеги киши ошол</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Starting…</source>
            <translation>Башталууда…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>looking in the registry…</source>
            <translation>реестрден изделүүдө…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>maybe the same as {name}? (new unless you say so)</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} болушу мүмкүнбү? (айтпасаңыз — жаңы киши)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>new person</source>
            <translation>жаңы киши</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>registered: {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>катталган: {name}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>(all projects)</source>
            <translation>(бардык долбоорлор)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Age bands:</source>
            <translation>Курак топтору:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>As it will leave the office (small numbers hidden)</source>
            <translation>Кеңседен чыкканда кандай болот (кичине сандар жашырылган)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Completed</source>
            <translation>Аяктагандар</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Completion rate</source>
            <translation>Аяктагандардын үлүшү</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Counting…</source>
            <translation>Эсептелүүдө…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Donor reports</source>
            <translation>Донорлорго отчёттор</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>English</source>
            <translation>Англисче</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel китеби (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Figure</source>
            <translation>Көрсөткүч</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Group</source>
            <translation>Топ</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Kyrgyz</source>
            <translation>Кыргызча</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Only this period:</source>
            <translation>Ушул мезгил үчүн гана:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF файлдары (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Participations</source>
            <translation>Катышуулар</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Period:</source>
            <translation>Мезгил:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Place names in:</source>
            <translation>Жер аттарынын тили:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Preview</source>
            <translation>Алдын ала көрүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Project:</source>
            <translation>Долбоор:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Russian</source>
            <translation>Орусча</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Save as Excel…</source>
            <translation>Excel катары сактоо…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Save as PDF…</source>
            <translation>PDF катары сактоо…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Save report</source>
            <translation>Отчётту сактоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Saved: {path}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Сакталды: {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Summary</source>
            <translation>Жыйынтык</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Unique people</source>
            <translation>Кайталанбаган адамдар</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Value</source>
            <translation>Маани</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Writing the report…</source>
            <translation>Отчёт түзүлүүдө…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>to</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>{n} trainings, {p} participations, {u} people.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Тренинг: {n}, катышуу: {p}, адам: {u}.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Follow-up</source>
            <translation>Кийинки байланыш</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Knowledge tests</source>
            <translation>Билим тесттери</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Regions</source>
            <translation>Аймактар</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Results framework</source>
            <translation>Натыйжалар алкагы</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <location filename="../../app/ui/runner.py" />
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
        <message>
            <location filename="../../app/ui/runner.py" />
            <source>Please wait</source>
            <translation>Күтө туруңуз</translation>
        </message>
        <message>
            <location filename="../../app/ui/runner.py" />
            <source>Working…</source>
            <translation>Аткарылууда…</translation>
        </message>
    </context>
    <context>
        <name>SavedPanel</name>
        <message>
            <location filename="../../app/ui/documents/done.py" />
            <source>Open</source>
            <translation>Ачуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/done.py" />
            <source>Show in folder</source>
            <translation>Папкада көрсөтүү</translation>
        </message>
    </context>
    <context>
        <name>ScoresGrid</name>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>No one has both scores yet.</source>
            <translation>Эки упайы тең бар катышуучу азырынча жок.</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>Type a score and press Enter: the next participant is ready. Tab: the other column. Delete: clear.</source>
            <translation>Упайды жазып, Enter басыңыз: кийинки катышуучу даяр. Tab: башка мамыча. Delete: тазалоо.</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>not recorded</source>
            <translation>белгисиз</translation>
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
            <translation>эки упайы бар: {n} · орточо {pre} → {post} ({gain}) · билими өскөндөр: {share}% ({sexes})</translation>
        </message>
    </context>
    <context>
        <name>ScoresModel</name>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>After (of {max})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Кийин ({max} ичинен)</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>Before (of {max})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Мурун ({max} ичинен)</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>Gain</source>
            <translation>Өсүш</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>Participant</source>
            <translation>Катышуучу</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>{text} is not a score: type a number.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{text} упай эмес: сан жазыңыз.</translation>
        </message>
    </context>
    <context>
        <name>ScoresTab</name>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>&amp;Give a test at this training…</source>
            <translation>Бул тренингде &amp;тест берүү…</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Give a test</source>
            <translation>Тест берүү</translation>
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
            <translation>Маалымат</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Found</source>
            <translation>Табылгандар</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Found for “{text}”</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{text}» боюнча табылгандар</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Meetings</source>
            <translation>Жолугушуулар</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Nothing found for “{text}”</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{text}» боюнча эч нерсе табылган жок</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>People</source>
            <translation>Адамдар</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Trainings</source>
            <translation>Тренингдер</translation>
        </message>
    </context>
    <context>
        <name>SessionsTab</name>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add day</source>
            <translation>Сабак кошуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add the training's days first.</source>
            <translation>Адегенде тренингдин күндөрүн кошуңуз.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Choose a day in the list first.</source>
            <translation>Адегенде тизмеден сабакты тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Date</source>
            <translation>Күнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Delete day</source>
            <translation>Сабакты өчүрүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Delete this day and its attendance marks?</source>
            <translation>Бул сабакты анын катышуу белгилери менен кошо өчүрөсүзбү?</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>From</source>
            <translation>Башталышы</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>HH:MM</source>
            <translation>СС:ММ</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Hours</source>
            <translation>Саат</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Print sign-in sheet…</source>
            <translation>Каттоо баракчасын басып чыгаруу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Registration</source>
            <translation>Каттоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Registration from phones…</source>
            <translation>Телефондон каттоо…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Save changes to this day</source>
            <translation>Сабактын өзгөрүүлөрүн сактоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Sign-in sheet</source>
            <translation>Каттоо баракчасы</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>There is already a day on {date}{time}. Add another one? (Two identical days mean nobody attends every session.)</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{date}{time} күнү сабак мурунтан эле бар. Дагы бирөөнү кошосузбу? (Эки бирдей сабак болсо, эч ким бардык сабактарга катышкан болуп эсептелбейт.)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>To</source>
            <translation>Аягы</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>YYYY-MM-DD</source>
            <translation>ЖЖЖЖ-АА-КК</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>worked out from the times if empty</source>
            <translation>бош болсо, башталыш жана аяктоо убактысынан эсептелет</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Backups</source>
            <translation>Камдык көчүрмөлөр</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Certificates</source>
            <translation>Сертификаттар</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Change the passphrase…</source>
            <translation>Купуя сөздү өзгөртүү…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Interface</source>
            <translation>Интерфейс</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>New passphrase with the recovery key…</source>
            <translation>Калыбына келтирүү ачкычы менен жаңы купуя сөз…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Passphrase</source>
            <translation>Купуя сөз</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Settings</source>
            <translation>Жөндөөлөр</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>This laptop</source>
            <translation>Бул ноутбук</translation>
        </message>
    </context>
    <context>
        <name>SetupFields</name>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>&amp;Language:</source>
            <translation>&amp;Тил:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Уюм:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>&amp;Role:</source>
            <translation>&amp;Ролу:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>&amp;Second folder:</source>
            <translation>&amp;Экинчи папка:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>As printed on certificates</source>
            <translation>Сертификатта кандай жазылса, ошондой</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Backups are always kept in Tirek's own folder. A copy can also go to a second folder, e.g. on a USB stick.</source>
            <translation>Камдык көчүрмөлөр дайыма Tirek папкасында сакталат. Көчүрмөнү экинчи папкага да, мисалы, флешкага сактаса болот.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Choose the organisation's logo</source>
            <translation>Уюмдун логотибин тандаңыз</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Choose the second folder for backups</source>
            <translation>Камдык көчүрмөлөр үчүн экинчи папканы тандаңыз</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Choose…</source>
            <translation>Тандоо…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Clear</source>
            <translation>Тазалоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Every laptop of your network uses the same one: paste the invitation code your coordinator gave you (or the path of the invitation file). Only the coordinator's first laptop starts a new network.</source>
            <translation>Тармактын бардык ноутбуктары бирдей колдонот: координатор берген чакыруу кодун (же чакыруу файлынын жолун) коюңуз. Жаңы тармакты координатордун биринчи ноутбугу гана баштайт.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Laptop &amp;name:</source>
            <translation>&amp;Ноутбуктун аты:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Lo&amp;go:</source>
            <translation>&amp;Логотип:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Network &amp;invitation:</source>
            <translation>Тармакка &amp;чакыруу:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Other laptops see this name on the files you send, e.g. Osh-1 or Naryn-Aida.</source>
            <translation>Бул атты башка ноутбуктар сиз жөнөткөн файлдардан көрүшөт, мисалы, Ош-1 же Нарын-Аида.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Сүрөттөр (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Printed on certificates (PNG or JPEG).</source>
            <translation>Сертификаттарга басылат (PNG же JPEG).</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Start a &amp;new network (coordinators only)</source>
            <translation>&amp;Жаңы тармак баштоо (координаторлор гана)</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>e.g. 0A0B0C-0D…</source>
            <translation>мисалы, 0A0B0C-0D…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>e.g. Osh-1</source>
            <translation>мисалы, Ош-1</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <location filename="../../app/ui/app.py" />
            <source>Loading demo data…</source>
            <translation>Демо-маалымат жүктөлүүдө…</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Applying held files</source>
            <translation>Күтүүдөгү файлдар колдонулууда</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Approve sender…</source>
            <translation>Жөнөтүүчүнү бекитүү…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Approved</source>
            <translation>Бекитилген</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>By</source>
            <translation>Автору</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Choose…</source>
            <translation>Тандоо…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Conflict settled; the decision travels with the next sync.</source>
            <translation>Карама-каршылык чечилди; чечим кийинки шайкештирүүдө башка ноутбуктарга жөнөтүлөт.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Conflicts to review</source>
            <translation>Чечиле турган карама-каршылыктар</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Copy the changes to the person kept</source>
            <translation>Өзгөртүүлөрдү калтырылган жазууга көчүрүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Delete the records too</source>
            <translation>Бул жазууларды да өчүрүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Dismiss them</source>
            <translation>Четке кагуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Drop sync files here to import them.</source>
            <translation>Алмашуу файлдарын жүктөө үчүн аларды бул жерге сүйрөп келиңиз.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Export for…</source>
            <translation>Ноутбук үчүн чыгаруу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Exporting</source>
            <translation>Чыгарылууда</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Field</source>
            <translation>Талаа</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>From</source>
            <translation>Кимден</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Held until the sender is approved</source>
            <translation>Жөнөтүүчүнүн бекитилишин күтүүдө</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>History of this record…</source>
            <translation>Өзгөрүүлөрдүн тарыхы…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Import sync files</source>
            <translation>Алмашуу файлдарын жүктөө</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Importing</source>
            <translation>Жүктөлүүдө</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Import…</source>
            <translation>Жүктөө…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep as an amendment</source>
            <translation>Оңдоо катары калтыруу</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep it deleted</source>
            <translation>Өчүрүлгөн бойдон калтыруу</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep selected value</source>
            <translation>Тандалган маанини калтыруу</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep the selected person</source>
            <translation>Тандалган адамды калтыруу</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep typed value</source>
            <translation>Жазылган маанини калтыруу</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Key</source>
            <translation>Ачкыч</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Laptop</source>
            <translation>Ноутбук</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Laptops</source>
            <translation>Ноутбуктар</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Last file for it</source>
            <translation>Ага жөнөтүлгөн акыркы файл</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Last file from it</source>
            <translation>Андан келген акыркы файл</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Nothing new.</source>
            <translation>Жаңы эч нерсе жок.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Received</source>
            <translation>Алынган</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Record</source>
            <translation>Жазуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Reject, keep approved text</source>
            <translation>Четке кагуу, бекитилген текстти калтыруу</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Restore the deleted record</source>
            <translation>Өчүрүлгөн жазууну калыбына келтирүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Restore the record</source>
            <translation>Жазууну калыбына келтирүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Saving</source>
            <translation>Сакталууда</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Shared sync folder</source>
            <translation>Шайкештирүү үчүн жалпы папка</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Shared sync folder (Dropbox, Drive, a USB stick)</source>
            <translation>Шайкештирүү үчүн жалпы папка (Dropbox, Drive, флешка)</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Shown value</source>
            <translation>Көрсөтүлгөн маани</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Sync now</source>
            <translation>Азыр шайкештирүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Syncing</source>
            <translation>Шайкештирилүүдө</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>This laptop: {name}, key {key}. State digest {digest}…</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул ноутбук: {name}, ачкычы {key}. Абалдын контролдук суммасы {digest}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>This laptop: {name}, key {key}. State digest: being computed…</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул ноутбук: {name}, ачкыч {key}. Абалдын дайджести: эсептелүүдө…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Tirek sync files (*{s})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Tirek алмашуу файлдары (*{s})</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Value</source>
            <translation>Маани</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>When</source>
            <translation>Качан</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Write the sync file into</source>
            <translation>Алмашуу файлы үчүн папка</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Wrote {n} changes for the others.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Башка ноутбуктар үчүн {n} өзгөрүү жазылды.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Wrote {path}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файл жазылды: {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>deleted, but edited elsewhere</source>
            <translation>өчүрүлгөн, бирок башка ноутбукта өзгөртүлгөн</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>deleted, but records were added under it elsewhere</source>
            <translation>өчүрүлгөн, бирок башка ноутбукта ага жазуулар кошулган</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>merged into another person, but edited elsewhere</source>
            <translation>башка адам менен бириктирилген, бирок башка ноутбукта өзгөртүлгөн</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>merged into each other on two laptops</source>
            <translation>эки ноутбукта бири-бирине бириктирилген</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>not yet</source>
            <translation>азырынча жок</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>retired</source>
            <translation>иштен чыгарылган</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>yes</source>
            <translation>ооба</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>{field}: changed elsewhere after approval</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{field}: бекитилгенден кийин башка ноутбукта өзгөртүлгөн</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>{file}: held until {who} is approved.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{file}: {who} бекитилгенге чейин күтүүдө.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>{file}: refused. {why}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{file}: кабыл алынган жок. {why}</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>{file}: {new} new changes from {who}, {conflicts} conflicts.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{file}: {who} жиберген {new} жаңы өзгөрүү, {conflicts} карама-каршылык.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>…or type the right value</source>
            <translation>…же туура маанини жазыңыз</translation>
        </message>
    </context>
    <context>
        <name>TargetChart</name>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Actual</source>
            <translation>Иш жүзүндө</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Choose an indicator.</source>
            <translation>Көрсөткүчтү тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Target</source>
            <translation>Максаттуу маани</translation>
        </message>
    </context>
    <context>
        <name>TraceDialog</name>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Detail</source>
            <translation>Маалымат</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Record</source>
            <translation>Жазуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>The records behind a number</source>
            <translation>Сандын артындагы жазуулар</translation>
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
            <translation>(жок)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add a new person…</source>
            <translation>Жаңы адам кошуу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add a trainer</source>
            <translation>Тренер кошуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add trainer…</source>
            <translation>Тренер кошуу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Attendance</source>
            <translation>Катышуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Clear</source>
            <translation>Тазалоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Days</source>
            <translation>Сабактар</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Days, Participants and Attendance open once the details are saved: fill in the title and dates, then Save (Ctrl+S).</source>
            <translation>Сабактар, Катышуучулар жана Катышуу өтмөктөрү негизги маалымат сакталгандан кийин ачылат: аталышын жана даталарын толтуруп, Сактоону басыңыз (Ctrl+S).</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Details</source>
            <translation>Негизги маалымат</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>End date</source>
            <translation>Аяктаган күнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>New training</source>
            <translation>Жаңы тренинг</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Notes</source>
            <translation>Эскертүүлөр</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Participants</source>
            <translation>Катышуучулар</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Print certificates…</source>
            <translation>Сертификаттарды басып чыгаруу…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Project</source>
            <translation>Долбоор</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Region</source>
            <translation>Облус</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Save the details first (Ctrl+S)</source>
            <translation>Адегенде негизги маалыматты сактаңыз (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Start date</source>
            <translation>Башталган күнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Threshold (%)</source>
            <translation>Босого (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Title</source>
            <translation>Аталышы</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Topics</source>
            <translation>Темалар</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Trainers</source>
            <translation>Тренерлер</translation>
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
            <translation>Өтүүчү жери</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>YYYY-MM-DD</source>
            <translation>ЖЖЖЖ-АА-КК</translation>
        </message>
    </context>
    <context>
        <name>TrainingsModel</name>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Dates</source>
            <translation>Күндөрү</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Days</source>
            <translation>Сабак</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Participants</source>
            <translation>Катышуучулар</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Project</source>
            <translation>Долбоор</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Region</source>
            <translation>Облус</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Title</source>
            <translation>Аталышы</translation>
        </message>
    </context>
    <context>
        <name>TrainingsPage</name>
        <message numerus="yes">
            <location filename="../../app/ui/trainings/page.py" />
            <source>%n trainings</source>
            <translation>
                <numerusform>%n тренинг</numerusform>
                <numerusform>%n тренинг</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>&lt;h3&gt;No trainings here yet&lt;/h3&gt;&lt;p&gt;1. &lt;b&gt;New training…&lt;/b&gt; (Ctrl+N): the title and dates, then Save.&lt;/p&gt;&lt;p&gt;2. &lt;b&gt;Days&lt;/b&gt;: Add day for each day of the training.&lt;/p&gt;&lt;p&gt;3. Participants register themselves from their phones (&lt;b&gt;Registration from phones…&lt;/b&gt; on the Days tab), or type the paper list under &lt;b&gt;Participants&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;4. &lt;b&gt;Attendance&lt;/b&gt;, then &lt;b&gt;Print certificates…&lt;/b&gt;; &lt;b&gt;Sync&lt;/b&gt; sends everything to the coordinator.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Азырынча тренинг жок&lt;/h3&gt;&lt;p&gt;1. &lt;b&gt;Жаңы тренинг…&lt;/b&gt; (Ctrl+N): аталышын жана даталарын жазып, Сактоону басыңыз.&lt;/p&gt;&lt;p&gt;2. &lt;b&gt;Сабактар&lt;/b&gt;: тренингдин ар бир күнү үчүн Сабак кошуу.&lt;/p&gt;&lt;p&gt;3. Катышуучулар телефонунан өздөрү катталышат (Сабактар өтмөгүндөгү &lt;b&gt;Телефондон каттоо…&lt;/b&gt;), же кагаз тизмени &lt;b&gt;Катышуучулар&lt;/b&gt; өтмөгүнө териңиз.&lt;/p&gt;&lt;p&gt;4. &lt;b&gt;Катышуу&lt;/b&gt;, андан кийин &lt;b&gt;Сертификаттарды басып чыгаруу…&lt;/b&gt;; &lt;b&gt;Шайкештирүү&lt;/b&gt; баарын координаторго жөнөтөт.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>All projects</source>
            <translation>Бардык долбоорлор</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>All regions</source>
            <translation>Бардык облустар</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>All topics</source>
            <translation>Бардык темалар</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Dates:</source>
            <translation>Күндөрү:</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Delete training…</source>
            <translation>Тренингди өчүрүү…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>New training…</source>
            <translation>Жаңы тренинг…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Only mine</source>
            <translation>Меники гана</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Search titles…</source>
            <translation>Аталыш боюнча издөө…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Trainings entered on this laptop</source>
            <translation>Бул ноутбукта киргизилген тренингдер</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Trainings that end on or after this day</source>
            <translation>Ушул күнү же андан кийин аяктаган тренингдер</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Trainings that start on or before this day</source>
            <translation>Ушул күнү же андан мурун башталган тренингдер</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Write the date as YYYY-MM-DD</source>
            <translation>Күндү ЖЖЖЖ-АА-КК түрүндө жазыңыз</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>YYYY-MM-DD</source>
            <translation>ЖЖЖЖ-АА-КК</translation>
        </message>
    </context>
    <context>
        <name>UndoDelete</name>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Bring back what was just deleted (Ctrl+Z)</source>
            <translation>Жаңы эле өчүрүлгөндү кайтаруу (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Delete</source>
            <translation>Өчүрүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Delete the meeting {name} with its attendees, decisions and action items? You can undo this right after (Ctrl+Z).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} жолугушуусун катышуучулары, чечимдери жана тапшырмалары менен кошо өчүрөсүзбү? Андан кийин дароо жокко чыгарса болот (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Delete the training {name} with its days, participants and attendance? You can undo this right after (Ctrl+Z).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} тренингин күндөрү, катышуучулары жана катышуусу менен кошо өчүрөсүзбү? Андан кийин дароо жокко чыгарса болот (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Delete {name} from the registry? You can undo this right after (Ctrl+Z).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} реестрден өчүрүлсүнбү? Андан кийин дароо жокко чыгарса болот (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Deleted: {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Өчүрүлдү: {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Restored: {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Кайтарылды: {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Undo</source>
            <translation>Жокко чыгаруу</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <location filename="../../app/ui/documents/verify.py" />
            <source>Check</source>
            <translation>Текшерүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/verify.py" />
            <source>Check a certificate</source>
            <translation>Сертификатты текшерүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/verify.py" />
            <source>No certificate code was found in %1.</source>
            <translation>%1 файлынан сертификаттын коду табылган жок.</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/verify.py" />
            <source>Type the code printed under “Verification code”, or drop the PDF here.</source>
            <translation>«Текшерүү коду» деген жазуунун астында басылган кодду териңиз же PDF файлды бул жерге сүйрөп келиңиз.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>A network id is 8 characters, digits 0-9 and letters A-F (e.g. 3FA219C0).</source>
            <translation>Тармактын идентификатору 8 символдон турат: 0-9 цифралары жана A-F тамгалары (мисалы, 3FA219C0).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>A record cannot be merged into itself.</source>
            <translation>Жазууну өзү менен бириктирүүгө болбойт.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>A score goes from 0 to {max}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Упай 0дон {max} чейин болот.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <source>A session on {day} would fall outside the new dates. Move it first.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{day} күнкү сабак жаңы мөөнөттөн тышкары калат. Адегенде аны башка күнгө жылдырыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>A test needs at least one question.</source>
            <translation>Тестте жок дегенде бир суроо болушу керек.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Action</source>
            <translation>Иш</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Address</source>
            <translation>Дареги</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Assessor</source>
            <translation>Баалоочу</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Baseline</source>
            <translation>Баштапкы маани</translation>
        </message>
        <message>
            <location filename="../../app/documents/certificates.py" />
            <source>Cannot make the folder {path}: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} папкасын түзүү мүмкүн болгон жок: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>Cannot read the file ({reason}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файлды окуу мүмкүн эмес ({reason}).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <location filename="../../app/documents/verify_pdf.py" />
            <source>Cannot read {path}: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} файлын окуу мүмкүн эмес: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/documents/layout.py" />
            <source>Cannot save {path}: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} файлын сактоо мүмкүн болгон жок: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>Cannot use the folder {path}: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} папкасын колдонуу мүмкүн эмес: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>Cannot write to the folder {path}. Choose another one.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} папкасына жазуу мүмкүн эмес. Башка папканы тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} (version {version}) is genuine but was corrected: the current version is {current_version}, code {current}, issued on {date}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{number} сертификаты (нускасы {version}) чыныгы, бирок оңдолгон: учурдагы нускасы {current_version}, коду {current}, {date} берилген.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} has been altered: its details no longer match what {issuer} signed. Do not accept it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>№ {number} сертификат өзгөртүлгөн: анын маалыматтары «{issuer}» ноутбугу кол койгон маалыматка дал келбейт. Аны кабыл албаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} is a draft printed by {issuer}: no coordinator has signed it yet, so it is not valid.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{number} сертификаты {issuer} басып чыгарган долбоор: координатор али кол кое элек, ошондуктан ал жараксыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} is genuine: issued to {name}, signed by {issuer}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{number} сертификаты чыныгы: {name} үчүн берилген, {issuer} кол койгон.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} is not in this laptop's register yet: sync with the coordinator, or scan the QR code.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{number} сертификаты бул ноутбуктун реестринде азырынча жок: координатор менен синхрондоштуруңуз же QR кодду сканерлеңиз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} was issued in another network ({network}); this laptop belongs to network {mine} and cannot vouch for it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{number} сертификаты башка тармакта ({network}) берилген; бул ноутбук {mine} тармагына таандык жана аны тастыктай албайт.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} was revoked on {date} by {by}: {reason}. Do not accept it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{number} сертификатын {date} күнү {by} жокко чыгарган: {reason}. Аны кабыл албаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} was signed by a laptop this one does not know (key {key}). Sync with the coordinator, then check again.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{number} сертификатына бул ноутбук билбеген ноутбук кол койгон (ачкыч {key}). Координатор менен синхрондоштуруп, кайра текшериңиз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} was signed by {issuer}, whose right to issue certificates was withdrawn from {since} ({reason}). Do not accept it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{number} сертификатына {issuer} кол койгон, анын сертификат берүү укугу {since} тартып алынган ({reason}). Аны кабыл албаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Changed on another laptop after the minutes were approved; the approved text stays shown: keep the change as an amendment (--accept) or reject it (--reject).</source>
            <translation>Протокол бекитилгенден кийин башка ноутбукта өзгөртүлгөн; бекитилген текст көрсөтүлөт: өзгөртүүнү оңдоо катары калтырыңыз (--accept) же четке кагыңыз (--reject).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/reports.py" />
            <source>Choose a project or a period for the report.</source>
            <translation>Отчёт үчүн долбоорду же мезгилди тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>Choose a shorter range or longer periods.</source>
            <translation>Кыскараак аралыкты же узунураак мезгилдерди тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>Choose one of the languages offered.</source>
            <translation>Сунушталган тилдердин бирин тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Choose one of the records merged into each other: {ids}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бири-бирине бириктирилген жазуулардын бирин тандаңыз: {ids}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>Choose the framework version.</source>
            <translation>Баалоо методикасынын версиясын тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>Choose the organisation.</source>
            <translation>Уюмду тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>Choose the {label}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{label}» талаасынан маани тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>Choose two different people.</source>
            <translation>Эки башка адамды тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Code</source>
            <translation>Коду</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>Consent cannot be dated in the future ({value}): give the day she gave it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Макулдук келечек күн менен белгилене албайт ({value}): ал макулдугун берген күндү жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>Consent given verbally needs the name of a witness.</source>
            <translation>Оозеки макулдук үчүн күбөнүн аты керек.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Contact person</source>
            <translation>Байланыш үчүн адам</translation>
        </message>
        <message>
            <location filename="../../app/core/encrypt.py" />
            <source>Could not encrypt the database: the copy differs. Nothing was changed.</source>
            <translation>Маалымат базасын шифрлөө мүмкүн болгон жок: көчүрмө айырмаланат. Эч нерсе өзгөргөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>Could not make a backup in {folder}: {reason}. Your data is unchanged.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{folder} папкасында камдык көчүрмө түзүү мүмкүн болгон жок: {reason}. Маалыматыңыз өзгөргөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>Could not restore {file}: {reason}. Close every Tirek window and try again.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{file} калыбына келтирилген жок: {reason}. Tirek программасынын бардык терезелерин жаап, кайра аракет кылыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>Could not save the settings: {reason}. Nothing was changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Жөндөөлөрдү сактоо мүмкүн болгон жок: {reason}. Эч нерсе өзгөргөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>Could not save: {reason}. Nothing of this change was saved; earlier work is safe.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Сактоо мүмкүн болгон жок: {reason}. Бул өзгөрүүдөн эч нерсе сакталган жок; мурда сакталган маалымат бузулган жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/database.py" />
            <source>Could not update the database ({reason}). Nothing was changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Маалымат базасын жаңыртуу мүмкүн болгон жок ({reason}). Эч нерсе өзгөргөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Date</source>
            <translation>Датасы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Date of birth</source>
            <translation>Туулган күнү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Date of the call</source>
            <translation>Чалган күнү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Deadline</source>
            <translation>Мөөнөтү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Decision</source>
            <translation>Чечим</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Deleted on one laptop but changed on another: restore it or keep it deleted.</source>
            <translation>Бир ноутбукта өчүрүлгөн, бирок башкасында өзгөртүлгөн: калыбына келтириңиз же өчүрүлгөн бойдон калтырыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Deleted on one laptop while records under it were added or changed on another: restore it (--restore) or delete them too (--keep-deleted).</source>
            <translation>Бир ноутбукта өчүрүлгөн, ал эми башкасында ага жазуулар кошулган же өзгөртүлгөн: калыбына келтириңиз (--restore) же аларды да өчүрүңүз (--keep-deleted).</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Different values were entered on different laptops; one is shown for now.</source>
            <translation>Ар башка ноутбукта ар башка маани киргизилген; азырынча бирөө көрсөтүлөт.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Dimension</source>
            <translation>Багыт</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Donor</source>
            <translation>Донор</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Due date</source>
            <translation>Аткаруу мөөнөтү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>E-mail</source>
            <translation>Электрондук почта</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>End date</source>
            <translation>Аяктоо датасы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>English name</source>
            <translation>Англисче аталышы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>Every question needs its text.</source>
            <translation>Ар бир суроонун тексти болушу керек.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>First year</source>
            <translation>Биринчи жылы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/outcomes.py" />
            <source>Follow-up is 3 or 6 months after a training.</source>
            <translation>Кийинки байланыш тренингден 3 же 6 айдан кийин болот.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/outcomes.py" />
            <source>Follow-up is {options} months after a training.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Кийинки байланыш тренингден {options} айдан кийин болот.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Founding year</source>
            <translation>Негизделген жылы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Full name</source>
            <translation>Аты-жөнү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>Give a reason for including or excluding this person.</source>
            <translation>Бул адамды кошуунун же чыгаруунун себебин жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>Give a reason for revoking the certificate.</source>
            <translation>Сертификатты жокко чыгаруунун себебин жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>Give a reason.</source>
            <translation>Себебин жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>Give a value or a status.</source>
            <translation>Маанини же абалды көрсөтүңүз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>Give the start and the end of the period.</source>
            <translation>Мезгилдин башталышын жана аягын көрсөтүңүз.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Give the value to keep (--value).</source>
            <translation>Калтыруучу маанини көрсөтүңүз (--value).</translation>
        </message>
        <message>
            <location filename="../../app/core/identity.py" />
            <source>Give this laptop a name, e.g. Osh-1.</source>
            <translation>Бул ноутбукка ат бериңиз, мисалы, Ош-1.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Guest's name</source>
            <translation>Коноктун аты</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Highest score</source>
            <translation>Эң жогорку балл</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Hours</source>
            <translation>Саат</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Indicator no.</source>
            <translation>Индикатордун №</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>Keep at least one daily backup.</source>
            <translation>Жок дегенде бир күнүмдүк камдык көчүрмө сакталышы керек.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Kyrgyz name</source>
            <translation>Кыргызча аталышы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Last sync with an issuer: {name} on {when}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Берүүчү менен акыркы синхрондоштуруу: {name}, {when}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Last year</source>
            <translation>Акыркы жылы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>Latin look-alike letters replaced: {fixed}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Окшош латын тамгалары кириллицага алмаштырылды: {fixed}</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Lowest score</source>
            <translation>Эң төмөнкү балл</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Margin</source>
            <translation>Айырма</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Membership size</source>
            <translation>Мүчөлөрүнүн саны</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Merged into another record on one laptop but changed on another: copy the changes to the record kept (--accept) or dismiss them (--reject).</source>
            <translation>Бир ноутбукта башка жазуу менен бириктирилген, бирок башкасында өзгөртүлгөн: өзгөртүүлөрдү калтырылган жазууга көчүрүңүз (--accept) же четке кагыңыз (--reject).</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Merged into each other on different laptops; the first record is kept for now: choose the one to keep (--value ID).</source>
            <translation>Ар башка ноутбукта бири-бирине бириктирилген; азырынча биринчи жазуу калтырылды: кайсынысын калтырууну тандаңыз (--value ID).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP evidence</source>
            <translation>УИП далили</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>NAP indicator</source>
            <translation>УИП көрсөткүчү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP objective</source>
            <translation>УИП максаты</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP plan</source>
            <translation>УИП планы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP progress</source>
            <translation>УИП аткарылышы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP task</source>
            <translation>УИП тапшырмасы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Name</source>
            <translation>Аталышы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Never synced with an issuer's laptop: its answers may be stale.</source>
            <translation>Берүүчүнүн ноутбугу менен эч качан синхрондоштурулган эмес: жооптор эскирген болушу мүмкүн.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>No laptop called {name} is known here (sync with it first).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} аттуу ноутбук бул жерде белгисиз (адегенде аны менен синхрондоштуруңуз).</translation>
        </message>
        <message>
            <location filename="../../app/sync/state.py" />
            <source>No laptop called {who} has sent anything here (see `tirek sync status`).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{who} деген ноутбук бул жерге азырынча эч нерсе жөнөткөн эмес (`tirek sync status` буйругун караңыз).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>No laptop named {name}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} деген ноутбук жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>No person with id {id} (it may have been deleted).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>ID {id} боюнча адам табылган жок (балким, ал өчүрүлгөн).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>No person with id {id} in the registry.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Реестрде {id} id менен адам жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/reports.py" />
            <source>No project with id {id}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>ID {id} боюнча долбоор табылган жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/indicators.py" />
            <source>No such indicator.</source>
            <translation>Мындай көрсөткүч жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>No such test.</source>
            <translation>Мындай тест жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/common.py" />
            <source>No {what} with id {id} (it may have been deleted).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Табылган жок: {what}, ID {id} (балким, ал өчүрүлгөн).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>Nobody in this training has earned a certificate yet.</source>
            <translation>Бул тренингдин катышуучуларынын эч бири азырынча сертификатка ээ боло элек.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Objective</source>
            <translation>Максат</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Objective no.</source>
            <translation>Максаттын №</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <location filename="../../app/core/services/issuers.py" />
            <source>Only a coordinator holding one of the network's issuer keys can do this.</source>
            <translation>Муну тармактын берүүчү ачкычтарынын бирин кармаган координатор гана жасай алат.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>Only a coordinator starts a network; a trainer joins with an invitation.</source>
            <translation>Тармакты координатор гана баштайт; тренер чакыруу менен кошулат.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>Only participants of the training can have a score.</source>
            <translation>Упай тренингдин катышуучуларына гана коюлат.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Organisation</source>
            <translation>Уюм</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Owner</source>
            <translation>Жооптуу</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>Paste the network invitation your coordinator gave you. Only a coordinator starting a new network leaves it empty and says so.</source>
            <translation>Координатор берген тармакка чакырууну коюңуз. Жаңы тармак баштаган координатор гана аны бош калтырып, муну белгилейт.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Place</source>
            <translation>Жери</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>Points of a question go from more than 0 to 100.</source>
            <translation>Суроонун упайы 0дон чоң жана 100дөн ашпайт.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Position</source>
            <translation>Орду</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Project name</source>
            <translation>Долбоордун аталышы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Question</source>
            <translation>Суроо</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Registration date</source>
            <translation>Катталган датасы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Registration number</source>
            <translation>Каттоо номери</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Responsible bodies</source>
            <translation>Жооптуу органдар</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Revocations known here: {count}, the latest of {date} by {by}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул жерде белгилүү жокко чыгаруулар: {count}, акыркысы {date}, {by}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Revocations known here: {count}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул жерде белгилүү жокко чыгаруулар: {count}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Role</source>
            <translation>Кызматы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Russian name</source>
            <translation>Орусча аталышы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/framework.py" />
            <source>Say where the number comes from (the evidence).</source>
            <translation>Сан кайдан алынганын жазыңыз (далил).</translation>
        </message>
        <message>
            <location filename="../../app/documents/certificates.py" />
            <source>Say where to save the certificates.</source>
            <translation>Сертификаттарды кайда сактоо керектигин көрсөтүңүз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>Say why the person is erased (e.g. her request of a date).</source>
            <translation>Эмне үчүн өчүрүлөрүн жазыңыз (мисалы, анын белгилүү күндөгү арызы).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Series</source>
            <translation>Сериясы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>Set the organisation's name for certificates first (--org-name).</source>
            <translation>Адегенде сертификаттар үчүн уюмдун аталышын көрсөтүңүз (--org-name).</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Several changes were made to this field; choose one (--value).</source>
            <translation>Бул талаа бир нече жолу өзгөртүлгөн; бирин тандаңыз (--value).</translation>
        </message>
        <message>
            <location filename="../../app/sync/state.py" />
            <source>Several laptops are called {who}; name one by its key fingerprint.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{who} деген ат менен бир нече ноутбук бар; керектүүсүн ачкычтын изи боюнча көрсөтүңүз.</translation>
        </message>
        <message>
            <location filename="../../app/ui/errors.py" />
            <source>Something went wrong</source>
            <translation>Ката кетти</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Source</source>
            <translation>Булагы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Start date</source>
            <translation>Башталыш датасы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Statement</source>
            <translation>Жазылышы</translation>
        </message>
        <message>
            <location filename="../../app/core/progress.py" />
            <source>Stopped. Everything finished before stopping is saved.</source>
            <translation>Токтотулду. Токтотууга чейин аткарылгандын баары сакталды.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Task</source>
            <translation>Тапшырма</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Task no.</source>
            <translation>Тапшырманын №</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Test title</source>
            <translation>Тесттин аталышы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>The QR code of certificate {number} is genuine, but the page does not show what was signed ({fields} differ): it was edited. Trust only the details below.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{number} сертификатынын QR коду чыныгы, бирок барак кол коюлган маалыматты көрсөтпөйт ({fields} айырмаланат): ал өзгөртүлгөн. Төмөнкү маалыматка гана ишениңиз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/reports.py" />
            <source>The age bands must go up without overlapping ({part}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Курак топтору өсүү тартибинде жана бири-бири менен кесилишпей жазылышы керек ({part}).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>The check letters do not match certificate {number}: look for a typing mistake. If they are typed right, the paper was changed: do not accept it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Текшерүү белгилери {number} сертификатына дал келбейт: ката терилгенин текшериңиз. Туура терилген болсо, кагаз өзгөртүлгөн: аны кабыл албаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>The chosen {label} no longer exists.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{label}» талаасында тандалган маани эми жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The database cannot be read: it is damaged, or it is encrypted and its key file {path} is missing. Put the key file back, or restore a backup.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Маалымат базасын окуу мүмкүн эмес: ал бузулган, же шифрленген жана анын ачкыч файлы {path} жок. Ачкыч файлын ордуна коюңуз же камдык көчүрмөнү калыбына келтириңиз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people.py" />
            <source>The date of birth is in the future.</source>
            <translation>Туулган күнү келечекте боло албайт.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/registration.py" />
            <source>The day this person registered for was deleted.</source>
            <translation>Бул киши катталган күн өчүрүлгөн.</translation>
        </message>
        <message>
            <location filename="../../app/core/identity.py" />
            <source>The device name is too long (100 letters at most).</source>
            <translation>Ноутбуктун аты өтө узун (эң көбү 100 символ).</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The encrypted file is incomplete (cut short while copying?).</source>
            <translation>Шифрленген файл толук эмес (көчүрүп жатканда үзүлүп калганбы?).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/projects.py" />
            <source>The end date is before the start date.</source>
            <translation>Аяктаган күнү башталган күнүнөн мурун турат.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>The end of the period is before its start.</source>
            <translation>Мезгилдин аягы анын башталышынан мурун турат.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file claims to come from this laptop but is not signed by it.</source>
            <translation>Файл бул ноутбуктан чыккандай көрүнөт, бирок ага бул ноутбуктун колу коюлган эмес.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file claims to come from {name} but is signed with another key; refused.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файл {name} ноутбугунан келгендей көрүнөт, бирок башка ачкыч менен кол коюлган; файл четке кагылды.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <location filename="../../app/sync/waiting.py" />
            <source>The file holds a change {origin}:{seq} that differs from the one already here under the same number (forged or corrupted); nothing imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файлдагы {origin}:{seq} өзгөрүүсү бул жердеги ошол эле номердеги өзгөрүүдөн айырмаланат (жасалма же бузулган); эч нерсе жүктөлгөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file holds changes to {count} records removed here after the network's horizon (e.g. {entity} {row}): the laptop that made them was away longer than that. On that laptop, export its work to a spreadsheet, then start again from a fresh copy of the coordinator's data; nothing was imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файлда тармактын мөөнөтүнөн кийин бул жерден өчүрүлгөн {count} жазууга өзгөртүүлөр бар (мисалы, {entity} {row}): аларды жасаган ноутбук андан узак убакыт байланышта болгон эмес. Ошол ноутбукта анын ишин электрондук таблицага экспорттоп, андан соң координатордун маалыматтарынын жаңы көчүрмөсүнөн кайра баштаңыз; эч нерсе импорттолгон жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file holds changes under this laptop's own identity that it never made (a copied database?); refused.</source>
            <translation>Файлда бул ноутбуктун атынан жазылган, бирок ал эч качан жасабаган өзгөрүүлөр бар (маалымат базасы көчүрүлгөнбү?); файл четке кагылды.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file is damaged (its checksum does not match); nothing imported.</source>
            <translation>Файл бузулган (контролдук суммасы дал келбейт); эч нерсе жүктөлгөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file is encrypted: give the network passphrase to import it.</source>
            <translation>Файл шифрленген: аны жүктөө үчүн тармактын код сөзүн киргизиңиз.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file is incomplete or damaged (cut short while copying?); nothing imported.</source>
            <translation>Файл толук эмес же бузулган (көчүрүп жатканда үзүлүп калганбы?); эч нерсе жүктөлгөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file uses an op encoding this version of Tirek does not know ({encoding}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файлдагы өзгөрүүлөр Tirek программасынын бул версиясы билбеген форматта жазылган ({encoding}).</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file was written by a newer version of Tirek (bundle format {version}); update Tirek on this laptop to import it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файл Tirek программасынын жаңыраак версиясында жазылган (алмашуу файлынын форматы {version}); аны жүктөө үчүн бул ноутбуктагы Tirek программасын жаңыртыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's changes unpack to far more than its size allows (a decompression bomb?); nothing imported.</source>
            <translation>Файлдагы өзгөрүүлөр ачылганда анын өлчөмү уруксат бергенден алда канча чоң болуп калат (декомпрессия бомбасыбы?); эч нерсе жүктөлгөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's contents do not match its signed digest (damaged); nothing imported.</source>
            <translation>Файлдын мазмуну кол коюлган контролдук суммага дал келбейт (файл бузулган); эч нерсе жүктөлгөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file's erased changes are not described properly; refused.</source>
            <translation>Файлдагы өчүрүлгөн өзгөртүүлөр туура сүрөттөлгөн эмес; кабыл алынган жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's manifest is damaged or not from Tirek (bad {what}); nothing imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Файлдын манифести бузулган же Tirek программасынан эмес (туура эмес {what}); эч нерсе жүктөлгөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's manifest is damaged; nothing imported.</source>
            <translation>Файлдын мазмун тизмеси бузулган; эч нерсе жүктөлгөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's manifest is inconsistent (vector behind its ops).</source>
            <translation>Файлдын мазмун тизмесинде дал келбестик бар (версия вектору өзгөрүүлөрдөн артта калган).</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's op count does not match its manifest.</source>
            <translation>Файлдагы өзгөрүүлөрдүн саны мазмун тизмесине дал келбейт.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's ops cannot be read (damaged); nothing imported.</source>
            <translation>Файлдагы өзгөрүүлөрдү окуу мүмкүн эмес (файл бузулган); эч нерсе жүктөлгөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>The folder {path} does not exist (is the USB stick plugged in?).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} папкасы жок (флешка сайылганбы?).</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The folder {path} does not exist.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} папкасы жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The held copy of this file is missing; import the file again.</source>
            <translation>Бул файлдын сакталган көчүрмөсү жок; файлды кайра жүктөңүз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessment_sheets.py" />
            <location filename="../../app/core/services/assessments.py" />
            <source>The highest score must be above the lowest score.</source>
            <translation>Эң жогорку балл эң төмөнкү баллдан чоң болушу керек.</translation>
        </message>
        <message>
            <location filename="../../app/core/compaction.py" />
            <source>The horizon must be at least 30 days (two years is usual).</source>
            <translation>Мөөнөт кеминде 30 күн болушу керек (адатта эки жыл).</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The key file {path} cannot be read ({reason}). Restore it from a copy.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Ачкыч файлы {path} окулбай жатат ({reason}). Аны көчүрмөдөн калыбына келтириңиз.</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The key file {path} was written by another version of Tirek.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Ачкыч файлы {path} Tirek'тин башка версиясы менен жазылган.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>The last year cannot be before the first year.</source>
            <translation>Акыркы жыл биринчи жылдан мурун боло албайт.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>The logo cannot be copied into Tirek's folder: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Логотипти Tirek папкасына көчүрүү мүмкүн болгон жок: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <location filename="../../app/documents/certificates.py" />
            <source>The logo file {path} does not exist.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} логотип файлы табылган жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>The logo must be a PNG or JPEG picture of at most 5 MB.</source>
            <translation>Логотип 5 МБдан ашпаган PNG же JPEG сүрөтү болушу керек.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/outcomes.py" />
            <source>The outcome's date is before the training it followed.</source>
            <translation>Натыйжанын күнү тренингден мурун турат.</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The passphrase is not right. Nothing was opened or changed; try again.</source>
            <translation>Купуя сөз туура эмес. Эч нерсе ачылган да, өзгөргөн да жок; кайра аракет кылыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The passphrase is too short: use at least {count} characters.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Купуя сөз өтө кыска: кеминде {count} белги колдонуңуз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/issuers.py" />
            <location filename="../../app/core/services/reports.py" />
            <source>The period ends before it starts.</source>
            <translation>Мезгилдин аягы анын башталышынан мурун турат.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>The period must be one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Мезгил булардын бири болушу керек: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>The phase is pre or post.</source>
            <translation>Этап: мурун же кийин.</translation>
        </message>
        <message>
            <location filename="../../app/core/identity.py" />
            <source>The role must be trainer, coordinator or viewer, not {role}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Ролу тренер, координатор же көрүүчү болушу керек, {role} эмес.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <source>The session ends before it starts.</source>
            <translation>Сабактын аякташы анын башталышынан мурун турат.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessment_sheets.py" />
            <location filename="../../app/core/services/nap_import.py" />
            <source>The sheet {sheet} has no rows under its headers.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{sheet}» барагында аталыштардан төмөн бир да сап жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>The sheet {sheet} lacks the column(s): {columns}. Start from the template.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{sheet}» барагында бул тилкелер жок: {columns}. Үлгүнү негиз кылып алыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The signature does not match the file: it was changed after its sender wrote it, or forged; nothing imported.</source>
            <translation>Кол тамга файлга дал келбейт: файл жөнөтүлгөндөн кийин өзгөртүлгөн же жасалма; эч нерсе жүктөлгөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap_import.py" />
            <source>The spreadsheet was not imported ({count} problem(s); nothing was saved): {list}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Таблица импорттолгон жок ({count} ката; эч нерсе сакталган жок): {list}</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <source>The training ends ({end}) before it starts ({start}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Тренингдин аяктаган күнү ({end}) башталган күнүнөн ({start}) мурун турат.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people.py" />
            <source>The year of birth ({year}) does not match the date of birth ({born}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Туулган жылы ({year}) туулган күнү ({born}) менен дал келбейт.</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>There is no backup file {file}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{file} камдык көчүрмө файлы табылган жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>There is no certificate {number} in the register.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Реестрде {number} сертификаты жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>There is no file {path}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} файлы табылган жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>There is no open conflict on this field any more.</source>
            <translation>Бул талаа боюнча чечилбеген карама-каршылык калган жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>There is no open conflict on this record any more.</source>
            <translation>Бул жазуу боюнча чечилбеген карама-каршылык калган жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/deletion.py" />
            <source>There is nothing to undo: the record is not deleted.</source>
            <translation>Жокко чыгара турган эч нерсе жок: жазуу өчүрүлгөн эмес.</translation>
        </message>
        <message>
            <location filename="../../app/documents/minutes.py" />
            <source>These minutes are not approved yet; approve them before printing.</source>
            <translation>Протокол азырынча бекитиле элек; басып чыгаруудан мурун аны бекитиңиз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/meetings.py" />
            <source>These minutes were approved by {who} on {when} and can no longer be changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул протокол {when} бекитилген (бекиткен: {who}), аны мындан ары өзгөртүүгө болбойт.</translation>
        </message>
        <message>
            <location filename="../../app/core/database.py" />
            <source>This database was written by a newer version of Tirek (schema {revision}). Install the newer version to open it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул маалымат базасы Tirek программасынын жаңыраак версиясында жазылган (схема {revision}). Аны ачуу үчүн жаңы версияны орнотуңуз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>This framework has no version.</source>
            <translation>Бул методиканын бир да версиясы жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>This framework version has no questions yet.</source>
            <translation>Методиканын бул версиясында азырынча суроолор жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>This installation already has records ({table}): an export is read into an empty installation only.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул орнотууда жазуулар бар ({table}): экспорт бош орнотууга гана жүктөлөт.</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>This installation is already set up as {name}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Tirek бул жерде {name} деген ат менен мурунтан эле жөндөлгөн.</translation>
        </message>
        <message>
            <location filename="../../app/core/writer.py" />
            <source>This installation is not set up yet. Run `tirek init`.</source>
            <translation>Tirek азырынча жөндөлө элек. `tirek init` буйругун аткарыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>This installation is not set up yet. Run: tirek init --device-name NAME</source>
            <translation>Tirek азырынча жөндөлө элек. Бул буйрукту аткарыңыз: tirek init --device-name АТЫ</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>This is not a Tirek network invitation; ask the coordinator for a new one.</source>
            <translation>Бул Tirek тармагына чакыруу эмес; координатордон жаңысын сураңыз.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>This is not a Tirek sync file.</source>
            <translation>Бул Tirek алмашуу файлы эмес.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>This is not a complete certificate code: check it for typing mistakes (a code looks like 7EG5B0TY-0001-K3QX).</source>
            <translation>Бул толук сертификат коду эмес: ката терилгенин текшериңиз (код мындай болот: 7EG5B0TY-0001-K3QX).</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>This is not a recovery key: it has 8 groups of 4 letters and digits.</source>
            <translation>Бул калыбына келтирүү ачкычы эмес: анда 4 тамга жана сандан турган 8 топ болот.</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>This is {role_words}: it cannot {action}. Ask the network's coordinator.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул {role_words}: анда «{action}» мүмкүн эмес. Тармактын координаторуна кайрылыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>This laptop already belongs to network {network}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул ноутбук {network} тармагына мурдатан таандык.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <location filename="../../app/core/setup.py" />
            <source>This laptop already belongs to network {network}; the invitation is for {other}. Moving a laptop to another network is not possible.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул ноутбук {network} тармагына таандык; чакыруу {other} үчүн. Ноутбукту башка тармакка которуу мүмкүн эмес.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>This laptop has not joined a network yet: ask the coordinator for an invitation and enter it in Settings (or tirek network join). A coordinator starting a new network uses tirek network start.</source>
            <translation>Бул ноутбук азырынча эч бир тармакка кошула элек: координатордон чакыруу сурап, аны Жөндөөлөргө киргизиңиз (же tirek network join). Жаңы тармак баштаган координатор tirek network start колдонот.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>This laptop is an issuer.</source>
            <translation>Бул ноутбук сертификат берүүчү.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>This laptop knows no issuer keys to invite anyone with.</source>
            <translation>Бул ноутбук эч кимди чакыруу үчүн берүүчү ачкычтарды билбейт.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>This laptop was set up as {role}; its role does not change in Settings. Set up a new installation with the network's invitation for another role.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул ноутбук {role} катары орнотулган; анын ролу Жөндөөлөрдө өзгөрбөйт. Башка рол үчүн тармактын чакыруусу менен жаңы орнотуу жасаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/identity.py" />
            <source>This laptop's signing key is missing or unreadable ({path}). Restore the keys folder from a backup, or make a new key with: tirek sync rekey (the coordinator then approves the new key once).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул ноутбуктун кол коюу ачкычы жок же окулбайт ({path}). Ачкычтар папкасын камдык көчүрмөдөн калыбына келтириңиз, же жаңы ачкыч жасаңыз: tirek sync rekey (андан кийин координатор жаңы ачкычты бир жолу бекитет).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/meetings.py" />
            <source>This person is already on the list.</source>
            <translation>Бул адам тизмеде мурунтан эле бар.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>This person is not enrolled in the training.</source>
            <translation>Бул адам тренингге жазылган эмес.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>This person was erased already.</source>
            <translation>Бул адам мурунтан эле өчүрүлгөн.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people.py" />
            <source>This person was erased on request; her record cannot be edited.</source>
            <translation>Бул адам өз өтүнүчү боюнча өчүрүлгөн; жазууну өзгөртүүгө болбойт.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>This plan has no indicator {code}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул планда {code} көрсөткүчү жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/deletion.py" />
            <location filename="../../app/core/writer.py" />
            <source>This record no longer exists (it may have been deleted).</source>
            <translation>Бул жазуу эми жок (өчүрүлгөн болушу мүмкүн).</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>This recovery key does not belong to this installation. Nothing was changed.</source>
            <translation>Бул калыбына келтирүү ачкычы бул орнотууга таандык эмес. Эч нерсе өзгөргөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/registration.py" />
            <source>This registration was already confirmed or rejected.</source>
            <translation>Бул каттоо мурун эле ырасталган же четке кагылган.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/registration.py" />
            <source>This session no longer exists.</source>
            <translation>Бул сабак мындан ары жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>This test is not given at this training.</source>
            <translation>Бул тест бул тренингде берилген эмес.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Threshold (%)</source>
            <translation>Босого (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/errors.py" />
            <source>Tirek</source>
            <translation>Tirek</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/framework.py" />
            <source>Tirek computes this indicator from the records; it is not typed in.</source>
            <translation>Бул көрсөткүчтү Tirek жазуулардан эсептейт; ал кол менен жазылбайт.</translation>
        </message>
        <message>
            <location filename="../../app/ui/errors.py" />
            <source>Tirek met an unexpected problem. Everything already saved is safe.

The details are in the log file:
{path}

Please send this file to your coordinator.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Tirek программасында күтүлбөгөн ката кетти. Мурда сакталган маалыматтын баары бузулган жок.

Толук маалымат журнал файлында:
{path}

Сураныч, бул файлды координаторуңузга жөнөтүңүз.</translation>
        </message>
        <message>
            <location filename="../../app/core/encrypt.py" />
            <source>Tirek's database is encrypted: type the passphrase to open it.</source>
            <translation>Tirek маалымат базасы шифрленген: аны ачуу үчүн купуя сөздү териңиз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Title</source>
            <translation>Аталышы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Topic</source>
            <translation>Темасы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Unit</source>
            <translation>Өлчөм бирдиги</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Unknown kind of record: {entity}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Жазуунун белгисиз түрү: {entity}.</translation>
        </message>
        <message>
            <location filename="../../app/core/database.py" />
            <source>Updating the database needs {needed} MB of free disk space and only {free} MB are free. Free some space and open Tirek again; nothing was changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Маалымат базасын жаңыртуу үчүн дискте {needed} МБ бош орун керек, бирок болгону {free} МБ бош. Орун бошотуп, Tirek'ти кайра ачыңыз; эч нерсе өзгөргөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Use --accept or --reject for this conflict.</source>
            <translation>Бул карама-каршылык үчүн --accept же --reject колдонуңуз.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Use --restore or --keep-deleted for this conflict.</source>
            <translation>Бул карама-каршылык үчүн --restore же --keep-deleted колдонуңуз.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Use keep-deleted or restore for a deleted record.</source>
            <translation>Өчүрүлгөн жазуу үчүн keep-deleted (өчүрүлгөн бойдон калтыруу) же restore (калыбына келтирүү) тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Venue</source>
            <translation>Өткөрүлгөн жери</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>Version {number} of this framework is used by {count} assessment(s) and can no longer change, so that their scores stay as they were. Start a new version to edit the framework.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Бул методиканын {number}-версиясы {count} баалоодо колдонулган, ошондуктан алардын баллдары өзгөрбөшү үчүн аны мындан ары өзгөртүүгө болбойт. Методиканы өзгөртүү үчүн жаңы версия түзүңүз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Weight</source>
            <translation>Салмагы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/meetings.py" />
            <source>Write the minutes before approving them.</source>
            <translation>Протоколду бекитүүдөн мурун аны жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>Wrong network passphrase (or the encrypted file was damaged); nothing imported.</source>
            <translation>Тармактын код сөзү туура эмес (же шифрленген файл бузулган); эч нерсе жүктөлгөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Year of birth</source>
            <translation>Туулган жылы</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>a coordinator's laptop</source>
            <translation>координатордун ноутбугу</translation>
        </message>
        <message>
            <location filename="../../app/core/backup_chunks.py" />
            <source>a part of it is missing (the chunks folder beside it)</source>
            <translation>анын бир бөлүгү жок (жанындагы chunks папкасы)</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>a trainer's laptop</source>
            <translation>тренердин ноутбугу</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>a viewer's laptop (read only)</source>
            <translation>көрүүчүнүн ноутбугу (окуу үчүн гана)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>action item</source>
            <translation>аткарыла турган иш</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>answer</source>
            <translation>жооп</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>approve a laptop's files for this laptop</source>
            <translation>бул ноутбук үчүн башка ноутбуктун файлдарын жактыруу</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>approve minutes</source>
            <translation>протоколду бекитүү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment</source>
            <translation>баалоо</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment dimension</source>
            <translation>баалоонун багыты</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment framework</source>
            <translation>баалоо алкагы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment question</source>
            <translation>баалоонун суроосу</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment score</source>
            <translation>баалоонун баллы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>attendance mark</source>
            <translation>катышуу белгиси</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>backup</source>
            <translation>камдык көчүрмө</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>certificate</source>
            <translation>сертификат</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>certificate decision</source>
            <translation>сертификат боюнча чечим</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>certificate revocation</source>
            <translation>сертификатты кайтарып алуу</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>certificate rule</source>
            <translation>сертификат эрежеси</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>change records (people, trainings, meetings, marks)</source>
            <translation>жазууларды өзгөртүү (адамдар, тренингдер, жолугушуулар, белгилер)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>clearing of deleted records</source>
            <translation>өчүрүлгөн жазууларды тазалоо</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>consent</source>
            <translation>макулдук</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>could not copy the backup to {folder} ({reason})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>камдык көчүрмөнү {folder} папкасына көчүрүү мүмкүн болгон жок ({reason})</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>decision</source>
            <translation>чечим</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>definition</source>
            <translation>аныктама</translation>
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
            <translation>кайталанмалар боюнча чечим</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>erase</source>
            <translation>маалыматты өчүрүү</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>erase a person's personal data</source>
            <translation>адамдын жеке маалыматтарын өчүрүү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>erasure</source>
            <translation>өчүрүү</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>export</source>
            <translation>экспорт</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>export whole lists or reports with names</source>
            <translation>толук тизмелерди же аты-жөнү бар отчётторду экспорттоо</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>follow-up call</source>
            <translation>кийинки байланыш чалуусу</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>framework version</source>
            <translation>алкактын версиясы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>impossible year of birth</source>
            <translation>туулган жылы туура эмес</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>indicator target</source>
            <translation>индикатордун максаттуу мааниси</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>indicator value</source>
            <translation>индикатордун мааниси</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>issuer key statement</source>
            <translation>берүүчүнүн ачкычы боюнча билдирүү</translation>
        </message>
        <message>
            <location filename="../../app/core/backup_chunks.py" />
            <source>it is encrypted; open Tirek with its passphrase first</source>
            <translation>ал шифрленген; адегенде Tirek'ти анын код сөзү менен ачыңыз</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>it is not a Tirek database</source>
            <translation>бул Tirek маалымат базасы эмес</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>it was made by a newer version of Tirek</source>
            <translation>файл Tirek программасынын жаңыраак версиясында түзүлгөн</translation>
        </message>
        <message>
            <location filename="../../app/core/backup_chunks.py" />
            <source>it was made with another passphrase, or the file is damaged</source>
            <translation>ал башка код сөз менен түзүлгөн, же файл бузулган</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>kind of evidence</source>
            <translation>далилдин түрү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>kind of meeting</source>
            <translation>жолугушуунун түрү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>kind of result</source>
            <translation>натыйжанын түрү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>knowledge test</source>
            <translation>билим тести</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>level</source>
            <translation>деңгээл</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>local result</source>
            <translation>жергиликтүү натыйжа</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>local result link</source>
            <translation>жергиликтүү натыйжанын байланышы</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>manage the network (invitations, issuers, assessment frameworks)</source>
            <translation>тармакты башкаруу (чакыруулар, берүүчүлөр, баалоо алкактары)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>may mean several places ({options}): write which one</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>бир нече жерди билдириши мүмкүн ({options}): кайсынысын жазыңыз</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>meeting</source>
            <translation>жолугушуу</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>meeting attendee</source>
            <translation>жолугушуунун катышуучусу</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>merge or unmerge people</source>
            <translation>адамдарды бириктирүү же ажыратуу</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>no such session on the Sessions sheet</source>
            <translation>«Sessions» барагында мындай сабак жок</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>not a Washington Group answer</source>
            <translation>Вашингтон тобунун суроосуна ылайыктуу жооп эмес</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a date</source>
            <translation>күнү туура эмес</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>not a date (write 15.03.1985 or 1985-03-15)</source>
            <translation>күнү туура эмес (15.03.1985 же 1985-03-15 түрүндө жазыңыз)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a date (write 15.03.2026 or 2026-03-15)</source>
            <translation>күнү туура эмес (15.03.2026 же 2026-03-15 түрүндө жазыңыз)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a number</source>
            <translation>сан эмес</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>not a phone number</source>
            <translation>телефон номери эмес</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a time of day (write 09:30)</source>
            <translation>убакыт туура эмес (09:30 түрүндө жазыңыз)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a whole number</source>
            <translation>бүтүн сан эмес</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>organisation</source>
            <translation>уюм</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>outcome</source>
            <translation>натыйжа</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>outcome's training</source>
            <translation>натыйжанын тренинги</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>outside the training's dates</source>
            <translation>тренингдин мөөнөтүнөн тышкары</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>owner</source>
            <translation>жооптуу</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>participant</source>
            <translation>катышуучу</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>participant category</source>
            <translation>катышуучунун категориясы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>person</source>
            <translation>адам</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>possibly already registered ({candidates}): decide --same ROW=ID or --new ROW</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>балким, реестрде бар ({candidates}): чечиңиз --same САП=ID же --new САП</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>print</source>
            <translation>басып чыгаруу</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>print a training's sign-in sheets, certificate drafts and workbook</source>
            <translation>тренингдин каттоо барактарын, сертификат долбоорлорун жана китебин басып чыгаруу</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>project</source>
            <translation>долбоор</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>project partner</source>
            <translation>долбоордун өнөктөшү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>region</source>
            <translation>облус</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>relation to the network</source>
            <translation>тармакка мамилеси</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>restore</source>
            <translation>калыбына келтирүү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>result indicator</source>
            <translation>натыйжанын индикатору</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>result statement</source>
            <translation>натыйжанын жазылышы</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>retire a laptop for the whole network</source>
            <translation>ноутбукту бүт тармак үчүн токтотуу</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>retired laptop</source>
            <translation>колдонуудан чыгарылган ноутбук</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>session</source>
            <translation>сабак</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>sex</source>
            <translation>жынысы</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>sign or revoke certificates</source>
            <translation>сертификаттарга кол коюу же жокко чыгаруу</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>skipped: a signature or footer line</source>
            <translation>өткөрүлдү: кол тамга же жыйынтык сабы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>source</source>
            <translation>булак</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>status</source>
            <translation>абалы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>test question</source>
            <translation>тесттин суроосу</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>test score</source>
            <translation>тесттин баллы</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the database could not be written ({detail})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>маалымат базасына жазуу мүмкүн болгон жок ({detail})</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the database file cannot be written (read-only)</source>
            <translation>маалымат базасынын файлына жазууга болбойт (окуу үчүн гана)</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the database file is damaged. Restore it from a backup</source>
            <translation>маалымат базасынын файлы бузулган. Аны камдык көчүрмөдөн калыбына келтириңиз</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the database is busy in another program. Close it and try again</source>
            <translation>маалымат базасын башка программа колдонуп жатат. Ал программаны жаап, кайра аракет кылыңыз</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>the date is missing</source>
            <translation>күнү көрсөтүлгөн эмес</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the disk is full. Free some space and try again</source>
            <translation>диск толуп калды. Орун бошотуп, кайра аракет кылыңыз</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the district is not in this region</source>
            <translation>район бул облуска кирбейт</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <location filename="../../app/core/backup_chunks.py" />
            <source>the file is damaged</source>
            <translation>файл бузулган</translation>
        </message>
        <message>
            <location filename="../../app/core/backup_chunks.py" />
            <source>the file is damaged or not a Tirek backup</source>
            <translation>файл бузулган же Tirek'тин камдык көчүрмөсү эмес</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>the file is damaged or not a database</source>
            <translation>файл бузулган же маалымат базасы эмес</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the full name is missing</source>
            <translation>аты-жөнү көрсөтүлгөн эмес</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the full name is too long</source>
            <translation>аты-жөнү өтө узун</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>the session number is missing</source>
            <translation>сабактын номери көрсөтүлгөн эмес</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>the title is missing</source>
            <translation>аталышы көрсөтүлгөн эмес</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>the training ends before it starts</source>
            <translation>тренингдин аяктаган күнү башталган күнүнөн мурун</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the year does not match the date of birth</source>
            <translation>туулган жылы туулган күнүнө дал келбейт</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the year of birth is not a number</source>
            <translation>туулган жылы сан эмес</translation>
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
            <translation>тренингдин темасы</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>training's test</source>
            <translation>тренингдин тести</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>type of organisation</source>
            <translation>уюмдун түрү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>unknown certificate rule</source>
            <translation>сертификат берүүнүн белгисиз эрежеси</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <location filename="../../app/core/services/training_import.py" />
            <source>unknown district</source>
            <translation>белгисиз район</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <location filename="../../app/core/services/training_import.py" />
            <source>unknown region</source>
            <translation>белгисиз облус</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>unknown topic: {topic}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>белгисиз тема: {topic}</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>unknown {what}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>белгисиз маани ({what})</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>unreadable mark</source>
            <translation>түшүнүксүз белги</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>view names</source>
            <translation>аттарды көрүү</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>write the session's date</source>
            <translation>сабактын күнүн жазыңыз</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>write yes or no</source>
            <translation>«ооба» же «жок» деп жазыңыз</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>{action} is not an action the access log knows.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{action}: мындай аракет кирүү журналында жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>{count} problems were found; nothing was imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{count} ката табылды; эч нерсе импорттолгон жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>{count} rows have problems; nothing was imported. Fix them, or import the good rows only.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{count} сапта ката бар; эч нерсе импорттолгон жок. Аларды оңдоңуз же катасыз саптарды гана импорттоңуз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>{count} score(s) are for questions that are not in this framework version.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{count} балл методиканын бул версиясында жок суроолорго коюлган.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <source>{day} is outside the training's dates ({start} to {end}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{day} тренингдин мөөнөтүнө кирбейт ({start} – {end}).</translation>
        </message>
        <message>
            <location filename="../../app/core/writer.py" />
            <source>{field} is not a field of this record.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{field} бул жазуунун талаасы эмес.</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>{file} cannot be restored: {reason}. Nothing was changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{file} калыбына келтирилбейт: {reason}. Эч нерсе өзгөргөн жок.</translation>
        </message>
        <message>
            <location filename="../../app/documents/sheets/exports.py" />
            <source>{fmt} is not an export format; choose csv, xlsx or json.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{fmt} экспорттоо үчүн ылайыктуу формат эмес; csv, xlsx же json тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <location filename="../../app/core/services/validation.py" />
            <source>{label} is required.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{label}» талаасын толтуруңуз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{label} is too long ({count} characters; at most {limit}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{label}» талаасы өтө узун ({count} символ; эң көбү {limit}).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <location filename="../../app/core/services/validation.py" />
            <source>{label} must be a number.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{label}» талаасында сан болушу керек.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{label} must be a whole number.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{label}» талаасында бүтүн сан болушу керек.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{label} must be between {lo} and {hi}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{label}» талаасынын мааниси {lo} менен {hi} ортосунда болушу керек.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{label} must be text.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{label}» талаасында текст болушу керек.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>{name} (for the column {header}) is not a field of a person; use one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} ({header} тилкеси үчүн) адам жөнүндө маалыматтын талаасы эмес; төмөнкүлөрдүн бирин колдонуңуз: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>{name} is already merged into another record; undo that first.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{name}» мурунтан эле башка жазуу менен бириктирилген; адегенде ошол бириктирүүнү артка кайтарыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>{name} is itself merged into another record; merge into that one.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{name}» өзү башка жазуу менен бириктирилген; ошол жазуу менен бириктириңиз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/attendance.py" />
            <source>{name} is not enrolled in this training; enrol them first.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} бул тренингдин катышуучуларынын тизмесинде жок. Адегенде аны тренингге кошуңуз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>{name} is not merged into anyone.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{name}» эч ким менен бириктирилген эмес.</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{name} made two different changes under number {seq} (its database was put back from an older copy); nothing imported for now. {name} repairs this itself when it imports a full file from this laptop (tirek sync export --out DIR, without --for); then sync again.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} {seq} номеринин астында эки башка өзгөртүү жасаган (анын маалымат базасы эски көчүрмөдөн кайтарылган); азырынча эч нерсе импорттолгон жок. {name} муну бул ноутбуктан толук файлды импорттогондо өзү оңдойт (tirek sync export --out DIR, --for жок); андан кийин кайра синхрондоңуз.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>{name} was retired by the coordinator; its files are no longer accepted.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Координатор {name} ноутбугун иштен чыгарган; андан келген файлдар мындан ары кабыл алынбайт.</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{name} was retired by {by} on {date}; its files are no longer accepted.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} ноутбугун {by} {date} күнү иштен чыгарган; андан келген файлдар мындан ары кабыл алынбайт.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/reports.py" />
            <source>{part} is not an age band; write bands like 0-17,18-24,55+.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{part}» курак тобу эмес. Топторду мындай жазыңыз: 0-17,18-24,55+.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path} cannot be read as a Tirek JSON export ({reason}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} Tirek JSON экспорту катары окулбайт ({reason}).</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>{path} cannot be read as a picture; choose another file.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} файлын сүрөт катары окуу мүмкүн эмес; башка файл тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path} cannot be read as an .xlsx spreadsheet ({reason}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} файлын .xlsx таблицасы катары окуу мүмкүн эмес ({reason}).</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path} has no sheet named {sheet}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} ичинде «{sheet}» деген барак жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path} is a Tirek export of version {version}; this Tirek reads version 1.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} — Tirek экспортунун {version}-версиясы; бул Tirek 1-версияны окуйт.</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>{path} is a file, not a folder. Choose a folder for Tirek.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} — папка эмес, файл. Tirek үчүн папка тандаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path} is not a Tirek export (export all --format json writes one).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} Tirek экспорту эмес (аны export all --format json жазат).</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path} is not a text file.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} — текст файлы эмес.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path}, row {row}: a quote (") is opened and not closed; close it or remove it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}, {row}-сап: тырмакча (") ачылып, жабылган эмес; жабыңыз же өчүрүңүз.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path}: Tirek reads .xlsx and .csv files, not .{suffix}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: Tirek .xlsx жана .csv файлдарын окуйт, .{suffix} файлдарын окубайт.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path}: a record of {table} has fields Tirek does not know: {names}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: {table} жазуусунда Tirek билбеген талаалар бар: {names}.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path}: no column names that Tirek knows were found in the first rows.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: алгачкы саптарда Tirek тааныган тилке аталыштары табылган жок.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path}: the tables of this export are not Tirek's.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: бул экспорттун таблицалары Tirek таблицалары эмес.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>{path}: there is no column with the full name (e.g. Full name, ФИО, Аты-жөнү).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: аты-жөнү жазылган тилке жок (мисалы, Full name, ФИО, Аты-жөнү).</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{relayer} relayed changes that {name} made after it was retired by {by} on {date} (above number {cutoff}); refused, nothing imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{relayer} {name} ноутбугу {by} тарабынан {date} күнү иштен чыгарылгандан кийин жасаган өзгөртүүлөрүн өткөрүп берди ({cutoff} номеринен жогору); четке кагылды, эч нерсе импорттолгон жок.</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{relayer} sent changes of {name} that carry no signature of {name}; refused, nothing imported. They travel once {name} has exported with this version of Tirek.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{relayer} {name} ноутбугунун {name} кол койбогон өзгөртүүлөрүн жөнөттү; четке кагылды, эч нерсе импорттолгон жок. Алар {name} Tirek'тин ушул версиясы менен экспорттогондон кийин жөнөтүлөт.</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{relayer} sent changes under the identity of {name} that {name} did not sign (forged, or changed on the way); nothing imported. Tell the coordinator.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{relayer} {name} атынан {name} кол койбогон өзгөртүүлөрдү жөнөттү (жасалма, же жолдо өзгөртүлгөн); эч нерсе импорттолгон жок. Координаторго кабарлаңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{value} does not look like a phone number.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» телефон номерине окшобойт.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>{value} is not a certificate language; use one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» сертификаттын тили эмес. Булардын бирин колдонуңуз: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <location filename="../../app/core/services/validation.py" />
            <source>{value} is not a date. Write it as 2026-03-15 or 15.03.2026.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» — туура күн эмес. Күндү 2026-03-15 же 15.03.2026 түрүндө жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>{value} is not a decision; use include or exclude.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» чечим эмес. include (кошуу) же exclude (чыгаруу) деп жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>{value} is not a kind of consent (data, photo or contact).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} — макулдуктун түрү эмес (data, photo же contact).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/framework.py" />
            <source>{value} is not a period; write a year (2026), a half (2026-H1) or a quarter (2026-Q3).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} мезгил эмес; жылды (2026), жарым жылды (2026-H1) же чейректи (2026-Q3) жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{value} is not a plausible date.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» — чындыкка окшобогон күн.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{value} is not a time of day. Write it as 09:30.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» — туура убакыт эмес. Убакытты 09:30 түрүндө жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../app/core/writer.py" />
            <source>{value} is not a valid value for {field}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} — {field} талаасы үчүн жараксыз маани.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{value} is not a valid {label}; choose one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» — «{label}» талаасы үчүн жараксыз маани. Булардын бирин тандаңыз: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>{value} is not a way of giving consent (paper_sheet, self_registration, verbal).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} — макулдук берүүнүн жолу эмес (paper_sheet, self_registration, verbal).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>{value} is not an answer; use one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» жооп катары жарабайт. Булардын бирин колдонуңуз: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/attendance.py" />
            <source>{value} is not an attendance mark; use one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{value}» катышуу белгиси эмес. Булардын бирин колдонуңуз: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/documents/sheets/exports.py" />
            <source>{what} cannot be exported; choose one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>«{what}» экспорттолбойт; төмөнкүлөрдүн бирин тандаңыз: {options}.</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../app/ui/forms.py" />
            <source>Unsaved changes</source>
            <translation>Сакталбаган өзгөрүүлөр</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms.py" />
            <source>You have changes that are not saved yet. Save them?</source>
            <translation>Сакталбаган өзгөрүүлөр бар. Аларды сактайсызбы?</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>A lot of difficulty</source>
            <translation>Көп кыйынчылык бар</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Absent</source>
            <translation>Келген жок</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Activist</source>
            <translation>Активист</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Appointed to a commission or council</source>
            <translation>Комиссияга же кеңешке дайындалды</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Became an organisation's leader</source>
            <translation>Уюмдун жетекчиси болду</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Budget line</source>
            <translation>Бюджеттик берене</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Cannot do at all</source>
            <translation>Такыр жасай албайт</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Communicating</source>
            <translation>Баарлашуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Coordinator</source>
            <translation>Координатор</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Done</source>
            <translation>Аткарылды</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Dropped</source>
            <translation>Токтотулду</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Elected</source>
            <translation>Шайланды</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Election commission's list</source>
            <translation>Шайлоо комиссиясынын тизмеси</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Every session attended</source>
            <translation>Бардык сабактарга катышкан</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Excused</source>
            <translation>Себептүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Female</source>
            <translation>Аял</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Government official</source>
            <translation>Мамлекеттик кызматкер</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Hearing</source>
            <translation>Угуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>International organisation</source>
            <translation>Эл аралык уюм</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Late</source>
            <translation>Кечикти</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Led an initiative</source>
            <translation>Демилге жетектеди</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Left early</source>
            <translation>Эрте кетти</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Local council</source>
            <translation>Айылдык кеңеш</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Local council decision</source>
            <translation>Жергиликтүү кеңештин чечими</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Local council deputy</source>
            <translation>Айылдык кеңештин депутаты</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Local development plan</source>
            <translation>Жергиликтүү өнүгүү планы</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Male</source>
            <translation>Эркек</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Member</source>
            <translation>Тармактын мүчөсү</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>NGO member</source>
            <translation>БӨУ мүчөсү</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>No difficulty</source>
            <translation>Кыйынчылык жок</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Not recorded</source>
            <translation>Белгисиз</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Open</source>
            <translation>Бүтө элек</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Other</source>
            <translation>Башка</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Partner</source>
            <translation>Өнөктөш</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Partner NGO</source>
            <translation>Өнөктөш БӨУ</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Phone follow-up</source>
            <translation>Телефон аркылуу байланыш</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Present</source>
            <translation>Катышты</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Registered as a candidate</source>
            <translation>Талапкер катары катталды</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Regular NGO meeting</source>
            <translation>БӨУнун кезектеги жолугушуусу</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Remembering</source>
            <translation>Эс тутум</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Seeing</source>
            <translation>Көрүү</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Self-care</source>
            <translation>Өзүн-өзү тейлөө</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Share of hours attended</source>
            <translation>Катышкан сааттардын үлүшү</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Share of sessions attended</source>
            <translation>Катышкан сабактардын үлүшү</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Some difficulty</source>
            <translation>Бир аз кыйынчылык бар</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Spoke at a public hearing</source>
            <translation>Коомдук угууда сөз сүйлөдү</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Stakeholder meeting</source>
            <translation>Кызыкдар тараптар менен жолугушуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>State body</source>
            <translation>Мамлекеттик орган</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>The organisation's report</source>
            <translation>Уюмдун отчёту</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Trainer</source>
            <translation>Тренер</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Viewer (read only)</source>
            <translation>Көрүүчү (окуу үчүн гана)</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Walking</source>
            <translation>Басуу</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Women's NGO</source>
            <translation>Аялдар БӨУсу</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Women's group</source>
            <translation>Аялдар тобу</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Women's group member</source>
            <translation>Аялдар тобунун мүчөсү</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Youth</source>
            <translation>Жаштар</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Youth group</source>
            <translation>Жаштар тобу</translation>
        </message>
    </context>
    <context>
        <name>network</name>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>Achieved</source>
            <translation>Аткарылды</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>Delayed</source>
            <translation>Кечигүүдө</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>In progress</source>
            <translation>Аткарылууда</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>No data</source>
            <translation>Маалымат жок</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>Not started</source>
            <translation>Башталган жок</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Born</source>
            <translation>Туулган</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Name</source>
            <translation>Аты-жөнү</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Organisation</source>
            <translation>Уюм</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Type a name or phone to search…</source>
            <translation>Издөө үчүн атын же телефонун жазыңыз…</translation>
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
            <translation>Протокол басылып жатат…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Printing the sign-in sheet…</source>
            <translation>Каттоо баракчасы басылып жатат…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Save the minutes</source>
            <translation>Протоколду сактоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Save the sign-in sheet</source>
            <translation>Каттоо баракчасын сактоо</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Saved</source>
            <translation>Сакталды</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Saved %1. Open it now?</source>
            <translation>%1 файлы сакталды. Азыр ачасызбы?</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Sign-in sheet</source>
            <translation>Каттоо баракчасы</translation>
        </message>
    </context>
</TS>
