"""The base of every editor window: Save, Close, and the unsaved-edits question."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.core.store import Store
from app.ui.desk import Desk
from app.ui.forms import Form, ask_unsaved


class EditorDialog(QDialog):
    """Subclasses implement `save() -> bool` and set `self.dirty` when the user edits."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.store = desk.store
        self.dirty = False
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.save)

    def mark_dirty(self) -> None:
        self.dirty = True

    def save(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def save_with(self, form: Form, write: Callable[[], None]) -> bool:
        """Run `write`; a refusal is shown at its field, a success leaves nothing unsaved."""
        if form.attempt(self, write):
            self.dirty = False
            return True
        return False

    def save_record(
        self,
        form: Form,
        record_id: str | None,
        create: Callable[[Store, dict[str, Any]], str],
        change: Callable[[Store, str, dict[str, Any]], object],
    ) -> str | None:
        """Create the form's record (no id yet) or change it; its id, None when refused."""
        values = form.values()
        saved: list[str] = []

        def write() -> None:
            if record_id:
                change(self.store, record_id, values)
            saved.append(record_id or create(self.store, values))

        return saved[0] if self.save_with(form, write) else None

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def may_close(self) -> bool:
        if not self.dirty:
            return True
        answer = ask_unsaved(self)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.may_close():
            self.dirty = False
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close():
            self.dirty = False
            event.accept()
        else:
            event.ignore()
