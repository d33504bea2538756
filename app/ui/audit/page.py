"""The Audit screen: who changed, exported, printed or erased what, and when.

Filters (person, laptop, period) and one page of the audit at a time, from the core's
`audit_page` (indexed queries: the op log of a large network has millions of rows).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.access_log import ACTION_WORDS
from app.core.errors import TirekError
from app.core.services.audit import (
    RECORD_WORDS,
    AuditEntry,
    AuditFilter,
    audit_page,
    laptops,
)
from app.core.services.audit import AuditPage as Page
from app.core.store import Store
from app.ui.errors import error_text
from app.ui.runner import Runner


class AuditPage(QWidget):
    # The runner is every later page's second argument; one audit page is one indexed
    # query of 50 rows (tens of ms on the large installation), read on the GUI thread.
    def __init__(
        self, store: Store, _runner: Runner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.page_no = 0
        self.shown: Page | None = None
        heading = QLabel(self.tr("Audit"))
        heading.setObjectName("pageTitle")
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Person id"))
        self.laptop = QComboBox()
        self.use_period = QCheckBox(self.tr("Only this period:"))
        today = date.today()
        self.since = QDateEdit(QDate(today.year, 1, 1))
        self.until = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton(self.tr("Show"))
        self.previous = QPushButton(self.tr("Newer"))
        self.next = QPushButton(self.tr("Older"))
        self.status = QLabel()
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When (UTC)"),
                self.tr("Laptop"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("What"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Person:")))
        filters.addWidget(self.person, 1)
        filters.addWidget(QLabel(self.tr("Laptop:")))
        filters.addWidget(self.laptop, 1)
        filters.addWidget(self.use_period)
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        filters.addWidget(self.show_button)
        paging = QHBoxLayout()
        paging.addWidget(self.status, 1)
        paging.addWidget(self.previous)
        paging.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)

        self.show_button.clicked.connect(self.first_page)
        self.person.returnPressed.connect(self.first_page)
        self.previous.clicked.connect(lambda: self.load(self.page_no - 1))
        self.next.clicked.connect(lambda: self.load(self.page_no + 1))
        self.use_period.toggled.connect(self._period_enabled)
        self._period_enabled(False)
        self.load_laptops()
        self.load(0)

    def _period_enabled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)

    def load_laptops(self) -> None:
        self.laptop.clear()
        self.laptop.addItem(self.tr("(all laptops)"), None)
        for name in laptops(self.store):
            self.laptop.addItem(name, name)

    def audit_filter(self) -> AuditFilter:
        since = until = None
        if self.use_period.isChecked():
            since = self.since.date().toPython()
            until = self.until.date().toPython()
        return AuditFilter(
            person_id=self.person.text().strip() or None,
            laptop=self.laptop.currentData(),
            since=since,  # type: ignore[arg-type]
            until=until,  # type: ignore[arg-type]
        )

    def first_page(self) -> None:
        self.load(0)

    def load(self, page_no: int) -> None:
        try:
            result = audit_page(self.store, self.audit_filter(), max(0, page_no))
        except TirekError as err:
            self.status.setText(error_text(err))
            return
        self.shown, self.page_no = result, result.page
        self.table.setRowCount(len(result.entries))
        for r, e in enumerate(result.entries):
            for c, text in enumerate(self._cells(e)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.status.setText(
            self.tr("Page {n}: {count} entries").format(
                n=result.page + 1, count=len(result.entries)
            )
        )
        self.previous.setEnabled(result.page > 0)
        self.next.setEnabled(result.has_more)

    def _cells(self, e: AuditEntry) -> list[str]:
        kinds = {
            "create": self.tr("created"),
            "set": self.tr("changed"),
            "delete": self.tr("deleted"),
            "merge": self.tr("merged"),
        }
        if e.source == "access":
            action = QCoreApplication.translate("errors", ACTION_WORDS.get(e.action, e.action))
        else:
            action = kinds.get(e.action, e.action)
        word = QCoreApplication.translate("errors", RECORD_WORDS.get(e.entity, e.entity))
        record = f"{word} {e.row_id[:8]}" if e.entity else ""
        return [
            e.at.strftime("%Y-%m-%d %H:%M:%S"),
            e.laptop,
            e.who,
            action,
            record,
            e.field or "",
            e.what,
        ]
