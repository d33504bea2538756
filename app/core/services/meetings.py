"""Meetings: attendees (registered people and guests), minutes, decisions, action items.

Approved minutes are locked: every change to the meeting or its parts is refused after
approval, with who approved and when.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session as DbSession

from app.core.errors import N_, InputError
from app.core.models import (
    ActionItem,
    Decision,
    District,
    Meeting,
    MeetingAttendee,
    Person,
    Project,
    Region,
    link_id,
    new_id,
)
from app.core.services.common import DEFAULT_PAGE, Page, narrowed, require_row
from app.core.services.unit import in_one_unit
from app.core.services.validation import (
    Rule,
    a_date,
    apply_rules,
    choice,
    long_text,
    reference,
    text,
)
from app.core.store import Store
from app.core.vocab import ACTION_STATUSES, MEETING_KINDS
from app.core.writer import Writer


@dataclass(frozen=True)
class MeetingRow:
    id: str
    kind: str
    title: str
    series: str | None
    date: date
    place: str | None
    region_id: str | None
    approved: bool
    attendees: int


@dataclass(frozen=True)
class AttendeeRow:
    id: str
    person_id: str | None
    name: str
    role: str | None
    organisation: str | None

    @property
    def is_guest(self) -> bool:
        return self.person_id is None


@dataclass(frozen=True)
class DecisionRow:
    id: str
    position: int
    text: str


@dataclass(frozen=True)
class ActionItemRow:
    id: str
    meeting_id: str
    position: int
    text: str
    owner_person_id: str | None
    owner_name: str | None
    due_date: date | None
    status: str


@dataclass(frozen=True)
class MeetingDetails:
    id: str
    values: Mapping[str, Any]
    approved_by: str | None
    approved_at: datetime | None
    attendees: tuple[AttendeeRow, ...]
    decisions: tuple[DecisionRow, ...]
    action_items: tuple[ActionItemRow, ...]
    carried_over: tuple[ActionItemRow, ...]  # still open from earlier meetings of the series

    @property
    def approved(self) -> bool:
        return self.approved_at is not None


def _rules(s: DbSession) -> dict[str, Rule]:
    return {
        "kind": choice(MEETING_KINDS, required=True, label="kind of meeting"),
        "title": text(required=True, label="Title"),
        "series": text(max_len=200, label="Series"),
        "date": a_date(required=True, label="Date"),
        "place": text(label="Place"),
        "region_id": reference(Region, s, label="region"),
        "district_id": reference(District, s, label="district"),
        "project_id": reference(Project, s, label="project"),
        "agenda": long_text("Agenda"),
        "minutes": long_text("Minutes"),
    }


def _action_rules(s: DbSession) -> dict[str, Rule]:
    return {
        "text": text(required=True, max_len=2000, label="Action"),
        "owner_person_id": reference(Person, s, label="owner"),
        "owner_name": text(max_len=200, label="Owner"),
        "due_date": a_date(label="Due date"),
        "status": choice(ACTION_STATUSES, label="status"),
    }


def _unlocked(s: DbSession, meeting_id: str) -> Meeting:
    require_row(s, Meeting, meeting_id, "meeting")
    m = s.get_one(Meeting, meeting_id)
    if m.approved_at is not None:
        raise InputError(
            N_("These minutes were approved by {who} on {when} and can no longer be changed."),
            who=m.approved_by or "?",
            when=m.approved_at.strftime("%Y-%m-%d %H:%M"),
        )
    return m


def create_meeting_in(w: Writer, values: Mapping[str, Any]) -> str:
    """Record a meeting; returns its id."""
    clean = apply_rules(_rules(w.session), values, partial=False)
    clean["created_on"] = w.replica_id
    return w.create(Meeting, clean, new_id())


create_meeting = in_one_unit(create_meeting_in)


def update_meeting_in(w: Writer, meeting_id: str, changes: Mapping[str, Any]) -> set[str]:
    """Change some fields of a meeting; returns the names of the fields that changed."""
    _unlocked(w.session, meeting_id)
    clean = apply_rules(_rules(w.session), changes, partial=True)
    for k in ("kind", "title", "date"):
        if k in clean and clean[k] is None:
            _rules(w.session)[k](k, None)
    return w.update(Meeting, meeting_id, clean)


update_meeting = in_one_unit(update_meeting_in)


def delete_meeting_in(w: Writer, meeting_id: str) -> None:
    """Delete a meeting with its attendees, decisions and action items (tombstones)."""
    _unlocked(w.session, meeting_id)
    w.delete(Meeting, meeting_id)


def add_attendee_in(
    w: Writer,
    meeting_id: str,
    *,
    person_id: str | None = None,
    guest_name: str | None = None,
    guest_role: str | None = None,
    guest_organisation: str | None = None,
) -> str:
    """Add a registered person, or an outside guest by name (role, organisation)."""
    _unlocked(w.session, meeting_id)
    if person_id:
        reference(Person, w.session, label="person")("person_id", person_id)
        already = w.session.scalar(
            select(MeetingAttendee.id).where(
                MeetingAttendee.meeting_id == meeting_id,
                MeetingAttendee.person_id == person_id,
                MeetingAttendee.deleted.is_(False),
            )
        )
        if already:
            raise InputError(N_("This person is already on the list."), field="person_id")
        # One row per (meeting, person), the same id on every laptop: the same person
        # added on two laptops is one attendee after sync, not two.
        row_id = link_id(meeting_id, person_id)
        values: dict[str, Any] = {"person_id": person_id}
    else:
        row_id = new_id()
        values = apply_rules(
            {
                "guest_name": text(required=True, max_len=200, label="Guest's name"),
                "guest_role": text(max_len=200, label="Role"),
                "guest_organisation": text(label="Organisation"),
            },
            {
                "guest_name": guest_name,
                "guest_role": guest_role,
                "guest_organisation": guest_organisation,
            },
            partial=False,
        )
    return w.create(MeetingAttendee, {"meeting_id": meeting_id, **values}, row_id)


add_attendee = in_one_unit(add_attendee_in)


def remove_attendee_in(w: Writer, attendee_id: str) -> None:
    """Take an attendee (a registered person or a guest) off a meeting."""
    _delete_part(w, MeetingAttendee, attendee_id, "attendee")


remove_attendee = in_one_unit(remove_attendee_in)


def _delete_part(
    w: Writer, model: type[MeetingAttendee] | type[Decision], row_id: str, what: str
) -> None:
    """Delete an attendee or a decision of a meeting whose minutes are not approved."""
    require_row(w.session, model, row_id, what)
    row = cast(MeetingAttendee | Decision, w.session.get_one(model, row_id))
    meeting_id = row.meeting_id
    _unlocked(w.session, meeting_id)
    w.delete(model, row_id)


def _next_position(s: DbSession, model: type[Decision] | type[ActionItem], meeting_id: str) -> int:
    top = s.scalar(select(func.max(model.position)).where(model.meeting_id == meeting_id))
    return (top or 0) + 1


def add_decision_in(w: Writer, meeting_id: str, decision: str) -> str:
    """Record a decision of a meeting; returns its id."""
    clean = text(required=True, max_len=5000, label="Decision")("text", decision)
    _unlocked(w.session, meeting_id)
    pos = _next_position(w.session, Decision, meeting_id)
    return w.create(Decision, {"meeting_id": meeting_id, "position": pos, "text": clean}, new_id())


add_decision = in_one_unit(add_decision_in)


def delete_decision_in(w: Writer, decision_id: str) -> None:
    """Delete a decision of a meeting."""
    _delete_part(w, Decision, decision_id, "decision")


delete_decision = in_one_unit(delete_decision_in)


def add_action_item_in(w: Writer, meeting_id: str, values: Mapping[str, Any]) -> str:
    """Add an action item (what, who, by when) to a meeting."""
    _unlocked(w.session, meeting_id)
    clean = apply_rules(_action_rules(w.session), values, partial=False)
    clean["status"] = clean["status"] or "open"
    if clean["owner_person_id"] and not clean["owner_name"]:
        clean["owner_name"] = w.session.get_one(Person, clean["owner_person_id"]).full_name
    clean["position"] = _next_position(w.session, ActionItem, meeting_id)
    return w.create(ActionItem, {"meeting_id": meeting_id, **clean}, new_id())


add_action_item = in_one_unit(add_action_item_in)


def update_action_item_in(w: Writer, item_id: str, changes: Mapping[str, Any]) -> set[str]:
    """Edit an action item. Its status may still change after the minutes are approved:
    following up on actions is what the next meeting does."""
    require_row(w.session, ActionItem, item_id, "action item")
    item = w.session.get_one(ActionItem, item_id)
    clean = apply_rules(_action_rules(w.session), changes, partial=True)
    if set(clean) - {"status"}:
        _unlocked(w.session, item.meeting_id)
    if "status" in clean and clean["status"] is None:
        _action_rules(w.session)["status"]("status", None)
        clean["status"] = item.status
    return w.update(ActionItem, item_id, clean)


update_action_item = in_one_unit(update_action_item_in)


def approve_minutes_in(w: Writer, meeting_id: str, approved_by: str | None = None) -> None:
    """Approve the minutes: from now on the meeting is read-only."""
    m = _unlocked(w.session, meeting_id)
    if not (m.minutes or "").strip():
        raise InputError(N_("Write the minutes before approving them."), field="minutes")
    who = (approved_by or "").strip() or w.author
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    w.update(Meeting, meeting_id, {"approved_by": who, "approved_at": now})


approve_minutes = in_one_unit(approve_minutes_in, right="approve_minutes")


def _items(s: DbSession, q: Select[*tuple[Any, ...]]) -> tuple[ActionItemRow, ...]:
    return tuple(
        ActionItemRow(
            a.id,
            a.meeting_id,
            a.position,
            a.text,
            a.owner_person_id,
            a.owner_name,
            a.due_date,
            a.status,
        )
        for a in s.scalars(q)
    )


def get_meeting(store: Store, meeting_id: str) -> MeetingDetails:
    with store.read() as s:
        require_row(s, Meeting, meeting_id, "meeting")
        m = s.get_one(Meeting, meeting_id)
        values = {k: getattr(m, k) for k in _rules(s)}
        attendees = tuple(
            AttendeeRow(
                a.id, a.person_id, name or a.guest_name or "", a.guest_role, a.guest_organisation
            )
            for a, name in s.execute(
                select(MeetingAttendee, Person.full_name)
                .outerjoin(Person, Person.id == MeetingAttendee.person_id)
                .where(MeetingAttendee.meeting_id == meeting_id, MeetingAttendee.deleted.is_(False))
                .order_by(func.coalesce(Person.name_key, MeetingAttendee.guest_name))
            )
        )
        decisions = tuple(
            DecisionRow(d.id, d.position, d.text)
            for d in s.scalars(
                select(Decision)
                .where(Decision.meeting_id == meeting_id, Decision.deleted.is_(False))
                .order_by(Decision.position)
            )
        )
        items = _items(
            s,
            select(ActionItem)
            .where(ActionItem.meeting_id == meeting_id, ActionItem.deleted.is_(False))
            .order_by(ActionItem.position),
        )
        carried: tuple[ActionItemRow, ...] = ()
        if m.series:
            earlier = select(Meeting.id).where(
                Meeting.series == m.series,
                Meeting.deleted.is_(False),
                (Meeting.date < m.date) | ((Meeting.date == m.date) & (Meeting.id < m.id)),
            )
            carried = _items(
                s,
                select(ActionItem)
                .where(
                    ActionItem.meeting_id.in_(earlier),
                    ActionItem.status == "open",
                    ActionItem.deleted.is_(False),
                )
                .order_by(ActionItem.due_date, ActionItem.position),
            )
        return MeetingDetails(
            m.id, values, m.approved_by, m.approved_at, attendees, decisions, items, carried
        )


def list_meetings(
    store: Store,
    *,
    text: str = "",
    kind: str | None = None,
    region_id: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    offset: int = 0,
    limit: int = DEFAULT_PAGE,
) -> Page[MeetingRow]:
    attendees = (
        select(func.count())
        .where(MeetingAttendee.meeting_id == Meeting.id, MeetingAttendee.deleted.is_(False))
        .correlate(Meeting)
        .scalar_subquery()
    )
    q = select(
        Meeting.id,
        Meeting.kind,
        Meeting.title,
        Meeting.series,
        Meeting.date,
        Meeting.place,
        Meeting.region_id,
        Meeting.approved_at.is_not(None),
        attendees,
    ).where(Meeting.deleted.is_(False))
    q = narrowed(q, Meeting.title_key, text, (Meeting.kind, kind), (Meeting.region_id, region_id))
    if date_from:
        q = q.where(Meeting.date >= date_from)
    if date_to:
        q = q.where(Meeting.date <= date_to)
    with store.read() as s:
        total = s.scalar(select(func.count()).select_from(q.subquery())) or 0
        rows = s.execute(q.order_by(Meeting.date.desc(), Meeting.id).offset(offset).limit(limit))
        return Page(tuple(MeetingRow(*r) for r in rows), total, offset)
