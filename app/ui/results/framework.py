"""A project's results framework on screen: every indicator for a period beside its
target, a chart of results against targets over time, and the records behind a number
(double-click a row, or "Show the records…")."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TirekError
from app.core.services.projects import list_projects
from app.core.services.results import indicators
from app.core.store import Store
from app.core.text import is_number
from app.ui.drawing import INK, white_page
from app.ui.errors import show_error
from app.ui.i18n import translations
from app.ui.labels import label
from app.ui.loading import Loader
from app.ui.network.common import Chooser
from app.ui.runner import Runner
from app.ui.table import Column, RowsModel, fit_headings

GRID = QColor("#D5DAE1")
TARGET = QColor("#C9D3DC")
ACTUAL = QColor("#0E6E6E")


def _num(v: float | None) -> str:
    return "–" if v is None else f"{v:g}"


def _detail(r: indicators.Record) -> str:
    return " ".join(filter(None, (label(r.code), r.detail)))


class TargetChart(QWidget):
    """Bars of target and actual per period for one indicator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.points: list[tuple[str, float | None, float | None]] = []  # period, target, actual
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_points(self, title: str, points: list[tuple[str, float | None, float | None]]) -> None:
        self.title, self.points = title, points
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = white_page(self)
        fm = QFontMetrics(self.font())
        if not self.points:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Choose an indicator."))
            return
        p.drawText(8, 6 + fm.ascent(), fm.elidedText(self.title, Qt.TextElideMode.ElideRight,
                                                     self.width() - 16))  # fmt: skip
        legend_y = 12 + fm.height()
        x = 8.0
        for colour, text in ((TARGET, self.tr("Target")), (ACTUAL, self.tr("Actual"))):
            p.fillRect(QRectF(x, legend_y, 12, 10), colour)
            p.drawText(int(x + 16), legend_y + fm.ascent() - 2, text)
            x += 30 + fm.horizontalAdvance(text)
        most = max([v for _, t, a in self.points for v in (t, a) if v is not None] + [1.0])
        step = max(1, math.ceil(most * 1.1 / 4))  # whole-number gridlines, room for labels
        top = step * 4.0
        plot = QRectF(40, legend_y + fm.height() + 8, self.width() - 52,
                      self.height() - legend_y - 2 * fm.height() - 20)  # fmt: skip
        for i in range(5):
            y = plot.bottom() - plot.height() * i / 4
            p.setPen(QPen(GRID, 1))
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(INK)
            text = f"{step * i}"
            p.drawText(int(plot.left() - 6 - fm.horizontalAdvance(text)), int(y + fm.ascent() / 2),
                       text)  # fmt: skip
        group = plot.width() / len(self.points)
        bar = max(4.0, (group - 16) / 2)
        for i, (period, target, actual) in enumerate(self.points):
            x0 = plot.left() + i * group + (group - 2 * bar) / 2
            for j, (v, colour) in enumerate(((target, TARGET), (actual, ACTUAL))):
                if v is None:
                    continue
                h = plot.height() * v / top
                rect = QRectF(x0 + j * bar, plot.bottom() - h, bar - 2, h)
                p.fillRect(rect, colour)
                p.setPen(INK)
                p.drawText(QRectF(rect.left() - 8, rect.top() - fm.height() - 1, rect.width() + 16,
                                  fm.height()), Qt.AlignmentFlag.AlignCenter, _num(v))  # fmt: skip
            p.drawText(QRectF(plot.left() + i * group, plot.bottom() + 4, group, fm.height()),
                       Qt.AlignmentFlag.AlignHCenter, period)  # fmt: skip


class TraceDialog(QDialog):
    """The records behind one number: the list that was counted."""

    def __init__(self, result: indicators.IndicatorResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The records behind a number"))
        heading = QLabel(
            self.tr("{code} {name}, {period}: {value}").format(
                code=result.code, name=result.name, period=result.period, value=_num(result.value)
            )
        )
        heading.setWordWrap(True)
        heading.setObjectName("traceHeading")
        model = RowsModel(
            [
                Column(self.tr("Record"), lambda r: r.label, stretch=True),
                Column(self.tr("Detail"), _detail),
            ],
            self,
        )  # fmt: skip
        model.set_rows(result.records)
        self.table = QTableView()
        self.table.setObjectName("traceTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fit_headings(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)


class FrameworkTab(QWidget):
    def __init__(
        self, store: Store, parent: QWidget | None = None, runner: Runner | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.results: list[indicators.IndicatorResult] = []
        self.project = Chooser()
        self.project.setObjectName("resultsProject")
        self.period = QLineEdit(str(date.today().year))
        self.period.setObjectName("resultsPeriod")
        self.period.setPlaceholderText(self.tr("2026, 2026-H1 or 2026-Q3"))
        self.period.setMaximumWidth(140)
        show = QPushButton(self.tr("&Show"))
        show.clicked.connect(self.refresh)
        self.period.returnPressed.connect(self.refresh)
        self.project.activated.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Project:")))
        top.addWidget(self.project, 1)
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addWidget(show)
        self.model = RowsModel(
            [
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Indicator"), lambda r: r.name, stretch=True),
                Column(self.tr("Baseline"), lambda r: _num(r.baseline), align_right=True),
                Column(self.tr("Target"), lambda r: _num(r.target), align_right=True),
                Column(self.tr("Actual"), lambda r: _num(r.value), align_right=True),
                Column(self.tr("By sex"), lambda r: ", ".join(
                    f"{label(k) or k}: {v:g}" for k, v in r.by_sex.items())),
            ],
            self,
        )  # fmt: skip
        self.table = QTableView()
        self.table.setObjectName("indicatorTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_headings(self.table)
        self.table.doubleClicked.connect(lambda _i: self.trace())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._chart())
        self.chart = TargetChart()
        self.chart.setObjectName("targetChart")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([300, 240])
        self.trace_button = QPushButton(self.tr("Show the &records…"))
        self.trace_button.clicked.connect(self.trace)
        xlsx = QPushButton(self.tr("Save as &xlsx…"))
        xlsx.clicked.connect(lambda: self.export("xlsx"))
        pdf = QPushButton(self.tr("Save as &PDF…"))
        pdf.clicked.connect(lambda: self.export("pdf"))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.trace_button)
        buttons.addWidget(xlsx)
        buttons.addWidget(pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        # Indicators are computed over every enrolment: seconds on a large installation.
        self.loader = Loader(self.table, runner)
        self.chart_loader = Loader(self.chart, runner)
        self.load_projects()

    def load_projects(self) -> None:
        keep = self.project.value()
        self.project.reset()
        for p in list_projects(self.store):
            self.project.add(p.name, p.id)
        self.project.select(keep)
        self.refresh()

    def refresh(self) -> None:
        project = self.project.value()
        if project is None:
            self.model.set_rows([])
            self.empty.setText(self.tr("No project yet: add one under Reports first."))
            return
        store, period = self.store, self.period.text()
        if self.loader.runner is None:
            try:  # computed at once: a bad period is said in a dialog, as before
                self._show(indicators.compute_indicators(store, project, period))
            except TirekError as err:
                show_error(self, err)
            return
        # On the runner, a bad period is said on the table's veil.
        self.loader.load(lambda: indicators.compute_indicators(store, project, period), self._show)

    def _show(self, results: list[indicators.IndicatorResult]) -> None:
        self.results = results
        self.model.set_rows(self.results)
        self.empty.setText(
            ""
            if self.results
            else self.tr("This project has no results framework yet (tirek results …).")
        )
        if self.results:
            self.table.selectRow(0)
        self._chart()

    def _selected(self) -> indicators.IndicatorResult | None:
        row = self.table.currentIndex().row()
        return self.results[row] if 0 <= row < len(self.results) else None

    def _chart(self) -> None:
        chosen = self._selected()
        if chosen is None:
            self.chart.set_points("", [])
            return
        year = self.period.text().strip()[:4]
        periods = [f"{year}-Q{q}" for q in range(1, 5)] if is_number(year) else []
        store, picked = self.store, chosen

        def quarters() -> list[tuple[str, float | None, float | None]]:
            points = []
            for period in periods:
                r = indicators.trace_indicator(store, picked.indicator_id, period)
                points.append((period, r.target, r.value))
            return points

        def show(points: list[tuple[str, float | None, float | None]]) -> None:
            points.append((year, picked.target, picked.value))
            self.chart.set_points(f"{picked.code} {picked.name}", points)

        self.chart_loader.load(quarters, show)

    def trace(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            TraceDialog(chosen, self).exec()

    def export(self, kind: str) -> None:
        project = self.project.value()
        if project is None:
            return
        suggested = str(Path.home() / f"results-{self.period.text().strip()}.{kind}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the framework"), suggested)
        if not path:
            return
        from app.documents.results.export import export_framework

        try:
            export_framework(
                self.store, project, [self.period.text()], Path(path), translations.language
            )
        except TirekError as err:
            show_error(self, err)
