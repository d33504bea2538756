"""Progress and cancellation for long services (demo data, imports, exports, PDF batches).

A long service takes a `Progress` and calls `step()`; the GUI's runner shows it in a
dialog, the CLI in the terminal. Cancelling raises `Cancelled` at the next step, which a
service only calls between units of work, so a cancel never leaves anything half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.core.errors import N_, TirekError

Report = Callable[[int, int, str], None]


class Cancelled(TirekError):
    def __init__(self) -> None:
        super().__init__(N_("Stopped. Everything finished before stopping is saved."))


class Progress:
    def __init__(self, report: Report | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int, label: str = "") -> None:
        """Report progress; raise `Cancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._report is not None:
            self._report(done, total, label)


NO_PROGRESS = Progress()
