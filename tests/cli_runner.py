"""Run the `tirek` command as a user runs it, in this process or in a real one.

`tirek()` calls `app.cli.main.main([...])` in-process: the same parser, handlers, exit
codes and words on stdout/stderr, without paying ~0.7 s to start Python and import the app
for every command. `tirek_process()` starts the real `python -m app`; each command group
keeps one test through it (tests/cli/test_processes.py), so the entry point, the exit code
as the shell sees it and what reaches the real stdout/stderr stay tested.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def _environment(changes: Mapping[str, str | None]) -> Iterator[None]:
    before = {name: os.environ.get(name) for name in changes}
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def tirek(
    home: Path | str, *args: str, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`tirek --home HOME ARGS...` in this process: exit code, stdout and stderr as text.

    Standard input is empty and not a terminal, as in a script or CI.
    """
    from app.cli.main import main

    argv = ["--home", str(home), *args]
    out, err = io.StringIO(), io.StringIO()
    changes: dict[str, str | None] = {"TIREK_HOME": None, **(env or {})}
    stdin = sys.stdin
    sys.stdin = io.StringIO("")
    try:
        with (
            _environment(changes),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            try:
                code = main(argv)
            except SystemExit as stop:  # argparse: --help, --version, usage errors
                code = stop.code if isinstance(stop.code, int) else int(stop.code is not None)
    finally:
        sys.stdin = stdin
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())


def tirek_process(
    home: Path | str, *args: str, env: Mapping[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """The real command in a new process (`python -m app`), from the checkout."""
    full = {k: v for k, v in os.environ.items() if k != "TIREK_HOME"}
    full.update({"QT_QPA_PLATFORM": "offscreen", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "app", "--home", str(home), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )
