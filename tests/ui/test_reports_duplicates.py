"""The Reports and duplicate review screens, driven offscreen on real data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from app.core.demo import load_demo
from app.core.services.people import create_person, list_people
from app.core.store import Store
from app.ui.desk import Desk
from app.ui.duplicates.page import DuplicatesPage
from app.ui.reports.page import ReportsPage
from tests.ui.conftest import settle


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    """A coordinator's laptop: these tests approve minutes or merge people (rights.py)."""
    return make_store(role="coordinator")


def test_reports_page_previews_and_saves(
    store: Store, desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    load_demo(store, "small", 2)
    page = ReportsPage(store, desk.runner)
    qtbot.addWidget(page)
    page.resize(900, 700)
    settle(qtbot, desk)  # the projects come from the runner
    page.project.setCurrentIndex(1)
    page.preview()
    settle(qtbot, desk)
    assert page.report is not None and page.report.participations > 0
    assert page.tabs.count() == 8 and page.tabs.tabText(1) == "Sex"
    page.grab().save(str(tmp_path / "reports.png"))
    page.save("xlsx", str(tmp_path / "r.xlsx"))
    settle(qtbot, desk)
    assert "Saved" in page.status.text()
    assert load_workbook(tmp_path / "r.xlsx").sheetnames[0] == "Summary"


def test_reports_page_says_what_is_missing(store: Store, desk: Desk, qtbot: QtBot) -> None:
    page = ReportsPage(store, desk.runner)
    qtbot.addWidget(page)
    page.preview()  # all projects, no period
    settle(qtbot, desk)
    assert "Choose a project or a period" in page.status.text()


def test_duplicates_page_merges_the_chosen_pair(
    store: Store, desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    create_person(store, {"full_name": "Айгүл Бекова", "phone": "0555 123 456"})
    create_person(store, {"full_name": "Aigul Bekova", "phone": "+996555123456"})
    page = DuplicatesPage(store, desk.runner)
    qtbot.addWidget(page)
    page.resize(900, 500)
    assert not page.keep_first.isEnabled()
    page.find()
    settle(qtbot, desk)
    assert page.table.rowCount() == 1
    page.table.selectRow(0)
    page.grab().save(str(tmp_path / "duplicates.png"))
    page.keep_first.click()
    settle(qtbot, desk)
    settle(qtbot, desk)
    assert list_people(store, limit=1).total == 1
    assert page.table.rowCount() == 0


def test_people_import_dialog_maps_columns_and_imports_good_rows_when_asked(
    store: Store, desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    from app.ui.reports.people_import import PeopleImportDialog

    path = tmp_path / "list.csv"
    path.write_text(
        "Participant,Mobile,Район\nАйгүл Бекова,0555 123 456,Араван району\n"
        "Бермет Осмонова,12345,Араван району\n",
        encoding="utf-8",
    )
    dialog = PeopleImportDialog(store, desk.runner)
    qtbot.addWidget(dialog)
    dialog.open_file(str(path))
    settle(qtbot, desk)
    assert "no column with the full name" in dialog.summary.text()  # until it is mapped
    assert not dialog.import_all.isEnabled() and not dialog.import_good.isEnabled()
    dialog.combos["Participant"].setCurrentIndex(dialog.combos["Participant"].findData("full_name"))
    dialog.combos["Mobile"].setCurrentIndex(dialog.combos["Mobile"].findData("phone"))
    dialog.run_check()
    settle(qtbot, desk)
    assert dialog.check is not None
    assert [dialog.problems.item(i).text() for i in range(dialog.problems.count())] == [
        "row 3, column B (Mobile): error: not a phone number [12345]"
    ]
    assert not dialog.import_all.isEnabled() and dialog.import_good.isEnabled()
    dialog.resize(700, 500)
    dialog.grab().save(str(tmp_path / "import.png"))
    dialog.import_good.click()
    settle(qtbot, desk)
    assert dialog.imported is not None and dialog.imported.added == 1
    assert list_people(store, limit=1).total == 1
