"""The fixed lists of the domain (domain.md), as stored codes.

Screens and printouts show these codes translated; the database and the op log keep
the codes, so a Kyrgyz and a Russian laptop exchange the same values.
"""

from __future__ import annotations

SEXES = ("female", "male", "other")

PARTICIPANT_CATEGORIES = (
    "ngo_member",
    "womens_group_member",
    "local_council_deputy",
    "youth",
    "activist",
    "government_official",
    "other",
)

ORGANISATION_KINDS = (
    "womens_ngo",
    "womens_group",
    "local_council",
    "youth_group",
    "state_body",
    "partner_ngo",
    "international",
    "other",
)

# Washington Group short set: six domains, four answers each.
WG_DOMAINS = ("seeing", "hearing", "walking", "cognition", "selfcare", "communication")
WG_ANSWERS = ("no_difficulty", "some_difficulty", "a_lot_of_difficulty", "cannot_do_at_all")

ATTENDANCE_STATUSES = ("present", "late", "left_early", "excused", "absent")
# Statuses that count as having attended the session (for completion and certificates).
ATTENDED = frozenset({"present", "late", "left_early"})

MEETING_KINDS = ("ngo", "stakeholder", "other")
ACTION_STATUSES = ("open", "done", "dropped")

CERTIFICATE_RULES = ("all_sessions", "percent_sessions", "percent_hours")
