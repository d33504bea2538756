"""Issue 15's screens in Kyrgyz: the phone's registration page (headless chromium), the
trainer's confirmation list and the first window of a new laptop, at laptop size.

Set TIREK_SHOTS=DIR (e.g. docs/screenshots/ky) to keep the pictures.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from app.core.services import people, registration
from app.core.store import Store
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from app.ui.trainings.registration import RegistrationDialog
from tests import browser
from tests.registration.helpers import answers, send, training_day
from tests.ui.conftest import settle

LAPTOP = (1366, 768 - 40 - 30)  # the screen less a 40 px taskbar and the title bar


def _size(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:
        return image.size


def _out(tmp_path: Path) -> Path:
    return Path(os.environ.get("TIREK_SHOTS") or tmp_path)


def test_first_window_says_what_to_do_first(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    translations.apply("ky")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    settle(qtbot, window.desk)
    qtbot.waitUntil(lambda: window.trainings.empty.isVisible(), timeout=5000)
    assert "Ctrl+N" in window.trainings.empty.text()
    assert "Тренинг" in window.trainings.empty.text() or "тренинг" in window.trainings.empty.text()
    shown = [window.sidebar.item(i) for i in range(window.sidebar.count())]
    assert [i.isHidden() for i in shown][window.DUPLICATES : window.NETWORK + 1] == [True, True]
    path = _out(tmp_path) / "60-first-start.png"
    window.grab().save(str(path))
    assert _size(path) == LAPTOP


def test_the_confirmation_list_in_kyrgyz(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RegistrationDialog, "host", "127.0.0.1")
    monkeypatch.setattr(RegistrationDialog, "port", 0)
    translations.apply("ky")
    people.create_person(store, {"full_name": "Айгүл Бекова", "phone": "0555123456"})
    people.create_person(store, {"full_name": "Жаңыл Осмонова", "birth_year": 1975})
    window = MainWindow(store)
    qtbot.addWidget(window)
    _tid, sid = training_day(store)
    dialog = RegistrationDialog(window.desk, sid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.server.is_open, timeout=5000)
    settle(qtbot, window.desk)
    pin = dialog.server.pin
    for name, phone, year in (
        ("Айгүл Бекова", "0555 123 456", "1988"),
        ("Жаңыл Осмонова", "0700 333 444", "1990"),
        ("Нургүл Асанова", "0777 121 212", "1995"),
    ):
        send(dialog.server.url, answers(name, pin=pin, phone=phone, birth_year=year))
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 3, timeout=5000)
    qtbot.waitUntil(
        lambda: all(p.match != registration.UNCHECKED for p in dialog.model.rows), timeout=20000
    )
    # Shown as it would be to the participants at the venue, not the test's loopback.
    dialog.address.setText("http://192.168.137.1:8765/")
    assert dialog.confirm_button.text() == "Ырастоо (Enter)"
    shown = {p.full_name: dialog._match_text(p) for p in dialog.model.rows}
    assert shown["Айгүл Бекова"] == "катталган: Айгүл Бекова"
    assert shown["Нургүл Асанова"] == "жаңы киши"
    path = _out(tmp_path) / "61-registration-confirm.png"
    dialog.grab().save(str(path))
    w, h = _size(path)
    assert w <= LAPTOP[0] and h <= LAPTOP[1]
    dialog.accept()


@pytest.mark.skipif(not browser.available(), reason="needs chromium and chromedriver")
def test_the_phone_page_in_kyrgyz(store: Store, tmp_path: Path) -> None:
    from app.core.registration.server import RegistrationServer

    _tid, sid = training_day(store)
    server = RegistrationServer(store, sid, host="127.0.0.1", port=0, pin="4821")
    server.start()
    phone = browser.Browser(tmp_path / "profile", 390, 844)
    try:
        phone.go(server.qr_payload + "&lang=ky")
        assert "Тренингге катталуу" in phone.text()
        path = _out(tmp_path) / "62-registration-phone.png"
        phone.screenshot(path)
    finally:
        phone.quit()
        server.stop()
    assert _size(path)[0] <= 400
