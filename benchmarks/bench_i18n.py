"""Languages and shipping: loading the catalogues, switching the language with the main
window open on the large installation, and the size of the bundle (when built)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from benchmarks.bench_gui import _home
from benchmarks.harness import Context, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]


def run(ctx: Context) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.core.paths import resources_dir
    from app.core.store import Store
    from app.ui.app import Shell, application
    from app.ui.i18n import translations
    from app.ui.main_window import MainWindow

    app = application()
    folder = str(resources_dir() / "translations")

    def qt_only() -> None:
        t = QTranslator()
        t.load("qtbase_ru", folder)
        app.installTranslator(t)
        app.removeTranslator(t)

    raw, _ = timed(qt_only, repeat=20)
    for language in ("ky", "ru"):
        value, _ = timed(lambda language=language: translations.apply(language), repeat=20)
        ctx.row(
            "i18n",
            f"install the {language} catalogues (Tirek's and Qt's)",
            value * 1000,
            "ms",
            baseline=raw * 1000,
            aim="< 50 ms",
        )
    translations.clear()

    store = Store.open(_home())
    try:

        def build() -> None:
            window = MainWindow(store)
            window.show()
            QCoreApplication.processEvents()
            window.retire()
            QCoreApplication.processEvents()

        built, _ = timed(build, repeat=3)
        shell = Shell(store)
        shell.window.show()
        QCoreApplication.processEvents()
        order = iter(["ky", "ru", "en", "ky", "ru", "en"])

        def switch() -> None:
            shell.switch_language(next(order))
            QCoreApplication.processEvents()

        switched, _ = timed(switch, repeat=3)
        ctx.row(
            "i18n",
            "switch the language, main window open (100,000 people)",
            switched,
            "s",
            baseline=built,
            aim="<= 2x building the window",
        )
        shell.window.retire()
    finally:
        store.close()
        translations.clear()

    bundle = ROOT / "dist" / "tirek"
    if bundle.exists():
        size = int(subprocess.run(["du", "-sb", str(bundle)], capture_output=True, text=True,
                                  check=True).stdout.split()[0])  # fmt: skip
        ctx.row("bundle", "one-folder bundle, du -sb dist/tirek", size / 1e6, "MB", aim="< 160 MB")
