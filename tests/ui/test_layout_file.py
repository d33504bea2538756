"""The window's layout and the installation's settings live in two files, one owner each.

settings.ini is written by the core (configparser), layout.ini by the window (QSettings).
When both wrote settings.ini, a core write lowercased `splitters/mainSplitter` and the
saved layout was lost.
"""

from __future__ import annotations

import configparser

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.core import settings
from app.core.store import Store
from app.ui.main_window import MainWindow


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_core_settings_write_keeps_the_layout(qtbot: QtBot, store: Store) -> None:
    first = _window(qtbot, store)
    first.sidebar.setCurrentRow(first.PEOPLE)
    first.people.splitter.setSizes([500, 200])
    first.close()
    main_state = first.splitter.saveState()
    settings.put_many(  # what Settings and the wizard do
        store.home, {("interface", "language"): "en", ("organisation", "name"): "Forum"}
    )
    second = _window(qtbot, store)
    assert second.sidebar.currentRow() == second.PEOPLE
    assert second.people.splitter.sizes()[0] > second.people.splitter.sizes()[1]
    core = configparser.ConfigParser(interpolation=None)
    core.read(store.home.settings, encoding="utf-8")
    assert core.sections() == ["interface", "organisation"]  # no layout in the core's file
    layout = QSettings(str(store.home.layout), QSettings.Format.IniFormat)
    assert layout.value("splitters/mainSplitter") == main_state


def test_a_layout_left_in_settings_ini_moves_to_its_own_file_once(
    qtbot: QtBot, store: Store
) -> None:
    donor = _window(qtbot, store)
    donor.people.splitter.setSizes([520, 180])
    state = donor.people.splitter.saveState()
    donor.retire()
    store.home.layout.unlink(missing_ok=True)
    # As an earlier Tirek left it: the layout written by QSettings into settings.ini...
    old = QSettings(str(store.home.settings), QSettings.Format.IniFormat)
    old.setValue("window/page", 3)
    old.setValue("splitters/peopleSplitter", state)
    old.sync()
    del old
    settings.put(store.home, "interface", "language", "en")  # ...then lowercased by the core
    assert "peoplesplitter" in store.home.settings.read_text(encoding="utf-8")

    window = _window(qtbot, store)
    assert window.sidebar.currentRow() == window.MEETINGS
    assert window.people.splitter.saveState() == state
    assert store.home.layout.exists()
    core = configparser.ConfigParser(interpolation=None)
    core.read(store.home.settings, encoding="utf-8")
    assert core.sections() == ["interface"] and core.get("interface", "language") == "en"
