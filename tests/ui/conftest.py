"""GUI test helpers: a Desk on the test store, and message boxes that never block."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.core.store import Store
from app.ui.desk import Desk
from app.ui.i18n import translations
from app.ui.runner import Runner


@dataclass
class Boxes:
    """What the message boxes were asked, and what the "user" answers."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    shown: list[tuple[str, str]] = field(default_factory=list)

    def texts(self) -> str:
        return "\n".join(text for _kind, text in self.shown)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    record = Boxes()

    def ask(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> object:
        record.shown.append(("question", text))
        return record.answer

    def tell(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> object:
            record.shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "question", ask)
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, tell(kind))
    return record


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    """A test that switches the language leaves the next one in English."""
    yield
    translations.clear()


@pytest.fixture
def desk(store: Store, qtbot: QtBot) -> Iterator[Desk]:
    d = Desk(store)
    yield d
    d.close()


def settle(qtbot: QtBot, desk: Desk | Runner) -> None:
    """Let queued data-changed signals and runner callbacks arrive, and the loads they
    start in turn (screens load their data on the runner): a window's desk, or the runner
    a page was given."""
    runner = desk.runner if isinstance(desk, Desk) else desk
    for _ in range(20):
        runner.wait()
        qtbot.waitUntil(lambda: runner.idle, timeout=5000)
        QApplication.processEvents()
        if runner.idle:
            return


def type_text(widget: QWidget, text: str, *, clear: bool = True) -> None:
    """Type text key by key, Cyrillic too (QTest's keyClicks knows only ASCII)."""
    if clear:
        widget.clear()  # type: ignore[attr-defined]
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def run_gui_script(code: str, home: Path, smoke: str | None) -> subprocess.CompletedProcess[str]:
    """`code` (which starts `tirek gui` on argv[1]) in a Python process of its own,
    offscreen, with TIREK_SMOKE_EXIT=`smoke` or without it; its exit code is checked."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("TIREK_SMOKE_EXIT", None)
    if smoke is not None:
        env["TIREK_SMOKE_EXIT"] = smoke
    done = subprocess.run(
        [sys.executable, "-c", code, str(home)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done
