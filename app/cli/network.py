"""`tirek assessment ...`, `tirek nap ...` and `tirek region`: the network's own work."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import plan_edits
from app.cli.dates import day
from app.cli.output import save_path
from app.core import vocab
from app.core.errors import N_, InputError, NotFoundError
from app.core.services import assessments as asm
from app.core.services import nap
from app.core.services.assessment_sheets import import_assessment_form, import_framework
from app.core.services.nap_import import import_plan
from app.core.services.org_profiles import region_organisations
from app.core.services.reference import list_regions
from app.core.store import Store
from app.documents.network.pdf import write_monitoring_pdf, write_profile_pdf
from app.documents.network.xlsx import (
    write_assessment_form,
    write_assessments_xlsx,
    write_framework_template,
    write_monitoring_xlsx,
    write_nap_template,
)


def register(sub: Any) -> None:
    p = sub.add_parser("assessment", help="capacity assessments of organisations")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("list", help="list assessments with dimension and overall scores")
    _scope(a)
    a.set_defaults(handler=run_assessment_list)
    a = acts.add_parser("export", help="export assessments and their scores to .xlsx")
    _scope(a)
    a.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    a.set_defaults(handler=run_assessment_export)
    a = acts.add_parser("profile", help="print an organisation's profile with assessments")
    a.add_argument("--organisation", required=True, metavar="ID")
    a.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    a.set_defaults(handler=run_assessment_profile)
    a = acts.add_parser("frameworks", help="list the assessment frameworks")
    a.set_defaults(handler=run_frameworks)
    a = acts.add_parser("framework-template", help="write an empty framework spreadsheet")
    a.add_argument("file", type=Path, metavar="FILE.xlsx")
    a.set_defaults(handler=run_template, write=write_framework_template)
    a = acts.add_parser("framework-import", help="create a framework from a spreadsheet")
    a.add_argument("file", type=Path, metavar="FILE.xlsx")
    a.add_argument("--name", required=True, metavar="TEXT")
    a.add_argument("--scale", default="1-4", metavar="1-4", help="lowest and highest score")
    a.set_defaults(handler=run_framework_import)
    a = acts.add_parser("form", help="write an assessment form of a framework version")
    a.add_argument("--version", required=True, metavar="ID", help="framework version id")
    a.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    a.set_defaults(handler=run_form)
    a = acts.add_parser("record", help="record an assessment from a filled form")
    a.add_argument("file", type=Path, metavar="FILE.xlsx")
    a.add_argument("--organisation", required=True, metavar="ID")
    a.add_argument("--version", required=True, metavar="ID")
    a.add_argument("--date", required=True, type=day, metavar="DATE")
    a.add_argument("--assessor", required=True, metavar="NAME")
    a.add_argument("--note", metavar="TEXT")
    a.set_defaults(handler=run_record)
    plan_edits.add_framework_actions(acts)

    p = sub.add_parser("nap", help="monitoring of the National Action Plan on UNSCR 1325")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("template", help="write the empty spreadsheet template of a plan")
    a.add_argument("file", type=Path, metavar="FILE.xlsx")
    a.set_defaults(handler=run_template, write=write_nap_template)
    a = acts.add_parser("import", help="import a plan's structure from the template")
    a.add_argument("file", type=Path, metavar="FILE.xlsx")
    a.add_argument("--title", metavar="TEXT", help="the plan's title (default: the file name)")
    a.add_argument("--years", metavar="2024-2027", help="the plan's first and last year")
    a.set_defaults(handler=run_nap_import)
    a = acts.add_parser("plans", help="list the plans")
    a.set_defaults(handler=run_nap_plans)
    a = acts.add_parser("progress", help="record progress on an indicator")
    a.add_argument("--plan", required=True, metavar="ID")
    a.add_argument("--indicator", required=True, metavar="NO.", help="e.g. 1.1.2")
    a.add_argument("--date", required=True, type=day, metavar="DATE")
    a.add_argument("--region", metavar="CODE", help="e.g. osh, batken (default: national)")
    a.add_argument("--value", metavar="NUMBER")
    a.add_argument("--status", choices=vocab.NAP_STATUSES)
    a.add_argument("--narrative", metavar="TEXT")
    a.add_argument("--source", metavar="TEXT")
    a.set_defaults(handler=run_nap_progress)
    a = acts.add_parser("link", help="link a training, meeting, decision or action item")
    a.add_argument("--plan", required=True, metavar="ID")
    a.add_argument("--indicator", required=True, metavar="NO.")
    what = a.add_mutually_exclusive_group(required=True)
    for kind in vocab.NAP_EVIDENCE_KINDS:
        what.add_argument(f"--{kind.replace('_', '-')}", dest=kind, metavar="ID")
    a.add_argument("--note", metavar="TEXT")
    a.set_defaults(handler=run_nap_link)
    a = acts.add_parser("report", help="the monitoring report of a region and period")
    a.add_argument("--plan", required=True, metavar="ID")
    a.add_argument("--from", dest="start", required=True, type=day, metavar="DATE")
    a.add_argument("--to", dest="end", required=True, type=day, metavar="DATE")
    a.add_argument("--region", metavar="CODE", help="default: all regions")
    a.add_argument("--period", choices=vocab.NAP_PERIODS, default="quarter")
    a.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx")
    a.set_defaults(handler=run_nap_report)
    plan_edits.add_nap_actions(acts)

    p = sub.add_parser(
        "region", help="the organisations of a region: people, trainings, meetings, scores"
    )
    p.add_argument("region", metavar="CODE", help="e.g. osh, batken, bishkek")
    p.set_defaults(handler=run_region)


def _scope(p: argparse.ArgumentParser) -> None:
    p.add_argument("--organisation", metavar="ID")
    p.add_argument("--region", metavar="CODE", help="e.g. osh, batken, bishkek")


def _region(store: Store, code: str | None) -> str | None:
    if not code:
        return None
    for r in list_regions(store):
        if r.code == code.strip().lower() or r.id == code:
            return r.id
    codes = ", ".join(r.code for r in list_regions(store))
    raise InputError(
        N_("There is no region {code}; choose one of: {codes}."), code=code, codes=codes
    )


def run_assessment_list(store: Store, args: argparse.Namespace) -> int:
    rows = asm.list_assessments(
        store, organisation_id=args.organisation, region_id=_region(store, args.region)
    )
    for r in rows:
        dims = "  ".join(f"{d.code}={'-' if d.score is None else d.score}" for d in r.dimensions)
        print(f"{r.id}\t{r.date}\t{r.organisation}\toverall={r.overall}\t{dims}")
    print(f"{len(rows)} assessment(s)")
    return 0


def run_assessment_export(store: Store, args: argparse.Namespace) -> int:
    save_path(args.out, (".xlsx",))
    out = write_assessments_xlsx(
        store, args.out, organisation_id=args.organisation, region_id=_region(store, args.region)
    )
    print(f"Assessments saved: {out}")
    return 0


def run_assessment_profile(store: Store, args: argparse.Namespace) -> int:
    save_path(args.out, (".pdf",))
    out = write_profile_pdf(store, args.organisation, args.out)
    print(f"Profile saved: {out}")
    return 0


def run_frameworks(store: Store, _args: argparse.Namespace) -> int:
    for f in asm.list_frameworks(store):
        d = asm.get_framework(store, f.latest_version_id)
        state = f"used by {d.assessments}" if d.frozen else "editable"
        print(f"{f.id}\t{f.name}\tversion {f.latest_number} ({state}), {len(d.dimensions)} dims")
    return 0


def run_template(_store: Store, args: argparse.Namespace) -> int:
    """An empty spreadsheet to fill in: a framework's or a plan's (`args.write`)."""
    save_path(args.file, (".xlsx",))
    print(f"Template saved: {args.write(args.file)}")
    return 0


def run_framework_import(store: Store, args: argparse.Namespace) -> int:
    try:
        lo, _, hi = args.scale.partition("-")
        scale = int(lo), int(hi)
    except ValueError:
        raise InputError(N_("Write the scale as 1-4.")) from None
    r = import_framework(store, args.file, name=args.name, scale_min=scale[0], scale_max=scale[1])
    print(
        f"Framework imported: {r.dimensions} dimension(s), {r.questions} question(s). "
        f"Version id: {r.version_id}"
    )
    return 0


def run_form(store: Store, args: argparse.Namespace) -> int:
    save_path(args.out, (".xlsx",))
    print(f"Assessment form saved: {write_assessment_form(store, args.version, args.out)}")
    return 0


def run_record(store: Store, args: argparse.Namespace) -> int:
    aid = import_assessment_form(
        store,
        args.file,
        organisation_id=args.organisation,
        version_id=args.version,
        date=args.date,
        assessor=args.assessor,
        note=args.note,
    )
    r = asm.get_assessment(store, aid)
    print(f"Assessment recorded: {aid} (overall {r.overall}, {r.overall_percent}% of the scale)")
    return 0


def run_nap_import(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    start = end = None
    if args.years:
        try:
            a, _, b = args.years.partition("-")
            start, end = int(a), int(b or a)
        except ValueError:
            raise InputError(N_("Write the years as 2024-2027.")) from None
    result = import_plan(
        store, args.file, title=args.title or args.file.stem, start_year=start, end_year=end
    )
    print(
        f"Plan imported: {result.objectives} objective(s), {result.tasks} task(s), "
        f"{result.indicators} indicator(s). Plan id: {result.plan_id}"
    )
    return 0


def run_nap_plans(store: Store, _args: argparse.Namespace) -> int:
    for p in nap.list_plans(store):
        years = f"{p.start_year or ''}-{p.end_year or ''}"
        print(f"{p.id}\t{p.title}\t{years}{'  (example)' if p.is_example else ''}")
    return 0


def run_nap_progress(store: Store, args: argparse.Namespace) -> int:
    ind = nap.find_indicator(store, args.plan, args.indicator)
    entry = nap.add_progress(
        store,
        ind.id,
        {
            "date": args.date,
            "region_id": _region(store, args.region),
            "value": args.value,
            "status": args.status,
            "narrative": args.narrative,
            "source": args.source,
        },
    )
    print(f"Progress recorded on {ind.code}: {entry}")
    return 0


def run_nap_link(store: Store, args: argparse.Namespace) -> int:
    ind = nap.find_indicator(store, args.plan, args.indicator)
    kind = next(k for k in vocab.NAP_EVIDENCE_KINDS if getattr(args, k))
    link = nap.link_evidence(store, ind.id, kind, getattr(args, kind), args.note)
    print(f"Linked the {kind.replace('_', ' ')} to {ind.code} as evidence: {link}")
    return 0


def run_nap_report(store: Store, args: argparse.Namespace) -> int:
    save_path(args.out, (".pdf", ".xlsx"))
    m = nap.monitoring(
        store,
        args.plan,
        start=args.start,
        end=args.end,
        region_id=_region(store, args.region),
        period=args.period,
    )
    if args.out.suffix.lower() == ".pdf":
        out = write_monitoring_pdf(store, m, args.out)
    else:
        out = write_monitoring_xlsx(store, m, args.out)
    counts = ", ".join(f"{k} {v}" for k, v in m.counts().items())
    print(f"Monitoring report saved: {out} ({len(m.rows)} indicators: {counts})")
    return 0


def run_region(store: Store, args: argparse.Namespace) -> int:
    rid = _region(store, args.region)
    rows = region_organisations(store, rid)
    if not rows:
        raise NotFoundError(N_("No organisations are registered in this region yet."))
    print("organisation\tpeople\ttrainings\tmeetings\tassessments\tlatest overall")
    for r in rows:
        latest = "-" if r.latest_overall is None else f"{r.latest_overall:g}"
        print(f"{r.name}\t{r.people}\t{r.trainings}\t{r.meetings}\t{r.assessments}\t{latest}")
    return 0
