"""Minutes of a meeting: guests, decisions, action items, approval and the lock."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from app.core.services.meetings import add_action_item, create_meeting, get_meeting
from app.core.services.people import create_person
from app.core.store import Store
from app.ui.desk import Desk
from app.ui.meetings.editor import MeetingEditor
from app.ui.meetings.page import MeetingsPage
from tests.conftest import op_count
from tests.ui.conftest import Boxes, settle, type_text


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    """A coordinator's laptop: these tests approve minutes or merge people (rights.py)."""
    return make_store(role="coordinator")


def test_record_a_meeting_with_guests_decisions_actions_then_approve_and_lock(
    qtbot: QtBot, store: Store, desk: Desk, boxes: Boxes
) -> None:
    member = create_person(store, {"full_name": "Гүлнара Асанова"})
    earlier = create_meeting(
        store,
        {"kind": "ngo", "title": "Форум, январь", "series": "Ош форуму", "date": "2026-01-15"},
    )
    add_action_item(store, earlier, {"text": "Акимиатка кат жазуу", "owner_name": "Гүлнара"})
    page = MeetingsPage(desk)
    qtbot.addWidget(page)
    page.show()
    editor = page.new_meeting()
    qtbot.addWidget(editor)
    f = editor.form.fields
    f["kind"].set_value("stakeholder")  # type: ignore[attr-defined]
    type_text(f["title"], "Жергиликтүү кеңеш менен жолугушуу")
    type_text(f["series"], "Ош форуму")
    type_text(f["date"], "2026-02-12")
    type_text(f["place"], "Ош, мэрия")
    assert editor.save() and editor.meeting_id

    # Attendees: one from the registry (typed, Enter), two outside guests.
    search = editor.person_search
    type_text(search.line, "гүлнара")
    search.line.returnPressed.emit()
    for name, role, org in (
        ("Талант Жээнбеков", "депутат", "Ош шаардык кеңеши"),
        ("Ирина Ким", "инспектор", "Милиция"),
    ):
        type_text(editor.guest.fields["guest_name"], name)
        type_text(editor.guest.fields["guest_role"], role)
        type_text(editor.guest.fields["guest_organisation"], org)
        assert editor.add_guest()
    # Minutes, decisions and action items.
    type_text(editor.minutes_form.fields["minutes"], "Коопсуздук маселелери талкууланды.")
    assert editor.save()
    type_text(editor.decision_form.fields["text"], "Айына бир жолу жолугушуу")
    assert editor.add_decision()
    type_text(editor.item_form.fields["text"], "Мектептерге маалымат берүү")
    type_text(editor.item_form.fields["owner_name"], "Ирина Ким")
    type_text(editor.item_form.fields["due_date"], "2026-03-01")
    assert editor.add_item()
    picker = editor.pick_owner()  # an owner from the registry
    type_text(picker.search.line, "асанова")
    picker.search.line.returnPressed.emit()
    type_text(editor.item_form.fields["text"], "Отчёт жазуу")
    assert editor.add_item()
    settle(qtbot, desk)
    attendees = {a.name: a for a in editor.attendees.rows}
    assert sorted(attendees) == ["Гүлнара Асанова", "Ирина Ким", "Талант Жээнбеков"]
    assert attendees["Гүлнара Асанова"].person_id == member
    assert attendees["Ирина Ким"].is_guest and attendees["Ирина Ким"].role == "инспектор"
    assert [d.text for d in editor.decisions.rows] == ["Айына бир жолу жолугушуу"]
    assert [(i.owner_name, i.owner_person_id) for i in editor.items.rows] == [
        ("Ирина Ким", None),
        ("Гүлнара Асанова", member),
    ]
    # The open action of January's meeting of the same series is shown here.
    assert [i.text for i in editor.carried.rows] == ["Акимиатка кат жазуу"]
    assert page.model.rows[0].attendees == 3

    assert editor.approve()
    settle(qtbot, desk)
    d = get_meeting(store, editor.meeting_id)
    assert d.approved and d.approved_by
    assert editor.approval.isVisible() and d.approved_by in editor.approval.text()
    assert editor.locked
    assert editor.form.fields["title"].isReadOnly()  # type: ignore[attr-defined]
    assert not editor.add_guest_button.isEnabled() and not editor.save_button.isEnabled()
    assert page.model.data(page.model.index(0, 6)) == "approved"

    # Reopened: still locked, with who and when.
    again = MeetingEditor(desk, editor.meeting_id)
    qtbot.addWidget(again)
    assert again.locked and again.approval.text().startswith("Minutes approved by")


def test_bad_input_in_the_meeting_editor_writes_nothing(
    qtbot: QtBot, store: Store, desk: Desk, boxes: Boxes
) -> None:
    before = op_count(store)
    editor = MeetingEditor(desk)
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.form.fields["date"], "2026-02-12")
    assert not editor.save()
    assert editor.form.error_of("kind") == "Choose the kind of meeting."
    editor.form.fields["kind"].set_value("ngo")  # type: ignore[attr-defined]
    assert not editor.save()
    assert editor.form.error_of("title") == "Title is required."
    type_text(editor.form.fields["title"], "Жолугушуу")
    type_text(editor.form.fields["date"], "2026-13-40")
    assert not editor.save()
    assert editor.form.error_of("date")
    assert op_count(store) == before and editor.meeting_id is None

    type_text(editor.form.fields["date"], "2026-02-12")
    assert editor.save()
    before = op_count(store)
    assert not editor.add_guest()
    assert editor.guest.error_of("guest_name") == "Guest's name is required."
    type_text(editor.item_form.fields["text"], "Иш")
    type_text(editor.item_form.fields["due_date"], "эртең")
    assert not editor.add_item()
    assert editor.item_form.error_of("due_date")
    assert not editor.approve()  # no minutes written yet
    assert editor.minutes_form.error_of("minutes") == "Write the minutes before approving them."
    assert op_count(store) == before


def test_meeting_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, store: Store, desk: Desk
) -> None:
    mid = create_meeting(store, {"kind": "ngo", "title": "Форум", "date": "2026-01-15"})
    add_action_item(store, mid, {"text": "Кат жазуу"})
    page = MeetingsPage(desk)
    qtbot.addWidget(page)
    page.refresh()
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    editor = MeetingEditor(desk, mid)
    qtbot.addWidget(editor)
    for model in (editor.attendees, editor.decisions, editor.items, editor.carried):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
