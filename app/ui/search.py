"""The global search: people, trainings and meetings matching the typed words."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.core.services.search import Found, search_everything
from app.ui.desk import Desk
from app.ui.labels import label
from app.ui.loading import Loader
from app.ui.timers import one_shot

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchPage(QWidget):
    """Results grouped by kind; activating one opens it (`open_record` kind, id)."""

    open_record = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.text = ""
        self.found = Found((), (), ())
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Found"), self.tr("Details")])
        self.tree.setColumnWidth(0, 380)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree)
        self._timer = one_shot(self, 150, self.run)
        self.loader = Loader(self.tree, desk.runner)  # searching runs on the runner

    def search_later(self, text: str) -> None:
        self.text = text
        self._timer.start()

    def run(self, text: str | None = None) -> None:
        if text is not None:
            self.text = text
        store, asked = self.desk.store, self.text
        self.loader.load(lambda: search_everything(store, asked), lambda f: self._show(asked, f))

    def _show(self, asked: str, f: Found) -> None:
        if asked != self.text:
            return  # typed on meanwhile: a newer search is on its way
        self.found = f
        self.tree.clear()
        if f.empty:
            self.heading.setText(self.tr("Nothing found for “{text}”").format(text=self.text))
            return
        self.heading.setText(self.tr("Found for “{text}”").format(text=self.text))
        groups = (
            (
                "person",
                self.tr("People"),
                [
                    (
                        p.id,
                        p.full_name,
                        ", ".join(str(x) for x in (p.birth_year, p.phone, p.organisation) if x),
                    )
                    for p in f.people
                ],
            ),
            (
                "training",
                self.tr("Trainings"),
                [(t.id, t.title, t.start_date.strftime("%d.%m.%Y")) for t in f.trainings],
            ),
            (
                "meeting",
                self.tr("Meetings"),
                [(m.id, m.title, f"{m.date:%d.%m.%Y} · {label(m.kind)}") for m in f.meetings],
            ),
        )
        for kind, title, rows in groups:
            if not rows:
                continue
            top = QTreeWidgetItem([title])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for rid, name, extra in rows:
                item = QTreeWidgetItem([name, extra])
                item.setData(0, KIND_ROLE, kind)
                item.setData(0, ID_ROLE, rid)
                top.addChild(item)
            top.setExpanded(True)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind:
            self.open_record.emit(kind, item.data(0, ID_ROLE))
