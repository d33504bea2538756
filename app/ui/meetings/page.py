"""The Meetings screen: a list by date (newest first), filtered by kind and words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from app.core.services.meetings import MeetingRow, list_meetings
from app.core.vocab import MEETING_KINDS
from app.ui.desk import Desk
from app.ui.forms import CodeCombo
from app.ui.labels import label
from app.ui.list_page import ListPage, search_box
from app.ui.loading import Loader
from app.ui.meetings.editor import MeetingEditor
from app.ui.table import Column, LazyModel, make_table
from app.ui.undo import delete_chosen

WATCHED = frozenset({"meeting", "meeting_attendee", "decision", "action_item"})


class MeetingsPage(ListPage):
    WATCHED = WATCHED

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.search = search_box(self.tr("Search meetings…"))
        self.kind = CodeCombo(MEETING_KINDS)
        self.kind.setItemText(0, self.tr("All kinds"))
        new = QPushButton(self.tr("New meeting…"))
        new.clicked.connect(self.new_meeting)
        self.delete = QPushButton(self.tr("Delete meeting…"))
        self.delete.clicked.connect(self.delete_meeting)
        lk = desk.lookups
        self.model = LazyModel(
            [
                Column(self.tr("Date"), lambda r: r.date.strftime("%d.%m.%Y"), width=100),
                Column(self.tr("Title"), lambda r: r.title, stretch=True),
                Column(self.tr("Kind"), lambda r: label(r.kind), width=170),
                Column(self.tr("Series"), lambda r: r.series, width=160),
                Column(self.tr("Region"), lambda r: lk.name(r.region_id), width=130),
                Column(self.tr("Attendees"), lambda r: r.attendees, align_right=True, width=90),
                Column(
                    self.tr("Minutes"),
                    lambda r: self.tr("approved") if r.approved else self.tr("draft"),
                ),
            ],
            self._fetch,
            self,
        )
        self.view: QTableView = make_table(self.model)
        self.view.activated.connect(self.open_row)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        top.addWidget(self.delete)
        top.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.search.textChanged.connect(lambda _t: self.refresh(typed=True))
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh(typed=True))
        desk.data_changed.connect(self._data_changed)
        self.loader = Loader(self.view, desk.runner)  # the first page comes from the runner
        self.query: dict[str, Any] = {}

    def _fetch(self, offset: int, limit: int) -> tuple[MeetingRow, ...]:
        # May run on the runner: reads the words asked, never the widgets.
        return list_meetings(self.desk.store, **self.query, offset=offset, limit=limit).rows

    def refresh(self, typed: bool = False) -> None:
        self.query = {"text": self.search.text(), "kind": self.kind.value()}
        self.reload_list(typed)

    def open_row(self, index: QModelIndex) -> None:
        self.open_meeting(self.model.row_at(index.row()).id)

    def open_meeting(self, meeting_id: str | None) -> MeetingEditor:
        """The meeting's editor; None: a new meeting."""
        editor = MeetingEditor(self.desk, meeting_id, self)
        editor.show()
        return editor

    def delete_meeting(self) -> None:
        """Delete the meeting chosen in the list, once asked (undone with Ctrl+Z)."""
        delete_chosen(self, self.desk, self.view, self.model.row_at, "meeting")

    def new_meeting(self) -> MeetingEditor:
        return self.open_meeting(None)
