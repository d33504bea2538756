"""A read-only table model over a tuple of rows (frozen dataclasses or named tuples)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    show: Callable[[Any], Any]
    sort_key: str | None = None  # the service's sort name, when the column can sort
    align_right: bool = False
    width: int = 0  # pixels; 0 = Qt's default
    stretch: bool = False  # this column takes the room left


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.show(self.rows[index.row()])
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class LazyModel(RowsModel):
    """Rows fetched a page at a time as the view scrolls (Anki's browser does the same).

    `fetch(offset, limit)` returns the rows of one page; more are fetched while the last
    page came back full.
    """

    PAGE = 100

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Callable[[int, int], Sequence[Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self.fetch = fetch
        self._more = False
        self._asked = 0  # every reload counts: an answer to an older question is dropped

    def reload(self) -> None:
        self._asked += 1
        self._first_page(self._asked, self.fetch(0, self.PAGE))

    def reload_in(self, loader: Any) -> None:
        """The first page fetched on the runner (an app.ui.loading.Loader)."""
        self._asked += 1
        asked, fetch, size = self._asked, self.fetch, self.PAGE
        loader.load(lambda: fetch(0, size), lambda rows: self._first_page(asked, rows))

    def _first_page(self, asked: int, rows: Sequence[Any]) -> None:
        if asked != self._asked:
            return
        self._more = len(rows) == self.PAGE
        self.set_rows(rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        rows = self.fetch(len(self.rows), self.PAGE)
        self._more = len(rows) == self.PAGE
        self.append_rows(rows)


def make_table(model: RowsModel, *, sortable: bool = False) -> Any:
    """A list-style table: whole rows selected, no grid, the last column stretched."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for i, col in enumerate(model.columns):
        if col.width:
            view.setColumnWidth(i, col.width)
        if col.stretch:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
    header.setSortIndicatorShown(sortable)
    header.setSectionsClickable(sortable)
    fit_headings(view)
    return view


def fit_headings(view: Any) -> None:
    """Widen each column whose heading would be cut off: translated headings run longer
    than the English widths were chosen for (Kyrgyz often by a third). A table too narrow
    for its columns scrolls sideways; it never forces the window wider than the screen."""
    from PySide6.QtWidgets import QHeaderView

    header = view.horizontalHeader()
    model = view.model()
    metrics = header.fontMetrics()
    for i in range(header.count()):
        if header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch:
            continue
        text = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
        # Room for the padding and the sort arrow beside the words.
        need = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 24
        if header.sectionSize(i) < need:
            header.resizeSection(i, need)
