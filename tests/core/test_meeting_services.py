"""Meetings: guests, minutes, decisions, action items, carry-over, approval lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.core.errors import InputError
from app.core.services import deletion, meetings, people
from app.core.store import Store
from tests.conftest import op_count, ops


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    """A coordinator's laptop: these tests use coordinator rights (app/core/rights.py)."""
    return make_store(role="coordinator")


SERIES = "Ош: аял уюмдарынын айлык жолугушуусу"


def meeting(store: Store, **over: Any) -> str:
    return meetings.create_meeting(
        store,
        {
            "kind": "ngo",
            "title": "Айлык жолугушуу",
            "series": SERIES,
            "date": "2026-02-05",
            "place": "Ош",
            "agenda": "1. Отчёт",
            **over,
        },
    )


def test_meeting_with_guests_decisions_actions_and_approval(store: Store) -> None:
    pid = people.create_person(store, {"full_name": "Гүлзат Турдубаева"})
    mid = meeting(store)
    meetings.add_attendee(store, mid, person_id=pid)
    meetings.add_attendee(
        store, mid, guest_name="Бакыт Орозбеков", guest_role="Участковый инспектор"
    )
    meetings.add_decision(store, mid, "Провести общественные слушания")
    item = meetings.add_action_item(
        store, mid, {"text": "Подготовить письмо", "owner_person_id": pid, "due_date": "2026-03-01"}
    )
    meetings.update_meeting(store, mid, {"minutes": "Присутствовало 12 человек."})
    meetings.approve_minutes(store, mid, "Координатор Айнура")
    m = meetings.get_meeting(store, mid)
    assert m.approved and m.approved_by == "Координатор Айнура"
    assert [(a.name, a.is_guest) for a in m.attendees] == [
        ("Бакыт Орозбеков", True),
        ("Гүлзат Турдубаева", False),
    ]
    assert m.action_items[0].owner_name == "Гүлзат Турдубаева"
    before = op_count(store)
    for change in (
        lambda: meetings.update_meeting(store, mid, {"minutes": "edited"}),
        lambda: meetings.add_decision(store, mid, "late decision"),
        lambda: meetings.add_attendee(store, mid, guest_name="Late guest"),
        lambda: meetings.update_action_item(store, item, {"text": "changed"}),
        lambda: deletion.delete(store, "meeting", mid),
    ):
        with pytest.raises(InputError, match="approved by Координатор Айнура"):
            change()
    assert op_count(store) == before
    # Following up an action is still possible after approval.
    assert meetings.update_action_item(store, item, {"status": "done"}) == {"status"}


def test_open_action_items_carry_over_to_the_next_meeting_of_the_series(store: Store) -> None:
    first = meeting(store, date="2026-01-10")
    open_item = meetings.add_action_item(store, first, {"text": "Жазуу", "owner_name": "Асель"})
    done_item = meetings.add_action_item(store, first, {"text": "Чалуу"})
    meetings.update_action_item(store, done_item, {"status": "done"})
    other = meeting(store, series="Башка серия", date="2026-01-11")
    meetings.add_action_item(store, other, {"text": "Not ours"})
    second = meeting(store, date="2026-02-10")
    carried = meetings.get_meeting(store, second).carried_over
    assert [c.id for c in carried] == [open_item]
    assert meetings.get_meeting(store, first).carried_over == ()


@pytest.mark.parametrize(
    ("values", "field"),
    [({"kind": "party"}, "kind"), ({"title": ""}, "title"), ({"date": "32.01.2026"}, "date")],
)
def test_bad_meeting_input_writes_nothing(store: Store, values: dict[str, Any], field: str) -> None:
    with pytest.raises(InputError) as err:
        meeting(store, **values)
    assert err.value.field == field
    assert op_count(store) == 0


def test_bad_parts_of_a_meeting_write_nothing(store: Store) -> None:
    mid = meeting(store)
    before = op_count(store)
    with pytest.raises(InputError, match="Guest's name is required"):
        meetings.add_attendee(store, mid, guest_name=" ")
    with pytest.raises(InputError) as err:
        meetings.add_action_item(store, mid, {"text": "x", "due_date": "soon"})
    assert err.value.field == "due_date"
    with pytest.raises(InputError, match="Write the minutes"):
        meetings.approve_minutes(store, mid)
    assert op_count(store) == before
    assert meetings.list_meetings(store, text="айлык").total == 1


def test_each_meeting_write_leaves_exactly_its_ops(store: Store) -> None:
    mid = meeting(store)
    meetings.add_attendee(store, mid, guest_name="Эрлан Маматов", guest_role="Аким")
    meetings.add_decision(store, mid, "Кайрылуу даярдалсын")
    meetings.update_meeting(store, mid, {"minutes": "Талкууланды."})
    meetings.approve_minutes(store, mid)
    got = [(o.entity, o.kind, o.field) for o in ops(store)]
    assert got == [
        ("meeting", "create", None),
        ("meeting_attendee", "create", None),
        ("decision", "create", None),
        ("meeting", "set", "minutes"),
        ("meeting", "set", "approved_by"),
        ("meeting", "set", "approved_at"),
    ]
    assert meetings.get_meeting(store, mid).approved_by == "Osh-1"
