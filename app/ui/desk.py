"""What every screen shares: the store, the one runner, name lookups, and ONE signal.

`data_changed` carries the set of record kinds a commit touched (store.subscribe). The
store may notify from the runner's thread; the signal is re-emitted on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from app.core.store import Store
from app.ui.lookups import Lookups
from app.ui.runner import Runner


class Desk(QObject):
    data_changed = Signal(object)  # frozenset[str] of entity names
    _from_store = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = Runner(parent)
        self.lookups = Lookups(store)
        self._closed = False
        self._from_store.connect(self._relay, Qt.ConnectionType.QueuedConnection)
        store.subscribe(self._on_commit)

    def _on_commit(self, kinds: frozenset[str]) -> None:
        self._from_store.emit(kinds)

    def _relay(self, kinds: frozenset[str]) -> None:
        self.lookups.changed(kinds)
        self.data_changed.emit(kinds)

    def close(self) -> None:
        """Never waits for the runner's job in hand (see Runner.shutdown); twice is once."""
        if self._closed:
            return
        self._closed = True
        self.store.unsubscribe(self._on_commit)
        self.runner.shutdown()
