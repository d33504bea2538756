"""The network's own work: capacity assessments and monitoring of the NAP on UNSCR 1325.

Everything here travels by sync.

Assessments. A framework (e.g. "capacity of women's organisations") has numbered
VERSIONS; a version owns its dimensions and questions and its scale. Once any assessment
uses a version, the version is frozen: the services refuse to edit it and a coordinator
starts a new version instead (a copy she can edit). An assessment's score rows also keep
what the score formula needs (the question's dimension and weight, and the scale on the
assessment), so even an edit that arrives by sync from a laptop that did not yet know of
the assessment cannot change a past score. docs/network.md gives the formula.

NAP monitoring. A plan has objectives, tasks and indicators (baseline, target,
responsible bodies, deadline); progress entries per indicator (date, region, value or
status, narrative, source); evidence links from an indicator to a training, meeting,
decision or action item (one row per pair: the id is derived from what it links).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base, Syncable

# -- capacity assessments --------------------------------------------------------------


class AssessmentFramework(Syncable, Base):
    __tablename__ = "assessment_framework"

    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    # Demo data is marked so that no one mistakes it for the network's real framework.
    is_example: Mapped[bool] = mapped_column(default=False)


class FrameworkVersion(Syncable, Base):
    """One version of a framework: its scale, dimensions and questions."""

    __tablename__ = "framework_version"

    framework_id: Mapped[str] = mapped_column(ForeignKey("assessment_framework.id"), index=True)
    number: Mapped[int]
    scale_min: Mapped[int] = mapped_column(default=1)
    scale_max: Mapped[int] = mapped_column(default=4)
    # What each point of the scale means, one "N: words" per line (shown to the assessor).
    scale_labels: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


class AssessmentDimension(Syncable, Base):
    """Governance, strategic planning, financial management, advocacy, ..."""

    __tablename__ = "assessment_dimension"

    version_id: Mapped[str] = mapped_column(ForeignKey("framework_version.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    # Compares a dimension across versions (the chart of one organisation over time).
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300))
    guidance: Mapped[str | None] = mapped_column(Text)


class AssessmentQuestion(Syncable, Base):
    __tablename__ = "assessment_question"

    dimension_id: Mapped[str] = mapped_column(ForeignKey("assessment_dimension.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str | None] = mapped_column(Text)
    weight: Mapped[float] = mapped_column(default=1.0)


class Assessment(Syncable, Base):
    """One organisation assessed on a date by an assessor, against one framework version."""

    __tablename__ = "assessment"
    __table_args__ = (Index("ix_assessment_organisation_id_date", "organisation_id", "date"),)

    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    version_id: Mapped[str] = mapped_column(ForeignKey("framework_version.id"), index=True)
    date: Mapped[date]
    assessor: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    # The scale as it was when the assessment was made (the version's is frozen anyway).
    scale_min: Mapped[int]
    scale_max: Mapped[int]


class AssessmentScore(Syncable, Base):
    """The score and note of one question in one assessment (id derived from the pair).

    `dimension_id` and `weight` are copied from the question when the score is written:
    the score formula reads only these rows.
    """

    __tablename__ = "assessment_score"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("assessment_question.id"))
    dimension_id: Mapped[str] = mapped_column(ForeignKey("assessment_dimension.id"))
    weight: Mapped[float] = mapped_column(default=1.0)
    score: Mapped[int | None]  # None: not applicable / not answered
    note: Mapped[str | None] = mapped_column(Text)


# -- NAP 1325 monitoring ---------------------------------------------------------------


class NapPlan(Syncable, Base):
    __tablename__ = "nap_plan"

    title: Mapped[str] = mapped_column(String(300))
    start_year: Mapped[int | None]
    end_year: Mapped[int | None]
    notes: Mapped[str | None] = mapped_column(Text)
    is_example: Mapped[bool] = mapped_column(default=False)


class NapObjective(Syncable, Base):
    __tablename__ = "nap_objective"

    plan_id: Mapped[str] = mapped_column(ForeignKey("nap_plan.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)


class NapTask(Syncable, Base):
    __tablename__ = "nap_task"

    objective_id: Mapped[str] = mapped_column(ForeignKey("nap_objective.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(Text)  # responsible bodies
    deadline: Mapped[date | None]
    position: Mapped[int] = mapped_column(default=0)


class NapIndicator(Syncable, Base):
    __tablename__ = "nap_indicator"

    task_id: Mapped[str] = mapped_column(ForeignKey("nap_task.id"), index=True)
    plan_id: Mapped[str] = mapped_column(ForeignKey("nap_plan.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(100))
    baseline: Mapped[float | None]
    target: Mapped[float | None]
    responsible: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[date | None]
    position: Mapped[int] = mapped_column(default=0)


class NapProgress(Syncable, Base):
    """A progress entry: what was reported for an indicator on a date (in a region)."""

    __tablename__ = "nap_progress"
    __table_args__ = (Index("ix_nap_progress_indicator_id_date", "indicator_id", "date"),)

    indicator_id: Mapped[str] = mapped_column(ForeignKey("nap_indicator.id"))
    date: Mapped[date]
    region_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    value: Mapped[float | None]
    status: Mapped[str] = mapped_column(String(16))
    narrative: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(300))


class NapEvidence(Syncable, Base):
    """A training, meeting, decision or action item serving an indicator as evidence.

    The id is derived from (indicator, kind, record): two laptops linking the same pair
    make one row.
    """

    __tablename__ = "nap_evidence"

    indicator_id: Mapped[str] = mapped_column(ForeignKey("nap_indicator.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # training | meeting | decision | action_item
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    note: Mapped[str | None] = mapped_column(Text)
