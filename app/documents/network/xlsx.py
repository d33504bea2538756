"""Spreadsheets of the network's work: assessments, the monitoring report, the NAP template.

Written with openpyxl; each file is written to a temporary name and moved into place, so
an interrupted export never leaves a half-written file under the chosen name.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.core.paths import make_private
from app.core.services.assessment_sheets import (
    FORM_COLUMNS,
    FORM_SHEET,
    FRAMEWORK_COLUMNS,
    FRAMEWORK_SHEET,
)
from app.core.services.assessments import AssessmentResult, get_framework, list_assessments
from app.core.services.nap import STATUS_COLOURS, STATUS_NAMES, Monitoring
from app.core.services.nap_import import COLUMNS, SHEET
from app.core.services.reference import list_regions
from app.core.store import Store

BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="EEF2F4")


def _save(wb: Workbook, out: Path) -> Path:
    tmp = out.with_name(out.name + ".part")
    wb.save(tmp)
    os.replace(tmp, out)
    return make_private(out)


def _sheet(
    wb: Workbook, title: str, header: list[str], rows: Iterable[list[Any]], first: bool
) -> Any:
    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    ws.append(header)
    for cell in ws[1]:
        cell.font = BOLD
        cell.fill = HEAD_FILL
    for r in rows:
        ws.append(r)
    ws.freeze_panes = "A2"
    for i, h in enumerate(header, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(10, min(50, len(str(h)) + 4))
    return ws


def region_names(store: Store) -> dict[str, str]:
    return {r.id: r.name_en for r in list_regions(store)}


def dimension_columns(results: Iterable[AssessmentResult]) -> list[tuple[str, str]]:
    """(code, name) of every dimension in the results, in the order first seen."""
    seen: dict[str, str] = {}
    for r in results:
        for d in r.dimensions:
            seen.setdefault(d.code, d.name)
    return list(seen.items())


def write_assessments_xlsx(
    store: Store,
    out: Path,
    *,
    organisation_id: str | None = None,
    region_id: str | None = None,
) -> Path:
    """Assessments (one row each, with dimension and overall scores) and their scores."""
    results = list_assessments(store, organisation_id=organisation_id, region_id=region_id)
    regions = region_names(store)
    dims = dimension_columns(results)
    wb = Workbook()
    header = ["Organisation", "Region", "Date", "Assessor", "Framework", "Version", "Scale"]
    header += [name for _, name in dims] + ["Overall", "Overall %"]
    rows = []
    for r in results:
        row: list[Any] = [
            r.organisation,
            regions.get(r.region_id or "", ""),
            r.date,
            r.assessor,
            r.framework,
            r.version_number,
            f"{r.scale_min}-{r.scale_max}",
        ]
        for code, _ in dims:
            d = r.dimension(code)
            row.append(d.score if d else None)
        rows.append([*row, r.overall, r.overall_percent])
    ws = _sheet(wb, "Assessments", header, rows, first=True)
    for cell in ws["C"][1:]:
        cell.number_format = "yyyy-mm-dd"
    names = {code: name for code, name in dims}
    detail = []
    for r in results:
        for s in r.scores:
            detail.append(
                [r.organisation, r.date, names.get(s.dimension_code, ""), s.question, s.score,
                 s.note or ""]
            )  # fmt: skip
    ws = _sheet(
        wb, "Scores", ["Organisation", "Date", "Dimension", "Question", "Score", "Note"], detail,
        first=False,
    )  # fmt: skip
    ws.column_dimensions["D"].width = 70
    for cell in ws["B"][1:]:
        cell.number_format = "yyyy-mm-dd"
    return _save(wb, out)


def _fill(status: str) -> PatternFill:
    return PatternFill("solid", fgColor=STATUS_COLOURS[status].lstrip("#").upper())


def write_monitoring_xlsx(store: Store, m: Monitoring, out: Path) -> Path:
    """The monitoring report as a spreadsheet: the matrix, the entries, the evidence."""
    regions = region_names(store)
    wb = Workbook()
    header = ["Objective", "Task", "Indicator no.", "Indicator", "Unit", "Baseline", "Target"]
    header += [p.label for p in m.periods] + ["Latest value", "Status"]
    rows = []
    for r in m.rows:
        i = r.indicator
        rows.append(
            [r.objective_code, r.task_code, i.code, i.title, i.unit, i.baseline, i.target]
            + [STATUS_NAMES[c.status] if c.entries else "" for c in r.cells]
            + [r.latest.value, STATUS_NAMES[r.latest.status]]
        )
    ws = _sheet(wb, "Matrix", header, rows, first=True)
    ws.column_dimensions["D"].width = 50
    first_period = 8
    for y, r in enumerate(m.rows, start=2):
        for x, c in enumerate([*r.cells], start=first_period):
            ws.cell(y, x).fill = _fill(c.status)
        ws.cell(y, first_period + len(m.periods) + 1).fill = _fill(r.latest.status)
        ws.cell(y, 4).alignment = Alignment(wrap_text=True, vertical="top")
    info = wb.create_sheet("About")
    info.append(["Plan", m.plan.title])
    info.append(["Region", regions.get(m.region_id or "", "All regions")])
    info.append(["From", m.start])
    info.append(["To", m.end])
    info.append(["Rule", "A period shows the latest progress entry dated in it; 'Status' is "
                 "the latest entry of the whole range."])  # fmt: skip
    for status, n in m.counts().items():
        info.append([STATUS_NAMES[status], n])
    info.column_dimensions["A"].width = 14
    info.column_dimensions["B"].width = 80
    entries = [
        [r.indicator.code, e.date, regions.get(e.region_id or "", ""), e.value,
         STATUS_NAMES[e.status], e.narrative or "", e.source or ""]
        for r in m.rows for e in r.entries
    ]  # fmt: skip
    ws = _sheet(
        wb, "Progress",
        ["Indicator no.", "Date", "Region", "Value", "Status", "Narrative", "Source"], entries,
        first=False,
    )  # fmt: skip
    for cell in ws["B"][1:]:
        cell.number_format = "yyyy-mm-dd"
    evidence = [
        [r.indicator.code, e.kind.replace("_", " "), e.title, e.date,
         regions.get(e.region_id or "", ""), e.note or ""]
        for r in m.rows for e in r.evidence
    ]  # fmt: skip
    ws = _sheet(
        wb, "Evidence", ["Indicator no.", "Kind", "Title", "Date", "Region", "Note"], evidence,
        first=False,
    )  # fmt: skip
    ws.column_dimensions["C"].width = 60
    for cell in ws["D"][1:]:
        cell.number_format = "yyyy-mm-dd"
    return _save(wb, out)


def write_nap_template(out: Path) -> Path:
    """An empty NAP import template: the "Plan" sheet, an example, and how to fill it."""
    wb = Workbook()
    headers = [c.header for c in COLUMNS]
    empty: list[list[Any]] = []
    ws = _sheet(wb, SHEET, headers, empty, first=True)
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["D"].width = 40
    ws.column_dimensions["H"].width = 40
    example: list[list[Any]] = [
        ["1", "Women take part in decision-making", "1.1", "More women in local councils",
         "Local councils", "2026-12-31", "1.1.1", "Share of women deputies", "%", 28, 35],
        [None, None, None, None, None, None, "1.1.2", "Women candidates trained", "people", 0,
         400],
        [None, None, "1.2", "Women in crime prevention centres", "Ministry of Internal Affairs",
         "2025-12-31", "1.2.1", "Centres with 30% women", "centres", 12, 60],
    ]  # fmt: skip
    _sheet(wb, "Example", headers, example, first=False)
    helpw = _sheet(
        wb, "How to fill", ["Column", "Required", "What to write"],
        [[c.header, "yes" if c.required else "", c.help] for c in COLUMNS], first=False,
    )  # fmt: skip
    helpw.append([])
    helpw.append(["", "", "One row per indicator, on the sheet 'Plan'. An empty objective or "
                  "task number repeats the one above."])  # fmt: skip
    helpw.column_dimensions["A"].width = 22
    helpw.column_dimensions["C"].width = 80
    return _save(wb, out)


def write_framework_template(out: Path) -> Path:
    """An empty framework sheet (one row per question) with two example rows elsewhere."""
    wb = Workbook()
    headers = [h for h, _ in FRAMEWORK_COLUMNS]
    empty: list[list[Any]] = []
    ws = _sheet(wb, FRAMEWORK_SHEET, headers, empty, first=True)
    for col in ("B", "C", "D", "E"):
        ws.column_dimensions[col].width = 40
    example: list[list[Any]] = [
        ["governance", "Governance", "Board, charter, accountability",
         "The board meets at least twice a year.", "Look at the minutes.", 2],
        [None, None, None, "Decisions are shared with members.", None, 1],
        ["advocacy", "Advocacy", None, "The organisation raised an issue with the akimiat.",
         None, 1],
    ]  # fmt: skip
    _sheet(wb, "Example", headers, example, first=False)
    return _save(wb, out)


def write_assessment_form(store: Store, version_id: str, out: Path) -> Path:
    """A form to fill in the field: one row per question of the version (id in column A)."""
    f = get_framework(store, version_id)
    wb = Workbook()
    rows: list[list[Any]] = [
        [q.id, d.name, q.text, q.guidance or "", None, None]
        for d in f.dimensions
        for q in d.questions
    ]
    ws = _sheet(wb, FORM_SHEET, list(FORM_COLUMNS), rows, first=True)
    ws.column_dimensions["A"].hidden = True  # the id ties a row to its question
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 60
    ws.column_dimensions["D"].width = 40
    ws.column_dimensions["F"].width = 40
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    about = wb.create_sheet("About")
    about.append(["Framework", f.name])
    about.append(["Version", f.number])
    about.append(["Scale", f"{f.scale_min}-{f.scale_max} (empty: not applicable)"])
    for line in (f.scale_labels or "").splitlines():
        about.append(["", line])
    about.column_dimensions["A"].width = 12
    about.column_dimensions["B"].width = 60
    return _save(wb, out)
