"""Editor building blocks: a form whose fields show their own error, code/record pickers,
and the "unsaved edits" question.

Values go to the services as typed (dates as text): the services validate and say why not,
and the form shows that message under the field it names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import InputError
from app.ui.errors import error_text, show_error
from app.ui.labels import label

ERROR_STYLE = "color: #b3261e;"
BAD_FIELD = "border: 1px solid #b3261e;"


class CodeCombo(QComboBox):
    """A choice among stored codes, shown through the label table."""

    def __init__(self, codes: Iterable[str], *, empty: bool = True) -> None:
        super().__init__()
        if empty:
            self.addItem("", None)
        for code in codes:
            self.addItem(label(code), code)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        i = self.findData(value)
        self.setCurrentIndex(max(i, 0))


class RecordCombo(CodeCombo):
    """A choice among records (id, shown name), searchable by typing."""

    def __init__(self, items: Iterable[tuple[str, str]], *, empty: bool = True) -> None:
        super().__init__((), empty=empty)
        for rid, name in items:
            self.addItem(name, rid)


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class Form(QWidget):
    """Named fields in a form layout; each has an error line under it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._loading = False

    def add(self, name: str, caption: str, widget: QWidget) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        err = QLabel()
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.hide()
        col.addWidget(err)
        self.layout_.addRow(caption, box)
        self.fields[name] = widget
        self.errors[name] = err
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._changed)
        return widget

    def line(self, name: str, caption: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.add(name, caption, edit)
        return edit

    def text_box(self, name: str, caption: str, height: int = 90) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setMinimumHeight(height)
        self.add(name, caption, edit)
        return edit

    def _changed(self, *_: Any) -> None:
        if not self._loading:
            self.edited.emit()

    # -- values ------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, w in self.fields.items():
            if isinstance(w, QLineEdit):
                out[name] = w.text().strip() or None
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText().strip() or None
            elif isinstance(w, CodeCombo):
                out[name] = w.value()
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
        return out

    def load(self, values: Mapping[str, Any]) -> None:
        self._loading = True
        try:
            for name, w in self.fields.items():
                if name not in values:
                    continue
                v = values[name]
                if isinstance(w, QLineEdit):
                    w.setText(_show(v))
                elif isinstance(w, QPlainTextEdit):
                    w.setPlainText(_show(v))
                elif isinstance(w, CodeCombo):
                    w.set_value(v)
                elif isinstance(w, QCheckBox):
                    w.setChecked(bool(v))
        finally:
            self._loading = False
        self.clear_errors()

    def set_read_only(self, read_only: bool) -> None:
        for w in self.fields.values():
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.setReadOnly(read_only)
            else:
                w.setEnabled(not read_only)

    # -- errors ------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for name, err in self.errors.items():
            err.hide()
            err.clear()
            self.fields[name].setStyleSheet("")

    def show_input_error(self, err: InputError) -> bool:
        """Show the message under its field; False when the field is not on this form."""
        self.clear_errors()
        name = err.field
        if name not in self.fields:
            return False
        self.errors[name].setText(error_text(err))
        self.errors[name].show()
        self.fields[name].setStyleSheet(BAD_FIELD)
        self.fields[name].setFocus()
        return True

    def error_of(self, name: str) -> str:
        err = self.errors[name]
        return err.text() if not err.isHidden() else ""

    def attempt(self, parent: QWidget, save: Callable[[], Any]) -> bool:
        """Run a save; show an InputError at its field (or in a message). True if saved."""
        try:
            save()
        except InputError as err:
            if not self.show_input_error(err):
                show_error(parent, err)
            return False
        self.clear_errors()
        return True


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel for closing with unsaved edits."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("forms", "Unsaved changes"),
        QCoreApplication.translate("forms", "You have changes that are not saved yet. Save them?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


def problem_label() -> QLabel:
    """The line under a dialog's fields that says what is wrong (empty until then)."""
    problem = QLabel()
    problem.setWordWrap(True)
    problem.setStyleSheet(ERROR_STYLE)
    return problem


def dialog_buttons(
    dialog: QDialog,
    on_ok: Callable[[], object],
    ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
    cancel: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Cancel,
) -> QDialogButtonBox:
    """A dialog's OK (or Save) and Cancel (or Close) row: OK calls `on_ok`, which closes
    the dialog when it is done; Cancel rejects it."""
    buttons = QDialogButtonBox(ok | cancel)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def push(text: str, on_click: Callable[[], object]) -> QPushButton:
    """A button that calls `on_click` when pressed."""
    button = QPushButton(text)
    button.clicked.connect(on_click)
    return button
