"""The donor report as an .xlsx workbook: a summary sheet, then one sheet per breakdown.

Every figure is a number cell (counts as integers, rates as fractions formatted as
percentages), so a donor's own spreadsheet can sum and chart them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from app.core.paths import make_private
from app.core.services.reports import DonorReport

BREAKDOWN_HEADERS = (
    "Group",
    "Participations",
    "Unique people",
    "Completed",
    "Completion rate",
    "Share of participations",
)


def scope_text(r: DonorReport) -> str:
    parts = []
    if r.project_name:
        parts.append(f"Project: {r.project_name}" + (f" ({r.donor})" if r.donor else ""))
    if r.scope.date_from or r.scope.date_to:
        start = r.scope.date_from.isoformat() if r.scope.date_from else "…"
        end = r.scope.date_to.isoformat() if r.scope.date_to else "…"
        parts.append(f"Period: {start} to {end}")
    return "; ".join(parts)


def summary_rows(r: DonorReport) -> list[tuple[str, Any, str]]:
    """(label, value, number format) of the summary, shared by the workbook and the PDF."""
    return [
        ("Trainings held", r.trainings_held, "0"),
        ("Sessions held", r.sessions_held, "0"),
        ("Participations", r.participations, "0"),
        ("Unique people", r.unique_people, "0"),
        ("Completed participations", r.completed, "0"),
        ("Completion rate", r.completion_rate, "0.0%"),
        ("Meetings held", r.meetings_held, "0"),
        ("Meeting attendances (registered people)", r.meeting_attendances, "0"),
        ("Unique people at meetings", r.meeting_people, "0"),
        ("Guests at meetings", r.meeting_guests, "0"),
    ]


def write_report_xlsx(report: DonorReport, out: Path) -> Path:
    """Write the workbook; returns the file."""
    wb = Workbook(write_only=True)
    bold = Font(bold=True)

    def cell(ws: Any, value: Any, fmt: str | None = None, strong: bool = False) -> Any:
        c = WriteOnlyCell(ws, value)
        if fmt:
            c.number_format = fmt
        if strong:
            c.font = bold
        return c

    ws = wb.create_sheet("Summary")
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 16
    ws.append([cell(ws, "Donor report", strong=True)])
    ws.append([scope_text(report)])
    ws.append(["Age bands", ", ".join(b.label for b in report.age_bands)])
    ws.append([])
    for label, value, fmt in summary_rows(report):
        ws.append([label, cell(ws, value, fmt)])
    for b in report.breakdowns:
        ws = wb.create_sheet(b.title[:31])
        ws.column_dimensions["A"].width = 40
        for col in "BCDEF":
            ws.column_dimensions[col].width = 16
        ws.append([cell(ws, h, strong=True) for h in BREAKDOWN_HEADERS])
        for g in b.groups:
            share = g.participations / report.participations if report.participations else 0.0
            ws.append(
                [
                    g.label,
                    cell(ws, g.participations, "0"),
                    cell(ws, g.people, "0"),
                    cell(ws, g.completed, "0"),
                    cell(ws, g.completion_rate, "0.0%"),
                    cell(ws, share, "0.0%"),
                ]
            )
        ws.append(
            [
                cell(ws, "Total", strong=True),
                cell(ws, sum(g.participations for g in b.groups), "0", True),
                cell(ws, sum(g.people for g in b.groups), "0", True),
                cell(ws, sum(g.completed for g in b.groups), "0", True),
                cell(ws, report.completion_rate, "0.0%", True),
                cell(ws, 1.0 if b.groups else 0.0, "0.0%", True),
            ]
        )
    wb.save(out)
    return make_private(out)
