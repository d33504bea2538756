"""Self-registrations: pending on this laptop until the trainer confirms each one.

A phone's answers (checked by app/core/registration/form.py) are stored in the local,
never-synced table `registration_pending`. Confirming one writes, in ONE unit of work
through the Writer: the person (new, or the registered person it matches, whose empty
fields it fills in), the enrolment, and the "present" mark of the session registered
for; then the pending row goes. Rejecting only removes the pending row. So nothing a phone
sent reaches the syncable tables without the trainer's confirmation.

The kind "registration_pending" is added to the commit's changed kinds, so the window's
one `data_changed` signal tells the confirmation list that a phone sent something.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from app.core.errors import N_, InputError, NotFoundError
from app.core.models import (
    AttendanceMark,
    District,
    Enrolment,
    Organisation,
    PendingRegistration,
    Person,
    Region,
    Session,
    Training,
    link_id,
    new_id,
)
from app.core.registration.form import Area
from app.core.services import people, privacy
from app.core.services.common import require_row
from app.core.services.similar import similar_people
from app.core.services.unit import in_one_unit
from app.core.services.validation import apply_rules
from app.core.store import Store
from app.core.text import fold
from app.core.writer import Writer

KIND = "registration_pending"
# At most this many registrations wait per session: a flood of sends stays bounded.
MAX_PENDING = 300
# Fields copied from the answers into the registry (the rest: organisation by name).
PERSON_FIELDS = (
    "full_name",
    "sex",
    "birth_year",
    "phone",
    "region_id",
    "district_id",
    "category",
    "wg_seeing",
    "wg_hearing",
    "wg_walking",
    "wg_cognition",
    "wg_selfcare",
    "wg_communication",
    "consent_data",
    "consent_photo",
)
SAME = "same"  # a registered person is almost surely the one who registered
MAYBE = "maybe"  # a registered person looks alike: the trainer decides
NEW = "new"
UNCHECKED = "unchecked"  # not compared with the registry yet (a second or so per send)
_MATCH = "_match"  # where the comparison is kept in the answers' JSON


@dataclass(frozen=True)
class Pending:
    id: str
    session_id: str
    received_at: datetime
    full_name: str
    answers: Mapping[str, Any]
    match: str  # SAME | MAYBE | NEW | UNCHECKED
    person_id: str | None  # the registered person it matches (SAME or MAYBE)
    person_name: str | None

    @property
    def suggested_person(self) -> str | None:
        """Who confirming with one key enrols: the match when sure, else a new person."""
        return self.person_id if self.match == SAME else None


@dataclass(frozen=True)
class SessionInfo:
    training_id: str
    title: str
    date: str


def session_info(store: Store, session_id: str) -> SessionInfo:
    with store.read() as s:
        require_row(s, Session, session_id, "session")
        row = s.execute(
            select(Training.id, Training.title, Session.date)
            .join(Training, Training.id == Session.training_id)
            .where(Session.id == session_id)
        ).one()
        return SessionInfo(row[0], row[1], row[2].isoformat())


def areas(store: Store) -> list[Area]:
    """Regions and their districts in every language, for the page's two lists."""
    with store.read() as s:
        regions = s.scalars(
            select(Region).where(Region.deleted.is_(False)).order_by(Region.position)
        ).all()
        districts = s.scalars(
            select(District).where(District.deleted.is_(False)).order_by(District.name_ky)
        ).all()
    out = []
    for r in regions:
        inside = [
            (d.id, {"ky": d.name_ky, "ru": d.name_ru, "en": d.name_en})
            for d in districts
            if d.region_id == r.id
        ]
        out.append(Area(r.id, {"ky": r.name_ky, "ru": r.name_ru, "en": r.name_en}, inside))
    return out


def submit_in(w: Writer, session_id: str, answers: Mapping[str, Any]) -> str | None:
    """Keep one phone's answers as pending; None when the session has too many waiting.

    The same name and phone sent twice for one session replaces the earlier send (a
    participant who pressed the button twice, or corrected a mistake).
    """
    name = str(answers.get("full_name") or "")
    s = w.session
    training_id = s.scalar(select(Session.training_id).where(Session.id == session_id))
    if training_id is None:
        raise NotFoundError(N_("This session no longer exists."))
    waiting = s.scalars(
        select(PendingRegistration).where(PendingRegistration.session_id == session_id)
    ).all()
    key = (fold(name), answers.get("phone"))
    for old in waiting:
        if (fold(old.full_name), json.loads(old.answers).get("phone")) == key:
            s.delete(old)
            break
    else:
        if len(waiting) >= MAX_PENDING:
            return None
    row_id = new_id()
    s.add(
        PendingRegistration(
            id=row_id,
            training_id=training_id,
            session_id=session_id,
            received_at=datetime.now(),  # to the microsecond: the list keeps arrival order
            full_name=name,
            answers=json.dumps(dict(answers), ensure_ascii=False),
        )
    )
    w.changed.add(KIND)
    return row_id


submit = in_one_unit(submit_in)


def _match(store: Store, answers: Mapping[str, Any]) -> tuple[str, str | None, str | None]:
    found = similar_people(
        store,
        str(answers.get("full_name") or ""),
        phone=answers.get("phone"),
        birth_year=answers.get("birth_year"),
        limit=1,
    )
    if not found:
        return NEW, None, None
    best = found[0]
    sure = "same_name" in best.reasons and (
        "same_phone" in best.reasons or "same_birth_year" in best.reasons
    )
    return (SAME if sure else MAYBE), best.person_id, best.full_name


def list_pending(store: Store, training_id: str) -> list[Pending]:
    """The training's waiting registrations, oldest first, with their registry match
    when it has been worked out (`check_match`), else UNCHECKED. One quick query: the
    list shows a send the moment it lands."""
    with store.read() as s:
        rows = s.scalars(
            select(PendingRegistration)
            .where(PendingRegistration.training_id == training_id)
            .order_by(PendingRegistration.received_at, PendingRegistration.id)
        ).all()
    out = []
    for r in rows:
        answers = json.loads(r.answers)
        match, pid, pname = answers.pop(_MATCH, None) or (UNCHECKED, None, None)
        out.append(
            Pending(r.id, r.session_id, r.received_at, r.full_name, answers, match, pid, pname)
        )
    return out


def check_match(store: Store, pending_id: str) -> Pending | None:
    """Compare one send with the registry (100,000 people: most of a second) and keep
    the answer with it. The server does this after answering the phone, on its own
    thread, so neither the window nor the runner waits for it. None: gone meanwhile."""
    with store.read() as s:
        row = s.get(PendingRegistration, pending_id)
        if row is None:
            return None
        answers = json.loads(row.answers)
    answers.pop(_MATCH, None)
    match = _match(store, answers)
    with store.write() as w:
        row = w.session.get(PendingRegistration, pending_id)
        if row is None:
            return None
        row.answers = json.dumps({**answers, _MATCH: list(match)}, ensure_ascii=False)
        w.changed.add(KIND)
        found = row
    return Pending(found.id, found.session_id, found.received_at, found.full_name, answers, *match)


def checked(store: Store, p: Pending) -> Pending:
    """`p` with its registry match (worked out now if the server has not yet)."""
    if p.match != UNCHECKED:
        return p
    return check_match(store, p.id) or p


def _organisation(w: Writer, name: str | None) -> str | None:
    if not name:
        return None
    return w.session.scalar(
        select(Organisation.id).where(
            Organisation.name_key == fold(name), Organisation.deleted.is_(False)
        )
    )


def _person_values(w: Writer, answers: Mapping[str, Any]) -> dict[str, Any]:
    values = {k: answers.get(k) for k in PERSON_FIELDS}
    org_name = answers.get("organisation")
    values["organisation_id"] = _organisation(w, org_name)
    if org_name and values["organisation_id"] is None:
        values["notes"] = f"{org_name}"
    return values


def confirm_in(w: Writer, pending_id: str, person_id: str | None) -> str:
    """Enrol the registration: as `person_id` (a registered person) or a new person.

    Marks the session registered for as present. Returns the person's id.
    """
    s = w.session
    row = s.get(PendingRegistration, pending_id)
    if row is None:
        raise NotFoundError(N_("This registration was already confirmed or rejected."))
    answers = json.loads(row.answers)
    answers.pop(_MATCH, None)
    values = _person_values(w, answers)
    rules = people._rules(s)
    if person_id is None:
        clean = apply_rules(rules, values, partial=False)
        person_id = w.create(Person, clean, new_id())
    else:
        require_row(s, Person, person_id, "person")
        current = s.get_one(Person, person_id)
        # Fill in what the registry lacks; never overwrite what a trainer typed.
        gaps = {
            k: v
            for k, v in values.items()
            if v not in (None, "", False) and getattr(current, k) in (None, "", False)
        }
        w.update(Person, person_id, apply_rules(rules, gaps, partial=True))
    _enrol_and_mark(w, row.training_id, row.session_id, person_id)
    # The consent boxes of the phone form are statements of their own (issue 16).
    for kind in ("data", "photo"):
        given = answers.get(f"consent_{kind}")
        if given is not None:
            privacy.record_consent_in(w, person_id, kind, bool(given), "self_registration")
    s.execute(delete(PendingRegistration).where(PendingRegistration.id == pending_id))
    w.changed.add(KIND)
    return person_id


confirm = in_one_unit(confirm_in)


def _enrol_and_mark(w: Writer, training_id: str, session_id: str, person_id: str) -> None:
    s = w.session
    day = s.get(Session, session_id)
    if day is None or day.deleted:
        raise InputError(N_("The day this person registered for was deleted."), field="session")
    enrolment_id = link_id(training_id, person_id)
    enrolment = s.get(Enrolment, enrolment_id)
    if enrolment is None or enrolment.deleted:
        w.create(Enrolment, {"training_id": training_id, "person_id": person_id}, enrolment_id)
    mark_id = link_id(session_id, person_id)
    mark = s.get(AttendanceMark, mark_id)
    if mark is None or mark.deleted:
        w.create(
            AttendanceMark,
            {"session_id": session_id, "person_id": person_id, "status": "present"},
            mark_id,
        )
    elif mark.status != "present":
        w.update(AttendanceMark, mark_id, {"status": "present"})


def reject_in(w: Writer, pending_id: str) -> None:
    """Drop a registration (a test send, a joke, a person already typed in)."""
    w.session.execute(delete(PendingRegistration).where(PendingRegistration.id == pending_id))
    w.changed.add(KIND)


reject = in_one_unit(reject_in)
