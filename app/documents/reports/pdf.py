"""The donor report as a PDF: the summary, then each breakdown as a bar chart and a table.

Charts are drawn with reportlab.graphics (vector, embedded fonts), two bars per group:
participations and unique people.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.core.services.report_cells import BreakdownCells, Rate, note, report_cells
from app.core.services.reports import Breakdown, DonorReport
from app.core.small_numbers import DEFAULT_THRESHOLD
from app.documents.fonts import SANS, register_fonts
from app.documents.layout import writing
from app.documents.pdf_style import ACCENT, BOLD, RIGHT, RULE, SHADE, paragraph_styles
from app.documents.reports.workbook import scope_text, summary_rows

SECOND = HexColor("#E0A030")
WIDTH = A4[0] - 36 * mm


def _styles() -> dict[str, ParagraphStyle]:
    return paragraph_styles(
        (10, 13), (18, 22), (12.5, 16), space_before=12,
        cell=(8.5, 10.5), num=(8.5, 10.5, RIGHT), head=(8, 10, BOLD),
    )  # fmt: skip


def _pct(x: Rate) -> str:
    return x if isinstance(x, str) else f"{100 * x:.1f}%"


def _chart(b: Breakdown, cells: BreakdownCells) -> Drawing:
    groups = list(b.groups)[:24]  # a longer list (districts) is in the table below
    row_h = 16
    height = max(60, row_h * len(groups) + 40)
    # Without it reportlab starts every drawing in Helvetica, a base-14 font that is not
    # embedded (and cannot print Cyrillic).
    d = Drawing(WIDTH, height, initialFontName=SANS)
    ch = HorizontalBarChart()
    ch.x, ch.y = 150, 30
    ch.width, ch.height = WIDTH - 170, height - 40
    # A hidden small number is drawn as no bar: a bar's length would give it back.
    lines = list(cells.lines)[:24]
    ch.data = [
        [0 if isinstance(x.participations, str) else x.participations for x in reversed(lines)],
        [0 if isinstance(x.people, str) else x.people for x in reversed(lines)],
    ]
    ch.categoryAxis.categoryNames = [g.label[:34] for g in reversed(groups)]
    ch.categoryAxis.labels.fontName = SANS
    ch.categoryAxis.labels.fontSize = 7.5
    ch.categoryAxis.labels.boxAnchor = "e"
    ch.categoryAxis.labels.dx = -4
    ch.valueAxis.labels.fontName = SANS
    ch.valueAxis.labels.fontSize = 7
    ch.valueAxis.valueMin = 0
    ch.valueAxis.forceZero = True
    ch.bars[0].fillColor = ACCENT
    ch.bars[1].fillColor = SECOND
    ch.bars.strokeColor = None
    ch.barSpacing = 1
    ch.groupSpacing = 4
    d.add(ch)
    legend = Legend()
    legend.x, legend.y = 150, 12
    legend.fontName = SANS
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 110
    legend.colorNamePairs = [(ACCENT, "Participations"), (SECOND, "Unique people")]
    d.add(legend)
    return d


def _table(rows: list[list[str]], widths: list[float], st: dict[str, ParagraphStyle]) -> Table:
    data = [[Paragraph(escape(x), st["head"]) for x in rows[0]]]
    for r in rows[1:]:
        data.append(
            [Paragraph(escape(r[0]), st["cell"])] + [Paragraph(x, st["num"]) for x in r[1:]]
        )
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # the cell default is Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, HexColor("#F8FAFB")]),
            ]
        )
    )
    return t


def _breakdown(
    b: Breakdown, cells: BreakdownCells, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    rows = [["Group", "Participations", "Unique people", "Completed", "Completion", "Share"]]
    for line in (*cells.lines, cells.total):
        rows.append(
            [
                line.label,
                str(line.participations),
                str(line.people),
                str(line.completed),
                _pct(line.completion_rate),
                _pct(line.share),
            ]
        )
    widths = [WIDTH * 0.28] + [WIDTH * 0.144] * 5
    out: list[Flowable] = [Paragraph(escape(b.title), st["h2"])]
    if b.groups:
        out.append(_chart(b, cells))
    else:
        out.append(Paragraph("No participants in this report.", st["body"]))
    return [KeepTogether(out), Spacer(1, 4), _table(rows, widths, st)]


def write_report_pdf(
    report: DonorReport, out: Path, threshold: int | None = DEFAULT_THRESHOLD
) -> Path:
    """Write the PDF report; returns the file. Small numbers are hidden (it leaves the
    office) unless `threshold` is None."""
    register_fonts()
    st = _styles()
    story: list[Flowable] = [
        Paragraph("Donor report", st["title"]),
        Paragraph(escape(scope_text(report)), st["body"]),
        Paragraph(escape("Age bands: " + ", ".join(b.label for b in report.age_bands)), st["body"]),
        Spacer(1, 8),
    ]
    summary = [["Figure", "Value"]] + [
        [label, _pct(v) if fmt.endswith("%") else str(v)]
        for label, v, fmt in summary_rows(report, threshold)
    ]
    story.append(_table(summary, [WIDTH * 0.6, WIDTH * 0.2], st))
    if threshold is not None:
        story.append(Paragraph(escape(note(threshold)), st["body"]))
    for b, cells in zip(report.breakdowns, report_cells(report, threshold), strict=True):
        story += _breakdown(b, cells, st)

    def footer(c: Any, _doc: Any) -> None:
        c.saveState()
        c.setFont(SANS, 7.5)
        c.setFillColor(RULE)
        page = c.getPageNumber()
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Tirek · donor report · page {page}")
        c.restoreState()

    with writing(out) as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=16 * mm,
            bottomMargin=16 * mm,
            title="Donor report",
            author="Tirek",
            initialFontName=SANS,  # else every page names a non-embedded Helvetica
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out
