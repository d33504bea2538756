"""The consent section of the person editor, its "Record consent" dialog, and "Erase
person…" with a confirmation that cannot be passed by accident (docs/privacy-erasure.md).
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TirekError
from app.core.services import privacy
from app.core.store import Store
from app.ui.errors import show_error
from app.ui.forms import dialog_buttons


class ConsentBox(QGroupBox):
    """The person's current consent per kind and every statement, newest first."""

    def __init__(self, store: Store, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Consent"))
        self.store = store
        self.person_id = person_id
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.record = QPushButton(self.tr("Record consent…"))
        self.record.clicked.connect(self.open_record)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.record)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.history)
        self.reload()

    def kind_word(self, kind: str) -> str:
        return {
            "data": self.tr("data processing"),
            "photo": self.tr("photos"),
            "contact": self.tr("being contacted"),
        }.get(kind, kind)

    def how_word(self, how: str) -> str:
        return {
            "paper_sheet": self.tr("paper sheet"),
            "self_registration": self.tr("self-registration"),
            "verbal": self.tr("verbal, with a witness"),
            "before_records": self.tr("paper sheet, before records"),
        }.get(how, how)

    def reload(self) -> None:
        c = privacy.consent_of(self.store, self.person_id)
        parts = [
            (self.tr("{kind}: given") if given else self.tr("{kind}: not given")).format(
                kind=self.kind_word(kind)
            )
            for kind, given in sorted(c.current.items())
        ]
        self.summary.setText("\n".join(parts))
        lines = []
        for st in c.history:
            when = st.given_at.strftime("%d.%m.%Y %H:%M") if st.given_at else "—"
            state = self.tr("given") if st.given else self.tr("withdrawn")
            line = f"{when}: {self.kind_word(st.kind)} {state} ({self.how_word(st.how)}"
            if st.witness:
                line += ", " + self.tr("witness {name}").format(name=st.witness)
            if st.recorded_by:
                line += ", " + self.tr("recorded by {who} on {device}").format(
                    who=st.recorded_by, device=st.recorded_on or "?"
                )
            lines.append(line + ")")
        self.history.setText("\n".join(lines) or self.tr("No consent recorded."))
        self.record.setEnabled(not c.erased)

    def open_record(self) -> None:
        dialog = ConsentDialog(self.store, self.person_id, self)
        if dialog.exec():
            self.reload()


class ConsentDialog(QDialog):
    """Record one statement: which consent, given or withdrawn, when, how, witness."""

    def __init__(self, store: Store, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        self.store = store
        self.person_id = person_id
        self.kind = QComboBox()
        for code, word in (
            ("data", self.tr("data processing")),
            ("photo", self.tr("photos")),
            ("contact", self.tr("being contacted")),
        ):
            self.kind.addItem(word, code)
        self.given = QCheckBox(self.tr("given (clear it for withdrawn or refused)"))
        self.given.setChecked(True)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.how = QComboBox()
        for code, word in (
            ("paper_sheet", self.tr("paper sheet")),
            ("self_registration", self.tr("self-registration")),
            ("verbal", self.tr("verbal, with a witness")),
        ):
            self.how.addItem(word, code)
        self.witness = QLineEdit()
        self.witness.setPlaceholderText(self.tr("Name of the witness (verbal consent)"))
        form = QFormLayout()
        form.addRow(self.tr("Consent to"), self.kind)
        form.addRow("", self.given)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("How"), self.how)
        form.addRow(self.tr("Witness"), self.witness)
        buttons = dialog_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> bool:
        try:
            privacy.record_consent(
                self.store,
                self.person_id,
                str(self.kind.currentData()),
                self.given.isChecked(),
                str(self.how.currentData()),
                self.witness.text(),
                self.when.dateTime().toPython(),  # type: ignore[arg-type]
            )
        except TirekError as err:
            show_error(self, err)
            return False
        self.accept()
        return True


class EraseDialog(QDialog):
    """Erase a person on her request: she types nothing; the coordinator types her name.

    The button stays disabled until the name is typed exactly as registered, and a reason
    is given: erasure cannot be undone and travels to every laptop.
    """

    def __init__(
        self, store: Store, person_id: str, full_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase person"))
        self.store = store
        self.person_id = person_id
        self.full_name = full_name
        self.shown_as: str | None = None
        text = QLabel(
            self.tr(
                "Erasing removes {name}'s name, phone, e-mail, birth date, notes, organisation "
                "and district from this laptop and, with the next sync, from every laptop. "
                "Her attendance still counts in reports, under an anonymous name. "
                "This cannot be undone.\n\nType her full name to confirm:"
            ).format(name=full_name)
        )
        text.setWordWrap(True)
        self.typed = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why, e.g. her written request of 30.11.2026"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(
            self.tr("Erase for ever"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._check)
        self.reason.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.typed)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _check(self) -> None:
        same = " ".join(self.typed.text().split()) == " ".join(self.full_name.split())
        self.erase_button.setEnabled(same and bool(self.reason.text().strip()))

    def erase(self) -> bool:
        if not self.erase_button.isEnabled():
            return False
        try:
            self.shown_as = privacy.erase_person(self.store, self.person_id, self.reason.text())
        except TirekError as err:
            show_error(self, err)
            return False
        self.accept()
        return True
