"""The duplicate review screen: likely pairs, and merge / not the same person / decide later.

Finding runs on the one runner (seconds at 100,000 people); each answer is one service
call whose change travels by sync.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.progress import Progress
from app.core.rights import allowed
from app.core.services import duplicates as dup
from app.core.store import Store
from app.ui.runner import Runner

# Why two people look alike, as shown in the list (the codes come from the matcher).
REASON_WORDS = {
    "same_name": QT_TRANSLATE_NOOP("DuplicatesPage", "same name"),
    "similar_name": QT_TRANSLATE_NOOP("DuplicatesPage", "similar name"),
    "same_phone": QT_TRANSLATE_NOOP("DuplicatesPage", "same phone"),
    "other_phone": QT_TRANSLATE_NOOP("DuplicatesPage", "other phone"),
    "same_birth_year": QT_TRANSLATE_NOOP("DuplicatesPage", "same birth year"),
    "near_birth_year": QT_TRANSLATE_NOOP("DuplicatesPage", "birth year ±1"),
    "other_birth_year": QT_TRANSLATE_NOOP("DuplicatesPage", "other birth year"),
    "same_district": QT_TRANSLATE_NOOP("DuplicatesPage", "same district"),
    "other_district": QT_TRANSLATE_NOOP("DuplicatesPage", "other district"),
    "same_organisation": QT_TRANSLATE_NOOP("DuplicatesPage", "same organisation"),
}


class DuplicatesPage(QWidget):
    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.pairs: tuple[dup.DuplicatePair, ...] = ()
        heading = QLabel(self.tr("Duplicate people"))
        heading.setObjectName("pageTitle")
        self.find_button = QPushButton(self.tr("Find duplicates"))
        self.status = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("May be the same as"), self.tr("Score"), self.tr("Why")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.keep_first = QPushButton(self.tr("Merge, keep the first"))
        self.keep_second = QPushButton(self.tr("Merge, keep the second"))
        self.not_same = QPushButton(self.tr("Not the same person"))
        self.later = QPushButton(self.tr("Decide later"))
        actions = QHBoxLayout()
        for b in (self.keep_first, self.keep_second, self.not_same, self.later):
            actions.addWidget(b)
        actions.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.find_button)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.find_button.clicked.connect(self.find)
        self.keep_first.clicked.connect(lambda: self._answer("keep_a"))
        self.keep_second.clicked.connect(lambda: self._answer("keep_b"))
        self.not_same.clicked.connect(lambda: self._answer("not_same"))
        self.later.clicked.connect(lambda: self._answer("later"))
        self.table.itemSelectionChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        """Merging is a coordinator's right, recording a decision an editor's
        (app/core/rights.py): a trainer does not see the merge buttons."""
        on = self.selected() is not None
        ident = self.store.identity()
        merging = allowed(ident, "merge_people")
        for b in (self.keep_first, self.keep_second):
            b.setVisible(merging)
            b.setEnabled(on and merging)
        for b in (self.not_same, self.later):
            b.setEnabled(on and allowed(ident, "edit_records"))

    def selected(self) -> dup.DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows else None

    def find(self) -> None:
        self.status.setText(self.tr("Looking for duplicates…"))

        def work(progress: Progress) -> dup.DuplicateScan:
            return dup.find_duplicates(self.store, progress=progress)

        self.runner.run(work, self.show_scan, label=self.tr("Looking for duplicates…"))

    def show_scan(self, scan: dup.DuplicateScan) -> None:
        self.pairs = scan.pairs
        self.status.setText(
            self.tr("{n} likely pairs among {people} people.").format(
                n=len(scan.pairs), people=scan.people
            )
        )
        self.table.setRowCount(len(scan.pairs))
        for r, p in enumerate(scan.pairs):
            why = ", ".join(
                QCoreApplication.translate("DuplicatesPage", REASON_WORDS.get(x, x))
                for x in p.reasons
            )
            if p.decision == "later":
                why = self.tr("(decide later) ") + why
            for c, value in enumerate((p.name_a, p.name_b, f"{p.score:.2f}", why)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self._enable()

    def _answer(self, what: str) -> None:
        pair = self.selected()
        if pair is None:
            return
        a, b = pair.person_a_id, pair.person_b_id
        calls: dict[str, Callable[[], None]] = {
            "keep_a": lambda: dup.merge_people(self.store, b, a),
            "keep_b": lambda: dup.merge_people(self.store, a, b),
            "not_same": lambda: dup.decide(self.store, a, b, "not_same"),
            "later": lambda: dup.decide(self.store, a, b, "later"),
        }
        call = calls[what]
        self.runner.run(lambda _p: call(), lambda _r: self.find())
