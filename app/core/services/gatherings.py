"""The two kinds of gathering a person takes part in, described once for the queries that
treat them alike (a person's history, an organisation's activity, duplicate review).

A training is joined through its enrolments, a meeting through its attendee rows; a
gathering counts only while neither the gathering nor the person's link to it is deleted.
Attending a training's session is told by its attendance mark (ATTENDED_MARK).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVarTuple

from sqlalchemy import ColumnElement, Select
from sqlalchemy.orm import InstrumentedAttribute

from app.core.models import AttendanceMark, Enrolment, Meeting, MeetingAttendee, Session, Training
from app.core.vocab import ATTENDED

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

# A training session's mark that counts as having attended it (present, late, left early),
# on a session and a mark that are not deleted; for queries joining marks to sessions.
ATTENDED_MARK: ColumnElement[bool] = (
    Session.deleted.is_(False)
    & AttendanceMark.deleted.is_(False)
    & AttendanceMark.status.in_(sorted(ATTENDED))
)
