"""Attendance: one mark per (session, person), and the grid built from them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from app.core.errors import N_, InputError
from app.core.models import AttendanceMark, Enrolment, Person, Session, link_id
from app.core.one_person import counted_ids
from app.core.services.common import require_row
from app.core.services.trainings import Participant, SessionRow, list_participants, list_sessions
from app.core.services.unit import in_one_unit
from app.core.services.validation import require_one_of
from app.core.store import Store
from app.core.vocab import ATTENDANCE_STATUSES, ATTENDED
from app.core.writer import Writer


@dataclass(frozen=True)
class AttendanceGrid:
    """Participants (rows) x sessions (columns) of one training, and the marks entered."""

    training_id: str
    sessions: tuple[SessionRow, ...]
    participants: tuple[Participant, ...]
    marks: Mapping[tuple[str, str], str]  # (person_id, session_id) -> status

    def status(self, person_id: str, session_id: str) -> str | None:
        return self.marks.get((person_id, session_id))

    def attended_sessions(self, person_id: str) -> int:
        return sum(1 for s in self.sessions if self.marks.get((person_id, s.id)) in ATTENDED)

    def attended_hours(self, person_id: str) -> float:
        return sum(s.hours for s in self.sessions if self.marks.get((person_id, s.id)) in ATTENDED)

    def session_count(self, session_id: str, statuses: frozenset[str] = ATTENDED) -> int:
        return sum(
            1 for p in self.participants if self.marks.get((p.person_id, session_id)) in statuses
        )

    def completion(self, person_id: str) -> float:
        """Share of the training's sessions this person attended (0.0 to 1.0)."""
        if not self.sessions:
            return 0.0
        return self.attended_sessions(person_id) / len(self.sessions)


def _check_status(status: str | None) -> None:
    if status is not None:
        require_one_of(
            status,
            ATTENDANCE_STATUSES,
            N_("{value} is not an attendance mark; use one of: {options}."),
            "status",
        )


def _session_training(s: DbSession, session_id: str) -> str:
    require_row(s, Session, session_id, "session")
    return s.get_one(Session, session_id).training_id


def _write_mark(
    w: Writer,
    session_id: str,
    person_id: str,
    status: str | None,
    existing: Mapping[str, AttendanceMark],
) -> bool:
    mark_id = link_id(session_id, person_id)
    row = existing.get(person_id)
    if status is None:
        if row is not None and not row.deleted:
            w.delete(AttendanceMark, mark_id)
            return True
        return False
    if row is None or row.deleted:
        w.create(
            AttendanceMark,
            {"session_id": session_id, "person_id": person_id, "status": status},
            mark_id,
        )
        return True
    return bool(w.update(AttendanceMark, mark_id, {"status": status}))


def mark_attendance_in(w: Writer, session_id: str, marks: Mapping[str, str | None]) -> int:
    """Set the marks of one session: person id -> status (None clears the mark).

    Every person must be enrolled in the training. Returns how many marks changed.
    Backdated entry is normal: nothing depends on today's date. A person merged from
    several records is marked once: the marks her records already hold for the session
    all take the new value (so every list shows one mark), or, without any, the mark
    goes on her enrolled record.
    """
    for status in marks.values():
        _check_status(status)
    training_id = _session_training(w.session, session_id)
    enrolled = list(
        w.session.scalars(
            select(Enrolment.person_id).where(
                Enrolment.training_id == training_id, Enrolment.deleted.is_(False)
            )
        )
    )
    existing = {
        m.person_id: m
        for m in w.session.scalars(
            select(AttendanceMark).where(AttendanceMark.session_id == session_id)
        )
    }
    who = counted_ids(w.session, [*enrolled, *existing, *marks])
    enrolled_as: dict[str, list[str]] = {}
    for rec in enrolled:
        enrolled_as.setdefault(who[rec], []).append(rec)
    strangers = [p for p in marks if who[p] not in enrolled_as]
    if strangers:
        name = w.session.scalar(select(Person.full_name).where(Person.id == strangers[0]))
        raise InputError(
            N_("{name} is not enrolled in this training; enrol them first."),
            field="person_id",
            name=name or strangers[0],
        )
    changed = 0
    for pid, status in marks.items():
        person = who[pid]
        held = sorted(r for r, m in existing.items() if not m.deleted and who.get(r, r) == person)
        if not held:
            records = enrolled_as[person]
            held = [pid if pid in records else (person if person in records else records[0])]
        changed += max(_write_mark(w, session_id, r, status, existing) for r in held)
    return changed


mark_attendance = in_one_unit(mark_attendance_in)


def mark_one(store: Store, session_id: str, person_id: str, status: str | None) -> bool:
    """Set one mark (the attendance grid saves each cell as it is typed)."""
    return mark_attendance(store, session_id, {person_id: status}) == 1


# When two merged records of one person hold different marks for a session, the one
# that counts most for her is shown (and counted).
_STRENGTH = {"present": 5, "late": 4, "left_early": 3, "excused": 2, "absent": 1}


def attendance_grid(store: Store, training_id: str) -> AttendanceGrid:
    with store.read() as s:
        sessions = list_sessions(s, training_id)
        participants = list_participants(s, training_id)
        ids = [x.id for x in sessions]
        rows = s.execute(
            select(
                AttendanceMark.person_id, AttendanceMark.session_id, AttendanceMark.status
            ).where(AttendanceMark.session_id.in_(ids), AttendanceMark.deleted.is_(False))
        ).all()
        who = counted_ids(s, [r[0] for r in rows])
        marks: dict[tuple[str, str], str] = {}
        for pid, sid, status in rows:
            key = (who[pid], sid)
            old = marks.get(key)
            if old is None or _STRENGTH.get(status, 0) > _STRENGTH.get(old, 0):
                marks[key] = status
        return AttendanceGrid(training_id, sessions, participants, marks)
