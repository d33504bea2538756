"""A donor report that leaves the office: three men among forty women are "<5", and the
totals do not give them back (PDF read with pdftotext, workbook with openpyxl)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.core.services.attendance import mark_attendance
from app.core.services.people import create_person
from app.core.services.projects import create_project
from app.core.services.reference import region_id
from app.core.services.report_cells import report_cells
from app.core.services.reports import Breakdown, DonorReport, ReportScope, donor_report
from app.core.services.trainings import add_session, create_training, enrol
from app.core.store import Store
from app.documents.reports.pdf import write_report_pdf
from app.documents.reports.workbook import write_report_xlsx
from app.documents.results.export import export_framework
from tests.rawdb import connect_raw


@pytest.fixture
def report(store: Store) -> DonorReport:
    project = create_project(store, {"name": "Тынчтык үчүн аялдар", "donor": "UN Women"})
    tid = create_training(
        store,
        {"title": "Gender and peace", "project_id": project, "start_date": "2026-02-02",
         "end_date": "2026-02-03"},
    )  # fmt: skip
    women = [create_person(store, {"full_name": f"Айгүл {i:02d}", "sex": "female"})
             for i in range(40)]  # fmt: skip
    men = [create_person(store, {"full_name": f"Бакыт {i}", "sex": "male"}) for i in range(3)]
    enrol(store, tid, women + men)
    sid = add_session(store, tid, {"date": "2026-02-02"})
    mark_attendance(store, sid, dict.fromkeys(women + men, "present"))
    return donor_report(store, ReportScope(project_id=project))


def test_three_men_are_hidden_and_the_totals_do_not_reveal_them(report: DonorReport) -> None:
    sex = _of(report, "sex")
    assert {g.code: g.participations for g in sex.groups} == {"female": 40, "male": 3}
    cells = next(c for c in report_cells(report, 5) if c.dimension == "sex")
    by_label = {line.label: line for line in cells.lines}
    assert by_label["Male"].participations == "<5"
    # Alone, 43 - 40 would give the 3 back: the women's figure is hidden too ("x": not
    # small, hidden to protect another), and the rates with them.
    assert by_label["Female"].participations == "x"
    assert by_label["Male"].share == "…" and by_label["Female"].share == "…"
    assert cells.total.participations == 43
    # The internal view shows everything.
    inside = next(c for c in report_cells(report, None) if c.dimension == "sex")
    assert {line.label: line.participations for line in inside.lines} == {"Female": 40, "Male": 3}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) missing")
def test_the_pdf_shows_less_than_five(report: DonorReport, tmp_path: Path) -> None:
    out = write_report_pdf(report, tmp_path / "report.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Male\s+<5\s+<5\s+<5", text), text
    assert re.search(r"Female\s+x\s+x\s+x", text), text
    assert re.search(r"Total\s+43\s+43\s+43", text), text
    assert not re.search(r"Male\s+3\b", text) and not re.search(r"Female\s+40\b", text)
    assert "fewer than 5" in text


def test_the_workbook_shows_less_than_five_as_text(report: DonorReport, tmp_path: Path) -> None:
    out = write_report_xlsx(report, tmp_path / "report.xlsx")
    rows = list(load_workbook(out)["Sex"].iter_rows(min_row=2, values_only=True))
    lines = {row[0]: row[1:] for row in rows}
    assert lines["Male"][:3] == ("<5", "<5", "<5")
    assert lines["Female"][:3] == ("x", "x", "x")
    assert lines["Total"][:3] == (43, 43, 43)
    values = [v for row in rows for v in row]
    assert 3 not in values and 40 not in values


def test_an_internal_copy_can_show_all(report: DonorReport, tmp_path: Path) -> None:
    out = write_report_xlsx(report, tmp_path / "inside.xlsx", threshold=None)
    lines = {r[0]: r[1:] for r in load_workbook(out)["Sex"].iter_rows(min_row=2, values_only=True)}
    assert lines["Male"][:3] == (3, 3, 3)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) missing")
def test_the_results_pdf_hides_a_small_region(store: Store, tmp_path: Path) -> None:
    project = create_project(store, {"name": "Local voices"})
    tid = create_training(
        store,
        {"title": "Councils", "project_id": project, "region_id": region_id("naryn"),
         "start_date": "2026-04-02", "end_date": "2026-04-02"},
    )  # fmt: skip
    people = [create_person(store, {"full_name": f"Нургүл {i}", "sex": "female"}) for i in range(3)]
    enrol(store, tid, people)
    sid = add_session(store, tid, {"date": "2026-04-02"})
    mark_attendance(store, sid, dict.fromkeys(people, "present"))
    out = export_framework(store, project, ["2026"], tmp_path / "framework.pdf")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "1 · <5 · 0" in text, text
    assert "1 · 3 · 0" not in text
    with connect_raw(store.home.database) as db:
        logged = db.execute("SELECT action, what FROM access_log").fetchall()
    assert logged == [("export", "results framework: framework.pdf")]


def _of(report: DonorReport, dimension: str) -> Breakdown:
    """One breakdown of the report, as the PDF and the cells go through them."""
    return next(b for b in report.breakdowns if b.dimension == dimension)
