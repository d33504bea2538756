"""The network's page for the main window: NAP monitoring, assessments, regions."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.core.store import Store
from app.ui.network.chart import AssessmentComparison
from app.ui.network.matrix import MonitoringMatrix
from app.ui.network.region import RegionOrganisations


class NetworkPage(QWidget):
    """Three tabs; each refreshes itself when the store says its records changed."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = MonitoringMatrix(store)
        self.comparison = AssessmentComparison(store)
        self.regions = RegionOrganisations(store)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.matrix, self.tr("NAP 1325 monitoring"))
        self.tabs.addTab(self.comparison, self.tr("Capacity assessments"))
        self.tabs.addTab(self.regions, self.tr("Organisations of a region"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
