"""The ONE runner for background work: a database worker thread (and one for long reads).

Work is serialised (SQLite prefers one writer), results and errors come back on the GUI
thread, and a progress dialog appears only when the work lasts longer than ~0.6 s, with
Cancel calling `Progress.cancel()` (the service stops between units of work). Long reads
that write nothing (`reading=True`: the Sync page's state digest, which reads every
record, seconds on a large installation) go to a second worker of their own, so that they
never hold up what the user asks for next (in WAL mode a read and a write do not wait for
each other); a reload cancels the read it replaces through its `Progress`.

Closing a window never waits for the worker: `shutdown()` cancels the jobs (a service stops
at its next step), drops the queued ones and returns at once. The application's end does
wait, a bounded time, for every worker to finish its job in hand (`wait_for_workers`,
called by app/ui/app.py before the store is closed): a worker still inside an import or a
query while the store closes and Python finalises its modules crashed the process at exit
(a segfault after the window was gone). The workers stay daemon threads, so a job that
outlasts the wait cannot keep the process alive; a write it was in the middle of is one
transaction, which SQLite rolls back when it is abandoned, so nothing half-written stays.

Only errors a user can act on (TirekError) and cancellation reach `on_error`; any other
error is a bug: its traceback goes to tirek.log and the one crash dialog shows
(app/ui/errors.py), whatever the caller asked for.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.core.errors import TirekError
from app.core.progress import Cancelled, Progress
from app.ui.errors import report_bug, show_error

log = logging.getLogger("tirek.ui")

SHOW_AFTER_MS = 600
# At exit: how long to wait for the jobs in hand (cancelled; imports are short) to end.
EXIT_WAIT_S = 10.0

_stopping: list[threading.Thread] = []  # the workers of runners shut down, until they end


def wait_for_workers(timeout: float = EXIT_WAIT_S) -> bool:
    """At the application's end, after every runner's `shutdown()`: wait up to `timeout` s
    in all for the workers to finish their job in hand. False when one is still running."""
    deadline = time.monotonic() + timeout
    for worker in list(_stopping):
        worker.join(max(0.0, deadline - time.monotonic()))
        if worker.is_alive():
            log.warning("a background job was still running at exit")
            return False
        _stopping.remove(worker)
    return True


class _Job:
    def __init__(
        self,
        job_id: int,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        label: str,
        cancellable: bool,
    ) -> None:
        self.id = job_id
        self.on_done = on_done
        self.on_error = on_error
        self.label = label
        self.cancellable = cancellable
        self.progress = Progress()
        self.dialog: QProgressDialog | None = None
        self.timer: QTimer | None = None


class Runner(QObject):
    finished = Signal(int, object, object)  # job id, result, error (from the worker)
    reported = Signal(int, int, int, str)  # job id, done, total, label
    idle_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._queue: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._worker = threading.Thread(
            target=self._serve, args=(self._queue,), name="tirek-db", daemon=True
        )
        self._worker.start()
        self._read_queue: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._reader: threading.Thread | None = None  # started with the first long read
        self._jobs: dict[int, _Job] = {}
        self._next = 0
        self._closed = False
        # Held while the worker checks `_closed` and emits, and while `shutdown` sets it: once
        # shutdown has returned no signal leaves the worker, so the window (and this runner
        # with it) may be deleted without a late emit reaching a destroyed object.
        self._gate = threading.Lock()
        self.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self.reported.connect(self._report, Qt.ConnectionType.QueuedConnection)

    @property
    def idle(self) -> bool:
        return not self._jobs

    def run(
        self,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
        cancellable: bool = False,
        quiet: bool = False,
        reading: bool = False,
    ) -> Progress:
        """Run `work(progress)` on the database worker; callbacks run on the GUI thread.

        `reading`: long work that writes nothing, on the second worker (see above).
        After `shutdown()` (the window closed) new work is ignored.
        """
        if self._closed:
            return Progress()
        self._next += 1
        job = _Job(self._next, on_done, on_error, label, cancellable)
        job.progress = Progress(lambda d, t, text: self._emit(self.reported, job.id, d, t, text))
        self._jobs[job.id] = job
        job.timer = QTimer(self)
        job.timer.setSingleShot(True)
        job.timer.timeout.connect(lambda: self._show_dialog(job))
        if not quiet:  # quiet work (automatic backups) never raises a dialog
            job.timer.start(SHOW_AFTER_MS)
        if len(self._jobs) == 1:
            self.idle_changed.emit(False)

        def call() -> None:
            if self._closed:  # the window closed while this waited its turn
                return
            try:
                result = work(job.progress)
            except BaseException as err:  # delivered to the GUI thread, never lost
                self._deliver(job.id, None, err)
            else:
                self._deliver(job.id, result, None)

        if reading and self._reader is None:
            self._reader = threading.Thread(
                target=self._serve, args=(self._read_queue,), name="tirek-read", daemon=True
            )
            self._reader.start()
        (self._read_queue if reading else self._queue).put(call)
        return job.progress

    def _serve(self, jobs: queue.SimpleQueue[Callable[[], None] | None]) -> None:
        while True:
            call = jobs.get()
            if call is None:
                return
            call()

    def _deliver(self, job_id: int, result: Any, err: BaseException | None) -> None:
        self._emit(self.finished, job_id, result, err)

    def _emit(self, signal: Any, *args: Any) -> None:
        """From the worker: emit unless the runner is shut down (nobody waits any more)."""
        with self._gate:
            if self._closed:
                return
            try:
                signal.emit(*args)
            except RuntimeError:  # the runner itself was deleted meanwhile
                log.info("a background result came after its window closed")

    def _show_dialog(self, job: _Job) -> None:
        if job.id not in self._jobs:
            return
        text = job.label or self.tr("Working…")
        dialog = QProgressDialog(
            text, self.tr("Cancel") if job.cancellable else "", 0, 0, self._parent
        )
        if not job.cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(job.progress.cancel)
        job.dialog = dialog
        dialog.show()

    def _report(self, job_id: int, done: int, total: int, text: str) -> None:
        job = self._jobs.get(job_id)
        if job is None or job.dialog is None:
            return
        job.dialog.setMaximum(max(total, 0))
        job.dialog.setValue(min(done, total))
        if text:
            job.dialog.setLabelText(text)

    def _finish(self, job_id: int, result: Any, err: BaseException | None) -> None:
        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        if job.timer is not None:
            job.timer.stop()
        if job.dialog is not None:
            job.dialog.canceled.disconnect()
            job.dialog.close()
            job.dialog.deleteLater()
        if not self._jobs:
            self.idle_changed.emit(True)
        if err is None:
            if job.on_done is not None:
                job.on_done(result)
        elif not isinstance(err, Cancelled | TirekError):
            report_bug(err)
        elif job.on_error is not None:
            job.on_error(err)
        else:
            show_error(self._parent, err)

    def wait(self) -> None:
        """Block until queued work is done (tests); callbacks still come later."""
        if self._closed:
            return
        for jobs in (self._queue, self._read_queue) if self._reader else (self._queue,):
            done = threading.Event()
            jobs.put(done.set)
            done.wait()

    def shutdown(self) -> None:
        """Stop at once, never waiting: jobs under way are cancelled (a service stops at
        its next step and its unit of work rolls back), queued ones are dropped, and no
        callback comes any more."""
        with self._gate:
            if self._closed:
                return
            self._closed = True
        for job in self._jobs.values():
            job.progress.cancel()
            if job.timer is not None:
                job.timer.stop()
            if job.dialog is not None:
                job.dialog.close()
        if self._jobs:
            self._jobs.clear()
            self.idle_changed.emit(True)
        self._queue.put(None)  # the worker ends after the job in hand
        _stopping.append(self._worker)  # which the application's end waits for
        if self._reader is not None:
            self._read_queue.put(None)
            _stopping.append(self._reader)

    def join(self, timeout: float) -> bool:
        """After shutdown: wait up to `timeout` s for the workers to end (tests only)."""
        workers = [self._worker, *([self._reader] if self._reader else [])]
        for worker in workers:
            worker.join(timeout)
        return not any(worker.is_alive() for worker in workers)
