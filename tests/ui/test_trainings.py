"""A trainer enters a training from paper: details, three days, participants, marks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.services.attendance import attendance_grid, mark_one
from app.core.services.people import create_person
from app.core.services.reference import topic_id
from app.core.services.trainings import add_session, create_training, enrol, get_training
from app.core.store import Store
from app.ui.desk import Desk
from app.ui.trainings.attendance import AttendanceModel
from app.ui.trainings.editor import TrainingEditor
from app.ui.trainings.page import TrainingsModel, TrainingsPage
from tests.conftest import op_count
from tests.ui.conftest import Boxes, settle, type_text


def _type(_qtbot: QtBot, widget: QWidget, text: str) -> None:
    type_text(widget, text)


def test_create_training_three_days_enrol_and_mark_by_keyboard(
    qtbot: QtBot, store: Store, desk: Desk
) -> None:
    known = create_person(store, {"full_name": "Айгүл Сыдыкова", "sex": "female"})
    create_person(store, {"full_name": "Бурул Өмүрова", "sex": "female"})
    editor = TrainingEditor(desk)
    qtbot.addWidget(editor)
    editor.show()
    f = editor.form.fields
    _type(qtbot, f["title"], "Аялдардын укуктары")
    _type(qtbot, f["start_date"], "2026-03-02")
    _type(qtbot, f["end_date"], "2026-03-04")
    editor.topics.item(0).setCheckState(Qt.CheckState.Checked)
    picker = editor.pick_trainer()  # the trainer, chosen from the registry by typing
    type_text(picker.search.line, "өмүр")
    picker.search.line.returnPressed.emit()
    assert editor.trainers.text() == "Бурул Өмүрова"
    assert editor.dirty
    assert editor.save()
    assert editor.training_id is not None and not editor.dirty
    assert editor.tabs.isTabEnabled(3)
    assert len(get_training(store, editor.training_id).trainer_ids) == 1

    # Three days: the form proposes the next day after each one added.
    editor.tabs.setCurrentIndex(1)
    sessions = editor.sessions
    for _ in range(3):
        _type(qtbot, sessions.form.fields["start_time"], "09:00")
        _type(qtbot, sessions.form.fields["end_time"], "13:00")
        assert sessions.add_day()
        settle(qtbot, desk)
    assert [s.date for s in sessions.model.rows] == [
        date(2026, 3, 2),
        date(2026, 3, 3),
        date(2026, 3, 4),
    ]
    assert sessions.model.rows[0].hours == 4.0

    # Enrol an existing person by typing and Enter; quick-add a new one.
    editor.tabs.setCurrentIndex(2)
    search = editor.participants.search
    _type(qtbot, search.line, "сыдык")
    assert [p.id for p in search.model.rows] == [known]
    qtbot.keyClick(search.line, Qt.Key.Key_Return)
    dialog = editor.participants.quick_add()
    _type(qtbot, dialog.form.fields["full_name"], "Нурзат Токтогулова")
    _type(qtbot, dialog.form.fields["birth_year"], "1990")
    assert dialog.save()
    settle(qtbot, desk)
    names = [p.full_name for p in editor.participants.model.rows]
    assert names == ["Айгүл Сыдыкова", "Нурзат Токтогулова"]

    # The grid, by keyboard only: P, L down day 1; then day 2: Space, A; Delete one.
    editor.tabs.setCurrentIndex(3)
    grid = editor.attendance
    view = grid.view
    view.setFocus()
    assert grid.model.rowCount() == 2 and grid.model.sessions == 3
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 0
    qtbot.keyClick(view, "p")
    settle(qtbot, desk)  # the saved mark's data-changed signal arrives: the cursor stays
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 0)
    qtbot.keyClick(view, "l")  # the cursor moved down after P
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, "a")
    qtbot.keyClick(view, Qt.Key.Key_Right)  # day 3, second person
    qtbot.keyClick(view, "x")
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # nothing there: still nothing
    assert grid.model.data(grid.model.index(0, 3)) == "2/3"
    assert grid.model.data(grid.model.index(1, 4)) == "33%"
    assert "2 present" in grid.model.headerData(0, Qt.Orientation.Horizontal)
    tid = editor.training_id
    editor.close()

    # Saved as typed: a fresh editor (and the service) shows the same marks.
    again = TrainingEditor(desk, tid)
    qtbot.addWidget(again)
    m = again.attendance.model
    shown = [[m.data(m.index(r, c)) for c in range(3)] for r in range(2)]
    assert shown == [["P", "P", ""], ["L", "A", "X"]]
    saved = attendance_grid(store, tid)
    assert len(saved.marks) == 5


def test_whole_day_present_and_change_of_mark(qtbot: QtBot, store: Store, desk: Desk) -> None:
    tid, _people, days = _training(store, 4, 2)
    editor = TrainingEditor(desk, tid)
    qtbot.addWidget(editor)
    grid = editor.attendance
    grid.view.setCurrentIndex(grid.model.index(0, 1))
    grid.mark_current_column_present()
    assert all(grid.model.status_at(r, 1) == "present" for r in range(4))
    grid.view.setCurrentIndex(grid.model.index(2, 1))
    qtbot.keyClick(grid.view, Qt.Key.Key_Space)  # a marked cell cycles: present -> late
    marks = attendance_grid(store, tid).marks
    assert marks[(grid.model.grid.participants[2].person_id, days[1])] == "late"  # type: ignore[union-attr]
    assert sum(1 for (_p, s) in marks if s == days[1]) == 4


def _training(store: Store, people: int, days: int) -> tuple[str, list[str], list[str]]:
    tid = create_training(
        store,
        {"title": "Гендер жана тынчтык", "start_date": "2026-01-10", "end_date": "2026-01-20"},
    )
    ids = [create_person(store, {"full_name": f"Катышуучу {i:02d}"}) for i in range(people)]
    enrol(store, tid, ids)
    sids = [add_session(store, tid, {"date": f"2026-01-{10 + i}"}) for i in range(days)]
    return tid, ids, sids


def test_bad_input_in_training_editor_shows_at_field_and_writes_nothing(
    qtbot: QtBot, store: Store, desk: Desk, boxes: Boxes
) -> None:
    before = op_count(store)
    editor = TrainingEditor(desk)
    qtbot.addWidget(editor)
    editor.show()
    f = editor.form.fields
    _type(qtbot, f["start_date"], "2026-03-02")
    _type(qtbot, f["end_date"], "2026-03-04")
    assert not editor.save()
    assert editor.form.error_of("title") == "Title is required."
    _type(qtbot, f["title"], "Курс")
    _type(qtbot, f["end_date"], "2026-02-01")
    assert not editor.save()
    assert "ends (2026-02-01) before it starts" in editor.form.error_of("end_date")
    assert editor.form.error_of("title") == ""
    _type(qtbot, f["start_date"], "31.02.2026")
    assert not editor.save()
    assert editor.form.error_of("start_date")
    assert op_count(store) == before and editor.training_id is None

    tid, _p, _d = _training(store, 1, 1)
    editor = TrainingEditor(desk, tid)
    qtbot.addWidget(editor)
    before = op_count(store)
    sessions = editor.sessions
    _type(qtbot, sessions.form.fields["date"], "2026-05-01")
    assert not sessions.add_day()
    assert "outside the training's dates" in sessions.form.error_of("date")
    _type(qtbot, sessions.form.fields["date"], "2026-01-15")
    _type(qtbot, sessions.form.fields["start_time"], "14:00")
    _type(qtbot, sessions.form.fields["end_time"], "9:00")
    assert not sessions.add_day()
    assert sessions.form.error_of("end_time") == "The session ends before it starts."
    assert op_count(store) == before
    assert not boxes.shown


def test_closing_with_unsaved_edits_asks(
    qtbot: QtBot, store: Store, desk: Desk, boxes: Boxes
) -> None:
    from PySide6.QtWidgets import QMessageBox

    tid, _p, _d = _training(store, 1, 1)
    editor = TrainingEditor(desk, tid)
    qtbot.addWidget(editor)
    editor.show()
    _type(qtbot, editor.form.fields["venue"], "Ош, мэрия")
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert not editor.close()
    assert editor.isVisible()
    boxes.answer = QMessageBox.StandardButton.Save
    assert editor.close()
    assert get_training(store, tid).values["venue"] == "Ош, мэрия"
    assert sum(1 for kind, _t in boxes.shown if kind == "question") == 2


def test_trainings_page_filters_sorts_and_refreshes(qtbot: QtBot, store: Store, desk: Desk) -> None:
    create_training(
        store,
        {"title": "Резолюция 1325", "start_date": "2025-01-01", "end_date": "2025-01-01"},
        topic_ids=[topic_id("unscr-1325")],
    )
    page = TrainingsPage(desk)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, desk)
    assert [r.title for r in page.model.rows] == ["Резолюция 1325"]
    assert page.count.text() == "1 trainings" or page.count.text().startswith("1 ")
    _tid, _p, _d = _training(store, 2, 1)
    settle(qtbot, desk)  # refreshed from the one data-changed signal
    assert [r.title for r in page.model.rows] == ["Гендер жана тынчтык", "Резолюция 1325"]
    page.topic.set_value(topic_id("unscr-1325"))
    assert [r.title for r in page.model.rows] == ["Резолюция 1325"]
    page.topic.set_value(None)
    page.view.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
    assert page.model.rows[0].participants == 2
    qtbot.keyClicks(page.date_to, "2025-12-31")
    page.date_to.editingFinished.emit()
    assert [r.title for r in page.model.rows] == ["Резолюция 1325"]
    page.mine.setChecked(True)
    assert len(page.model.rows) == 1


def test_table_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, store: Store, desk: Desk
) -> None:
    tid, _p, _sids = _training(store, 3, 2)
    model = AttendanceModel(store)
    model.load(tid)
    model.setData(model.index(1, 1), "late")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    trainings = TrainingsModel(desk)
    trainings.reload()
    qtmodeltester.check(trainings)  # type: ignore[attr-defined]
    editor = TrainingEditor(desk, tid)
    qtbot.addWidget(editor)
    qtmodeltester.check(editor.sessions.model)  # type: ignore[attr-defined]
    qtmodeltester.check(editor.participants.model)  # type: ignore[attr-defined]


def test_a_russian_keyboard_layout_marks_the_same_as_latin_letters(
    qtbot: QtBot, store: Store, desk: Desk
) -> None:
    # On ЙЦУКЕН the keys P, L, E, X, A give З, Д, У, Ч, Ф: a sign-in sheet can be typed
    # without switching the layout.
    tid, _people, _days = _training(store, 5, 1)
    editor = TrainingEditor(desk, tid)
    qtbot.addWidget(editor)
    grid = editor.attendance
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    type_text(grid.view, "здучф", clear=False)
    settle(qtbot, desk)
    marks = attendance_grid(store, tid).marks
    assert sorted(marks.values()) == sorted(["present", "late", "left_early", "excused", "absent"])


def test_an_open_attendance_grid_shows_marks_that_arrive_by_sync(
    qtbot: QtBot, make_store: Callable[..., Store], tmp_path: Path
) -> None:
    from app.sync import exchange

    a, b = make_store("a", "Osh-1"), make_store("b", "Naryn-2", "coordinator")
    usb = tmp_path / "usb"
    usb.mkdir()
    tid, people, days = _training(a, 2, 1)
    for src, dst in ((a, b), (b, a)):
        exchange.import_file(dst, exchange.export_bundle(src, usb).path)
    exchange.trust(a, "Naryn-2")
    exchange.trust(b, "Osh-1")
    desk = Desk(b)
    editor = TrainingEditor(desk, tid)
    qtbot.addWidget(editor)
    grid = editor.attendance.model
    assert grid.status_at(0, 0) is None
    mark_one(a, days[0], people[0], "present")  # typed on the trainer's laptop
    exchange.import_file(b, exchange.export_bundle(a, usb, for_peer="Naryn-2").path)
    qtbot.waitUntil(lambda: grid.status_at(0, 0) == "present", timeout=3000)
    desk.close()
