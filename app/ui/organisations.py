"""The Organisations screen: list, editor, and the people and trainings of one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.services.history import organisation_trainings
from app.core.services.organisations import (
    NETWORK_STATUSES,
    OrganisationRow,
    create_organisation,
    get_organisation,
    list_organisations,
    update_organisation,
)
from app.core.vocab import ORGANISATION_KINDS
from app.ui.desk import Desk
from app.ui.editor import EditorDialog
from app.ui.forms import CodeCombo, Form, RecordCombo, dialog_buttons
from app.ui.labels import label
from app.ui.list_page import ListPage, search_box
from app.ui.loading import Loader
from app.ui.people.search import PeopleModel
from app.ui.table import Column, LazyModel, RowsModel, make_table

FIELDS = (
    "name",
    "kind",
    "region_id",
    "district_id",
    "phone",
    "email",
    "address",
    "contact_person",
    "network_status",
    "founding_year",
    "membership_size",
    "notes",
)


class OrganisationEditor(EditorDialog):
    def __init__(self, desk: Desk, org_id: str | None = None, parent: QWidget | None = None):
        super().__init__(desk, parent)
        self.org_id = org_id
        self.setWindowTitle(self.tr("Organisation") if org_id else self.tr("New organisation"))
        lk = desk.lookups
        self.form = f = Form()
        f.line("name", self.tr("Name"))
        f.add("kind", self.tr("Type"), CodeCombo(ORGANISATION_KINDS))
        f.add("region_id", self.tr("Region"), RecordCombo(lk.places(lk.regions)))
        f.add("district_id", self.tr("District"), RecordCombo(lk.districts_of(None)))
        f.line("phone", self.tr("Phone"), "+996 …")
        f.line("email", self.tr("E-mail"))
        f.line("address", self.tr("Address"))
        f.line("contact_person", self.tr("Contact person"))
        f.add("network_status", self.tr("Relation to the network"), CodeCombo(NETWORK_STATUSES))
        f.line("founding_year", self.tr("Founding year"))
        f.line("membership_size", self.tr("Members"))
        f.text_box("notes", self.tr("Notes"), 60)
        if org_id:
            row = get_organisation(self.store, org_id)
            f.load({k: getattr(row, k) for k in FIELDS})
        f.edited.connect(self.mark_dirty)
        buttons = dialog_buttons(
            self, self.save_and_close, cancel=QDialogButtonBox.StandardButton.Close
        )
        layout = QVBoxLayout(self)
        layout.addWidget(f)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def save(self) -> bool:
        saved = self.save_record(self.form, self.org_id, create_organisation, update_organisation)
        self.org_id = saved or self.org_id
        return saved is not None


class OrganisationsPage(ListPage):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        lk = desk.lookups
        self.search = search_box(self.tr("Search organisations…"))
        new = QPushButton(self.tr("New organisation…"))
        new.clicked.connect(lambda: OrganisationEditor(desk, None, self).open())
        self.model = LazyModel(
            [
                Column(self.tr("Name"), lambda r: r.name, stretch=True),
                Column(self.tr("Type"), lambda r: label(r.kind), width=150),
                Column(self.tr("Region"), lambda r: lk.name(r.region_id), width=130),
            ],
            self._fetch,
            self,
        )
        self.view: QTableView = make_table(self.model)
        self.view.activated.connect(self.open_row)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self.show_row(cur))
        self.title = QLabel(self.tr("Choose an organisation in the list"))
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.people = PeopleModel(desk.store, organisation_id="")
        self.trainings = RowsModel(
            [
                Column(self.tr("Training"), lambda r: r.title, stretch=True),
                Column(self.tr("Starts"), lambda r: r.start_date.isoformat(), width=100),
                Column(
                    self.tr("Their people"), lambda r: r.participants, align_right=True, width=100
                ),
            ],
            self,
        )
        self.edit = QPushButton(self.tr("Edit organisation…"))
        self.edit.setEnabled(False)
        self.edit.clicked.connect(self._edit_current)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(new)
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addLayout(top)
        lcol.addWidget(self.view)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.addWidget(self.title)
        rcol.addWidget(self.facts)
        rcol.addWidget(QLabel(self.tr("<b>People</b>")))
        rcol.addWidget(make_table(self.people))
        rcol.addWidget(QLabel(self.tr("<b>Trainings</b>")))
        rcol.addWidget(make_table(self.trainings))
        rcol.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignRight)
        self.splitter = QSplitter()
        self.splitter.setObjectName("organisationsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([540, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.search.textChanged.connect(lambda _t: self.refresh(typed=True))
        desk.data_changed.connect(self._data_changed)
        self.current: OrganisationRow | None = None
        self.loader = Loader(self.view, desk.runner)  # the first page comes from the runner
        self.text = ""

    def _fetch(self, offset: int, limit: int) -> tuple[OrganisationRow, ...]:
        # May run on the runner: reads the words asked, never the search box.
        return list_organisations(self.desk.store, text=self.text, offset=offset, limit=limit).rows

    def refresh(self, typed: bool = False) -> None:
        self.text = self.search.text()
        self.reload_list(typed)

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if self._loaded and kinds & {"organisation", "person", "enrolment"}:
            self.refresh()
            if self.current is not None:
                self.show_org(self.current.id)

    def show_row(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.model.rows):
            self.show_org(self.model.row_at(index.row()).id)

    def show_org(self, org_id: str) -> None:
        org = get_organisation(self.desk.store, org_id)
        self.current = org
        self.edit.setEnabled(True)
        self.title.setText(org.name)
        bits = [
            label(org.kind),
            self.desk.lookups.name(org.region_id),
            org.phone or "",
            self.tr("%n people", "", org.people),
        ]
        self.facts.setText(" · ".join(b for b in bits if b))
        self.people.organisation_id = org_id
        self.people.reload()
        self.trainings.set_rows(organisation_trainings(self.desk.store, org_id))

    def open_row(self, index: QModelIndex) -> None:
        OrganisationEditor(self.desk, self.model.row_at(index.row()).id, self).open()

    def _edit_current(self) -> None:
        if self.current is not None:
            OrganisationEditor(self.desk, self.current.id, self).open()
