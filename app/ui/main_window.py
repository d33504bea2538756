"""The main window: sidebar, pages, global search, menus, status bar; layout remembered."""

from __future__ import annotations

import importlib
import logging
import sys
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core import settings as core_settings
from app.core.errors import TirekError
from app.core.progress import Progress
from app.core.rights import allowed
from app.ui.about import AboutDialog
from app.ui.desk import Desk
from app.ui.errors import error_text
from app.ui.fit import fit_to_screen
from app.ui.labels import label
from app.ui.loading import Loader
from app.ui.lock import IdleLock, lock_minutes
from app.ui.undo import UndoDelete

if TYPE_CHECKING:
    from app.core.backup import BackupResult
    from app.core.store import Store
    from app.ui.meetings.page import MeetingsPage
    from app.ui.organisations import OrganisationsPage
    from app.ui.people.page import PeoplePage
    from app.ui.search import SearchPage
    from app.ui.trainings.page import TrainingsPage

# The trainer's own screens: built when first shown (only the one on screen at start-up),
# or when a menu or a search result needs one. Row in the stack -> (module, class).
MAIN_PAGES = {
    0: ("app.ui.trainings.page", "TrainingsPage"),
    1: ("app.ui.people.page", "PeoplePage"),
    2: ("app.ui.organisations", "OrganisationsPage"),
    3: ("app.ui.meetings.page", "MeetingsPage"),
    10: ("app.ui.search", "SearchPage"),  # MainWindow.SEARCH
}
# Splitters inside pages that may not be built yet (their saved layout is kept meanwhile).
PAGE_SPLITTERS = ("peopleSplitter", "organisationsSplitter")
# After the first paint the pages not on screen are built, one per event-loop turn, so that
# neither start-up nor a page's first opening waits for it.
WARM_UP_AFTER_MS = 300
# At start-up the page on screen is imported on the runner (with SQLAlchemy and the models
# under it) while the window paints; so are the backups (docs/architecture.md, "Start-up").
BACKUP_MODULE = "app.core.backup"

# Screens loaded on first use: package under app/ui -> class in its page.py. Each takes
# (store, runner) and loads its data on the runner behind a "Loading…" veil.
LATER_PAGES = {
    "sync": "SyncPage",
    "reports": "ReportsPage",
    "duplicates": "DuplicatesPage",
    "network": "NetworkPage",
    "results": "ResultsPage",
    "audit": "AuditPage",
}


def loading_note() -> QLabel:
    """What a screen not built yet shows: "Loading…", as the pages' veil says it."""
    note = QLabel(QCoreApplication.translate("LaterPage", "Loading…"))
    note.setObjectName("pageLoading")
    note.setAlignment(Qt.AlignmentFlag.AlignCenter)
    note.setStyleSheet("font-size: 12pt; color: #1F2A44;")  # as the pages' veil
    return note


class LaterPage(QWidget):
    """A screen imported and built the first time it is opened (Sync, Reports, ...).

    Those screens pull in PDF and spreadsheet libraries: the import runs on the one
    runner while "Loading…" is shown, then the screen is built on the GUI thread and
    loads its own data the same way. Start-up waits for none of it.
    """

    def __init__(self, kind: str, desk: Desk) -> None:
        super().__init__()
        self.kind, self.desk = kind, desk
        self.page: QWidget | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.note = loading_note()
        self.box.addWidget(self.note)
        self.asked = False

    @property
    def loading(self) -> bool:
        """Still importing, or the screen's own data still on its way."""
        return self.page is None or any(x.loading for x in self.page.findChildren(Loader))

    def showEvent(self, event: QShowEvent) -> None:
        if not self.asked:
            self.asked = True
            module = f"app.ui.{self.kind}.page"
            self.desk.runner.run(
                lambda _p: importlib.import_module(module), lambda _m: self._show_page(),
                quiet=True,
            )  # fmt: skip
        super().showEvent(event)

    def _show_page(self) -> None:
        if self.page is not None or not shiboken6.isValid(self):
            return
        self.page = self._build()
        self.note.hide()
        self.box.addWidget(self.page)

    def _build(self) -> QWidget:
        module = importlib.import_module(f"app.ui.{self.kind}.page")
        cls = getattr(module, LATER_PAGES[self.kind])
        page: QWidget = cls(self.desk.store, self.desk.runner)
        return page


class MainWindow(QMainWindow):
    # Settings chose another language: the shell (app.py) builds the window anew in it.
    language_chosen = Signal(str)

    (
        TRAININGS,
        PEOPLE,
        ORGANISATIONS,
        MEETINGS,
        SYNC,
        REPORTS,
        DUPLICATES,
        NETWORK,
        RESULTS,
        AUDIT,
        SEARCH,
    ) = range(11)

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.retired = False
        self.guide: QWidget | None = None
        self.desk = Desk(store, self)
        self.setWindowTitle(self.tr("Tirek"))
        self.resize(1200, 760)
        fit_to_screen(self)  # 760 + title bar + taskbar is more than 768
        self._built: dict[int, QWidget] = {}
        self._importing: set[int] = set()  # pages whose module the runner is importing
        # Nothing is imported on the runner before the window's first paint: the import
        # would only compete with the painting for Python's lock.
        self._painted = False
        self._waiting: list[int] = []
        self._backups_started = False
        self._warm_up = QTimer(self)
        self._warm_up.setSingleShot(True)
        self._warm_up.setInterval(WARM_UP_AFTER_MS)
        self._warm_up.timeout.connect(self._build_next)
        entries: list[tuple[str, QWidget]] = [
            (self.tr("Trainings"), loading_note()),  # placeholders until first shown
            (self.tr("People"), loading_note()),
            (self.tr("Organisations"), loading_note()),
            (self.tr("Meetings"), loading_note()),
            (self.tr("Sync"), LaterPage("sync", self.desk)),
            (self.tr("Reports"), LaterPage("reports", self.desk)),
            (self.tr("Duplicates"), LaterPage("duplicates", self.desk)),
            (self.tr("NAP & capacity"), LaterPage("network", self.desk)),
            (self.tr("Results"), LaterPage("results", self.desk)),
            (self.tr("Audit"), LaterPage("audit", self.desk)),
        ]
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setMaximumWidth(240)
        self.pages = QStackedWidget()
        for name, page in entries:
            item = QListWidgetItem(name)
            item.setSizeHint(QSize(160, 40))
            self.sidebar.addItem(item)
            self.pages.addWidget(page)
        self.pages.addWidget(QWidget())  # the search page's place
        self.sidebar.currentRowChanged.connect(self.show_page)
        # Wide enough for the longest entry in this language ("NAP & capacity" runs long).
        widest = max(self.sidebar.fontMetrics().horizontalAdvance(name) for name, _ in entries)
        self.sidebar_width = max(180, widest + 48)
        self.sidebar.setMinimumWidth(self.sidebar_width)
        self.sidebar.setMaximumWidth(max(240, self.sidebar_width))
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([self.sidebar_width, 1000])
        self.setCentralWidget(self.splitter)
        self._for_role()

        self.search = QLineEdit()
        self.search.setObjectName("globalSearch")
        self.search.setPlaceholderText(self.tr("Search people, trainings, meetings  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(380)
        self.search.textChanged.connect(self._search_typed)
        self.search.returnPressed.connect(lambda: self.search_page.run(self.search.text()))
        self._layout_ready = False  # pages built from now on restore their splitters
        bar = QToolBar(self.tr("Search"))
        bar.setObjectName("searchBar")
        bar.setMovable(False)
        bar.addWidget(self.search)
        self.addToolBar(bar)
        self._menus()
        self.device = QLabel(self._device_words())
        self.statusBar().addPermanentWidget(self.device)
        UndoDelete.of(self, self.desk)  # its words and Undo button in the status bar
        self.settings = self._layout_settings()
        self._layout_ready = True
        # Automatic backups while the app runs (and one at exit, see closeEvent); the timer
        # starts once the backup module is loaded (`_start_backups`).
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.backup_job: Progress | None = None
        self._restore()
        # Covers the window after an idle time; only the passphrase opens it (lock.py).
        self.idle_lock = IdleLock(self, store, lock_minutes(store.home))

    def _device_words(self) -> str:
        ident = self.store.identity()
        if ident is None:
            return ""
        return self.tr("This laptop: {name} · {role}").format(
            name=ident.device_name, role=label(ident.role)
        )

    def _for_role(self) -> None:
        """A trainer's sidebar: her trainings, people, meetings and sync first; the
        coordinator's review screens (duplicates, the NAP) stay one shortcut away
        (Ctrl+7, Ctrl+8) but out of her list."""
        ident = self.store.identity()
        if ident is not None and ident.role == "trainer":
            for row in (self.DUPLICATES, self.NETWORK, self.AUDIT):
                self.sidebar.item(row).setHidden(True)

    # -- menus ----------------------------------------------------------------------------
    def _action(
        self,
        menu_name: str,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: object,
    ) -> QAction:
        menu = self._menu_of[menu_name]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        self._menu_of = {
            "file": bar.addMenu(self.tr("&File")),
            "edit": bar.addMenu(self.tr("&Edit")),
            "view": bar.addMenu(self.tr("&View")),
            "help": bar.addMenu(self.tr("&Help")),
        }
        new = QKeySequence.StandardKey.New
        self.editing_actions = [  # a viewer's laptop writes nothing (app/core/rights.py)
            self._action("file", self.tr("New &training…"), new, self.new_training),
            self._action(
                "file", self.tr("New &person…"), "Ctrl+Shift+N", lambda: self.people.new_person()
            ),
            self._action(
                "file",
                self.tr("New &meeting…"),
                "Ctrl+Shift+M",
                lambda: self.meetings.new_meeting(),
            ),
        ]
        self._menu_of["file"].addSeparator()
        self.editing_actions.append(
            self._action(
                "file", self.tr("&Import people from a spreadsheet…"), None, self.import_people
            )
        )
        for action in self.editing_actions:
            action.setEnabled(allowed(self.store.identity(), "edit_records"))
        self._action("file", self.tr("&Verify a certificate…"), "Ctrl+Shift+V", self.verify)
        self._menu_of["file"].addSeparator()
        # Written out: Windows has no standard key for Preferences or Quit.
        self._action("file", self.tr("&Settings…"), "Ctrl+,", self.settings_dialog)
        self._menu_of["file"].addSeparator()
        self._action("file", self.tr("&Quit"), "Ctrl+Q", self.close)
        undo = QKeySequence.StandardKey.Undo
        self._action("edit", self.tr("&Undo delete"), undo, self.undo_delete)
        self._action("edit", self.tr("&Find…"), QKeySequence.StandardKey.Find, self.focus_search)
        self._action("view", self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh)
        for i in range(self.SEARCH):
            self._action(
                "view",
                self.sidebar.item(i).text().replace("&", "&&"),  # a plain "&", not Alt
                f"Ctrl+{i + 1}" if i < 9 else None,  # Ctrl+1 to Ctrl+9 only
                lambda _=False, i=i: self.sidebar.setCurrentRow(i),
            )
        self._action(
            "help", self.tr("&User guide"), QKeySequence.StandardKey.HelpContents, self.show_guide
        )
        self._action(
            "help", self.tr("&About Tirek"), None, lambda: AboutDialog(self.store, self).open()
        )

    def undo_delete(self) -> None:
        UndoDelete.of(self, self.desk).undo()

    # -- pages ----------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if index < 0:
            return
        module = MAIN_PAGES[index][0] if index in MAIN_PAGES else None
        if module is not None and index not in self._built and module not in sys.modules:
            # "Loading…" is painted while the runner imports the page (and, at start-up,
            # SQLAlchemy and the models under it); then the page is built and loads.
            self._import_then_build(index)
            self.pages.setCurrentIndex(index)
            return
        self.page(index)
        self.pages.setCurrentIndex(index)

    def _import_then_build(self, index: int) -> None:
        if index in self._importing:
            return
        self._importing.add(index)
        if self._painted:
            self._import_on_runner(index)
        else:
            self._waiting.append(index)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._import_waiting)

    def _import_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for index in waiting:
            self._import_on_runner(index)

    def _import_on_runner(self, index: int) -> None:
        module = MAIN_PAGES[index][0]
        self.desk.runner.run(
            lambda _p: importlib.import_module(module), lambda _m: self._imported(index),
            quiet=True,
        )  # fmt: skip

    def _imported(self, index: int) -> None:
        self._importing.discard(index)
        if self.retired or not shiboken6.isValid(self):
            return
        self.page(index)  # built now, unless a menu needed it meanwhile
        if not self._importing and self.isVisible():
            self._after_first_page()

    def _after_first_page(self) -> None:
        """The page on screen is built: build the others, one per turn of the event loop,
        and start the automatic backups."""
        if len(self._built) < len(MAIN_PAGES):
            self._warm_up.start()
        if self._backups_started:
            return
        self._backups_started = True
        if BACKUP_MODULE in sys.modules:
            self._start_backups()
        else:
            self.desk.runner.run(
                lambda _p: importlib.import_module(BACKUP_MODULE),
                lambda _m: self._start_backups(),
                quiet=True,
            )

    def _start_backups(self) -> None:
        from app.core import backup

        if self.retired or not shiboken6.isValid(self):
            return
        self.backup_timer.setInterval(backup.BACKUP_CHECK_MINUTES * 60_000)
        self.backup_timer.start()
        if backup.is_pending(self.store.home):  # the last session closed with a backup due
            QTimer.singleShot(3000, self.backup_if_due)

    def page(self, index: int) -> QWidget:
        """The page in this row of the stack, built the first time it is needed."""
        if index not in MAIN_PAGES:
            later = self.pages.widget(index)
            assert later is not None
            return later
        built = self._built.get(index)
        if built is None:
            module, name = MAIN_PAGES[index]
            built = getattr(importlib.import_module(module), name)(self.desk)
            self._built[index] = built
            shown = self.pages.currentIndex()
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, built)
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages.setCurrentIndex(shown)
            if index == self.SEARCH:
                built.open_record.connect(self.open_record)
            if self._layout_ready:
                self._restore_splitters(built)
        return built

    @property
    def importing(self) -> bool:
        """A page is still being imported on the runner, or waits for the first paint to be."""
        return bool(self._importing)

    @property
    def page_ready(self) -> bool:
        """The page on screen is built and shows its data: nothing of it is still being
        imported or loaded (the smoke test and the benchmark wait for this)."""
        page = self.pages.currentWidget()
        if isinstance(page, LaterPage):
            return not page.loading
        if page is None or self.pages.currentIndex() not in self._built:
            return False
        loaders = page.findChildren(Loader)
        return any(not x.first for x in loaders) and not any(x.loading for x in loaders)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._importing:
            self._after_first_page()

    def _build_next(self) -> None:
        """Build one page not built yet; the next comes at the next turn of the loop."""
        missing = [i for i in MAIN_PAGES if i not in self._built]
        if missing and self.isVisible() and not self.retired:
            self.page(missing[0])
            if len(missing) > 1:
                self._warm_up.start(0)

    @property
    def trainings(self) -> TrainingsPage:
        return self.page(self.TRAININGS)  # type: ignore[return-value]

    @property
    def people(self) -> PeoplePage:
        return self.page(self.PEOPLE)  # type: ignore[return-value]

    @property
    def organisations(self) -> OrganisationsPage:
        return self.page(self.ORGANISATIONS)  # type: ignore[return-value]

    @property
    def meetings(self) -> MeetingsPage:
        return self.page(self.MEETINGS)  # type: ignore[return-value]

    @property
    def search_page(self) -> SearchPage:
        return self.page(self.SEARCH)  # type: ignore[return-value]

    def import_people(self) -> None:
        from app.ui.reports.people_import import PeopleImportDialog

        PeopleImportDialog(self.store, self.desk.runner, self).open()

    def verify(self) -> None:
        from app.ui.documents.verify import VerifyDialog

        VerifyDialog(self.store, self).open()

    def settings_dialog(self) -> None:
        from app.ui.setup.dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self)
        if dialog.exec() and dialog.saved is not None:
            self.device.setText(self._device_words())
            if dialog.language_changed:
                self.language_chosen.emit(dialog.saved.language)

    def show_guide(self) -> None:
        from app.ui.guide import GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(self)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def new_training(self) -> None:
        self.sidebar.setCurrentRow(self.TRAININGS)
        self.trainings.new_training()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_typed(self, text: str) -> None:
        if text.strip():
            self.sidebar.clearSelection()
            self.pages.setCurrentWidget(self.search_page)
            self.search_page.search_later(text)

    def open_record(self, kind: str, record_id: str) -> None:
        if kind == "person":
            self.sidebar.setCurrentRow(self.PEOPLE)
            self.people.panel.show_person(record_id)
        elif kind == "training":
            self.trainings.open_training(record_id)
        elif kind == "meeting":
            self.meetings.open_meeting(record_id)

    def refresh(self) -> None:
        self.desk.lookups.reload()
        page = self.pages.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    # -- remembered layout ------------------------------------------------------------------
    # The layout has a file of its own (layout.ini), written only here through QSettings;
    # settings.ini belongs to the core, whose writes (configparser) would lowercase the
    # splitters' names and lose them.
    def _layout_settings(self) -> QSettings:
        home = self.store.home
        layout = QSettings(str(home.layout), QSettings.Format.IniFormat)
        if not home.layout.exists() and home.settings.exists():
            self._move_old_layout(layout)
        return layout

    def _move_old_layout(self, layout: QSettings) -> None:
        """Tirek up to 0.1 kept the layout in settings.ini: move it here, once."""
        old = QSettings(str(self.store.home.settings), QSettings.Format.IniFormat)
        names = [s.objectName() for s in self._splitters()] + list(PAGE_SPLITTERS)
        splitters = {name.lower(): name for name in names}
        moved: list[tuple[str, str]] = []
        for key in old.allKeys():
            group, _, name = key.partition("/")
            if group.lower() == "splitters":
                layout.setValue(f"splitters/{splitters.get(name.lower(), name)}", old.value(key))
            elif group.lower() == "window":
                layout.setValue(f"window/{name}", old.value(key))
            else:
                continue
            moved.append((group, name))
        layout.sync()
        if moved and layout.status() == QSettings.Status.NoError:
            try:
                core_settings.put_many(self.store.home, dict.fromkeys(moved))  # the core's file
            except OSError:
                logging.getLogger(__name__).warning("old layout left in settings.ini")

    def _splitters(self) -> list[QSplitter]:
        return [s for s in self.findChildren(QSplitter) if s.objectName()]

    def _restore(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)
        self._restore_splitters(self)
        self.sidebar.setCurrentRow(int(str(s.value("window/page", 0) or 0)) % self.SEARCH)

    def _restore_splitters(self, within: QWidget) -> None:
        for splitter in within.findChildren(QSplitter):
            saved = self.settings.value(f"splitters/{splitter.objectName()}")
            if splitter.objectName() and saved is not None:
                splitter.restoreState(saved)

    def save_layout(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        for splitter in self._splitters():
            s.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        row = self.sidebar.currentRow()
        s.setValue("window/page", row if row >= 0 else 0)
        s.sync()

    def retire(self) -> None:
        """Give way to a window built anew (another language): no exit backup, no questions.
        The caller saves the layout first, so the new window can restore it."""
        self.retired = True
        self.backup_timer.stop()
        self.idle_lock.stop()
        self.desk.close()
        self.close()
        self.deleteLater()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.idle_lock.follow_resize()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.retired:
            event.accept()
            return
        for editor in self.findChildren(QWidget):
            may_close = getattr(editor, "may_close", None)
            if editor.isVisible() and callable(may_close) and not may_close():
                event.ignore()
                return
        self.save_layout()
        self.backup_timer.stop()
        self.idle_lock.stop()
        # Closing never waits for a backup: one under way stops between steps (leaving no
        # file) and the exit backup is left due; the next start takes it in the background.
        if self.backup_job is not None:
            self.backup_job.cancel()
        from app.core import backup  # nothing at start-up loads it: closing may be first

        try:
            if backup.backup_due(self.store, at_exit=True):
                backup.mark_pending(self.store.home)
        except (TirekError, OSError):  # a failed check must not keep the window open
            logging.getLogger(__name__).exception("backup check at exit failed")
        self.desk.close()
        event.accept()

    def backup_if_due(self) -> None:
        """Take an automatic backup in the background when one is due."""
        from app.core import backup

        self.backup_job = self.desk.runner.run(
            # Packed by a thread of its own: the one database worker is free in seconds.
            lambda p: backup.run_scheduled_backup(self.store, progress=p, pack_later=True),
            self._backed_up,
            lambda err: self.statusBar().showMessage(
                self.tr("Automatic backup failed: {reason}").format(reason=error_text(err)),
                15_000,
            ),
            quiet=True,
        )

    def _backed_up(self, result: BackupResult | None) -> None:
        if result is None:
            return
        if result.second_problem:
            self.statusBar().showMessage(
                self.tr("Backup saved; the copy to the second folder failed: {why}").format(
                    why=result.second_problem
                ),
                15_000,
            )
        else:
            self.statusBar().showMessage(self.tr("Backup saved."), 5_000)
