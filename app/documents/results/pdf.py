"""A project's results framework as a PDF: the framework table with targets and actuals
per period, a chart of results against targets for each indicator, the regions as tiles
placed roughly where they lie, and the records behind every number.

Drawn with reportlab (vector, embedded fonts only), in the language chosen for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.core.services.results.framework import StatementRow
from app.core.services.results.indicators import IndicatorResult
from app.core.services.results.regions import RegionResults
from app.core.small_numbers import DEFAULT_THRESHOLD, shown, suppress
from app.core.text import in_language
from app.documents.fonts import SANS, SANS_BOLD
from app.documents.pages import (
    ACCENT,
    INK,
    RULE,
    SHADE,
    Styles,
    drawing,
    page_footer,
    paragraph_styles,
    write_pages,
)
from app.documents.results.words import word

TARGET = HexColor("#C9D3DC")
PALE = HexColor("#E4EFEF")
PAGE = landscape(A4)
WIDTH = PAGE[0] - 30 * mm
EVIDENCE_LINES = 40  # per indicator and period in the PDF; the xlsx has them all


def _styles() -> Styles:
    return paragraph_styles(body=(9.5, 12), title=(17, 21), h2=(12, 15), cell=(8, 10), head=(8, 10))


def _num(v: float | None) -> str:
    return "–" if v is None else f"{v:,.1f}".rstrip("0").rstrip(".").replace(",", " ")


def _plain(table: Table) -> Table:
    # A table's default cell font is Helvetica, which would be named (not embedded).
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS)]))
    return table


def _code(code: str, lang: str) -> str:
    try:
        return word(code, lang) if code else ""
    except KeyError:
        return code


def _framework_table(
    statements: Sequence[StatementRow],
    periods: Sequence[str],
    values: dict[str, dict[str, IndicatorResult]],
    lang: str,
    st: Styles,
) -> Table:
    head = [word(k, lang) for k in ("level", "code", "statement", "indicator", "baseline")]
    for p in periods:
        head += [f"{word('target', lang)} {p}", f"{word('actual', lang)} {p}"]
    rows = [[Paragraph(escape(h), st["head"]) for h in head]]
    for s in statements:
        for n, ind in enumerate(s.indicators or (None,)):
            # The statement once, on its first indicator's row: the rows below belong to it.
            row = [
                Paragraph(escape(word(s.level, lang)) if n == 0 else "", st["cell"]),
                Paragraph(escape(s.code) if n == 0 else "", st["cell"]),
                Paragraph(escape(s.text) if n == 0 else "", st["cell"]),
            ]
            if ind is None:
                rows.append(row)
                continue
            unit = f" ({ind.unit})" if ind.unit else ""
            row += [Paragraph(escape(f"{ind.code} {ind.name}{unit}"), st["cell"]),
                    Paragraph(_num(ind.baseline), st["cell"])]  # fmt: skip
            for p in periods:
                got = values.get(p, {}).get(ind.id)
                row += [
                    Paragraph(_num(ind.targets.get(p)), st["cell"]),
                    Paragraph(f"<b>{_num(got.value if got else None)}</b>", st["cell"]),
                ]
            rows.append(row)
    fixed = [22 * mm, 14 * mm, 53 * mm, 62 * mm, 17 * mm]
    rest = max(14 * mm, (WIDTH - sum(fixed)) / max(1, 2 * len(periods)))
    table = Table(rows, colWidths=fixed + [rest] * (2 * len(periods)), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
            ]
        )
    )
    return table


def _chart(result_by_period: list[IndicatorResult], targets: dict[str, float], lang: str,
           title: str) -> Drawing:  # fmt: skip
    periods = [r.period for r in result_by_period]
    actual = [r.value or 0 for r in result_by_period]
    target = [targets.get(p, 0) for p in periods]
    d = drawing(WIDTH / 2 - 6 * mm, 62 * mm)
    d.add(String(0, 62 * mm - 10, title[:80], fontName=SANS_BOLD, fontSize=8.5, fillColor=INK))
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 22
    chart.width, chart.height = d.width - 40, 62 * mm - 50
    chart.data = [target, actual]
    chart.categoryAxis.categoryNames = periods
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top = max([*actual, *target, 1])
    chart.valueAxis.valueMax = top * 1.15
    chart.bars[0].fillColor = TARGET
    chart.bars[1].fillColor = ACCENT
    chart.bars.strokeColor = None
    chart.barLabelFormat = lambda v: _num(v)
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = d.width - 110, 62 * mm - 14
    legend.fontName, legend.fontSize = SANS, 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(TARGET, word("target", lang)), (ACCENT, word("actual", lang))]
    d.add(legend)
    return d


def _region_tiles(
    regions: Sequence[RegionResults], lang: str, threshold: int | None = DEFAULT_THRESHOLD
) -> Drawing:
    """The regions as tiles: trainings · people trained · outcomes. People trained and
    outcomes count people, so small ones are hidden (app/core/small_numbers.py; the
    regions' sums are treated as published) and a hidden count gets the pale colour."""
    values = [[r.people_trained, r.outcomes] for r in regions]
    hidden = suppress(values, threshold).cells if threshold and values else None
    cols, rows_n = 4, 3
    tile_w, tile_h, gap = 58 * mm, 22 * mm, 3 * mm
    d = drawing(cols * (tile_w + gap), rows_n * (tile_h + gap))
    top = max([r.people_trained for r in regions] + [1])
    for i, r in enumerate(regions):
        h = hidden[i] if hidden else (False, False)
        c, row = r.tile
        x = c * (tile_w + gap)
        y = d.height - (row + 1) * (tile_h + gap)
        share = r.people_trained / top
        # Deeper colour where more people were trained; an empty region stays pale.
        red, green = int(200 - 186 * share), int(228 - 118 * share)
        colour = (
            HexColor(f"#{red:02X}{green:02X}{green:02X}") if r.people_trained and not h[0] else PALE
        )
        if h[0]:
            share = 0.0
        d.add(Rect(x, y, tile_w, tile_h, fillColor=colour, strokeColor=white))
        ink = white if share > 0.55 else INK
        name = in_language(r.names, lang)
        d.add(String(x + 6, y + tile_h - 13, name, fontName=SANS_BOLD, fontSize=9, fillColor=ink))
        people = shown(r.people_trained, h[0], threshold or 0)
        line = f"{r.trainings} · {people} · {shown(r.outcomes, h[1], threshold or 0)}"
        d.add(String(x + 6, y + 8, line, fontName=SANS, fontSize=11, fillColor=ink))
    return d


def write_framework_pdf(
    path: Path,
    project: str,
    statements: Sequence[StatementRow],
    periods: Sequence[str],
    values: dict[str, dict[str, IndicatorResult]],
    regions: Sequence[RegionResults],
    lang: str = "en",
    threshold: int | None = DEFAULT_THRESHOLD,
) -> Path:
    """The whole framework report; returns its path. The region tiles hide small numbers
    (`threshold`; None shows all)."""
    st = _styles()
    story: list[Flowable] = [
        Paragraph(escape(f"{word('title', lang)}: {project}"), st["title"]),
        Paragraph(escape(f"{word('periods', lang)}: {', '.join(periods)}"), st["body"]),
        Spacer(1, 5 * mm),
        _framework_table(statements, periods, values, lang, st),
    ]
    charts = []
    for s in statements:
        for ind in s.indicators:
            series = [values[p][ind.id] for p in periods if ind.id in values.get(p, {})]
            if series:
                charts.append(_chart(series, dict(ind.targets), lang, f"{ind.code} {ind.name}"))
    pairs = [
        _plain(
            Table(
                [charts[i : i + 2]], colWidths=[WIDTH / 2] * len(charts[i : i + 2]), hAlign="LEFT"
            )
        )
        for i in range(0, len(charts), 2)
    ]
    heading = Paragraph(escape(word("charts", lang)), st["h2"])
    story += [KeepTogether([heading, *pairs[:1]]), *pairs[1:]]
    regions_title = Paragraph(escape(word("regions", lang)), st["h2"])
    story += [
        KeepTogether([regions_title, _region_tiles(regions, lang, threshold)]),
        Paragraph(escape(word("evidence", lang)), st["h2"]),
    ]
    for p in periods:
        for result in values.get(p, {}).values():
            if not result.records:
                continue
            story.append(
                Paragraph(
                    escape(f"{result.code} {result.name} · {p}: {_num(result.value)}"),
                    st["head"],
                )
            )
            lines = [
                [
                    Paragraph(escape(r.label), st["cell"]),
                    Paragraph(escape(" ".join(filter(None, (_code(r.code, lang), r.detail)))),
                              st["cell"]),
                ]
                for r in result.records[:EVIDENCE_LINES]
            ]  # fmt: skip
            extra = len(result.records) - EVIDENCE_LINES
            if extra > 0:
                more = word("more", lang).format(n=extra)
                lines.append([Paragraph(escape(more), st["cell"]), Paragraph("", st["cell"])])
            evidence = _plain(Table(lines, colWidths=[90 * mm, 90 * mm], hAlign="LEFT"))
            story += [evidence, Spacer(1, 3 * mm)]

    return write_pages(
        Path(path),
        story,
        pagesize=PAGE,
        margins=(15 * mm, 15 * mm, 14 * mm, 16 * mm),
        footer=page_footer(PAGE[0], 15 * mm, 9 * mm, lambda n: word("page", lang).format(page=n)),
        title=f"{word('title', lang)}: {project}",
    )
