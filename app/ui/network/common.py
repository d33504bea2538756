"""Small pieces the network screens share: status words and the region chooser."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.core.services.reference import list_regions
from app.core.store import Store

_STATUS = {
    "not_started": QT_TRANSLATE_NOOP("network", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("network", "In progress"),
    "delayed": QT_TRANSLATE_NOOP("network", "Delayed"),
    "achieved": QT_TRANSLATE_NOOP("network", "Achieved"),
    "no_data": QT_TRANSLATE_NOOP("network", "No data"),
}


def status_word(code: str) -> str:
    """The shown (translated) word of a NAP status code."""
    return QCoreApplication.translate("network", _STATUS.get(code, code))


class Chooser(QComboBox):
    """A combo box whose items carry Python values (ids, codes, or None for "all").

    The values are kept in a Python list rather than as Qt item data: reading None back
    through `currentData()` many times upsets PySide6's reference counting.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []

    def add(self, text: str, value: Any) -> None:
        self._values.append(value)
        self.addItem(text)

    def reset(self) -> None:
        self._values.clear()
        self.clear()

    def value(self) -> Any:
        i = self.currentIndex()
        return self._values[i] if 0 <= i < len(self._values) else None

    def index_of(self, value: Any) -> int:
        return self._values.index(value) if value in self._values else -1

    def select(self, value: Any) -> None:
        """Choose the item with this value (the first item if there is none)."""
        self.setCurrentIndex(max(0, self.index_of(value)))


def region_combo(store: Store, all_label: str | None, parent: QWidget | None = None) -> Chooser:
    """A chooser of regions (value: the region id); `all_label` adds an "all" entry (None)."""
    box = Chooser(parent)
    if all_label is not None:
        box.add(all_label, None)
    for r in list_regions(store):
        box.add(r.name_en, r.id)
    return box


def follow_changes(store: Store, method: Callable[[frozenset[str]], None]) -> None:
    """Call a widget's `method` on every store change while the widget lives.

    Held weakly: a closed widget is not kept alive by the store, and its listener removes
    itself at the next change (no signal from `destroyed`, which may come too late).
    """
    ref = weakref.WeakMethod(method)

    def listener(changed: frozenset[str]) -> None:
        bound = ref()
        if bound is None or not shiboken6.isValid(bound.__self__):
            store.unsubscribe(listener)
            return
        bound(changed)

    store.subscribe(listener)
