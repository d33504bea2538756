"""Importing a people list: column mapping, the problem report, then an explicit choice.

The file is checked first (nothing written) and every problem is listed with its row and
column. The user then imports everything (refused while problems remain) or, explicitly,
the good rows only. Columns Tirek does not recognise can be mapped to a field here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TirekError
from app.core.progress import Progress
from app.core.services.import_match import NEW, POSSIBLE, REPEAT, SAME
from app.core.services.people_import import (
    PERSON_HEADERS,
    ImportResult,
    PeopleCheck,
    check_people_file,
    import_people,
)
from app.core.services.sheet_columns import PERSON_COLUMNS, norm
from app.core.sheet_reader import read_table
from app.core.store import Store
from app.ui.errors import error_text
from app.ui.labels import label
from app.ui.runner import Runner

# The registry fields a column can go to, in the words of the drop-down.
FIELD_WORDS = {
    "id": QT_TRANSLATE_NOOP("PeopleImportDialog", "Tirek ID"),
    "full_name": QT_TRANSLATE_NOOP("PeopleImportDialog", "Full name"),
    "surname": QT_TRANSLATE_NOOP("PeopleImportDialog", "Surname"),
    "given_name": QT_TRANSLATE_NOOP("PeopleImportDialog", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("PeopleImportDialog", "Patronymic"),
    "sex": QT_TRANSLATE_NOOP("PeopleImportDialog", "Sex"),
    "birth_year": QT_TRANSLATE_NOOP("PeopleImportDialog", "Year of birth"),
    "birth_date": QT_TRANSLATE_NOOP("PeopleImportDialog", "Date of birth"),
    "phone": QT_TRANSLATE_NOOP("PeopleImportDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("PeopleImportDialog", "E-mail"),
    "organisation": QT_TRANSLATE_NOOP("PeopleImportDialog", "Organisation"),
    "category": QT_TRANSLATE_NOOP("PeopleImportDialog", "Category"),
    "region": QT_TRANSLATE_NOOP("PeopleImportDialog", "Region"),
    "district": QT_TRANSLATE_NOOP("PeopleImportDialog", "District"),
    "consent_data": QT_TRANSLATE_NOOP("PeopleImportDialog", "Consent to store data"),
    "consent_photo": QT_TRANSLATE_NOOP("PeopleImportDialog", "Consent to photos"),
    "notes": QT_TRANSLATE_NOOP("PeopleImportDialog", "Notes"),
}


class PeopleImportDialog(QDialog):
    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.path: Path | None = None
        self.check: PeopleCheck | None = None
        self.imported: ImportResult | None = None
        self.setWindowTitle(self.tr("Import people"))
        self.choose = QPushButton(self.tr("Choose a file…"))
        self.file_label = QLabel(self.tr("No file chosen."))
        self.mapping_box = QWidget()
        self.mapping_form = QFormLayout(self.mapping_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.mapping_box)
        self.recheck = QPushButton(self.tr("Check again"))
        self.summary = QLabel()
        self.problems = QListWidget()
        # Rows possibly already registered: the user decides each (left out until then).
        self.possible = QTableWidget(0, 3)
        self.possible.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Name in the file"), self.tr("Is this person…")]
        )
        header = self.possible.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.decide_boxes: dict[int, QComboBox] = {}
        self.import_all = QPushButton(self.tr("Import all"))
        self.import_good = QPushButton(self.tr("Import the good rows only"))
        self.close_button = QPushButton(self.tr("Close"))
        self.combos: dict[str, QComboBox] = {}

        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(self.file_label, 1)
        bottom = QHBoxLayout()
        for b in (self.recheck, self.import_all, self.import_good):
            bottom.addWidget(b)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Columns of the file and the Tirek field each one fills:")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 2)
        layout.addWidget(QLabel(self.tr("Possibly already in the registry (decide each):")))
        layout.addWidget(self.possible, 1)
        layout.addLayout(bottom)

        self.choose.clicked.connect(lambda: self.open_file())
        self.recheck.clicked.connect(self.run_check)
        self.import_all.clicked.connect(lambda: self.run_import(False))
        self.import_good.clicked.connect(lambda: self.run_import(True))
        self.close_button.clicked.connect(self.accept)
        self._enable()

    def _enable(self) -> None:
        c = self.check
        self.recheck.setEnabled(self.path is not None)
        self.import_all.setEnabled(c is not None and bool(c.rows) and not c.errors)
        self.import_good.setEnabled(c is not None and bool(c.rows) and bool(c.errors))

    def open_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import people"), "", self.tr("Spreadsheets (*.xlsx *.csv)")
            )
            if not path:
                return
        self.path = Path(path)
        self.file_label.setText(self.path.name)
        self._build_mapping()
        self.run_check()

    def _field_word(self, field: str) -> str:
        if field.startswith("wg_"):
            return self.tr("Washington Group: {domain}").format(domain=label(field[3:]))
        return QCoreApplication.translate("PeopleImportDialog", str(FIELD_WORDS[field]))

    def _build_mapping(self) -> None:
        """One drop-down per column, preset to the field Tirek recognised (if any)."""
        assert self.path is not None
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos.clear()
        try:
            headers = read_table(self.path, lambda h: bool(h.strip())).headers
        except TirekError:  # the check below reports an unreadable file in words
            return
        for header in headers:
            if not header:
                continue
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            for field in PERSON_COLUMNS:
                combo.addItem(self._field_word(field), field)
            known = PERSON_HEADERS.get(norm(header))
            if known:
                combo.setCurrentIndex(combo.findData(known))
            self.combos[header] = combo
            self.mapping_form.addRow(header, combo)

    def mapping(self) -> dict[str, str]:
        return {h: c.currentData() for h, c in self.combos.items() if c.currentData()}

    def run_check(self) -> None:
        if self.path is None:
            return
        path, mapping = self.path, self.mapping()

        def work(_progress: Progress) -> PeopleCheck:
            return check_people_file(self.store, path, mapping)

        self.runner.run(work, self.show_check, self._failed, label=self.tr("Checking…"))

    def _failed(self, err: BaseException) -> None:
        self.summary.setText(error_text(err))
        self.check = None
        self._enable()

    def show_check(self, check: PeopleCheck) -> None:
        self.check = check
        self.problems.clear()
        for p in check.problems:
            self.problems.addItem(str(p))
        names = dict(check.rows)
        for row, m in check.matches.items():
            if m.verdict == SAME:
                self.problems.addItem(
                    self.tr("row {row}: already in the registry (linked, nothing added)").format(
                        row=row
                    )
                )
            elif m.verdict == REPEAT:
                self.problems.addItem(
                    self.tr("row {row}: the same person as row {other}").format(
                        row=row, other=m.same_row
                    )
                )
        self._show_possible(check, names)
        self.summary.setText(
            self.tr(
                "{ready} rows ready: {new} new, {known} already in the registry, {maybe} "
                "possibly registered, {repeated} repeated; {bad} rows with problems."
            ).format(
                ready=len(check.rows),
                new=check.count(NEW),
                known=check.existing,
                maybe=check.count(POSSIBLE),
                repeated=check.count(REPEAT),
                bad=len(check.bad_rows),
            )
        )
        self._enable()

    def _show_possible(self, check: PeopleCheck, names: dict[int, dict[str, object]]) -> None:
        asked = [(row, m) for row, m in check.matches.items() if m.verdict == POSSIBLE]
        self.possible.setRowCount(len(asked))
        self.decide_boxes.clear()
        for i, (row, m) in enumerate(asked):
            self.possible.setItem(i, 0, QTableWidgetItem(str(row)))
            self.possible.setItem(i, 1, QTableWidgetItem(str(names[row].get("full_name") or "")))
            box = QComboBox()
            box.addItem(self.tr("(leave this row out)"), None)
            box.addItem(self.tr("A new person"), NEW)
            for c in m.candidates:
                facts = ", ".join(str(x) for x in (c.birth_year, c.phone) if x)
                box.addItem(
                    self.tr("The registered {name} ({facts})").format(name=c.full_name, facts=facts)
                    if facts
                    else self.tr("The registered {name}").format(name=c.full_name),
                    c.person_id,
                )
            self.possible.setCellWidget(i, 2, box)
            self.decide_boxes[row] = box

    def decisions(self) -> dict[int, str]:
        return {row: b.currentData() for row, b in self.decide_boxes.items() if b.currentData()}

    def run_import(self, good_rows_only: bool) -> None:
        check = self.check
        if check is None:
            return

        decisions = self.decisions()

        def work(_progress: Progress) -> ImportResult:
            return import_people(
                self.store, check, good_rows_only=good_rows_only, decisions=decisions
            )

        def done(result: ImportResult) -> None:
            self.imported = result
            self.check = None
            if result.changed_nothing:
                text = self.tr(
                    "Nothing changed: {linked} rows are people already in the registry."
                ).format(linked=result.linked)
            else:
                text = self.tr(
                    "Imported {n} people; {linked} already registered, {undecided} undecided "
                    "and {skipped} rows with problems left out."
                ).format(
                    n=result.added,
                    linked=result.linked,
                    undecided=result.undecided,
                    skipped=result.skipped_rows,
                )
            self.summary.setText(text)
            self._enable()

        self.runner.run(work, done, self._failed, label=self.tr("Importing…"))
