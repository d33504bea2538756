"""The two kinds of gathering a person takes part in, described once for the queries that
treat them alike (a person's history, an organisation's activity, duplicate review).

A training is joined through its enrolments, a meeting through its attendee rows; a
gathering counts only while neither the gathering nor the person's link to it is deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVarTuple

from sqlalchemy import ColumnElement, Select
from sqlalchemy.orm import InstrumentedAttribute

from app.core.models import Enrolment, Meeting, MeetingAttendee, Training

Columns = TypeVarTuple("Columns")


@dataclass(frozen=True)
class Gathering:
    model: type[Training] | type[Meeting]
    link: type[Enrolment] | type[MeetingAttendee]  # puts one person at one gathering
    link_to: InstrumentedAttribute[str]  # the link's column naming the gathering
    day: InstrumentedAttribute[date]  # when it took place (a training: its first day)

    def join(self, query: Select[*Columns]) -> Select[*Columns]:
        """`query` (selecting from the gathering) joined to its links."""
        return query.join(self.link, self.link_to == self.model.id)

    @property
    def live(self) -> ColumnElement[bool]:
        """Neither the gathering nor the link is deleted."""
        return self.link.deleted.is_(False) & self.model.deleted.is_(False)


TRAININGS = Gathering(Training, Enrolment, Enrolment.training_id, Training.start_date)
MEETINGS = Gathering(Meeting, MeetingAttendee, MeetingAttendee.meeting_id, Meeting.date)
