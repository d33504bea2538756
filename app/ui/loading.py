"""A screen's data loading on the one runner, behind a "Loading…" veil.

A screen is painted first; its queries run on the runner's worker thread and their
result is handed to the screen on the GUI thread. While work is pending a veil covers the
screen with "Loading…"; a user's problem (TirekError) stays on the veil in their words.

Without a runner (a widget built on its own, in a test or a dialog) the same fetch and
show run at once, so both ways share one code path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.core.store import Store
from app.ui.errors import error_text
from app.ui.runner import Runner
from app.ui.timers import one_shot

REFRESH_VEIL_MS = 300

VEIL_STYLE = (
    "QLabel#loadingVeil { background: rgba(255, 255, 255, 225); color: #1F2A44; font-size: 12pt; }"
)


class Veil(QLabel):
    """Covers its screen while its data loads; follows the screen's size."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("loadingVeil")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setStyleSheet(VEIL_STYLE)
        self.hide()
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def cover(self, text: str) -> None:
        host = self.parentWidget()
        if host is not None:
            self.setGeometry(host.rect())
        self.setText(text)
        self.raise_()
        self.show()


class Loader(QObject):
    """Loads data for one screen: `load(fetch, show)`; fetch runs on the runner.

    Results come back in the order asked (the runner has one worker), so the last
    answer shown is the answer to the last question. A screen closed meanwhile is left
    alone. `load` may be called from the store's change notice on the worker thread:
    it is then posted to the GUI thread first.
    """

    _posted = Signal(object)

    def __init__(self, host: QWidget, runner: Runner | None) -> None:
        super().__init__(host)
        self.host = host
        self.runner = runner
        self.pending = 0
        self.problem = ""
        self.veil = Veil(host)
        self.first = True
        # A screen already showing its data is veiled only when a refresh runs long.
        self._later = one_shot(self, REFRESH_VEIL_MS, self._cover)
        self._posted.connect(lambda call: call(), Qt.ConnectionType.QueuedConnection)

    @property
    def loading(self) -> bool:
        return self.pending > 0

    def on_gui(self, call: Callable[[], None]) -> None:
        """Call now on the GUI thread, or post it there from the store's worker thread."""
        if QThread.currentThread() == self.thread():
            call()
        else:
            self._posted.emit(call)

    def load(self, fetch: Callable[[], Any], show: Callable[[Any], None]) -> None:
        if self.runner is None:
            show(fetch())
            return
        if QThread.currentThread() != self.thread():
            self._posted.emit(lambda: self.load(fetch, show))
            return
        self.pending += 1
        self.problem = ""
        if self.first:
            self.first = False
            self._cover()
        else:
            self._later.start()
        self.runner.run(
            lambda _progress: fetch(),
            lambda result: self._done(show, result),
            self._failed,
            quiet=True,  # the veil is the progress; no modal dialog over the window
        )

    def _cover(self) -> None:
        if self.pending and not self.problem:
            self.veil.cover(self.tr("Loading…"))

    def _alive(self) -> bool:
        return shiboken6.isValid(self.host) and shiboken6.isValid(self.veil)

    def _done(self, show: Callable[[Any], None], result: Any) -> None:
        if not self._alive():
            return
        self.pending -= 1
        show(result)
        if not self.pending and not self.problem:
            self._later.stop()
            self.veil.hide()

    def _failed(self, err: BaseException) -> None:
        if not self._alive():
            return
        self.pending -= 1
        self.problem = error_text(err)
        self.veil.cover(self.problem)  # stays until a later load succeeds


class LoadingPanel(QWidget):
    """A page or tab that reads the store through its `loader` (on the runner when given)."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, runner: Runner | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.loader = Loader(self, runner)
