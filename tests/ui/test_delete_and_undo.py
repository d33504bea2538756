"""Deleting a person, a training or a meeting from the screens: asked, then undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.models import Meeting, Person, Training
from app.core.services.meetings import create_meeting
from app.core.services.people import create_person
from app.core.services.trainings import create_training
from app.core.store import Store
from app.ui.main_window import MainWindow
from app.ui.undo import UndoDelete
from tests.ui.conftest import Boxes, settle


def _live(store: Store, model: type, row_id: str) -> bool:
    with store.read() as s:
        return not s.get_one(model, row_id).deleted


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_person_deleted_from_her_page_comes_back_with_the_undo_button(
    qtbot: QtBot, store: Store, boxes: Boxes
) -> None:
    pid = create_person(store, {"full_name": "Айгүл Өмүрова"})
    window = _window(qtbot, store)
    window.sidebar.setCurrentRow(window.PEOPLE)
    settle(qtbot, window.desk)
    page = window.people
    page.view.selectRow(0)
    assert page.panel.delete.isEnabled()
    # "No" keeps her.
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(page.panel.delete, Qt.MouseButton.LeftButton)
    assert _live(store, Person, pid) and "Delete Айгүл Өмүрова" in boxes.texts()
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.panel.delete, Qt.MouseButton.LeftButton)
    settle(qtbot, window.desk)
    assert not _live(store, Person, pid)
    assert page.model.rows == [] or all(r.id != pid for r in page.model.rows)
    undo = UndoDelete.of(window, window.desk)
    assert undo.said.text() == "Deleted: Айгүл Өмүрова" and undo.button.isVisible()
    qtbot.mouseClick(undo.button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.desk)
    assert _live(store, Person, pid)
    assert [r.id for r in page.model.rows] == [pid]
    assert undo.said.text() == "Restored: Айгүл Өмүрова" and not undo.button.isVisible()


def test_a_training_and_a_meeting_deleted_from_their_lists_come_back_with_ctrl_z(
    qtbot: QtBot, store: Store, boxes: Boxes
) -> None:
    tid = create_training(
        store, {"title": "Budgets", "start_date": "2026-03-15", "end_date": "2026-03-16"}
    )
    mid = create_meeting(store, {"kind": "ngo", "title": "Council", "date": "2026-04-01"})
    window = _window(qtbot, store)
    undo_action = next(
        a
        for a in window._menu_of["edit"].actions()
        if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    )
    for row, page, model, row_id in (
        (window.TRAININGS, window.trainings, Training, tid),
        (window.MEETINGS, window.meetings, Meeting, mid),
    ):
        window.sidebar.setCurrentRow(row)
        settle(qtbot, window.desk)
        page.view.selectRow(0)
        qtbot.mouseClick(page.delete, Qt.MouseButton.LeftButton)
        settle(qtbot, window.desk)
        assert not _live(store, model, row_id)
        assert page.model.rowCount() == 0
        undo_action.trigger()  # Edit → Undo delete (Ctrl+Z)
        settle(qtbot, window.desk)
        assert _live(store, model, row_id)
        assert page.model.rowCount() == 1
    # Nothing left to undo: Ctrl+Z again changes nothing and says nothing.
    before = len(boxes.shown)
    undo_action.trigger()
    assert len(boxes.shown) == before
