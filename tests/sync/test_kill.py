"""Killing an import at any point leaves the database as it was; the retry succeeds."""

from __future__ import annotations

import faulthandler
import os
import random
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.services.people import create_person, update_person
from app.core.store import Store
from app.sync import exchange
from app.sync.merge import CRASH_ENV
from tests.conftest import op_count
from tests.sync.cli_helpers import tirek
from tests.sync.helpers import digest, send

MakeStore = Callable[..., Store]
NAMED = ["before-insert", "after-insert", "after-merge", "before-commit"]


def _setup(make_store: MakeStore, tmp_path: Path) -> tuple[Path, Path, str]:
    a, b = make_store("a", "A"), make_store("b", "B")
    shared = [create_person(a, {"full_name": f"Адам {i}"}) for i in range(12)]
    send(a, b, tmp_path / "seed")
    send(b, a, tmp_path / "seed-back")
    for i, pid in enumerate(shared):  # edits of rows B has: recomputed row by row
        update_person(a, pid, {"phone": f"+99655500{i:04d}"})
    for i in range(12):  # new rows: bulk inserted
        create_person(a, {"full_name": f"Жаңы {i}"})
    out = tmp_path / "out"
    out.mkdir()
    path = exchange.export_bundle(a, out, for_peer="B").path
    want = digest(a)
    a.close()
    b.close()
    return b.home.root, path, want


def _killed_import(home: Path, path: Path, point: str) -> None:
    pid = os.fork()
    if pid == 0:  # the child: a fresh connection, killed at `point`
        try:
            faulthandler.disable()  # the child's end is a SIGKILL, not a crash to report
            os.environ[CRASH_ENV] = point
            store = Store.open(home)
            exchange.import_file(store, path)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, point


@pytest.mark.long(9)
def test_sigkill_at_many_points_changes_nothing_and_the_retry_works(
    make_store: MakeStore, tmp_path: Path
) -> None:
    home, path, want = _setup(make_store, tmp_path)
    rows = [f"row:{i}" for i in range(1, 25)]
    points = NAMED + random.Random(7).sample(rows, 18)
    before = Store.open(home)
    d, n = digest(before), op_count(before)
    before.close()
    for point in points:  # each kill leaves the database exactly as it was before the first
        _killed_import(home, path, point)
        after = Store.open(home)
        assert (digest(after), op_count(after)) == (d, n), point
        after.close()
    # Two more through the real command line, killed by the same instrumented points.
    for point in ("after-merge", "row:5"):
        done = tirek(home, "sync", "import", str(path), env={CRASH_ENV: point})
        assert done.returncode == -signal.SIGKILL, done.stderr
    store = Store.open(home)
    assert digest(store) == d
    receipt = exchange.import_file(store, path)
    assert receipt.status == "applied" and receipt.ops_new == 24
    assert digest(store) == want
    store.close()
