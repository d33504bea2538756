"""The Trainings screen: filters, a sortable list fetched page by page, and the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.services.trainings import TrainingRow, list_trainings
from app.core.services.validation import parse_date
from app.ui.desk import Desk
from app.ui.forms import BAD_FIELD, RecordCombo
from app.ui.list_page import ListPage, search_box
from app.ui.loading import Loader
from app.ui.table import Column, LazyModel, make_table
from app.ui.timers import one_shot
from app.ui.undo import delete_chosen

if TYPE_CHECKING:
    from app.ui.trainings.editor import TrainingEditor

WATCHED = frozenset({"training", "session", "enrolment", "project", "training_topic"})


class TrainingsModel(LazyModel):
    def __init__(self, desk: Desk) -> None:
        lk = desk.lookups
        super().__init__(
            [
                Column(self.tr("Title"), lambda r: r.title, "title", stretch=True),
                Column(self.tr("Dates"), _dates, "start_date", width=150),
                Column(self.tr("Project"), lambda r: r.project, width=200),
                Column(self.tr("Region"), lambda r: lk.name(r.region_id), width=140),
                Column(self.tr("Days"), lambda r: r.sessions, "sessions", True, 55),
                Column(
                    self.tr("Participants"), lambda r: r.participants, "participants", True, 100
                ),
            ],
            self._fetch,
        )
        self.desk = desk
        self.filters: dict[str, Any] = {}
        self.order_by = "start_date"
        self.descending = True

    def _fetch(self, offset: int, limit: int) -> tuple[TrainingRow, ...]:
        return list_trainings(
            self.desk.store,
            **self.filters,
            sort=self.order_by,
            descending=self.descending,
            offset=offset,
            limit=limit,
        ).rows

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        key = self.columns[column].sort_key
        if key is not None:
            self.order_by = key
            self.descending = order == Qt.SortOrder.DescendingOrder
            self.reload()


def _dates(r: TrainingRow) -> str:
    if r.start_date == r.end_date:
        return r.start_date.strftime("%d.%m.%Y")
    return f"{r.start_date.strftime('%d.%m')}–{r.end_date.strftime('%d.%m.%Y')}"


class TrainingsPage(ListPage):
    WATCHED = WATCHED

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        lk = desk.lookups
        self.text = search_box(self.tr("Search titles…"))
        self.project = RecordCombo(lk.projects)
        self.region = RecordCombo(lk.places(lk.regions))
        self.topic = RecordCombo(lk.places(lk.topics))
        for combo, empty in (
            (self.project, self.tr("All projects")),
            (self.region, self.tr("All regions")),
            (self.topic, self.tr("All topics")),
        ):
            combo.setItemText(0, empty)
            combo.setMaximumWidth(220)
            # As wide as its words when there is room; may shrink on a small screen.
            combo.setMinimumWidth(110)
        # "Dates: [from] – [to]": the words sit in a label, so the fields stay narrow in
        # every language (a hint like "from YYYY-MM-DD" runs long in Kyrgyz).
        self.dates = QLabel(self.tr("Dates:"))
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for d in (self.date_from, self.date_to):
            d.setPlaceholderText(self.tr("YYYY-MM-DD"))
            d.setMinimumWidth(d.fontMetrics().horizontalAdvance(d.placeholderText()) + 16)
            d.setMaximumWidth(max(110, d.minimumWidth()))
        self.date_from.setToolTip(self.tr("Trainings that end on or after this day"))
        self.date_to.setToolTip(self.tr("Trainings that start on or before this day"))
        self.mine = QCheckBox(self.tr("Only mine"))
        self.mine.setToolTip(self.tr("Trainings entered on this laptop"))
        new = QPushButton(self.tr("New training…"))
        new.clicked.connect(self.new_training)
        self.delete = QPushButton(self.tr("Delete training…"))
        self.delete.clicked.connect(self.delete_training)
        self.count = QLabel()
        self.model = TrainingsModel(desk)
        self.view: QTableView = make_table(self.model, sortable=True)
        self.view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self.model.sort_by)
        self.view.activated.connect(self.open_row)
        row1 = QHBoxLayout()
        row1.addWidget(self.text, 1)
        row1.addWidget(self.count)
        row1.addWidget(self.delete)
        row1.addWidget(new)
        row2 = QHBoxLayout()
        dash = QLabel("–")
        for w in (self.project, self.region, self.topic, self.dates, self.date_from, dash,
                  self.date_to, self.mine):  # fmt: skip
            row2.addWidget(w)
        row2.addStretch(1)
        # The first window on a new laptop says what to do first (hidden once there is data).
        self.empty = QLabel(
            self.tr(
                "<h3>No trainings here yet</h3>"
                "<p>1. <b>New training…</b> (Ctrl+N): the title and dates, then Save.</p>"
                "<p>2. <b>Days</b>: Add day for each day of the training.</p>"
                "<p>3. Participants register themselves from their phones "
                "(<b>Registration from phones…</b> on the Days tab), or type the paper list "
                "under <b>Participants</b>.</p>"
                "<p>4. <b>Attendance</b>, then <b>Print certificates…</b>; "
                "<b>Sync</b> sends everything to the coordinator.</p>"
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyState")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        self._debounce = one_shot(self, 200, self._filtered)
        self.text.textChanged.connect(self._debounce.start)
        for combo in (self.project, self.region, self.topic):
            combo.currentIndexChanged.connect(self._filtered)
        for d in (self.date_from, self.date_to):
            d.editingFinished.connect(self._filtered)
        self.mine.toggled.connect(self._filtered)
        desk.data_changed.connect(self._data_changed)
        self.loader = Loader(self.view, desk.runner)  # the first page comes from the runner

    def filters(self) -> dict[str, Any]:
        date_from, date_to = self._date(self.date_from), self._date(self.date_to)
        return {
            "text": self.text.text(),
            "project_id": self.project.value(),
            "region_id": self.region.value(),
            "topic_id": self.topic.value(),
            "date_from": date_from,
            "date_to": date_to,
            "mine": self.mine.isChecked(),
        }

    def _date(self, edit: QLineEdit) -> Any:
        try:
            value = parse_date(edit.text())
        except ValueError:
            edit.setStyleSheet(BAD_FIELD)
            edit.setToolTip(self.tr("Write the date as YYYY-MM-DD"))
            return None
        edit.setStyleSheet("")
        edit.setToolTip("")
        return value

    def _filtered(self) -> None:
        self.refresh(typed=True)

    def refresh(self, typed: bool = False) -> None:
        self.model.filters = self.filters()
        self.reload_list(typed)
        filters, store = dict(self.model.filters), self.desk.store

        def count(_p: object) -> int:
            return list_trainings(store, **filters, limit=0).total

        unfiltered = not any(v for k, v in filters.items() if k != "mine")
        self.desk.runner.run(count, lambda n: self._counted(n, unfiltered))

    def _counted(self, n: int, unfiltered: bool) -> None:
        self.count.setText(self.tr("%n trainings", "", n))
        self.empty.setVisible(n == 0 and unfiltered)

    def open_row(self, index: QModelIndex) -> None:
        self.open_training(self.model.row_at(index.row()).id)

    def open_training(self, training_id: str | None) -> TrainingEditor:
        """The training's editor; None: a new training."""
        from app.ui.trainings.editor import TrainingEditor  # not needed to paint the list

        editor = TrainingEditor(self.desk, training_id, self)
        editor.show()
        return editor

    def delete_training(self) -> None:
        """Delete the training chosen in the list, once asked (undone with Ctrl+Z)."""
        delete_chosen(self, self.desk, self.view, self.model.row_at, "training")

    def new_training(self) -> TrainingEditor:
        return self.open_training(None)
