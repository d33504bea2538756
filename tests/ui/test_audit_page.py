"""The Audit page: filters, paging, two laptops' changes, the access log; in Russian at
1366x768, saved as a picture."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.access_log import record_access
from app.core.services.people import create_person, update_person
from app.core.store import Store
from app.ui.audit.page import AuditPage
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from tests.sync.helpers import send

LAPTOP = (1366, 768 - 40 - 30)  # the screen less a 40 px taskbar and the title bar


def _column(page: AuditPage, c: int) -> list[str]:
    return [page.table.item(r, c).text() for r in range(page.table.rowCount())]


def test_filters_and_pages(qtbot: QtBot, make_store: Callable[..., Store], tmp_path: Path) -> None:
    a, b = make_store("a", "Naryn-1", "coordinator"), make_store("b", "Osh-2")
    pid = create_person(a, {"full_name": "Айнура Кадырова"})
    send(a, b, tmp_path / "ab")
    update_person(b, pid, {"phone": "+996555010101"})
    send(b, a, tmp_path / "ba")
    for i in range(60):
        create_person(a, {"full_name": f"Катышуучу {i:02d}"})
    record_access(a, "export", "people list (xlsx): people.xlsx", [pid])
    page = AuditPage(a)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 50 and page.next.isEnabled()
    assert not page.previous.isEnabled()
    assert _column(page, 3)[0] == "export"
    qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
    assert page.page_no == 1 and page.table.rowCount() == 13 and not page.next.isEnabled()
    page.laptop.setCurrentIndex(page.laptop.findData("Osh-2"))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert set(_column(page, 1)) == {"Osh-2"} and "phone" in _column(page, 5)
    page.laptop.setCurrentIndex(0)
    page.person.setText(pid)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert _column(page, 1) == ["Naryn-1", "Osh-2", "Naryn-1"]
    assert _column(page, 3) == ["export", "changed", "created"]
    page.person.setText("")
    page.use_period.setChecked(True)
    page.since.setDate(page.since.date().addYears(-30))
    page.until.setDate(page.since.date().addDays(1))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 0


def test_the_page_in_russian_at_laptop_size(
    qtbot: QtBot, make_store: Callable[..., Store], tmp_path: Path
) -> None:
    store = make_store("a", "Naryn-1", "coordinator")
    ids = [create_person(store, {"full_name": f"Гүлнара {i}"}) for i in range(12)]
    create_person(store, {"full_name": "Айнура", "consent_data": True})  # a consent record too
    update_person(store, ids[0], {"phone": "+996700123456"})
    record_access(store, "print", "sign-in sheet: 2026-03-10.pdf", ids[:5])
    record_access(store, "backup", "tirek-2026-03-10.sqlite3.gz")
    translations.apply("ru")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    window.sidebar.setCurrentRow(window.AUDIT)
    qtbot.waitUntil(lambda: window.pages.currentWidget().findChild(AuditPage) is not None)
    page = window.pages.currentWidget().findChild(AuditPage)
    assert window.sidebar.item(window.AUDIT).text() == "Аудит"
    assert page.table.horizontalHeaderItem(1).text() == "Ноутбук"
    assert _column(page, 3)[:2] == ["резервная копия", "печать"]
    records = [c for c in _column(page, 4) if c]
    assert any(c.startswith("человек ") for c in records)  # the record's kind, in ru
    assert any(c.startswith("согласие ") for c in records)
    assert all(
        "_" not in c.split()[0] and c[0] not in "abcdefghijklmnopqrstuvwxyz" for c in records
    )
    qtbot.waitUntil(page.isVisible)
    qtbot.wait(50)  # the page was built on first show: let its layout settle
    out = Path(os.environ.get("TIREK_SHOTS") or tmp_path) / "70-audit-ru.png"
    window.grab().save(str(out))
    with Image.open(out) as im:
        assert im.size == LAPTOP
