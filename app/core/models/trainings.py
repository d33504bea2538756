"""Trainings, their sessions, enrolment and attendance."""

from __future__ import annotations

from datetime import date, time
from typing import ClassVar

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base, Derived, Syncable
from app.core.text import fold


class Training(Syncable, Base):
    __tablename__ = "training"
    __derived__: ClassVar[Derived] = {"title_key": ("title", fold)}
    __table_args__ = (Index("ix_training_start_date_id", "start_date", "id"),)

    title: Mapped[str] = mapped_column(String(300))
    title_key: Mapped[str] = mapped_column(String(300), index=True)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)
    venue: Mapped[str | None] = mapped_column(String(300))
    region_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    district_id: Mapped[str | None] = mapped_column(ForeignKey("district.id"))
    start_date: Mapped[date]
    end_date: Mapped[date]
    notes: Mapped[str | None] = mapped_column(Text)
    # The installation that created the training: the "mine" filter of a trainer's laptop.
    created_on: Mapped[str | None] = mapped_column(String(36), index=True)
    # Certificate eligibility: "all_sessions" | "percent_sessions" | "percent_hours".
    certificate_rule: Mapped[str] = mapped_column(String(24), default="all_sessions")
    certificate_threshold: Mapped[int] = mapped_column(default=100)


class TrainingTopic(Syncable, Base):
    __tablename__ = "training_topic"
    __table_args__ = (UniqueConstraint("training_id", "topic_id"),)

    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"))
    topic_id: Mapped[str] = mapped_column(ForeignKey("topic.id"), index=True)


class TrainingTrainer(Syncable, Base):
    """A person who ran (part of) the training."""

    __tablename__ = "training_trainer"
    __table_args__ = (UniqueConstraint("training_id", "person_id"),)

    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class Session(Syncable, Base):
    """One day or half-day of a training."""

    __tablename__ = "session"
    __table_args__ = (Index("ix_session_training_id_date", "training_id", "date"),)

    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"))
    date: Mapped[date]
    start_time: Mapped[time | None]
    end_time: Mapped[time | None]
    topic: Mapped[str | None] = mapped_column(String(300))
    hours: Mapped[float] = mapped_column(default=0.0)


class Enrolment(Syncable, Base):
    """A participant enrolled in a training (id derived from the pair)."""

    __tablename__ = "enrolment"
    __table_args__ = (UniqueConstraint("training_id", "person_id"),)

    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class AttendanceMark(Syncable, Base):
    """One mark per (session, person); the id is derived from the pair."""

    __tablename__ = "attendance_mark"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
