"""Help → About shows what a coordinator asks for on the phone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app import __version__
from app.core.store import Store
from app.ui.about import AboutDialog


def test_about_names_version_home_folder_and_log_file(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.details()
    assert f"Version: {__version__}" in text
    assert f"Home folder: {store.home.root}" in text
    assert f"Log file: {store.home.log_file}" in text
    assert "This laptop: Osh-1 (Trainer)" in text
    dialog.copy_details()
    assert QGuiApplication.clipboard().text() == text
    assert dialog.grab().save(str(tmp_path / "about.png"))
