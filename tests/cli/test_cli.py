"""The `tirek` command as a user runs it: real home folders, in this process or a real one."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core import database
from app.core.digest import state_digest
from app.core.models import SYNCABLE, Op
from app.core.store import Store
from tests.cli_runner import tirek as run_in_process
from tests.cli_runner import tirek_process
from tests.rawdb import connect_raw

ROOT = Path(__file__).resolve().parents[2]


def tirek(
    home: Path, *args: str, check: bool = True, process: bool = False
) -> subprocess.CompletedProcess[str]:
    """The command in this process, or with `process=True` in a real one."""
    proc = (tirek_process if process else run_in_process)(home, *args)
    if check and proc.returncode != 0:
        raise AssertionError(f"tirek {args} failed ({proc.returncode}): {proc.stderr}")
    return proc


def test_init_demo_info(tmp_path: Path) -> None:
    home = tmp_path / "T"
    out = tirek(home, "init", "--device-name", "Osh-1").stdout
    assert "Osh-1 (trainer)" in out
    out = tirek(home, "demo", "--scale", "small").stdout
    assert "400 people" in out
    info = tirek(home, "info").stdout
    assert f"home folder:    {home}" in info
    assert f"schema version: {'+'.join(sorted(database.head_revisions()))}" in info
    assert "Osh-1 (trainer)" in info
    counts = {
        line.split()[0]: int(line.split()[1]) for line in info.splitlines() if line.startswith("  ")
    }
    assert counts["person"] == 400 and counts["training"] == 30
    assert counts["attendance_mark"] == counts["enrolment"] * 3
    assert counts["meeting"] == 24 and counts["region"] == 9
    again = tirek(home, "demo", "--scale", "small")
    assert "already here" in again.stdout


def test_demo_is_deterministic_and_went_through_the_op_log(tmp_path: Path) -> None:
    digests, stores = [], []
    for name in ("a", "b"):
        store = Store.open(tmp_path / name)
        store.initialise(f"Laptop-{name}")
        from app.core.demo import load_demo

        load_demo(store, "small", seed=7)
        stores.append(store)
        with store.read() as s:
            # created_on names the laptop that created a record: it differs by design.
            digests.append(state_digest(s, exclude={"created_on"}))
    assert digests[0] == digests[1]
    with stores[0].read() as s:
        created = s.scalar(select(func.count()).select_from(Op).where(Op.kind == "create"))
        rows = sum(
            s.scalar(select(func.count()).select_from(m.__table__)) or 0  # type: ignore[attr-defined]
            for name, m in SYNCABLE.items()
            if name not in {"region", "district", "topic"}  # shipped, not created here
        )
    assert created == rows > 3000
    for store in stores:
        store.close()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["demo", "--scale", "huge"], "invalid choice: 'huge'"),
        (["demo"], "not set up yet"),
        (["init", "--device-name", " "], "Give this laptop a name"),
    ],
)
def test_user_errors_are_one_clear_line(tmp_path: Path, args: list[str], words: str) -> None:
    proc = tirek(tmp_path / "h", *args, check=False)
    assert proc.returncode == 2
    assert words in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


def test_a_file_as_home_folder_is_a_clear_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    proc = tirek(not_a_folder, "info", check=False)
    assert proc.returncode == 2
    assert (
        proc.stderr.strip() == f"tirek: {not_a_folder} is a file, not a folder. "
        "Choose a folder for Tirek."
    )


@pytest.mark.slow  # real processes
def test_init_twice_is_refused(tmp_path: Path) -> None:
    # A real process (the basic commands' one): the exit code and stderr as a shell sees them.
    # Without the suite's cheaper key derivation (tests/conftest.py): the key file made and
    # opened here has the production cost.
    production = {"TIREK_TEST_SCRYPT_N": ""}
    home = tmp_path / "h"
    args = ("init", "--device-name", "Naryn-2", "--role", "coordinator")
    done = tirek_process(home, *args, env=production)
    assert done.returncode == 0, done.stderr
    kdf = json.loads((home / "tirek.key").read_text())["kdf"]
    assert (kdf["name"], kdf["n"], kdf["r"], kdf["p"]) == ("scrypt", 2**17, 8, 1)
    proc = tirek_process(home, "init", "--device-name", "Other", env=production)
    assert proc.returncode == 2 and "already set up as Naryn-2" in proc.stderr
    assert proc.stdout == "" and "Traceback" not in proc.stderr


def _count(db: Path, table: str) -> int:
    try:
        with connect_raw(f"file:{db}?mode=ro", uri=True, timeout=5) as raw:
            return int(raw.execute(f"select count(*) from {table}").fetchone()[0])
    except sqlite3.Error:
        return 0


# `tirek demo --scale large` with its people cut to one batch (demo.BATCH): killed among
# the trainings' batches (six tables in each transaction) without first writing 100,000
# people, which took about 30 s. The `person` case runs the unchanged `python -m app`.
ONE_BATCH_OF_PEOPLE = """
import dataclasses, sys
from app.core import demo
demo.SCALES["large"] = dataclasses.replace(demo.SCALES["large"], people=demo.BATCH)
from app.cli.main import main
raise SystemExit(main(sys.argv[1:]))
"""


@pytest.mark.slow
@pytest.mark.long(6)
@pytest.mark.parametrize("kill_when", ["person", "training"])
def test_killing_a_large_demo_leaves_a_sound_database(tmp_path: Path, kill_when: str) -> None:
    home = tmp_path / "big"
    tirek(home, "init", "--device-name", "Big")
    start = ["-m", "app"] if kill_when == "person" else ["-c", ONE_BATCH_OF_PEOPLE]
    proc = subprocess.Popen(
        [sys.executable, *start, "--home", str(home), "demo", "--scale", "large"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    db = home / "tirek.sqlite3"
    deadline = time.monotonic() + 240
    while _count(db, kill_when) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL  # killed half-way, not finished
    with connect_raw(db) as raw:
        assert raw.execute("pragma integrity_check").fetchone() == ("ok",)
    store = Store.open(home)
    try:
        counts = store.row_counts()
        assert counts[kill_when] > 0
        # Whole batches only: every row that is there came with its op.
        made = sum(
            v for k, v in counts.items() if k not in {"op_log", "region", "district", "topic"}
        )
        assert counts["op_log"] == made
    finally:
        store.close()
