"""Deleting a person, a training or a meeting from a screen: asked first, undone after.

After a delete the status bar says what went, with an Undo button; Edit → Undo delete
(Ctrl+Z) does the same for the last delete. The undo is a normal change through the
Writer (app/core/services/deletion.py), so it travels by sync as the delete did. One
`UndoDelete` per window; screens reach it with `UndoDelete.of(widget, desk)`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.core.errors import TirekError
from app.ui.desk import Desk
from app.ui.errors import show_error


@dataclass(frozen=True)
class Deleted:
    kind: str
    row_id: str
    name: str


class UndoDelete(QObject):
    def __init__(self, desk: Desk, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("undoDelete")
        self.desk = desk
        self.window = window
        self.last: Deleted | None = None
        self.said = QLabel()
        self.button = QPushButton(self.tr("Undo"))
        self.button.setObjectName("undoDeleteButton")
        self.button.setToolTip(self.tr("Bring back what was just deleted (Ctrl+Z)"))
        self.button.clicked.connect(self.undo)
        self.button.hide()
        if isinstance(window, QMainWindow):
            window.statusBar().addWidget(self.said)
            window.statusBar().addWidget(self.button)

    @classmethod
    def of(cls, widget: QWidget, desk: Desk) -> UndoDelete:
        """The window's one UndoDelete (made on first use, e.g. a screen shown alone)."""
        window = widget.window()
        found = window.findChild(UndoDelete, "undoDelete")
        return found if isinstance(found, UndoDelete) else cls(desk, window)

    def _question(self, kind: str, name: str) -> str:
        if kind == "person":
            return self.tr(
                "Delete {name} from the registry? You can undo this right after (Ctrl+Z)."
            ).format(name=name)
        if kind == "training":
            return self.tr(
                "Delete the training {name} with its days, participants and attendance? You "
                "can undo this right after (Ctrl+Z)."
            ).format(name=name)
        return self.tr(
            "Delete the meeting {name} with its attendees, decisions and action items? You "
            "can undo this right after (Ctrl+Z)."
        ).format(name=name)

    def ask_and_delete(self, parent: QWidget, kind: str, row_id: str, name: str) -> bool:
        """Ask, then delete; True when it was deleted."""
        answer = QMessageBox.question(
            parent,
            self.tr("Delete"),
            self._question(kind, name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from app.core.services import deletion  # with the ORM: not needed at start-up

        try:
            gone = deletion.delete(self.desk.store, kind, row_id)
        except TirekError as err:
            show_error(parent, err)
            return False
        self.last = Deleted(kind, row_id, gone)
        self.said.setText(self.tr("Deleted: {name}").format(name=gone))
        self.button.show()
        return True

    def undo(self) -> None:
        """Bring back the last deleted record (nothing to do when there is none)."""
        last, self.last = self.last, None
        self.button.hide()
        if last is None:
            return
        from app.core.services import deletion

        try:
            name = deletion.restore(self.desk.store, last.kind, last.row_id)
        except TirekError as err:
            self.said.clear()
            show_error(self.window, err)
            return
        self.said.setText(self.tr("Restored: {name}").format(name=name))


def delete_chosen(
    page: QWidget, desk: Desk, view: QAbstractItemView, row_at: Callable[[int], Any], kind: str
) -> None:
    """Delete the training or meeting chosen in a page's list, once asked (Ctrl+Z undoes)."""
    index = view.currentIndex()
    if index.isValid():
        row = row_at(index.row())
        UndoDelete.of(page, desk).ask_and_delete(page, kind, row.id, row.title)
