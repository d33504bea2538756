"""Run the real `tirek` command in a subprocess, each installation in its own home."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
    done = tirek(home, *args)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done.stdout


def digest_of(home: Path) -> str:
    out = ok(home, "sync", "status")
    return next(line.split()[1] for line in out.splitlines() if line.startswith("digest:"))
