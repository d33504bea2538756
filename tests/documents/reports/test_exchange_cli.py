"""`tirek report`, `duplicates`, `import people` and `export` as a user runs them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli.main import main
from app.core.store import Store
from tests.rawdb import connect_raw


@pytest.fixture
def home(make_demo_store: Callable[..., Store], tmp_path: Path) -> Path:
    make_demo_store("cli", seed=4, role="coordinator").close()
    return tmp_path / "cli"


def run(home: Path, *args: str) -> int:
    return main(["--home", str(home), *args])


def test_report_as_pdf_and_xlsx(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with connect_raw(home / "tirek.sqlite3") as db:
        project = db.execute("SELECT row_text(id) FROM project LIMIT 1").fetchone()[0]
    assert (
        run(
            home,
            "report",
            "--project",
            project,
            "--format",
            "pdf",
            "--out",
            str(tmp_path / "r.pdf"),
        )
        == 0
    )
    assert len(PdfReader(str(tmp_path / "r.pdf")).pages) >= 3
    out = tmp_path / "p.xlsx"
    assert run(home, "report", "--from", "2025-01-01", "--to", "2025-12-31", "--out", str(out)) == 0
    assert out.stat().st_size > 0
    assert run(home, "report", "--out", str(tmp_path / "x.xlsx")) == 2
    assert "Choose a project or a period" in capsys.readouterr().err
    assert run(home, "report", "--project", project, "--age-bands", "old", "--out", str(out)) == 2


def test_duplicates_find_merge_unmerge(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "twins.csv"
    # Two districts: otherwise the import itself sees one woman written twice (a repeat).
    csv.write_text(
        "ФИО,Телефон,Район\nАйгүл Бекова,0555 000 111,Араван району\n"
        "Aigul Bekova,+996555000111,Ноокат району\n",
        "utf-8",
    )
    assert run(home, "import", "people", str(csv)) == 0
    assert "Nothing written" in capsys.readouterr().out
    assert run(home, "import", "people", str(csv), "--accept") == 0
    assert "Imported 2 people" in capsys.readouterr().out
    assert run(home, "duplicates", "find") == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if "Aigul Bekova" in ln]
    assert len(lines) == 1 and "same_phone" in lines[0]
    _score, a, _na, b, _nb, _why = lines[0].split("\t")
    assert run(home, "duplicates", "merge", a, b) == 0
    assert run(home, "duplicates", "merge", a, b) == 2  # already merged
    assert run(home, "duplicates", "unmerge", a) == 0
    assert run(home, "duplicates", "not-same", a, b) == 0
    capsys.readouterr()
    assert run(home, "duplicates", "find") == 0
    assert "Aigul Bekova" not in capsys.readouterr().out


def test_export_every_list_in_every_format(home: Path, tmp_path: Path) -> None:
    for what in ("people", "trainings", "attendance", "meetings", "all"):
        for fmt in ("csv", "xlsx", "json"):
            out = tmp_path / f"{what}.{fmt}"
            assert run(home, "export", what, "--format", fmt, "--out", str(out)) == 0
            assert out.stat().st_size > 0
    data = json.loads((tmp_path / "all.json").read_text("utf-8"))
    assert len(data["tables"]["attendance_mark"]) == 1800
