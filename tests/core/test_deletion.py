"""Deleting a person, a training or a meeting, and undoing it (app/core/services/deletion.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.core.errors import NotFoundError
from app.core.models import AttendanceMark, Enrolment, Meeting, Op, Person, Session, Training
from app.core.services import deletion
from app.core.services.attendance import mark_one
from app.core.services.meetings import add_attendee, add_decision, create_meeting
from app.core.services.people import create_person
from app.core.services.trainings import add_session, create_training, enrol, list_trainings
from app.core.store import Store


def _live(store: Store, model: type, row_id: str) -> bool:
    with store.read() as s:
        return not s.get_one(model, row_id).deleted


def test_a_deleted_training_comes_back_with_its_days_participants_and_marks(
    store: Store,
) -> None:
    pid = create_person(store, {"full_name": "Айгүл Өмүрова"})
    tid = create_training(
        store, {"title": "Budgets", "start_date": "2026-03-15", "end_date": "2026-03-16"}
    )
    sid = add_session(store, tid, {"date": "2026-03-15", "hours": 6})
    enrol(store, tid, [pid])
    mark_one(store, sid, pid, "present")
    assert deletion.delete(store, "training", tid) == "Budgets"
    assert not _live(store, Training, tid) and not _live(store, Session, sid)
    assert list_trainings(store).total == 0
    assert deletion.restore(store, "training", tid) == "Budgets"
    assert _live(store, Training, tid) and _live(store, Session, sid)
    with store.read() as s:
        assert not s.scalars(select(Enrolment.deleted)).one()
        assert s.scalars(select(AttendanceMark.status)).one() == "present"
        # The undo is an op like any other: it travels by sync.
        last = s.scalars(select(Op).where(Op.row_id == tid).order_by(Op.seq.desc())).first()
        assert last is not None and last.kind == "create" and last.parents
    assert list_trainings(store).total == 1


def test_a_person_and_a_meeting_are_deleted_and_restored(store: Store) -> None:
    pid = create_person(store, {"full_name": "Мария Попова"})
    mid = create_meeting(store, {"kind": "ngo", "title": "Council", "date": "2026-04-01"})
    add_attendee(store, mid, person_id=pid)
    add_decision(store, mid, "Meet again in May")
    assert deletion.delete(store, "person", pid) == "Мария Попова"
    assert deletion.delete(store, "meeting", mid) == "Council"
    assert not _live(store, Person, pid) and not _live(store, Meeting, mid)
    deletion.restore(store, "person", pid)
    deletion.restore(store, "meeting", mid)
    assert _live(store, Person, pid) and _live(store, Meeting, mid)


def test_nothing_to_undo_and_nothing_to_delete_are_user_errors(store: Store) -> None:
    pid = create_person(store, {"full_name": "Жаңыл Токтогулова"})
    with pytest.raises(NotFoundError, match="nothing to undo"):
        deletion.restore(store, "person", pid)
    deletion.delete(store, "person", pid)
    with pytest.raises(NotFoundError, match="no longer exists"):
        deletion.delete(store, "person", pid)
    with pytest.raises(NotFoundError):
        deletion.delete(store, "training", "no-such-id")
