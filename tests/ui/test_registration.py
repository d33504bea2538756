"""The trainer opens registration for a day, phones send, the trainer confirms by keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.core.models import AttendanceMark, Person
from app.core.services import registration
from app.core.services.attendance import attendance_grid
from app.core.services.people import create_person
from app.core.store import Store
from app.ui.desk import Desk
from app.ui.trainings.editor import TrainingEditor
from app.ui.trainings.registration import RegistrationDialog
from tests.conftest import op_count
from tests.registration.helpers import answers, get, send, training_day
from tests.ui.conftest import settle


@pytest.fixture(autouse=True)
def loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RegistrationDialog, "host", "127.0.0.1")
    monkeypatch.setattr(RegistrationDialog, "port", 0)


def test_sends_arrive_and_are_confirmed_with_one_key(
    qtbot: QtBot, store: Store, desk: Desk
) -> None:
    known = create_person(store, {"full_name": "Айгүл Бекова", "phone": "0555123456"})
    tid, sid = training_day(store)
    editor = TrainingEditor(desk, tid)
    qtbot.addWidget(editor)
    editor.tabs.setCurrentIndex(1)
    dialog = editor.sessions.open_registration()
    assert isinstance(dialog, RegistrationDialog)
    qtbot.waitUntil(lambda: dialog.server.is_open, timeout=5000)
    settle(qtbot, desk)
    assert dialog.address.text() == dialog.server.url
    assert dialog.server.pin in dialog.pin.text()
    assert not dialog.qr.pixmap().isNull()
    assert get(dialog.server.qr_payload)[0] == 200

    before = op_count(store)
    pin = dialog.server.pin
    send(dialog.server.url, answers("Айгүл Бекова", pin=pin, phone="0555 123 456"))
    send(dialog.server.url, answers("Жаңыл Осмонова", pin=pin, phone="0700 333 444"))
    send(dialog.server.url, answers("Тест", pin=pin, phone="0700 000 000"))
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 3, timeout=5000)
    qtbot.waitUntil(
        lambda: all(p.match != registration.UNCHECKED for p in dialog.model.rows), timeout=20000
    )
    assert op_count(store) == before  # nothing syncable before the trainer confirms
    assert "3" in dialog.waiting.text()
    texts = {p.full_name: dialog._match_text(p) for p in dialog.model.rows}
    assert texts["Айгүл Бекова"] == "registered: Айгүл Бекова"
    assert texts["Жаңыл Осмонова"] == "new person"

    # Enter, Enter: the first two as suggested; Delete drops the test send. The keys are
    # the dialog's shortcuts, so its window must be the active one (as on a real screen).
    def press(key: Qt.Key) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
        dialog.view.setFocus()
        qtbot.keyClick(dialog.view, key)

    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 2, timeout=5000)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 1, timeout=5000)
    assert dialog.current() is not None and dialog.current().full_name == "Тест"
    press(Qt.Key.Key_Delete)
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: not dialog.model.rows, timeout=5000)
    assert registration.list_pending(store, tid) == []
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 2  # Айгүл reused
        assert s.scalar(select(func.count()).select_from(AttendanceMark)) == 2
    grid = attendance_grid(store, tid)
    assert {p.full_name for p in grid.participants} == {"Айгүл Бекова", "Жаңыл Осмонова"}
    assert grid.status(known, sid) == "present"
    settle(qtbot, desk)
    assert len(editor.participants.model.rows) == 2  # the editor followed

    dialog.stop_button.click()
    assert not dialog.server.is_open
