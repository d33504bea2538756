"""What the hand-drawn charts share (assessments, indicators, region tiles): the ink and
a white page to draw on."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

INK = QColor("#1F2A44")


def white_page(widget: QWidget) -> QPainter:
    """A painter on `widget`, smoothed, over a white background, with the ink's pen."""
    p = QPainter(widget)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(widget.rect(), QColor("white"))
    p.setPen(INK)
    return p
