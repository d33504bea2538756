"""Render each main screen and dialog offscreen to PNG (`tirek screenshots`, docs)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from app.core import setup
from app.core.services.meetings import list_meetings
from app.core.services.organisations import list_organisations
from app.core.services.trainings import list_trainings
from app.core.store import Store
from app.ui.about import AboutDialog
from app.ui.app import application
from app.ui.documents.certificates import PrintCertificatesDialog
from app.ui.documents.verify import VerifyDialog
from app.ui.guide import GuideWindow
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from app.ui.meetings.editor import MeetingEditor
from app.ui.organisations import OrganisationEditor
from app.ui.people.editor import PersonEditor, QuickAddDialog
from app.ui.reports.people_import import PeopleImportDialog
from app.ui.setup.dialog import SettingsDialog
from app.ui.setup.wizard import FirstRunWizard
from app.ui.sync.page import HistoryDialog
from app.ui.trainings.editor import TrainingEditor


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def wait_loaded(app: QApplication, window: MainWindow, seconds: float = 120.0) -> None:
    """Until the runner is idle and no page is being imported: pages are imported there
    after the first paint, and load their data there after painting."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        window.desk.runner.wait()
        app.processEvents()
        if window.desk.runner.idle and not window.importing:
            break
    _settle(app)


# Called with each screen while it is shown (tests look for untranslated words there).
Visitor = Callable[[str, QWidget], None]


def render_all(
    store: Store, out: Path, language: str | None = None, visit: Visitor | None = None
) -> list[Path]:
    """One PNG per screen, in the given language (else this laptop's); returns their paths."""
    app = application()
    translations.apply(language or setup.language(store))

    def _save(widget: QWidget, path: Path, app: QApplication) -> Path:
        widget.show()
        _settle(app)
        widget.grab().save(str(path))
        if visit is not None:
            visit(path.stem, widget)
        return path

    out.mkdir(parents=True, exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    window = MainWindow(store)
    window.settings = QSettings(str(out / ".screenshots.ini"), QSettings.Format.IniFormat)
    window.resize(1280, 800)
    window.show()
    desk = window.desk
    saved: list[Path] = []
    pages = [
        ("01-trainings", window.TRAININGS),
        ("02-people", window.PEOPLE),
        ("03-organisations", window.ORGANISATIONS),
        ("04-meetings", window.MEETINGS),
        ("06-sync", window.SYNC),
        ("07-reports", window.REPORTS),
        ("08-duplicates", window.DUPLICATES),
        ("09-nap-and-capacity", window.NETWORK),
        ("16-results", window.RESULTS),
    ]
    for name, row in pages:
        window.sidebar.setCurrentRow(row)
        wait_loaded(app, window)
        page = window.pages.currentWidget()
        view = getattr(page, "view", None)
        if view is not None and view.model().rowCount():
            view.selectRow(0)
        saved.append(_save(window, out / f"{name}.png", app))
    window.search.setText(_sample_search(store))
    window.search_page.run(window.search.text())
    wait_loaded(app, window)
    saved.append(_save(window, out / "05-search.png", app))

    trainings = list_trainings(store, sort="participants", limit=1).rows
    dialogs: list[tuple[str, Callable[[], QWidget], int]] = []
    if trainings:
        tid = trainings[0].id
        dialogs += [
            ("10-training-details", lambda: TrainingEditor(desk, tid, window), 0),
            ("11-training-days", lambda: TrainingEditor(desk, tid, window), 1),
            ("12-training-participants", lambda: TrainingEditor(desk, tid, window), 2),
            ("13-attendance-grid", lambda: TrainingEditor(desk, tid, window), 3),
        ]
    meetings = list_meetings(store, limit=1).rows
    if meetings:
        mid = meetings[0].id
        for i, name in enumerate(("details", "attendees", "minutes", "actions")):
            dialogs.append((f"2{i}-meeting-{name}", lambda: MeetingEditor(desk, mid, window), i))
    if window.people.model.rows:
        pid = window.people.model.rows[0].id
        dialogs.append(("30-person-editor", lambda: PersonEditor(desk, pid, window), -1))
        dialogs.append(("31-quick-add", lambda: _quick_add(window, pid), -1))
    else:
        dialogs.append(("31-quick-add", lambda: QuickAddDialog(desk, window), -1))
    orgs = list_organisations(store, limit=1).rows
    if orgs:
        oid = orgs[0].id
        dialogs.append(
            ("32-organisation-editor", lambda: OrganisationEditor(desk, oid, window), -1)
        )
    for name, make, tab in dialogs:
        dialog = make()
        tabs = getattr(dialog, "tabs", None)
        if tabs is not None and tab >= 0:
            tabs.setCurrentIndex(tab)
        saved.append(_save(dialog, out / f"{name}.png", app))
        dialog.hide()
        dialog.deleteLater()
    wizard = FirstRunWizard(store, translations.language)
    for step in range(len(wizard.page_list)):
        wizard.setStartId(step)
        wizard.restart()
        saved.append(_save(wizard, out / f"4{step}-first-run-{step + 1}.png", app))
    wizard.hide()
    wizard.deleteLater()
    more: list[tuple[str, Callable[[], QWidget]]] = [
        ("50-settings", lambda: SettingsDialog(store, window)),
        ("51-user-guide", lambda: GuideWindow(window)),
        ("52-about", lambda: AboutDialog(store, window)),
        ("53-verify-certificate", lambda: VerifyDialog(store, window)),
        ("54-import-people", lambda: PeopleImportDialog(store, desk.runner, window)),
    ]
    if trainings:
        tid = trainings[0].id
        more.append(
            (
                "55-print-certificates",
                lambda: PrintCertificatesDialog(store, desk.runner, tid, window),
            )
        )
    if window.people.model.rows:
        pid = window.people.model.rows[0].id
        more.append(("56-record-history", lambda: HistoryDialog(store, "person", pid, window)))
    for name, make in more:
        dialog = make()
        saved.append(_save(dialog, out / f"{name}.png", app))
        dialog.hide()
        dialog.deleteLater()
    window.hide()
    window.desk.close()
    window.deleteLater()
    _settle(app)
    return saved


def _sample_search(store: Store) -> str:
    """A word that finds something here (demo data has trainings and meetings on women)."""
    if list_trainings(store, text="аял", limit=1).rows:
        return "аял"
    rows = list_trainings(store, limit=1).rows
    return rows[0].title.split()[0] if rows else "а"


def _quick_add(window: MainWindow, person_id: str) -> QWidget:
    """Quick-add with a registered person's name typed: shows the similar-person warning."""
    from app.core.services.people import get_person

    dialog = QuickAddDialog(window.desk, window)
    name = str(get_person(window.store, person_id).values["full_name"])
    edit = dialog.form.fields["full_name"]
    edit.setText(name)  # type: ignore[attr-defined]
    dialog.check_similar()
    return dialog
