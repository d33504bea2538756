"""The NAP 1325 monitoring matrix: indicators down, periods across, each cell coloured by
the status of the latest progress entry in that period (same rule as the report)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.services import nap
from app.core.store import Store
from app.ui.loading import LoadingPanel
from app.ui.network.common import Chooser, follow_changes, region_combo, status_word
from app.ui.network.progress import ProgressDialog
from app.ui.runner import Runner

FIXED_COLUMNS = 4  # no., indicator, baseline, target


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


class MonitoringMatrix(LoadingPanel):
    """Choose a plan, a region (or all), a range and the period length; see the matrix."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, runner: Runner | None = None
    ) -> None:
        super().__init__(store, parent, runner)  # the matrix is computed on the runner
        self.monitoring: nap.Monitoring | None = None
        self.plan = Chooser()
        self.region = region_combo(store, self.tr("All regions"))
        self.start = QDateEdit(QDate(2024, 1, 1))
        self.end = QDateEdit(QDate(2026, 12, 31))
        for d in (self.start, self.end):
            d.setDisplayFormat("yyyy-MM-dd")
            d.setCalendarPopup(True)
        self.period = Chooser()
        for code, word in (
            ("quarter", self.tr("Quarters")),
            ("year", self.tr("Years")),
            ("month", self.tr("Months")),
        ):
            self.period.add(word, code)
        form = QFormLayout()
        form.addRow(self.tr("Plan"), self.plan)
        row = QHBoxLayout()
        for label, w in (
            (self.tr("Region"), self.region),
            (self.tr("From"), self.start),
            (self.tr("To"), self.end),
            (self.tr("Periods"), self.period),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(w)
        row.addStretch(1)
        form.addRow(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setToolTip(self.tr("Double-click an indicator to record progress on it."))
        self.table.cellDoubleClicked.connect(self._record_progress)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(
            "  ".join(
                f'<span style="background:{colour}">&nbsp;&nbsp;&nbsp;&nbsp;</span> '
                f"{status_word(code)}"
                for code, colour in nap.STATUS_COLOURS.items()
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.reload_plans()
        for signal in (
            self.plan.currentIndexChanged,
            self.region.currentIndexChanged,
            self.period.currentIndexChanged,
            self.start.dateChanged,
            self.end.dateChanged,
        ):
            signal.connect(self.refresh)
        follow_changes(store, self._changed)
        self.refresh()

    def _period_word(self, start: date) -> str:
        """A column's period in the interface's words ("Q1 2024", «1 кв. 2024», ...)."""
        size = self.period.value()
        if size == "quarter":
            return self.tr("Q{n} {year}").format(n=(start.month - 1) // 3 + 1, year=start.year)
        if size == "month":
            return QLocale().toString(start, "MMM yyyy")  # the month named in the language
        return str(start.year)

    def _changed(self, entities: frozenset[str]) -> None:
        if entities & {"nap_plan", "nap_objective", "nap_task", "nap_indicator", "nap_progress"}:
            self.loader.on_gui(self._reload)

    def _reload(self) -> None:
        self.reload_plans()
        self.refresh()

    def reload_plans(self) -> None:
        current = self.plan.value()
        self.plan.blockSignals(True)
        self.plan.reset()
        for p in nap.list_plans(self.store):
            self.plan.add(p.title, p.id)
        self.plan.select(current)
        self.plan.blockSignals(False)

    def refresh(self) -> None:
        plan_id = self.plan.value()
        self.table.clear()
        if not plan_id:
            self.monitoring = None
            self.summary.setText(self.tr("No plan yet. Import one: tirek nap import FILE.xlsx"))
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        start: date = self.start.date().toPython()  # type: ignore[assignment]
        end: date = self.end.date().toPython()  # type: ignore[assignment]
        if end < start:
            self.summary.setText(self.tr("The end of the range is before its start."))
            return
        store, region, period = self.store, self.region.value(), self.period.value()
        self.loader.load(
            lambda: nap.monitoring(
                store, plan_id, start=start, end=end, region_id=region, period=period
            ),
            self._show,
        )

    def _show(self, m: nap.Monitoring) -> None:
        self.table.clear()
        self.monitoring = m
        counts = m.counts()
        self.summary.setText(
            self.tr("{n} indicators at the end of the range: {counts}").format(
                n=len(m.rows),
                counts=", ".join(f"{status_word(k)} {v}" for k, v in counts.items()),
            )
        )
        headers = [self.tr("No."), self.tr("Indicator"), self.tr("Baseline"), self.tr("Target")]
        headers += [self._period_word(p.start) for p in m.periods] + [self.tr("Status")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(m.rows))
        for y, r in enumerate(m.rows):
            i = r.indicator
            unit = f" ({i.unit})" if i.unit else ""
            for x, text in enumerate((i.code, i.title + unit, _num(i.baseline), _num(i.target))):
                self.table.setItem(y, x, QTableWidgetItem(text))
            for x, cell in enumerate((*r.cells, r.latest), start=FIXED_COLUMNS):
                last = x == FIXED_COLUMNS + len(m.periods)
                text = status_word(cell.status) if last else _num(cell.value)
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(QColor(nap.STATUS_COLOURS[cell.status])))
                item.setForeground(QBrush(QColor("#1F2A44")))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(
                    self.tr("{status}; {n} progress entries").format(
                        status=status_word(cell.status), n=cell.entries
                    )
                )
                item.setData(Qt.ItemDataRole.UserRole, cell.status)
                self.table.setItem(y, x, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The indicator's words get a readable width of their own: with many periods a
        # stretched column would be squeezed to a word a line; the table scrolls instead.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 300)
        self.table.resizeRowsToContents()

    def progress_dialog(self, row: int) -> ProgressDialog | None:
        """The dialog to record progress on the indicator of a row (None without a plan)."""
        if self.monitoring is None or not 0 <= row < len(self.monitoring.rows):
            return None
        indicator = self.monitoring.rows[row].indicator
        return ProgressDialog(self.store, indicator, self.region.value(), self)

    def _record_progress(self, row: int, _column: int) -> None:
        dialog = self.progress_dialog(row)
        if dialog is not None:
            dialog.exec()  # on save, the store's change notice refreshes the matrix

    def cell_status(self, row: int, period: int) -> str:
        """The status code shown in a period cell (for tests and accessibility)."""
        item = self.table.item(row, FIXED_COLUMNS + period)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""
