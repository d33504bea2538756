"""Knowledge tests: a pre and a post test at a training, scores typed from paper, the gain.

A test (its questions and correct answers) belongs to no training: it is reused by every
training of its topic and attached to each. A score is one row per (training, test,
person, phase), so typing the same score on two laptops makes one row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.core.errors import N_, InputError
from app.core.models import (
    Enrolment,
    KnowledgeQuestion,
    KnowledgeScore,
    KnowledgeTest,
    Topic,
    Training,
    TrainingTest,
    link_id,
    new_id,
)
from app.core.opcodec import row_key
from app.core.services.common import require_row
from app.core.services.results.people import age_band, canonical, people
from app.core.services.unit import in_one_unit
from app.core.services.validation import Rule, apply_rules, long_text, reference, text
from app.core.store import Store
from app.core.vocab import TEST_PHASES
from app.core.writer import Writer


@dataclass(frozen=True)
class Question:
    text: str
    correct_answer: str | None = None
    points: float = 1.0


@dataclass(frozen=True)
class TestRow:
    id: str
    title: str
    topic_id: str | None
    max_score: float
    questions: tuple[Question, ...]


def create_test_in(
    w: Writer,
    title: str,
    questions: Sequence[Question],
    topic_id: str | None = None,
    notes: str | None = None,
) -> str:
    """A new knowledge test with its questions; returns its id."""
    if not questions:
        raise InputError(N_("A test needs at least one question."), field="questions")
    for q in questions:
        if not q.text.strip():
            raise InputError(N_("Every question needs its text."), field="questions")
        if not 0 < q.points <= 100:
            raise InputError(N_("Points of a question go from more than 0 to 100."), field="points")
    rules: dict[str, Rule] = {
        "title": text(required=True, label="Test title"),
        "topic_id": reference(Topic, w.session, label="topic"),
        "notes": long_text("Notes"),
    }
    clean = apply_rules(
        rules, {"title": title, "topic_id": topic_id, "notes": notes}, partial=False
    )
    test_id = w.create(
        KnowledgeTest, {**clean, "max_score": sum(q.points for q in questions)}, new_id()
    )
    for i, q in enumerate(questions):
        w.create(
            KnowledgeQuestion,
            {
                "test_id": test_id,
                "position": i,
                "text": q.text.strip(),
                "correct_answer": q.correct_answer,
                "points": q.points,
            },
            new_id(),
        )
    return test_id


create_test = in_one_unit(create_test_in)


def list_tests(store: Store, topic_id: str | None = None) -> list[TestRow]:
    """Tests (of one topic, or all), with their questions."""
    with store.read() as s:
        q = select(KnowledgeTest).where(KnowledgeTest.deleted.is_(False))
        if topic_id is not None:
            q = q.where(KnowledgeTest.topic_id == topic_id)
        questions: dict[str, list[Question]] = defaultdict(list)
        for kq in s.scalars(
            select(KnowledgeQuestion)
            .where(KnowledgeQuestion.deleted.is_(False))
            .order_by(KnowledgeQuestion.position)
        ):
            questions[kq.test_id].append(Question(kq.text, kq.correct_answer, kq.points))
        return [
            TestRow(t.id, t.title, t.topic_id, t.max_score, tuple(questions[t.id]))
            for t in s.scalars(q.order_by(KnowledgeTest.title))
        ]


def attach_test_in(w: Writer, training_id: str, test_id: str) -> None:
    """Give a test at a training (again: nothing changes)."""
    require_row(w.session, Training, training_id, "training")
    require_row(w.session, KnowledgeTest, test_id, "test")
    row_id = link_id(training_id, test_id)
    row = w.session.get(TrainingTest, row_id)
    if row is None or row.deleted:
        w.create(TrainingTest, {"training_id": training_id, "test_id": test_id}, row_id)


attach_test = in_one_unit(attach_test_in)


def tests_of(store: Store, training_id: str) -> list[TestRow]:
    """The tests given at a training."""
    with store.read() as s:
        given = set(
            s.scalars(
                select(TrainingTest.test_id).where(
                    TrainingTest.training_id == training_id, TrainingTest.deleted.is_(False)
                )
            )
        )
    return [t for t in list_tests(store) if t.id in given]


def scores_of(store: Store, training_id: str, test_id: str) -> dict[tuple[str, str], float]:
    """(person id, phase) -> score, as typed for this training and test."""
    with store.read() as s:
        rows = s.execute(
            select(KnowledgeScore.person_id, KnowledgeScore.phase, KnowledgeScore.score).where(
                KnowledgeScore.training_id == training_id,
                KnowledgeScore.test_id == test_id,
                KnowledgeScore.deleted.is_(False),
                KnowledgeScore.score.is_not(None),
            )
        )
        return {(pid, phase): score for pid, phase, score in rows if score is not None}


def score_id(training_id: str, test_id: str, person_id: str, phase: str) -> str:
    return link_id(training_id, test_id, person_id, phase)


def record_scores_in(
    w: Writer,
    training_id: str,
    test_id: str,
    phase: str,
    scores: Mapping[str, float | None],
) -> int:
    """Scores typed from the paper tests (person id -> points; None clears) of enrolled
    participants; returns how many changed."""
    if phase not in TEST_PHASES:
        raise InputError(N_("The phase is pre or post."), field="phase")
    s = w.session
    require_row(s, Training, training_id, "training")
    test = s.get(KnowledgeTest, test_id)
    if test is None or test.deleted:
        raise InputError(N_("No such test."), field="test")
    link = s.get(TrainingTest, link_id(training_id, test_id))
    if link is None or link.deleted:
        raise InputError(N_("This test is not given at this training."), field="test")
    enrolled = set(
        s.scalars(
            select(Enrolment.person_id).where(
                Enrolment.training_id == training_id, Enrolment.deleted.is_(False)
            )
        )
    )
    changed = 0
    for person_id, score in scores.items():
        if person_id not in enrolled:
            raise InputError(
                N_("Only participants of the training can have a score."), field="person"
            )
        if score is not None and not 0 <= score <= test.max_score:
            raise InputError(
                N_("A score goes from 0 to {max}."), field="score", max=f"{test.max_score:g}"
            )
        row_id = score_id(training_id, test_id, person_id, phase)
        row = s.get(KnowledgeScore, row_id)
        values: dict[str, Any] = {"score": score}
        if row is None or row.deleted:
            base = {"training_id": training_id, "test_id": test_id, "person_id": person_id}
            w.create(KnowledgeScore, {**base, "phase": phase, **values}, row_id)
            changed += 1
        elif w.update(KnowledgeScore, row_id, values):
            changed += 1
    return changed


record_scores = in_one_unit(record_scores_in)


@dataclass(frozen=True)
class Gain:
    """Pre/post results of one group (everyone, a sex, an age band)."""

    tested: int  # participants with both scores
    average_pre: float
    average_post: float
    increased: int  # whose post - pre >= margin

    @property
    def average_gain(self) -> float:
        return self.average_post - self.average_pre

    @property
    def share_increased(self) -> float:
        return self.increased / self.tested if self.tested else 0.0


@dataclass(frozen=True)
class KnowledgeSummary:
    training_id: str
    margin: float
    overall: Gain
    by_sex: Mapping[str, Gain] = field(default_factory=dict)
    by_age: Mapping[str, Gain] = field(default_factory=dict)
    pairs: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # person -> scores


def paired_scores(
    s: Any, training_ids: Sequence[str], canon: Mapping[str, str] | None = None
) -> dict[str, dict[str, tuple[float, float]]]:
    """Training -> person kept -> (pre, post), for everyone with both scores.

    Two records of one woman merged: her best score of each phase counts.
    """
    if canon is None:
        canon = canonical(s)
    got: dict[tuple[str, str], dict[str, float]] = {}
    raw = s.connection().exec_driver_sql
    ids = list(training_ids)
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        marks = ",".join("?" * len(part))
        for tid, pid, phase, score in raw(
            "SELECT row_text(training_id), row_text(person_id), phase, score "
            f"FROM knowledge_score WHERE training_id IN ({marks}) AND deleted = 0 "
            "AND score IS NOT NULL",
            tuple(row_key(t) for t in part),  # ids as stored (app/core/models/base.py)
        ):
            phases = got.setdefault((tid, canon.get(pid, pid)), {})
            phases[phase] = max(score, phases.get(phase, score))
    out: dict[str, dict[str, tuple[float, float]]] = defaultdict(dict)
    for (tid, pid), phases in got.items():
        if "pre" in phases and "post" in phases:
            out[tid][pid] = (phases["pre"], phases["post"])
    return out


def _gain(pairs: Sequence[tuple[float, float]], margin: float) -> Gain:
    n = len(pairs)
    if not n:
        return Gain(0, 0.0, 0.0, 0)
    return Gain(
        n,
        sum(p for p, _ in pairs) / n,
        sum(q for _, q in pairs) / n,
        sum(1 for p, q in pairs if q - p >= margin),
    )


def knowledge_summary(store: Store, training_id: str, margin: float = 1.0) -> KnowledgeSummary:
    """The average gain and the share whose score rose by `margin`, by sex and age band."""
    with store.read() as s:
        require_row(s, Training, training_id, "training")
        start = s.get_one(Training, training_id).start_date
        pairs = paired_scores(s, [training_id]).get(training_id, {})
        who = people(s, list(pairs))
    by_sex: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_age: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for pid, pair in pairs.items():
        w = who[pid]
        by_sex[w.sex].append(pair)
        by_age[age_band(w.birth_year, start.year)].append(pair)
    return KnowledgeSummary(
        training_id,
        margin,
        _gain(list(pairs.values()), margin),
        {k: _gain(v, margin) for k, v in sorted(by_sex.items())},
        {k: _gain(v, margin) for k, v in sorted(by_age.items())},
        pairs,
    )
