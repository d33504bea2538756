"""The passphrase in the window (issue 16): asked at start-up, and the idle lock."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core import passphrase
from app.core.store import Store
from app.ui import lock
from app.ui.lock import PassphraseDialog, open_store
from app.ui.main_window import MainWindow
from tests.keyrings import MemoryKeyring
from tests.rawdb import TEST_PASSPHRASE
from tests.ui.conftest import Boxes


def test_the_window_locks_when_idle_and_only_the_passphrase_opens_it(
    qtbot: QtBot, store: Store
) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    lock = window.idle_lock
    lock.timer.setInterval(50)  # the setting is in minutes; a test waits milliseconds
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)
    screen = lock.screen
    assert screen is not None and screen.isVisible()
    assert screen.geometry() == window.rect()  # covers everything
    # ...and hides it: what is painted is the cover's colour, not the pages under it.
    image = window.grab().toImage()
    for x, y in ((10, 10), (window.width() // 4, window.height() // 2), (window.width() - 10, 60)):
        assert image.pixelColor(x, y).name() == "#24324a", (x, y)
    assert not window.centralWidget().isEnabled()
    assert not any(a.isEnabled() for a in window.menuBar().actions())

    qtbot.keyClicks(screen.typed, "a wrong guess")
    qtbot.keyClick(screen.typed, Qt.Key.Key_Return)
    assert lock.locked and "not right" in screen.problem.text()

    qtbot.keyClicks(screen.typed, TEST_PASSPHRASE)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked
    assert window.centralWidget().isEnabled()
    assert all(a.isEnabled() for a in window.menuBar().actions())
    window.close()


def test_input_starts_the_idle_time_again(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    seen: list[int] = []
    monkeypatch.setattr(window.idle_lock, "input_seen", lambda: seen.append(1))
    qtbot.keyClick(window.search, Qt.Key.Key_A)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton)
    assert len(seen) >= 2
    window.close()


def answer_dialog(*typed: str, remember: bool = False) -> list[str]:
    """Fill the passphrase dialog when it shows; returns the problems it showed."""
    problems: list[str] = []
    answers = list(typed)
    seen: list[PassphraseDialog] = []

    def fill() -> None:
        if seen and not seen[0].isVisible():
            return  # that dialog is done with: leave later ones (other tests) alone
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, fill)
            return
        seen[:] = [dialog]
        if dialog.problem.text():
            problems.append(dialog.problem.text())
        if not answers:
            dialog.reject()
            return
        dialog.typed.setText(answers.pop(0))
        dialog.again.setText(dialog.typed.text())
        dialog.remember.setChecked(remember)
        dialog.accept_typed()
        QTimer.singleShot(20, fill)

    QTimer.singleShot(20, fill)
    return problems


def test_start_up_asks_until_the_passphrase_fits(
    qtbot: QtBot, make_store: Callable[..., Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = make_store().home.root  # encrypted with the suite's passphrase
    monkeypatch.delenv("TIREK_PASSPHRASE")  # nothing known: the window must ask
    passphrase.register(home / "tirek.sqlite3", None)
    problems = answer_dialog("wrong one", TEST_PASSPHRASE)
    store = open_store(home)
    assert store is not None and store.encrypted
    assert problems and "not right" in problems[0]
    store.close()
    assert open_store_cancelled(home)


def open_store_cancelled(home: Path) -> bool:
    answer_dialog()  # no answer: Cancel
    return open_store(home) is None


def test_a_new_installation_chooses_a_passphrase_and_sees_its_recovery_key(
    qtbot: QtBot, tmp_path: Path, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TIREK_PASSPHRASE")
    problems = answer_dialog("short", TEST_PASSPHRASE)
    store = open_store(tmp_path / "new")
    assert store is not None and store.encrypted, problems
    assert problems and "too short" in problems[0]
    assert "recovery key" in boxes.texts()
    assert store.new_recovery_key is not None and store.new_recovery_key in boxes.texts()
    store.close()


def test_settings_change_the_passphrase_and_use_the_recovery_key(
    qtbot: QtBot, store: Store, template_recovery_key: str
) -> None:
    from app.ui.lock import ChangePassphraseDialog

    change = ChangePassphraseDialog(store, recovery=False)
    qtbot.addWidget(change)
    change.proof.setText("not the passphrase")
    change.new.setText("a passphrase for Batken")
    change.again.setText("a passphrase for Batken")
    change.change()
    assert "not right" in change.problem.text()
    change.proof.setText(TEST_PASSPHRASE)
    change.change()
    assert change.result() == change.DialogCode.Accepted
    assert store.check_passphrase("a passphrase for Batken")

    recover = ChangePassphraseDialog(store, recovery=True)
    qtbot.addWidget(recover)
    recover.proof.setText(template_recovery_key)
    recover.new.setText("after the recovery key")
    recover.again.setText("after the recovery key")
    recover.change()
    assert recover.result() == recover.DialogCode.Accepted
    assert store.check_passphrase("after the recovery key")
    assert not store.check_passphrase("a passphrase for Batken")


def test_remember_on_this_computer_opens_the_next_start_without_asking(
    qtbot: QtBot, make_store: Callable[..., Store], kept: MemoryKeyring
) -> None:
    home = make_store().home.root
    passphrase.register(home / "tirek.sqlite3", None)
    problems = answer_dialog(TEST_PASSPHRASE, remember=True)
    store = open_store(home)
    assert store is not None and not problems
    store.close()
    assert list(kept.kept) == [(passphrase.KEPT_KEY_SERVICE, str(home))]
    assert TEST_PASSPHRASE not in kept.kept[(passphrase.KEPT_KEY_SERVICE, str(home))]
    passphrase.register(home / "tirek.sqlite3", None)
    asked: list[QWidget] = []

    def refuse_a_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog):
            asked.append(dialog)
            dialog.reject()

    QTimer.singleShot(20, refuse_a_dialog)
    again = open_store(home)  # no dialog: the remembered key opens it
    qtbot.wait(40)
    assert again is not None and again.encrypted and not asked
    again.close()


def test_the_dialog_says_it_is_opening_while_the_passphrase_opens_the_database(
    qtbot: QtBot, make_store: Callable[..., Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = make_store().home.root
    monkeypatch.delenv("TIREK_PASSPHRASE")
    passphrase.register(home / "tirek.sqlite3", None)
    seen: list[tuple[bool, bool, str, bool]] = []
    made: list[PassphraseDialog] = []
    real_open = Store.open

    class Watched(PassphraseDialog):
        def __init__(self, choosing: bool) -> None:
            super().__init__(choosing)
            made.append(self)

    started, looked = threading.Event(), threading.Event()

    def watched_open(*args: object, **kw: object) -> Store:
        # On the opening's worker: the window's thread looks at the dialog meanwhile,
        # which it can only do if the opening leaves its event loop running.
        started.set()
        assert looked.wait(10), "the dialog was not painted while the database opened"
        looked.clear()
        return real_open(*args, **kw)  # type: ignore[arg-type]

    def look() -> None:
        if not started.is_set():
            return
        started.clear()
        dialog = made[-1]
        waiting = QApplication.overrideCursor()
        seen.append(
            (
                dialog.isVisible(),
                dialog.typed.isEnabled() or dialog.buttons.isEnabled(),
                dialog.problem.text(),
                waiting is not None and waiting.shape() == Qt.CursorShape.WaitCursor,
            )
        )
        looked.set()

    looking = QTimer()
    looking.timeout.connect(look)
    looking.start(10)
    monkeypatch.setattr(Store, "open", watched_open)
    monkeypatch.setattr(lock, "PassphraseDialog", Watched)
    problems = answer_dialog("wrong one", TEST_PASSPHRASE)
    store = open_store(home)
    assert store is not None
    store.close()
    # Both times: still on screen, "Opening Tirek…", nothing to type or click, the wait
    # cursor.
    assert seen == [(True, False, "Opening Tirek…", True)] * 2
    assert problems and "not right" in problems[0]
    assert QApplication.overrideCursor() is None  # given back
