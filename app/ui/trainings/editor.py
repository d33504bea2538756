"""The training editor: details, days (sessions), participants and the attendance grid."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TirekError
from app.core.services.people import get_person
from app.core.services.trainings import (
    SessionRow,
    TrainingDetails,
    add_session,
    create_training,
    delete_session,
    enrol,
    get_training,
    unenrol,
    update_session,
    update_training,
)
from app.core.services.validation import parse_date
from app.core.vocab import CERTIFICATE_RULES
from app.ui.desk import Desk
from app.ui.editor import EditorDialog
from app.ui.errors import show_error
from app.ui.fit import fit_to_screen
from app.ui.forms import CodeCombo, Form, RecordCombo, push
from app.ui.labels import label
from app.ui.people.editor import QuickAddDialog
from app.ui.people.search import PersonPicker, PersonSearch
from app.ui.table import Column, RowsModel, make_table
from app.ui.trainings.attendance import AttendancePanel

ID_ROLE = Qt.ItemDataRole.UserRole


class SessionsTab(QWidget):
    """The training's days: a list, and a small form to add or change one."""

    def __init__(self, editor: TrainingEditor) -> None:
        super().__init__()
        self.editor = editor
        self.model = RowsModel(
            [
                Column(self.tr("Date"), lambda r: r.date.isoformat(), width=110),
                Column(
                    self.tr("From"),
                    lambda r: r.start_time and r.start_time.strftime("%H:%M"),
                    width=70,
                ),
                Column(
                    self.tr("To"), lambda r: r.end_time and r.end_time.strftime("%H:%M"), width=70
                ),
                Column(self.tr("Hours"), lambda r: f"{r.hours:g}", align_right=True, width=70),
                Column(self.tr("Topic"), lambda r: r.topic, stretch=True),
            ],
            self,
        )
        self.view = make_table(self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._pick(cur.row()))
        self.form = Form()
        self.form.line("date", self.tr("Date"), self.tr("YYYY-MM-DD"))
        self.form.line("start_time", self.tr("From"), self.tr("HH:MM"))
        self.form.line("end_time", self.tr("To"), self.tr("HH:MM"))
        self.form.line("hours", self.tr("Hours"), self.tr("worked out from the times if empty"))
        self.form.line("topic", self.tr("Topic"))
        add = push(self.tr("Add day"), self.add_day)
        self.change = push(self.tr("Save changes to this day"), self.change_day)
        self.remove = push(self.tr("Delete day"), self.delete_day)
        self.sheet = push(self.tr("Print sign-in sheet…"), self.print_sheet)
        self.registration = push(self.tr("Registration from phones…"), self.open_registration)
        buttons = QHBoxLayout()
        for b in (add, self.change, self.remove, self.sheet, self.registration):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.form)
        layout.addLayout(buttons)

    def load(self, details: TrainingDetails) -> None:
        self.model.set_rows(details.sessions)
        last = details.sessions[-1].date + timedelta(days=1) if details.sessions else None
        start = details.values["start_date"]
        self.form.load(
            {
                "date": last or start,
                "start_time": None,
                "end_time": None,
                "hours": None,
                "topic": None,
            }
        )

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            s = self.model.row_at(row)
            self.form.load(
                {
                    "date": s.date,
                    "start_time": s.start_time,
                    "end_time": s.end_time,
                    "hours": s.hours,
                    "topic": s.topic,
                }
            )

    def _selected_id(self) -> str | None:
        row = self.view.currentIndex().row()
        return self.model.row_at(row).id if 0 <= row < len(self.model.rows) else None

    def print_sheet(self) -> None:
        """The printed sheet of the chosen day, in the grid's order, for typing it in later."""
        from app.ui.documents.printouts import print_sheet

        sid = self._selected_id()
        if sid is None:
            QMessageBox.information(
                self, self.tr("Sign-in sheet"), self.tr("Choose a day in the list first.")
            )
            return
        print_sheet(self.editor.store, self.editor.desk.runner, sid, self)

    def open_registration(self) -> QDialog | None:
        """Self-registration from phones for the chosen day (the first day if none)."""
        from app.ui.trainings.registration import RegistrationDialog

        sid = self._selected_id()
        if sid is None and self.model.rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
            sid = self._selected_id()
        if sid is None:
            QMessageBox.information(
                self, self.tr("Registration"), self.tr("Add the training's days first.")
            )
            return None
        dialog = RegistrationDialog(self.editor.desk, sid, self)
        dialog.open()
        return dialog

    def add_day(self) -> bool:
        tid = self.editor.training_id
        assert tid is not None
        values = self.form.values()
        twin = self._same_day(values)
        if twin is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Add day"),
                self.tr(
                    "There is already a day on {date}{time}. Add another one? (Two identical "
                    "days mean nobody attends every session.)"
                ).format(
                    date=twin.date.isoformat(),
                    time=f" {twin.start_time:%H:%M}" if twin.start_time else "",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.form.attempt(self, lambda: add_session(self.editor.store, tid, values))

    def _same_day(self, values: dict[str, object]) -> SessionRow | None:
        """The listed day with the date and start time typed, if any."""
        try:
            day = parse_date(values.get("date"))
        except ValueError:
            return None  # the service will say what is wrong with the date
        start = str(values.get("start_time") or "").replace(".", ":")
        for row in self.model.rows:
            at = row.start_time.strftime("%H:%M") if row.start_time else ""
            if row.date == day and (not start or not at or at == start.zfill(5)):
                twin: SessionRow = row
                return twin
        return None

    def change_day(self) -> bool:
        sid = self._selected_id()
        if sid is None:
            return False
        values = self.form.values()
        return self.form.attempt(self, lambda: update_session(self.editor.store, sid, values))

    def delete_day(self) -> None:
        sid = self._selected_id()
        if sid is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete day"), self.tr("Delete this day and its attendance marks?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            delete_session(self.editor.store, sid)


class ParticipantsTab(QWidget):
    """Who is enrolled; enrol from the registry by typing, or quick-add a new person."""

    def __init__(self, editor: TrainingEditor) -> None:
        super().__init__()
        self.editor = editor
        self.model = RowsModel(
            [
                # Fixed widths: in a narrow panel the list scrolls sideways rather than
                # squeezing the names (the last column still fills any room left).
                Column(self.tr("Name"), lambda r: r.full_name, width=190),
                Column(self.tr("Sex"), lambda r: label(r.sex), width=70),
                Column(self.tr("Born"), lambda r: r.birth_year, width=55),
                Column(self.tr("Category"), lambda r: label(r.category), width=170),
            ],
            self,
        )
        self.view = make_table(self.model)
        self.count = QLabel()
        remove = push(self.tr("Remove from training"), self.remove_selected)
        self.search = PersonSearch(editor.store)
        self.search.chosen.connect(lambda p: self.enrol_ids([p.id]))
        enrol_button = push(self.tr("Enrol selected"), self._enrol_current)
        quick = push(self.tr("Quick add a new person…"), self.quick_add)
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.count)
        lcol.addWidget(self.view)
        lcol.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(QLabel(self.tr("<b>Enrol from the registry</b> (Enter enrols)")))
        rcol.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(enrol_button)
        row.addWidget(quick)
        rcol.addLayout(row)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def load(self, details: TrainingDetails) -> None:
        self.model.set_rows(details.participants)
        self.count.setText(self.tr("%n participants", "", len(details.participants)))

    def enrol_ids(self, ids: list[str]) -> int:
        tid = self.editor.training_id
        assert tid is not None
        try:
            added = enrol(self.editor.store, tid, ids)
        except TirekError as err:
            show_error(self, err)
            return 0
        # Ready for the next name on the paper list: the search is empty and has the keys
        # (after a closing dialog has given the focus back, hence the turn of the loop).
        self.search.line.clear()
        self.focus_search()
        return added

    def focus_search(self) -> None:
        self.search.line.setFocus()
        QTimer.singleShot(0, self.search.line.setFocus)

    def _enrol_current(self) -> None:
        person = self.search.current()
        if person is not None:
            self.enrol_ids([person.id])
        else:
            self.focus_search()

    def quick_add(self) -> QuickAddDialog:
        """A new person, starting from what was typed in the search (name or phone)."""
        dialog = QuickAddDialog(self.editor.desk, self, typed=self.search.line.text())
        dialog.accepted.connect(lambda: dialog.person_id and self.enrol_ids([dialog.person_id]))
        dialog.rejected.connect(self.focus_search)
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        row = self.view.currentIndex().row()
        tid = self.editor.training_id
        if tid and 0 <= row < len(self.model.rows):
            unenrol(self.editor.store, tid, self.model.row_at(row).person_id)


class TrainingEditor(EditorDialog):
    """Edit (or, without an id, create) a training. Days, participants and marks are
    saved as they are entered; the details are saved with Save."""

    def __init__(self, desk: Desk, training_id: str | None = None, parent: QWidget | None = None):
        super().__init__(desk, parent)
        self.training_id = training_id
        self.setWindowTitle(self.tr("Training") if training_id else self.tr("New training"))
        lk = desk.lookups
        self.form = f = Form()
        f.line("title", self.tr("Title"))
        f.add("project_id", self.tr("Project"), RecordCombo(lk.projects))
        self.topics = QListWidget()
        self.topics.setMaximumHeight(120)
        for tid, name in lk.places(lk.topics):
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, tid)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.topics.addItem(item)
        self.topics.itemChanged.connect(lambda _i: self.mark_dirty())
        f.add("topic_ids", self.tr("Topics"), self.topics)
        f.line("venue", self.tr("Venue"))
        self.region = RecordCombo(lk.places(lk.regions))
        f.add("region_id", self.tr("Region"), self.region)
        self.district = RecordCombo(lk.districts_of(None))
        f.add("district_id", self.tr("District"), self.district)
        self.region.currentIndexChanged.connect(self._region_changed)
        self.trainers = QLabel()
        self.trainers.setWordWrap(True)
        add_trainer = push(self.tr("Add trainer…"), self.pick_trainer)
        clear_trainers = push(self.tr("Clear"), lambda: self.set_trainers(()))
        trainer_row = QWidget()
        row = QHBoxLayout(trainer_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.trainers, 1)
        row.addWidget(add_trainer)
        row.addWidget(clear_trainers)
        f.add("trainer_ids", self.tr("Trainers"), trainer_row)
        f.line("start_date", self.tr("Start date"), self.tr("YYYY-MM-DD"))
        f.line("end_date", self.tr("End date"), self.tr("YYYY-MM-DD"))
        f.add("certificate_rule", self.tr("Certificate"), CodeCombo(CERTIFICATE_RULES, empty=False))
        f.line("certificate_threshold", self.tr("Threshold (%)"), "100")
        f.text_box("notes", self.tr("Notes"), 50)
        f.edited.connect(self.mark_dirty)
        self.trainer_ids: tuple[str, ...] = ()

        self.tabs = QTabWidget()
        self.tabs.addTab(f, self.tr("Details"))
        self.sessions = SessionsTab(self)
        self.participants = ParticipantsTab(self)
        self.attendance = AttendancePanel(self.store)
        self.attendance.view.on_error = lambda err: show_error(self, err)
        self.tabs.addTab(self.sessions, self.tr("Days"))
        self.tabs.addTab(self.participants, self.tr("Participants"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.certificates = push(self.tr("Print certificates…"), self.print_certificates)
        buttons.addButton(self.certificates, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.waiting = QLabel(
            self.tr(
                "Days, Participants and Attendance open once the details are saved: fill in "
                "the title and dates, then Save (Ctrl+S)."
            )
        )
        self.waiting.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.waiting)
        layout.addWidget(buttons)
        self.resize(980, 700)
        fit_to_screen(self)
        desk.data_changed.connect(self._data_changed)
        self.reload()

    def _region_changed(self) -> None:
        chosen = self.district.value()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem("", None)
        for did, name in self.desk.lookups.districts_of(self.region.value()):
            self.district.addItem(name, did)
        self.district.set_value(chosen)
        self.district.blockSignals(False)

    def print_certificates(self) -> None:
        from app.ui.documents.certificates import PrintCertificatesDialog

        if self.training_id is not None:
            PrintCertificatesDialog(self.store, self.desk.runner, self.training_id, self).open()

    def reload(self) -> None:
        exists = self.training_id is not None
        self.certificates.setEnabled(exists)
        why = "" if exists else self.tr("Save the details first (Ctrl+S)")
        for i in (1, 2, 3):
            self.tabs.setTabEnabled(i, exists)
            self.tabs.setTabToolTip(i, why)
        self.waiting.setVisible(not exists)
        if not exists:
            return
        assert self.training_id is not None
        d = get_training(self.store, self.training_id)
        if not self.dirty:
            self.form.load(d.values)
            self._region_changed()
            self.form.fields["district_id"].set_value(d.values["district_id"])  # type: ignore[attr-defined]
            self.topics.blockSignals(True)
            for i in range(self.topics.count()):
                item = self.topics.item(i)
                on = item.data(ID_ROLE) in d.topic_ids
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.topics.blockSignals(False)
            self.show_trainers(d.trainer_ids)
        self.setWindowTitle(self.tr("Training: {title}").format(title=d.values["title"]))
        self.sessions.load(d)
        self.participants.load(d)
        self.attendance.load(self.training_id)

    def show_trainers(self, ids: tuple[str, ...]) -> None:
        self.trainer_ids = ids
        names = ", ".join(str(get_person(self.store, p).values["full_name"]) for p in ids)
        self.trainers.setText(names or self.tr("(none)"))

    def set_trainers(self, ids: tuple[str, ...]) -> None:
        if ids != self.trainer_ids:
            self.show_trainers(ids)
            self.mark_dirty()

    def pick_trainer(self) -> PersonPicker:
        picker = PersonPicker(self.store, self.tr("Add a trainer"), self)

        def add(person_id: str) -> None:
            self.set_trainers(tuple(dict.fromkeys((*self.trainer_ids, person_id))))

        def chosen() -> None:
            if picker.person is not None:
                add(picker.person.id)

        def new_person() -> None:
            # A trainer not yet registered is added here, without leaving the editor.
            dialog = QuickAddDialog(self.desk, picker, typed=picker.search.line.text())

            def added() -> None:
                if dialog.person_id:
                    add(dialog.person_id)
                    picker.reject()

            dialog.accepted.connect(added)
            dialog.open()
            picker.quick = dialog  # type: ignore[attr-defined]

        button = QPushButton(self.tr("Add a new person…"))
        button.setAutoDefault(False)
        button.clicked.connect(new_person)
        layout = picker.layout()
        assert layout is not None
        layout.addWidget(button)
        picker.new_person = button  # type: ignore[attr-defined]
        picker.accepted.connect(chosen)
        picker.open()
        return picker

    def _data_changed(self, kinds: frozenset[str]) -> None:
        # Marks typed into the grid are already shown by its model; reloading after each
        # one would cost a query per keystroke. Other changes reload (cursor kept).
        if self.training_id and kinds & {
            "training",
            "session",
            "enrolment",
            "person",
            "training_topic",
        }:
            self.reload()
        elif self.training_id and {"sync", "attendance_mark"} <= kinds:
            self.attendance.load(self.training_id)  # marks from another laptop

    def topic_ids(self) -> list[str]:
        return [
            self.topics.item(i).data(ID_ROLE)
            for i in range(self.topics.count())
            if self.topics.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> bool:
        values = self.form.values()
        for k in ("topic_ids", "trainer_ids"):
            values.pop(k, None)
        topics = self.topic_ids()

        def write() -> None:
            if self.training_id:
                update_training(self.store, self.training_id, values, topics, self.trainer_ids)
            else:
                self.training_id = create_training(self.store, values, topics, self.trainer_ids)

        if self.save_with(self.form, write):
            self.reload()
            return True
        return False
