"""The paper path's stuck points (issue 15): quick add, focus, the trainer, tabs, twin days."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.services.people import create_person, get_person
from app.core.services.trainings import get_training
from app.core.store import Store
from app.ui.desk import Desk
from app.ui.trainings.editor import TrainingEditor
from tests.registration.helpers import training_day
from tests.ui.conftest import Boxes, settle, type_text


def test_quick_add_takes_the_search_text_and_the_search_is_ready_again(
    qtbot: QtBot, store: Store, desk: Desk, boxes: Boxes
) -> None:
    tid, _sid = training_day(store)
    editor = TrainingEditor(desk, tid)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(2)
    tab = editor.participants
    type_text(tab.search.line, "Зарина Абдыкадырова")
    assert tab.search.model.rows == []  # not registered
    dialog = tab.quick_add()
    assert dialog.form.fields["full_name"].text() == "Зарина Абдыкадырова"
    type_text(dialog.form.fields["birth_year"], "1979")
    dialog.form.fields["consent_data"].setChecked(True)
    assert dialog.save()
    settle(qtbot, desk)
    assert [p.full_name for p in tab.model.rows] == ["Зарина Абдыкадырова"]
    assert tab.search.line.text() == ""
    qtbot.waitUntil(lambda: editor.focusWidget() is tab.search.line, timeout=2000)
    values = get_person(store, tab.model.rows[0].person_id).values
    assert values["consent_data"] is True and values["consent_photo"] is False

    # A phone typed in the search goes to the phone field.
    type_text(tab.search.line, "0555 987 654")
    dialog = tab.quick_add()
    assert dialog.form.fields["phone"].text() == "0555 987 654"
    assert dialog.form.fields["full_name"].text() == ""
    # Escape with something typed asks first; "No" keeps the dialog and the typing.
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "Discard" in boxes.texts()
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: editor.focusWidget() is tab.search.line, timeout=2000)

    # Enrolling from the registry with the button leaves the keys in the search too.
    create_person(store, {"full_name": "Бактыгүл Жээнбекова"})
    type_text(tab.search.line, "бактыгүл")
    qtbot.waitUntil(lambda: len(tab.search.model.rows) == 1, timeout=3000)
    tab._enrol_current()
    settle(qtbot, desk)
    assert len(tab.model.rows) == 2 and tab.search.line.text() == ""
    qtbot.waitUntil(lambda: editor.focusWidget() is tab.search.line, timeout=2000)


def test_a_new_trainer_is_added_in_the_picker(qtbot: QtBot, store: Store, desk: Desk) -> None:
    editor = TrainingEditor(desk)
    qtbot.addWidget(editor)
    editor.show()
    # The tabs say why they wait.
    assert editor.waiting.isVisible() and not editor.tabs.isTabEnabled(1)
    assert "Save" in editor.tabs.tabToolTip(1)
    picker = editor.pick_trainer()
    type_text(picker.search.line, "Гүлмира Садыкова")
    picker.new_person.click()
    quick = picker.quick
    assert quick.form.fields["full_name"].text() == "Гүлмира Садыкова"
    assert quick.save()
    assert not picker.isVisible()
    assert editor.trainers.text() == "Гүлмира Садыкова" and editor.dirty
    type_text(editor.form.fields["title"], "Тынчтык")
    type_text(editor.form.fields["start_date"], "2026-04-01")
    type_text(editor.form.fields["end_date"], "2026-04-01")
    assert editor.save()
    assert not editor.waiting.isVisible() and editor.tabs.tabToolTip(1) == ""
    assert editor.training_id is not None
    assert len(get_training(store, editor.training_id).trainer_ids) == 1


def test_a_second_day_on_the_same_date_and_time_asks_first(
    qtbot: QtBot, store: Store, desk: Desk, boxes: Boxes
) -> None:
    tid, _sid = training_day(store)  # 2026-03-10, no times
    editor = TrainingEditor(desk, tid)
    qtbot.addWidget(editor)
    tab = editor.sessions
    tab.view.setCurrentIndex(tab.model.index(0, 0))  # clicking the day fills the form
    boxes.answer = QMessageBox.StandardButton.No
    assert not tab.add_day()
    assert "already a day on 2026-03-10" in boxes.texts()
    assert len(get_training(store, tid).sessions) == 1
    type_text(tab.form.fields["date"], "2026-03-11")
    boxes.shown.clear()
    assert tab.add_day() and boxes.shown == []  # another date: no question
    settle(qtbot, desk)
    type_text(tab.form.fields["date"], "2026-03-11")
    boxes.answer = QMessageBox.StandardButton.Yes
    assert tab.add_day()  # asked, and the trainer said yes
    assert len(get_training(store, tid).sessions) == 3


def test_certificates_are_named_after_the_training_and_never_overwrite(
    qtbot: QtBot, store: Store, desk: Desk, boxes: Boxes, tmp_path: Path
) -> None:
    from app.core.services import printouts
    from app.ui.documents.certificates import PrintCertificatesDialog

    tid, _sid = training_day(store)
    printouts.remember_folder(store.home, tmp_path)
    dialog = PrintCertificatesDialog(store, desk.runner, tid)
    qtbot.addWidget(dialog)
    proposed = Path(dialog.where.text())
    assert proposed.parent == tmp_path
    assert proposed.name == (
        "Certificates - 1325-резолюция жана жергиликтүү тынчтык - 2026-03-10.pdf"
    )
    proposed.write_bytes(b"%PDF-1.4 earlier certificates")
    again = PrintCertificatesDialog(store, desk.runner, tid)
    qtbot.addWidget(again)
    assert Path(again.where.text()).name.endswith("2026-03-10 (2).pdf")
    # Typed by hand onto an existing file: asked, and "No" prints nothing.
    again.where.setText(str(proposed))
    boxes.answer = QMessageBox.StandardButton.No
    again.start()
    assert "already exists" in boxes.texts()
    assert proposed.read_bytes() == b"%PDF-1.4 earlier certificates"


@pytest.mark.parametrize(("lang", "letters"), [("ky", "БКЭСЖ"), ("ru", "ПОРУН"), ("en", "PLEXA")])
def test_attendance_keys_in_the_interface_language_and_latin_too(
    qtbot: QtBot, store: Store, desk: Desk, lang: str, letters: str
) -> None:
    from app.core.services.attendance import attendance_grid
    from app.core.services.trainings import enrol
    from app.ui.i18n import translations

    translations.apply(lang)
    tid, sid = training_day(store)
    ids = [create_person(store, {"full_name": f"Катышуучу {i}"}) for i in range(7)]
    enrol(store, tid, ids)
    editor = TrainingEditor(desk, tid)
    qtbot.addWidget(editor)
    view = editor.attendance.view
    view.setCurrentIndex(view.model().index(0, 0))
    for ch in letters + "PQ":  # the language's five, then Latin P; Q is no key
        QApplication.sendEvent(view, _key(ch))
    grid = attendance_grid(store, tid)
    marks = [grid.status(p.person_id, sid) for p in grid.participants]
    assert marks == ["present", "late", "left_early", "excused", "absent", "present", None]
    shown = [view.model().index(r, 0).data() for r in range(5)]
    assert "".join(shown) == letters


def _key(ch: str) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
