"""The attendance grid: participants x sessions, typed from a paper sign-in sheet.

Keyboard first: arrows move; P L E X A set present / late / left early / excused / absent;
Space marks present (or cycles a marked cell); Delete clears. Every mark is saved as it
is typed (mark_one), so there is nothing to forget to save. Totals per session are in the
column headers, totals and completion per person in the next two columns. The last
column is the sign-in sheet's consent box: ticking or clearing it (Space) records a
consent statement "paper sheet" for data processing (app/core/services/privacy.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TirekError
from app.core.services import privacy
from app.core.services.attendance import AttendanceGrid, attendance_grid, mark_attendance, mark_one
from app.core.store import Store
from app.core.vocab import ATTENDANCE_STATUSES
from app.ui.labels import LOCAL_KEYS, label, status_letter, status_of_key
from app.ui.table import fit_headings

Index = QModelIndex | QPersistentModelIndex

COLOURS = {
    "present": "#d8f0d8",
    "late": "#fff1c2",
    "left_early": "#fde3c8",
    "excused": "#dfe7f5",
    "absent": "#f6d5d5",
}
EXTRA = 3  # the "attended", "completion" and "consent" columns after the sessions


class AttendanceModel(QAbstractTableModel):
    """The grid's cells. Setting a cell's status (EditRole) saves it at once."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.grid: AttendanceGrid | None = None
        self.marks: dict[tuple[str, str], str] = {}
        self.consenting: set[str] = set()

    def load(self, training_id: str) -> None:
        self.beginResetModel()
        grid = attendance_grid(self.store, training_id)
        self.marks = dict(grid.marks)
        # The grid counts over the marks as typed here: the same dict, saved cell by cell.
        self.grid = replace(grid, marks=self.marks)
        with self.store.read() as s:
            people = [p.person_id for p in self.grid.participants]
            self.consenting = privacy.with_data_consent(s, people)
        self.endResetModel()

    @property
    def consent_column(self) -> int:
        return self.sessions + 2

    def set_consent(self, row: int, given: bool) -> None:
        """The consent box of the sign-in sheet, typed in: a statement "paper sheet"."""
        assert self.grid is not None
        pid = self.grid.participants[row].person_id
        privacy.record_consent(self.store, pid, "data", given, "paper_sheet")
        if given:
            self.consenting.add(pid)
        else:
            self.consenting.discard(pid)
        index = self.index(row, self.consent_column)
        self.dataChanged.emit(index, index)

    # -- shape ---------------------------------------------------------------------------
    @property
    def sessions(self) -> int:
        return len(self.grid.sessions) if self.grid else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.participants)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else self.sessions + EXTRA

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < self.sessions:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.consent_column:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    # -- counts --------------------------------------------------------------------------
    def attended(self, row: int) -> int:
        assert self.grid is not None
        return self.grid.attended_sessions(self.grid.participants[row].person_id)

    def session_total(self, column: int) -> int:
        assert self.grid is not None
        return self.grid.session_count(self.grid.sessions[column].id)

    def status_at(self, row: int, column: int) -> str | None:
        assert self.grid is not None
        key = (self.grid.participants[row].person_id, self.grid.sessions[column].id)
        return self.marks.get(key)

    # -- data ----------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= col < self.columnCount()):
            return None
        if col < self.sessions:
            status = self.status_at(row, col)
            if role == Qt.ItemDataRole.DisplayRole:
                return status_letter(status)
            if role == Qt.ItemDataRole.EditRole:
                return status or ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return label(status) or self.tr("No mark yet")
            if role == Qt.ItemDataRole.BackgroundRole and status:
                return QBrush(QColor(COLOURS[status]))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if col == self.consent_column:
            given = self.grid.participants[row].person_id in self.consenting
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if given else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Consent to data processing, as ticked on the sign-in sheet")
            return None
        done = self.attended(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.sessions:
                return f"{done}/{self.sessions}"
            return f"{self.grid.completion(self.grid.participants[row].person_id):.0%}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        complete = bool(self.sessions) and done == self.sessions
        if role == Qt.ItemDataRole.ForegroundRole and col == self.sessions + 1 and complete:
            return QBrush(QColor("#1b6e20"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.grid is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self.grid.participants):
                return self.grid.participants[section].full_name
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section < self.sessions:
            s = self.grid.sessions[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return s.topic or ""
            return self.tr("Day {n}\n{date}\n{count} present").format(
                n=section + 1,
                date=s.date.strftime("%d.%m"),
                count=self.session_total(section),
            )
        if section == self.sessions:
            return self.tr("Attended")
        if section == self.consent_column:
            return self.tr("Consent")
        return self.tr("Completion")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            self.grid is not None
            and role == Qt.ItemDataRole.CheckStateRole
            and index.isValid()
            and index.column() == self.consent_column
        ):
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            self.set_consent(index.row(), checked)
            return True
        if self.grid is None or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() >= self.sessions or index.row() >= self.rowCount():
            return False
        status = value or None
        if status is not None and status not in ATTENDANCE_STATUSES:
            return False
        pid = self.grid.participants[index.row()].person_id
        sid = self.grid.sessions[index.column()].id
        mark_one(self.store, sid, pid, status)  # saved now: nothing to forget
        self._remember(pid, sid, status)
        self._changed(index.row(), index.row(), index.column())
        return True

    def mark_column(self, column: int, status: str) -> None:
        """Every participant of one session gets the same mark (one write)."""
        assert self.grid is not None
        sid = self.grid.sessions[column].id
        people = [p.person_id for p in self.grid.participants]
        if not people:
            return
        mark_attendance(self.store, sid, dict.fromkeys(people, status))
        for pid in people:
            self._remember(pid, sid, status)
        self._changed(0, len(people) - 1, column)

    def _remember(self, pid: str, sid: str, status: str | None) -> None:
        if status is None:
            self.marks.pop((pid, sid), None)
        else:
            self.marks[(pid, sid)] = status

    def _changed(self, first: int, last: int, column: int) -> None:
        self.dataChanged.emit(self.index(first, column), self.index(last, column))
        self.dataChanged.emit(self.index(first, self.sessions), self.index(last, self.sessions + 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)


class AttendanceView(QTableView):
    """Letters and Space set the current cell, then the cursor moves down the column."""

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.grid_model = model
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(96)
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setMinimumWidth(220)
        self.on_error: Callable[[BaseException], None] | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        typed = status_of_key(event.text())
        m = self.grid_model
        if (
            index.isValid()
            and index.column() == m.consent_column
            and event.key() == Qt.Key.Key_Space
            and m.grid is not None
        ):
            given = m.grid.participants[index.row()].person_id in m.consenting
            self._then_down(index, lambda: m.set_consent(index.row(), not given))
            return
        if (
            index.isValid()
            and index.column() < m.sessions
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            status: str | None = ""
            if typed is not None:
                status = typed
            elif event.key() == Qt.Key.Key_Space:
                now = m.status_at(index.row(), index.column())
                if now is None:
                    status = "present"
                else:
                    order = ATTENDANCE_STATUSES
                    status = order[(order.index(now) + 1) % len(order)]
            elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                status = None
            if status != "":
                self._set(index, status)
                return
        super().keyPressEvent(event)

    def _set(self, index: QModelIndex, status: str | None) -> None:
        self._then_down(index, lambda: self.grid_model.setData(index, status))

    def _then_down(self, index: QModelIndex, change: Callable[[], object]) -> None:
        """Save a cell, then go to the one below (as in a paper register)."""
        try:
            change()
        except TirekError as err:  # a refused mark is shown; the cell keeps its old value
            if self.on_error is None:
                raise
            self.on_error(err)
            return
        below = index.siblingAtRow(index.row() + 1)
        if below.isValid():
            self.setCurrentIndex(below)


class AttendancePanel(QWidget):
    """The grid with its legend and the "all present" button for the current session."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AttendanceModel(store, self)
        self.view = AttendanceView(self.model)
        legend = "   ".join(f"{status_letter(status)} = {label(status)}" for status in LOCAL_KEYS)
        latin = " ".join(str(letter) for letter in LOCAL_KEYS.values())
        if latin != " ".join(status_letter(s) for s in LOCAL_KEYS):
            legend += f"   ({latin})"  # the Latin keys work too
        self.legend = QLabel(
            self.tr("Keys: {legend}; Space = present; Delete = clear. Saved as you type.").format(
                legend=legend
            )
        )
        self.legend.setWordWrap(True)
        self.all_present = QPushButton(self.tr("Whole day present"))
        self.all_present.setToolTip(self.tr("Mark everyone present for the selected day"))
        self.all_present.clicked.connect(self.mark_current_column_present)
        row = QHBoxLayout()
        row.addWidget(self.legend, 1)
        row.addWidget(self.all_present)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view)

    def load(self, training_id: str) -> None:
        """(Re)load the grid; the cursor stays on the same person and day."""
        where = self._current_ids()
        self.model.load(training_id)
        if self.model.rowCount() and self.model.sessions:
            self.view.setCurrentIndex(self._index_of(where))
        self.view.horizontalHeader().setMinimumHeight(62)
        fit_headings(self.view)

    def _current_ids(self) -> tuple[str, str] | None:
        index, grid = self.view.currentIndex(), self.model.grid
        if grid is None or not index.isValid() or index.column() >= self.model.sessions:
            return None
        return grid.participants[index.row()].person_id, grid.sessions[index.column()].id

    def _index_of(self, where: tuple[str, str] | None) -> QModelIndex:
        grid = self.model.grid
        if grid is not None and where is not None:
            rows = [i for i, p in enumerate(grid.participants) if p.person_id == where[0]]
            cols = [i for i, s in enumerate(grid.sessions) if s.id == where[1]]
            if rows and cols:
                return self.model.index(rows[0], cols[0])
        return self.model.index(0, 0)

    def mark_current_column_present(self) -> None:
        index = self.view.currentIndex()
        column = index.column() if index.isValid() else 0
        if column < self.model.sessions:
            self.model.mark_column(column, "present")
