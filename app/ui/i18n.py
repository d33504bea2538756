"""The interface language: Tirek's own catalogue and Qt's, swapped in while running.

Catalogues are compiled from resources/translations/tirek_<lang>.ts by `make` (see
build_spec/translations.py). Qt's own words (dialog buttons, the right-click menu)
come from qtbase_<lang>.qm, which Qt ships for Russian; the Kyrgyz catalogue carries
its own version of them, as Qt has none. Installing new translators makes Qt send a
LanguageChange event to every widget; screens that stay open (the first-run wizard)
re-read their words then, and the main window is rebuilt (see app.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.paths import resources_dir

# Each language named in itself: these names are never translated.
LANGUAGE_NAMES = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}
# Dates and numbers as written in Kyrgyzstan, in the chosen language.
LOCALES = {"ky": "ky_KG", "ru": "ru_KG", "en": "en_GB"}


def system_language() -> str:
    """The laptop's own language when Tirek has it, else Russian (the common one)."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGE_NAMES else "ru"


class Translations:
    """The translators installed in the application; one instance per process."""

    def __init__(self) -> None:
        self.installed: list[QTranslator] = []
        self.language = "en"
        self.system_locale = QLocale()

    def clear(self) -> None:
        """Back to the source words (English); tests start from here."""
        app = QCoreApplication.instance()
        for old in self.installed:
            if app is not None:
                app.removeTranslator(old)
        self.installed = []
        self.language = "en"
        QLocale.setDefault(self.system_locale)

    def apply(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        self.clear()
        folder = resources_dir() / "translations"
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Installed last is asked first: Tirek's catalogue goes on top of Qt's.
        for name, places in (
            (f"qtbase_{language}", (str(folder), qt_folder)),
            (f"tirek_{language}", (str(folder),)),
        ):
            for place in places:
                translator = QTranslator()
                if translator.load(name, place):
                    app.installTranslator(translator)
                    self.installed.append(translator)
                    break
        QLocale.setDefault(QLocale(LOCALES.get(language, "en_GB")))
        self.language = language


translations = Translations()
