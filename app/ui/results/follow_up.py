"""The follow-up list of a training: who to call 3 or 6 months after it, worked through
offline. A call is marked done with Space (reached) or N (not reached); O records what
she went on to do (an outcome)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TirekError
from app.core.services.results import outcomes
from app.core.store import Store
from app.core.vocab import OUTCOME_KINDS, OUTCOME_SOURCES
from app.ui.errors import show_error
from app.ui.forms import dialog_buttons
from app.ui.labels import label
from app.ui.table import Column, RowsModel, fit_headings


class OutcomeDialog(QDialog):
    """What a participant went on to do, with its date and source."""

    def __init__(self, store: Store, person_id: str, name: str, training_id: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.person_id, self.training_id = store, person_id, training_id
        self.setWindowTitle(self.tr("What she went on to do"))
        self.kind = QComboBox()
        self.kind.setObjectName("outcomeKind")
        for code in OUTCOME_KINDS:
            self.kind.addItem(label(code), code)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.source = QComboBox()
        for code in OUTCOME_SOURCES:
            self.source.addItem(label(code), code)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Participant"), QLabel(name))
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("When"), self.day)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Note"), self.note)
        buttons = dialog_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        values = {
            "kind": self.kind.currentData(),
            "date": self.day.date().toPython(),
            "source": self.source.currentData(),
            "note": self.note.text(),
        }
        try:
            outcomes.record_outcome(self.store, self.person_id, values, [self.training_id])
        except TirekError as err:
            show_error(self, err)
            return
        self.accept()


class FollowUpTable(QTableView):
    call_done = Signal(bool)  # reached?
    outcome = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.call_done.emit(True)
        elif key == Qt.Key.Key_N:
            self.call_done.emit(False)
        elif key == Qt.Key.Key_O:
            self.outcome.emit()
        else:
            super().keyPressEvent(event)


class FollowUpList(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.training_id = ""
        self.months = 3
        self.rows: list[outcomes.FollowUp] = []
        self.model = RowsModel(
            [
                Column(self.tr("Participant"), lambda f: f.full_name, stretch=True),
                Column(self.tr("Phone"), lambda f: f.phone or ""),
                Column(self.tr("Call by"), lambda f: f.due.strftime("%d.%m.%Y")),
                Column(self.tr("Called"), lambda f: self._called(f)),
                Column(self.tr("Note"), lambda f: f.note or ""),
            ],
            self,
        )
        self.table = FollowUpTable()
        self.table.setObjectName("followUpTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents
            )
        fit_headings(self.table)
        self.table.call_done.connect(self.mark)
        self.table.outcome.connect(self.record_outcome)
        hint = QLabel(
            self.tr("Space: called and reached · N: called, not reached · O: record what she "
                    "went on to do")
        )  # fmt: skip
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def _called(self, f: outcomes.FollowUp) -> str:
        if f.done_on is None:
            return ""
        words = self.tr("reached") if f.reached else self.tr("not reached")
        return f"{f.done_on.strftime('%d.%m.%Y')} · {words}"

    def load(self, training_id: str, months: int) -> None:
        rows = outcomes.follow_up_list(self.store, training_id, months)
        self.show_rows(training_id, months, rows)

    def show_rows(self, training_id: str, months: int, rows: list[outcomes.FollowUp]) -> None:
        self.training_id, self.months = training_id, months
        self.rows = rows
        self.model.set_rows(self.rows)

    def _current(self) -> outcomes.FollowUp | None:
        row = self.table.currentIndex().row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def mark(self, reached: bool) -> None:
        chosen = self._current()
        if chosen is None:
            return
        row = self.table.currentIndex().row()
        try:
            outcomes.record_follow_up(
                self.store, self.training_id, chosen.person_id, self.months,
                {"done_on": date.today(), "reached": reached, "note": chosen.note},
            )  # fmt: skip
        except TirekError as err:
            show_error(self, err)
            return
        self.load(self.training_id, self.months)
        self.table.selectRow(min(row + 1, len(self.rows) - 1))

    def record_outcome(self) -> None:
        chosen = self._current()
        if chosen is not None:
            OutcomeDialog(self.store, chosen.person_id, chosen.full_name, self.training_id,
                          self).exec()  # fmt: skip
