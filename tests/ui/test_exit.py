"""The application's end waits for the runner's job in hand (app/ui/runner.py,
`wait_for_workers`): a worker still inside an import or a query while the store closed and
Python finalised crashed the process at exit. Run as `tirek gui` runs, in a process of its
own, since the end of the process is what is tested."""

from __future__ import annotations

from collections.abc import Callable

from app.core.store import Store
from tests.ui.conftest import run_gui_script

# `tirek --home DIR gui` whose window closes (as a user closes it) while a job it gave the
# runner is still running; the job then reads the store, which must still be open.
CLOSE_DURING_A_JOB = """
import sys, threading, time
from PySide6.QtCore import QTimer
import app.ui.main_window as mw

started = threading.Event()
build = mw.MainWindow.__init__

def init(self, store):
    build(self, store)

    def work(progress):
        started.set()
        time.sleep(1.0)  # still running when the window closes
        print("job ended: " + store.identity().device_name, flush=True)

    self.desk.runner.run(work, quiet=True)

    def close_once_started():
        if not started.is_set():
            QTimer.singleShot(5, close_once_started)
            return
        print("window closing", flush=True)
        self.close()

    QTimer.singleShot(0, close_once_started)

mw.MainWindow.__init__ = init
from app.cli.main import main
code = main(["--home", sys.argv[1], "gui"])
print("gui returned", flush=True)
sys.exit(code)
"""


def test_closing_while_a_background_job_runs_waits_for_it_and_exits_cleanly(
    make_store: Callable[..., Store],
) -> None:
    store = make_store(device="Naryn-2")
    home = store.home.root
    store.close()
    done = run_gui_script(CLOSE_DURING_A_JOB, home, smoke=None)
    lines = done.stdout.splitlines()
    assert lines == ["window closing", "job ended: Naryn-2", "gui returned"], done.stdout
