"""The monitoring matrix, the assessment comparison chart and the region view, on demo data."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.core.demo import load_demo
from app.core.services import assessments as asm
from app.core.services import nap
from app.core.services.reference import region_id
from app.core.store import Store
from app.ui.network.matrix import FIXED_COLUMNS
from app.ui.network.page import NetworkPage

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "network"


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("ui") / "T"
    store = Store.open(home)
    store.initialise("Osh-1", "coordinator")
    load_demo(store, "small", seed=1)
    store.close()
    return home


@pytest.fixture
def demo(demo_home: Path) -> Callable[[], Store]:
    opened: list[Store] = []

    def open_() -> Store:
        opened.append(Store.open(demo_home))
        return opened[-1]

    yield open_  # type: ignore[misc]
    for s in opened:
        s.close()


def _distinct_colours(image: QImage, step: int = 7) -> set[int]:
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def test_matrix_cells_show_the_status_of_the_progress_entries(
    qtbot: QtBot, demo: Callable[[], Store], tmp_path: Path
) -> None:
    store = demo()
    page = NetworkPage(store)
    qtbot.addWidget(page)
    page.resize(1200, 640)
    page.show()
    matrix = page.matrix
    matrix.region.select(region_id("osh"))
    m = matrix.monitoring
    assert m is not None and m.region_id == region_id("osh")
    assert matrix.table.rowCount() == len(m.rows) > 0
    assert matrix.table.columnCount() == FIXED_COLUMNS + len(m.periods) + 1
    for y, r in enumerate(m.rows):
        for x, cell in enumerate(r.cells):
            item = matrix.table.item(y, FIXED_COLUMNS + x)
            assert matrix.cell_status(y, x) == cell.status
            assert item.background().color() == QColor(nap.STATUS_COLOURS[cell.status])
    # A new progress entry shows at once in its cell (the store tells the screen).
    first = m.rows[0]
    nap.add_progress(
        store, first.indicator.id,
        {"date": "2026-12-30", "status": "delayed", "region_id": region_id("osh")},
    )  # fmt: skip
    assert matrix.cell_status(0, len(m.periods) - 1) == "delayed"
    matrix.period.select("year")
    assert matrix.table.columnCount() == FIXED_COLUMNS + 3 + 1
    matrix.period.select("quarter")
    image = matrix.grab().toImage()
    assert len(_distinct_colours(image)) > 5
    assert matrix.grab().save(str(tmp_path / "matrix.png"))


def test_comparison_chart_over_time_and_across_a_region(
    qtbot: QtBot, demo: Callable[[], Store], tmp_path: Path
) -> None:
    store = demo()
    page = NetworkPage(store)
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.show()
    chart = page.comparison
    results = asm.list_assessments(store)
    org = results[0].organisation_id
    chart.mode.setCurrentIndex(0)  # one organisation over time
    chart.organisation.select(org)
    history = asm.organisation_history(store, org)
    assert len(chart.chart.series) == len(history) >= 2
    assert chart.chart.series[-1].values[-1] == history[-1].overall_percent
    assert "Overall" in chart.chart.categories
    assert len(_distinct_colours(chart.chart.grab().toImage())) > 4

    region = results[0].region_id
    chart.mode.setCurrentIndex(1)  # the organisations of a region
    chart.region.select(region)
    chart.measure.select("governance")
    latest = asm.region_comparison(store, region)
    assert chart.chart.categories == tuple(r.organisation for r in latest)
    gov = [r.dimension("governance") for r in latest]
    assert chart.chart.series[0].values == tuple(d.percent if d else None for d in gov)
    assert chart.chart.horizontal


def test_region_view_lists_its_organisations(qtbot: QtBot, demo: Callable[[], Store]) -> None:
    store = demo()
    page = NetworkPage(store)
    qtbot.addWidget(page)
    page.regions.region.select(region_id("chui"))
    from app.core.services.org_profiles import region_organisations

    rows = region_organisations(store, region_id("chui"))
    table = page.regions.table
    assert table.rowCount() == len(rows) > 0
    names = {table.item(y, 0).text() for y in range(table.rowCount())}
    assert names == {r.name for r in rows}
    table.sortItems(5, Qt.SortOrder.DescendingOrder)
    top = table.item(0, 5).data(Qt.ItemDataRole.DisplayRole)
    assert top == max(r.trainings for r in rows)


def save_screenshots(home: Path, folder: Path = SHOTS) -> list[Path]:
    """Render the screens with the demo data into docs/network (run by hand, see docs)."""
    store = Store.open(home)
    try:
        page = NetworkPage(store)
        page.resize(1280, 700)
        page.show()
        folder.mkdir(parents=True, exist_ok=True)
        out = []
        page.matrix.region.select(region_id("osh"))
        page.matrix.start.setDate(QDate(2024, 1, 1))
        page.tabs.setCurrentIndex(0)
        out.append(folder / "matrix.png")
        page.grab().save(str(out[-1]))
        page.tabs.setCurrentIndex(1)
        results = asm.list_assessments(store)
        best = max(results, key=lambda r: len(asm.organisation_history(store, r.organisation_id)))
        page.comparison.mode.setCurrentIndex(0)  # one organisation over time
        page.comparison.organisation.select(best.organisation_id)
        out.append(folder / "comparison-organisation.png")
        page.grab().save(str(out[-1]))
        page.comparison.mode.setCurrentIndex(1)
        page.comparison.region.select(None)
        page.comparison.measure.select(None)
        out.append(folder / "comparison-region.png")
        page.grab().save(str(out[-1]))
        page.tabs.setCurrentIndex(2)
        page.regions.region.select(best.region_id or region_id("osh"))
        out.append(folder / "region-organisations.png")
        page.grab().save(str(out[-1]))
        page.close()
        return out
    finally:
        store.close()


def test_progress_recorded_from_the_matrix_shows_in_its_cell(
    qtbot: QtBot, demo: Callable[[], Store]
) -> None:
    store = demo()
    page = NetworkPage(store)
    qtbot.addWidget(page)
    matrix = page.matrix
    matrix.region.select(region_id("naryn"))
    matrix.end.setDate(QDate(2026, 12, 31))
    dialog = matrix.progress_dialog(0)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.day.setDate(QDate(2026, 12, 31))  # after the demo entries of that quarter
    dialog.value.setText("many")
    dialog.save()  # a bad value: shown in the dialog, nothing written
    assert dialog.saved_id is None and "must be a number" in dialog.problem.text()
    dialog.value.setText("")
    dialog.status.select("delayed")
    dialog.narrative.setPlainText("Budget not approved")
    dialog.save()
    assert dialog.saved_id is not None
    assert matrix.cell_status(0, len(matrix.monitoring.periods) - 1) == "delayed"  # type: ignore[union-attr]
    entries = nap.list_progress(
        store, matrix.monitoring.rows[0].indicator.id, region_id=region_id("naryn")
    )  # type: ignore[union-attr]
    assert entries[-1].narrative == "Budget not approved"


def test_qt_calls_leave_none_alone(qtbot: QtBot) -> None:
    # PySide6 6.12.0 dropped a reference to None on every void Qt call on Python 3.11,
    # which killed the app after a few thousand calls: the pin must stay on a good one.
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(100):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 5
