"""Issue 15's whole scenario through the widgets, counting the trainer's clicks and keys.

A 3-day training in Osh with 40 participants: 26 register themselves from their phones
(Debian's headless chromium sends the web form, loopback only: the first phone types its
answers, the others' are set by a script, as the form's typing is tested in
tests/registration/test_browser.py) and the trainer confirms
each with one key; 14 are already in the registry and enrolled by typing part of the name
and Enter. Then the three days' attendance, the certificates, and a sync bundle for the
coordinator. The counts and a keystroke-level-model estimate go to docs/gui.md; set
TIREK_SCENARIO_OUT=FILE to write them as JSON.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from app.core import settings
from app.core.services import printouts, registration
from app.core.services.attendance import attendance_grid
from app.core.services.people import create_person
from app.core.services.trainings import get_training
from app.core.store import Store
from app.sync import exchange
from app.ui.documents.certificates import PrintCertificatesDialog
from app.ui.main_window import MainWindow
from app.ui.people.search import PersonPicker
from app.ui.trainings.editor import TrainingEditor
from app.ui.trainings.registration import RegistrationDialog
from tests import browser
from tests.documents.cert_fixtures import own_network
from tests.registration.helpers import register
from tests.ui.conftest import Boxes, settle, type_text

pytestmark = [
    pytest.mark.skipif(
        not browser.available(), reason="needs chromium and chromedriver (Debian packages)"
    ),
    pytest.mark.slow,  # a browser and 40 people: `make test` runs it, `make check` does not
    pytest.mark.long(15),
]

# Keystroke-level model (Card, Moran & Newell 1980): seconds per operator.
K, P, B, H, M = 0.28, 1.1, 0.1, 0.4, 1.35

REGISTERED = [  # already in the registry: (name, what the trainer types to find her)
    ("Айгүл Бекмуратова", "бекму"),
    ("Бактыгүл Жээнбекова", "жээнб"),
    ("Венера Токтосунова", "токто"),
    ("Гүлзат Мамытова", "мамыт"),
    ("Динара Осмонова", "осмон"),
    ("Жылдыз Абдраева", "абдра"),
    ("Зуура Кадырова", "кадыр"),
    ("Калыйча Турдубаева", "турду"),
    ("Мээрим Асанова", "асано"),
    ("Назира Сыдыкова", "сыдык"),
    ("Нуржан Эргешова", "эргеш"),
    ("Самара Бейшеева", "бейше"),
    ("Үмүт Жолдошева", "жолдо"),
    ("Чолпон Абылкасымова", "абылк"),
]
PHONES = [f"Катышуучу {n}" for n in ("Ош", "Өзгөн", "Ноокат", "Араван")]


@dataclass
class User:
    """Counts what the trainer does; every action goes to a real widget."""

    qtbot: QtBot
    clicks: int = 0
    keys: int = 0
    homing: int = 0  # hand moves between keyboard and mouse
    thinking: int = 0  # mental preparations (one per step of the paper list)
    last: str = "mouse"
    steps: list[str] = field(default_factory=list)

    def _hand(self, device: str) -> None:
        if device != self.last:
            self.homing += 1
            self.last = device

    def think(self, what: str) -> None:
        self.thinking += 1
        self.steps.append(what)

    def click(self, button: QAbstractButton) -> None:
        assert button.isEnabled() and button.isVisible(), button.text()
        self._hand("mouse")
        self.clicks += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def click_cell(self, view: Any, row: int, column: int) -> None:
        self._hand("mouse")
        self.clicks += 1
        view.setCurrentIndex(view.model().index(row, column))

    def tab(self, tabs: Any, index: int) -> None:
        self._hand("mouse")
        self.clicks += 1
        tabs.setCurrentIndex(index)

    def type(self, widget: QWidget, text: str) -> None:
        self._hand("keyboard")
        self.keys += len(text)
        widget.setFocus()
        type_text(widget, text, clear=False)

    def key(self, widget: QWidget, key: Qt.Key, chord: bool = False) -> None:
        self._hand("keyboard")
        self.keys += 2 if chord else 1
        mod = Qt.KeyboardModifier.ControlModifier if chord else Qt.KeyboardModifier.NoModifier
        self.qtbot.keyClick(widget, key, mod)

    def shortcut(self, action: QAction) -> None:
        self._hand("keyboard")
        self.keys += 2  # Ctrl and the letter
        action.trigger()

    def window_key(self, window: QWidget, keys: QKeySequence) -> None:
        """A window's own shortcut (offscreen windows are never active to receive it)."""
        self._hand("keyboard")
        self.keys += keys.count() + 1  # Ctrl and the letter
        (found,) = [q for q in window.findChildren(QShortcut) if q.key() == keys]
        found.activated.emit()

    def seconds(self) -> float:
        return self.keys * K + self.clicks * (P + 2 * B) + self.homing * H + self.thinking * M


def _action(window: MainWindow, shortcut: str) -> QAction:
    for action in window.findChildren(QAction):
        if action.shortcut().toString() == shortcut:
            return action
    raise AssertionError(shortcut)


def _button(parent: QWidget, text: str) -> QAbstractButton:
    for b in parent.findChildren(QAbstractButton):
        if b.text() == text and b.isVisible():
            return b
    raise AssertionError(text)


def test_forty_people_three_days_under_five_minutes(
    qtbot: QtBot,
    make_store: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    store: Store = make_store("laptop")
    own_network(store)  # the laptop has joined its network (certificates are issued in one)
    monkeypatch.setattr(RegistrationDialog, "host", "127.0.0.1")
    monkeypatch.setattr(RegistrationDialog, "port", 0)
    create_person(store, {"full_name": "Гүлмира Садыкова", "sex": "female"})  # the trainer
    for name, _typed in REGISTERED:
        create_person(store, {"full_name": name, "sex": "female", "consent_data": True})
    printed = tmp_path / "printed"
    printed.mkdir()
    printouts.remember_folder(store.home, printed)  # the folder chosen once, earlier
    settings.put(store.home, "organisation", "name", "Аялдар форуму")  # first-run wizard
    outbox = tmp_path / "usb"
    outbox.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(outbox))

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    desk = window.desk
    user = User(qtbot)

    # 1. The details (Ctrl+N), the trainer from the registry, Save (Ctrl+S).
    user.think("new training")
    user.shortcut(_action(window, "Ctrl+N"))
    (editor,) = window.findChildren(TrainingEditor)
    f = editor.form.fields
    user.type(f["title"], "Аялдардын саясий катышуусу")
    user.think("dates")
    user.key(f["title"], Qt.Key.Key_Tab)  # to the next field
    user.type(f["start_date"], "2026-03-10")
    user.key(f["start_date"], Qt.Key.Key_Tab)
    user.type(f["end_date"], "2026-03-12")
    user.think("trainer")
    user.click(_button(editor, "Add trainer…"))
    (picker,) = editor.findChildren(PersonPicker)
    user.type(picker.search.line, "садык")
    user.key(picker.search.line, Qt.Key.Key_Return)
    assert editor.trainers.text() == "Гүлмира Садыкова"
    user.window_key(editor, QKeySequence(QKeySequence.StandardKey.Save))
    assert editor.training_id is not None
    tid = editor.training_id

    # 2. Three days: the form proposes each next date; one click each.
    user.think("days")
    user.tab(editor.tabs, 1)
    for _ in range(3):
        user.click(_button(editor.sessions, "Add day"))
        settle(qtbot, desk)
    days = get_training(store, tid).sessions
    assert [d.date for d in days] == [date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 12)]

    # 3. Registration from phones on the first morning; Enter confirms each one.
    user.think("registration")
    user.click_cell(editor.sessions.view, 0, 0)
    user.click(editor.sessions.registration)
    (dialog,) = editor.findChildren(RegistrationDialog)
    qtbot.waitUntil(lambda: dialog.server.is_open, timeout=10_000)
    settle(qtbot, desk)
    phone = browser.Browser(tmp_path / "phone")
    try:
        for i in range(26):
            name = f"{PHONES[i % 4]} {chr(ord('А') + i)}"
            # The first phone's answers are typed key by key; the others are set by one
            # script each and sent with the same button (tests/registration types them all).
            page = register(phone, dialog.server.qr_payload, name, f"0700 {i:06d}", typed=i == 0)
            assert name in page, page
    finally:
        phone.quit()
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 26, timeout=20_000)
    dialog.view.setFocus()
    for _ in range(26):
        user.key(dialog.view, Qt.Key.Key_Return)
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: not dialog.model.rows, timeout=10_000)
    user.click(dialog.stop_button)
    assert not dialog.server.is_open
    assert registration.list_pending(store, tid) == []

    # 4. Fourteen from the registry: a few letters of the surname and Enter.
    user.tab(editor.tabs, 2)
    search = editor.participants.search
    for _name, typed in REGISTERED:
        user.think("next name on the paper list")
        user.type(search.line, typed)
        qtbot.waitUntil(lambda: len(search.model.rows) >= 1, timeout=3000)
        user.key(search.line, Qt.Key.Key_Return)
        settle(qtbot, desk)
        assert search.line.text() == ""
    assert len(editor.participants.model.rows) == 40

    # 5. Attendance: whole days present, then the two who missed the last day.
    user.tab(editor.tabs, 3)
    panel = editor.attendance
    grid_view = panel.view
    for day in range(3):
        user.think("a day of the sign-in sheet")
        user.click_cell(grid_view, 0, day)
        user.click(panel.all_present)
    for row in (5, 17):
        user.click_cell(grid_view, row, 2)
        user.key(grid_view, Qt.Key.Key_A)
    grid = attendance_grid(store, tid)
    assert sum(grid.completion(p.person_id) == 1.0 for p in grid.participants) == 38

    # 6. Certificates into the folder chosen once, named after the training.
    user.think("certificates")
    user.click(editor.certificates)
    (certs,) = editor.findChildren(PrintCertificatesDialog)
    user.click(certs.print_button)
    qtbot.waitUntil(lambda: certs.printed is not None or bool(boxes.shown), timeout=60_000)
    assert boxes.shown == []
    assert certs.printed is not None and len(certs.printed.certificates) == 38
    pdf = certs.printed.files[0]
    assert pdf.parent == printed and "Аялдардын саясий катышуусу - 2026-03-10" in pdf.name
    user.click(_button(certs, "Close"))
    user.click(_button(editor, "Close"))

    # 7. The sync file for the coordinator (Ctrl+5, Export for…, the USB stick).
    user.think("sync")
    user.shortcut(_action(window, "Ctrl+5"))
    settle(qtbot, desk)
    from app.ui.sync.page import SyncPage

    (sync,) = window.findChildren(SyncPage)
    user.click(sync.export_btn)
    user.clicks += 1  # the folder dialog's OK (answered by the patch above)
    settle(qtbot, desk)
    (bundle,) = list(outbox.iterdir())
    coordinator: Store = make_store("coordinator", device="Bishkek", role="coordinator")
    receipt = exchange.import_file(coordinator, bundle)
    assert receipt.status in ("applied", "held")

    seconds = user.seconds()
    result = {
        "clicks": user.clicks,
        "keystrokes": user.keys,
        "homing": user.homing,
        "mental": user.thinking,
        "klm_seconds": round(seconds, 1),
    }
    out = os.environ.get("TIREK_SCENARIO_OUT")
    if out:
        Path(out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    print("scenario:", result)
    assert user.clicks < 60 and user.keys < 400
    assert seconds < 300
