"""The People screen: the registry with search-as-you-type, and a person's page."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.services.history import person_history
from app.core.services.people import PersonRow, get_person, list_people
from app.ui.desk import Desk
from app.ui.labels import label
from app.ui.list_page import ListPage, search_box
from app.ui.loading import Loader
from app.ui.people.editor import PersonEditor
from app.ui.people.search import PeopleModel
from app.ui.table import Column, RowsModel, make_table
from app.ui.timers import one_shot
from app.ui.undo import UndoDelete


class PersonPanel(QWidget):
    """A person's details and history: trainings (with sessions attended) and meetings."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.person_id: str | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.facts = QFormLayout()
        self.trainings = RowsModel(
            [
                Column(self.tr("Training"), lambda r: r.title, stretch=True),
                Column(self.tr("Starts"), lambda r: r.start_date.isoformat(), width=100),
                Column(
                    self.tr("Attended"),
                    lambda r: self.tr("{n} of {m}").format(n=r.attended, m=r.sessions),
                    width=80,
                ),
            ],
            self,
        )
        self.meetings = RowsModel(
            [
                Column(self.tr("Meeting"), lambda r: r.title, stretch=True),
                Column(self.tr("Date"), lambda r: r.date.isoformat(), width=100),
                Column(self.tr("Kind"), lambda r: label(r.kind), width=150),
            ],
            self,
        )
        self.edit = QPushButton(self.tr("Edit person…"))
        self.edit.clicked.connect(self.open_editor)
        self.delete = QPushButton(self.tr("Delete person…"))
        self.delete.clicked.connect(self.delete_person)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.facts)
        layout.addWidget(QLabel(self.tr("<b>Trainings</b>")))
        layout.addWidget(make_table(self.trainings))
        layout.addWidget(QLabel(self.tr("<b>Meetings</b>")))
        layout.addWidget(make_table(self.meetings))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete)
        buttons.addWidget(self.edit)
        layout.addLayout(buttons)
        self.show_person(None)

    def show_person(self, person_id: str | None) -> None:
        self.person_id = person_id
        while self.facts.rowCount():
            self.facts.removeRow(0)
        self.edit.setEnabled(person_id is not None)
        self.delete.setEnabled(person_id is not None)
        if person_id is None:
            self.title.setText(self.tr("Choose a person in the list"))
            self.trainings.set_rows([])
            self.meetings.set_rows([])
            return
        v = get_person(self.desk.store, person_id).values
        self.title.setText(str(v["full_name"]))
        orgs = dict(self.desk.lookups.organisations())
        for caption, value in (
            (self.tr("Sex"), label(v["sex"])),
            (self.tr("Year of birth"), v["birth_year"]),
            (self.tr("Phone"), v["phone"]),
            (self.tr("Organisation"), orgs.get(v["organisation_id"] or "", "")),
            (self.tr("Category"), label(v["category"])),
            (self.tr("Region"), self.desk.lookups.name(v["region_id"])),
            (self.tr("District"), self.desk.lookups.name(v["district_id"])),
        ):
            shown = QLabel("" if value is None else str(value))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(caption + ":", shown)
        history = person_history(self.desk.store, person_id)
        self.trainings.set_rows(history.trainings)
        self.meetings.set_rows(history.meetings)

    def open_editor(self) -> None:
        if self.person_id:
            PersonEditor(self.desk, self.person_id, self).open()

    def delete_person(self) -> None:
        """Delete the person shown, once asked (undone from the status bar or Ctrl+Z)."""
        pid = self.person_id
        undo = UndoDelete.of(self, self.desk)
        if pid and undo.ask_and_delete(self, "person", pid, self.title.text()):
            self.show_person(None)


class PeoplePage(ListPage):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.search = search_box(self.tr("Search people by name or phone…"))
        self.count = QLabel()
        new = QPushButton(self.tr("New person…"))
        new.clicked.connect(self.new_person)
        self.model = PeopleModel(desk.store)
        self.view: QTableView = make_table(self.model, sortable=True)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self.model.sort_by)
        self.panel = PersonPanel(desk)
        self.view.doubleClicked.connect(lambda _i: self.panel.open_editor())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(new)
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(top)
        col.addWidget(self.view)
        self.splitter = QSplitter()
        self.splitter.setObjectName("peopleSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.search.textChanged.connect(self.on_search)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.model.modelReset.connect(self._reselect)
        desk.data_changed.connect(self.on_data_changed)
        # The count waits for a pause in typing so that it never competes with a keystroke.
        self._count_timer = one_shot(self, 300, self._count)
        self.loader = Loader(self.view, desk.runner)  # the first page comes from the runner

    def refresh(self, typed: bool = False) -> None:
        self._loaded = True
        self.model.reload_in(self.loader)
        self._count()

    def on_search(self, text: str) -> None:
        self.model.search(text)
        self._count_timer.start()

    def _count(self) -> None:
        # Counting a large registry takes longer than a keystroke: it runs in the background.
        store, text = self.desk.store, self.model.text

        def count(_progress: object) -> int:
            return list_people(store, text=text, limit=0).total

        def show(total: int) -> None:
            if text == self.model.text:
                self.count.setText(self.tr("%n people", "", total))

        self.desk.runner.run(count, show)

    def on_data_changed(self, kinds: frozenset[str]) -> None:
        if not self._loaded:
            return
        if kinds & {"person", "organisation"}:
            self.model.reload_in(self.loader)
            self._count()
        if kinds & {"person", "enrolment", "attendance_mark", "meeting_attendee"}:
            self.panel.show_person(self.panel.person_id)

    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            person: PersonRow = self.model.row_at(rows[0].row())
            self.panel.show_person(person.id)

    def _reselect(self) -> None:
        if self.panel.person_id and not any(r.id == self.panel.person_id for r in self.model.rows):
            self.panel.show_person(None)

    def new_person(self) -> None:
        PersonEditor(self.desk, None, self).open()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
