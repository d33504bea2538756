"""The frozen bundle, as a field laptop runs it: migrate, open the window, record a training.

Uses the bundle in dist/tirek (what `make bundle` builds) and builds it first when it is
missing or was built from other inputs (tests/bundle/inputs.py), so `make test` on a fresh
clone checks the real thing (the build takes about half a minute). A local re-run skips
these tests while the inputs are those they last passed with (tests/bundle/conftest.py).
Runs from a folder outside the checkout and without PYTHONPATH: everything must come from
the bundle itself.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import database
from tests.bundle import inputs
from tests.rawdb import connect_raw

ROOT = inputs.ROOT
BUNDLE = ROOT / "dist" / "tirek"
EXE = BUNDLE / ("tirek.exe" if sys.platform == "win32" else "tirek")
# The same build as `make bundle`.
PYINSTALLER_ARGS = (
    "--noconfirm",
    "--log-level=WARN",
    "--distpath=dist",
    "--workpath=build/pyinstaller",
    "build_spec/tirek.spec",
)

# `make test` runs on every core (pytest-xdist): if these tests land on two workers, the
# build lock below makes the second wait for the first one's build instead of building again.
pytestmark = [pytest.mark.slow, pytest.mark.long(90)]  # when it builds


@contextlib.contextmanager
def build_lock() -> Iterator[None]:
    """One build at a time (two test runs at once would write the same folder)."""
    (ROOT / "build").mkdir(exist_ok=True)
    with open(ROOT / "build" / "bundle.lock", "w") as fh:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: CI builds once
            yield
            return
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@pytest.fixture(scope="module")
def bundle() -> Path:
    with build_lock():
        if not EXE.exists() or inputs.recorded(inputs.BUILT_FROM) != inputs.digest():
            inputs.BUILT_FROM.unlink(missing_ok=True)
            proc = subprocess.run(
                [sys.executable, "-m", "PyInstaller", *PYINSTALLER_ARGS],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=1200,
            )
            assert proc.returncode == 0, f"the bundle did not build:\n{proc.stderr[-4000:]}"
            inputs.record(inputs.BUILT_FROM)
    assert EXE.exists()
    return EXE


def run(exe: Path, home: Path, *args: str, smoke: bool = False) -> subprocess.CompletedProcess[str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TIREK_HOME", "VIRTUAL_ENV")
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    if smoke:
        env["TIREK_SMOKE_EXIT"] = "1"
    proc = subprocess.run(
        [str(exe), "--home", str(home), *args],
        cwd=home.parent,  # not the checkout: the bundle must not lean on source files
        env=env,
        capture_output=True,
        text=True,
        timeout=120 if smoke else 300,
    )
    assert proc.returncode == 0, f"tirek {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}"
    return proc


def record_counts(info: str) -> dict[str, int]:
    return {
        line.split()[0]: int(line.split()[1]) for line in info.splitlines() if line.startswith("  ")
    }


def test_the_bundle_migrates_opens_the_window_and_records_a_training(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "fresh home"
    home.mkdir()
    # The catalogues travel in the bundle: ask for Kyrgyz before the first start.
    # The laptop has joined its network already, as a coordinator's invitation leaves it
    # (the wizard cannot finish without a network: docs/documents.md, "Who may issue").
    (home / "settings.ini").write_text(
        "[interface]\nlanguage = ky\n\n[network]\nid = 0A0B0C0D\n", encoding="utf-8"
    )
    # No command: the desktop window. A fresh home first shows the first-run wizard.
    # TIREK_SMOKE_EXIT=1 makes app/ui/app.py `run()` paint the wizard and finish it as it
    # stands, then paint the main window once and quit; without that hook the window would
    # stay open until the timeout.
    window = run(bundle, home, smoke=True)
    assert "smoke: first-run wizard painted" in window.stdout, window.stdout + window.stderr
    assert "smoke: main window painted" in window.stdout, window.stdout + window.stderr
    assert "in ky: Тренингдер" in window.stdout, window.stdout  # Kyrgyz, from the bundle
    assert "(trainer)" in run(bundle, home, "info").stdout  # the wizard set the laptop up

    added = run(
        bundle,
        home,
        "training",
        "add",
        "--title",
        "Smoke training",
        "--start",
        "2026-03-02",
        "--end",
        "2026-03-03",
        "--region",
        "osh",
    )
    assert "Training recorded" in added.stdout

    info = run(bundle, home, "info").stdout
    # Every migration shipped and ran: the schema is at the checkout's heads.
    assert f"schema version: {'+'.join(sorted(database.head_revisions()))}" in info
    counts = record_counts(info)
    assert counts["training"] == 1
    assert counts["region"] == 9  # reference data shipped and loaded

    # The backup API works frozen too: back up, restore, same data, new replica.
    made = run(bundle, home, "backup").stdout
    backup_file = made.split("Backup made: ", 1)[1].splitlines()[0].strip()
    restored = run(bundle, home, "restore", backup_file, "--yes").stdout
    assert "New replica id" in restored
    assert record_counts(run(bundle, home, "info").stdout) == counts


def test_the_bundle_ships_migrations_reference_data_fonts_and_translations(bundle: Path) -> None:
    internal = bundle.parent / "_internal"  # sys._MEIPASS of a one-folder build
    for folder in ("db", "resources"):
        wanted = {
            p.relative_to(ROOT)
            for p in (ROOT / folder).rglob("*")
            if p.is_file()
            and "__pycache__" not in p.parts
            and p.suffix not in (".pyc", ".ts")
            and not p.name.startswith(".")
        }
        shipped = {p.relative_to(internal) for p in (internal / folder).rglob("*") if p.is_file()}
        assert wanted <= shipped, f"not shipped: {sorted(map(str, wanted - shipped))}"


def test_the_bundle_prints_and_verifies_certificates(bundle: Path, tmp_path: Path) -> None:
    # Fonts, reportlab (with its QR code modules), pypdf and the signatures, all frozen.
    home = tmp_path / "demo"
    run(bundle, home, "init", "--device-name", "Smoke-2", "--role", "coordinator", "--new-network")
    run(bundle, home, "demo", "--scale", "small")
    conn = connect_raw(home / "tirek.sqlite3")
    try:
        (training,) = conn.execute(
            "SELECT row_text(training_id) FROM enrolment GROUP BY training_id "
            "ORDER BY training_id LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    pdf = tmp_path / "certificates.pdf"
    run(bundle, home, "certificates", "--training", training, "--out", str(pdf), "--lang", "ky",
        "--org-name", "Forum of women's NGOs")  # fmt: skip
    assert pdf.read_bytes().startswith(b"%PDF")
    verified = run(bundle, home, "verify", str(pdf)).stdout
    assert "VALID" in verified and "NOT VALID" not in verified
