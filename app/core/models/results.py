"""From activities to results: knowledge tests, follow-up outcomes, local results, and a
project's results framework (docs/results.md).

Everything here travels by sync. Rows that are identified by what they link (a score of a
person in a phase of a training's test, a follow-up call, a link between a result and an
organisation) get ids derived from the parts (`link_id`), so two laptops recording the
same thing offline create the same row and sync merges it field by field.

A results framework belongs to a project: statements (outcomes and outputs) own
indicators; an indicator either names a definition that Tirek computes from the records
(`definition`, one of vocab.INDICATOR_DEFINITIONS) or is entered by hand per period with
its evidence. Targets are per period. An indicator may point at a NAP 1325 indicator so
that one record serves both reports.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base, Syncable

# -- knowledge tests -------------------------------------------------------------------


class KnowledgeTest(Syncable, Base):
    """A pre/post test, reusable across the trainings of a topic."""

    __tablename__ = "knowledge_test"

    title: Mapped[str] = mapped_column(String(300))
    topic_id: Mapped[str | None] = mapped_column(ForeignKey("topic.id"), index=True)
    max_score: Mapped[float] = mapped_column(default=0.0)  # the sum of the questions' points
    notes: Mapped[str | None] = mapped_column(Text)


class KnowledgeQuestion(Syncable, Base):
    __tablename__ = "knowledge_question"

    test_id: Mapped[str] = mapped_column(ForeignKey("knowledge_test.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    correct_answer: Mapped[str | None] = mapped_column(Text)
    points: Mapped[float] = mapped_column(default=1.0)


class TrainingTest(Syncable, Base):
    """A test given at a training (id derived from the pair)."""

    __tablename__ = "training_test"

    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    test_id: Mapped[str] = mapped_column(ForeignKey("knowledge_test.id"))


class KnowledgeScore(Syncable, Base):
    """One participant's score in one phase ("pre" | "post"); id from (training, test,
    person, phase)."""

    __tablename__ = "knowledge_score"

    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    test_id: Mapped[str] = mapped_column(ForeignKey("knowledge_test.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    phase: Mapped[str] = mapped_column(String(8))
    score: Mapped[float | None]


# -- what participants went on to do ------------------------------------------------------


class Outcome(Syncable, Base):
    """Something a person did after a training: ran for a local council, was elected, ..."""

    __tablename__ = "outcome"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # vocab.OUTCOME_KINDS
    date: Mapped[date]
    source: Mapped[str] = mapped_column(String(32))  # vocab.OUTCOME_SOURCES
    note: Mapped[str | None] = mapped_column(Text)


class OutcomeTraining(Syncable, Base):
    """The training(s) an outcome followed (id derived from the pair)."""

    __tablename__ = "outcome_training"

    outcome_id: Mapped[str] = mapped_column(ForeignKey("outcome.id"), index=True)
    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)


class FollowUpCall(Syncable, Base):
    """A follow-up of a participant, N months after a training (id from training, person,
    months): done when `done_on` is set."""

    __tablename__ = "follow_up_call"

    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    months: Mapped[int]
    done_on: Mapped[date | None]
    reached: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(Text)


# -- results of organisations and local authorities ---------------------------------------


class LocalResult(Syncable, Base):
    """A local plan, budget line or council decision that took up a gender issue."""

    __tablename__ = "local_result"

    kind: Mapped[str] = mapped_column(String(32))  # vocab.LOCAL_RESULT_KINDS
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[date]
    region_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    district_id: Mapped[str | None] = mapped_column(ForeignKey("district.id"))
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    # The document as a reference (file name, number of the decision, a link), not the file.
    document: Mapped[str | None] = mapped_column(Text)


class LocalResultLink(Syncable, Base):
    """An organisation or meeting that advocated a local result (id from the pair)."""

    __tablename__ = "local_result_link"

    result_id: Mapped[str] = mapped_column(ForeignKey("local_result.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"))
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"))


# -- a project's results framework ----------------------------------------------------------


class ResultStatement(Syncable, Base):
    """An outcome or output of a project's results framework."""

    __tablename__ = "result_statement"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    level: Mapped[str] = mapped_column(String(16))  # "outcome" | "output"
    code: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)


class ResultIndicator(Syncable, Base):
    __tablename__ = "result_indicator"

    statement_id: Mapped[str] = mapped_column(ForeignKey("result_statement.id"), index=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(100))
    # A definition Tirek computes (vocab.INDICATOR_DEFINITIONS) or "manual".
    definition: Mapped[str] = mapped_column(String(48))
    # Options of the definition: the sex counted ("female"), the knowledge margin in points.
    sex: Mapped[str | None] = mapped_column(String(16))
    margin: Mapped[float | None]
    baseline: Mapped[float | None]
    nap_indicator_id: Mapped[str | None] = mapped_column(ForeignKey("nap_indicator.id"))
    position: Mapped[int] = mapped_column(default=0)


class IndicatorTarget(Syncable, Base):
    """The target of an indicator for one period (id from indicator and period)."""

    __tablename__ = "indicator_target"

    indicator_id: Mapped[str] = mapped_column(ForeignKey("result_indicator.id"), index=True)
    period: Mapped[str] = mapped_column(String(16))  # "2026", "2026-H1", "2026-Q3"
    target: Mapped[float]


class IndicatorValue(Syncable, Base):
    """A value entered by hand for a manual indicator and period, with its evidence."""

    __tablename__ = "indicator_value"

    indicator_id: Mapped[str] = mapped_column(ForeignKey("result_indicator.id"), index=True)
    period: Mapped[str] = mapped_column(String(16))
    value: Mapped[float]
    evidence: Mapped[str | None] = mapped_column(Text)
