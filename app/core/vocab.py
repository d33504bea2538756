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

# Results (docs/results.md): what a participant went on to do, and where we heard it.
OUTCOME_KINDS = (
    "candidate",  # registered as a candidate in local council elections
    "elected",
    "appointed",  # to a commission or a public council
    "led_initiative",
    "organisation_leader",
    "public_hearing",  # spoke at a public hearing
    "other",
)
OUTCOME_SOURCES = ("phone_follow_up", "election_commission", "organisation_report", "other")
TEST_PHASES = ("pre", "post")
FOLLOW_UP_MONTHS = (3, 6)
LOCAL_RESULT_KINDS = ("development_plan", "budget_line", "council_decision", "other")
STATEMENT_LEVELS = ("outcome", "output")
# What an indicator of a results framework counts (app/core/services/results/indicators.py).
INDICATOR_DEFINITIONS = (
    "people_trained",  # unique people who attended a project training in the period
    "knowledge_increased_share",  # % of those with both scores whose post - pre >= margin
    "trained_candidates",  # trained people who registered as candidates afterwards
    "trained_elected",  # trained people elected afterwards
    "local_results",  # local plans, budget lines, decisions of the project in the period
    "organisations_capacity_rose",  # organisations whose latest assessment beat the one before
    "manual",  # entered by hand per period, with evidence
)

# National action plans (docs/network.md): what a progress entry says of an indicator,
# what may stand as its evidence, and the periods of the progress matrix.
NAP_STATUSES = ("not_started", "in_progress", "delayed", "achieved")
NAP_EVIDENCE_KINDS = ("training", "meeting", "decision", "action_item")
NAP_PERIODS = ("month", "quarter", "year")

# Organisation assessments: a new framework's score scale unless the coordinator sets one.
ASSESSMENT_SCALE = (1, 4)

# Consent as data (app/core/services/consent.py): what it is for, and how it was given.
CONSENT_KINDS = ("data", "photo", "contact")
CONSENT_WAYS = ("paper_sheet", "self_registration", "verbal", "before_records")
