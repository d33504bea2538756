"""Donor report figures, checked against counts computed independently with raw SQL."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.core.errors import InputError
from app.core.services.duplicates import merge_people
from app.core.services.reports import (
    Breakdown,
    DonorReport,
    ReportScope,
    donor_report,
    parse_age_bands,
)
from app.core.store import Store
from app.documents.reports.pdf import write_report_pdf
from app.documents.reports.workbook import write_report_xlsx
from tests.documents.pdfcheck import assert_fonts_embedded, pages_text
from tests.rawdb import connect_raw

# Participations of one project, computed by hand in SQL: one row per (training, person
# counted), with the sessions attended and the training's session count.
RAW = """
WITH tr AS (SELECT id, start_date FROM training
            WHERE deleted = 0 AND project_id = op_key(:project)),
n AS (SELECT training_id, count(*) AS sessions FROM session WHERE deleted = 0 GROUP BY 1),
x AS (
  SELECT s.training_id AS tid, coalesce(p.merged_into_id, p.id) AS pid,
         count(DISTINCT s.id) AS came
  FROM attendance_mark m
  JOIN session s ON s.id = m.session_id AND s.deleted = 0
  JOIN tr ON tr.id = s.training_id
  JOIN enrolment e ON e.training_id = s.training_id AND e.person_id = m.person_id
       AND e.deleted = 0
  JOIN person p ON p.id = m.person_id AND p.deleted = 0
  WHERE m.deleted = 0 AND m.status IN ('present', 'late', 'left_early')
  GROUP BY 1, 2)
SELECT x.tid, x.pid, x.came = n.sessions AS done, q.sex, row_text(q.region_id),
       CAST(substr(tr.start_date, 1, 4) AS INTEGER) - q.birth_year AS age
FROM x JOIN n ON n.training_id = x.tid JOIN tr ON tr.id = x.tid JOIN person q ON q.id = x.pid
"""


def raw_figures(store: Store, project: str) -> dict[str, object]:
    with connect_raw(store.home.database) as db:
        rows = db.execute(RAW, {"project": project}).fetchall()
        meetings = db.execute(
            "SELECT count(*) FROM meeting WHERE deleted = 0 AND project_id = op_key(?)",
            (project,),
        ).fetchone()[0]
    by_sex: dict[str, list[object]] = {}
    for _tid, pid, _done, sex, _region, _age in rows:
        by_sex.setdefault(sex, []).append(pid)
    bands = {"0-17": (0, 17), "18-24": (18, 24), "25-34": (25, 34), "35-54": (35, 54)}
    by_age: dict[str, int] = {}
    for *_, age in rows:
        label = next((k for k, (lo, hi) in bands.items() if lo <= age <= hi), "55+")
        by_age[label] = by_age.get(label, 0) + 1
    by_region: dict[str, int] = {}
    for row in rows:
        by_region[row[4]] = by_region.get(row[4], 0) + 1
    return {
        "participations": len(rows),
        "people": len({r[1] for r in rows}),
        "completed": sum(r[2] for r in rows),
        "trainings": len({r[0] for r in rows}),
        "sex": {k: (len(v), len(set(v))) for k, v in by_sex.items()},
        "age": by_age,
        "region": by_region,
        "meetings": meetings,
    }


@pytest.fixture
def demo(make_demo_store: Callable[..., Store]) -> tuple[Store, str]:
    # A coordinator's laptop: these tests use coordinator rights (app/core/rights.py).
    store = make_demo_store(seed=11, role="coordinator")
    with connect_raw(store.home.database) as db:
        project = db.execute("SELECT row_text(id) FROM project ORDER BY name LIMIT 1").fetchone()[0]
    return store, project


def check_against_raw(store: Store, project: str) -> None:
    raw = raw_figures(store, project)
    r = donor_report(store, ReportScope(project_id=project))
    assert r.participations == raw["participations"]
    assert r.unique_people == raw["people"]
    assert r.completed == raw["completed"]
    assert r.trainings_held == raw["trainings"]
    assert r.meetings_held == raw["meetings"]
    assert {g.code: (g.participations, g.people) for g in _of(r, "sex").groups} == raw["sex"]
    assert {g.code: g.participations for g in _of(r, "age").groups} == raw["age"]
    assert {g.code: g.participations for g in _of(r, "region").groups} == raw["region"]
    for b in r.breakdowns:  # every breakdown adds up to the totals
        assert sum(g.participations for g in b.groups) == r.participations, b.dimension
        assert sum(g.people for g in b.groups) == r.unique_people, b.dimension
        assert sum(g.completed for g in b.groups) == r.completed, b.dimension


def test_figures_match_independent_sql_counts(demo: tuple[Store, str]) -> None:
    store, project = demo
    check_against_raw(store, project)
    r = donor_report(store, ReportScope(project_id=project))
    assert r.participations > 100 and 0 < r.completed < r.participations


def test_after_a_merge_two_records_count_as_one_person(demo: tuple[Store, str]) -> None:
    store, project = demo
    with connect_raw(store.home.database) as db:
        a, b = db.execute(
            """SELECT row_text(e1.person_id), row_text(e2.person_id)
               FROM enrolment e1 JOIN training t1
               ON t1.id = e1.training_id AND t1.project_id = op_key(:p)
               JOIN enrolment e2 JOIN training t2 ON t2.id = e2.training_id
               AND t2.project_id = op_key(:p) AND t2.id != t1.id
               WHERE e1.person_id != e2.person_id LIMIT 1""",
            {"p": project},
        ).fetchone()
        # Trainings of the project both records attended: there they are one participation.
        both = db.execute(
            """SELECT count(*) FROM (SELECT s.training_id FROM attendance_mark m
               JOIN session s ON s.id = m.session_id JOIN training t ON t.id = s.training_id
               WHERE t.project_id = op_key(:p) AND m.status IN ('present', 'late', 'left_early')
               AND m.person_id IN (op_key(:a), op_key(:b))
               GROUP BY s.training_id HAVING count(DISTINCT m.person_id) = 2)""",
            {"p": project, "a": a, "b": b},
        ).fetchone()[0]
    before = donor_report(store, ReportScope(project_id=project))
    merge_people(store, b, a)
    after = donor_report(store, ReportScope(project_id=project))
    assert after.unique_people == before.unique_people - 1
    assert after.participations == before.participations - both
    check_against_raw(store, project)


def test_workbook_has_a_sheet_per_breakdown_with_numbers(
    demo: tuple[Store, str], tmp_path: Path
) -> None:
    store, project = demo
    r = donor_report(store, ReportScope(project_id=project), age_bands="0-29,30-49,50+")
    out = write_report_xlsx(r, tmp_path / "report.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Summary",
        "Sex",
        "Age band",
        "Disability (Washington Group)",
        "Region",
        "District",
        "Participant category",
        "Organisation type",
    ]
    summary = {row[0]: row[1] for row in wb["Summary"].iter_rows(values_only=True) if row}
    assert summary["Participations"] == r.participations
    assert isinstance(summary["Completion rate"], float)
    ages = [row for row in wb["Age band"].iter_rows(min_row=2, values_only=True)]
    assert [a[0] for a in ages] == ["0-29", "30-49", "50+", "Total"]
    assert all(isinstance(a[1], int) for a in ages)
    assert ages[-1][1] == r.participations


def test_pdf_has_the_figures_and_the_charts(demo: tuple[Store, str], tmp_path: Path) -> None:
    store, project = demo
    r = donor_report(store, ReportScope(project_id=project))
    out = write_report_pdf(r, tmp_path / "report.pdf")
    text = "\n".join(pages_text(out))
    assert "Donor report" in text and r.project_name and r.project_name in text
    assert re.search(rf"Participations\s+{r.participations}\b", text)
    assert "Washington Group" in text and "Unique people" in text


def test_period_scope_and_bad_input(demo: tuple[Store, str]) -> None:
    store, _ = demo
    whole = donor_report(store, ReportScope(date_from=date(2000, 1, 1), date_to=date(2100, 1, 1)))
    assert whole.trainings_held == store.row_counts()["training"]
    with pytest.raises(InputError, match="project or a period"):
        donor_report(store, ReportScope())
    with pytest.raises(InputError, match="without overlapping"):
        parse_age_bands("0-30,20-40")
    with pytest.raises(InputError, match="not an age band"):
        parse_age_bands("young")


def test_bands_with_gaps_have_other_ages_and_words_in_the_language(
    demo: tuple[Store, str], tmp_path: Path
) -> None:
    store, project = demo
    report = donor_report(store, ReportScope(project), age_bands="18-24,35-54", lang="ru")
    age = next(b for b in report.breakdowns if b.dimension == "age")
    codes = [g.code for g in age.groups]
    assert codes[:2] == ["18-24", "35-54"] and "other_ages" in codes
    labels = {g.code: g.label for g in age.groups}
    assert labels["other_ages"] == "Другой возраст"
    assert age.title == "Возрастная группа"
    # People with a known birth year outside the bands are not "not recorded".
    assert sum(g.participations for g in age.groups) == report.participations
    category = next(b for b in report.breakdowns if b.dimension == "category")
    assert "Ngo member" not in {g.label for g in category.groups}
    assert "Член НПО" in {g.label for g in category.groups}
    out = tmp_path / "r.pdf"
    write_report_pdf(report, out)
    assert_fonts_embedded(out)
    assert "Другой возраст" in "".join(pages_text(out))


def _of(report: DonorReport, dimension: str) -> Breakdown:
    """One breakdown of the report, as the PDF and the cells go through them."""
    return next(b for b in report.breakdowns if b.dimension == dimension)
