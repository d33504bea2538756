"""Print a training's certificates: who gets one (the rule, or a decision by hand with a
reason), the language, one PDF or one per person, where to save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import settings
from app.core.errors import TirekError
from app.core.progress import Progress
from app.core.services import printouts
from app.core.services.certificates import Eligibility, eligibility, set_override
from app.core.services.trainings import get_training
from app.core.store import Store
from app.documents.certificates import PrintResult, print_certificates
from app.ui.documents.done import SavedPanel
from app.ui.errors import show_error
from app.ui.i18n import translations
from app.ui.runner import Runner


class PrintCertificatesDialog(QDialog):
    def __init__(
        self, store: Store, runner: Runner, training_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.training_id = training_id
        self.printed: PrintResult | None = None
        self.setWindowTitle(self.tr("Print certificates"))
        self.summary = QLabel()
        # Who gets a certificate; a coordinator may include or exclude someone by hand.
        self.people = QTableWidget(0, 4)
        self.people.setHorizontalHeaderLabels(
            [
                self.tr("Participant"),
                self.tr("Attended"),
                self.tr("Certificate"),
                self.tr("Decided by hand"),
            ]
        )
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.verticalHeader().setVisible(False)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.setColumnWidth(0, 220)
        self.include = QPushButton(self.tr("Include…"))
        self.exclude = QPushButton(self.tr("Exclude…"))
        self.by_rule = QPushButton(self.tr("Let the rule decide"))
        self.include.clicked.connect(lambda: self.decide("include"))
        self.exclude.clicked.connect(lambda: self.decide("exclude"))
        self.by_rule.clicked.connect(lambda: self.decide(None))
        decisions = QHBoxLayout()
        for button in (self.include, self.exclude, self.by_rule):
            decisions.addWidget(button)
        decisions.addStretch(1)
        self.standing: tuple[Eligibility, ...] = ()
        self.lang = QComboBox()
        for code, name in (
            ("ky", self.tr("Kyrgyz")),
            ("ru", self.tr("Russian")),
            ("en", self.tr("English")),
            ("ky+ru", self.tr("Kyrgyz and Russian")),
        ):
            self.lang.addItem(name, code)
        # The language of the interface first; Kyrgyz and Russian side by side is a click away.
        self.lang.setCurrentIndex(max(0, self.lang.findData(translations.language)))
        self.org = QLineEdit(settings.get(store.home, "organisation", "name") or "")
        self.one = QRadioButton(self.tr("One PDF with all certificates"))
        self.each = QRadioButton(self.tr("One PDF per person, in a folder"))
        self.one.setChecked(True)
        # A name from the training and its date, in the folder chosen once; never a file
        # that is already there (app/core/services/printouts.py).
        self.where = QLineEdit(str(self._suggested()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose)
        self.one.toggled.connect(self._kind_changed)
        place = QHBoxLayout()
        place.addWidget(self.where, 1)
        place.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Organisation"), self.org)
        form.addRow(self.one)
        form.addRow(self.each)
        form.addRow(self.tr("Save to"), place)
        self.panel = SavedPanel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(
            self.tr("Print"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.people)
        layout.addLayout(decisions)
        layout.addLayout(form)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.load()

    def load(self) -> None:
        """Show each participant's standing and how many get a certificate."""
        who = eligibility(self.store, self.training_id)
        self.standing = who.people
        self.people.setRowCount(len(who.people))
        for row, p in enumerate(who.people):
            by_hand = ""
            if p.decision == "include":
                by_hand = self.tr("Included: {reason}").format(reason=p.reason or "")
            elif p.decision == "exclude":
                by_hand = self.tr("Excluded: {reason}").format(reason=p.reason or "")
            cells = (
                p.full_name,
                f"{p.attended_sessions}/{p.total_sessions}",
                self.tr("Yes") if p.eligible else self.tr("No"),
                by_hand,
            )
            for column, text in enumerate(cells):
                self.people.setItem(row, column, QTableWidgetItem(text))
        self.summary.setText(
            self.tr("%n participant(s) earned a certificate.", "", len(who.eligible))
        )
        self.print_button.setEnabled(bool(who.eligible))

    def decide(self, decision: str | None) -> None:
        """Include or exclude the selected participant by hand (asking why), or undo that."""
        row = self.people.currentRow()
        if not 0 <= row < len(self.standing):
            return
        person = self.standing[row]
        reason = ""
        if decision is not None:
            question = (
                self.tr("Why does {name} get a certificate anyway?")
                if decision == "include"
                else self.tr("Why does {name} not get a certificate?")
            )
            reason, ok = QInputDialog.getText(
                self, self.tr("Reason"), question.format(name=person.full_name)
            )
            if not ok:
                return
        try:
            set_override(self.store, self.training_id, person.person_id, decision, reason)
        except TirekError as err:
            show_error(self, err)
            return
        self.load()
        self.people.selectRow(row)

    def _kind_changed(self) -> None:
        path = Path(self.where.text() or Path.home())
        if self.one.isChecked():
            self.where.setText(str(path.with_suffix(".pdf")))
        else:
            self.where.setText(str(path.with_suffix("")))

    def _suggested(self) -> Path:
        t = get_training(self.store, self.training_id).values
        kind = self.tr("Certificates")
        return printouts.suggested(self.store.home, kind, t["title"], t["start_date"])

    def choose(self) -> None:
        if self.one.isChecked():
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save certificates"), self.where.text(), self.tr("PDF (*.pdf)")
            )
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.where.text())
        if path:
            self.where.setText(path)
            printouts.remember_folder(self.store.home, Path(path))

    def start(self) -> None:
        target = Path(self.where.text()).expanduser()
        one = self.one.isChecked()
        if one and target.exists():  # typed by hand onto an existing file: never silently
            answer = QMessageBox.question(
                self,
                self.tr("Print certificates"),
                self.tr("{path} already exists. Replace it?").format(path=target),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        lang = self.lang.currentData()
        org = self.org.text()

        def work(progress: Progress) -> PrintResult:
            return print_certificates(
                self.store,
                self.training_id,
                lang=lang,
                out=target if one else None,
                each_dir=None if one else target,
                organisation=org,
                progress=progress,
            )

        self.print_button.setEnabled(False)
        self.runner.run(
            work,
            self._printed,
            self._failed,
            label=self.tr("Printing certificates…"),
            cancellable=True,
        )

    def _printed(self, result: PrintResult) -> None:
        self.printed = result
        if self.one.isChecked():  # the next printing proposes a fresh name
            self.where.setText(str(printouts.unused(Path(self.where.text()))))
        self.print_button.setEnabled(True)
        n = len(result.certificates)
        where = result.files[0] if self.one.isChecked() else result.files[0].parent
        self.panel.saved(
            self.tr("%n certificate(s) saved in %1.", "", n).replace("%1", str(where)), where
        )

    def _failed(self, err: BaseException) -> None:
        self.print_button.setEnabled(True)
        show_error(self, err)
