"""Trainings, their sessions (days), topics, trainers and enrolled participants."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, TypedDict, Unpack

from sqlalchemy import ScalarSelect, Select, func, select
from sqlalchemy.orm import Session as DbSession

from app.core.errors import N_, InputError
from app.core.models import (
    District,
    Enrolment,
    Person,
    Project,
    Region,
    Session,
    Topic,
    Training,
    TrainingTopic,
    TrainingTrainer,
    link_id,
    new_id,
)
from app.core.one_person import counted_as, counted_ids, person_of
from app.core.services.common import DEFAULT_PAGE, Page, narrowed, require_row, set_links
from app.core.services.unit import in_one_unit
from app.core.services.validation import (
    Rule,
    a_date,
    a_time,
    apply_rules,
    choice,
    integer,
    long_text,
    number,
    reference,
    text,
)
from app.core.store import Store
from app.core.vocab import CERTIFICATE_RULES
from app.core.writer import Writer


@dataclass(frozen=True)
class TrainingRow:
    id: str
    title: str
    project_id: str | None
    project: str | None
    region_id: str | None
    district_id: str | None
    venue: str | None
    start_date: date
    end_date: date
    sessions: int
    participants: int


@dataclass(frozen=True)
class SessionRow:
    id: str
    training_id: str
    date: date
    start_time: time | None
    end_time: time | None
    topic: str | None
    hours: float


@dataclass(frozen=True)
class Participant:
    person_id: str
    full_name: str
    sex: str | None
    birth_year: int | None
    category: str | None
    organisation_id: str | None


@dataclass(frozen=True)
class TrainingDetails:
    id: str
    values: Mapping[str, Any]
    topic_ids: tuple[str, ...]
    trainer_ids: tuple[str, ...]
    sessions: tuple[SessionRow, ...]
    participants: tuple[Participant, ...]  # in sheet/grid order: by name


def _rules(s: DbSession) -> dict[str, Rule]:
    return {
        "title": text(required=True, label="Title"),
        "project_id": reference(Project, s, label="project"),
        "venue": text(label="Venue"),
        "region_id": reference(Region, s, label="region"),
        "district_id": reference(District, s, label="district"),
        "start_date": a_date(required=True, label="Start date"),
        "end_date": a_date(required=True, label="End date"),
        "notes": long_text("Notes"),
        "certificate_rule": choice(CERTIFICATE_RULES, label="certificate rule"),
        "certificate_threshold": integer(1, 100, label="Threshold (%)"),
    }


def _session_rules() -> dict[str, Rule]:
    return {
        "date": a_date(required=True, label="Date"),
        "start_time": a_time("Start time"),
        "end_time": a_time("End time"),
        "topic": text(label="Topic"),
        "hours": number(0, 24, label="Hours"),
    }


def _check_dates(values: Mapping[str, Any]) -> None:
    if values["end_date"] < values["start_date"]:
        raise InputError(
            N_("The training ends ({end}) before it starts ({start})."),
            field="end_date",
            end=values["end_date"].isoformat(),
            start=values["start_date"].isoformat(),
        )


def _checked_ids(
    s: DbSession, model: type[Topic] | type[Person], ids: Iterable[str], field: str, label: str
) -> set[str]:
    rule = reference(model, s, label=label)
    return {rule(field, i) for i in ids}


def create_training_in(
    w: Writer,
    values: Mapping[str, Any],
    topic_ids: Iterable[str] = (),
    trainer_ids: Iterable[str] = (),
    *,
    training_id: str | None = None,
) -> str:
    """Record a new training; returns its id (`training_id`: an import keeps the file's)."""
    clean = apply_rules(_rules(w.session), values, partial=False)
    _check_dates(clean)
    topics = _checked_ids(w.session, Topic, topic_ids, "topic_ids", "topic")
    trainers = _checked_ids(w.session, Person, trainer_ids, "trainer_ids", "trainer")
    clean["certificate_rule"] = clean["certificate_rule"] or "all_sessions"
    clean["certificate_threshold"] = clean["certificate_threshold"] or 100
    clean["created_on"] = w.replica_id
    tid = w.create(Training, clean, training_id or new_id())
    set_links(w, TrainingTopic, "training_id", tid, "topic_id", topics)
    set_links(w, TrainingTrainer, "training_id", tid, "person_id", trainers)
    return tid


create_training = in_one_unit(create_training_in)


def update_training_in(
    w: Writer,
    training_id: str,
    changes: Mapping[str, Any],
    topic_ids: Iterable[str] | None = None,
    trainer_ids: Iterable[str] | None = None,
) -> set[str]:
    """Change a training's details (and, when given, its topics and trainers)."""
    require_row(w.session, Training, training_id, "training")
    clean = apply_rules(_rules(w.session), changes, partial=True)
    if "title" in clean and clean["title"] is None:
        clean["title"] = _rules(w.session)["title"]("title", None)
    t = w.session.get_one(Training, training_id)
    period = {"start_date": t.start_date, "end_date": t.end_date}
    period.update({k: v for k, v in clean.items() if k in period and v is not None})
    for k in ("start_date", "end_date"):
        if k in clean and clean[k] is None:
            raise InputError(N_("{label} is required."), field=k, label="Date")
    _check_dates(period)
    outside = w.session.scalars(
        select(Session.date).where(
            Session.training_id == training_id,
            Session.deleted.is_(False),
            (Session.date < period["start_date"]) | (Session.date > period["end_date"]),
        )
    ).first()
    if outside is not None:
        raise InputError(
            N_("A session on {day} would fall outside the new dates. Move it first."),
            field="start_date" if outside < period["start_date"] else "end_date",
            day=outside.isoformat(),
        )
    changed = w.update(Training, training_id, clean)
    if topic_ids is not None:
        topics = _checked_ids(w.session, Topic, topic_ids, "topic_ids", "topic")
        set_links(w, TrainingTopic, "training_id", training_id, "topic_id", topics)
    if trainer_ids is not None:
        trainers = _checked_ids(w.session, Person, trainer_ids, "trainer_ids", "trainer")
        set_links(w, TrainingTrainer, "training_id", training_id, "person_id", trainers)
    return changed


update_training = in_one_unit(update_training_in)


def delete_training_in(w: Writer, training_id: str) -> None:
    """Delete a training with its sessions (tombstones; they travel by sync)."""
    for sid in w.session.scalars(
        select(Session.id).where(Session.training_id == training_id, Session.deleted.is_(False))
    ):
        w.delete(Session, sid)
    w.delete(Training, training_id)


def _clean_session(
    s: DbSession, training_id: str, values: Mapping[str, Any], current: Mapping[str, Any]
) -> dict[str, Any]:
    clean = apply_rules(_session_rules(), values, partial=bool(current))
    merged = {**current, **clean}
    if merged.get("date") is None:
        raise InputError(N_("{label} is required."), field="date", label="Date")
    t = s.get_one(Training, training_id)
    if not t.start_date <= merged["date"] <= t.end_date:
        raise InputError(
            N_("{day} is outside the training's dates ({start} to {end})."),
            field="date",
            day=merged["date"].isoformat(),
            start=t.start_date.isoformat(),
            end=t.end_date.isoformat(),
        )
    start, end = merged.get("start_time"), merged.get("end_time")
    if start and end:
        if end <= start:
            raise InputError(N_("The session ends before it starts."), field="end_time")
        if not merged.get("hours"):
            span = datetime.combine(merged["date"], end) - datetime.combine(merged["date"], start)
            clean["hours"] = round(span.total_seconds() / 3600, 2)
    return clean


def add_session_in(
    w: Writer, training_id: str, values: Mapping[str, Any], *, session_id: str | None = None
) -> str:
    """Add a day (or half-day) to a training; returns the session id (`session_id`: an
    import keeps the file's)."""
    require_row(w.session, Training, training_id, "training")
    clean = _clean_session(w.session, training_id, values, {})
    clean["hours"] = clean.get("hours") or 0.0
    return w.create(Session, {"training_id": training_id, **clean}, session_id or new_id())


add_session = in_one_unit(add_session_in)


def update_session_in(w: Writer, session_id: str, changes: Mapping[str, Any]) -> set[str]:
    """Change a session's date, times or hours; returns the names of the fields that changed."""
    require_row(w.session, Session, session_id, "session")
    cur = w.session.get_one(Session, session_id)
    current = {k: getattr(cur, k) for k in _session_rules()}
    clean = _clean_session(w.session, cur.training_id, changes, current)
    return w.update(Session, session_id, clean)


update_session = in_one_unit(update_session_in)


def delete_session_in(w: Writer, session_id: str) -> None:
    """Delete a day of a training (a tombstone; it travels by sync)."""
    w.delete(Session, session_id)


delete_session = in_one_unit(delete_session_in)


def enrol_in(w: Writer, training_id: str, person_ids: Iterable[str]) -> int:
    """Enrol people in a training; returns how many were newly enrolled."""
    require_row(w.session, Training, training_id, "training")
    people = _checked_ids(w.session, Person, person_ids, "person_id", "person")
    have = {
        e.person_id: e.deleted
        for e in w.session.scalars(select(Enrolment).where(Enrolment.training_id == training_id))
    }
    # A person already enrolled under a record merged into her is not enrolled twice.
    live = [pid for pid, gone in have.items() if not gone]
    who = counted_ids(w.session, [*live, *people])
    present = {who[pid] for pid in live}
    added = 0
    for pid in sorted(people):
        if have.get(pid, True) and who[pid] not in present:
            present.add(who[pid])
            w.create(
                Enrolment,
                {"training_id": training_id, "person_id": pid},
                link_id(training_id, pid),
            )
            added += 1
    return added


enrol = in_one_unit(enrol_in)


def unenrol_in(w: Writer, training_id: str, person_id: str) -> None:
    """Take a person off a training's list."""
    w.delete(Enrolment, link_id(training_id, person_id))


unenrol = in_one_unit(unenrol_in)


def day_and_participant_counts() -> tuple[ScalarSelect[int], ScalarSelect[int]]:
    """Per-training counts of days (sessions) and enrolled people, as correlated columns
    for any query over trainings (lists, exports)."""
    sessions = (
        select(func.count())
        .where(Session.training_id == Training.id, Session.deleted.is_(False))
        .correlate(Training)
        .scalar_subquery()
    )
    participants = (
        select(func.count())
        .where(Enrolment.training_id == Training.id, Enrolment.deleted.is_(False))
        .correlate(Training)
        .scalar_subquery()
    )
    return sessions, participants


class TrainingFilters(TypedDict, total=False):
    """What the list of trainings can be narrowed to (each one left out: any)."""

    text: str
    project_id: str | None
    region_id: str | None
    topic_id: str | None
    date_from: date | None
    date_to: date | None


def trainings_query(
    created_on: str | None = None, **filters: Unpack[TrainingFilters]
) -> Select[*tuple[Any, ...]]:
    date_from, date_to = filters.get("date_from"), filters.get("date_to")
    sessions, participants = day_and_participant_counts()
    q = (
        select(
            Training.id,
            Training.title,
            Training.project_id,
            Project.name,
            Training.region_id,
            Training.district_id,
            Training.venue,
            Training.start_date,
            Training.end_date,
            sessions.label("sessions"),
            participants.label("participants"),
        )
        .outerjoin(Project, Project.id == Training.project_id)
        .where(Training.deleted.is_(False))
    )
    q = narrowed(
        q,
        Training.title_key,
        filters.get("text", ""),
        (Training.project_id, filters.get("project_id")),
        (Training.region_id, filters.get("region_id")),
        (Training.created_on, created_on),
    )
    if topic_id := filters.get("topic_id"):
        q = q.where(
            Training.id.in_(
                select(TrainingTopic.training_id).where(
                    TrainingTopic.topic_id == topic_id, TrainingTopic.deleted.is_(False)
                )
            )
        )
    if date_from:
        q = q.where(Training.end_date >= date_from)
    if date_to:
        q = q.where(Training.start_date <= date_to)
    return q


TRAINING_SORTS = {
    "start_date": ("start_date", "title"),
    "title": ("title", "start_date"),
    "participants": ("participants", "start_date"),
    "sessions": ("sessions", "start_date"),
}


def list_trainings(
    store: Store,
    *,
    mine: bool = False,
    sort: str = "start_date",
    descending: bool = True,
    offset: int = 0,
    limit: int = DEFAULT_PAGE,
    **filters: Unpack[TrainingFilters],
) -> Page[TrainingRow]:
    """Trainings matching the filters; `mine` keeps those created on this laptop."""
    q = trainings_query(store.require_identity().replica_id if mine else None, **filters)
    sub = q.subquery()
    order = [sub.c[c].desc() if descending else sub.c[c] for c in TRAINING_SORTS[sort]]
    with store.read() as s:
        total = s.scalar(select(func.count()).select_from(sub)) or 0
        rows = s.execute(select(sub).order_by(*order, sub.c.id).offset(offset).limit(limit))
        return Page(tuple(TrainingRow(*r) for r in rows), total, offset)


def list_sessions(s: DbSession, training_id: str) -> tuple[SessionRow, ...]:
    rows = s.scalars(
        select(Session)
        .where(Session.training_id == training_id, Session.deleted.is_(False))
        .order_by(Session.date, Session.start_time, Session.id)
    )
    return tuple(
        SessionRow(r.id, r.training_id, r.date, r.start_time, r.end_time, r.topic, r.hours)
        for r in rows
    )


def list_participants(s: DbSession, training_id: str) -> tuple[Participant, ...]:
    """Enrolled people in the one order used by the grid and the printed sign-in sheet.

    A person merged from several enrolled records is one participant (app/core/one_person).
    """
    ident = counted_as()
    enrolled = (
        select(person_of(Enrolment.person_id, ident))
        .select_from(Enrolment)
        .join(Person, Person.id == Enrolment.person_id)
        .outerjoin(ident, ident.c.id == Enrolment.person_id)
        .where(
            Enrolment.training_id == training_id,
            Enrolment.deleted.is_(False),
            Person.deleted.is_(False),
        )
    )
    rows = s.execute(
        select(
            Person.id,
            Person.full_name,
            Person.sex,
            Person.birth_year,
            Person.category,
            Person.organisation_id,
        )
        .where(Person.id.in_(enrolled), Person.deleted.is_(False))
        .order_by(Person.name_key, Person.id)
    )
    return tuple(Participant(*r) for r in rows)


def get_training(store: Store, training_id: str) -> TrainingDetails:
    with store.read() as s:
        require_row(s, Training, training_id, "training")
        t = s.get_one(Training, training_id)
        values = {k: getattr(t, k) for k in _rules(s)}
        topics = s.scalars(
            select(TrainingTopic.topic_id).where(
                TrainingTopic.training_id == training_id, TrainingTopic.deleted.is_(False)
            )
        )
        trainers = s.scalars(
            select(TrainingTrainer.person_id).where(
                TrainingTrainer.training_id == training_id, TrainingTrainer.deleted.is_(False)
            )
        )
        return TrainingDetails(
            t.id,
            values,
            tuple(sorted(topics)),
            tuple(sorted(trainers)),
            list_sessions(s, training_id),
            list_participants(s, training_id),
        )
