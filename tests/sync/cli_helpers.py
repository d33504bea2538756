"""Run the `tirek` command, each installation in its own home.

`tirek` starts a real process (tests/sync/test_kill.py kills it); `ok` and `digest_of` run
the command in this process (tests/cli_runner.py), which is the same code without the cost
of starting Python each time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli_runner import tirek as in_process

ROOT = Path(__file__).resolve().parents[2]


def tirek(
    home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--home", str(home), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def ok(home: Path, *args: str) -> str:
    done = in_process(home, *args)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done.stdout


def digest_of(home: Path) -> str:
    out = ok(home, "sync", "status")
    return next(line.split()[1] for line in out.splitlines() if line.startswith("digest:"))
