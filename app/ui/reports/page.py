"""The Reports screen: choose a project and/or period, age bands, preview, save as xlsx/PDF.

The figures come from the same service as `tirek report`; the work runs on the one
runner, so a large report never freezes the window.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.progress import Progress
from app.core.services.projects import ProjectRow, list_projects
from app.core.services.report_cells import report_cells
from app.core.services.reports import DEFAULT_AGE_BANDS, DonorReport, ReportScope, donor_report
from app.core.small_numbers import threshold_setting
from app.core.store import Store
from app.ui.errors import error_text
from app.ui.loading import Loader
from app.ui.runner import Runner

# The PDF and spreadsheet writers (reportlab, openpyxl: a second to import) are imported
# on the runner when a report is written, never while the page opens.


def _rate(x: float | str) -> str:
    return x if isinstance(x, str) else f"{x:.1%}"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class ReportsPage(QWidget):
    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.report: DonorReport | None = None

        heading = QLabel(self.tr("Donor reports"))
        heading.setObjectName("pageTitle")
        self.project = QComboBox()
        self.use_period = QCheckBox(self.tr("Only this period:"))
        today = date.today()
        self.date_from = QDateEdit(_qdate(date(today.year, 1, 1)))
        self.date_to = QDateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.age_bands = QLineEdit(DEFAULT_AGE_BANDS)
        self.lang = QComboBox()
        for code, name in (
            ("en", self.tr("English")),
            ("ru", self.tr("Russian")),
            ("ky", self.tr("Kyrgyz")),
        ):
            self.lang.addItem(name, code)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.save_xlsx = QPushButton(self.tr("Save as Excel…"))
        self.save_pdf = QPushButton(self.tr("Save as PDF…"))
        self.status = QLabel()
        # On screen every figure shows; ticked, the preview hides small numbers as the
        # saved files do (the same core function).
        self.outgoing = QCheckBox(self.tr("As it will leave the office (small numbers hidden)"))
        self.tabs = QTabWidget()

        period = QHBoxLayout()
        period.addWidget(self.use_period)
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.date_to)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Project:"), self.project)
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Age bands:"), self.age_bands)
        form.addRow(self.tr("Place names in:"), self.lang)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.save_xlsx, self.save_pdf):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.outgoing)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

        self.preview_button.clicked.connect(self.preview)
        self.save_xlsx.clicked.connect(lambda: self.save("xlsx"))
        self.save_pdf.clicked.connect(lambda: self.save("pdf"))
        self.use_period.toggled.connect(self._period_enabled)
        self.outgoing.toggled.connect(self._reshow)
        self._period_enabled(False)
        self.loader = Loader(self, runner)
        self.load_projects()

    def _period_enabled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)

    def load_projects(self) -> None:
        store = self.store
        self.loader.load(lambda: list_projects(store), self._projects)

    def _projects(self, projects: list[ProjectRow]) -> None:
        self.project.clear()
        self.project.addItem(self.tr("(all projects)"), None)
        for p in projects:
            self.project.addItem(p.name, p.id)

    def scope(self) -> ReportScope:
        start = end = None
        if self.use_period.isChecked():
            start = self.date_from.date().toPython()
            end = self.date_to.date().toPython()
        return ReportScope(self.project.currentData(), start, end)  # type: ignore[arg-type]

    def preview(self) -> None:
        """Compute the figures in the background, then show them."""
        scope, bands, lang = self.scope(), self.age_bands.text(), self.lang.currentData()
        self.status.setText(self.tr("Counting…"))

        def work(_progress: Progress) -> DonorReport:
            import app.documents.reports.workbook  # noqa: F401  (for show_report, here)

            return donor_report(self.store, scope, age_bands=bands, lang=lang)

        self.runner.run(work, self.show_report, self._failed, label=self.tr("Counting…"))

    def _failed(self, err: BaseException) -> None:
        self.status.setText(error_text(err))

    def _reshow(self) -> None:
        if self.report is not None:
            self.show_report(self.report)

    def show_report(self, report: DonorReport) -> None:
        from app.documents.reports.workbook import summary_rows  # loaded by the work first

        self.report = report
        self.status.setText(
            self.tr("{n} trainings, {p} participations, {u} people.").format(
                n=report.trainings_held, p=report.participations, u=report.unique_people
            )
        )
        self.tabs.clear()
        threshold = threshold_setting(self.store.home) if self.outgoing.isChecked() else None
        rows = [(label, _rate(v) if fmt.endswith("%") else str(v)) for label, v, fmt in
                summary_rows(report, threshold)]  # fmt: skip
        self.tabs.addTab(
            self._table([self.tr("Figure"), self.tr("Value")], rows), self.tr("Summary")
        )
        heads = [
            self.tr("Group"),
            self.tr("Participations"),
            self.tr("Unique people"),
            self.tr("Completed"),
            self.tr("Completion rate"),
        ]
        for b in report_cells(report, threshold):
            data = [
                (x.label, str(x.participations), str(x.people), str(x.completed),
                 _rate(x.completion_rate))
                for x in b.lines
            ]  # fmt: skip
            self.tabs.addTab(self._table(heads, data), b.title)

    def _table(self, headers: list[str], rows: list[tuple[str, ...]]) -> QTableWidget:
        t = QTableWidget(len(rows), len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.verticalHeader().setVisible(False)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                t.setItem(r, c, QTableWidgetItem(value))
        t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return t

    def save(self, fmt: str, path: str | None = None) -> None:
        """Ask where (unless given), then write the report as .xlsx or .pdf."""
        if path is None:
            pattern = (
                self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("PDF (*.pdf)")
            )
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save report"), f"report.{fmt}", pattern
            )
            if not path:
                return
        scope, bands, lang = self.scope(), self.age_bands.text(), self.lang.currentData()
        out = Path(path)

        def work(_progress: Progress) -> DonorReport:
            from app.documents.reports.save import save_report

            report = donor_report(self.store, scope, age_bands=bands, lang=lang)
            save_report(self.store, report, out, fmt)
            return report

        def done(report: DonorReport) -> None:
            self.show_report(report)
            self.status.setText(self.tr("Saved: {path}").format(path=out))

        self.runner.run(work, done, self._failed, label=self.tr("Writing the report…"))
