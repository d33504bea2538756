"""`tirek ... | head -1`: when the reader closes the pipe early, the command ends quietly."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import EXIT_BROKEN_PIPE, main
from tests.cli_runner import ROOT, tirek


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_output_ends_quietly_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert tirek(tmp_path / "h", "init", "--device-name", "Osh-1").returncode == 0
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["--home", str(tmp_path / "h"), "info"]) == EXIT_BROKEN_PIPE
    assert capsys.readouterr().err == ""  # no "unexpected error", no traceback
    assert not (tmp_path / "h" / "logs" / "tirek.log").read_text(encoding="utf-8").count("Error")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_a_real_process_whose_reader_went_away(tmp_path: Path) -> None:
    assert tirek(tmp_path / "h", "init", "--device-name", "Osh-1").returncode == 0
    env = {k: v for k, v in os.environ.items() if k != "TIREK_HOME"}
    with subprocess.Popen(
        [sys.executable, "-m", "app", "--home", str(tmp_path / "h"), "info"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before the command writes its first line
        err = proc.stderr.read()
        assert proc.wait(timeout=120) == EXIT_BROKEN_PIPE
    assert err == b""
