"""Every window and dialog fits 1366x768 and 1280x800 with a 40 px taskbar, in the
longer of our languages, with every tab shown (forms scroll rather than grow)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.core.store import Store
from app.ui.about import AboutDialog
from app.ui.desk import Desk
from app.ui.documents.certificates import PrintCertificatesDialog
from app.ui.fit import TITLE_BAR, fit_to_screen
from app.ui.guide import GuideWindow
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from app.ui.meetings.editor import MeetingEditor
from app.ui.people.editor import PersonEditor, QuickAddDialog
from app.ui.people.search import PersonPicker
from app.ui.setup.dialog import SettingsDialog
from app.ui.trainings.editor import TrainingEditor
from app.ui.trainings.registration import RegistrationDialog
from tests.registration.helpers import training_day

TASKBAR = 40
SCREENS = {
    "1366x768": QRect(0, 0, 1366, 768 - TASKBAR),
    "1280x800": QRect(0, 0, 1280, 800 - TASKBAR),
}

Make = Callable[[Desk, str, str], QWidget]
WINDOWS: dict[str, Make] = {
    "main window": lambda desk, _t, _s: MainWindow(desk.store),
    "training editor": lambda desk, t, _s: TrainingEditor(desk, t),
    "new training": lambda desk, _t, _s: TrainingEditor(desk),
    "registration": lambda desk, _t, s: RegistrationDialog(desk, s),
    "person editor": lambda desk, _t, _s: PersonEditor(desk),
    "quick add": lambda desk, _t, _s: QuickAddDialog(desk),
    "person picker": lambda desk, _t, _s: PersonPicker(desk.store, "x"),
    "meeting editor": lambda desk, _t, _s: MeetingEditor(desk),
    "settings": lambda desk, _t, _s: SettingsDialog(desk.store),
    "about": lambda desk, _t, _s: AboutDialog(desk.store),
    "user guide": lambda _d, _t, _s: GuideWindow(),
    "certificates": lambda desk, t, _s: PrintCertificatesDialog(desk.store, desk.runner, t),
}


@pytest.fixture(autouse=True)
def loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RegistrationDialog, "host", "127.0.0.1")
    monkeypatch.setattr(RegistrationDialog, "port", 0)


@pytest.mark.parametrize("lang", ["ky", "ru"])
@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_fits_the_laptops(qtbot: QtBot, store: Store, desk: Desk, name: str, lang: str) -> None:
    translations.apply(lang)
    tid, sid = training_day(store)
    window = WINDOWS[name](desk, tid, sid)
    qtbot.addWidget(window)
    window.show()
    for tabs in window.findChildren(QTabWidget):  # the tallest tab decides
        for i in range(tabs.count()):
            if tabs.isTabEnabled(i):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
    for screen, area in SCREENS.items():
        window.resize(1600, 1000)  # as if remembered from a bigger monitor
        fit_to_screen(window, area)
        QApplication.processEvents()
        assert window.width() <= area.width(), (screen, window.size())
        assert window.height() + TITLE_BAR <= area.height(), (screen, window.size())
    if isinstance(window, RegistrationDialog):
        window.accept()
