"""Search-as-you-type over the registry: a line and a lazily filled list of people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.core.matching import matching_words
from app.core.services.people import PersonRow, list_people
from app.core.store import Store
from app.ui.labels import label
from app.ui.table import Column, LazyModel, make_table


def _t(text: str) -> str:
    return QCoreApplication.translate("people", text)


def people_columns() -> list[Column]:
    return [
        Column(_t("Name"), lambda r: r.full_name, "name", width=230),
        Column(_t("Sex"), lambda r: label(r.sex), width=70),
        Column(_t("Born"), lambda r: r.birth_year, "birth_year", width=60),
        Column(_t("Phone"), lambda r: r.phone, width=130),
        Column(_t("Category"), lambda r: label(r.category), "category", width=170),
        Column(_t("Organisation"), lambda r: r.organisation, width=260),
    ]


class PeopleModel(LazyModel):
    """One page of people at a time; typing a new text refetches the first page only."""

    def __init__(self, store: Store, organisation_id: str | None = None) -> None:
        super().__init__(people_columns(), self._fetch)
        self.store = store
        self.text = ""
        self.organisation_id = organisation_id
        self.order_by = "name"
        self.descending = False

    def _fetch(self, offset: int, limit: int) -> tuple[PersonRow, ...]:
        return list_people(
            self.store,
            text=self.text,
            organisation_id=self.organisation_id,
            sort=self.order_by,
            descending=self.descending,
            offset=offset,
            limit=limit,
            with_total=False,  # counting 100,000 rows per keystroke is what makes typing slow
        ).rows

    def search(self, text: str) -> None:
        self.text = text
        self.reload()

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        key = self.columns[column].sort_key
        if key is None:
            return
        self.order_by = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class PersonPicker(QDialog):
    """Choose one person of the registry by typing (trainers, owners)."""

    def __init__(self, store: Store, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.person: PersonRow | None = None
        self.search = PersonSearch(store)
        self.search.chosen.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        self.resize(640, 480)

    def _chosen(self, person: PersonRow) -> None:
        self.person = person
        self.accept()


class PersonSearch(QWidget):
    """A search line over a people table. `chosen` fires on Enter or double-click."""

    chosen = Signal(object)  # PersonRow

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(_t("Type a name or phone to search…"))
        self.line.setClearButtonEnabled(True)
        self.model = PeopleModel(store)
        self.view: QTableView = make_table(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.view)
        self.line.textChanged.connect(self.model.search)
        self.line.returnPressed.connect(self._enter)
        self.view.activated.connect(self._activated)
        self.model.reload()
        self.view.resizeColumnToContents(0)

    def current(self) -> PersonRow | None:
        """The person Enter acts on: the highlighted row, else the only match, else the one
        match whose name is exactly what was typed. Never the top row of a partial match."""
        idx = self.view.currentIndex()
        selection = self.view.selectionModel()
        if idx.isValid() and selection is not None and selection.isSelected(idx):
            row: PersonRow = self.model.row_at(idx.row())
            return row
        rows: list[PersonRow] = list(self.model.rows)
        if len(rows) == 1:
            return rows[0]
        typed = sorted(matching_words(self.line.text()))
        exact = [r for r in rows if typed and sorted(matching_words(r.full_name)) == typed]
        return exact[0] if len(exact) == 1 else None

    def _enter(self) -> None:
        person = self.current()
        if person is not None:
            self.chosen.emit(person)
        elif self.model.rows:
            # Show the first match highlighted: a second Enter then takes what is seen.
            self.view.selectRow(0)
            self.view.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        self.chosen.emit(self.model.row_at(index.row()))
