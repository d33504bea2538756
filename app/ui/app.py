"""Start the Qt application on an open store."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.core import settings
from app.core.paths import Home, resources_dir
from app.core.store import Store
from app.ui import qtlog
from app.ui.errors import CrashReporter, show_error
from app.ui.i18n import system_language, translations
from app.ui.main_window import MainWindow
from app.ui.runner import wait_for_workers

if TYPE_CHECKING:
    from app.ui.setup.wizard import FirstRunWizard

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


class Shell:
    """Holds the one main window, and builds it anew when the language changes.

    Editors are window-modal, so when Settings is used no editor is open and every change
    is already saved; the new window reopens the same page, layout and search.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.window = self._build()

    def _build(self) -> MainWindow:
        window = MainWindow(self.store)
        window.language_chosen.connect(self.switch_language)
        return window

    def switch_language(self, language: str) -> None:
        old = self.window
        old.save_layout()
        search = old.search.text()
        translations.apply(language)
        self.window = self._build()
        self.window.search.setText(search)
        self.window.show()
        old.retire()


def load_demo_later(window: MainWindow) -> None:
    """The wizard's "load demo data": in the background, with progress, once shown."""
    from app.core.demo import load_demo

    window.desk.runner.run(
        lambda progress: load_demo(window.store, "small", 1, progress),
        lambda _result: window.refresh(),
        lambda err: show_error(window, err),
        label=QCoreApplication.translate("Shell", "Loading demo data…"),
    )


def first_run(store: Store) -> FirstRunWizard | None:
    """The wizard on a laptop not set up yet; None when it was closed unfinished."""
    from app.ui.setup.wizard import FirstRunWizard  # only on a first start

    wizard = FirstRunWizard(store, translations.language)
    if os.environ.get("TIREK_SMOKE_EXIT") == "1":
        # The packaged bundle's smoke test: paint the wizard, then finish it as it stands.
        def painted_then_finish() -> None:
            image = wizard.grab()
            print(f"smoke: first-run wizard painted {image.width()}x{image.height()}", flush=True)
            wizard.accept()

        QTimer.singleShot(0, painted_then_finish)
    return wizard if wizard.exec() else None


def start(home_dir: Path) -> int:
    """`tirek` / `tirek gui`: ask the passphrase (lock.py), then open the window on it."""
    from app.ui.lock import open_store

    application()
    translations.apply(settings.interface_language(Home(home_dir), system_language()))
    store = open_store(home_dir)
    if store is None:
        return 0  # cancelled: nothing was opened
    try:
        return run(store)
    finally:
        store.close()


def run(store: Store) -> int:
    previous_handler = qtlog.install()  # Qt's warnings to tirek.log, not a hidden stderr
    app = application()
    translations.apply(settings.interface_language(store.home, system_language()))
    crash = CrashReporter(store)
    crash.install()
    shell: Shell | None = None
    try:
        wants_demo = False
        if store.identity() is None:
            wizard = first_run(store)
            if wizard is None:
                return 0  # closed before finishing: nothing was written
            wants_demo = wizard.wants_demo
        shell = built = Shell(store)
        window = shell.window
        window.show()
        if wants_demo:
            load_demo_later(window)
        smoke = os.environ.get("TIREK_SMOKE_EXIT")
        if smoke in ("1", "rows"):
            # The packaged bundle's smoke test (tests/bundle): paint the window once, then quit;
            # "rows" waits until the page on screen shows its data (benchmarks/bench_gui.py).
            def painted_then_quit() -> None:
                if smoke == "rows" and not built.window.page_ready:
                    QTimer.singleShot(5, painted_then_quit)
                    return
                image = built.window.grab()
                first = built.window.sidebar.item(0).text()  # in the chosen language
                print(
                    f"smoke: main window painted {image.width()}x{image.height()}"
                    f" in {translations.language}: {first}",
                    flush=True,
                )
                # The way a user's close goes (closeEvent: layout, exit backup, the runner
                # stopped), then the application's end in `run` waits for the runner.
                built.window.close()
                app.quit()

            QTimer.singleShot(0, painted_then_quit)
        return int(app.exec())
    finally:
        if shell is not None:
            # However the loop ended (the window closed, the session ending, the smoke exit):
            # stop the runner and wait, bounded, for its job in hand before the caller
            # closes the store and Python finalises (runner.py says why).
            shell.window.desk.close()
        wait_for_workers()
        crash.uninstall()
        qtlog.uninstall(previous_handler)
