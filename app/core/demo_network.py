"""Demo data of the network's own work: an EXAMPLE assessment framework and an EXAMPLE
National Action Plan on UNSCR 1325, with assessments, progress entries and evidence.

Both are marked as examples (`is_example` and "EXAMPLE" in their titles): they show how
the screens work and are not the network's real framework or the country's real plan.
Deterministic like the rest of the demo: the same seed gives the same rows and ids.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from app.core.models import (
    ActionItem,
    Assessment,
    AssessmentDimension,
    AssessmentFramework,
    AssessmentQuestion,
    AssessmentScore,
    Decision,
    FrameworkVersion,
    Meeting,
    NapEvidence,
    NapIndicator,
    NapObjective,
    NapPlan,
    NapProgress,
    NapTask,
    Organisation,
    Region,
    Training,
    TrainingTopic,
    link_id,
)
from app.core.store import Store

FRAMEWORK_NAME = "EXAMPLE — Capacity of women's organisations (demo data)"
PLAN_TITLE = "EXAMPLE — National Action Plan on UNSCR 1325, 2024–2027 (demo data)"

SCALE_LABELS = "1: absent\n2: emerging\n3: developing\n4: strong"

# code, name, guidance, questions
DIMENSIONS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("governance", "Governance", "Board, charter, decisions, accountability to members.", (
        "The organisation has a registered charter and a board that meets regularly.",
        "Decisions are minuted and shared with members.",
        "Roles of the board and of the staff are written down and followed.",
    )),
    ("strategy", "Strategic planning", "A plan with goals the organisation really follows.", (
        "There is a current strategic plan with measurable goals.",
        "Yearly work plans follow from the strategic plan.",
        "Progress against the plan is reviewed at least once a year.",
    )),
    ("finance", "Financial management", "Books, budgets, audits, donor reporting.", (
        "Income and spending are recorded in books that are kept up to date.",
        "Budgets are made for every project and followed.",
        "Donor financial reports are on time and accepted.",
    )),
    ("advocacy", "Advocacy", "Raising issues with local councils, akimiats, ministries.", (
        "The organisation has raised an issue with a local council or akimiat this year.",
        "It prepares written proposals or appeals with evidence.",
        "It works with media or social networks to reach the public.",
    )),
    ("partnerships", "Partnerships", "Working with other NGOs, state bodies and donors.", (
        "The organisation takes part in a network or coalition of NGOs.",
        "It has written agreements with state bodies or partners.",
        "It has had more than one donor in the last three years.",
    )),
    ("gender_peace", "Gender and peace-building expertise",
     "Knowledge of UNSCR 1325, conflict prevention and women's rights.", (
        "Staff have been trained on UNSCR 1325 and the National Action Plan.",
        "The organisation has taken part in local conflict prevention.",
        "It collects data on women's participation in local decision-making.",
    )),
)  # fmt: skip
# Version 2 of the example framework adds one question: past assessments keep version 1.
V2_EXTRA = ("gender_peace", "Women of the organisation mediate local disputes.")

# objective: (code, title, tasks: (code, title, responsible, deadline, indicators:
# (code, title, unit, baseline, target)))
_Indicator = tuple[str, str, str, float, float]
_Task = tuple[str, str, str, date, tuple[_Indicator, ...]]
PLAN: tuple[tuple[str, str, tuple[_Task, ...]], ...] = (
    ("1", "Women take part in decision-making on peace and security", (
        ("1.1", "Raise women's participation in local councils",
         "Central Election Commission; local councils", date(2026, 12, 31), (
            ("1.1.1", "Share of women among local council deputies", "%", 28.0, 35.0),
            ("1.1.2", "Women candidates trained before local elections", "people", 0.0, 400.0),
        )),
        ("1.2", "Women in local crime prevention centres",
         "Ministry of Internal Affairs; akimiats", date(2025, 12, 31), (
            ("1.2.1", "Crime prevention centres with at least 30% women", "centres", 12.0,
             60.0),
        )),
    )),
    ("2", "Conflicts are prevented with women's participation", (
        ("2.1", "Women's initiative groups in border districts",
         "Akimiats of Batken, Osh, Jalal-Abad", date(2026, 6, 30), (
            ("2.1.1", "Active women's initiative groups", "groups", 10.0, 45.0),
            ("2.1.2", "Dialogue meetings held by the groups with local authorities",
             "meetings", 0.0, 120.0),
        )),
        ("2.2", "Early warning with gender-sensitive indicators",
         "Ministry of Emergency Situations", date(2027, 6, 30), (
            ("2.2.1", "Districts reporting gender-sensitive early warning data", "districts",
             0.0, 20.0),
        )),
    )),
    ("3", "Women and girls are protected from violence", (
        ("3.1", "Training of police and local authorities on protection orders",
         "Ministry of Internal Affairs", date(2026, 12, 31), (
            ("3.1.1", "Police officers trained on protection orders", "people", 0.0, 600.0),
            ("3.1.2", "Protection orders issued (per year)", "orders", 3000.0, 4500.0),
        )),
        ("3.2", "Public awareness of UNSCR 1325 and women's rights",
         "Ministry of Culture; NGOs", date(2027, 12, 31), (
            ("3.2.1", "People reached by awareness events on UNSCR 1325", "people", 0.0,
             5000.0),
        )),
    )),
)  # fmt: skip

# Which demo trainings' topics serve which indicators as evidence.
TOPIC_EVIDENCE = {
    "political-participation": "1.1.2",
    "peace-building": "2.1.1",
    "violence-against-women": "3.1.1",
    "unscr-1325": "3.2.1",
}
ROUNDS = (date(2024, 3, 12), date(2025, 3, 18), date(2026, 3, 10))


class _Ids:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"tirek-network-demo-{seed}")

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def load_network_demo(store: Store, seed: int = 1) -> bool:
    """Add the example framework, assessments and plan; False if they are already here."""
    g = _Ids(seed)
    fid = g.uid()
    with store.read() as s:
        if s.get(AssessmentFramework, fid) is not None:
            return False
        orgs = list(
            s.execute(
                select(Organisation.id, Organisation.region_id)
                .where(Organisation.deleted.is_(False), Organisation.kind == "womens_ngo")
                .order_by(Organisation.id)
                .limit(60)
            )
        )
        regions = list(s.scalars(select(Region.id).order_by(Region.position)))
        trainings = list(
            s.execute(
                select(Training.id, TrainingTopic.topic_id, Training.start_date)
                .join(TrainingTopic, TrainingTopic.training_id == Training.id)
                .where(Training.deleted.is_(False))
                .order_by(Training.start_date, Training.id)
                .limit(400)
            )
        )
        meetings = list(
            s.execute(
                select(Meeting.id, Meeting.kind)
                .where(Meeting.deleted.is_(False))
                .order_by(Meeting.date, Meeting.id)
                .limit(200)
            )
        )
        meeting_ids = [m for m, _ in meetings]
        decisions = list(
            s.scalars(
                select(Decision.id)
                .where(Decision.meeting_id.in_(meeting_ids[:40]))
                .order_by(Decision.id)
            )
        )
        actions = list(
            s.scalars(
                select(ActionItem.id)
                .where(ActionItem.meeting_id.in_(meeting_ids[:40]))
                .order_by(ActionItem.id)
            )
        )
    rows: dict[Any, list[dict[str, Any]]] = {}

    def add(model: Any, **values: Any) -> str:
        values.setdefault("id", g.uid())
        rows.setdefault(model, []).append(values)
        return str(values["id"])

    # -- the framework, two versions ---------------------------------------------------
    add(AssessmentFramework, id=fid, name=FRAMEWORK_NAME, is_example=True,
        description="An example to show how assessments work. Replace it with the "
        "network's own framework (a coordinator can edit a copy).")  # fmt: skip
    versions: list[dict[str, list[tuple[str, str, float]]]] = []
    for number in (1, 2):
        vid = add(FrameworkVersion, framework_id=fid, number=number, scale_min=1, scale_max=4,
                  scale_labels=SCALE_LABELS,
                  note=None if number == 1 else "Adds a question on mediation.")  # fmt: skip
        qs: dict[str, list[tuple[str, str, float]]] = {"_version": [(vid, "", 0.0)]}
        for pos, (code, name, guidance, dim_questions) in enumerate(DIMENSIONS, start=1):
            did = add(AssessmentDimension, version_id=vid, position=pos, code=code, name=name,
                      guidance=guidance)  # fmt: skip
            texts = list(dim_questions)
            if number == 2 and code == V2_EXTRA[0]:
                texts.append(V2_EXTRA[1])
            for qpos, qtext in enumerate(texts, start=1):
                weight = 2.0 if qpos == 1 else 1.0  # the first question counts double
                qid = add(AssessmentQuestion, dimension_id=did, position=qpos, text=qtext,
                          guidance=None, weight=weight)  # fmt: skip
                qs.setdefault(code, []).append((qid, did, weight))
        versions.append(qs)

    # -- assessments: each organisation grows from round to round ----------------------
    strengths = {code: 0.0 for code, *_ in DIMENSIONS}
    for oid, _region in orgs:
        level = 1.3 + g.rng.random() * 1.2
        for code in strengths:
            strengths[code] = level + g.rng.uniform(-0.6, 0.6)
        n_rounds = 2 + g.rng.randrange(2)
        for r, day in enumerate(ROUNDS[-n_rounds:]):
            qs = versions[1] if day.year >= 2026 else versions[0]
            aid = g.uid()
            add(Assessment, id=aid, organisation_id=oid, version_id=qs["_version"][0][0],
                date=day + timedelta(days=g.rng.randrange(20)),
                assessor=("Айгүл Токтосунова", "Нургүл Осмонова", "Elena Petrova")[r % 3],
                note=None, scale_min=1, scale_max=4)  # fmt: skip
            for code, scored in qs.items():
                if code == "_version":
                    continue
                grown = strengths[code] + 0.55 * r
                for qid, did, weight in scored:
                    score = round(grown + g.rng.uniform(-0.7, 0.7))
                    add(AssessmentScore, id=link_id(aid, qid), assessment_id=aid,
                        question_id=qid, dimension_id=did, weight=weight,
                        score=max(1, min(4, score)), note=None)  # fmt: skip

    # -- the plan ------------------------------------------------------------------------
    pid = add(NapPlan, title=PLAN_TITLE, start_year=2024, end_year=2027, is_example=True,
              notes="An example to show how monitoring works; not the real text.")  # fmt: skip
    indicators: dict[str, tuple[str, float, float]] = {}
    for opos, (ocode, otitle, tasks) in enumerate(PLAN, start=1):
        oid = add(NapObjective, plan_id=pid, code=ocode, title=otitle, position=opos)
        for tpos, (tcode, ttitle, resp, deadline, inds) in enumerate(tasks, start=1):
            tid = add(NapTask, objective_id=oid, code=tcode, title=ttitle, responsible=resp,
                      deadline=deadline, position=tpos)  # fmt: skip
            for ipos, (icode, ititle, unit, base, target) in enumerate(inds, start=1):
                iid = add(NapIndicator, task_id=tid, plan_id=pid, code=icode, title=ititle,
                          unit=unit, baseline=base, target=target, responsible=resp,
                          deadline=deadline, position=ipos)  # fmt: skip
                indicators[icode] = (iid, base, target)

    # Half-yearly reports per region: a value moving towards the target, and a status.
    reports = [date(y, m, 28) for y in (2024, 2025, 2026) for m in (6, 12)]
    for iid, base, target in indicators.values():
        for region in regions:
            pace = 0.5 + g.rng.random()
            start_at = g.rng.randrange(3)
            for k, day in enumerate(reports):
                if k < start_at:
                    continue
                share = min(1.0, pace * (k - start_at + 1) / len(reports))
                value = round(base + (target - base) * share, 1)
                if share >= 1.0:
                    status = "achieved"
                elif k > start_at and g.rng.random() < 0.18:
                    status = "delayed"
                else:
                    status = "in_progress" if k > start_at else "not_started"
                add(NapProgress, indicator_id=iid, date=day - timedelta(days=g.rng.randrange(25)),
                    region_id=region, value=value if status != "not_started" else None,
                    status=status, source="Regional coordinator's half-year report",
                    narrative=None if status != "delayed"
                    else "Activities postponed: the local budget was not approved.")  # fmt: skip

    # -- evidence --------------------------------------------------------------------------
    def link(icode: str, kind: str, record: str, note: str | None = None) -> None:
        iid = indicators[icode][0]
        add(NapEvidence, id=link_id("nap_evidence", iid, kind, record), indicator_id=iid,
            kind=kind, record_id=record, note=note)  # fmt: skip

    topic_to_indicator = {link_id("topic", t): i for t, i in TOPIC_EVIDENCE.items()}
    linked: set[tuple[str, str]] = set()
    for tid, topic, _day in trainings:
        target_code = topic_to_indicator.get(topic)
        if target_code and (target_code, tid) not in linked and len(linked) < 80:
            linked.add((target_code, tid))
            link(target_code, "training", tid)
    for mid, kind in meetings[:60]:
        link("2.1.2" if kind == "stakeholder" else "2.1.1", "meeting", mid)
    for did in decisions[:10]:
        link("1.2.1", "decision", did, "Decision of a regional meeting")
    for item in actions[:10]:
        link("2.2.1", "action_item", item)

    # Profiles of the assessed organisations (the demo registry leaves them empty).
    focus = ("Women's rights", "UNSCR 1325", "Local elections", "Violence against women",
             "Peace-building", "Youth", "Advocacy")  # fmt: skip
    profiles = []
    for n, (oid, _region) in enumerate(orgs):
        founded = 1995 + g.rng.randrange(28)
        profiles.append((oid, {
            "founding_year": founded,
            "registration_number": f"{1000 + g.rng.randrange(9000)}-3301-ОФ",
            "registration_date": date(founded, 1 + g.rng.randrange(12), 1 + g.rng.randrange(28)),
            "focus_areas": "\n".join(g.rng.sample(focus, 3)),
            "membership_size": 8 + g.rng.randrange(150),
            "contact_person": ("Гүлнара Асанова", "Жылдыз Мамытова", "Чолпон Бекова")[n % 3],
            "network_status": "member" if n % 4 else "partner",
        }))  # fmt: skip

    with store.write() as w:
        for oid, profile in profiles:
            w.update(Organisation, oid, profile)
        for model in (
            AssessmentFramework, FrameworkVersion, AssessmentDimension, AssessmentQuestion,
            Assessment, AssessmentScore, NapPlan, NapObjective, NapTask, NapIndicator,
            NapProgress, NapEvidence,
        ):  # fmt: skip
            w.create_many(model, rows.get(model, []))
    return True
