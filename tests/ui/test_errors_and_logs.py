"""Bugs and Qt's own warnings end up in tirek.log; user errors in words on screen."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator

import pytest
from PySide6.QtCore import qWarning
from pytestqt.qtbot import QtBot

from app.core import logs
from app.core.errors import N_, InputError
from app.core.store import Store
from app.ui import qtlog
from app.ui.errors import CrashReporter
from app.ui.runner import Runner
from tests.ui.conftest import Boxes


@pytest.fixture
def logged(store: Store) -> Iterator[Store]:
    """The app's log file in the store's home folder, as `tirek` sets it up."""
    logs.setup(store.home.root)
    yield store
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()


def _log_text(store: Store) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return store.home.log_file.read_text(encoding="utf-8")


def test_a_bug_in_background_work_is_logged_and_shown_once_not_handed_to_the_page(
    qtbot: QtBot, logged: Store, boxes: Boxes
) -> None:
    crash = CrashReporter(logged)
    crash.install()
    runner = Runner()
    page_errors: list[BaseException] = []

    def buggy(_progress: object) -> None:
        raise ZeroDivisionError("a bug in a service")

    try:
        runner.run(buggy, None, page_errors.append)
        qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    finally:
        crash.uninstall()
        runner.shutdown()
    assert page_errors == []  # the page never shows a bug as if it were the user's problem
    assert [kind for kind, _ in boxes.shown] == ["critical"]
    assert str(logged.home.log_file) in boxes.shown[0][1]
    text = _log_text(logged)
    assert "Traceback" in text and "ZeroDivisionError: a bug in a service" in text


def test_a_user_error_in_background_work_reaches_the_page(qtbot: QtBot, boxes: Boxes) -> None:
    runner = Runner()
    page_errors: list[BaseException] = []

    def refused(_progress: object) -> None:
        raise InputError(N_("The title is missing."), field="title")

    runner.run(refused, None, page_errors.append)
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    runner.shutdown()
    assert [type(e) for e in page_errors] == [InputError] and boxes.shown == []


@pytest.mark.qt_log_level_fail("CRITICAL")  # this test emits a warning on purpose
def test_qt_warnings_go_to_the_log(logged: Store) -> None:
    previous = qtlog.install()
    try:
        qWarning("QLayout: a test warning")
    finally:
        qtlog.uninstall(previous)
    text = _log_text(logged)
    assert "WARNING tirek.qt: QLayout: a test warning" in text
