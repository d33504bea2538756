"""Start the Qt application on an open store."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.core.paths import resources_dir
from app.core.store import Store
from app.ui.errors import CrashReporter
from app.ui.main_window import MainWindow

STYLE = """
QListWidget#sidebar {
    background: #24324a; color: #e8edf5; border: none; font-size: 11pt;
    padding-top: 8px; outline: 0;
}
QListWidget#sidebar::item { padding-left: 18px; }
QListWidget#sidebar::item:selected { background: #3d5a80; color: white; }
QListWidget#sidebar::item:hover:!selected { background: #2f4160; }
QLabel#pageTitle { font-size: 14pt; font-weight: bold; padding: 2px 0 6px 0; }
QLabel#approval { background: #e6f2e6; color: #1b5e20; padding: 6px; border-radius: 4px; }
QToolBar#searchBar { padding: 4px 8px; spacing: 6px; }
QLineEdit { padding: 3px; }
QHeaderView::section { padding: 4px; }
QTabWidget::pane { border-top: 1px solid #c8ccd2; }
"""


def application() -> QApplication:
    """The one QApplication, with the shipped fonts (Kyrgyz letters included) and style."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Tirek")
    app.setOrganizationName("Tirek")
    fonts = resources_dir() / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        if (fonts / name).exists():
            QFontDatabase.addApplicationFont(str(fonts / name))
    app.setFont(QFont("DejaVu Sans", 10))
    app.setStyleSheet(STYLE)
    return app


def run(store: Store) -> int:
    app = application()
    crash = CrashReporter(store)
    crash.install()
    window = MainWindow(store)
    window.show()
    if os.environ.get("TIREK_SMOKE_EXIT") == "1":
        # The packaged bundle's smoke test (tests/bundle): paint the window once, then quit.
        def painted_then_quit() -> None:
            image = window.grab()
            print(f"smoke: main window painted {image.width()}x{image.height()}", flush=True)
            app.quit()

        QTimer.singleShot(0, painted_then_quit)
    try:
        return int(app.exec())
    finally:
        crash.uninstall()
