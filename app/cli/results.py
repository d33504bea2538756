"""`tirek results ...`: a project's results framework, its computed indicators, the records
behind a number, and the framework as a spreadsheet."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import results_records
from app.cli.dates import day
from app.cli.output import table
from app.core.services.results import framework, indicators, outcomes
from app.core.store import Store
from app.core.vocab import (
    INDICATOR_DEFINITIONS,
    OUTCOME_KINDS,
    OUTCOME_SOURCES,
    SEXES,
    STATEMENT_LEVELS,
)
from app.documents.results.export import export_framework


def register(sub: Any) -> None:
    p = sub.add_parser("results", help="a project's results framework and indicators")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("statement", help="add an outcome or output to a project's framework")
    a.add_argument("--project", required=True, metavar="ID")
    a.add_argument("--level", required=True, choices=STATEMENT_LEVELS)
    a.add_argument("--code", required=True, metavar="CODE", help="e.g. 1 or 1.1")
    a.add_argument("--text", required=True, metavar="TEXT")
    a.set_defaults(handler=run_statement)
    a = acts.add_parser("indicator", help="add an indicator under an outcome or output")
    a.add_argument("--statement", required=True, metavar="ID")
    a.add_argument("--code", required=True, metavar="CODE")
    a.add_argument("--name", required=True, metavar="TEXT")
    a.add_argument("--definition", required=True, choices=INDICATOR_DEFINITIONS)
    a.add_argument("--sex", choices=SEXES, help="count only this sex")
    a.add_argument("--margin", metavar="POINTS", help="knowledge: the rise that counts")
    a.add_argument("--baseline", metavar="NUMBER")
    a.add_argument("--unit", metavar="TEXT")
    a.add_argument("--nap-indicator", metavar="ID", help="the NAP 1325 indicator it serves")
    a.set_defaults(handler=run_indicator)
    a = acts.add_parser("target", help="set an indicator's target for a period")
    a.add_argument("indicator", metavar="INDICATOR-ID")
    a.add_argument("--period", required=True, metavar="2026|2026-H1|2026-Q3")
    a.add_argument("--target", required=True, type=float, metavar="NUMBER")
    a.set_defaults(handler=run_target)
    a = acts.add_parser("value", help="enter a hand-counted indicator's value, with evidence")
    a.add_argument("indicator", metavar="INDICATOR-ID")
    a.add_argument("--period", required=True, metavar="2026|2026-H1|2026-Q3")
    a.add_argument("--value", required=True, type=float, metavar="NUMBER")
    a.add_argument("--evidence", required=True, metavar="TEXT")
    a.set_defaults(handler=run_value)
    a = acts.add_parser("outcome", help="record what a person did after a training")
    a.add_argument("person", metavar="PERSON-ID")
    a.add_argument("--kind", required=True, choices=OUTCOME_KINDS)
    a.add_argument("--date", required=True, type=day, metavar="DATE")
    a.add_argument("--source", required=True, choices=OUTCOME_SOURCES)
    a.add_argument("--training", action="append", default=[], metavar="ID")
    a.add_argument("--note", metavar="TEXT")
    a.set_defaults(handler=run_outcome)
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
    results_records.add_actions(acts)


def run_statement(store: Store, args: argparse.Namespace) -> int:
    values = {"level": args.level, "code": args.code, "text": args.text}
    print(framework.add_statement(store, args.project, values))
    return 0


def run_indicator(store: Store, args: argparse.Namespace) -> int:
    values = {
        "code": args.code,
        "name": args.name,
        "definition": args.definition,
        "sex": args.sex,
        "margin": args.margin,
        "baseline": args.baseline,
        "unit": args.unit,
        "nap_indicator_id": args.nap_indicator,
    }
    print(framework.add_indicator(store, args.statement, values))
    return 0


def run_target(store: Store, args: argparse.Namespace) -> int:
    framework.set_target(store, args.indicator, args.period, args.target)
    return 0


def run_value(store: Store, args: argparse.Namespace) -> int:
    framework.set_value(store, args.indicator, args.period, args.value, args.evidence)
    return 0


def run_outcome(store: Store, args: argparse.Namespace) -> int:
    values = {"kind": args.kind, "date": args.date, "source": args.source, "note": args.note}
    print(outcomes.record_outcome(store, args.person, values, args.training))
    return 0


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
