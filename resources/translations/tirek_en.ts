<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>, installed bundle</source>
            <translation>, installed bundle</translation>
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
            <translation>About Tirek</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Database schema</source>
            <translation>Database schema</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Home folder</source>
            <translation>Home folder</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Log file</source>
            <translation>Log file</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Open home folder</source>
            <translation>Open home folder</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Open log folder</source>
            <translation>Open log folder</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Running on</source>
            <translation>Running on</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>This laptop</source>
            <translation>This laptop</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Trainings, attendance and meetings for women's NGO networks. Works without internet; data travels between laptops as files.</source>
            <translation>Trainings, attendance and meetings for women's NGO networks. Works without internet; data travels between laptops as files.</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../app/ui/about.py" />
            <source>not set up yet</source>
            <translation>not set up yet</translation>
        </message>
    </context>
    <context>
        <name>AssessmentComparison</name>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>All regions</source>
            <translation>All regions</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>No assessments yet.</source>
            <translation>No assessments yet.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>No organisation of this region has been assessed yet.</source>
            <translation>No organisation of this region has been assessed yet.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>One organisation over time</source>
            <translation>One organisation over time</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>Overall</source>
            <translation>Overall</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>The organisations of a region</source>
            <translation>The organisations of a region</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>{n} assessments. Overall: {a}% on {d1}, {b}% on {d2}. Scores as a percentage of their scale.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{n} assessments. Overall: {a}% on {d1}, {b}% on {d2}. Scores as a percentage of their scale.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/chart.py" />
            <source>{n} organisations, latest assessment of each: {measure}, % of scale.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{n} organisations, latest assessment of each: {measure}, % of scale.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceKeys</name>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>L</source>
            <translation>L</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>X</source>
            <translation>X</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Attended</source>
            <translation>Attended</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Completion</source>
            <translation>Completion</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Consent to data processing, as ticked on the sign-in sheet</source>
            <translation>Consent to data processing, as ticked on the sign-in sheet</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Day {n}
{date}
{count} present</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Day {n}
{date}
{count} present</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>No mark yet</source>
            <translation>No mark yet</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Keys: {legend}; Space = present; Delete = clear. Saved as you type.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Keys: {legend}; Space = present; Delete = clear. Saved as you type.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Mark everyone present for the selected day</source>
            <translation>Mark everyone present for the selected day</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/attendance.py" />
            <source>Whole day present</source>
            <translation>Whole day present</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>(all laptops)</source>
            <translation>(all laptops)</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Laptop:</source>
            <translation>Laptop:</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Newer</source>
            <translation>Newer</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Older</source>
            <translation>Older</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Only this period:</source>
            <translation>Only this period:</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Page {n}: {count} entries</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Page {n}: {count} entries</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Person id</source>
            <translation>Person id</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>When (UTC)</source>
            <translation>When (UTC)</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>merged</source>
            <translation>merged</translation>
        </message>
        <message>
            <location filename="../../app/ui/audit/page.py" />
            <source>to</source>
            <translation>to</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Again:</source>
            <translation>Again:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Current passphrase:</source>
            <translation>Current passphrase:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>New passphrase:</source>
            <translation>New passphrase:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Recovery key:</source>
            <translation>Recovery key:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Tirek: passphrase</source>
            <translation>Tirek: passphrase</translation>
        </message>
    </context>
    <context>
        <name>ConsentBox</name>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>No consent recorded.</source>
            <translation>No consent recorded.</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Record consent…</source>
            <translation>Record consent…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>being contacted</source>
            <translation>being contacted</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>data processing</source>
            <translation>data processing</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>given</source>
            <translation>given</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>paper sheet</source>
            <translation>paper sheet</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>paper sheet, before records</source>
            <translation>paper sheet, before records</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>photos</source>
            <translation>photos</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>recorded by {who} on {device}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>recorded by {who} on {device}</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>self-registration</source>
            <translation>self-registration</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>verbal, with a witness</source>
            <translation>verbal, with a witness</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>witness {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>witness {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>{kind}: given</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{kind}: given</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>{kind}: not given</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{kind}: not given</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Consent to</source>
            <translation>Consent to</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Name of the witness (verbal consent)</source>
            <translation>Name of the witness (verbal consent)</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Record consent</source>
            <translation>Record consent</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Witness</source>
            <translation>Witness</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>being contacted</source>
            <translation>being contacted</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>data processing</source>
            <translation>data processing</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>given (clear it for withdrawn or refused)</source>
            <translation>given (clear it for withdrawn or refused)</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>paper sheet</source>
            <translation>paper sheet</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>photos</source>
            <translation>photos</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>self-registration</source>
            <translation>self-registration</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>verbal, with a witness</source>
            <translation>verbal, with a witness</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>(decide later) </source>
            <translation>(decide later) </translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Decide later</source>
            <translation>Decide later</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Duplicate people</source>
            <translation>Duplicate people</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Find duplicates</source>
            <translation>Find duplicates</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Looking for duplicates…</source>
            <translation>Looking for duplicates…</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>May be the same as</source>
            <translation>May be the same as</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Merge, keep the first</source>
            <translation>Merge, keep the first</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Merge, keep the second</source>
            <translation>Merge, keep the second</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Not the same person</source>
            <translation>Not the same person</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>birth year ±1</source>
            <translation>birth year ±1</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>other birth year</source>
            <translation>other birth year</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>other district</source>
            <translation>other district</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>other phone</source>
            <translation>other phone</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same birth year</source>
            <translation>same birth year</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same district</source>
            <translation>same district</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same name</source>
            <translation>same name</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same organisation</source>
            <translation>same organisation</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>same phone</source>
            <translation>same phone</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>similar name</source>
            <translation>similar name</translation>
        </message>
        <message>
            <location filename="../../app/ui/duplicates/page.py" />
            <source>{n} likely pairs among {people} people.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{n} likely pairs among {people} people.</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Erase for ever</source>
            <translation>Erase for ever</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Erase person</source>
            <translation>Erase person</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Erasing removes {name}'s name, phone, e-mail, birth date, notes, organisation and district from this laptop and, with the next sync, from every laptop. Her attendance still counts in reports, under an anonymous name. This cannot be undone.

Type her full name to confirm:</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Erasing removes {name}'s name, phone, e-mail, birth date, notes, organisation and district from this laptop and, with the next sync, from every laptop. Her attendance still counts in reports, under an anonymous name. This cannot be undone.

Type her full name to confirm:</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/privacy.py" />
            <source>Why, e.g. her written request of 30.11.2026</source>
            <translation>Why, e.g. her written request of 30.11.2026</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>&amp;Load demo data to try Tirek out</source>
            <translation>&amp;Load demo data to try Tirek out</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>For certificates. All of this can be filled in later in Settings.</source>
            <translation>For certificates. All of this can be filled in later in Settings.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>How this laptop is known to the others in your network.</source>
            <translation>How this laptop is known to the others in your network.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Invented trainings, people and meetings, to practise with. Leave this off on a laptop for real work.</source>
            <translation>Invented trainings, people and meetings, to practise with. Leave this off on a laptop for real work.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>The language of Tirek's windows. You can change it later in Settings.</source>
            <translation>The language of Tirek's windows. You can change it later in Settings.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>This laptop</source>
            <translation>This laptop</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Tirek is set up. Press Finish to start.</source>
            <translation>Tirek is set up. Press Finish to start.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Tirek keeps your trainings, participants, attendance and meeting minutes on this laptop, works without internet, and shares them with your network as files.</source>
            <translation>Tirek keeps your trainings, participants, attendance and meeting minutes on this laptop, works without internet, and shares them with your network as files.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Tirek saves a backup of everything every hour and when you close it.</source>
            <translation>Tirek saves a backup of everything every hour and when you close it.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Welcome to Tirek</source>
            <translation>Welcome to Tirek</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" />
            <source>Your organisation</source>
            <translation>Your organisation</translation>
        </message>
    </context>
    <context>
        <name>FollowUpList</name>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Call by</source>
            <translation>Call by</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Called</source>
            <translation>Called</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Space: called and reached · N: called, not reached · O: record what she went on to do</source>
            <translation>Space: called and reached · N: called, not reached · O: record what she went on to do</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>not reached</source>
            <translation>not reached</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>reached</source>
            <translation>reached</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTab</name>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Training:</source>
            <translation>Training:</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>{n} months after</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{n} months after</translation>
        </message>
    </context>
    <context>
        <name>FrameworkTab</name>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>2026, 2026-H1 or 2026-Q3</source>
            <translation>2026, 2026-H1 or 2026-Q3</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>By sex</source>
            <translation>By sex</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>No project yet: add one under Reports first.</source>
            <translation>No project yet: add one under Reports first.</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Project:</source>
            <translation>Project:</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Save as &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Save as &amp;xlsx…</source>
            <translation>Save as &amp;xlsx…</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Save the framework</source>
            <translation>Save the framework</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Show the &amp;records…</source>
            <translation>Show the &amp;records…</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>This project has no results framework yet (tirek results …).</source>
            <translation>This project has no results framework yet (tirek results …).</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <location filename="../../app/ui/guide.py" />
            <source>Tirek user guide</source>
            <translation>Tirek user guide</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>merged</source>
            <translation>merged</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>The passphrase is not right.</source>
            <translation>The passphrase is not right.</translation>
        </message>
    </context>
    <context>
        <name>LaterPage</name>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
    </context>
    <context>
        <name>Loader</name>
        <message>
            <location filename="../../app/ui/loading.py" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Write this recovery key down now and give it to your coordinator. It is shown only this once. With it a forgotten passphrase can be replaced.

{key}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Write this recovery key down now and give it to your coordinator. It is shown only this once. With it a forgotten passphrase can be replaced.

{key}</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Tirek is locked</source>
            <translation>Tirek is locked</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Type the passphrase to go on.</source>
            <translation>Type the passphrase to go on.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;About Tirek</source>
            <translation>&amp;About Tirek</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Import people from a spreadsheet…</source>
            <translation>&amp;Import people from a spreadsheet…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Undo delete</source>
            <translation>&amp;Undo delete</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;Verify a certificate…</source>
            <translation>&amp;Verify a certificate…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Automatic backup failed: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Automatic backup failed: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Backup saved.</source>
            <translation>Backup saved.</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Backup saved; the copy to the second folder failed: {why}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Backup saved; the copy to the second folder failed: {why}</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Duplicates</source>
            <translation>Duplicates</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>NAP &amp; capacity</source>
            <translation>NAP &amp; capacity</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>New &amp;meeting…</source>
            <translation>New &amp;meeting…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>New &amp;person…</source>
            <translation>New &amp;person…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>New &amp;training…</source>
            <translation>New &amp;training…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Search people, trainings, meetings  (Ctrl+F)</source>
            <translation>Search people, trainings, meetings  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>This laptop: {name} · {role}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>This laptop: {name} · {role}</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Tirek</source>
            <translation>Tirek</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" />
            <source>Trainings</source>
            <translation>Trainings</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;Actions agreed at this meeting&lt;/b&gt;</source>
            <translation>&lt;b&gt;Actions agreed at this meeting&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;Decisions&lt;/b&gt;</source>
            <translation>&lt;b&gt;Decisions&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;From the registry&lt;/b&gt; (Enter adds)</source>
            <translation>&lt;b&gt;From the registry&lt;/b&gt; (Enter adds)</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;Outside guest&lt;/b&gt;</source>
            <translation>&lt;b&gt;Outside guest&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>&lt;b&gt;Still open from earlier meetings of the series&lt;/b&gt;</source>
            <translation>&lt;b&gt;Still open from earlier meetings of the series&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Action items</source>
            <translation>Action items</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Add action</source>
            <translation>Add action</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Add decision</source>
            <translation>Add decision</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Add guest</source>
            <translation>Add guest</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Approve minutes</source>
            <translation>Approve minutes</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Approve minutes…</source>
            <translation>Approve minutes…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Delete decision</source>
            <translation>Delete decision</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Guest's name</source>
            <translation>Guest's name</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Meeting: {title}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Meeting: {title}</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Minutes and decisions</source>
            <translation>Minutes and decisions</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Minutes approved by {who} on {when}. They can no longer be changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Minutes approved by {who} on {when}. They can no longer be changed.</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>New decision</source>
            <translation>New decision</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Once approved, the minutes can no longer be changed. Approve them now?</source>
            <translation>Once approved, the minutes can no longer be changed. Approve them now?</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Owner from the registry…</source>
            <translation>Owner from the registry…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Owner of the action</source>
            <translation>Owner of the action</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Print minutes…</source>
            <translation>Print minutes…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Series</source>
            <translation>Series</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Set status of selected</source>
            <translation>Set status of selected</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>e.g. Osh NGO forum (links follow-ups)</source>
            <translation>e.g. Osh NGO forum (links follow-ups)</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>guest</source>
            <translation>guest</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/editor.py" />
            <source>registry</source>
            <translation>registry</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Delete meeting…</source>
            <translation>Delete meeting…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>New meeting…</source>
            <translation>New meeting…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Search meetings…</source>
            <translation>Search meetings…</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Series</source>
            <translation>Series</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <location filename="../../app/ui/meetings/page.py" />
            <source>draft</source>
            <translation>draft</translation>
        </message>
    </context>
    <context>
        <name>MonitoringMatrix</name>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>All regions</source>
            <translation>All regions</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Double-click an indicator to record progress on it.</source>
            <translation>Double-click an indicator to record progress on it.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Months</source>
            <translation>Months</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>No plan yet. Import one: tirek nap import FILE.xlsx</source>
            <translation>No plan yet. Import one: tirek nap import FILE.xlsx</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Periods</source>
            <translation>Periods</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Quarters</source>
            <translation>Quarters</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Q{n} {year}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Q{n} {year}</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>The end of the range is before its start.</source>
            <translation>The end of the range is before its start.</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>Years</source>
            <translation>Years</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>{n} indicators at the end of the range: {counts}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{n} indicators at the end of the range: {counts}</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/matrix.py" />
            <source>{status}; {n} progress entries</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{status}; {n} progress entries</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <location filename="../../app/ui/network/page.py" />
            <source>Capacity assessments</source>
            <translation>Capacity assessments</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/page.py" />
            <source>NAP 1325 monitoring</source>
            <translation>NAP 1325 monitoring</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/page.py" />
            <source>Organisations of a region</source>
            <translation>Organisations of a region</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEditor</name>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Founding year</source>
            <translation>Founding year</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>New organisation</source>
            <translation>New organisation</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Relation to the network</source>
            <translation>Relation to the network</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message numerus="yes">
            <location filename="../../app/ui/organisations.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>&lt;b&gt;People&lt;/b&gt;</source>
            <translation>&lt;b&gt;People&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>&lt;b&gt;Trainings&lt;/b&gt;</source>
            <translation>&lt;b&gt;Trainings&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Choose an organisation in the list</source>
            <translation>Choose an organisation in the list</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Edit organisation…</source>
            <translation>Edit organisation…</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>New organisation…</source>
            <translation>New organisation…</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Search organisations…</source>
            <translation>Search organisations…</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Their people</source>
            <translation>Their people</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../app/ui/organisations.py" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>What she went on to do</source>
            <translation>What she went on to do</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/follow_up.py" />
            <source>When</source>
            <translation>When</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTab</name>
        <message numerus="yes">
            <location filename="../../app/ui/trainings/editor.py" />
            <source>%n participants</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>&lt;b&gt;Enrol from the registry&lt;/b&gt; (Enter enrols)</source>
            <translation>&lt;b&gt;Enrol from the registry&lt;/b&gt; (Enter enrols)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Enrol selected</source>
            <translation>Enrol selected</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Quick add a new person…</source>
            <translation>Quick add a new person…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Remove from training</source>
            <translation>Remove from training</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Again:</source>
            <translation>Again:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Kept in the system's credential store; anyone who can log in here can open Tirek.</source>
            <translation>Kept in the system's credential store; anyone who can log in here can open Tirek.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Opening Tirek…</source>
            <translation>Opening Tirek…</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Remember on this computer</source>
            <translation>Remember on this computer</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Tirek keeps its database encrypted. Choose a passphrase of at least 8 characters: it is asked when Tirek starts.</source>
            <translation>Tirek keeps its database encrypted. Choose a passphrase of at least 8 characters: it is asked when Tirek starts.</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Tirek: passphrase</source>
            <translation>Tirek: passphrase</translation>
        </message>
        <message>
            <location filename="../../app/ui/lock.py" />
            <source>Type the passphrase of Tirek's database.</source>
            <translation>Type the passphrase of Tirek's database.</translation>
        </message>
    </context>
    <context>
        <name>PeopleImportDialog</name>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>(leave this row out)</source>
            <translation>(leave this row out)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>(not imported)</source>
            <translation>(not imported)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>A new person</source>
            <translation>A new person</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Choose a file…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Columns of the file and the Tirek field each one fills:</source>
            <translation>Columns of the file and the Tirek field each one fills:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Consent to photos</source>
            <translation>Consent to photos</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Consent to store data</source>
            <translation>Consent to store data</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Given name</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Import all</source>
            <translation>Import all</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Import people</source>
            <translation>Import people</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Import the good rows only</source>
            <translation>Import the good rows only</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Imported {n} people; {linked} already registered, {undecided} undecided and {skipped} rows with problems left out.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Imported {n} people; {linked} already registered, {undecided} undecided and {skipped} rows with problems left out.</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Is this person…</source>
            <translation>Is this person…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Name in the file</source>
            <translation>Name in the file</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>No file chosen.</source>
            <translation>No file chosen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Nothing changed: {linked} rows are people already in the registry.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Nothing changed: {linked} rows are people already in the registry.</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Patronymic</source>
            <translation>Patronymic</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Possibly already in the registry (decide each):</source>
            <translation>Possibly already in the registry (decide each):</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Spreadsheets (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Surname</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>The registered {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The registered {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>The registered {name} ({facts})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The registered {name} ({facts})</translation>
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
            <translation>Washington Group: {domain}</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>Year of birth</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>row {row}: already in the registry (linked, nothing added)</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>row {row}: already in the registry (linked, nothing added)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>row {row}: the same person as row {other}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>row {row}: the same person as row {other}</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/people_import.py" />
            <source>{ready} rows ready: {new} new, {known} already in the registry, {maybe} possibly registered, {repeated} repeated; {bad} rows with problems.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{ready} rows ready: {new} new, {known} already in the registry, {maybe} possibly registered, {repeated} repeated; {bad} rows with problems.</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message numerus="yes">
            <location filename="../../app/ui/people/page.py" />
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>New person…</source>
            <translation>New person…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Search people by name or phone…</source>
            <translation>Search people by name or phone…</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Consents</source>
            <translation>Consents</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Erase person…</source>
            <translation>Erase person…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Surname and given name</source>
            <translation>Surname and given name</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Year of birth</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>e.g. 1985</source>
            <translation>e.g. 1985</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>to be photographed</source>
            <translation>to be photographed</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>to store their data</source>
            <translation>to store their data</translation>
        </message>
    </context>
    <context>
        <name>PersonPanel</name>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>&lt;b&gt;Meetings&lt;/b&gt;</source>
            <translation>&lt;b&gt;Meetings&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>&lt;b&gt;Trainings&lt;/b&gt;</source>
            <translation>&lt;b&gt;Trainings&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Attended</source>
            <translation>Attended</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Choose a person in the list</source>
            <translation>Choose a person in the list</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Delete person…</source>
            <translation>Delete person…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Edit person…</source>
            <translation>Edit person…</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>Year of birth</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/page.py" />
            <source>{n} of {m}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{n} of {m}</translation>
        </message>
    </context>
    <context>
        <name>PrintCertificatesDialog</name>
        <message numerus="yes">
            <location filename="../../app/ui/documents/certificates.py" />
            <source>%n certificate(s) saved in %1.</source>
            <translation>
                <numerusform>%n certificate saved in %1.</numerusform>
                <numerusform>%n certificates saved in %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/documents/certificates.py" />
            <source>%n participant(s) earned a certificate.</source>
            <translation>
                <numerusform>%n participant earned a certificate.</numerusform>
                <numerusform>%n participants earned a certificate.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Attended</source>
            <translation>Attended</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Decided by hand</source>
            <translation>Decided by hand</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Excluded: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Excluded: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Exclude…</source>
            <translation>Exclude…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Included: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Included: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Include…</source>
            <translation>Include…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Kyrgyz</source>
            <translation>Kyrgyz</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Kyrgyz and Russian</source>
            <translation>Kyrgyz and Russian</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Let the rule decide</source>
            <translation>Let the rule decide</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>One PDF per person, in a folder</source>
            <translation>One PDF per person, in a folder</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>One PDF with all certificates</source>
            <translation>One PDF with all certificates</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Print certificates</source>
            <translation>Print certificates</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Printing certificates…</source>
            <translation>Printing certificates…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Russian</source>
            <translation>Russian</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Save certificates</source>
            <translation>Save certificates</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Save to</source>
            <translation>Save to</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Why does {name} get a certificate anyway?</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Why does {name} get a certificate anyway?</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Why does {name} not get a certificate?</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Why does {name} not get a certificate?</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/certificates.py" />
            <source>{path} already exists. Replace it?</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} already exists. Replace it?</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>From the value</source>
            <translation>From the value</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Narrative</source>
            <translation>Narrative</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>National (no region)</source>
            <translation>National (no region)</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Progress on {code}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Progress on {code}</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/progress.py" />
            <source>a number, e.g. 120</source>
            <translation>a number, e.g. 120</translation>
        </message>
    </context>
    <context>
        <name>QuickAddDialog</name>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Add new person</source>
            <translation>Add new person</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Discard the person you were typing?</source>
            <translation>Discard the person you were typing?</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Quick add a person</source>
            <translation>Quick add a person</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Similar people are already registered:</source>
            <translation>Similar people are already registered:</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/editor.py" />
            <source>Use the selected person</source>
            <translation>Use the selected person</translation>
        </message>
    </context>
    <context>
        <name>RegionOrganisations</name>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Assessments</source>
            <translation>Assessments</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Latest score, %</source>
            <translation>Latest score, %</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Trainings attended</source>
            <translation>Trainings attended</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/region.py" />
            <source>{n} organisations</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{n} organisations</translation>
        </message>
    </context>
    <context>
        <name>RegionTiles</name>
        <message>
            <location filename="../../app/ui/results/regions.py" />
            <source>trainings · people trained · outcomes</source>
            <translation>trainings · people trained · outcomes</translation>
        </message>
    </context>
    <context>
        <name>RegistrationDialog</name>
        <message numerus="yes">
            <location filename="../../app/ui/trainings/registration.py" />
            <source>%n registrations waiting for you</source>
            <translation>
                <numerusform>%n registration waiting for you</numerusform>
                <numerusform>%n registrations waiting for you</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>A new person</source>
            <translation>A new person</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Close registration</source>
            <translation>Close registration</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Confirm (Enter)</source>
            <translation>Confirm (Enter)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>In the registry</source>
            <translation>In the registry</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Open for {min} more minutes</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Open for {min} more minutes</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>PIN: {pin}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>PIN: {pin}</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Participants connect their phones to this laptop's Wi-Fi (or the venue's), scan the code or type the address, and enter the PIN. Nothing they send is kept until you confirm it here.</source>
            <translation>Participants connect their phones to this laptop's Wi-Fi (or the venue's), scan the code or type the address, and enter the PIN. Nothing they send is kept until you confirm it here.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Registration could not start.</source>
            <translation>Registration could not start.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Registration is closed.</source>
            <translation>Registration is closed.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Registration: {title}, {date}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Registration: {title}, {date}</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Reject (Delete)</source>
            <translation>Reject (Delete)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Same as the registered person</source>
            <translation>Same as the registered person</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>Starting…</source>
            <translation>Starting…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>looking in the registry…</source>
            <translation>looking in the registry…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>maybe the same as {name}? (new unless you say so)</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>maybe the same as {name}? (new unless you say so)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>new person</source>
            <translation>new person</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/registration.py" />
            <source>registered: {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>registered: {name}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>(all projects)</source>
            <translation>(all projects)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Age bands:</source>
            <translation>Age bands:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>As it will leave the office (small numbers hidden)</source>
            <translation>As it will leave the office (small numbers hidden)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Completion rate</source>
            <translation>Completion rate</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Donor reports</source>
            <translation>Donor reports</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Kyrgyz</source>
            <translation>Kyrgyz</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Only this period:</source>
            <translation>Only this period:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Participations</source>
            <translation>Participations</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Place names in:</source>
            <translation>Place names in:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Project:</source>
            <translation>Project:</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Russian</source>
            <translation>Russian</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Save as Excel…</source>
            <translation>Save as Excel…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Save report</source>
            <translation>Save report</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Saved: {path}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Unique people</source>
            <translation>Unique people</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../app/ui/reports/page.py" />
            <source>{n} trainings, {p} participations, {u} people.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{n} trainings, {p} participations, {u} people.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Knowledge tests</source>
            <translation>Knowledge tests</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Results framework</source>
            <translation>Results framework</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <location filename="../../app/ui/runner.py" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../app/ui/runner.py" />
            <source>Please wait</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <location filename="../../app/ui/runner.py" />
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>SavedPanel</name>
        <message>
            <location filename="../../app/ui/documents/done.py" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/done.py" />
            <source>Show in folder</source>
            <translation>Show in folder</translation>
        </message>
    </context>
    <context>
        <name>ScoresGrid</name>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>No one has both scores yet.</source>
            <translation>No one has both scores yet.</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>Type a score and press Enter: the next participant is ready. Tab: the other column. Delete: clear.</source>
            <translation>Type a score and press Enter: the next participant is ready. Tab: the other column. Delete: clear.</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>not recorded</source>
            <translation>not recorded</translation>
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
            <translation>{n} with both scores · average {pre} → {post} ({gain}) · knowledge rose for {share}% ({sexes})</translation>
        </message>
    </context>
    <context>
        <name>ScoresModel</name>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>After (of {max})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>After (of {max})</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>Before (of {max})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Before (of {max})</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>Gain</source>
            <translation>Gain</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/scores.py" />
            <source>{text} is not a score: type a number.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{text} is not a score: type a number.</translation>
        </message>
    </context>
    <context>
        <name>ScoresTab</name>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>&amp;Give a test at this training…</source>
            <translation>&amp;Give a test at this training…</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Give a test</source>
            <translation>Give a test</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Test:</source>
            <translation>Test:</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/page.py" />
            <source>Training:</source>
            <translation>Training:</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Found</source>
            <translation>Found</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Found for “{text}”</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Found for “{text}”</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Nothing found for “{text}”</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Nothing found for “{text}”</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../app/ui/search.py" />
            <source>Trainings</source>
            <translation>Trainings</translation>
        </message>
    </context>
    <context>
        <name>SessionsTab</name>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add day</source>
            <translation>Add day</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add the training's days first.</source>
            <translation>Add the training's days first.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Choose a day in the list first.</source>
            <translation>Choose a day in the list first.</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Delete day</source>
            <translation>Delete day</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Delete this day and its attendance marks?</source>
            <translation>Delete this day and its attendance marks?</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Print sign-in sheet…</source>
            <translation>Print sign-in sheet…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Registration</source>
            <translation>Registration</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Registration from phones…</source>
            <translation>Registration from phones…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Save changes to this day</source>
            <translation>Save changes to this day</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Sign-in sheet</source>
            <translation>Sign-in sheet</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>There is already a day on {date}{time}. Add another one? (Two identical days mean nobody attends every session.)</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>There is already a day on {date}{time}. Add another one? (Two identical days mean nobody attends every session.)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>worked out from the times if empty</source>
            <translation>worked out from the times if empty</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Change the passphrase…</source>
            <translation>Change the passphrase…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Interface</source>
            <translation>Interface</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>New passphrase with the recovery key…</source>
            <translation>New passphrase with the recovery key…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/dialog.py" />
            <source>This laptop</source>
            <translation>This laptop</translation>
        </message>
    </context>
    <context>
        <name>SetupFields</name>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>&amp;Second folder:</source>
            <translation>&amp;Second folder:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>As printed on certificates</source>
            <translation>As printed on certificates</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Backups are always kept in Tirek's own folder. A copy can also go to a second folder, e.g. on a USB stick.</source>
            <translation>Backups are always kept in Tirek's own folder. A copy can also go to a second folder, e.g. on a USB stick.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Choose the organisation's logo</source>
            <translation>Choose the organisation's logo</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Choose the second folder for backups</source>
            <translation>Choose the second folder for backups</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Every laptop of your network uses the same one: paste the invitation code your coordinator gave you (or the path of the invitation file). Only the coordinator's first laptop starts a new network.</source>
            <translation>Every laptop of your network uses the same one: paste the invitation code your coordinator gave you (or the path of the invitation file). Only the coordinator's first laptop starts a new network.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Laptop &amp;name:</source>
            <translation>Laptop &amp;name:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Lo&amp;go:</source>
            <translation>Lo&amp;go:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Network &amp;invitation:</source>
            <translation>Network &amp;invitation:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Other laptops see this name on the files you send, e.g. Osh-1 or Naryn-Aida.</source>
            <translation>Other laptops see this name on the files you send, e.g. Osh-1 or Naryn-Aida.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Pictures (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Printed on certificates (PNG or JPEG).</source>
            <translation>Printed on certificates (PNG or JPEG).</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>Start a &amp;new network (coordinators only)</source>
            <translation>Start a &amp;new network (coordinators only)</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>e.g. 0A0B0C-0D…</source>
            <translation>e.g. 0A0B0C-0D…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/fields.py" />
            <source>e.g. Osh-1</source>
            <translation>e.g. Osh-1</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <location filename="../../app/ui/app.py" />
            <source>Loading demo data…</source>
            <translation>Loading demo data…</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Applying held files</source>
            <translation>Applying held files</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Approve sender…</source>
            <translation>Approve sender…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Conflict settled; the decision travels with the next sync.</source>
            <translation>Conflict settled; the decision travels with the next sync.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Conflicts to review</source>
            <translation>Conflicts to review</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Copy the changes to the person kept</source>
            <translation>Copy the changes to the person kept</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Delete the records too</source>
            <translation>Delete the records too</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Dismiss them</source>
            <translation>Dismiss them</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Drop sync files here to import them.</source>
            <translation>Drop sync files here to import them.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Export for…</source>
            <translation>Export for…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Exporting</source>
            <translation>Exporting</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Held until the sender is approved</source>
            <translation>Held until the sender is approved</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>History of this record…</source>
            <translation>History of this record…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Import sync files</source>
            <translation>Import sync files</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Import…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep as an amendment</source>
            <translation>Keep as an amendment</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep it deleted</source>
            <translation>Keep it deleted</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep selected value</source>
            <translation>Keep selected value</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep the selected person</source>
            <translation>Keep the selected person</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Keep typed value</source>
            <translation>Keep typed value</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Laptops</source>
            <translation>Laptops</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Last file for it</source>
            <translation>Last file for it</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Last file from it</source>
            <translation>Last file from it</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Nothing new.</source>
            <translation>Nothing new.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Reject, keep approved text</source>
            <translation>Reject, keep approved text</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Restore the deleted record</source>
            <translation>Restore the deleted record</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Restore the record</source>
            <translation>Restore the record</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Saving</source>
            <translation>Saving</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Shared sync folder</source>
            <translation>Shared sync folder</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Shared sync folder (Dropbox, Drive, a USB stick)</source>
            <translation>Shared sync folder (Dropbox, Drive, a USB stick)</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Shown value</source>
            <translation>Shown value</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Syncing</source>
            <translation>Syncing</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>This laptop: {name}, key {key}. State digest {digest}…</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>This laptop: {name}, key {key}. State digest {digest}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>This laptop: {name}, key {key}. State digest: being computed…</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>This laptop: {name}, key {key}. State digest: being computed…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Tirek sync files (*{s})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Tirek sync files (*{s})</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Write the sync file into</source>
            <translation>Write the sync file into</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Wrote {n} changes for the others.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Wrote {n} changes for the others.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>Wrote {path}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Wrote {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>deleted, but edited elsewhere</source>
            <translation>deleted, but edited elsewhere</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>deleted, but records were added under it elsewhere</source>
            <translation>deleted, but records were added under it elsewhere</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>merged into another person, but edited elsewhere</source>
            <translation>merged into another person, but edited elsewhere</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>merged into each other on two laptops</source>
            <translation>merged into each other on two laptops</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>retired</source>
            <translation>retired</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>{field}: changed elsewhere after approval</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{field}: changed elsewhere after approval</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>{file}: held until {who} is approved.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{file}: held until {who} is approved.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>{file}: refused. {why}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{file}: refused. {why}</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>{file}: {new} new changes from {who}, {conflicts} conflicts.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{file}: {new} new changes from {who}, {conflicts} conflicts.</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync/page.py" />
            <source>…or type the right value</source>
            <translation>…or type the right value</translation>
        </message>
    </context>
    <context>
        <name>TargetChart</name>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Choose an indicator.</source>
            <translation>Choose an indicator.</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
    </context>
    <context>
        <name>TraceDialog</name>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../app/ui/results/framework.py" />
            <source>The records behind a number</source>
            <translation>The records behind a number</translation>
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
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add a new person…</source>
            <translation>Add a new person…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add a trainer</source>
            <translation>Add a trainer</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Add trainer…</source>
            <translation>Add trainer…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Days, Participants and Attendance open once the details are saved: fill in the title and dates, then Save (Ctrl+S).</source>
            <translation>Days, Participants and Attendance open once the details are saved: fill in the title and dates, then Save (Ctrl+S).</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>New training</source>
            <translation>New training</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Print certificates…</source>
            <translation>Print certificates…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Save the details first (Ctrl+S)</source>
            <translation>Save the details first (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Threshold (%)</source>
            <translation>Threshold (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Trainers</source>
            <translation>Trainers</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Training: {title}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Training: {title}</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/editor.py" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>TrainingsModel</name>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
    </context>
    <context>
        <name>TrainingsPage</name>
        <message numerus="yes">
            <location filename="../../app/ui/trainings/page.py" />
            <source>%n trainings</source>
            <translation>
                <numerusform>%n training</numerusform>
                <numerusform>%n trainings</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>&lt;h3&gt;No trainings here yet&lt;/h3&gt;&lt;p&gt;1. &lt;b&gt;New training…&lt;/b&gt; (Ctrl+N): the title and dates, then Save.&lt;/p&gt;&lt;p&gt;2. &lt;b&gt;Days&lt;/b&gt;: Add day for each day of the training.&lt;/p&gt;&lt;p&gt;3. Participants register themselves from their phones (&lt;b&gt;Registration from phones…&lt;/b&gt; on the Days tab), or type the paper list under &lt;b&gt;Participants&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;4. &lt;b&gt;Attendance&lt;/b&gt;, then &lt;b&gt;Print certificates…&lt;/b&gt;; &lt;b&gt;Sync&lt;/b&gt; sends everything to the coordinator.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;No trainings here yet&lt;/h3&gt;&lt;p&gt;1. &lt;b&gt;New training…&lt;/b&gt; (Ctrl+N): the title and dates, then Save.&lt;/p&gt;&lt;p&gt;2. &lt;b&gt;Days&lt;/b&gt;: Add day for each day of the training.&lt;/p&gt;&lt;p&gt;3. Participants register themselves from their phones (&lt;b&gt;Registration from phones…&lt;/b&gt; on the Days tab), or type the paper list under &lt;b&gt;Participants&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;4. &lt;b&gt;Attendance&lt;/b&gt;, then &lt;b&gt;Print certificates…&lt;/b&gt;; &lt;b&gt;Sync&lt;/b&gt; sends everything to the coordinator.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>All projects</source>
            <translation>All projects</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>All regions</source>
            <translation>All regions</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>All topics</source>
            <translation>All topics</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Dates:</source>
            <translation>Dates:</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Delete training…</source>
            <translation>Delete training…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>New training…</source>
            <translation>New training…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Only mine</source>
            <translation>Only mine</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Search titles…</source>
            <translation>Search titles…</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Trainings entered on this laptop</source>
            <translation>Trainings entered on this laptop</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Trainings that end on or after this day</source>
            <translation>Trainings that end on or after this day</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Trainings that start on or before this day</source>
            <translation>Trainings that start on or before this day</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>Write the date as YYYY-MM-DD</source>
            <translation>Write the date as YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../app/ui/trainings/page.py" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>UndoDelete</name>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Bring back what was just deleted (Ctrl+Z)</source>
            <translation>Bring back what was just deleted (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Delete the meeting {name} with its attendees, decisions and action items? You can undo this right after (Ctrl+Z).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Delete the meeting {name} with its attendees, decisions and action items? You can undo this right after (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Delete the training {name} with its days, participants and attendance? You can undo this right after (Ctrl+Z).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Delete the training {name} with its days, participants and attendance? You can undo this right after (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Delete {name} from the registry? You can undo this right after (Ctrl+Z).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Delete {name} from the registry? You can undo this right after (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Deleted: {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Deleted: {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Restored: {name}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Restored: {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/undo.py" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <location filename="../../app/ui/documents/verify.py" />
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/verify.py" />
            <source>Check a certificate</source>
            <translation>Check a certificate</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/verify.py" />
            <source>No certificate code was found in %1.</source>
            <translation>No certificate code was found in %1.</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/verify.py" />
            <source>Type the code printed under “Verification code”, or drop the PDF here.</source>
            <translation>Type the code printed under “Verification code”, or drop the PDF here.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>A network id is 8 characters, digits 0-9 and letters A-F (e.g. 3FA219C0).</source>
            <translation>A network id is 8 characters, digits 0-9 and letters A-F (e.g. 3FA219C0).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>A record cannot be merged into itself.</source>
            <translation>A record cannot be merged into itself.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>A score goes from 0 to {max}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>A score goes from 0 to {max}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <source>A session on {day} would fall outside the new dates. Move it first.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>A session on {day} would fall outside the new dates. Move it first.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>A test needs at least one question.</source>
            <translation>A test needs at least one question.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Assessor</source>
            <translation>Assessor</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../app/documents/certificates.py" />
            <source>Cannot make the folder {path}: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Cannot make the folder {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>Cannot read the file ({reason}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Cannot read the file ({reason}).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <location filename="../../app/documents/verify_pdf.py" />
            <source>Cannot read {path}: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Cannot read {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/documents/layout.py" />
            <source>Cannot save {path}: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Cannot save {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>Cannot use the folder {path}: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Cannot use the folder {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>Cannot write to the folder {path}. Choose another one.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Cannot write to the folder {path}. Choose another one.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} (version {version}) is genuine but was corrected: the current version is {current_version}, code {current}, issued on {date}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Certificate {number} (version {version}) is genuine but was corrected: the current version is {current_version}, code {current}, issued on {date}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} has been altered: its details no longer match what {issuer} signed. Do not accept it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Certificate {number} has been altered: its details no longer match what {issuer} signed. Do not accept it.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} is a draft printed by {issuer}: no coordinator has signed it yet, so it is not valid.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Certificate {number} is a draft printed by {issuer}: no coordinator has signed it yet, so it is not valid.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} is genuine: issued to {name}, signed by {issuer}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Certificate {number} is genuine: issued to {name}, signed by {issuer}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} is not in this laptop's register yet: sync with the coordinator, or scan the QR code.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Certificate {number} is not in this laptop's register yet: sync with the coordinator, or scan the QR code.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} was issued in another network ({network}); this laptop belongs to network {mine} and cannot vouch for it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Certificate {number} was issued in another network ({network}); this laptop belongs to network {mine} and cannot vouch for it.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} was revoked on {date} by {by}: {reason}. Do not accept it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Certificate {number} was revoked on {date} by {by}: {reason}. Do not accept it.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} was signed by a laptop this one does not know (key {key}). Sync with the coordinator, then check again.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Certificate {number} was signed by a laptop this one does not know (key {key}). Sync with the coordinator, then check again.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Certificate {number} was signed by {issuer}, whose right to issue certificates was withdrawn from {since} ({reason}). Do not accept it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Certificate {number} was signed by {issuer}, whose right to issue certificates was withdrawn from {since} ({reason}). Do not accept it.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Changed on another laptop after the minutes were approved; the approved text stays shown: keep the change as an amendment (--accept) or reject it (--reject).</source>
            <translation>Changed on another laptop after the minutes were approved; the approved text stays shown: keep the change as an amendment (--accept) or reject it (--reject).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/reports.py" />
            <source>Choose a project or a period for the report.</source>
            <translation>Choose a project or a period for the report.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>Choose a shorter range or longer periods.</source>
            <translation>Choose a shorter range or longer periods.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>Choose one of the languages offered.</source>
            <translation>Choose one of the languages offered.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Choose one of the records merged into each other: {ids}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Choose one of the records merged into each other: {ids}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>Choose the framework version.</source>
            <translation>Choose the framework version.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>Choose the organisation.</source>
            <translation>Choose the organisation.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>Choose the {label}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Choose the {label}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>Choose two different people.</source>
            <translation>Choose two different people.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>Consent cannot be dated in the future ({value}): give the day she gave it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Consent cannot be dated in the future ({value}): give the day she gave it.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>Consent given verbally needs the name of a witness.</source>
            <translation>Consent given verbally needs the name of a witness.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../app/core/encrypt.py" />
            <source>Could not encrypt the database: the copy differs. Nothing was changed.</source>
            <translation>Could not encrypt the database: the copy differs. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>Could not make a backup in {folder}: {reason}. Your data is unchanged.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Could not make a backup in {folder}: {reason}. Your data is unchanged.</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>Could not restore {file}: {reason}. Close every Tirek window and try again.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Could not restore {file}: {reason}. Close every Tirek window and try again.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>Could not save the settings: {reason}. Nothing was changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Could not save the settings: {reason}. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>Could not save: {reason}. Nothing of this change was saved; earlier work is safe.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Could not save: {reason}. Nothing of this change was saved; earlier work is safe.</translation>
        </message>
        <message>
            <location filename="../../app/core/database.py" />
            <source>Could not update the database ({reason}). Nothing was changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Could not update the database ({reason}). Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Date of the call</source>
            <translation>Date of the call</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Deleted on one laptop but changed on another: restore it or keep it deleted.</source>
            <translation>Deleted on one laptop but changed on another: restore it or keep it deleted.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Deleted on one laptop while records under it were added or changed on another: restore it (--restore) or delete them too (--keep-deleted).</source>
            <translation>Deleted on one laptop while records under it were added or changed on another: restore it (--restore) or delete them too (--keep-deleted).</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Different values were entered on different laptops; one is shown for now.</source>
            <translation>Different values were entered on different laptops; one is shown for now.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Donor</source>
            <translation>Donor</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>English name</source>
            <translation>English name</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>Every question needs its text.</source>
            <translation>Every question needs its text.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>First year</source>
            <translation>First year</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/outcomes.py" />
            <source>Follow-up is 3 or 6 months after a training.</source>
            <translation>Follow-up is 3 or 6 months after a training.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/outcomes.py" />
            <source>Follow-up is {options} months after a training.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Follow-up is {options} months after a training.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Founding year</source>
            <translation>Founding year</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>Give a reason for including or excluding this person.</source>
            <translation>Give a reason for including or excluding this person.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>Give a reason for revoking the certificate.</source>
            <translation>Give a reason for revoking the certificate.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>Give a reason.</source>
            <translation>Give a reason.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>Give a value or a status.</source>
            <translation>Give a value or a status.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>Give the start and the end of the period.</source>
            <translation>Give the start and the end of the period.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Give the value to keep (--value).</source>
            <translation>Give the value to keep (--value).</translation>
        </message>
        <message>
            <location filename="../../app/core/identity.py" />
            <source>Give this laptop a name, e.g. Osh-1.</source>
            <translation>Give this laptop a name, e.g. Osh-1.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Guest's name</source>
            <translation>Guest's name</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Highest score</source>
            <translation>Highest score</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Indicator no.</source>
            <translation>Indicator no.</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>Keep at least one daily backup.</source>
            <translation>Keep at least one daily backup.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Kyrgyz name</source>
            <translation>Kyrgyz name</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Last sync with an issuer: {name} on {when}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Last sync with an issuer: {name} on {when}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Last year</source>
            <translation>Last year</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>Latin look-alike letters replaced: {fixed}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Latin look-alike letters replaced: {fixed}</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Lowest score</source>
            <translation>Lowest score</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Margin</source>
            <translation>Margin</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Membership size</source>
            <translation>Membership size</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Merged into another record on one laptop but changed on another: copy the changes to the record kept (--accept) or dismiss them (--reject).</source>
            <translation>Merged into another record on one laptop but changed on another: copy the changes to the record kept (--accept) or dismiss them (--reject).</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Merged into each other on different laptops; the first record is kept for now: choose the one to keep (--value ID).</source>
            <translation>Merged into each other on different laptops; the first record is kept for now: choose the one to keep (--value ID).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP evidence</source>
            <translation>NAP evidence</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>NAP indicator</source>
            <translation>NAP indicator</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP objective</source>
            <translation>NAP objective</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP plan</source>
            <translation>NAP plan</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP progress</source>
            <translation>NAP progress</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>NAP task</source>
            <translation>NAP task</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Never synced with an issuer's laptop: its answers may be stale.</source>
            <translation>Never synced with an issuer's laptop: its answers may be stale.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>No laptop called {name} is known here (sync with it first).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>No laptop called {name} is known here (sync with it first).</translation>
        </message>
        <message>
            <location filename="../../app/sync/state.py" />
            <source>No laptop called {who} has sent anything here (see `tirek sync status`).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>No laptop called {who} has sent anything here (see `tirek sync status`).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>No laptop named {name}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>No laptop named {name}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>No person with id {id} (it may have been deleted).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>No person with id {id} (it may have been deleted).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>No person with id {id} in the registry.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>No person with id {id} in the registry.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/reports.py" />
            <source>No project with id {id}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>No project with id {id}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/indicators.py" />
            <source>No such indicator.</source>
            <translation>No such indicator.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>No such test.</source>
            <translation>No such test.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/common.py" />
            <source>No {what} with id {id} (it may have been deleted).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>No {what} with id {id} (it may have been deleted).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>Nobody in this training has earned a certificate yet.</source>
            <translation>Nobody in this training has earned a certificate yet.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Objective no.</source>
            <translation>Objective no.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <location filename="../../app/core/services/issuers.py" />
            <source>Only a coordinator holding one of the network's issuer keys can do this.</source>
            <translation>Only a coordinator holding one of the network's issuer keys can do this.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>Only a coordinator starts a network; a trainer joins with an invitation.</source>
            <translation>Only a coordinator starts a network; a trainer joins with an invitation.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>Only participants of the training can have a score.</source>
            <translation>Only participants of the training can have a score.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>Paste the network invitation your coordinator gave you. Only a coordinator starting a new network leaves it empty and says so.</source>
            <translation>Paste the network invitation your coordinator gave you. Only a coordinator starting a new network leaves it empty and says so.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>Points of a question go from more than 0 to 100.</source>
            <translation>Points of a question go from more than 0 to 100.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Project name</source>
            <translation>Project name</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Registration date</source>
            <translation>Registration date</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Registration number</source>
            <translation>Registration number</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Responsible bodies</source>
            <translation>Responsible bodies</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Revocations known here: {count}, the latest of {date} by {by}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Revocations known here: {count}, the latest of {date} by {by}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>Revocations known here: {count}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Revocations known here: {count}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Russian name</source>
            <translation>Russian name</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/framework.py" />
            <source>Say where the number comes from (the evidence).</source>
            <translation>Say where the number comes from (the evidence).</translation>
        </message>
        <message>
            <location filename="../../app/documents/certificates.py" />
            <source>Say where to save the certificates.</source>
            <translation>Say where to save the certificates.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>Say why the person is erased (e.g. her request of a date).</source>
            <translation>Say why the person is erased (e.g. her request of a date).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Series</source>
            <translation>Series</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>Set the organisation's name for certificates first (--org-name).</source>
            <translation>Set the organisation's name for certificates first (--org-name).</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Several changes were made to this field; choose one (--value).</source>
            <translation>Several changes were made to this field; choose one (--value).</translation>
        </message>
        <message>
            <location filename="../../app/sync/state.py" />
            <source>Several laptops are called {who}; name one by its key fingerprint.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Several laptops are called {who}; name one by its key fingerprint.</translation>
        </message>
        <message>
            <location filename="../../app/ui/errors.py" />
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Statement</source>
            <translation>Statement</translation>
        </message>
        <message>
            <location filename="../../app/core/progress.py" />
            <source>Stopped. Everything finished before stopping is saved.</source>
            <translation>Stopped. Everything finished before stopping is saved.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Task no.</source>
            <translation>Task no.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Test title</source>
            <translation>Test title</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>The QR code of certificate {number} is genuine, but the page does not show what was signed ({fields} differ): it was edited. Trust only the details below.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The QR code of certificate {number} is genuine, but the page does not show what was signed ({fields} differ): it was edited. Trust only the details below.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/reports.py" />
            <source>The age bands must go up without overlapping ({part}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The age bands must go up without overlapping ({part}).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>The check letters do not match certificate {number}: look for a typing mistake. If they are typed right, the paper was changed: do not accept it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The check letters do not match certificate {number}: look for a typing mistake. If they are typed right, the paper was changed: do not accept it.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>The chosen {label} no longer exists.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The chosen {label} no longer exists.</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The database cannot be read: it is damaged, or it is encrypted and its key file {path} is missing. Put the key file back, or restore a backup.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The database cannot be read: it is damaged, or it is encrypted and its key file {path} is missing. Put the key file back, or restore a backup.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people.py" />
            <source>The date of birth is in the future.</source>
            <translation>The date of birth is in the future.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/registration.py" />
            <source>The day this person registered for was deleted.</source>
            <translation>The day this person registered for was deleted.</translation>
        </message>
        <message>
            <location filename="../../app/core/identity.py" />
            <source>The device name is too long (100 letters at most).</source>
            <translation>The device name is too long (100 letters at most).</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The encrypted file is incomplete (cut short while copying?).</source>
            <translation>The encrypted file is incomplete (cut short while copying?).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/projects.py" />
            <source>The end date is before the start date.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>The end of the period is before its start.</source>
            <translation>The end of the period is before its start.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file claims to come from this laptop but is not signed by it.</source>
            <translation>The file claims to come from this laptop but is not signed by it.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file claims to come from {name} but is signed with another key; refused.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The file claims to come from {name} but is signed with another key; refused.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <location filename="../../app/sync/waiting.py" />
            <source>The file holds a change {origin}:{seq} that differs from the one already here under the same number (forged or corrupted); nothing imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The file holds a change {origin}:{seq} that differs from the one already here under the same number (forged or corrupted); nothing imported.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file holds changes to {count} records removed here after the network's horizon (e.g. {entity} {row}): the laptop that made them was away longer than that. On that laptop, export its work to a spreadsheet, then start again from a fresh copy of the coordinator's data; nothing was imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The file holds changes to {count} records removed here after the network's horizon (e.g. {entity} {row}): the laptop that made them was away longer than that. On that laptop, export its work to a spreadsheet, then start again from a fresh copy of the coordinator's data; nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file holds changes under this laptop's own identity that it never made (a copied database?); refused.</source>
            <translation>The file holds changes under this laptop's own identity that it never made (a copied database?); refused.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file is damaged (its checksum does not match); nothing imported.</source>
            <translation>The file is damaged (its checksum does not match); nothing imported.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file is encrypted: give the network passphrase to import it.</source>
            <translation>The file is encrypted: give the network passphrase to import it.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file is incomplete or damaged (cut short while copying?); nothing imported.</source>
            <translation>The file is incomplete or damaged (cut short while copying?); nothing imported.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file uses an op encoding this version of Tirek does not know ({encoding}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The file uses an op encoding this version of Tirek does not know ({encoding}).</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file was written by a newer version of Tirek (bundle format {version}); update Tirek on this laptop to import it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The file was written by a newer version of Tirek (bundle format {version}); update Tirek on this laptop to import it.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's changes unpack to far more than its size allows (a decompression bomb?); nothing imported.</source>
            <translation>The file's changes unpack to far more than its size allows (a decompression bomb?); nothing imported.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's contents do not match its signed digest (damaged); nothing imported.</source>
            <translation>The file's contents do not match its signed digest (damaged); nothing imported.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The file's erased changes are not described properly; refused.</source>
            <translation>The file's erased changes are not described properly; refused.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's manifest is damaged or not from Tirek (bad {what}); nothing imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The file's manifest is damaged or not from Tirek (bad {what}); nothing imported.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's manifest is damaged; nothing imported.</source>
            <translation>The file's manifest is damaged; nothing imported.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's manifest is inconsistent (vector behind its ops).</source>
            <translation>The file's manifest is inconsistent (vector behind its ops).</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's op count does not match its manifest.</source>
            <translation>The file's op count does not match its manifest.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The file's ops cannot be read (damaged); nothing imported.</source>
            <translation>The file's ops cannot be read (damaged); nothing imported.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>The folder {path} does not exist (is the USB stick plugged in?).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The folder {path} does not exist (is the USB stick plugged in?).</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The folder {path} does not exist.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The folder {path} does not exist.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>The held copy of this file is missing; import the file again.</source>
            <translation>The held copy of this file is missing; import the file again.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessment_sheets.py" />
            <location filename="../../app/core/services/assessments.py" />
            <source>The highest score must be above the lowest score.</source>
            <translation>The highest score must be above the lowest score.</translation>
        </message>
        <message>
            <location filename="../../app/core/compaction.py" />
            <source>The horizon must be at least 30 days (two years is usual).</source>
            <translation>The horizon must be at least 30 days (two years is usual).</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The key file {path} cannot be read ({reason}). Restore it from a copy.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The key file {path} cannot be read ({reason}). Restore it from a copy.</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The key file {path} was written by another version of Tirek.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The key file {path} was written by another version of Tirek.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>The last year cannot be before the first year.</source>
            <translation>The last year cannot be before the first year.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>The logo cannot be copied into Tirek's folder: {reason}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The logo cannot be copied into Tirek's folder: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <location filename="../../app/documents/certificates.py" />
            <source>The logo file {path} does not exist.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The logo file {path} does not exist.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>The logo must be a PNG or JPEG picture of at most 5 MB.</source>
            <translation>The logo must be a PNG or JPEG picture of at most 5 MB.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/outcomes.py" />
            <source>The outcome's date is before the training it followed.</source>
            <translation>The outcome's date is before the training it followed.</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The passphrase is not right. Nothing was opened or changed; try again.</source>
            <translation>The passphrase is not right. Nothing was opened or changed; try again.</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>The passphrase is too short: use at least {count} characters.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The passphrase is too short: use at least {count} characters.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/issuers.py" />
            <location filename="../../app/core/services/reports.py" />
            <source>The period ends before it starts.</source>
            <translation>The period ends before it starts.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>The period must be one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The period must be one of: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>The phase is pre or post.</source>
            <translation>The phase is pre or post.</translation>
        </message>
        <message>
            <location filename="../../app/core/identity.py" />
            <source>The role must be trainer, coordinator or viewer, not {role}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The role must be trainer, coordinator or viewer, not {role}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <source>The session ends before it starts.</source>
            <translation>The session ends before it starts.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessment_sheets.py" />
            <location filename="../../app/core/services/nap_import.py" />
            <source>The sheet {sheet} has no rows under its headers.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The sheet {sheet} has no rows under its headers.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>The sheet {sheet} lacks the column(s): {columns}. Start from the template.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The sheet {sheet} lacks the column(s): {columns}. Start from the template.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>The signature does not match the file: it was changed after its sender wrote it, or forged; nothing imported.</source>
            <translation>The signature does not match the file: it was changed after its sender wrote it, or forged; nothing imported.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap_import.py" />
            <source>The spreadsheet was not imported ({count} problem(s); nothing was saved): {list}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The spreadsheet was not imported ({count} problem(s); nothing was saved): {list}</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <source>The training ends ({end}) before it starts ({start}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The training ends ({end}) before it starts ({start}).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people.py" />
            <source>The year of birth ({year}) does not match the date of birth ({born}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>The year of birth ({year}) does not match the date of birth ({born}).</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>There is no backup file {file}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>There is no backup file {file}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>There is no certificate {number} in the register.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>There is no certificate {number} in the register.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>There is no file {path}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>There is no file {path}.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>There is no open conflict on this field any more.</source>
            <translation>There is no open conflict on this field any more.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>There is no open conflict on this record any more.</source>
            <translation>There is no open conflict on this record any more.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/deletion.py" />
            <source>There is nothing to undo: the record is not deleted.</source>
            <translation>There is nothing to undo: the record is not deleted.</translation>
        </message>
        <message>
            <location filename="../../app/documents/minutes.py" />
            <source>These minutes are not approved yet; approve them before printing.</source>
            <translation>These minutes are not approved yet; approve them before printing.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/meetings.py" />
            <source>These minutes were approved by {who} on {when} and can no longer be changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>These minutes were approved by {who} on {when} and can no longer be changed.</translation>
        </message>
        <message>
            <location filename="../../app/core/database.py" />
            <source>This database was written by a newer version of Tirek (schema {revision}). Install the newer version to open it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>This database was written by a newer version of Tirek (schema {revision}). Install the newer version to open it.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>This framework has no version.</source>
            <translation>This framework has no version.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>This framework version has no questions yet.</source>
            <translation>This framework version has no questions yet.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>This installation already has records ({table}): an export is read into an empty installation only.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>This installation already has records ({table}): an export is read into an empty installation only.</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>This installation is already set up as {name}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>This installation is already set up as {name}.</translation>
        </message>
        <message>
            <location filename="../../app/core/writer.py" />
            <source>This installation is not set up yet. Run `tirek init`.</source>
            <translation>This installation is not set up yet. Run `tirek init`.</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>This installation is not set up yet. Run: tirek init --device-name NAME</source>
            <translation>This installation is not set up yet. Run: tirek init --device-name NAME</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>This is not a Tirek network invitation; ask the coordinator for a new one.</source>
            <translation>This is not a Tirek network invitation; ask the coordinator for a new one.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>This is not a Tirek sync file.</source>
            <translation>This is not a Tirek sync file.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>This is not a complete certificate code: check it for typing mistakes (a code looks like 7EG5B0TY-0001-K3QX).</source>
            <translation>This is not a complete certificate code: check it for typing mistakes (a code looks like 7EG5B0TY-0001-K3QX).</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>This is not a recovery key: it has 8 groups of 4 letters and digits.</source>
            <translation>This is not a recovery key: it has 8 groups of 4 letters and digits.</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>This is {role_words}: it cannot {action}. Ask the network's coordinator.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>This is {role_words}: it cannot {action}. Ask the network's coordinator.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>This laptop already belongs to network {network}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>This laptop already belongs to network {network}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <location filename="../../app/core/setup.py" />
            <source>This laptop already belongs to network {network}; the invitation is for {other}. Moving a laptop to another network is not possible.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>This laptop already belongs to network {network}; the invitation is for {other}. Moving a laptop to another network is not possible.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>This laptop has not joined a network yet: ask the coordinator for an invitation and enter it in Settings (or tirek network join). A coordinator starting a new network uses tirek network start.</source>
            <translation>This laptop has not joined a network yet: ask the coordinator for an invitation and enter it in Settings (or tirek network join). A coordinator starting a new network uses tirek network start.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/verification.py" />
            <source>This laptop is an issuer.</source>
            <translation>This laptop is an issuer.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/issuers.py" />
            <source>This laptop knows no issuer keys to invite anyone with.</source>
            <translation>This laptop knows no issuer keys to invite anyone with.</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>This laptop was set up as {role}; its role does not change in Settings. Set up a new installation with the network's invitation for another role.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>This laptop was set up as {role}; its role does not change in Settings. Set up a new installation with the network's invitation for another role.</translation>
        </message>
        <message>
            <location filename="../../app/core/identity.py" />
            <source>This laptop's signing key is missing or unreadable ({path}). Restore the keys folder from a backup, or make a new key with: tirek sync rekey (the coordinator then approves the new key once).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>This laptop's signing key is missing or unreadable ({path}). Restore the keys folder from a backup, or make a new key with: tirek sync rekey (the coordinator then approves the new key once).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/meetings.py" />
            <source>This person is already on the list.</source>
            <translation>This person is already on the list.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>This person is not enrolled in the training.</source>
            <translation>This person is not enrolled in the training.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>This person was erased already.</source>
            <translation>This person was erased already.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people.py" />
            <source>This person was erased on request; her record cannot be edited.</source>
            <translation>This person was erased on request; her record cannot be edited.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <source>This plan has no indicator {code}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>This plan has no indicator {code}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/deletion.py" />
            <location filename="../../app/core/writer.py" />
            <source>This record no longer exists (it may have been deleted).</source>
            <translation>This record no longer exists (it may have been deleted).</translation>
        </message>
        <message>
            <location filename="../../app/core/passphrase.py" />
            <source>This recovery key does not belong to this installation. Nothing was changed.</source>
            <translation>This recovery key does not belong to this installation. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/registration.py" />
            <source>This registration was already confirmed or rejected.</source>
            <translation>This registration was already confirmed or rejected.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/registration.py" />
            <source>This session no longer exists.</source>
            <translation>This session no longer exists.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/knowledge.py" />
            <source>This test is not given at this training.</source>
            <translation>This test is not given at this training.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Threshold (%)</source>
            <translation>Threshold (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/errors.py" />
            <source>Tirek</source>
            <translation>Tirek</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/framework.py" />
            <source>Tirek computes this indicator from the records; it is not typed in.</source>
            <translation>Tirek computes this indicator from the records; it is not typed in.</translation>
        </message>
        <message>
            <location filename="../../app/ui/errors.py" />
            <source>Tirek met an unexpected problem. Everything already saved is safe.

The details are in the log file:
{path}

Please send this file to your coordinator.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Tirek met an unexpected problem. Everything already saved is safe.

The details are in the log file:
{path}

Please send this file to your coordinator.</translation>
        </message>
        <message>
            <location filename="../../app/core/encrypt.py" />
            <source>Tirek's database is encrypted: type the passphrase to open it.</source>
            <translation>Tirek's database is encrypted: type the passphrase to open it.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Unknown kind of record: {entity}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Unknown kind of record: {entity}.</translation>
        </message>
        <message>
            <location filename="../../app/core/database.py" />
            <source>Updating the database needs {needed} MB of free disk space and only {free} MB are free. Free some space and open Tirek again; nothing was changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Updating the database needs {needed} MB of free disk space and only {free} MB are free. Free some space and open Tirek again; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Use --accept or --reject for this conflict.</source>
            <translation>Use --accept or --reject for this conflict.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Use --restore or --keep-deleted for this conflict.</source>
            <translation>Use --restore or --keep-deleted for this conflict.</translation>
        </message>
        <message>
            <location filename="../../app/sync/review.py" />
            <source>Use keep-deleted or restore for a deleted record.</source>
            <translation>Use keep-deleted or restore for a deleted record.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>Version {number} of this framework is used by {count} assessment(s) and can no longer change, so that their scores stay as they were. Start a new version to edit the framework.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>Version {number} of this framework is used by {count} assessment(s) and can no longer change, so that their scores stay as they were. Start a new version to edit the framework.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <location filename="../../app/core/services/meetings.py" />
            <source>Write the minutes before approving them.</source>
            <translation>Write the minutes before approving them.</translation>
        </message>
        <message>
            <location filename="../../app/sync/bundle.py" />
            <source>Wrong network passphrase (or the encrypted file was damaged); nothing imported.</source>
            <translation>Wrong network passphrase (or the encrypted file was damaged); nothing imported.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>Year of birth</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>a coordinator's laptop</source>
            <translation>a coordinator's laptop</translation>
        </message>
        <message>
            <location filename="../../app/core/backup_chunks.py" />
            <source>a part of it is missing (the chunks folder beside it)</source>
            <translation>a part of it is missing (the chunks folder beside it)</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>a trainer's laptop</source>
            <translation>a trainer's laptop</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>a viewer's laptop (read only)</source>
            <translation>a viewer's laptop (read only)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>action item</source>
            <translation>action item</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>answer</source>
            <translation>answer</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>approve a laptop's files for this laptop</source>
            <translation>approve a laptop's files for this laptop</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>approve minutes</source>
            <translation>approve minutes</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment</source>
            <translation>assessment</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment dimension</source>
            <translation>assessment dimension</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment framework</source>
            <translation>assessment framework</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment question</source>
            <translation>assessment question</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>assessment score</source>
            <translation>assessment score</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>attendance mark</source>
            <translation>attendance mark</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>backup</source>
            <translation>backup</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>certificate</source>
            <translation>certificate</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>certificate decision</source>
            <translation>certificate decision</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>certificate revocation</source>
            <translation>certificate revocation</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>certificate rule</source>
            <translation>certificate rule</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>change records (people, trainings, meetings, marks)</source>
            <translation>change records (people, trainings, meetings, marks)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>clearing of deleted records</source>
            <translation>clearing of deleted records</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>consent</source>
            <translation>consent</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>could not copy the backup to {folder} ({reason})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>could not copy the backup to {folder} ({reason})</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>decision</source>
            <translation>decision</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>definition</source>
            <translation>definition</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>district</source>
            <translation>district</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>duplicate decision</source>
            <translation>duplicate decision</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>erase</source>
            <translation>erase</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>erase a person's personal data</source>
            <translation>erase a person's personal data</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>erasure</source>
            <translation>erasure</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>export</source>
            <translation>export</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>export whole lists or reports with names</source>
            <translation>export whole lists or reports with names</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>follow-up call</source>
            <translation>follow-up call</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>framework version</source>
            <translation>framework version</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>impossible year of birth</source>
            <translation>impossible year of birth</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>indicator target</source>
            <translation>indicator target</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>indicator value</source>
            <translation>indicator value</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>issuer key statement</source>
            <translation>issuer key statement</translation>
        </message>
        <message>
            <location filename="../../app/core/backup_chunks.py" />
            <source>it is encrypted; open Tirek with its passphrase first</source>
            <translation>it is encrypted; open Tirek with its passphrase first</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>it is not a Tirek database</source>
            <translation>it is not a Tirek database</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>it was made by a newer version of Tirek</source>
            <translation>it was made by a newer version of Tirek</translation>
        </message>
        <message>
            <location filename="../../app/core/backup_chunks.py" />
            <source>it was made with another passphrase, or the file is damaged</source>
            <translation>it was made with another passphrase, or the file is damaged</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>kind of evidence</source>
            <translation>kind of evidence</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>kind of meeting</source>
            <translation>kind of meeting</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>kind of result</source>
            <translation>kind of result</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>knowledge test</source>
            <translation>knowledge test</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>level</source>
            <translation>level</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>local result</source>
            <translation>local result</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>local result link</source>
            <translation>local result link</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>manage the network (invitations, issuers, assessment frameworks)</source>
            <translation>manage the network (invitations, issuers, assessment frameworks)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>may mean several places ({options}): write which one</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>may mean several places ({options}): write which one</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>meeting</source>
            <translation>meeting</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>meeting attendee</source>
            <translation>meeting attendee</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>merge or unmerge people</source>
            <translation>merge or unmerge people</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>no such session on the Sessions sheet</source>
            <translation>no such session on the Sessions sheet</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>not a Washington Group answer</source>
            <translation>not a Washington Group answer</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a date</source>
            <translation>not a date</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>not a date (write 15.03.1985 or 1985-03-15)</source>
            <translation>not a date (write 15.03.1985 or 1985-03-15)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a date (write 15.03.2026 or 2026-03-15)</source>
            <translation>not a date (write 15.03.2026 or 2026-03-15)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a number</source>
            <translation>not a number</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>not a phone number</source>
            <translation>not a phone number</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a time of day (write 09:30)</source>
            <translation>not a time of day (write 09:30)</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>not a whole number</source>
            <translation>not a whole number</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>outcome</source>
            <translation>outcome</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>outcome's training</source>
            <translation>outcome's training</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>outside the training's dates</source>
            <translation>outside the training's dates</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>participant</source>
            <translation>participant</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>participant category</source>
            <translation>participant category</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>possibly already registered ({candidates}): decide --same ROW=ID or --new ROW</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>possibly already registered ({candidates}): decide --same ROW=ID or --new ROW</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>print</source>
            <translation>print</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>print a training's sign-in sheets, certificate drafts and workbook</source>
            <translation>print a training's sign-in sheets, certificate drafts and workbook</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>project</source>
            <translation>project</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>project partner</source>
            <translation>project partner</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>region</source>
            <translation>region</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>relation to the network</source>
            <translation>relation to the network</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>restore</source>
            <translation>restore</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>result indicator</source>
            <translation>result indicator</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>result statement</source>
            <translation>result statement</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>retire a laptop for the whole network</source>
            <translation>retire a laptop for the whole network</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>retired laptop</source>
            <translation>retired laptop</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>session</source>
            <translation>session</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>sex</source>
            <translation>sex</translation>
        </message>
        <message>
            <location filename="../../app/core/rights.py" />
            <source>sign or revoke certificates</source>
            <translation>sign or revoke certificates</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>skipped: a signature or footer line</source>
            <translation>skipped: a signature or footer line</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>test question</source>
            <translation>test question</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>test score</source>
            <translation>test score</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the database could not be written ({detail})</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>the database could not be written ({detail})</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the database file cannot be written (read-only)</source>
            <translation>the database file cannot be written (read-only)</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the database file is damaged. Restore it from a backup</source>
            <translation>the database file is damaged. Restore it from a backup</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the database is busy in another program. Close it and try again</source>
            <translation>the database is busy in another program. Close it and try again</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>the date is missing</source>
            <translation>the date is missing</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>the disk is full. Free some space and try again</source>
            <translation>the disk is full. Free some space and try again</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the district is not in this region</source>
            <translation>the district is not in this region</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <location filename="../../app/core/backup_chunks.py" />
            <source>the file is damaged</source>
            <translation>the file is damaged</translation>
        </message>
        <message>
            <location filename="../../app/core/backup_chunks.py" />
            <source>the file is damaged or not a Tirek backup</source>
            <translation>the file is damaged or not a Tirek backup</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>the file is damaged or not a database</source>
            <translation>the file is damaged or not a database</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the full name is missing</source>
            <translation>the full name is missing</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the full name is too long</source>
            <translation>the full name is too long</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>the session number is missing</source>
            <translation>the session number is missing</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>the title is missing</source>
            <translation>the title is missing</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>the training ends before it starts</source>
            <translation>the training ends before it starts</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the year does not match the date of birth</source>
            <translation>the year does not match the date of birth</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>the year of birth is not a number</source>
            <translation>the year of birth is not a number</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <location filename="../../app/core/services/field_names.py" />
            <source>topic</source>
            <translation>topic</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>trainer</source>
            <translation>trainer</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>training</source>
            <translation>training</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>training topic</source>
            <translation>training topic</translation>
        </message>
        <message>
            <location filename="../../app/core/services/audit.py" />
            <source>training's test</source>
            <translation>training's test</translation>
        </message>
        <message>
            <location filename="../../app/core/services/field_names.py" />
            <source>type of organisation</source>
            <translation>type of organisation</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>unknown certificate rule</source>
            <translation>unknown certificate rule</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <location filename="../../app/core/services/training_import.py" />
            <source>unknown district</source>
            <translation>unknown district</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <location filename="../../app/core/services/training_import.py" />
            <source>unknown region</source>
            <translation>unknown region</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>unknown topic: {topic}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>unknown topic: {topic}</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>unknown {what}</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>unknown {what}</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>unreadable mark</source>
            <translation>unreadable mark</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>view names</source>
            <translation>view names</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>write the session's date</source>
            <translation>write the session's date</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>write yes or no</source>
            <translation>write yes or no</translation>
        </message>
        <message>
            <location filename="../../app/core/access_log.py" />
            <source>{action} is not an action the access log knows.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{action} is not an action the access log knows.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/training_import.py" />
            <source>{count} problems were found; nothing was imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{count} problems were found; nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>{count} rows have problems; nothing was imported. Fix them, or import the good rows only.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{count} rows have problems; nothing was imported. Fix them, or import the good rows only.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/assessments.py" />
            <source>{count} score(s) are for questions that are not in this framework version.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{count} score(s) are for questions that are not in this framework version.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <source>{day} is outside the training's dates ({start} to {end}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{day} is outside the training's dates ({start} to {end}).</translation>
        </message>
        <message>
            <location filename="../../app/core/writer.py" />
            <source>{field} is not a field of this record.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{field} is not a field of this record.</translation>
        </message>
        <message>
            <location filename="../../app/core/backup.py" />
            <source>{file} cannot be restored: {reason}. Nothing was changed.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{file} cannot be restored: {reason}. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../app/documents/sheets/exports.py" />
            <source>{fmt} is not an export format; choose csv, xlsx or json.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{fmt} is not an export format; choose csv, xlsx or json.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/trainings.py" />
            <location filename="../../app/core/services/validation.py" />
            <source>{label} is required.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{label} is required.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{label} is too long ({count} characters; at most {limit}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{label} is too long ({count} characters; at most {limit}).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <location filename="../../app/core/services/validation.py" />
            <source>{label} must be a number.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{label} must be a number.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{label} must be a whole number.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{label} must be a whole number.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{label} must be between {lo} and {hi}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{label} must be between {lo} and {hi}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{label} must be text.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{label} must be text.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>{name} (for the column {header}) is not a field of a person; use one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} (for the column {header}) is not a field of a person; use one of: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>{name} is already merged into another record; undo that first.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} is already merged into another record; undo that first.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>{name} is itself merged into another record; merge into that one.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} is itself merged into another record; merge into that one.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/attendance.py" />
            <source>{name} is not enrolled in this training; enrol them first.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} is not enrolled in this training; enrol them first.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>{name} is not merged into anyone.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} is not merged into anyone.</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{name} made two different changes under number {seq} (its database was put back from an older copy); nothing imported for now. {name} repairs this itself when it imports a full file from this laptop (tirek sync export --out DIR, without --for); then sync again.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} made two different changes under number {seq} (its database was put back from an older copy); nothing imported for now. {name} repairs this itself when it imports a full file from this laptop (tirek sync export --out DIR, without --for); then sync again.</translation>
        </message>
        <message>
            <location filename="../../app/sync/exchange.py" />
            <source>{name} was retired by the coordinator; its files are no longer accepted.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} was retired by the coordinator; its files are no longer accepted.</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{name} was retired by {by} on {date}; its files are no longer accepted.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{name} was retired by {by} on {date}; its files are no longer accepted.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/reports.py" />
            <source>{part} is not an age band; write bands like 0-17,18-24,55+.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{part} is not an age band; write bands like 0-17,18-24,55+.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path} cannot be read as a Tirek JSON export ({reason}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} cannot be read as a Tirek JSON export ({reason}).</translation>
        </message>
        <message>
            <location filename="../../app/core/setup.py" />
            <source>{path} cannot be read as a picture; choose another file.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} cannot be read as a picture; choose another file.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path} cannot be read as an .xlsx spreadsheet ({reason}).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} cannot be read as an .xlsx spreadsheet ({reason}).</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path} has no sheet named {sheet}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} has no sheet named {sheet}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path} is a Tirek export of version {version}; this Tirek reads version 1.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} is a Tirek export of version {version}; this Tirek reads version 1.</translation>
        </message>
        <message>
            <location filename="../../app/core/store.py" />
            <source>{path} is a file, not a folder. Choose a folder for Tirek.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} is a file, not a folder. Choose a folder for Tirek.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path} is not a Tirek export (export all --format json writes one).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} is not a Tirek export (export all --format json writes one).</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path} is not a text file.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path} is not a text file.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path}, row {row}: a quote (") is opened and not closed; close it or remove it.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}, row {row}: a quote (") is opened and not closed; close it or remove it.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path}: Tirek reads .xlsx and .csv files, not .{suffix}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: Tirek reads .xlsx and .csv files, not .{suffix}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path}: a record of {table} has fields Tirek does not know: {names}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: a record of {table} has fields Tirek does not know: {names}.</translation>
        </message>
        <message>
            <location filename="../../app/core/sheet_reader.py" />
            <source>{path}: no column names that Tirek knows were found in the first rows.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: no column names that Tirek knows were found in the first rows.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/whole_import.py" />
            <source>{path}: the tables of this export are not Tirek's.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: the tables of this export are not Tirek's.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/people_import.py" />
            <source>{path}: there is no column with the full name (e.g. Full name, ФИО, Аты-жөнү).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{path}: there is no column with the full name (e.g. Full name, ФИО, Аты-жөнү).</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{relayer} relayed changes that {name} made after it was retired by {by} on {date} (above number {cutoff}); refused, nothing imported.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{relayer} relayed changes that {name} made after it was retired by {by} on {date} (above number {cutoff}); refused, nothing imported.</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{relayer} sent changes of {name} that carry no signature of {name}; refused, nothing imported. They travel once {name} has exported with this version of Tirek.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{relayer} sent changes of {name} that carry no signature of {name}; refused, nothing imported. They travel once {name} has exported with this version of Tirek.</translation>
        </message>
        <message>
            <location filename="../../app/sync/signing.py" />
            <source>{relayer} sent changes under the identity of {name} that {name} did not sign (forged, or changed on the way); nothing imported. Tell the coordinator.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{relayer} sent changes under the identity of {name} that {name} did not sign (forged, or changed on the way); nothing imported. Tell the coordinator.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{value} does not look like a phone number.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} does not look like a phone number.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>{value} is not a certificate language; use one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} is not a certificate language; use one of: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/nap.py" />
            <location filename="../../app/core/services/validation.py" />
            <source>{value} is not a date. Write it as 2026-03-15 or 15.03.2026.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} is not a date. Write it as 2026-03-15 or 15.03.2026.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/certificates.py" />
            <source>{value} is not a decision; use include or exclude.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} is not a decision; use include or exclude.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>{value} is not a kind of consent (data, photo or contact).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} is not a kind of consent (data, photo or contact).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/results/framework.py" />
            <source>{value} is not a period; write a year (2026), a half (2026-H1) or a quarter (2026-Q3).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} is not a period; write a year (2026), a half (2026-H1) or a quarter (2026-Q3).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{value} is not a plausible date.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} is not a plausible date.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{value} is not a time of day. Write it as 09:30.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} is not a time of day. Write it as 09:30.</translation>
        </message>
        <message>
            <location filename="../../app/core/writer.py" />
            <source>{value} is not a valid value for {field}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} is not a valid value for {field}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/validation.py" />
            <source>{value} is not a valid {label}; choose one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} is not a valid {label}; choose one of: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/privacy.py" />
            <source>{value} is not a way of giving consent (paper_sheet, self_registration, verbal).</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} is not a way of giving consent (paper_sheet, self_registration, verbal).</translation>
        </message>
        <message>
            <location filename="../../app/core/services/duplicates.py" />
            <source>{value} is not an answer; use one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} is not an answer; use one of: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/core/services/attendance.py" />
            <source>{value} is not an attendance mark; use one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{value} is not an attendance mark; use one of: {options}.</translation>
        </message>
        <message>
            <location filename="../../app/documents/sheets/exports.py" />
            <source>{what} cannot be exported; choose one of: {options}.</source>
            <comment>Keep the {names} in braces as they are.</comment>
            <translation>{what} cannot be exported; choose one of: {options}.</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../app/ui/forms.py" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms.py" />
            <source>You have changes that are not saved yet. Save them?</source>
            <translation>You have changes that are not saved yet. Save them?</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>A lot of difficulty</source>
            <translation>A lot of difficulty</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Activist</source>
            <translation>Activist</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Appointed to a commission or council</source>
            <translation>Appointed to a commission or council</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Became an organisation's leader</source>
            <translation>Became an organisation's leader</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Budget line</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Cannot do at all</source>
            <translation>Cannot do at all</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Communicating</source>
            <translation>Communicating</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Coordinator</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Elected</source>
            <translation>Elected</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Election commission's list</source>
            <translation>Election commission's list</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Every session attended</source>
            <translation>Every session attended</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Excused</source>
            <translation>Excused</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Government official</source>
            <translation>Government official</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Hearing</source>
            <translation>Hearing</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>International organisation</source>
            <translation>International organisation</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Led an initiative</source>
            <translation>Led an initiative</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Left early</source>
            <translation>Left early</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Local council</source>
            <translation>Local council</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Local council decision</source>
            <translation>Local council decision</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Local council deputy</source>
            <translation>Local council deputy</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Local development plan</source>
            <translation>Local development plan</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>NGO member</source>
            <translation>NGO member</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>No difficulty</source>
            <translation>No difficulty</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Not recorded</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Partner NGO</source>
            <translation>Partner NGO</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Phone follow-up</source>
            <translation>Phone follow-up</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Registered as a candidate</source>
            <translation>Registered as a candidate</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Regular NGO meeting</source>
            <translation>Regular NGO meeting</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Remembering</source>
            <translation>Remembering</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Seeing</source>
            <translation>Seeing</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Self-care</source>
            <translation>Self-care</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Share of hours attended</source>
            <translation>Share of hours attended</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Share of sessions attended</source>
            <translation>Share of sessions attended</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Some difficulty</source>
            <translation>Some difficulty</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Spoke at a public hearing</source>
            <translation>Spoke at a public hearing</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Stakeholder meeting</source>
            <translation>Stakeholder meeting</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>State body</source>
            <translation>State body</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>The organisation's report</source>
            <translation>The organisation's report</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Viewer (read only)</source>
            <translation>Viewer (read only)</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Walking</source>
            <translation>Walking</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Women's NGO</source>
            <translation>Women's NGO</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Women's group</source>
            <translation>Women's group</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Women's group member</source>
            <translation>Women's group member</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Youth</source>
            <translation>Youth</translation>
        </message>
        <message>
            <location filename="../../app/ui/labels.py" />
            <source>Youth group</source>
            <translation>Youth group</translation>
        </message>
    </context>
    <context>
        <name>network</name>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>Achieved</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>Delayed</source>
            <translation>Delayed</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>No data</source>
            <translation>No data</translation>
        </message>
        <message>
            <location filename="../../app/ui/network/common.py" />
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../app/ui/people/search.py" />
            <source>Type a name or phone to search…</source>
            <translation>Type a name or phone to search…</translation>
        </message>
    </context>
    <context>
        <name>printouts</name>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Printing the minutes…</source>
            <translation>Printing the minutes…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Printing the sign-in sheet…</source>
            <translation>Printing the sign-in sheet…</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Save the minutes</source>
            <translation>Save the minutes</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Save the sign-in sheet</source>
            <translation>Save the sign-in sheet</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Saved %1. Open it now?</source>
            <translation>Saved %1. Open it now?</translation>
        </message>
        <message>
            <location filename="../../app/ui/documents/printouts.py" />
            <source>Sign-in sheet</source>
            <translation>Sign-in sheet</translation>
        </message>
    </context>
</TS>
