"""The regions at a glance: a tile per region, placed roughly where it lies, deeper in
colour where more people were trained, with trainings · people trained · outcomes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.services.results.regions import RegionResults, region_overview
from app.core.store import Store
from app.core.text import in_language
from app.ui.drawing import INK, white_page
from app.ui.i18n import translations
from app.ui.loading import LoadingPanel
from app.ui.runner import Runner


class RegionTiles(LoadingPanel):
    def __init__(
        self, store: Store, parent: QWidget | None = None, runner: Runner | None = None
    ) -> None:
        super().__init__(store, parent, runner)
        self.regions: list[RegionResults] = []
        self.setMinimumSize(520, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def load(self, start: date, end: date, project_id: str | None) -> None:
        store = self.store
        self.loader.load(lambda: region_overview(store, start, end, project_id), self._show)

    def _show(self, regions: list[RegionResults]) -> None:
        self.regions = regions
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = white_page(self)
        fm = QFontMetrics(self.font())
        legend = self.tr("trainings · people trained · outcomes")
        p.drawText(8, 6 + fm.ascent(), legend)
        top_y = 12 + fm.height()
        cols, rows, gap = 4, 3, 8.0
        w = (self.width() - gap * (cols + 1)) / cols
        h = (self.height() - top_y - gap * (rows + 1)) / rows
        most = max([r.people_trained for r in self.regions] + [1])
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.5)
        bold = QFont(self.font())
        bold.setBold(True)
        for r in self.regions:
            c, row = r.tile
            rect = QRectF(gap + c * (w + gap), top_y + gap + row * (h + gap), w, h)
            share = r.people_trained / most
            colour = QColor("#E4EFEF") if not r.people_trained else QColor(
                int(200 - 186 * share), int(228 - 118 * share), int(228 - 118 * share))  # fmt: skip
            p.fillRect(rect, colour)
            p.setPen(QColor("white") if share > 0.55 else INK)
            p.setFont(bold)
            name = in_language(r.names, translations.language)
            p.drawText(rect.adjusted(8, 6, -8, -6), Qt.AlignmentFlag.AlignLeft
                       | Qt.AlignmentFlag.AlignTop, name)  # fmt: skip
            p.setFont(big)
            p.drawText(rect.adjusted(8, 6, -8, -6), Qt.AlignmentFlag.AlignLeft
                       | Qt.AlignmentFlag.AlignBottom,
                       f"{r.trainings} · {r.people_trained} · {r.outcomes}")  # fmt: skip
            p.setFont(self.font())
