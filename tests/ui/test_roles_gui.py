"""The screens follow the rights table (app/core/rights.py): what a role lacks is hidden
or disabled, and the core's message is shown if an action is reached anyway."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from app.core.services.meetings import create_meeting, get_meeting
from app.core.services.people import create_person
from app.core.store import Store
from app.ui.desk import Desk
from app.ui.duplicates.page import DuplicatesPage
from app.ui.main_window import MainWindow
from app.ui.meetings.editor import MeetingEditor
from tests.ui.conftest import Boxes, settle

MakeStore = Callable[..., Store]


def _duplicates(store: Store, desk: Desk, qtbot: QtBot) -> DuplicatesPage:
    create_person(store, {"full_name": "Айгүл Бекова", "phone": "0555 123 456"})
    create_person(store, {"full_name": "Aigul Bekova", "phone": "+996555123456"})
    page = DuplicatesPage(store, desk.runner)
    qtbot.addWidget(page)
    page.show()
    page.find()
    settle(qtbot, desk)
    page.table.selectRow(0)
    return page


def test_a_trainer_does_not_see_the_merge_buttons(
    qtbot: QtBot, store: Store, desk: Desk, boxes: Boxes
) -> None:
    assert store.require_identity().role == "trainer"
    page = _duplicates(store, desk, qtbot)
    assert page.keep_first.isHidden() and page.keep_second.isHidden()
    assert page.not_same.isEnabled()  # recording a decision is an ordinary edit
    page._answer("keep_a")  # reached anyway (a stale button, a script): the core refuses
    settle(qtbot, desk)
    settle(qtbot, desk)
    assert "cannot merge or unmerge people" in boxes.texts()


def test_a_coordinator_sees_and_uses_the_merge_buttons(qtbot: QtBot, make_store: MakeStore) -> None:
    store = make_store("c", "Bishkek", "coordinator")
    desk = Desk(store)
    try:
        page = _duplicates(store, desk, qtbot)
        assert not page.keep_first.isHidden() and page.keep_first.isEnabled()
    finally:
        desk.close()


def _meeting(store: Store) -> str:
    return create_meeting(
        store, {"kind": "ngo", "title": "Форум", "date": "2026-01-15", "minutes": "Бүттү."}
    )


def test_the_approve_button_only_on_a_coordinators_laptop(
    qtbot: QtBot, store: Store, desk: Desk, make_store: MakeStore, boxes: Boxes
) -> None:
    mid = _meeting(store)
    editor = MeetingEditor(desk, mid)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.approve_button.isHidden()
    assert not editor.approve()  # reached anyway: refused by the core, nothing approved
    assert not get_meeting(store, mid).approved
    coordinator = make_store("c", "Bishkek", "coordinator")
    cdesk = Desk(coordinator)
    try:
        cmid = _meeting(coordinator)
        other = MeetingEditor(cdesk, cmid)
        qtbot.addWidget(other)
        other.show()
        assert not other.approve_button.isHidden() and other.approve_button.isEnabled()
        assert other.approve()
        assert get_meeting(coordinator, cmid).approved
    finally:
        cdesk.close()


def test_a_viewer_browses_but_cannot_edit(qtbot: QtBot, make_store: MakeStore) -> None:
    viewer = make_store("v", "Audit", "viewer")
    window = MainWindow(viewer)
    qtbot.addWidget(window)
    window.show()
    assert window.editing_actions and not any(a.isEnabled() for a in window.editing_actions)
    for row in range(window.sidebar.count()):
        if not window.sidebar.item(row).isHidden():
            window.sidebar.setCurrentRow(row)  # every page opens for reading
    trainer = make_store("t", "Osh-1", "trainer")
    other = MainWindow(trainer)
    qtbot.addWidget(other)
    assert all(a.isEnabled() for a in other.editing_actions)


def test_the_erase_button_only_on_a_coordinators_laptop(
    qtbot: QtBot, store: Store, desk: Desk, make_store: MakeStore
) -> None:
    from app.ui.people.editor import PersonEditor

    pid = create_person(store, {"full_name": "Айжан Турдубаева"})
    editor = PersonEditor(desk, pid)
    qtbot.addWidget(editor)
    assert editor.erase_button is None  # a trainer's laptop: not offered at all
    assert editor.consent is not None  # consent is recorded on every laptop
    coordinator = make_store("c", "Bishkek", "coordinator")
    cdesk = Desk(coordinator)
    try:
        cid = create_person(coordinator, {"full_name": "Айжан Турдубаева"})
        other = PersonEditor(cdesk, cid)
        qtbot.addWidget(other)
        assert other.erase_button is not None and other.erase_button.isEnabled()
    finally:
        cdesk.close()
