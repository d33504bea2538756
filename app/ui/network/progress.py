"""Record a progress entry on an indicator (double-click a row of the matrix)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.core import vocab
from app.core.errors import TirekError
from app.core.services import nap
from app.core.store import Store
from app.ui.errors import error_text
from app.ui.forms import dialog_buttons, problem_label
from app.ui.network.common import Chooser, region_combo, status_word


class ProgressDialog(QDialog):
    """Date, region, value and/or status, narrative, source; saved through the service."""

    def __init__(
        self,
        store: Store,
        indicator: nap.IndicatorRow,
        region_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.indicator = indicator
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Progress on {code}").format(code=indicator.code))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.region = region_combo(store, self.tr("National (no region)"))
        self.region.select(region_id)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("a number, e.g. 120"))
        self.status = Chooser()
        self.status.add(self.tr("From the value"), None)
        for code in vocab.NAP_STATUSES:
            self.status.add(status_word(code), code)
        self.narrative = QPlainTextEdit()
        self.source = QLineEdit()
        self.problem = problem_label()
        form = QFormLayout(self)
        target = "" if indicator.target is None else f"{indicator.target:g}"
        form.addRow(QLabel(f"{indicator.code}  {indicator.title}"))
        form.addRow(self.tr("Target"), QLabel(f"{target} {indicator.unit or ''}"))
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Narrative"), self.narrative)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.problem)
        form.addRow(dialog_buttons(self, self.save))

    def save(self) -> None:
        day: date = self.day.date().toPython()  # type: ignore[assignment]
        try:
            self.saved_id = nap.add_progress(
                self.store,
                self.indicator.id,
                {
                    "date": day,
                    "region_id": self.region.value(),
                    "value": self.value.text(),
                    "status": self.status.value(),
                    "narrative": self.narrative.toPlainText(),
                    "source": self.source.text(),
                },
            )
        except TirekError as err:  # shown beside the form; nothing was written
            self.problem.setText(error_text(err))
            return
        self.accept()
