"""`tirek results ...`: a project's results framework, its computed indicators, the records
behind a number, and the framework as a spreadsheet."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.output import table
from app.core.services.projects import list_projects
from app.core.services.results import framework, indicators
from app.core.store import Store
from app.documents.results.xlsx import write_framework_xlsx


def register(sub: Any) -> None:
    p = sub.add_parser("results", help="a project's results framework and indicators")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("indicators", help="every indicator of a project for a period")
    a.add_argument("--project", required=True, metavar="ID")
    a.add_argument("--period", required=True, metavar="2026|2026-H1|2026-Q3")
    a.set_defaults(handler=run_indicators)
    a = acts.add_parser("trace", help="the records behind one indicator's number")
    a.add_argument("indicator", metavar="INDICATOR-ID")
    a.add_argument("--period", required=True, metavar="2026|2026-H1|2026-Q3")
    a.set_defaults(handler=run_trace)
    a = acts.add_parser(
        "export", help="the framework with targets, actuals, charts and evidence (.xlsx or .pdf)"
    )
    a.add_argument("--project", required=True, metavar="ID")
    a.add_argument("--period", required=True, action="append", metavar="PERIOD")
    a.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx|FILE.pdf")
    a.add_argument("--lang", choices=("ky", "ru", "en"), default="en", help="language of a PDF")
    a.set_defaults(handler=run_export)


def _num(v: float | None) -> str:
    return "" if v is None else f"{v:g}"


def run_indicators(store: Store, args: argparse.Namespace) -> int:
    rows = indicators.compute_indicators(store, args.project, args.period)
    table(
        ["code", "indicator", "value", "target", "baseline", "by sex", "id"],
        [
            [
                r.code,
                r.name,
                _num(r.value),
                _num(r.target),
                _num(r.baseline),
                " ".join(f"{k}={v:g}" for k, v in r.by_sex.items()),
                r.indicator_id,
            ]
            for r in rows
        ],
    )
    return 0


def run_trace(store: Store, args: argparse.Namespace) -> int:
    r = indicators.trace_indicator(store, args.indicator, args.period)
    print(f"{r.code} {r.name}, {r.period}: {_num(r.value)}")
    table(
        ["record", "id", "name", "detail"], [[x.kind, x.id, x.label, x.detail] for x in r.records]
    )
    return 0


def run_export(store: Store, args: argparse.Namespace) -> int:
    name = next((p.name for p in list_projects(store) if p.id == args.project), args.project)
    statements = framework.get_framework(store, args.project)
    values = {
        p: {r.indicator_id: r for r in indicators.compute_indicators(store, args.project, p)}
        for p in args.period
    }
    if args.out.suffix.lower() == ".pdf":
        from app.core.services.results.framework import period_bounds
        from app.core.services.results.regions import region_overview
        from app.documents.results.pdf import write_framework_pdf

        spans = [period_bounds(p) for p in args.period]
        regions = region_overview(
            store, min(a for a, _ in spans), max(b for _, b in spans), args.project
        )
        path = write_framework_pdf(
            args.out, name, statements, args.period, values, regions, args.lang
        )
    else:
        path = write_framework_xlsx(args.out, name, statements, args.period, values)
    print(path)
    return 0
