"""Issue 15: pages paint first and load on the one runner ("Loading…", then the data, or
the user's message), and closing the window never waits for a job under way."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.core.errors import N_, StorageError
from app.core.models import Person
from app.core.progress import Cancelled, Progress
from app.core.services.people import create_person, list_people
from app.core.services.projects import create_project
from app.core.store import Store
from app.ui.loading import Veil
from app.ui.main_window import LaterPage, MainWindow
from tests.ui.conftest import settle


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.sidebar.setCurrentRow(w.MEETINGS)
    w.show()
    settle(qtbot, w.desk)
    yield w
    w.close()


def hold_runner(window: MainWindow) -> threading.Event:
    """Keep the runner's worker busy until the returned event is set: what the page asks
    for waits its turn, so its loading state can be seen."""
    release = threading.Event()
    window.desk.runner.run(lambda _p: release.wait(30), quiet=True)
    return release


def veil_text(widget: QLabel | object) -> str:
    veils = [v for v in widget.findChildren(Veil) if v.isVisible()]  # type: ignore[attr-defined]
    return " | ".join(v.text() for v in veils)


def test_people_page_shows_loading_then_its_people(
    qtbot: QtBot, store: Store, window: MainWindow
) -> None:
    create_person(store, {"full_name": "Айгүл Бекова"})
    # The page is built (its module imported: in a fresh process that happens on the
    # runner, tested below for a later page); what is held here is only its data.
    window.page(window.PEOPLE)
    settle(qtbot, window.desk)
    release = hold_runner(window)
    window.sidebar.setCurrentRow(window.PEOPLE)
    QApplication.processEvents()
    assert window.pages.currentWidget() is window.people  # painted, not waiting
    assert window.people.model.rowCount() == 0
    assert veil_text(window.people) == "Loading…"
    release.set()
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 1, timeout=10_000)
    settle(qtbot, window.desk)
    assert window.people.model.rows[0].full_name == "Айгүл Бекова"
    assert veil_text(window.people) == ""


def test_a_later_page_is_imported_and_loaded_on_the_runner(
    qtbot: QtBot, store: Store, window: MainWindow
) -> None:
    create_project(store, {"name": "Тынчтык үчүн аялдар"})
    settle(qtbot, window.desk)
    release = hold_runner(window)
    window.sidebar.setCurrentRow(window.REPORTS)
    QApplication.processEvents()
    later = window.pages.currentWidget()
    assert isinstance(later, LaterPage) and later.page is None and later.loading
    assert later.note.isVisible() and later.note.text() == "Loading…"
    release.set()
    qtbot.waitUntil(lambda: not later.loading, timeout=20_000)
    page = later.page
    assert page is not None and not later.note.isVisible()
    projects = [page.project.itemText(i) for i in range(page.project.count())]  # type: ignore[attr-defined]
    assert projects == ["(all projects)", "Тынчтык үчүн аялдар"]
    assert veil_text(page) == ""


def test_a_loading_error_shows_the_users_message_not_a_traceback(
    qtbot: QtBot, store: Store, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.ui.reports.page as reports

    def locked(_store: Store) -> list[object]:
        raise StorageError(N_("The database is busy: try again in a moment."))

    monkeypatch.setattr(reports, "list_projects", locked)
    window.sidebar.setCurrentRow(window.REPORTS)
    later = window.pages.currentWidget()
    assert isinstance(later, LaterPage)
    qtbot.waitUntil(lambda: later.page is not None, timeout=20_000)
    settle(qtbot, window.desk)
    shown = veil_text(later.page)
    assert shown == "The database is busy: try again in a moment."
    assert "Traceback" not in shown


def test_closing_does_not_wait_for_a_job_and_keeps_what_was_committed(
    qtbot: QtBot, store: Store, window: MainWindow
) -> None:
    kept = create_person(store, {"full_name": "Сакталган Адам"})
    entered, release = threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def long_write(progress: Progress) -> None:
        with store.write() as w:
            for i in range(1000):
                w.create(Person, {"full_name": f"Жарым {i}"}, f"half-{i:04d}")
                entered.set()
                # Released only by the test, after close() has returned: a close that
                # waited for this job would leave it to time out instead.
                seen.setdefault("released", release.wait(30))
                try:
                    progress.step(i, 1000)
                except Cancelled:
                    seen["cancelled"] = True
                    raise

    progress = window.desk.runner.run(long_write, quiet=True)
    assert entered.wait(10)
    window.close()
    assert not window.isVisible()  # closed while the job holds the worker
    release.set()
    assert window.desk.runner.join(30)  # the job has stopped on its own
    assert seen == {"released": True, "cancelled": True}
    assert progress.cancelled
    names = [p.full_name for p in list_people(store, limit=50).rows]
    assert names == ["Сакталган Адам"]  # the abandoned unit of work rolled back
    assert list_people(store, limit=5).rows[0].id == kept
