"""The interface in Kyrgyz and Russian: every shown word translated, on every screen.

Two nets. The catalogues against the code: each word the code can show (found by
build_spec/translations.py the way PySide6 looks words up) has a finished translation in
ky and ru, with its {names}, %n and Alt-key mark kept. And the running screens: every
screen is rendered in ky and ru with a translator that notes each word Qt is asked for;
a word asked for and not translated, or an English word left on a widget, fails.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app.core.paths import resources_dir
from app.core.store import Store
from app.ui.i18n import translations

ROOT = Path(__file__).resolve().parents[2]
# build_spec/translations.py is a build tool, not part of the app package: load it by path.
_spec = importlib.util.spec_from_file_location("catalogue", ROOT / "build_spec/translations.py")
assert _spec is not None and _spec.loader is not None
catalogue = importlib.util.module_from_spec(_spec)
sys.modules["catalogue"] = catalogue
_spec.loader.exec_module(catalogue)

MARKS = re.compile(r"\{[a-z_0-9]*\}|%\d|%n")


def _alt_marks(text: str) -> int:
    """Alt-key marks: "&" before a letter ("&File"), not "&&" nor a lone "NAP & capacity"."""
    return len(re.findall(r"(?<!&)&(?=[^&\s])", text))


@pytest.fixture(scope="session")
def found() -> Any:
    """The words the code can show (reading every source file: once per worker)."""
    return catalogue.extract()


def test_the_code_shows_no_word_that_cannot_be_translated(found: object) -> None:
    assert found.problems == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_every_shown_word_is_translated_with_its_placeholders(found: object, language: str) -> None:
    wanted = catalogue.expected(found, language)
    have = catalogue.read_ts(catalogue.ts_path(language))
    missing = [f"{k.context}: {k.source}" for k in wanted if have.get(k) is None]
    assert not missing, f"{len(missing)} words not translated in {language}: {missing[:20]}"
    forms = 3 if language == "ru" else 2
    for key in wanted:
        for text in have[key] or []:
            assert sorted(MARKS.findall(text)) == sorted(MARKS.findall(key.source)), (key, text)
            assert _alt_marks(text) == _alt_marks(key.source), (key, text)
        if key.numerus:
            assert len(have[key] or []) == forms, key


def test_the_compiled_catalogues_are_up_to_date() -> None:
    folder = resources_dir() / "translations"
    for language in ("ky", "ru", "en"):
        ts, qm = folder / f"tirek_{language}.ts", folder / f"tirek_{language}.qm"
        assert qm.exists(), "run `make translations`"
        assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} is older than its .ts"


class Recorder(QTranslator):
    """Installed on top: notes every word Qt is asked for, translates nothing itself."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, int]] = set()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked.add((context, source, n))
        return None


def shown_texts(widget: QWidget) -> Iterator[str]:
    """The words a widget and its children put on the screen."""
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        if w.isWindow():
            yield w.windowTitle()
        if isinstance(w, QLabel | QAbstractButton):
            yield w.text()
        if isinstance(w, QGroupBox):
            yield w.title()
        if isinstance(w, QLineEdit):
            yield w.placeholderText()
        if isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        if isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        header = w.horizontalHeader() if isinstance(w, QTableView) else None
        header = w.header() if isinstance(w, QTreeView) else header
        if header is not None and w.model() is not None:
            for column in range(min(header.count(), 30)):
                yield str(w.model().headerData(column, Qt.Orientation.Horizontal) or "")
        if isinstance(w, QMainWindow):
            for action in w.menuBar().actions():
                yield action.text()
                menu = action.menu()
                if menu is not None:
                    yield from (a.text() for a in menu.actions())
        if isinstance(w, QWizard):
            page = w.currentPage()
            if page is not None:
                yield page.title()
                yield page.subTitle()


def cut_off(widget: QWidget) -> Iterator[str]:
    """Words that do not fit where they are shown (a button, a heading, a hint)."""
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisibleTo(widget):
            continue
        fm = w.fontMetrics()
        words = ""
        if isinstance(w, QLabel) and not w.wordWrap() and "<" not in w.text():
            words = w.text() if w.width() + 1 < w.minimumSizeHint().width() else ""
        elif isinstance(w, QAbstractButton):
            plain = w.text().replace("&", "")
            words = w.text() if w.width() < fm.horizontalAdvance(plain) + 8 else ""
        elif isinstance(w, QLineEdit) and not w.text():
            hint = w.placeholderText()
            words = hint if w.width() < fm.horizontalAdvance(hint) + 12 else ""
        if words:
            yield words
        header = w.horizontalHeader() if isinstance(w, QTableView) else None
        if header is not None and w.model() is not None:
            for column in range(header.count()):
                text = str(w.model().headerData(column, Qt.Orientation.Horizontal) or "")
                widest = max(header.fontMetrics().horizontalAdvance(x) for x in text.split("\n"))
                if not header.isSectionHidden(column) and header.sectionSize(column) < widest + 10:
                    yield text


def _plain(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":").strip()


@pytest.mark.long(8)
@pytest.mark.parametrize("language", ["ky", "ru"])
def test_every_screen_is_shown_in_the_chosen_language(
    tmp_path: Path,
    make_demo_store: Callable[..., Store],
    qtbot: QtBot,
    language: str,
    found: Any,
) -> None:
    from app.ui.screenshots import render_all

    contexts = {k.context for k in found.messages} | set(catalogue.QT_OWN)
    store = make_demo_store(seed=1)
    translated = {
        key: forms for key, forms in catalogue.read_ts(catalogue.ts_path(language)).items()
    }
    # English words whose translation differs: one of them on a screen was not translated.
    english = {
        _plain(k.source)
        for k, forms in translated.items()
        if forms and _plain(forms[0]) != _plain(k.source) and len(_plain(k.source)) > 2
    }
    leftovers: dict[str, set[str]] = {}
    cut: dict[str, set[str]] = {}
    unloaded: list[str] = []  # a main page still importing: its shot shows "Loading…"

    def visit(name: str, widget: QWidget) -> None:
        if getattr(widget, "importing", False):
            unloaded.append(name)
        for text in shown_texts(widget):
            if _plain(text) in english:
                leftovers.setdefault(name, set()).add(text)
        for text in cut_off(widget):
            cut.setdefault(name, set()).add(text)

    recorder = Recorder()
    translations.apply(language)
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(recorder)
    try:
        shots = render_all(store, tmp_path / language, language, visit)
    finally:
        app.removeTranslator(recorder)
        # render_all leaves its ~100 windows and dialogs to deleteLater, which only a later
        # event loop runs: delete them now, not in whichever test comes next on this worker
        # (each window's idle lock filters every event of the application until then).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not unloaded, f"shot before the page was built: {unloaded}"
    assert len(shots) >= 32  # 9 pages, editors and their tabs, the wizard, Settings, dialogs
    # PySide looks a self.tr() word up class by class along the MRO (TrainingEditor, then
    # EditorDialog, ...): a word is missing when no context it was asked in translates it.
    contexts_asked: dict[tuple[str, int], set[str]] = {}
    for context, source, n in recorder.asked:
        if context in contexts:
            contexts_asked.setdefault((source, n), set()).add(context)
    untranslated = sorted(
        f"{'/'.join(sorted(asked))}: {source}"
        for (source, n), asked in contexts_asked.items()
        if all(translated.get(catalogue.Key(c, source, n >= 0)) is None for c in asked)
    )
    assert not untranslated, f"asked for but not translated in {language}: {untranslated}"
    assert not leftovers, f"English words left on screens in {language}: {leftovers}"
    assert not cut, f"words cut off on screens in {language}: {cut}"


@pytest.mark.parametrize("language", ["ru", "ky"])
def test_the_user_guide_names_the_buttons_as_the_screen_shows_them(language: str) -> None:
    # The guide's templates name each on-screen word by its catalogue entry; the shipped
    # guide must be what they give with today's translations (build_spec/guide.py).
    spec = importlib.util.spec_from_file_location("guide", ROOT / "build_spec/guide.py")
    assert spec is not None and spec.loader is not None
    guide = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(guide)
    shipped = (resources_dir() / "guide" / f"guide_{language}.md").read_text(encoding="utf-8")
    assert shipped == guide.render(language), "run: python build_spec/guide.py"
    for flow in range(1, 6):  # training, sign-in sheet, minutes, sync, certificates
        assert f"\n## {flow}. " in shipped


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_no_two_menu_items_share_an_alt_key(store: Store, qtbot: QtBot, language: str) -> None:
    from app.ui.main_window import MainWindow

    translations.apply(language)
    window = MainWindow(store)
    qtbot.addWidget(window)
    bar = window.menuBar().actions()
    menus = [[a.text() for a in bar]]
    menus += [[a.text() for a in m.menu().actions()] for m in bar if m.menu() is not None]
    for texts in menus:
        keys = [m.group(1).lower() for t in texts if (m := re.search(r"(?<!&)&([^&\s])", t))]
        assert len(keys) == len(set(keys)), texts
    window.retire()


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_the_window_fits_an_old_laptop_screen_in_every_language(
    store: Store, qtbot: QtBot, language: str
) -> None:
    # Longer words must not push the window wider than a 1280-pixel screen (many field
    # laptops have 1366 or 1280): wide tables scroll sideways instead.
    from app.ui.main_window import MainWindow

    translations.apply(language)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    for row in range(window.SEARCH):  # build every page, the lazily loaded ones too
        window.sidebar.setCurrentRow(row)
        QCoreApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1260
    window.retire()
