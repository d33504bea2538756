"""The "saved" panel shown after a print: what was written, with Open and Show in folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def open_path(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class SavedPanel(QWidget):
    """Hidden until something is saved; then names it and offers to open it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.open_button.clicked.connect(self.open)
        self.folder_button.clicked.connect(self.show_folder)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.hide()

    def saved(self, text: str, path: Path) -> None:
        self.path = path
        self.text.setText(text)
        self.open_button.setEnabled(path.is_file())
        self.show()

    def open(self) -> None:
        if self.path is not None:
            open_path(self.path)

    def show_folder(self) -> None:
        if self.path is not None:
            open_path(self.path if self.path.is_dir() else self.path.parent)
