"""The network's page for the main window: NAP monitoring, assessments, regions."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.core.store import Store
from app.ui.network.chart import AssessmentComparison
from app.ui.network.matrix import MonitoringMatrix
from app.ui.network.region import RegionOrganisations
from app.ui.runner import Runner


class NetworkPage(QWidget):
    """Three tabs; each refreshes itself when the store says its records changed.

    With the window's runner each tab computes on it behind its own "Loading…" veil, so
    opening the page never freezes the window (the NAP matrix takes seconds on a large
    installation); without one (a test) they compute at once.
    """

    def __init__(
        self, store: Store, runner: Runner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.matrix = MonitoringMatrix(store, runner=runner)
        self.comparison = AssessmentComparison(store, runner=runner)
        self.regions = RegionOrganisations(store, runner=runner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.matrix, self.tr("NAP 1325 monitoring"))
        self.tabs.addTab(self.comparison, self.tr("Capacity assessments"))
        self.tabs.addTab(self.regions, self.tr("Organisations of a region"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
