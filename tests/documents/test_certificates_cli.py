"""`tirek certificates`, `verify`, `sheet` and `minutes` as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from app.core.store import Store
from tests.documents.cert_fixtures import (
    KYRGYZ_NAMES,
    make_approved_meeting,
    make_training,
    mark_all,
)
from tests.documents.pdfcheck import pages_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ready(store: Store) -> tuple[Store, str, str, str]:
    s = make_training(store)
    mark_all(store, s)
    meeting = make_approved_meeting(store)
    return store, s.training_id, s.session_ids[0], meeting


def _home(store: Store) -> str:
    return str(store.home.root)


def test_certificates_print_one_line_each_then_verify(
    ready: tuple[Store, str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, training, _, _ = ready
    out = tmp_path / "all.pdf"
    rc = main(
        ["--home", _home(store), "certificates", "--training", training, "--out", str(out),
         "--lang", "ky+ru", "--each", str(tmp_path / "each"), "--org-name", "Аялдар форуму",
         "--signatory", "Гүлнара Төлөгөнова | Директор"]
    )  # fmt: skip
    assert rc == 0
    lines = [x for x in capsys.readouterr().out.strip().splitlines() if "\t" in x]
    assert len(lines) == len(KYRGYZ_NAMES)
    number, code, name = lines[0].split("\t")
    assert name in KYRGYZ_NAMES and code.startswith(number + "-") and len(code) == 18
    assert main(["--home", _home(store), "register", "--training", training]) == 0
    register = capsys.readouterr().out.splitlines()
    assert f"{number}\t{code}\t{name}\t" in "\n".join(register)
    assert register[-1] == f"{len(KYRGYZ_NAMES)} certificate(s)."
    assert len(list((tmp_path / "each").glob("*.pdf"))) == len(KYRGYZ_NAMES)
    assert "Гүлнара Төлөгөнова" in pages_text(out)[0]
    assert main(["--home", _home(store), "verify", *code.split()]) == 0
    said = capsys.readouterr().out
    assert said.startswith("VALID:") and f"name:         {name}" in said
    assert main(["--home", _home(store), "verify", str(out)]) == 0
    assert capsys.readouterr().out.count("VALID:") == len(KYRGYZ_NAMES)


def test_verify_rejections_exit_non_zero(
    ready: tuple[Store, str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    store, *_ = ready
    assert main(["--home", _home(store), "verify", "ABCDE-12345"]) == 1
    assert capsys.readouterr().out.startswith("DAMAGED:")


def test_sheet_and_minutes(
    ready: tuple[Store, str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, _, session, meeting = ready
    sheet, minutes = tmp_path / "sheet.pdf", tmp_path / "minutes.pdf"
    assert main(["--home", _home(store), "sheet", "--session", session, "--out", str(sheet)]) == 0
    assert (
        main(["--home", _home(store), "minutes", "--meeting", meeting, "--out", str(minutes)]) == 0
    )
    assert "Лист регистрации" in pages_text(sheet)[0]
    assert "Протокол встречи" in pages_text(minutes)[0]
    assert "saved" in capsys.readouterr().out


def test_user_errors_are_one_line(
    ready: tuple[Store, str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, training, *_ = ready
    home = _home(store)
    assert main(["--home", home, "certificates", "--training", training]) == 2
    assert "--out FILE.pdf or --each DIR" in capsys.readouterr().err
    missing = str(tmp_path / "no" / "such" / "x.pdf")
    assert main(["--home", home, "certificates", "--training", training, "--out", missing]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert (
        main(
            ["--home", home, "certificates", "--training", "nope", "--out", str(tmp_path / "x.pdf")]
        )
        == 2
    )
    assert "No training" in capsys.readouterr().err
    from datetime import date

    from app.core.services import meetings

    draft = meetings.create_meeting(store, {"kind": "ngo", "title": "D", "date": date(2026, 1, 1)})
    assert (
        main(["--home", home, "minutes", "--meeting", draft, "--out", str(tmp_path / "m.pdf")]) == 2
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not approved yet" in err


@pytest.mark.slow
def test_a_real_process_prints_certificates(
    ready: tuple[Store, str, str, str], tmp_path: Path
) -> None:
    store, training, *_ = ready
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("TIREK_HOME", None)
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--home", _home(store), "certificates",
         "--training", training, "--out", str(tmp_path / "c.pdf"), "--lang", "en"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert [line.split("\t")[2] for line in proc.stdout.splitlines() if "\t" in line] == [
        p for p in sorted(KYRGYZ_NAMES, key=lambda n: n.casefold().replace("ё", "е"))
    ]
