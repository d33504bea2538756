"""The questions of the first-run wizard and of Settings, built once for both.

`SetupFields` owns the input widgets and their captions; the wizard spreads them over
pages, the Settings dialog puts them in one form. `retranslate()` re-reads every word, so
choosing a language in the wizard changes the wizard's words at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.core.identity import ROLES
from app.core.setup import Setup
from app.ui.i18n import LANGUAGE_NAMES
from app.ui.labels import label


class LanguageList(QListWidget):
    """The three languages, each named in itself; a click chooses."""

    chosen = Signal(str)

    def __init__(self, current: str) -> None:
        super().__init__()
        self.setObjectName("languageList")
        for code, name in LANGUAGE_NAMES.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.addItem(item)
        self.setMaximumHeight(self.sizeHintForRow(0) * 3 + 12)
        self.set_language(current)
        self.currentItemChanged.connect(self._changed)

    def _changed(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(self.code())

    def code(self) -> str:
        item = self.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "ru"

    def set_language(self, code: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.setCurrentRow(row)


class PathChooser(QWidget):
    """A chosen file or folder with "Choose…" and "Clear" beside it."""

    changed = Signal()

    def __init__(self, folder: bool, path: Path | None) -> None:
        super().__init__()
        self.folder = folder
        self.line = QLineEdit(str(path) if path else "")
        self.line.setReadOnly(True)
        self.choose = QPushButton()
        self.clear = QPushButton()
        self.choose.clicked.connect(self._choose)
        self.clear.clicked.connect(lambda: self.set_path(None))
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.line, 1)
        box.addWidget(self.choose)
        box.addWidget(self.clear)
        self.title = ""
        self.filter = ""

    def path(self) -> Path | None:
        return Path(self.line.text()) if self.line.text() else None

    def set_path(self, path: Path | None) -> None:
        self.line.setText(str(path) if path else "")
        self.changed.emit()

    def _choose(self) -> None:
        start = self.line.text() or str(Path.home())
        if self.folder:
            chosen = QFileDialog.getExistingDirectory(self, self.title, start)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.title, start, self.filter)
        if chosen:
            self.set_path(Path(chosen))


class SetupFields(QObject):
    """The input widgets for a `Setup`, with their captions and explanations."""

    def __init__(self, start: Setup, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = LanguageList(start.language)
        self.device = QLineEdit(start.device_name)
        self.device.setObjectName("deviceName")
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem("", role)
        self.role.setCurrentIndex(max(0, self.role.findData(start.role)))
        self.organisation = QLineEdit(start.organisation)
        self.logo = PathChooser(False, start.logo)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedHeight(64)
        self.logo.changed.connect(self._preview)
        self.network = QLineEdit(start.network_id)
        self.network.setObjectName("networkInvitation")
        # Starting a network is a coordinator's explicit choice on a laptop not in one yet.
        self.new_network = QCheckBox()
        self.new_network.setObjectName("newNetwork")
        self.new_network.setVisible(not start.network_id)
        self.second_folder = PathChooser(True, start.second_folder)
        # Captions and explanations, filled by retranslate().
        self.captions = {name: QLabel() for name in self.field_widgets()}
        for name, caption in self.captions.items():
            caption.setBuddy(self.field_widgets()[name])
        self.notes = {name: QLabel() for name in ("device", "network", "second_folder", "logo")}
        for note in self.notes.values():
            note.setWordWrap(True)
            note.setObjectName("note")
        self._preview()
        self.retranslate()

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "language": self.language,
            "device": self.device,
            "role": self.role,
            "organisation": self.organisation,
            "logo": self.logo,
            "network": self.network,
            "second_folder": self.second_folder,
        }

    def form(
        self, rows: Sequence[tuple[str, QWidget | None]], form: QFormLayout | None = None
    ) -> QFormLayout:
        """The named questions in a form, each with the widget given to go below it."""
        form = form if form is not None else QFormLayout()
        for name, below in rows:
            form.addRow(self.captions[name], self.field_widgets()[name])
            if below is not None:
                form.addRow("", below)
        return form

    def retranslate(self) -> None:
        words = {
            "language": self.tr("&Language:"),
            "device": self.tr("Laptop &name:"),
            "role": self.tr("&Role:"),
            "organisation": self.tr("&Organisation:"),
            "logo": self.tr("Lo&go:"),
            "network": self.tr("Network &invitation:"),
            "second_folder": self.tr("&Second folder:"),
        }
        for name, text in words.items():
            self.captions[name].setText(text)
        self.notes["device"].setText(
            self.tr("Other laptops see this name on the files you send, e.g. Osh-1 or Naryn-Aida.")
        )
        self.notes["network"].setText(
            self.tr(
                "Every laptop of your network uses the same one: paste the invitation code your "
                "coordinator gave you (or the path of the invitation file). Only the "
                "coordinator's first laptop starts a new network."
            )
        )
        self.notes["second_folder"].setText(
            self.tr(
                "Backups are always kept in Tirek's own folder. A copy can also go to a second "
                "folder, e.g. on a USB stick."
            )
        )
        self.notes["logo"].setText(self.tr("Printed on certificates (PNG or JPEG)."))
        self.device.setPlaceholderText(self.tr("e.g. Osh-1"))
        self.organisation.setPlaceholderText(self.tr("As printed on certificates"))
        self.network.setPlaceholderText(self.tr("e.g. 0A0B0C-0D…"))
        self.new_network.setText(self.tr("Start a &new network (coordinators only)"))
        for row in range(self.role.count()):
            self.role.setItemText(row, label(str(self.role.itemData(row))))
        for chooser in (self.logo, self.second_folder):
            chooser.choose.setText(self.tr("Choose…"))
            chooser.clear.setText(self.tr("Clear"))
        self.logo.title = self.tr("Choose the organisation's logo")
        self.logo.filter = self.tr("Pictures (*.png *.jpg *.jpeg)")
        self.second_folder.title = self.tr("Choose the second folder for backups")

    def _preview(self) -> None:
        path = self.logo.path()
        picture = QPixmap(str(path)) if path else QPixmap()
        # No empty 64-pixel gap when there is no logo yet.
        self.logo_preview.setVisible(not picture.isNull())
        if picture.isNull():
            self.logo_preview.clear()
        else:
            self.logo_preview.setPixmap(
                picture.scaledToHeight(64, Qt.TransformationMode.SmoothTransformation)
            )

    def chosen(self) -> Setup:
        return Setup(
            language=self.language.code(),
            device_name=self.device.text(),
            role=str(self.role.currentData()),
            organisation=self.organisation.text(),
            logo=self.logo.path(),
            network_id=self.network.text(),
            second_folder=self.second_folder.path(),
            new_network=self.new_network.isChecked(),
        )

    def widget_for(self, field: str | None) -> QWidget | None:
        """The input a core error names (its `field`), to put the cursor there."""
        names = {"device_name": "device", "network_id": "network", "role": "role"}
        return self.field_widgets().get(names.get(field or "", field or ""))
