"""The meeting editor: details, attendees (registry or guests), minutes and decisions,
action items (with those still open from earlier meetings of the series), approval."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import InputError, TirekError
from app.core.rights import allowed, require
from app.core.services.meetings import (
    MeetingDetails,
    add_action_item,
    add_attendee,
    add_decision,
    approve_minutes,
    create_meeting,
    delete_decision,
    get_meeting,
    remove_attendee,
    update_action_item,
    update_meeting,
)
from app.core.store import Store
from app.core.vocab import ACTION_STATUSES, MEETING_KINDS
from app.ui.desk import Desk
from app.ui.editor import EditorDialog
from app.ui.errors import show_error
from app.ui.fit import fit_to_screen
from app.ui.forms import CodeCombo, Form, RecordCombo
from app.ui.labels import label
from app.ui.people.search import PersonPicker, PersonSearch
from app.ui.table import Column, RowsModel, make_table

WATCHED = frozenset({"meeting", "meeting_attendee", "decision", "action_item"})


def _buttons(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


class MeetingEditor(EditorDialog):
    def __init__(self, desk: Desk, meeting_id: str | None = None, parent: QWidget | None = None):
        super().__init__(desk, parent)
        self.meeting_id = meeting_id
        self.details: MeetingDetails | None = None
        self.setWindowTitle(self.tr("Meeting") if meeting_id else self.tr("New meeting"))
        lk = desk.lookups
        self.form = f = Form()
        f.add("kind", self.tr("Kind"), CodeCombo(MEETING_KINDS))
        f.line("title", self.tr("Title"))
        f.line("series", self.tr("Series"), self.tr("e.g. Osh NGO forum (links follow-ups)"))
        f.line("date", self.tr("Date"), self.tr("YYYY-MM-DD"))
        f.line("place", self.tr("Place"))
        f.add("region_id", self.tr("Region"), RecordCombo(lk.places(lk.regions)))
        f.add("project_id", self.tr("Project"), RecordCombo(lk.projects))
        f.text_box("agenda", self.tr("Agenda"), 80)
        self.minutes_form = Form()
        self.minutes_form.text_box("minutes", self.tr("Minutes"), 160)
        for form in (f, self.minutes_form):
            form.edited.connect(self.mark_dirty)

        # Attendees
        self.attendees = RowsModel(
            [
                Column(self.tr("Name"), lambda r: r.name, stretch=True),
                Column(self.tr("Role"), lambda r: r.role, width=130),
                Column(self.tr("Organisation"), lambda r: r.organisation, width=170),
                Column(
                    self.tr("From"),
                    lambda r: self.tr("guest") if r.is_guest else self.tr("registry"),
                ),
            ],
            self,
        )
        self.attendees_view = make_table(self.attendees)
        self.remove_attendee = QPushButton(self.tr("Remove"))
        self.remove_attendee.clicked.connect(self._remove_attendee)
        self.person_search = PersonSearch(self.store)
        self.person_search.chosen.connect(lambda p: self.add_person(p.id))
        self.guest = Form()
        self.guest.line("guest_name", self.tr("Guest's name"))
        self.guest.line("guest_role", self.tr("Role"))
        self.guest.line("guest_organisation", self.tr("Organisation"))
        self.add_guest_button = QPushButton(self.tr("Add guest"))
        self.add_guest_button.clicked.connect(self.add_guest)
        att = QWidget()
        left = QVBoxLayout()
        left.addWidget(self.attendees_view)
        left.addLayout(_buttons(self.remove_attendee))
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>From the registry</b> (Enter adds)")))
        right.addWidget(self.person_search)
        right.addWidget(QLabel(self.tr("<b>Outside guest</b>")))
        right.addWidget(self.guest)
        right.addLayout(_buttons(self.add_guest_button))
        row = QHBoxLayout(att)
        row.addLayout(left, 3)
        row.addLayout(right, 2)

        # Minutes and decisions
        self.decisions = RowsModel(
            [
                Column("#", lambda r: r.position, width=40),
                Column(self.tr("Decision"), lambda r: r.text, stretch=True),
            ],
            self,
        )
        self.decisions_view = make_table(self.decisions)
        self.decision_form = Form()
        self.decision_form.line("text", self.tr("New decision"))
        self.add_decision_button = QPushButton(self.tr("Add decision"))
        self.add_decision_button.clicked.connect(self.add_decision)
        self.delete_decision_button = QPushButton(self.tr("Delete decision"))
        self.delete_decision_button.clicked.connect(self._delete_decision)
        mins = QWidget()
        mcol = QVBoxLayout(mins)
        mcol.addWidget(self.minutes_form)
        mcol.addWidget(QLabel(self.tr("<b>Decisions</b>")))
        mcol.addWidget(self.decisions_view)
        mcol.addWidget(self.decision_form)
        mcol.addLayout(_buttons(self.add_decision_button, self.delete_decision_button))

        # Action items
        item_columns = [
            Column(self.tr("Action"), lambda r: r.text, stretch=True),
            Column(self.tr("Owner"), lambda r: r.owner_name, width=180),
            Column(self.tr("Due"), lambda r: r.due_date and r.due_date.isoformat(), width=100),
            Column(self.tr("Status"), lambda r: label(r.status), width=90),
        ]
        self.items = RowsModel(item_columns, self)
        self.items_view = make_table(self.items)
        self.carried = RowsModel(item_columns, self)
        self.carried_view = make_table(self.carried)
        self.item_form = Form()
        self.item_form.line("text", self.tr("Action"))
        self.item_form.line("owner_name", self.tr("Owner"))
        self.item_form.line("due_date", self.tr("Due date"), self.tr("YYYY-MM-DD"))
        self.item_form.add("status", self.tr("Status"), CodeCombo(ACTION_STATUSES, empty=False))
        self.owner_id: str | None = None
        pick_owner = QPushButton(self.tr("Owner from the registry…"))
        pick_owner.clicked.connect(self.pick_owner)
        self.add_item_button = QPushButton(self.tr("Add action"))
        self.add_item_button.clicked.connect(self.add_item)
        self.item_status = CodeCombo(ACTION_STATUSES, empty=False)
        set_status = QPushButton(self.tr("Set status of selected"))
        set_status.clicked.connect(self._set_status)
        acts = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tcol = QVBoxLayout(top)
        tcol.addWidget(QLabel(self.tr("<b>Actions agreed at this meeting</b>")))
        tcol.addWidget(self.items_view)
        tcol.addWidget(self.item_form)
        tcol.addLayout(_buttons(self.add_item_button, pick_owner))
        bottom = QWidget()
        bcol = QVBoxLayout(bottom)
        bcol.addWidget(QLabel(self.tr("<b>Still open from earlier meetings of the series</b>")))
        bcol.addWidget(self.carried_view)
        row2 = _buttons(self.item_status, set_status)
        bcol.addLayout(row2)
        acts.addWidget(top)
        acts.addWidget(bottom)

        self.tabs = QTabWidget()
        self.tabs.addTab(f, self.tr("Details"))
        self.tabs.addTab(att, self.tr("Attendees"))
        self.tabs.addTab(mins, self.tr("Minutes and decisions"))
        self.tabs.addTab(acts, self.tr("Action items"))
        self.approval = QLabel()
        self.approval.setObjectName("approval")
        self.approve_button = QPushButton(self.tr("Approve minutes…"))
        self.approve_button.clicked.connect(self.approve)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = QPushButton(self.tr("Print minutes…"))
        self.print_button.clicked.connect(self.print_minutes)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.approval)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(960, 700)
        fit_to_screen(self)
        desk.data_changed.connect(self._data_changed)
        self.reload()

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        exists = self.meeting_id is not None
        for i in (1, 2, 3):
            self.tabs.setTabEnabled(i, exists)
        self.approve_button.setEnabled(exists)
        # Approving minutes is a coordinator's right (app/core/rights.py).
        self.approve_button.setVisible(allowed(self.store.identity(), "approve_minutes"))
        if self.meeting_id is None:
            self.approval.hide()
            self.print_button.setEnabled(False)
            return
        d = self.details = get_meeting(self.store, self.meeting_id)
        if not self.dirty:
            self.form.load(d.values)
            self.minutes_form.load(d.values)
        self.setWindowTitle(self.tr("Meeting: {title}").format(title=d.values["title"]))
        self.attendees.set_rows(d.attendees)
        self.decisions.set_rows(d.decisions)
        self.items.set_rows(d.action_items)
        self.carried.set_rows(d.carried_over)
        self._lock(d.approved)
        if d.approved:
            assert d.approved_at is not None
            self.approval.setText(
                self.tr(
                    "Minutes approved by {who} on {when}. They can no longer be changed."
                ).format(who=d.approved_by, when=d.approved_at.strftime("%d.%m.%Y %H:%M"))
            )
        self.approval.setVisible(d.approved)
        self.print_button.setEnabled(d.approved)

    def _lock(self, locked: bool) -> None:
        for form in (self.form, self.minutes_form, self.guest, self.decision_form, self.item_form):
            form.set_read_only(locked)
        for w in (
            self.approve_button,
            self.remove_attendee,
            self.person_search,
            self.add_guest_button,
            self.add_decision_button,
            self.delete_decision_button,
            self.add_item_button,
        ):
            w.setEnabled(not locked and self.meeting_id is not None)
        self.save_button.setEnabled(not locked)

    @property
    def locked(self) -> bool:
        return self.details is not None and self.details.approved

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if self.meeting_id and kinds & WATCHED:
            self.reload()

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> bool:
        if self.locked:
            return True
        values = {**self.form.values(), **self.minutes_form.values()}
        if self.meeting_id is None:
            values = {k: v for k, v in values.items() if v is not None}

        def write() -> None:
            if self.meeting_id:
                update_meeting(self.store, self.meeting_id, values)
            else:
                self.meeting_id = create_meeting(self.store, values)

        try:
            write()
        except InputError as err:
            for form, tab in ((self.form, 0), (self.minutes_form, 2)):
                if form.show_input_error(err):
                    self.tabs.setCurrentIndex(tab)
                    return False
            show_error(self, err)
            return False
        self.form.clear_errors()
        self.minutes_form.clear_errors()
        self.dirty = False
        self.reload()
        return True

    def _call(self, form: Form | None, write: Callable[[], Any]) -> bool:
        if form is not None:
            return form.attempt(self, write)
        try:
            write()
        except TirekError as err:
            show_error(self, err)
            return False
        return True

    def add_person(self, person_id: str) -> bool:
        mid = self.meeting_id
        assert mid is not None
        return self._call(None, lambda: add_attendee(self.store, mid, person_id=person_id))

    def add_guest(self) -> bool:
        mid = self.meeting_id
        assert mid is not None
        v = self.guest.values()
        ok = self._call(self.guest, lambda: add_attendee(self.store, mid, **v))
        if ok:
            self.guest.load(dict.fromkeys(v))
        return ok

    def _remove_attendee(self) -> None:
        self._on_chosen(self.attendees_view, self.attendees, remove_attendee)

    def _on_chosen(
        self, view: QAbstractItemView, model: RowsModel, change: Callable[[Store, str], None]
    ) -> None:
        """Apply `change` to the row chosen in `view` (remove an attendee, a decision)."""
        row = view.currentIndex().row()
        if 0 <= row < len(model.rows):
            row_id = model.row_at(row).id
            self._call(None, lambda: change(self.store, row_id))

    def add_decision(self) -> bool:
        mid = self.meeting_id
        assert mid is not None
        text = self.decision_form.values()["text"]
        ok = self._call(self.decision_form, lambda: add_decision(self.store, mid, text))
        if ok:
            self.decision_form.load({"text": None})
        return ok

    def _delete_decision(self) -> None:
        self._on_chosen(self.decisions_view, self.decisions, delete_decision)

    def add_item(self) -> bool:
        mid = self.meeting_id
        assert mid is not None
        v = self.item_form.values()
        if self.owner_id and v.get("owner_name") == self._owner_name:
            v["owner_person_id"] = self.owner_id
        ok = self._call(self.item_form, lambda: add_action_item(self.store, mid, v))
        if ok:
            self.item_form.load({"text": None, "owner_name": None, "due_date": None})
            self.owner_id = None
        return ok

    _owner_name: str | None = None

    def pick_owner(self) -> PersonPicker:
        """The owner of the next action, chosen from the registry (the name is filled in)."""
        picker = PersonPicker(self.store, self.tr("Owner of the action"), self)

        def chosen() -> None:
            if picker.person is not None:
                self.set_owner(picker.person.id, picker.person.full_name)

        picker.accepted.connect(chosen)
        picker.open()
        return picker

    def set_owner(self, person_id: str, name: str) -> None:
        self.owner_id, self._owner_name = person_id, name
        owner = self.item_form.fields["owner_name"]
        assert isinstance(owner, QLineEdit)
        owner.setText(name)

    def _set_status(self) -> None:
        row = self.carried_view.currentIndex().row()
        if 0 <= row < len(self.carried.rows):
            iid = self.carried.row_at(row).id
            status = self.item_status.value()
            self._call(None, lambda: update_action_item(self.store, iid, {"status": status}))

    def approve(self) -> bool:
        mid = self.meeting_id
        if mid is None:
            return False
        try:  # reached without the button (a shortcut, a stale window): the core's words
            require(self.store, "approve_minutes")
        except TirekError as err:
            show_error(self, err)
            return False
        if self.dirty and not self.save():
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Approve minutes"),
            self.tr("Once approved, the minutes can no longer be changed. Approve them now?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._call(self.minutes_form, lambda: approve_minutes(self.store, mid))

    def print_minutes(self) -> None:
        """Approved minutes as a PDF (only approved minutes are printed and filed)."""
        from app.ui.documents.printouts import print_minutes

        if self.meeting_id is not None:
            print_minutes(self.store, self.desk.runner, self.meeting_id, self)
