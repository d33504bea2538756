"""The person editor and the quick-add dialog (with its similar-person warning)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.rights import allowed
from app.core.services import privacy
from app.core.services.people import create_person, get_person, update_person
from app.core.services.similar import similar_people
from app.core.text import is_number
from app.core.vocab import PARTICIPANT_CATEGORIES, SEXES, WG_ANSWERS, WG_DOMAINS
from app.ui.desk import Desk
from app.ui.editor import EditorDialog
from app.ui.forms import ERROR_STYLE, CodeCombo, Form, RecordCombo, dialog_buttons
from app.ui.labels import label
from app.ui.people.privacy import ConsentBox, EraseDialog
from app.ui.timers import one_shot


def _t(text: str) -> str:
    return QCoreApplication.translate("PersonEditor", text)


def person_form(desk: Desk, full: bool, consents: bool = False) -> Form:
    form = Form()
    form.line("full_name", _t("Full name"), _t("Surname and given name"))
    form.add("sex", _t("Sex"), CodeCombo(SEXES))
    form.line("birth_year", _t("Year of birth"), _t("e.g. 1985"))
    form.line("phone", _t("Phone"), "+996 …")
    form.add("organisation_id", _t("Organisation"), RecordCombo(desk.lookups.organisations()))
    form.add("category", _t("Category"), CodeCombo(PARTICIPANT_CATEGORIES))
    if full:
        form.line("birth_date", _t("Date of birth"), _t("YYYY-MM-DD"))
        form.line("email", _t("E-mail"))
        places = desk.lookups
        form.add("region_id", _t("Region"), RecordCombo(places.places(places.regions)))
        form.add("district_id", _t("District"), RecordCombo(places.districts_of(None)))
        for domain in WG_DOMAINS:
            form.add(f"wg_{domain}", label(domain), CodeCombo(WG_ANSWERS))
        form.add("consent_data", _t("Consents"), QCheckBox(_t("to store their data")))
        form.add("consent_photo", "", QCheckBox(_t("to be photographed")))
        form.text_box("notes", _t("Notes"), 60)
    elif consents:  # quick add: the paper sheet's consent boxes, ticked as on the sheet
        form.add("consent_data", _t("Consents"), QCheckBox(_t("to store their data")))
        form.add("consent_photo", "", QCheckBox(_t("to be photographed")))
    return form


class PersonEditor(EditorDialog):
    """Edit (or, without an id, create) a person of the registry."""

    def __init__(self, desk: Desk, person_id: str | None = None, parent: QWidget | None = None):
        super().__init__(desk, parent)
        self.person_id = person_id
        self.setWindowTitle(self.tr("Person") if person_id else self.tr("New person"))
        self.form = person_form(desk, full=True)
        if person_id:
            self.form.load(get_person(self.store, person_id).values)
        self.form.edited.connect(self.mark_dirty)
        buttons = dialog_buttons(
            self, self.save_and_close, cancel=QDialogButtonBox.StandardButton.Close
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.consent: ConsentBox | None = None
        self.erase_button: QPushButton | None = None
        if person_id:  # consent statements and erasure (issue 16)
            self.consent = ConsentBox(self.store, person_id)
            layout.addWidget(self.consent)
        if person_id and allowed(self.store.identity(), "erase_person"):
            self.erase_button = buttons.addButton(
                self.tr("Erase person…"), QDialogButtonBox.ButtonRole.ResetRole
            )
            self.erase_button.clicked.connect(self.open_erase)
        if person_id:
            with self.store.read() as s:
                erased = privacy.is_erased(s, person_id)
            if erased:  # her record is closed for good
                self.form.setEnabled(False)
                if self.erase_button is not None:
                    self.erase_button.setEnabled(False)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def open_erase(self) -> EraseDialog | None:
        """Ask for confirmation (her name typed, a reason), then erase and close."""
        assert self.person_id is not None
        name = str(get_person(self.store, self.person_id).values["full_name"])
        dialog = EraseDialog(self.store, self.person_id, name, self)
        if dialog.exec():
            self.dirty = False
            self.accept()
        return dialog

    def save(self) -> bool:
        saved = self.save_record(self.form, self.person_id, create_person, update_person)
        self.person_id = saved or self.person_id
        return saved is not None


class QuickAddDialog(QDialog):
    """Add a person met for the first time without leaving the training.

    While the name (or phone) is typed, people already registered with a similar name
    are listed: the trainer can take one of them instead of creating a duplicate.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None, typed: str = "") -> None:
        super().__init__(parent)
        self.desk = desk
        self.store = desk.store
        self.person_id: str | None = None
        self.setWindowTitle(self.tr("Quick add a person"))
        self.form = person_form(desk, full=False, consents=True)
        # What was typed in the search comes along: a phone number or the name.
        typed = " ".join(typed.split())
        if typed:
            digits = sum(ch.isdigit() for ch in typed)
            field = "phone" if digits >= len(typed.replace(" ", "").lstrip("+")) else "full_name"
            self.form.load({field: typed})
        self.warning = QLabel(self.tr("Similar people are already registered:"))
        self.warning.setStyleSheet(ERROR_STYLE)
        self.similar = QListWidget()
        self.similar.setMaximumHeight(110)
        self.use_existing = QPushButton(self.tr("Use the selected person"))
        self.use_existing.clicked.connect(self._use_existing)
        self.similar.itemDoubleClicked.connect(lambda _item: self._use_existing())
        for w in (self.warning, self.similar, self.use_existing):
            w.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(
            self.tr("Add new person"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.warning)
        layout.addWidget(self.similar)
        layout.addWidget(self.use_existing)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._timer = one_shot(self, 250, self.check_similar)
        self.form.edited.connect(self._timer.start)
        if typed:
            self._timer.start()

    def check_similar(self) -> list[Any]:
        values = self.form.values()
        name = values.get("full_name") or ""
        year = values.get("birth_year")
        found = similar_people(
            self.store,
            name,
            phone=values.get("phone"),
            birth_year=int(year) if year and is_number(str(year)) else None,
        )
        self.similar.clear()
        for p in found:
            extra = ", ".join(str(x) for x in (p.birth_year, p.phone) if x)
            item = QListWidgetItem(f"{p.full_name}" + (f"  ({extra})" if extra else ""))
            item.setData(256, p.person_id)
            self.similar.addItem(item)
        for w in (self.warning, self.similar, self.use_existing):
            w.setVisible(bool(found))
        if found:
            self.similar.setCurrentRow(0)
        return found

    def _use_existing(self) -> None:
        item = self.similar.currentItem()
        if item is not None:
            self.person_id = item.data(256)
            self.accept()

    def has_typing(self) -> bool:
        return any(v not in (None, "", False) for v in self.form.values().values())

    def reject(self) -> None:
        """Escape or Cancel: a half-typed person is discarded only when the trainer says so."""
        if self.person_id is None and self.has_typing():
            answer = QMessageBox.question(
                self,
                self.tr("Quick add a person"),
                self.tr("Discard the person you were typing?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def save(self) -> bool:
        values = self.form.values()

        def write() -> None:
            self.person_id = create_person(self.store, values)

        if self.form.attempt(self, write):
            self.accept()
            return True
        return False
