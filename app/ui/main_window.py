"""The main window (the GUI issue fills it in): sidebar, pages, status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QStackedWidget

from app.core.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Tirek"))
        self.resize(1100, 720)
        self.sidebar = QListWidget()
        self.pages = QStackedWidget()
        for name in (
            self.tr("Trainings"),
            self.tr("People"),
            self.tr("Organisations"),
            self.tr("Meetings"),
        ):
            self.sidebar.addItem(name)
            self.pages.addWidget(QLabel(name))
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        split = QSplitter()
        split.addWidget(self.sidebar)
        split.addWidget(self.pages)
        split.setStretchFactor(1, 1)
        self.setCentralWidget(split)
        ident = store.identity()
        if ident is not None:
            self.statusBar().showMessage(
                self.tr("Device: {name} · {role}").format(name=ident.device_name, role=ident.role)
            )
