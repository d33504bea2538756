"""File → Settings: the first-run answers, changed later (language applied at once)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TirekError
from app.core.setup import Setup, load_setup, save_setup
from app.core.store import Store
from app.ui.errors import show_error
from app.ui.fit import fit_to_screen
from app.ui.forms import dialog_buttons
from app.ui.setup.fields import SetupFields


class SettingsDialog(QDialog):
    """Modal. After `exec()`, `saved` holds what was saved (None when cancelled)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("settings")
        self.setWindowTitle(self.tr("Settings"))
        self.before = load_setup(store)
        self.saved: Setup | None = None
        self.fields = f = SetupFields(self.before, self)
        # The questions scroll on a small screen (an old laptop's 768 pixels), the buttons stay.
        body = QWidget()
        layout = QVBoxLayout(body)
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
            f.form(rows, QFormLayout(box))
            layout.addWidget(box)
        if store.encrypted:
            layout.addWidget(self._passphrase_box())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = dialog_buttons(self, self.accept)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(buttons)
        self.resize(700, 720)
        fit_to_screen(self)

    def _passphrase_box(self) -> QGroupBox:
        """Change the database passphrase (docs/security.md); saved at once, on its own."""
        box = QGroupBox(self.tr("Passphrase"))
        row = QHBoxLayout(box)
        self.change_passphrase = QPushButton(self.tr("Change the passphrase…"))
        self.change_passphrase.clicked.connect(lambda: self._passphrase(recovery=False))
        self.recover_passphrase = QPushButton(self.tr("New passphrase with the recovery key…"))
        self.recover_passphrase.clicked.connect(lambda: self._passphrase(recovery=True))
        row.addWidget(self.change_passphrase)
        row.addWidget(self.recover_passphrase)
        row.addStretch(1)
        return box

    def _passphrase(self, recovery: bool) -> None:
        from app.ui.lock import ChangePassphraseDialog

        ChangePassphraseDialog(self.store, recovery, self).exec()

    def accept(self) -> None:
        try:
            self.saved = save_setup(self.store, self.fields.chosen())
        except TirekError as err:  # a bad answer, or a disk that cannot be written
            widget = self.fields.widget_for(getattr(err, "field", None))
            if widget is not None:
                widget.setFocus()
            show_error(self, err)
            return
        super().accept()

    @property
    def language_changed(self) -> bool:
        return self.saved is not None and self.saved.language != self.before.language
