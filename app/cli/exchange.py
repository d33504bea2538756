"""`tirek export`, `import`, `report` and `duplicates`: spreadsheets, reports, duplicates."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.dates import day
from app.cli.output import save_path, terminal_progress
from app.core.errors import N_, InputError
from app.core.services import duplicates as dup
from app.core.services.import_match import NEW, POSSIBLE, REPEAT
from app.core.services.people_import import check_people_file, import_people, match_problems
from app.core.services.reports import DEFAULT_AGE_BANDS, ReportScope, donor_report
from app.core.services.training_import import check_training_file, import_training
from app.core.services.whole_import import import_everything
from app.core.store import Store
from app.core.text import is_number
from app.documents.reports.save import save_report
from app.documents.sheets.exports import EXPORT_FORMATS, LISTS, export_list
from app.documents.sheets.training import export_training


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="export a list or everything (csv, xlsx, json), or one training's workbook",
        description="tirek export {people,trainings,attendance,meetings,all} --format F --out P"
        " | tirek export training ID --out FILE.xlsx",
    )
    p.add_argument("what", choices=(*LISTS, "all", "training"))
    p.add_argument("training_id", nargs="?", metavar="ID", help="for `export training`")
    p.add_argument("--format", choices=EXPORT_FORMATS, default="xlsx")
    p.add_argument("--out", type=Path, required=True, metavar="PATH")
    p.add_argument(
        "--consented-only",
        action="store_true",
        help="leave out people without a current consent to data processing",
    )
    p.set_defaults(handler=run_export)

    p = sub.add_parser(
        "import",
        help="check and import people or a training from .xlsx/.csv",
        description="Without --accept or --good-rows-only the file is only checked: every "
        "problem is listed with its row and column and nothing is written.",
    )
    p.add_argument("what", choices=("people", "training", "all"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--accept", action="store_true", help="write everything (refused on problems)")
    p.add_argument(
        "--good-rows-only", action="store_true", help="write the rows without problems only"
    )
    p.add_argument(
        "--same",
        action="append",
        default=[],
        metavar="ROW=ID",
        help="a row possibly already registered is this person (Tirek ID)",
    )
    p.add_argument(
        "--new",
        action="append",
        default=[],
        type=int,
        metavar="ROW",
        help="a row possibly already registered is a new person",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="read a column of another layout as a Tirek field (people only)",
    )
    p.set_defaults(handler=run_import)

    p = sub.add_parser("report", help="the donor report of a project or period (xlsx or pdf)")
    p.add_argument("--project", metavar="ID")
    p.add_argument("--from", dest="date_from", metavar="DATE", type=day)
    p.add_argument("--to", dest="date_to", metavar="DATE", type=day)
    p.add_argument("--format", choices=("xlsx", "pdf"), default="xlsx")
    p.add_argument("--out", type=Path, required=True, metavar="PATH")
    p.add_argument(
        "--age-bands", default=DEFAULT_AGE_BANDS, metavar="BANDS", help="e.g. 0-17,18-24,55+"
    )
    p.add_argument("--lang", choices=("en", "ru", "ky"), default="en", help="place names")
    p.set_defaults(handler=run_report)

    p = sub.add_parser("duplicates", help="find, review, merge and unmerge duplicate people")
    dsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = dsub.add_parser("find", help="list likely duplicate pairs")
    q.add_argument("--limit", type=int, default=50)
    q.add_argument("--no-later", action="store_true", help="leave out pairs kept for later")
    q.set_defaults(handler=run_dup_find)
    q = dsub.add_parser("merge", help="merge DUPLICATE into KEEP")
    q.add_argument("duplicate", metavar="DUPLICATE_ID")
    q.add_argument("keep", metavar="KEEP_ID")
    q.set_defaults(handler=run_dup_merge)
    q = dsub.add_parser("unmerge", help="undo a merge (coordinators)")
    q.add_argument("duplicate", metavar="DUPLICATE_ID")
    q.set_defaults(handler=run_dup_unmerge)
    q = dsub.add_parser("merged", help="list the records merged into others (to unmerge one)")
    q.add_argument("--into", metavar="KEEP_ID", help="only those merged into this person")
    q.set_defaults(handler=run_dup_merged)
    for action, text in (("not-same", "not the same person"), ("later", "decide later")):
        q = dsub.add_parser(action, help=f"record: {text}")
        q.add_argument("person_a", metavar="ID")
        q.add_argument("person_b", metavar="ID")
        q.set_defaults(handler=run_dup_decide, decision=action.replace("-", "_"))


def run_export(store: Store, args: argparse.Namespace) -> int:
    out = save_path(args.out)
    if args.what == "training":
        if not args.training_id:
            raise InputError(N_("Say which training: tirek export training ID --out FILE.xlsx"))
        if args.format == "json" or out.suffix.lower() not in (".xlsx", ".csv"):
            raise InputError(N_("A training is exported to FILE.xlsx (the template) or FILE.csv."))
        export_training(store, args.training_id, out, args.consented_only)
    else:
        export_list(store, args.what, args.format, out, terminal_progress(), args.consented_only)
    print(f"Saved: {out}")
    return 0


def _decisions(args: argparse.Namespace) -> dict[int, str]:
    """--same ROW=ID and --new ROW as row -> person id or "new"."""
    out: dict[int, str] = {row: NEW for row in args.new}
    for item in args.same:
        row, _, pid = item.partition("=")
        if not is_number(row.strip()) or not pid.strip():
            raise InputError(N_("Write --same as ROW=ID, e.g. --same 7=<Tirek ID>."))
        out[int(row)] = pid.strip()
    return out


def run_import(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    if not args.file.is_file():
        raise InputError(N_("There is no file {path}."), path=args.file)
    write = args.accept or args.good_rows_only
    if args.what == "all":
        whole = import_everything(store, args.file)
        total = sum(whole.created.values())
        print(
            f"Imported {total} records into {len(whole.created)} tables "
            f"({whole.updated} place or topic names corrected)."
        )
        return 0
    if args.what == "people":
        mapping = {}
        for m in args.map:
            header, _, field = m.partition("=")
            if not field:
                raise InputError(N_("Write --map as HEADER=FIELD, e.g. --map 'Аты=full_name'."))
            mapping[header.strip()] = field.strip()
        check = check_people_file(store, args.file, mapping)
        for problem in check.problems:
            print(problem)
        for line in match_problems(check):
            print(line)
        print(
            f"{len(check.rows)} rows ready: {check.count(NEW)} new, {check.existing} already "
            f"in the registry, {check.count(POSSIBLE)} possibly registered, "
            f"{check.count(REPEAT)} repeated in the file; {len(check.bad_rows)} rows with "
            "problems."
        )
        if check.count(POSSIBLE):
            print("Decide each possible row with --same ROW=ID or --new ROW (else it is left out).")
        if not write:
            print("Nothing written (checked only). Use --accept, or --good-rows-only.")
            return 1 if check.errors else 0
        result = import_people(
            store, check, good_rows_only=args.good_rows_only, decisions=_decisions(args)
        )
        if result.changed_nothing:
            print(
                f"Nothing changed: {result.linked} rows are people already in the registry"
                f"{f', {result.undecided} rows left undecided' if result.undecided else ''}."
            )
            return 0
        print(
            f"Imported {result.added} people ({result.organisations_added} new organisations);"
            f" {result.linked} already registered, {result.undecided} undecided and"
            f" {result.skipped_rows} rows with problems left out."
        )
        return 0
    tcheck = check_training_file(store, args.file, _decisions(args))
    for problem in tcheck.problems + (tcheck.people.problems if tcheck.people else []):
        print(problem)
    print(
        f"Training {tcheck.training.get('title')!r}: {len(tcheck.sessions)} sessions, "
        f"{len(tcheck.person_ids)} participants, {len(tcheck.marks)} marks."
    )
    if not write:
        print("Nothing written (checked only). Use --accept to import.")
        return 1 if tcheck.errors else 0
    if args.good_rows_only:
        raise InputError(N_("A training is imported whole: fix the problems and try again."))
    r = import_training(store, tcheck)
    print(
        f"{'Created' if r.created else 'Updated'} training {r.training_id}: "
        f"{r.people_added} new people, {r.marks} marks written."
    )
    return 0


def run_report(store: Store, args: argparse.Namespace) -> int:
    out = save_path(args.out)
    scope = ReportScope(args.project, args.date_from, args.date_to)
    report = donor_report(store, scope, age_bands=args.age_bands, lang=args.lang)
    # It leaves the office: small numbers hidden at the installation's threshold.
    save_report(store, report, out, args.format)
    print(
        f"Report saved: {out} ({report.trainings_held} trainings, {report.participations} "
        f"participations, {report.unique_people} people)"
    )
    return 0


def run_dup_find(store: Store, args: argparse.Namespace) -> int:
    scan = dup.find_duplicates(store, include_later=not args.no_later, progress=terminal_progress())
    for p in scan.pairs[: args.limit]:
        later = " (later)" if p.decision == "later" else ""
        print(
            f"{p.score:.2f}{later}\t{p.person_a_id}\t{p.name_a}\t{p.person_b_id}\t{p.name_b}"
            f"\t{','.join(p.reasons)}"
        )
    print(f"{len(scan.pairs)} likely pairs among {scan.people} people.")
    return 0


def run_dup_merge(store: Store, args: argparse.Namespace) -> int:
    dup.merge_people(store, args.duplicate, args.keep)
    print(f"Merged {args.duplicate} into {args.keep}.")
    return 0


def run_dup_unmerge(store: Store, args: argparse.Namespace) -> int:
    dup.unmerge_person(store, args.duplicate)
    print(f"{args.duplicate} stands on its own again.")
    return 0


def run_dup_merged(store: Store, args: argparse.Namespace) -> int:
    rows = dup.merged_records(store, args.into)
    for r in rows:
        print(f"{r.person_id}\t{r.full_name}\t{r.merged_into_id}\t{r.merged_into_name}")
    print(f"{len(rows)} merged records.")
    return 0


def run_dup_decide(store: Store, args: argparse.Namespace) -> int:
    dup.decide(store, args.person_a, args.person_b, args.decision)
    print("Decision kept.")
    return 0
