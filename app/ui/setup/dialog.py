"""File → Settings: the first-run answers, changed later (language applied at once)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import InputError
from app.core.setup import Setup, load_setup, save_setup
from app.core.store import Store
from app.ui.errors import show_error
from app.ui.setup.fields import SetupFields


class SettingsDialog(QDialog):
    """Modal. After `exec()`, `saved` holds what was saved (None when cancelled)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("settings")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)
        self.before = load_setup(store)
        self.saved: Setup | None = None
        self.fields = f = SetupFields(self.before, self)
        layout = QVBoxLayout(self)
        groups = (
            (self.tr("Interface"), [("language", None)]),
            (self.tr("This laptop"), [("device", f.notes["device"]), ("role", None)]),
            (
                self.tr("Certificates"),
                [("organisation", None), ("logo", f.logo_preview), ("network", f.notes["network"])],
            ),
            (self.tr("Backups"), [("second_folder", f.notes["second_folder"])]),
        )
        for title, rows in groups:
            box = QGroupBox(title)
            form = QFormLayout(box)
            for name, below in rows:
                form.addRow(f.captions[name], f.field_widgets()[name])
                if below is not None:
                    form.addRow("", below)
            layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Wrapped explanations need their full height: never shrink below the layout's.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)

    def accept(self) -> None:
        try:
            self.saved = save_setup(self.store, self.fields.chosen())
        except InputError as err:
            widget = self.fields.widget_for(err.field)
            if widget is not None:
                widget.setFocus()
            show_error(self, err)
            return
        super().accept()

    @property
    def language_changed(self) -> bool:
        return self.saved is not None and self.saved.language != self.before.language
