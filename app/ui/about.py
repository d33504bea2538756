"""Help → About: the version, where this installation keeps its data, and the log file.

A coordinator helping by phone asks for exactly these: "which version?", "where is the
folder?", "send me the log". The details can be copied in one click.
"""

from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.store import Store
from app.ui.labels import label


class AboutDialog(QDialog):
    """Modal; open with `AboutDialog(store, parent).exec()`."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("About Tirek"))
        home = store.home
        ident = store.identity()
        frozen = getattr(sys, "frozen", False)
        self.facts: list[tuple[str, str]] = [
            (self.tr("Version"), __version__),
            (self.tr("Home folder"), str(home.root)),
            (self.tr("Log file"), str(home.log_file)),
            (self.tr("Backups"), str(home.backups)),
            (self.tr("Database schema"), store.schema_version()),
            (
                self.tr("This laptop"),
                (
                    f"{ident.device_name} ({label(ident.role)})"
                    if ident
                    else self.tr("not set up yet")
                ),
            ),
            (
                self.tr("Running on"),
                f"{platform.system()} {platform.release()}, Python {platform.python_version()},"
                f" Qt {pyside_version}" + (self.tr(", installed bundle") if frozen else ""),
            ),
        ]

        title = QLabel(self.tr("<b>Tirek</b> {version}").format(version=__version__))
        blurb = QLabel(
            self.tr(
                "Trainings, attendance and meetings for women's NGO networks. "
                "Works without internet; data travels between laptops as files."
            )
        )
        blurb.setWordWrap(True)
        form = QFormLayout()
        for caption, value in self.facts:
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(caption + ":", shown)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        open_home = QPushButton(self.tr("Open home folder"))
        open_logs = QPushButton(self.tr("Open log folder"))
        copy = QPushButton(self.tr("Copy details"))
        for button in (open_home, open_logs, copy):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        open_home.clicked.connect(lambda: self._open(str(home.root)))
        open_logs.clicked.connect(lambda: self._open(str(home.logs)))
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        # Never narrower than its buttons and words need (translations run longer).
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)

    def details(self) -> str:
        """The facts as plain text, one per line (what "Copy details" puts on the clipboard)."""
        return "\n".join(f"{caption}: {value}" for caption, value in self.facts)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())

    @staticmethod
    def _open(folder: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
