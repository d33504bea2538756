"""What the list pages share (Trainings, People, Organisations, Meetings): nothing is read
until the page is first shown (start-up paints only the page on screen), and the list is
read again when records of the kinds the page shows change."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.ui.desk import Desk


def search_box(hint: str) -> QLineEdit:
    """The search field above a list, with its hint and a clear button."""
    box = QLineEdit()
    box.setPlaceholderText(hint)
    box.setClearButtonEnabled(True)
    return box


class ListPage(QWidget):
    """Subclasses set `model` (a LazyModel), `loader` and `WATCHED`, and implement
    `refresh(typed=False)`, which calls `reload_list(typed)`."""

    WATCHED: frozenset[str] = frozenset()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._loaded = False

    def showEvent(self, event: Any) -> None:
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self, typed: bool = False) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def reload_list(self, typed: bool) -> None:
        """A keystroke fetches its first page at once (as People's search does); opening
        the page and changes from the store fetch it on the runner."""
        self._loaded = True
        if typed:
            self.model.reload()  # type: ignore[attr-defined]
        else:
            self.model.reload_in(self.loader)  # type: ignore[attr-defined]

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if self._loaded and kinds & self.WATCHED:
            self.refresh()
