"""The donor report as an .xlsx workbook: a summary sheet, then one sheet per breakdown.

Every figure is a number cell (counts as integers, rates as fractions formatted as
percentages), so a donor's own spreadsheet can sum and chart them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

from app.core.paths import make_private
from app.core.services.report_cells import RATE_HIDDEN, hidden_summary, note, report_cells
from app.core.services.reports import DonorReport
from app.core.small_numbers import DEFAULT_THRESHOLD, shown

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


def summary_rows(r: DonorReport, threshold: int | None = None) -> list[tuple[str, Any, str]]:
    """(label, value, number format) of the summary, shared by the workbook and the PDF.

    With a threshold, a figure that would reveal a hidden small number is its hidden text.
    """
    hidden = hidden_summary(r, threshold)
    rows = [
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
    keys = {
        "Participations": "participations",
        "Unique people": "unique_people",
        "Completed participations": "completed",
        "Completion rate": "completion_rate",
    }
    return [
        (label, (RATE_HIDDEN if fmt.endswith("%") else shown(int(value), True, threshold or 0))
         if keys.get(label) in hidden else value, fmt)
        for label, value, fmt in rows
    ]  # fmt: skip


def write_report_xlsx(
    report: DonorReport, out: Path, threshold: int | None = DEFAULT_THRESHOLD
) -> Path:
    """Write the workbook; returns the file. Small numbers are hidden (it leaves the
    office) unless `threshold` is None."""
    wb = Workbook(write_only=True)
    bold = Font(bold=True)

    def cell(ws: Any, value: Any, fmt: str | None = None, strong: bool = False) -> Any:
        c = WriteOnlyCell(ws, value)
        if fmt and not isinstance(value, str):  # a hidden figure is text, right-aligned
            c.number_format = fmt
        elif isinstance(value, str) and fmt:
            c.alignment = Alignment(horizontal="right")
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
    for label, value, fmt in summary_rows(report, threshold):
        ws.append([label, cell(ws, value, fmt)])
    if threshold is not None:
        ws.append([])
        ws.append([note(threshold)])
    for b in report_cells(report, threshold):
        ws = wb.create_sheet(b.title[:31])
        ws.column_dimensions["A"].width = 40
        for col in "BCDEF":
            ws.column_dimensions[col].width = 16
        ws.append([cell(ws, h, strong=True) for h in BREAKDOWN_HEADERS])
        for line in (*b.lines, b.total):
            strong = line is b.total
            ws.append(
                [
                    cell(ws, line.label, strong=strong),
                    cell(ws, line.participations, "0", strong),
                    cell(ws, line.people, "0", strong),
                    cell(ws, line.completed, "0", strong),
                    cell(ws, line.completion_rate, "0.0%", strong),
                    cell(ws, line.share, "0.0%", strong),
                ]
            )
    wb.save(out)
    return make_private(out)
