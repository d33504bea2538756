"""What participants went on to do, and the follow-up list that finds it out.

An outcome (registered as a candidate, elected, appointed, ...) is recorded for a person
with its date, its source and the training(s) it followed. The follow-up list of a
training is who to call N months after it (vocab.FOLLOW_UP_MONTHS): every participant who
attended, with the call's state, worked through offline and synced like the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from app.core.errors import N_, InputError
from app.core.models import (
    AttendanceMark,
    FollowUpCall,
    Outcome,
    OutcomeTraining,
    Person,
    Session,
    Training,
    link_id,
    new_id,
)
from app.core.services.common import require_row
from app.core.services.gatherings import ATTENDED_MARK
from app.core.services.results.people import canonical
from app.core.services.unit import in_one_unit
from app.core.services.validation import (
    Rule,
    a_date,
    apply_rules,
    choice,
    flag,
    long_text,
    reference,
)
from app.core.store import Store
from app.core.vocab import FOLLOW_UP_MONTHS, OUTCOME_KINDS, OUTCOME_SOURCES
from app.core.writer import Writer


def record_outcome_in(
    w: Writer, person_id: str, values: Mapping[str, Any], training_ids: Iterable[str] = ()
) -> str:
    """Record what a person did after a training; returns the outcome's id."""
    rules: dict[str, Rule] = {
        "person_id": reference(Person, w.session, label="person"),
        "kind": choice(OUTCOME_KINDS, required=True, label="outcome"),
        "date": a_date(required=True, label="Date"),
        "source": choice(OUTCOME_SOURCES, required=True, label="source"),
        "note": long_text("Note"),
    }
    clean = apply_rules(rules, {**values, "person_id": person_id}, partial=False)
    trainings = sorted(set(training_ids))
    for tid in trainings:
        require_row(w.session, Training, tid, "training")
        start = w.session.get_one(Training, tid).start_date
        if clean["date"] < start:
            raise InputError(
                N_("The outcome's date is before the training it followed."), field="date"
            )
    outcome_id = w.create(Outcome, clean, new_id())
    for tid in trainings:
        w.create(
            OutcomeTraining,
            {"outcome_id": outcome_id, "training_id": tid},
            link_id(outcome_id, tid),
        )
    return outcome_id


record_outcome = in_one_unit(record_outcome_in)


@dataclass(frozen=True)
class FollowUp:
    person_id: str
    full_name: str
    phone: str | None
    due: date
    done_on: date | None
    reached: bool
    note: str | None


def follow_up_list(store: Store, training_id: str, months: int) -> list[FollowUp]:
    """Who to call `months` after the training: everyone who attended a session."""
    if months not in FOLLOW_UP_MONTHS:
        raise InputError(
            N_("Follow-up is {options} months after a training."),
            field="months",
            options=", ".join(str(m) for m in FOLLOW_UP_MONTHS),
        )
    with store.read() as s:
        require_row(s, Training, training_id, "training")
        t = s.get_one(Training, training_id)
        due = t.end_date + timedelta(days=round(months * 30.44))
        attended = set(
            s.scalars(
                select(AttendanceMark.person_id)
                .join(Session, Session.id == AttendanceMark.session_id)
                .where(
                    Session.training_id == training_id,
                    ATTENDED_MARK,
                )
            )
        )
        canon = canonical(s, sorted(attended))
        kept = sorted(set(canon.values()))
        calls = {
            c.person_id: c
            for c in s.scalars(
                select(FollowUpCall).where(
                    FollowUpCall.training_id == training_id,
                    FollowUpCall.months == months,
                    FollowUpCall.deleted.is_(False),
                )
            )
        }
        for pid, k in canon.items():  # a call recorded on a merged-away record counts
            if pid in calls and k not in calls:
                calls[k] = calls[pid]
        rows = s.execute(
            select(Person.id, Person.full_name, Person.phone).where(Person.id.in_(kept))
        ).all()
        out = [
            FollowUp(
                r.id,
                r.full_name,
                r.phone,
                due,
                calls[r.id].done_on if r.id in calls else None,
                bool(calls[r.id].reached) if r.id in calls else False,
                calls[r.id].note if r.id in calls else None,
            )
            for r in rows
        ]
        return sorted(out, key=lambda f: (f.done_on is not None, f.full_name.casefold()))


def record_follow_up_in(
    w: Writer,
    training_id: str,
    person_id: str,
    months: int,
    values: Mapping[str, Any],
) -> None:
    """Mark a follow-up call done (date, whether she was reached, a note)."""
    if months not in FOLLOW_UP_MONTHS:
        raise InputError(N_("Follow-up is 3 or 6 months after a training."), field="months")
    require_row(w.session, Training, training_id, "training")
    require_row(w.session, Person, person_id, "person")
    rules: dict[str, Rule] = {
        "done_on": a_date(required=True, label="Date of the call"),
        "reached": flag(),
        "note": long_text("Note"),
    }
    clean = apply_rules(rules, values, partial=False)
    row_id = link_id(training_id, person_id, str(months))
    row = w.session.get(FollowUpCall, row_id)
    if row is None or row.deleted:
        base = {"training_id": training_id, "person_id": person_id, "months": months}
        w.create(FollowUpCall, {**base, **clean}, row_id)
    else:
        w.update(FollowUpCall, row_id, clean)


record_follow_up = in_one_unit(record_follow_up_in)
