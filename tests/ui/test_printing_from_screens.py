"""Printing and the other areas' screens are reachable from where a user works."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.core.services import attendance, meetings, people, trainings
from app.core.store import Store
from app.ui import main_window
from app.ui.desk import Desk
from app.ui.documents import printouts
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from app.ui.meetings.editor import MeetingEditor
from app.ui.trainings.editor import TrainingEditor
from tests.ui.conftest import settle


@pytest.fixture
def saved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Answer every "save as" with a file in tmp_path and record what was offered to open."""
    offered: list[Path] = []
    monkeypatch.setattr(printouts, "_ask_path", lambda _p, _t, name: tmp_path / name.name)
    monkeypatch.setattr(printouts, "_offer_open", lambda _p, path: offered.append(path))
    return offered


def text_of(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_the_days_tab_prints_the_sign_in_sheet_of_the_chosen_day(
    qtbot: QtBot, store: Store, desk: Desk, saved: list[Path]
) -> None:
    tid = trainings.create_training(
        store, {"title": "Үй-бүлөлүк зомбулукка каршы", "start_date": "2026-06-01",
                "end_date": "2026-06-02"},
    )  # fmt: skip
    sid = trainings.add_session(store, tid, {"date": "2026-06-01", "hours": 6})
    pid = people.create_person(store, {"full_name": "Мөлдир Чоңбаева", "sex": "female"})
    trainings.enrol(store, tid, [pid])
    attendance.mark_one(store, sid, pid, "present")
    editor = TrainingEditor(desk, tid)
    qtbot.addWidget(editor)
    days = editor.sessions
    days.print_sheet()  # nothing chosen yet: a word, no file
    assert saved == []
    days.view.selectRow(0)
    days.print_sheet()
    settle(qtbot, desk)
    assert len(saved) == 1
    assert "Мөлдир Чоңбаева" in text_of(saved[0])
    assert "Signature" in text_of(saved[0])  # the interface is in English here
    assert editor.certificates.isEnabled()

    # A trainer working in Kyrgyz gets the sheet in Kyrgyz.
    translations.apply("ky")
    saved.clear()
    days.view.selectRow(0)
    days.print_sheet()
    settle(qtbot, desk)
    assert "Колу" in text_of(saved[0])


def test_minutes_print_only_once_approved(
    qtbot: QtBot, make_store: Callable[..., Store], saved: list[Path]
) -> None:
    store = make_store("coord", role="coordinator")  # approving minutes is hers (rights.py)
    desk = Desk(store)
    try:
        mid = meetings.create_meeting(
            store, {"kind": "ngo", "title": "Айлык жолугушуу", "date": "2026-02-05",
                    "minutes": "Талкууланды: Өзгөн районундагы угуулар."},
        )  # fmt: skip
        editor = MeetingEditor(desk, mid)
        qtbot.addWidget(editor)
        assert not editor.print_button.isEnabled()
        meetings.approve_minutes(store, mid, "Гүлнара Төлөгөнова")
        settle(qtbot, desk)
        editor.reload()
        assert editor.print_button.isEnabled()
        editor.print_minutes()
        settle(qtbot, desk)
        assert len(saved) == 1
        assert "Гүлнара Төлөгөнова" in text_of(saved[0])
    finally:
        desk.close()


def test_duplicates_and_network_pages_open_from_the_sidebar(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "open", lambda self: opened.append(type(self).__name__))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    for row in (window.DUPLICATES, window.NETWORK):
        window.sidebar.setCurrentRow(row)
        settle(qtbot, window.desk)  # imported and built on the runner's turn
        later = window.pages.currentWidget()
        assert isinstance(later, main_window.LaterPage)
        assert type(later.page).__name__ == main_window.LATER_PAGES[later.kind]
    window.import_people()
    window.verify()
    assert opened == ["PeopleImportDialog", "VerifyDialog"]
    settle(qtbot, window.desk)
