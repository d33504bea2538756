"""The one table of shown words for stored codes (vocab.py): sexes, categories, statuses...

The database keeps codes; screens show them through `label(code)`, translated in the
"labels" context, so one translation covers every screen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS: dict[str, object] = {
    # sexes
    "female": QT_TRANSLATE_NOOP("labels", "Female"),
    "male": QT_TRANSLATE_NOOP("labels", "Male"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
    # participant categories
    "ngo_member": QT_TRANSLATE_NOOP("labels", "NGO member"),
    "womens_group_member": QT_TRANSLATE_NOOP("labels", "Women's group member"),
    "local_council_deputy": QT_TRANSLATE_NOOP("labels", "Local council deputy"),
    "youth": QT_TRANSLATE_NOOP("labels", "Youth"),
    "activist": QT_TRANSLATE_NOOP("labels", "Activist"),
    "government_official": QT_TRANSLATE_NOOP("labels", "Government official"),
    # organisation kinds
    "womens_ngo": QT_TRANSLATE_NOOP("labels", "Women's NGO"),
    "womens_group": QT_TRANSLATE_NOOP("labels", "Women's group"),
    "local_council": QT_TRANSLATE_NOOP("labels", "Local council"),
    "youth_group": QT_TRANSLATE_NOOP("labels", "Youth group"),
    "state_body": QT_TRANSLATE_NOOP("labels", "State body"),
    "partner_ngo": QT_TRANSLATE_NOOP("labels", "Partner NGO"),
    "international": QT_TRANSLATE_NOOP("labels", "International organisation"),
    "member": QT_TRANSLATE_NOOP("labels", "Member"),
    "partner": QT_TRANSLATE_NOOP("labels", "Partner"),
    # attendance
    "present": QT_TRANSLATE_NOOP("labels", "Present"),
    "late": QT_TRANSLATE_NOOP("labels", "Late"),
    "left_early": QT_TRANSLATE_NOOP("labels", "Left early"),
    "excused": QT_TRANSLATE_NOOP("labels", "Excused"),
    "absent": QT_TRANSLATE_NOOP("labels", "Absent"),
    # meetings and action items
    "ngo": QT_TRANSLATE_NOOP("labels", "Regular NGO meeting"),
    "stakeholder": QT_TRANSLATE_NOOP("labels", "Stakeholder meeting"),
    "open": QT_TRANSLATE_NOOP("labels", "Open"),
    "done": QT_TRANSLATE_NOOP("labels", "Done"),
    "dropped": QT_TRANSLATE_NOOP("labels", "Dropped"),
    # certificate rules
    "all_sessions": QT_TRANSLATE_NOOP("labels", "Every session attended"),
    "percent_sessions": QT_TRANSLATE_NOOP("labels", "Share of sessions attended"),
    "percent_hours": QT_TRANSLATE_NOOP("labels", "Share of hours attended"),
    # Washington Group answers
    "no_difficulty": QT_TRANSLATE_NOOP("labels", "No difficulty"),
    "some_difficulty": QT_TRANSLATE_NOOP("labels", "Some difficulty"),
    "a_lot_of_difficulty": QT_TRANSLATE_NOOP("labels", "A lot of difficulty"),
    "cannot_do_at_all": QT_TRANSLATE_NOOP("labels", "Cannot do at all"),
    # Washington Group domains
    "seeing": QT_TRANSLATE_NOOP("labels", "Seeing"),
    "hearing": QT_TRANSLATE_NOOP("labels", "Hearing"),
    "walking": QT_TRANSLATE_NOOP("labels", "Walking"),
    "cognition": QT_TRANSLATE_NOOP("labels", "Remembering"),
    "selfcare": QT_TRANSLATE_NOOP("labels", "Self-care"),
    "communication": QT_TRANSLATE_NOOP("labels", "Communicating"),
    # what participants went on to do (results)
    "candidate": QT_TRANSLATE_NOOP("labels", "Registered as a candidate"),
    "elected": QT_TRANSLATE_NOOP("labels", "Elected"),
    "appointed": QT_TRANSLATE_NOOP("labels", "Appointed to a commission or council"),
    "led_initiative": QT_TRANSLATE_NOOP("labels", "Led an initiative"),
    "organisation_leader": QT_TRANSLATE_NOOP("labels", "Became an organisation's leader"),
    "public_hearing": QT_TRANSLATE_NOOP("labels", "Spoke at a public hearing"),
    "phone_follow_up": QT_TRANSLATE_NOOP("labels", "Phone follow-up"),
    "election_commission": QT_TRANSLATE_NOOP("labels", "Election commission's list"),
    "organisation_report": QT_TRANSLATE_NOOP("labels", "The organisation's report"),
    "development_plan": QT_TRANSLATE_NOOP("labels", "Local development plan"),
    "budget_line": QT_TRANSLATE_NOOP("labels", "Budget line"),
    "council_decision": QT_TRANSLATE_NOOP("labels", "Local council decision"),
    "unknown": QT_TRANSLATE_NOOP("labels", "Not recorded"),
    # roles
    "trainer": QT_TRANSLATE_NOOP("labels", "Trainer"),
    "coordinator": QT_TRANSLATE_NOOP("labels", "Coordinator"),
    "viewer": QT_TRANSLATE_NOOP("labels", "Viewer (read only)"),
}

# One letter per attendance status, as typed in the grid and shown in its cells.
STATUS_KEYS: dict[str, str] = {
    "P": "present",
    "L": "late",
    "E": "left_early",
    "X": "excused",
    "A": "absent",
}
STATUS_LETTER = {status: letter for letter, status in STATUS_KEYS.items()}
# The same keys typed with a Russian or Kyrgyz keyboard layout (ЙЦУКЕН puts З on P, Д on L,
# У on E, Ч on X, Ф on A): a trainer need not switch the layout to enter a sign-in sheet.
LAYOUT_TWINS = {"З": "P", "Д": "L", "У": "E", "Ч": "X", "Ф": "A"}
# The keys in the interface's own words (Kyrgyz: Б бар, К кечикти, Э эрте кетти,
# С себептүү, Ж жок; Russian: П, О опоздание, Р ранний уход, У уважительная, Н нет).
# They come first; the Latin keys and their layout twins keep working where they differ.
LOCAL_KEYS = {
    "present": QT_TRANSLATE_NOOP("AttendanceKeys", "P"),
    "late": QT_TRANSLATE_NOOP("AttendanceKeys", "L"),
    "left_early": QT_TRANSLATE_NOOP("AttendanceKeys", "E"),
    "excused": QT_TRANSLATE_NOOP("AttendanceKeys", "X"),
    "absent": QT_TRANSLATE_NOOP("AttendanceKeys", "A"),
}


def status_letter(status: str | None) -> str:
    """The letter shown for a mark, in the interface's language."""
    if not status or status not in LOCAL_KEYS:
        return ""
    return QCoreApplication.translate("AttendanceKeys", str(LOCAL_KEYS[status])).upper()


def status_of_key(text: str) -> str | None:
    """The mark a typed letter means: the interface's letter, else Latin (or its twin)."""
    key = text.upper()
    for status in LOCAL_KEYS:
        if key and key == status_letter(status):
            return status
    return STATUS_KEYS.get(LAYOUT_TWINS.get(key, key))


def label(code: str | None) -> str:
    """The shown, translated words for a stored code ('' for none)."""
    if not code:
        return ""
    english = _LABELS.get(code)
    if english is None:
        return code
    return QCoreApplication.translate("labels", str(english))
