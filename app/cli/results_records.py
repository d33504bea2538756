"""`tirek results project-add|project-edit|projects|test-add|local-result`: the records a
results framework counts, which no spreadsheet brings: a project (with its partner
organisations), a knowledge test given at trainings, and a local result (a plan, a budget
line or a decision a local council adopted) with who advocated it."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.dates import day
from app.core.errors import N_, InputError
from app.core.services import projects
from app.core.services.reference import district_id, region_id
from app.core.services.results import knowledge, local
from app.core.store import Store
from app.core.vocab import LOCAL_RESULT_KINDS

# option -> the project's field
PROJECT = {
    "name": "name",
    "donor": "donor",
    "start": "start_date",
    "end": "end_date",
    "objectives": "objectives",
}


def add_actions(acts: Any) -> None:
    a = acts.add_parser("projects", help="list the projects (with their ids)")
    a.set_defaults(handler=run_projects)
    for action, text in (("project-add", "add a project"), ("project-edit", "change a project")):
        a = acts.add_parser(action, help=text)
        if action == "project-edit":
            a.add_argument("project", metavar="PROJECT-ID")
        for option in PROJECT:
            a.add_argument(f"--{option}", required=action == "project-add" and option == "name")
        a.add_argument("--partner", action="append", metavar="ORGANISATION-ID",
                       help="a partner organisation (repeat; on edit: the whole list)")  # fmt: skip
        a.set_defaults(handler=run_project_add if action == "project-add" else run_project_edit)
    a = acts.add_parser("test-add", help="add a knowledge test given before and after trainings")
    a.add_argument("--title", required=True, metavar="TEXT")
    a.add_argument(
        "--question",
        required=True,
        action="append",
        metavar="TEXT[|ANSWER[|POINTS]]",
        help="one question (repeat), its correct answer and points (default 1)",
    )
    a.add_argument("--topic", metavar="TOPIC-ID")
    a.add_argument("--notes", metavar="TEXT")
    a.set_defaults(handler=run_test_add)
    a = acts.add_parser("local-result", help="record a local result and who advocated it")
    a.add_argument("--kind", required=True, choices=LOCAL_RESULT_KINDS)
    a.add_argument("--title", required=True, metavar="TEXT")
    a.add_argument("--date", required=True, type=day, metavar="DATE")
    a.add_argument("--region", metavar="CODE", help="e.g. osh, batken, bishkek")
    a.add_argument("--district", metavar="CODE")
    a.add_argument("--project", metavar="PROJECT-ID")
    a.add_argument("--description", metavar="TEXT")
    a.add_argument("--document", metavar="TEXT", help="where the adopted text can be found")
    a.add_argument("--organisation", action="append", default=[], metavar="ID")
    a.add_argument("--meeting", action="append", default=[], metavar="ID")
    a.set_defaults(handler=run_local_result)


def _project_values(args: argparse.Namespace) -> dict[str, Any]:
    return {f: getattr(args, o) for o, f in PROJECT.items() if getattr(args, o) is not None}


def run_projects(store: Store, _args: argparse.Namespace) -> int:
    for p in projects.list_projects(store):
        period = f"{p.start_date or ''}..{p.end_date or ''}"
        print(f"{p.id}\t{p.name}\t{p.donor or ''}\t{period}\t{len(p.partner_ids)} partner(s)")
    return 0


def run_project_add(store: Store, args: argparse.Namespace) -> int:
    pid = projects.create_project(store, _project_values(args), args.partner or ())
    print(f"Project added: {pid}")
    return 0


def run_project_edit(store: Store, args: argparse.Namespace) -> int:
    changed = projects.update_project(store, args.project, _project_values(args), args.partner)
    print(f"Changed: {', '.join(sorted(changed)) or 'nothing'}")
    return 0


def _question(text: str) -> knowledge.Question:
    words, answer, points = [*text.split("|"), "", ""][:3]
    try:
        return knowledge.Question(words, answer.strip() or None, float(points or 1))
    except ValueError:
        raise InputError(
            N_("Write a question as TEXT|ANSWER|POINTS (points a number): {text}"), text=text
        ) from None


def run_test_add(store: Store, args: argparse.Namespace) -> int:
    questions = [_question(q) for q in args.question]
    test = knowledge.create_test(store, args.title, questions, args.topic, args.notes)
    print(f"Test added: {test} ({len(questions)} question(s))")
    return 0


def run_local_result(store: Store, args: argparse.Namespace) -> int:
    values = {
        "kind": args.kind,
        "title": args.title,
        "date": args.date,
        "region_id": region_id(args.region.strip().lower()) if args.region else None,
        "district_id": district_id(args.district.strip().lower()) if args.district else None,
        "project_id": args.project,
        "description": args.description,
        "document": args.document,
    }
    rid = local.record_local_result(store, values, args.organisation, args.meeting)
    print(f"Local result recorded: {rid}")
    return 0
