"""`tirek results ...`: a project's results framework, its computed indicators, the records
behind a number, and the framework as a spreadsheet."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.output import table
from app.core.services.results import indicators
from app.core.store import Store
from app.documents.results.export import export_framework


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
    print(export_framework(store, args.project, args.period, args.out, args.lang))
    return 0
