"""`tirek assessment`, `tirek nap` and `tirek region` as a user runs them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.core.services import nap
from app.core.services.assessments import list_assessments
from app.core.services.reference import list_regions
from app.core.services.trainings import list_trainings
from app.core.store import Store
from tests.cli.test_cli import tirek
from tests.documents.pdfcheck import pages_text
from tests.network.helpers import make_org

pytestmark = pytest.mark.slow  # demo data and many commands


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("net") / "T"
    tirek(home, "init", "--device-name", "Osh-1")
    tirek(home, "demo")
    return home


def test_nap_template_import_progress_link_and_report(demo_home: Path, tmp_path: Path) -> None:
    template = tmp_path / "nap.xlsx"
    assert "Template saved" in tirek(demo_home, "nap", "template", str(template)).stdout
    wb = load_workbook(template)
    for row in wb["Example"].iter_rows(min_row=2, values_only=True):
        wb["Plan"].append(list(row))
    wb.save(template)
    out = tirek(demo_home, "nap", "import", str(template), "--title", "Osh plan",
                "--years", "2025-2027").stdout  # fmt: skip
    assert "1 objective(s), 2 task(s), 3 indicator(s)" in out
    plan_id = out.strip().split("Plan id: ")[1]
    store = Store.open(demo_home)
    try:
        training, region = _a_training_of_2025(store)
    finally:
        store.close()
    tirek(demo_home, "nap", "progress", "--plan", plan_id, "--indicator", "1.1.2",
          "--date", "2025-05-01", "--region", region, "--value", "150",
          "--narrative", "Two trainings in Kara-Suu")  # fmt: skip
    tirek(demo_home, "nap", "progress", "--plan", plan_id, "--indicator", "1.2.1",
          "--date", "2025-08-01", "--region", region, "--status", "delayed")  # fmt: skip
    out = tirek(demo_home, "nap", "link", "--plan", plan_id, "--indicator", "1.1.2",
                "--training", training).stdout  # fmt: skip
    assert "Linked the training to 1.1.2" in out

    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    for out_file in (pdf, xlsx):
        out = tirek(demo_home, "nap", "report", "--plan", plan_id, "--from", "2025-01-01",
                    "--to", "2025-12-31", "--region", region, "--out", str(out_file)
                    ).stdout  # fmt: skip
        assert "in_progress 1, delayed 1, achieved 0, no_data 1" in out
    text = " ".join(pages_text(pdf))
    assert "Two trainings in Kara-Suu" in text and "Osh plan" in text
    matrix = load_workbook(xlsx)["Matrix"]
    assert [c.value for c in matrix[1]][7:11] == ["2025 Q1", "2025 Q2", "2025 Q3", "2025 Q4"]
    assert load_workbook(xlsx)["Evidence"].max_row == 2  # the linked training


def _a_training_of_2025(store: Store) -> tuple[str, str]:
    """(training id, its region's code)."""
    page = list_trainings(store, date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
    t = next(t for t in page.rows if t.region_id)
    return t.id, next(r.code for r in list_regions(store) if r.id == t.region_id)


def test_bad_input_is_one_line_not_a_traceback(demo_home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    tirek(demo_home, "nap", "template", str(bad))
    proc = tirek(demo_home, "nap", "import", str(bad), check=False)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "tirek: The sheet Plan has no rows under its headers."
    proc = tirek(demo_home, "nap", "report", "--plan", "x", "--from", "2025-01-01", "--to",
                 "2025-12-31", "--out", str(tmp_path / "r.doc"), check=False)  # fmt: skip
    assert proc.returncode == 2 and "Save as .pdf or .xlsx" in proc.stderr
    # A real process (the network commands' one): one line on the real stderr, exit 2.
    proc = tirek(demo_home, "region", "atlantis", check=False, process=True)
    assert proc.returncode == 2 and "There is no region atlantis" in proc.stderr


def test_assessment_export_profile_and_region(demo_home: Path, tmp_path: Path) -> None:
    store = Store.open(demo_home)
    try:
        results = list_assessments(store)
        plans = nap.list_plans(store)
    finally:
        store.close()
    assert plans and all(p.is_example for p in plans if "EXAMPLE" in p.title)
    out = tirek(demo_home, "assessment", "export", "--out", str(tmp_path / "a.xlsx")).stdout
    assert "Assessments saved" in out
    ws = load_workbook(tmp_path / "a.xlsx")["Assessments"]
    assert ws.max_row - 1 == len(results)
    overall = [row[-2] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert overall == [r.overall for r in results]
    org = results[0].organisation_id
    tirek(demo_home, "assessment", "profile", "--organisation", org, "--out",
          str(tmp_path / "p.pdf"))  # fmt: skip
    assert results[0].organisation in " ".join(pages_text(tmp_path / "p.pdf"))
    listed = tirek(demo_home, "assessment", "list", "--organisation", org).stdout
    assert f"overall={results[0].overall}" in listed
    region = tirek(demo_home, "region", "chui").stdout
    assert region.splitlines()[0].startswith("organisation\tpeople\ttrainings")


def test_framework_from_a_spreadsheet_and_assessment_from_a_form(
    demo_home: Path, tmp_path: Path
) -> None:
    template = tmp_path / "framework.xlsx"
    tirek(demo_home, "assessment", "framework-template", str(template))
    wb = load_workbook(template)
    for row in wb["Example"].iter_rows(min_row=2, values_only=True):
        wb["Framework"].append(list(row))
    wb.save(template)
    proc = tirek(demo_home, "assessment", "framework-import", str(template), "--name", "Ours",
                 check=False)  # fmt: skip
    assert proc.returncode == 2 and "cannot manage the network" in proc.stderr  # a trainer's

    home = tmp_path / "coordinator"
    tirek(home, "init", "--device-name", "Bishkek-0", "--role", "coordinator")
    out = tirek(home, "assessment", "framework-import", str(template), "--name", "Ours").stdout
    assert "2 dimension(s), 3 question(s)" in out
    version = out.strip().split("Version id: ")[1]
    store = Store.open(home)
    try:
        org = make_org(store)
    finally:
        store.close()
    form = tmp_path / "form.xlsx"
    tirek(home, "assessment", "form", "--version", version, "--out", str(form))
    wb = load_workbook(form)
    for row in wb["Assessment"].iter_rows(min_row=2):
        row[4].value = 3
    wb.save(form)
    out = tirek(
        home, "assessment", "record", str(form), "--organisation", org, "--version", version,
        "--date", "2026-05-01", "--assessor", "Айгүл",
    ).stdout  # fmt: skip
    assert "overall 3.0, 66.7% of the scale" in out
