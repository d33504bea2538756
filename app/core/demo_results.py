"""Demo data of results: a results framework for the first project, a knowledge test given
at its trainings with pre/post scores, what some trained women went on to do, and local
plans that took up gender issues. Deterministic: the same seed gives the same rows and ids.

Bounded so the large demo stays quick: scores for at most MAX_TRAININGS trainings.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from app.core.models import (
    AttendanceMark,
    District,
    IndicatorTarget,
    IndicatorValue,
    KnowledgeQuestion,
    KnowledgeScore,
    KnowledgeTest,
    LocalResult,
    Outcome,
    OutcomeTraining,
    Person,
    Project,
    ResultIndicator,
    ResultStatement,
    Session,
    Training,
    TrainingTest,
    link_id,
)
from app.core.store import Store
from app.core.vocab import ATTENDED

MAX_TRAININGS = 300

QUESTIONS = (
    "Who can nominate a candidate for a local council (кеңеш)?",
    "What share of seats does the law reserve for women on party lists?",
    "Name two ways a deputy can raise a gender issue in the local budget.",
    "What does UNSCR 1325 ask of states?",
    "Where can a woman report a violation during an election?",
    "What is a gender-responsive local development plan?",
    "Which body approves the local budget?",
    "How many signatures does a self-nominated candidate need?",
    "What is the role of a territorial election commission?",
    "Name one protection order a victim of violence can ask for.",
)

PLANS = (
    "Local development plan with a line for a crisis centre",
    "Budget line for a women's council in the aiyl okmotu",
    "Council decision on safe street lighting near the school",
    "Programme for girls' sport clubs in the district",
)


def load_results_demo(store: Store, seed: int = 1) -> bool:
    """Add the example framework and results; False if they are already here."""
    rng = random.Random(f"tirek-results-demo-{seed}")

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    test_id = uid()
    with store.read() as s:
        if s.get(KnowledgeTest, test_id) is not None:
            return False
        project = s.scalars(
            select(Project).where(Project.deleted.is_(False)).order_by(Project.name)
        ).first()
        if project is None:
            return False
        project_id = project.id
        trainings = list(
            s.execute(
                select(Training.id, Training.start_date, Training.end_date, Training.region_id)
                .where(Training.project_id == project_id, Training.deleted.is_(False))
                .order_by(Training.start_date, Training.id)
                .limit(MAX_TRAININGS)
            )
        )
        attended: dict[str, set[str]] = defaultdict(set)
        for tid, pid in s.execute(
            select(Session.training_id, AttendanceMark.person_id)
            .join(AttendanceMark, AttendanceMark.session_id == Session.id)
            .where(
                Session.training_id.in_([t.id for t in trainings]),
                AttendanceMark.status.in_(ATTENDED),
                AttendanceMark.deleted.is_(False),
            )
        ):
            attended[tid].add(pid)
        women = set(
            s.scalars(
                select(Person.id).where(
                    Person.id.in_({p for ps in attended.values() for p in ps}),
                    Person.sex == "female",
                )
            )
        )
        districts = list(s.execute(select(District.id, District.region_id).order_by(District.id)))
    years = sorted({t.start_date.year for t in trainings}) or [date.today().year]
    rows: dict[type, list[dict[str, Any]]] = defaultdict(list)
    rows[KnowledgeTest].append(
        {"id": test_id, "title": "Women in local elections: what a candidate needs to know",
         "topic_id": None, "max_score": float(len(QUESTIONS)), "notes": None}
    )  # fmt: skip
    for i, q in enumerate(QUESTIONS):
        rows[KnowledgeQuestion].append(
            {"id": uid(), "test_id": test_id, "position": i, "text": q,
             "correct_answer": None, "points": 1.0}
        )  # fmt: skip
    seen_outcome: set[str] = set()
    for t in trainings:
        rows[TrainingTest].append(
            {"id": link_id(t.id, test_id), "training_id": t.id, "test_id": test_id}
        )
        for pid in sorted(attended[t.id]):
            pre = rng.randint(2, 6)
            post = min(len(QUESTIONS), pre + rng.choice((0, 1, 2, 3, 3, 4, 5)))
            for phase, score in (("pre", pre), ("post", post)):
                rows[KnowledgeScore].append(
                    {"id": link_id(t.id, test_id, pid, phase), "training_id": t.id,
                     "test_id": test_id, "person_id": pid, "phase": phase, "score": float(score)}
                )  # fmt: skip
            if pid in women and pid not in seen_outcome and rng.random() < 0.08:
                seen_outcome.add(pid)
                oid = uid()
                kind = "elected" if rng.random() < 0.35 else "candidate"
                day = t.end_date + timedelta(days=rng.randint(40, 300))
                rows[Outcome].append(
                    {"id": oid, "person_id": pid, "kind": kind, "date": day,
                     "source": "election_commission" if kind == "elected" else "phone_follow_up",
                     "note": None}
                )  # fmt: skip
                rows[OutcomeTraining].append(
                    {"id": link_id(oid, t.id), "outcome_id": oid, "training_id": t.id}
                )
    for year in years:
        for plan in PLANS[: rng.randint(1, len(PLANS))]:
            district, region = rng.choice(districts) if districts else (None, None)
            rows[LocalResult].append(
                {"id": uid(), "kind": rng.choice(("development_plan", "budget_line",
                 "council_decision")), "title": plan, "date": date(year, rng.randint(1, 12), 15),
                 "region_id": region, "district_id": district, "project_id": project_id,
                 "description": None, "document": None}
            )  # fmt: skip
    outcome_st, output_st = uid(), uid()
    rows[ResultStatement] += [
        {"id": outcome_st, "project_id": project_id, "level": "outcome", "code": "1",
         "text": "More women run for and win seats in local councils, and local plans take up "
                 "gender issues", "position": 0},
        {"id": output_st, "project_id": project_id, "level": "output", "code": "1.1",
         "text": "Women activists and deputies trained in electoral and advocacy skills",
         "position": 1},
    ]  # fmt: skip
    indicators = [
        (output_st, "1.1.a", "People trained", "people_trained", None, None, "people"),
        (output_st, "1.1.b", "Women trained", "people_trained", "female", None, "people"),
        (output_st, "1.1.c", "Share whose knowledge rose by 2 points or more",
         "knowledge_increased_share", None, 2.0, "%"),
        (outcome_st, "1.a", "Trained women who registered as candidates", "trained_candidates",
         "female", None, "people"),
        (outcome_st, "1.b", "Trained women elected", "trained_elected", "female", None, "people"),
        (outcome_st, "1.c", "Local plans, budget lines and decisions with gender commitments",
         "local_results", None, None, "documents"),
        (outcome_st, "1.d", "Media reports on women candidates", "manual", None, None, "reports"),
    ]  # fmt: skip
    for pos, (st, code, name, definition, sex, margin, unit) in enumerate(indicators):
        iid = uid()
        rows[ResultIndicator].append(
            {"id": iid, "statement_id": st, "project_id": project_id, "code": code, "name": name,
             "unit": unit, "definition": definition, "sex": sex, "margin": margin,
             "baseline": 0.0, "nap_indicator_id": None, "position": pos}
        )  # fmt: skip
        for year in years:
            target = {"%": 60.0, "documents": 3.0, "reports": 10.0}.get(unit or "", 0.0)
            if not target:
                target = float(max(5, len(trainings) * (8 if sex is None else 6) // len(years)))
                if definition in ("trained_candidates", "trained_elected"):
                    target = max(3.0, target // 25)
            rows[IndicatorTarget].append(
                {"id": link_id(iid, str(year)), "indicator_id": iid, "period": str(year),
                 "target": target}
            )  # fmt: skip
            if definition == "manual":
                rows[IndicatorValue].append(
                    {"id": link_id(iid, str(year)), "indicator_id": iid, "period": str(year),
                     "value": float(rng.randint(4, 14)),
                     "evidence": "Press clippings kept in the office (folder «СМИ»)"}
                )  # fmt: skip
    with store.write() as w:
        for model in (
            KnowledgeTest, KnowledgeQuestion, TrainingTest, KnowledgeScore, Outcome,
            OutcomeTraining, LocalResult, ResultStatement, ResultIndicator, IndicatorTarget,
            IndicatorValue,
        ):  # fmt: skip
            w.create_many(model, rows.get(model, []))
    return True
