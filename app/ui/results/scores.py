"""Knowledge test scores typed from the paper tests, down a column.

Keyboard first, like the attendance grid: type a score and press Enter, and the next
participant's cell is ready; Tab goes to the other column; Delete clears. Each score is
saved as it is typed (record_scores), so there is nothing to forget to save.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TirekError
from app.core.services.results import knowledge
from app.core.services.trainings import Participant, get_training
from app.core.store import Store
from app.ui.errors import error_text
from app.ui.labels import label

Index = QModelIndex | QPersistentModelIndex
PHASES = ("pre", "post")


class ScoresModel(QAbstractTableModel):
    """Participants x (name, before, after, gain). Setting a score saves it at once."""

    problem = Signal(str)  # why the last score typed was not saved ("" when it was)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.training_id = ""
        self.test_id = ""
        self.max_score = 0.0
        self.people: tuple[Participant, ...] = ()
        self.scores: dict[tuple[str, str], float] = {}
        self.last_error = ""

    def load(self, training_id: str, test_id: str) -> None:
        self.beginResetModel()
        self.training_id, self.test_id = training_id, test_id
        details = get_training(self.store, training_id)
        self.people = tuple(sorted(details.participants, key=lambda p: p.full_name.casefold()))
        test = next((t for t in knowledge.list_tests(self.store) if t.id == test_id), None)
        self.max_score = test.max_score if test else 0.0
        self.scores = knowledge.scores_of(self.store, training_id, test_id)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return super().headerData(section, orientation, role)
        return (
            self.tr("Participant"),
            self.tr("Before (of {max})").format(max=f"{self.max_score:g}"),
            self.tr("After (of {max})").format(max=f"{self.max_score:g}"),
            self.tr("Gain"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() in (1, 2):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _score(self, row: int, phase: str) -> float | None:
        return self.scores.get((self.people[row].person_id, phase))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return self.people[row].full_name
            if col in (1, 2):
                v = self._score(row, PHASES[col - 1])
                return "" if v is None else f"{v:g}"
            pre, post = self._score(row, "pre"), self._score(row, "post")
            return "" if pre is None or post is None else f"{post - pre:+g}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in (1, 2):
            return False
        text = str(value).strip().replace(",", ".")
        phase = PHASES[index.column() - 1]
        pid = self.people[index.row()].person_id
        try:
            score = None if text == "" else float(text)
        except ValueError:
            self.last_error = self.tr("{text} is not a score: type a number.").format(text=text)
            self.problem.emit(self.last_error)
            return False
        try:
            knowledge.record_scores(self.store, self.training_id, self.test_id, phase, {pid: score})
        except TirekError as err:
            self.last_error = error_text(err)
            self.problem.emit(self.last_error)
            return False
        self.last_error = ""
        self.problem.emit("")
        if score is None:
            self.scores.pop((pid, phase), None)
        else:
            self.scores[(pid, phase)] = score
        row = index.row()
        self.dataChanged.emit(self.index(row, 1), self.index(row, 3))
        return True


class ScoresView(QTableView):
    """Enter saves the score and goes down the column; Delete clears a score.

    Enter in the cell's editor reaches the view, which saves the typed score and moves
    down: one key per score, the last row included.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and index.column() in (1, 2):
            self.model().setData(index, "")
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            editor = self.indexWidget(index)
            if editor is not None:  # save the typed score even on the last row
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            below = index.sibling(index.row() + 1, index.column())
            if below.isValid():
                self.setCurrentIndex(below)
            return
        super().keyPressEvent(event)


class ScoresGrid(QWidget):
    """The grid and a line that says what the scores show (average gain, share that rose)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = ScoresModel(store, self)
        self.view = ScoresView()
        self.view.setObjectName("scoresGrid")
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setDefaultSectionSize(24)
        head = self.view.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.hint = QLabel(
            self.tr("Type a score and press Enter: the next participant is ready. "
                    "Tab: the other column. Delete: clear.")
        )  # fmt: skip
        self.hint.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("scoresSummary")
        self.problem = QLabel()
        self.problem.setObjectName("scoresProblem")
        self.problem.setStyleSheet("color: #a01c1c")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        self.model.dataChanged.connect(self._refresh)
        self.model.problem.connect(self.problem.setText)

    def load(self, training_id: str, test_id: str) -> None:
        self.model.load(training_id, test_id)
        self._refresh()
        first = self.model.index(0, 1)
        if first.isValid():
            self.view.setCurrentIndex(first)

    def _refresh(self, *_args: object) -> None:
        if not self.model.training_id:
            self.summary.clear()
            return
        s = knowledge.knowledge_summary(self.store, self.model.training_id)
        if not s.overall.tested:
            self.summary.setText(self.tr("No one has both scores yet."))
            return
        sexes = ", ".join(
            self.tr("{group}: {share}%").format(
                group=label(k) or self.tr("not recorded"),
                share=f"{100 * g.share_increased:.0f}",
            )
            for k, g in s.by_sex.items()
        )
        self.summary.setText(
            self.tr(
                "{n} with both scores · average {pre} → {post} ({gain}) · "
                "knowledge rose for {share}% ({sexes})"
            ).format(
                n=s.overall.tested,
                pre=f"{s.overall.average_pre:.1f}",
                post=f"{s.overall.average_post:.1f}",
                gain=f"{s.overall.average_gain:+.1f}",
                share=f"{100 * s.overall.share_increased:.0f}",
                sexes=sexes,
            )
        )
