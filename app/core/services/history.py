"""What a person (or an organisation) took part in: trainings, attendance, meetings.

Read-only; the person page and the organisation page of the desktop show these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.core.models import (
    AttendanceMark,
    Enrolment,
    Meeting,
    MeetingAttendee,
    Person,
    Session,
    Training,
)
from app.core.one_person import counted_ids, records_of
from app.core.services.gatherings import ATTENDED_MARK, MEETINGS, TRAININGS
from app.core.store import Store


@dataclass(frozen=True)
class TrainingTaken:
    training_id: str
    title: str
    start_date: date
    end_date: date
    sessions: int
    attended: int  # sessions marked present, late or left early


@dataclass(frozen=True)
class MeetingAttended:
    meeting_id: str
    title: str
    kind: str
    date: date


@dataclass(frozen=True)
class PersonHistory:
    """Everything one person took part in, including under records merged into her."""

    person_id: str  # the person counted (asked for a merged record: the person kept)
    records: tuple[str, ...]  # her own id first, then the ids merged into her
    trainings: tuple[TrainingTaken, ...]
    meetings: tuple[MeetingAttended, ...]


def person_history(store: Store, person_id: str) -> PersonHistory:
    """The trainings a person was enrolled in (with sessions attended) and meetings
    attended, under her own record and every record merged into her."""
    with store.read() as s:
        target = counted_ids(s, [person_id])[person_id]
        ids = records_of(s, target)
        sessions = (
            select(func.count())
            .where(Session.training_id == Training.id, Session.deleted.is_(False))
            .correlate(Training)
            .scalar_subquery()
        )
        attended = (  # a session marked under two of her records counts once
            select(func.count(func.distinct(Session.id)))
            .select_from(AttendanceMark)
            .join(Session, Session.id == AttendanceMark.session_id)
            .where(
                Session.training_id == Training.id,
                AttendanceMark.person_id.in_(ids),
                ATTENDED_MARK,
            )
            .correlate(Training)
            .scalar_subquery()
        )
        trainings = tuple(
            TrainingTaken(*r)
            for r in s.execute(
                select(
                    Training.id,
                    Training.title,
                    Training.start_date,
                    Training.end_date,
                    sessions,
                    attended,
                )
                .join(Enrolment, Enrolment.training_id == Training.id)
                .where(Enrolment.person_id.in_(ids), TRAININGS.live)
                .distinct()
                .order_by(Training.start_date.desc(), Training.id)
            )
        )
        meetings = tuple(
            MeetingAttended(*r)
            for r in s.execute(
                select(Meeting.id, Meeting.title, Meeting.kind, Meeting.date)
                .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
                .where(MeetingAttendee.person_id.in_(ids), MEETINGS.live)
                .distinct()
                .order_by(Meeting.date.desc(), Meeting.id)
            )
        )
    return PersonHistory(target, tuple(ids), trainings, meetings)


@dataclass(frozen=True)
class OrganisationTraining:
    training_id: str
    title: str
    start_date: date
    participants: int  # people of the organisation enrolled


def organisation_trainings(
    store: Store, org_id: str, limit: int = 500
) -> list[OrganisationTraining]:
    """Trainings in which people of the organisation were enrolled, newest first."""
    with store.read() as s:
        rows = s.execute(
            select(Training.id, Training.title, Training.start_date, func.count(Enrolment.id))
            .join(Enrolment, Enrolment.training_id == Training.id)
            .join(Person, Person.id == Enrolment.person_id)
            .where(Person.organisation_id == org_id, Person.deleted.is_(False), TRAININGS.live)
            .group_by(Training.id)
            .order_by(Training.start_date.desc(), Training.id)
            .limit(limit)
        )
        return [OrganisationTraining(*r) for r in rows]
