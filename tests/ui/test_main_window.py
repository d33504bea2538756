"""The main window: pages, global search, shortcuts, remembered layout, one refresh signal,
the background runner, and the one crash dialog."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from app.core.progress import Cancelled, Progress
from app.core.services.meetings import create_meeting
from app.core.services.people import create_person
from app.core.services.trainings import create_training
from app.core.store import Store
from app.ui.errors import CrashReporter
from app.ui.main_window import LaterPage, MainWindow
from app.ui.runner import Runner
from tests.rawdb import connect_raw
from tests.ui.conftest import Boxes, settle, type_text


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    return w


def test_sidebar_pages_status_bar_and_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == [
        "Trainings",
        "People",
        "Organisations",
        "Meetings",
        "Sync",
        "Reports",
        "Duplicates",
        "NAP & capacity",
        "Results",
        "Audit",
    ]
    window.sidebar.setCurrentRow(window.PEOPLE)
    # A page not imported yet says "Loading…" while the runner imports it, then shows.
    qtbot.waitUntil(lambda: type(window.pages.currentWidget()).__name__ == "PeoplePage")
    assert window.pages.currentWidget() is window.people
    # Sync and Reports (other issues' screens) are built only when first opened.
    for row in (window.SYNC, window.REPORTS):
        later = window.pages.widget(row)
        assert isinstance(later, LaterPage) and later.page is None
    assert window.device.text() == "This laptop: Osh-1 · Trainer"
    shortcuts = {a.shortcut().toString() for m in window._menu_of.values() for a in m.actions()}
    for key in (
        QKeySequence.StandardKey.New,
        QKeySequence.StandardKey.Find,
        QKeySequence.StandardKey.Quit,
        QKeySequence.StandardKey.Refresh,
    ):
        assert QKeySequence(key).toString() in shortcuts
    # Written out, so they work on Windows too (no standard key there for these).
    assert {"Ctrl+Q", "Ctrl+,", "F1", "Ctrl+Shift+V"} <= shortcuts


def test_global_search_finds_people_trainings_and_meetings(
    qtbot: QtBot, store: Store, window: MainWindow
) -> None:
    pid = create_person(store, {"full_name": "Нуржамал Өскөнбаева"})
    create_training(
        store, {"title": "Өскөн жаштар", "start_date": "2026-01-01", "end_date": "2026-01-01"}
    )
    create_meeting(store, {"kind": "ngo", "title": "Өскөн форуму", "date": "2026-01-02"})
    window.focus_search()
    type_text(window.search, "өскөн")
    assert window.pages.currentWidget() is window.search_page
    qtbot.waitUntil(
        lambda: (
            window.search_page.text == "өскөн" and window.search_page.tree.topLevelItemCount() == 3
        ),
        timeout=3000,
    )
    found = window.search_page.found
    assert [p.id for p in found.people] == [pid]
    assert len(found.trainings) == 1 and len(found.meetings) == 1
    window.open_record("person", pid)
    assert window.pages.currentWidget() is window.people
    assert window.people.panel.title.text() == "Нуржамал Өскөнбаева"


def test_screens_refresh_from_the_one_data_changed_signal(
    qtbot: QtBot, store: Store, window: MainWindow
) -> None:
    window.sidebar.setCurrentRow(window.PEOPLE)
    settle(qtbot, window.desk)
    assert window.people.model.rowCount() == 0
    seen: list[frozenset[str]] = []
    window.desk.data_changed.connect(seen.append)
    create_person(store, {"full_name": "Жаңы Адам"})
    settle(qtbot, window.desk)
    assert seen == [frozenset({"person"})]
    assert [r.full_name for r in window.people.model.rows] == ["Жаңы Адам"]


def test_window_layout_is_remembered_in_the_home_folder(qtbot: QtBot, store: Store) -> None:
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width(), 520)  # the offscreen screen is 800x600
    first.sidebar.setCurrentRow(first.MEETINGS)
    first.people.splitter.setSizes([500, 200])
    first.close()
    assert store.home.layout.exists()
    saved = QSettings(str(store.home.layout), QSettings.Format.IniFormat)
    assert saved.value("window/page") in (3, "3")
    second = MainWindow(store)
    qtbot.addWidget(second)
    assert second.sidebar.currentRow() == second.MEETINGS
    assert second.height() == 520
    assert second.people.splitter.sizes()[0] > second.people.splitter.sizes()[1]


def test_runner_shows_progress_only_for_long_work_and_cancels(qtbot: QtBot) -> None:
    runner = Runner()
    results: list[object] = []
    runner.run(lambda _p: 42, results.append)
    qtbot.waitUntil(lambda: results == [42])
    assert not [d for d in runner.findChildren(QProgressDialog)]

    started, errors = threading.Event(), []

    def long_work(progress: Progress) -> None:
        started.set()
        for done in range(1000):  # a long service: it stops at its next step after Cancel
            progress.step(done, 1000, "")
            threading.Event().wait(0.005)

    progress = runner.run(
        long_work, results.append, errors.append, cancellable=True, label="Long work"
    )
    started.wait(2)
    dialogs: list[QProgressDialog] = []
    qtbot.waitUntil(lambda: bool(dialogs.extend(_dialogs()) or dialogs), timeout=3000)
    assert dialogs[0].labelText() == "Long work"
    cancel = dialogs[0].findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert progress.cancelled and isinstance(errors[0], Cancelled) and results == [42]
    runner.shutdown()


def _dialogs() -> list[QProgressDialog]:
    from PySide6.QtWidgets import QApplication

    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_an_unexpected_error_shows_one_dialog_naming_the_log_file(
    store: Store, boxes: Boxes
) -> None:
    crash = CrashReporter(store)
    crash.install()
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError as err:
            sys.excepthook(type(err), err, err.__traceback__)
    finally:
        crash.uninstall()
    assert len(boxes.shown) == 1
    kind, text = boxes.shown[0]
    assert kind == "critical" and str(store.home.log_file) in text
    assert "already saved is safe" in text


def test_screenshots_command_renders_each_screen(
    tmp_path: Path,
    make_demo_store: Callable[..., Store],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtGui import QImage

    from app.cli.main import main

    store = make_demo_store(seed=1)
    # The Sync and Reports screens belong to other issues and are tested there.
    monkeypatch.setattr(LaterPage, "_build", lambda self: QLabel(self.kind))
    out = tmp_path / "shots"
    assert main(["--home", str(store.home.root), "screenshots", "--out", str(out)]) == 0
    names = sorted(p.name for p in out.glob("*.png"))
    for expected in (
        "01-trainings.png",
        "02-people.png",
        "13-attendance-grid.png",
        "23-meeting-actions.png",
        "31-quick-add.png",
    ):
        assert expected in names
    image = QImage(str(out / "01-trainings.png"))
    assert image.width() >= 1200 and image.height() >= 700


def test_quitting_with_an_unsaved_editor_asks_first(
    qtbot: QtBot, store: Store, window: MainWindow, boxes: Boxes
) -> None:
    from PySide6.QtWidgets import QMessageBox

    editor = window.meetings.new_meeting()
    type_text(editor.form.fields["title"], "Жолугушуу")
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible() and editor.isVisible()
    boxes.answer = QMessageBox.StandardButton.Discard
    assert window.close()
    assert [kind for kind, _text in boxes.shown] == ["question", "question"]


def test_backups_are_taken_while_running_and_at_exit(qtbot: QtBot, store: Store) -> None:
    from app.core import backup
    from app.core.backup import list_backups

    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    assert w.backup_timer.isActive()
    w.backup_if_due()  # the timer's tick: nothing backed up yet, so one is due
    settle(qtbot, w.desk)
    assert len(list_backups(store.home.backups)) == 1
    create_person(store, {"full_name": "Айсулуу Алымова"})
    w.backup_if_due()  # changed, but the last backup is recent: not due yet
    settle(qtbot, w.desk)
    assert len(list_backups(store.home.backups)) == 1
    w.close()  # closing never waits: the exit backup is left due for the next start
    assert backup.is_pending(store.home)
    again = MainWindow(store)
    qtbot.addWidget(again)
    again.backup_if_due()  # what the next start does a few seconds after opening
    settle(qtbot, again.desk)
    assert not backup.is_pending(store.home)
    newest = list_backups(store.home.backups)[0].path  # (rotation keeps one per day)
    key = store.database_key
    rebuilt = backup.rebuild(newest, store.home.root / "check.sqlite3", key, key)
    with connect_raw(rebuilt) as raw:
        assert raw.execute("select full_name from person").fetchall() == [("Айсулуу Алымова",)]
