"""The organisations of a region: profile facts, people, trainings, meetings, latest score."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.services.org_profiles import RegionOrganisation, region_organisations
from app.core.store import Store
from app.ui.labels import label
from app.ui.loading import LoadingPanel
from app.ui.network.common import follow_changes, region_combo
from app.ui.runner import Runner


class RegionOrganisations(LoadingPanel):
    def __init__(
        self, store: Store, parent: QWidget | None = None, runner: Runner | None = None
    ) -> None:
        super().__init__(store, parent, runner)  # counting a region's people runs on the runner
        self.region = region_combo(store, None)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        self.total = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Region")))
        top.addWidget(self.region)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        self.region.currentIndexChanged.connect(self.refresh)
        follow_changes(store, self._changed)
        self.refresh()

    def _changed(self, entities: frozenset[str]) -> None:
        if entities & {"organisation", "person", "enrolment", "meeting_attendee", "assessment"}:
            self.loader.on_gui(self.refresh)

    def refresh(self) -> None:
        store, region = self.store, self.region.value()
        self.loader.load(lambda: region_organisations(store, region), self._show)

    def _show(self, rows: list[RegionOrganisation]) -> None:
        headers = [
            self.tr("Organisation"),
            self.tr("Type"),
            self.tr("Network"),
            self.tr("Members"),
            self.tr("People"),
            self.tr("Trainings attended"),
            self.tr("Meetings"),
            self.tr("Assessments"),
            self.tr("Latest score, %"),
        ]
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for y, r in enumerate(rows):
            values: list[object] = [
                r.name,
                label(r.kind),
                label(r.network_status) if r.network_status else "",
                r.membership_size,
                r.people,
                r.trainings,
                r.meetings,
                r.assessments,
                r.latest_percent,
            ]
            for x, v in enumerate(values):
                item = QTableWidgetItem()
                if isinstance(v, int | float):
                    item.setData(Qt.ItemDataRole.DisplayRole, v)
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                else:
                    item.setText("" if v is None else str(v))
                self.table.setItem(y, x, item)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.total.setText(self.tr("{n} organisations").format(n=len(rows)))
