"""Printed documents of the network's work: an organisation's profile with its capacity
assessments, and the NAP 1325 monitoring report of a region and period (in English, the
language of the donor reports they feed)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from app.core.paths import make_private
from app.core.services.assessments import AssessmentResult
from app.core.services.nap import STATUS_COLOURS, STATUS_NAMES, Monitoring
from app.core.services.org_profiles import organisation_profile
from app.core.services.reference import list_districts, list_regions
from app.core.store import Store
from app.documents.fonts import SANS, register_fonts
from app.documents.network.xlsx import dimension_columns
from app.documents.pdf_style import BOLD, RULE, para, paragraph_styles, ruled_table

# Bars of successive assessments: light to dark, so growth reads left to right.
SERIES = ["#9CC9C9", "#4E9E9E", "#0E6E6E", "#0A4B4B", "#062F2F"]


def _styles() -> dict[str, ParagraphStyle]:
    return paragraph_styles(
        (9.5, 13), (16, 20), (12, 16), small=(8, 10), cell=(8.5, 10.5),
        head=(8.5, 10.5, BOLD), tiny=(7, 8.5), tinyhead=(7, 8.5, BOLD),
    )  # fmt: skip


def _table(
    rows: list[list[Any]], widths: list[float], st: dict[str, ParagraphStyle], tiny: bool = False
) -> Table:
    head, cell = (st["tinyhead"], st["tiny"]) if tiny else (st["head"], st["cell"])
    return ruled_table(rows, widths, head, cell)


def _num(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:.0f}" if abs(x) >= 100 else f"{x:g}"


def _build(out: Path, title: str, story: list[Flowable], pagesize: Any = A4) -> Path:
    register_fonts()
    tmp = out.with_name(out.name + ".part")
    doc = SimpleDocTemplate(
        str(tmp), pagesize=pagesize, leftMargin=36, rightMargin=36, topMargin=36,
        bottomMargin=40, title=title, creator="Tirek", initialFontName=SANS,
    )  # fmt: skip

    def footer(canvas: Any, d: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(RULE)
        canvas.drawString(36, 22, title[:120])
        canvas.drawRightString(pagesize[0] - 36, 22, str(d.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    os.replace(tmp, out)
    return make_private(out)


# -- the organisation's profile --------------------------------------------------------


def assessment_chart(results: list[AssessmentResult], width: float = 520) -> Drawing:
    """Grouped bars: one group per dimension, one bar per assessment (percent of scale)."""
    dims = dimension_columns(results)
    height = 190
    d = Drawing(width, height)
    d.initialFontName = SANS  # the starting font; reportlab would start with Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 42, width - 44, height - 60
    chart.data = [
        [_pct(r, code) for code, _ in dims] + [r.overall_percent or 0.0]
        for r in results
    ] or [[0]]  # fmt: skip
    chart.categoryAxis.categoryNames = [_short(n) for _, n in dims] + ["Overall"]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i in range(len(results)):
        chart.bars[i].fillColor = HexColor(SERIES[i % len(SERIES)])
        chart.bars[i].strokeColor = None
    d.add(chart)
    legend = Legend()
    legend.fontName = SANS
    legend.fontSize = 7
    legend.x, legend.y = 36, height - 4
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 90
    legend.colorNamePairs = [
        (HexColor(SERIES[i % len(SERIES)]), r.date.isoformat()) for i, r in enumerate(results)
    ]
    d.add(legend)
    return d


def _pct(r: AssessmentResult, code: str) -> float:
    d = r.dimension(code)
    return (d.percent if d else None) or 0.0


def _score(r: AssessmentResult, code: str) -> float | None:
    d = r.dimension(code)
    return d.score if d else None


def _short(name: str) -> str:
    return name if len(name) <= 18 else name[:17] + "…"


def write_profile_pdf(store: Store, organisation_id: str, out: Path) -> Path:
    """An organisation's profile: facts, activity, and its assessments with a chart."""
    prof = organisation_profile(store, organisation_id)
    o = prof.organisation
    st = _styles()
    regions = {r.id: r.name_en for r in list_regions(store)}
    districts = {d.id: d.name_en for d in list_districts(store, o.region_id)} if o.region_id else {}
    reg_date = o.registration_date.isoformat() if o.registration_date else None
    registration = " / ".join(x for x in (o.registration_number, reg_date) if x)
    relation = {"member": "Member of the network", "partner": "Partner"}.get(
        o.network_status or "", "–"
    )
    facts = [
        ("Type", o.kind.replace("_", " ")),
        ("Region", regions.get(o.region_id or "", "–")),
        ("District", districts.get(o.district_id or "", "–")),
        ("Relation to the network", relation),
        ("Founded", str(o.founding_year or "–")),
        ("Registration", registration or "–"),
        ("Members", str(o.membership_size if o.membership_size is not None else "–")),
        ("Contact person", o.contact_person or "–"),
        ("Phone", o.phone or "–"),
        ("E-mail", o.email or "–"),
        ("Address", o.address or "–"),
        ("Focus areas", o.focus_areas or "–"),
    ]
    story: list[Flowable] = [
        para("Organisation profile", st["small"]),
        para(o.name, st["title"]),
        Spacer(1, 6),
        _table([["", ""], *[[k, v] for k, v in facts]], [150, 373], st),
        para("Activity", st["h2"]),
        para(
            f"People in the registry: {o.people}. Trainings attended by its people: "
            f"{prof.trainings}. Meetings attended: {prof.meetings}.",
            st["body"],
        ),
        para("Capacity assessments", st["h2"]),
    ]
    results = list(prof.assessments)
    if not results:
        story.append(para("Not assessed yet.", st["body"]))
        return _build(out, o.name, story)
    story.append(
        para("Scores are shown as a percentage of the scale (docs/network.md explains the "
           "formula).", st["small"])
    )  # fmt: skip
    story.append(assessment_chart(results))
    dims = dimension_columns(results)
    header = ["Dimension", *[f"{r.date.isoformat()}\nv{r.version_number}" for r in results]]
    rows: list[list[Any]] = [header]
    for code, name in dims:
        rows.append([name, *[_num(_score(r, code)) for r in results]])
    rows.append(["Overall", *[_num(r.overall) for r in results]])
    rows.append(["Overall, % of scale", *[_num(r.overall_percent) for r in results]])
    rows.append(["Assessor", *[r.assessor for r in results]])
    w = max(60.0, min(90.0, 340 / len(results)))
    story += [Spacer(1, 6), _table(rows, [523 - w * len(results), *[w] * len(results)], st)]
    last = results[-1]
    story.append(
        para(f"Latest assessment, {last.date.isoformat()} (scale {last.scale_min}–"
           f"{last.scale_max}), {last.framework}, version {last.version_number}", st["h2"])
    )  # fmt: skip
    names = dict(dims)
    detail: list[list[Any]] = [["Dimension", "Question", "Score", "Note"]]
    for s in last.scores:
        detail.append([names.get(s.dimension_code, ""), s.question, _num(s.score), s.note or ""])
    story.append(_table(detail, [100, 283, 40, 100], st))
    return _build(out, o.name, story)


# -- the monitoring report -------------------------------------------------------------


def _colour(status: str) -> Color:
    return HexColor(STATUS_COLOURS[status])


def write_monitoring_pdf(store: Store, m: Monitoring, out: Path) -> Path:
    """The monitoring report: the matrix (indicator x period) and each indicator's progress
    entries and evidence, for one region (or all) and period."""
    st = _styles()
    regions = {r.id: r.name_en for r in list_regions(store)}
    region = regions.get(m.region_id or "", "All regions")
    page = landscape(A4)
    width = page[0] - 72
    story: list[Flowable] = [
        para("NAP 1325 monitoring report" + ("  ·  EXAMPLE DATA" if m.plan.is_example else ""),
           st["small"]),
        para(m.plan.title, st["title"]),
        para(f"Region: {region}    Period: {m.start.isoformat()} to {m.end.isoformat()}",
           st["body"]),
    ]  # fmt: skip
    counts = m.counts()
    story.append(
        para("Status at the end of the period: "
           + ", ".join(f"{STATUS_NAMES[k]} {v}" for k, v in counts.items()), st["body"])
    )  # fmt: skip
    story.append(para("Monitoring matrix", st["h2"]))
    story.append(
        para("Each period shows the latest progress entry dated in it; the last column is the "
           "latest entry of the whole period.", st["small"])
    )  # fmt: skip
    fixed = [34, 174, 50, 40]
    n = len(m.periods)
    cell_w = max(26.0, (width - sum(fixed) - 62) / max(1, n))
    labels = [p.label.replace(" ", "\n") for p in m.periods]
    header = ["No.", "Indicator", "Baseline", "Target", *labels, "Status"]
    rows: list[list[Any]] = [header]
    styles: list[tuple[Any, ...]] = []
    for y, r in enumerate(m.rows, start=1):
        i = r.indicator
        unit = f" ({i.unit})" if i.unit else ""
        cells = [_num(c.value) if c.entries else "" for c in r.cells]
        rows.append([i.code, i.title + unit, _num(i.baseline), _num(i.target), *cells,
                     STATUS_NAMES[r.latest.status]])  # fmt: skip
        for x, c in enumerate(r.cells, start=len(fixed)):
            styles.append(("BACKGROUND", (x, y), (x, y), _colour(c.status)))
        styles.append(("BACKGROUND", (len(fixed) + n, y), (len(fixed) + n, y),
                       _colour(r.latest.status)))  # fmt: skip
    t = _table(rows, [*fixed, *[cell_w] * n, 62], st, tiny=True)
    t.setStyle(TableStyle([*styles, ("GRID", (4, 0), (-1, -1), 0.3, RULE)]))
    story.append(t)
    legend = Table(
        [[para(STATUS_NAMES[s], st["cell"]) for s in STATUS_COLOURS]],
        colWidths=[80] * len(STATUS_COLOURS),
    )
    legend.setStyle(
        TableStyle(
            [("BACKGROUND", (k, 0), (k, 0), _colour(s)) for k, s in enumerate(STATUS_COLOURS)]
            + [
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # the default is Helvetica
                ("BOX", (0, 0), (-1, -1), 0.3, RULE),
                ("GRID", (0, 0), (-1, -1), 0.3, RULE),
            ]
        )
    )
    story += [Spacer(1, 6), legend, para("Indicators", st["h2"])]
    for r in m.rows:
        i = r.indicator
        story.append(para(f"{i.code}  {i.title}", st["head"]))
        facts = (
            f"Baseline {_num(i.baseline)}, target {_num(i.target)}{' ' + i.unit if i.unit else ''}"
            f"; latest value {_num(r.latest.value)}; status {STATUS_NAMES[r.latest.status]}."
        )
        if i.responsible:
            facts += f" Responsible: {i.responsible}."
        if i.deadline:
            facts += f" Deadline: {i.deadline.isoformat()}."
        story.append(para(facts, st["body"]))
        if r.entries:
            entries: list[list[Any]] = [
                ["Date", "Region", "Value", "Status", "Narrative", "Source"]
            ]
            for e in r.entries:
                entries.append([e.date.isoformat(), regions.get(e.region_id or "", "–"),
                                _num(e.value), STATUS_NAMES[e.status], e.narrative or "",
                                e.source or ""])  # fmt: skip
            story.append(_table(entries, [64, 90, 50, 70, 286, 200], st, tiny=True))
        else:
            story.append(para("No progress entries in this period.", st["small"]))
        if r.evidence:
            ev: list[list[Any]] = [["Evidence", "Title", "Date", "Region"]]
            for link in r.evidence:
                ev.append([link.kind.replace("_", " "), link.title,
                           link.date.isoformat() if link.date else "",
                           regions.get(link.region_id or "", "–")])  # fmt: skip
            story.append(Spacer(1, 3))
            story.append(_table(ev, [70, 476, 64, 150], st, tiny=True))
        story.append(Spacer(1, 8))
    return _build(out, f"NAP 1325 monitoring — {region}", story, page)
