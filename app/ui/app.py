"""Start the Qt application on an open store."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from app.core.store import Store
from app.ui.main_window import MainWindow


def run(store: Store) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Tirek")
    app.setOrganizationName("Tirek")
    window = MainWindow(store)
    window.show()
    return int(app.exec())
