"""Comparison of capacity assessments, drawn with QPainter.

Two views: one organisation's assessments over time (a group of bars per dimension, one
bar per assessment, light to dark), and the organisations of a region (one bar each for
the chosen dimension or the overall score, from their latest assessment). Scores are
shown as a percentage of their scale so versions with different scales compare.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.services import assessments as asm
from app.core.store import Store
from app.ui.drawing import INK, white_page
from app.ui.loading import LoadingPanel
from app.ui.network.common import Chooser, follow_changes, region_combo
from app.ui.runner import Runner

SERIES = ("#9CC9C9", "#4E9E9E", "#0E6E6E", "#0A4B4B", "#062F2F")
GRID = QColor("#D5DAE1")


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[float | None, ...]  # one per category, 0-100


class BarChart(QWidget):
    """Grouped vertical bars (categories x series) or, with `horizontal`, one bar per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.horizontal = False
        self.empty_text = ""
        self.setMinimumSize(480, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self,
        categories: tuple[str, ...],
        series: tuple[Series, ...],
        *,
        horizontal: bool = False,
        empty_text: str = "",
    ) -> None:
        self.categories, self.series, self.horizontal = categories, series, horizontal
        self.empty_text = empty_text
        if horizontal:
            self.setMinimumHeight(80 + 26 * len(categories))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = white_page(self)
        if not self.categories or not self.series:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        if self.horizontal:
            self._paint_rows(p)
        else:
            self._paint_groups(p)

    def _paint_groups(self, p: QPainter) -> None:
        fm = QFontMetrics(self.font())
        left, right, top, bottom = 44, 12, 30 + fm.height(), 46
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        self._axis(p, plot, fm)
        n_cat, n_ser = len(self.categories), len(self.series)
        group = plot.width() / n_cat
        bar = max(2.0, (group - 10) / n_ser)
        for c, name in enumerate(self.categories):
            x0 = plot.left() + c * group + (group - bar * n_ser) / 2
            for s, ser in enumerate(self.series):
                v = ser.values[c]
                if v is None:
                    continue
                h = plot.height() * v / 100
                p.fillRect(
                    QRectF(x0 + s * bar, plot.bottom() - h, bar - 1, h),
                    QColor(SERIES[s % len(SERIES)]),
                )
            p.setPen(INK)
            text = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(group) - 4)
            p.drawText(
                QRectF(plot.left() + c * group, plot.bottom() + 4, group, fm.height() * 2 + 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                text,
            )
        # legend: one swatch per series, along the top
        x = float(left)
        for s, ser in enumerate(self.series):
            p.fillRect(QRectF(x, 8, 14, 12), QColor(SERIES[s % len(SERIES)]))
            p.setPen(INK)
            p.drawText(int(x + 18), 8 + fm.ascent(), ser.label)
            x += 30 + fm.horizontalAdvance(ser.label)

    def _axis(self, p: QPainter, plot: QRectF, fm: QFontMetrics) -> None:
        for pct in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * pct / 100
            p.setPen(QPen(GRID, 1))
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(INK)
            label = f"{pct}%"
            p.drawText(
                int(plot.left() - 6 - fm.horizontalAdvance(label)), int(y + fm.ascent() / 2), label
            )

    def _paint_rows(self, p: QPainter) -> None:
        fm = QFontMetrics(self.font())
        label_w = min(
            int(self.width() * 0.45), max(fm.horizontalAdvance(c) for c in self.categories) + 12
        )
        left, right, top = label_w, 48, 10
        row_h = 26
        width = self.width() - left - right
        values = self.series[0].values
        bottom = top + row_h * len(self.categories)
        for pct in (0, 25, 50, 75, 100):
            x = left + width * pct / 100
            p.setPen(QPen(GRID, 1))
            p.drawLine(int(x), top, int(x), bottom)
            p.setPen(INK)
            label = f"{pct}%"
            p.drawText(int(x - fm.horizontalAdvance(label) / 2), bottom + 4 + fm.ascent(), label)
        for r, name in enumerate(self.categories):
            y = top + r * row_h
            p.setPen(INK)
            text = fm.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 12)
            p.drawText(QRectF(0, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignRight
                       | Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
            v = values[r]
            if v is None:
                continue
            w = width * v / 100
            p.fillRect(QRectF(left, y + 5, w, row_h - 10), QColor(SERIES[2]))
            p.drawText(int(left + w + 4), int(y + row_h / 2 + fm.ascent() / 2 - 1), f"{v:g}%")


def _percent(r: asm.AssessmentResult, code: str) -> float | None:
    d = r.dimension(code)
    return d.percent if d else None


class AssessmentComparison(LoadingPanel):
    """Compare an organisation's assessments over time, or the organisations of a region."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, runner: Runner | None = None
    ) -> None:
        super().__init__(store, parent, runner)  # assessments are read on the runner
        self.mode = Chooser()
        self.mode.add(self.tr("One organisation over time"), "organisation")
        self.mode.add(self.tr("The organisations of a region"), "region")
        self.organisation = Chooser()
        self.organisation.setMinimumWidth(280)
        self.region = region_combo(store, self.tr("All regions"))
        self.measure = Chooser()
        self.chart = BarChart()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        choose = QStackedWidget()
        org_row = QWidget()
        h = QHBoxLayout(org_row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(QLabel(self.tr("Organisation")))
        h.addWidget(self.organisation, 1)
        reg_row = QWidget()
        h = QHBoxLayout(reg_row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(QLabel(self.tr("Region")))
        h.addWidget(self.region)
        h.addWidget(QLabel(self.tr("Score")))
        h.addWidget(self.measure, 1)
        choose.addWidget(org_row)
        choose.addWidget(reg_row)
        self.choose = choose
        top = QHBoxLayout()
        top.addWidget(self.mode)
        top.addWidget(choose, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.caption)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        for box in (self.organisation, self.region, self.measure):
            box.currentIndexChanged.connect(self.refresh)
        follow_changes(store, self._changed)
        self.reload()

    def _changed(self, entities: frozenset[str]) -> None:
        if entities & {"assessment", "assessment_score", "organisation"}:
            self.loader.on_gui(self.reload)

    def reload(self) -> None:
        """Fill the choosers (assessed organisations, the dimensions seen), then the chart."""
        store = self.store
        self.loader.load(lambda: asm.list_assessments(store), self._fill)

    def _fill(self, results: list[asm.AssessmentResult]) -> None:
        current = self.organisation.value()
        self.organisation.blockSignals(True)
        self.organisation.reset()
        seen: dict[str, str] = {}
        dims: dict[str, str] = {}
        for r in results:
            seen.setdefault(r.organisation_id, r.organisation)
            for d in r.dimensions:
                dims.setdefault(d.code, d.name)
        for oid, name in sorted(seen.items(), key=lambda x: x[1]):
            self.organisation.add(name, oid)
        self.organisation.select(current)
        self.organisation.blockSignals(False)
        measure = self.measure.value()
        self.measure.blockSignals(True)
        self.measure.reset()
        self.measure.add(self.tr("Overall"), None)
        for code, name in dims.items():
            self.measure.add(name, code)
        self.measure.select(measure)
        self.measure.blockSignals(False)
        self.refresh()

    def _mode_changed(self) -> None:
        self.choose.setCurrentIndex(self.mode.currentIndex())
        self.refresh()

    def refresh(self) -> None:
        if self.mode.value() == "organisation":
            self._organisation()
        else:
            self._region()

    def _organisation(self) -> None:
        oid, store = self.organisation.value(), self.store
        self.loader.load(
            lambda: asm.organisation_history(store, oid) if oid else [], self._show_history
        )

    def _show_history(self, history: list[asm.AssessmentResult]) -> None:
        dims: dict[str, str] = {}
        for r in history:
            for d in r.dimensions:
                dims.setdefault(d.code, d.name)
        series = tuple(
            Series(
                f"{r.date.isoformat()} (v{r.version_number})",
                (*(_percent(r, c) for c in dims), r.overall_percent),
            )
            for r in history
        )
        self.chart.set_data(
            (*dims.values(), self.tr("Overall")),
            series,
            empty_text=self.tr("No assessments yet."),
        )
        if history:
            first, last = history[0], history[-1]
            self.caption.setText(
                self.tr(
                    "{n} assessments. Overall: {a}% on {d1}, {b}% on {d2}. Scores as a "
                    "percentage of their scale."
                ).format(
                    n=len(history),
                    a=f"{first.overall_percent:g}" if first.overall_percent is not None else "–",
                    d1=first.date.isoformat(),
                    b=f"{last.overall_percent:g}" if last.overall_percent is not None else "–",
                    d2=last.date.isoformat(),
                )
            )
        else:
            self.caption.setText("")

    def _region(self) -> None:
        store, region = self.store, self.region.value()
        self.loader.load(lambda: asm.region_comparison(store, region), self._show_region)

    def _show_region(self, latest: list[asm.AssessmentResult]) -> None:
        code = self.measure.value()
        values = []
        for r in latest:
            values.append(r.overall_percent if code is None else _percent(r, code))
        self.chart.set_data(
            tuple(r.organisation for r in latest),
            (Series(self.measure.currentText(), tuple(values)),),
            horizontal=True,
            empty_text=self.tr("No organisation of this region has been assessed yet."),
        )
        self.caption.setText(
            self.tr("{n} organisations, latest assessment of each: {measure}, % of scale.").format(
                n=len(latest), measure=self.measure.currentText()
            )
        )
