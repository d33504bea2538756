"""Windows that fit the laptops Tirek runs on (1366x768 and 1280x800, with a taskbar).

A window or dialog asks for a comfortable size; `fit_to_screen` gives it at most the
screen's free area (the taskbar excluded) less a title bar, and never less than its
layout needs. Long forms scroll (QScrollArea) rather than grow past that; the test
tests/ui/test_fits.py checks every window at both laptop sizes with a 40 px taskbar.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 32  # pixels the window manager adds above a window (Windows 10/11: ~31)


def available(widget: QWidget) -> QRect | None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


def fit_to_screen(widget: QWidget, area: QRect | None = None) -> None:
    """Shrink `widget` (a top-level window) to the free area, keeping what it needs."""
    if area is None:
        if QGuiApplication.platformName() == "offscreen":
            return  # its one 800x800 "screen" is no laptop; tests pass the laptop's area
        area = available(widget)
    if area is None:
        return
    need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    width = max(min(widget.width(), area.width()), need.width())
    height = max(min(widget.height(), area.height() - TITLE_BAR), need.height())
    widget.resize(width, height)
