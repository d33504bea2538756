"""Editing an assessment framework and a NAP plan part by part, from the command line.

A framework and a plan usually arrive whole from a spreadsheet (`framework-import`, `nap
import`); these actions add, change and delete one part afterwards (a dimension, a
question, a task, an indicator), start a framework's next version, correct one score of
an assessment. Each calls the same service a screen would (app/core/services/assessments.py
and nap.py), so the coordinator-only rule and the "version already used" rule hold here too.
NAP parts are named by their numbers ("1.2", "1.2.3"), as in the plan's own document.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.core.errors import N_, InputError, NotFoundError
from app.core.services import assessments as asm
from app.core.services import nap
from app.core.store import Store

# option -> the service's field, for the add/edit actions (None: the option is left out)
DIMENSION = {"code": "code", "name": "name", "guidance": "guidance"}
QUESTION = {"text": "text", "guidance": "guidance", "weight": "weight"}
VERSION = {"notes": "note", "scale_labels": "scale_labels"}
TASK = {"code": "code", "title": "title", "responsible": "responsible", "deadline": "deadline"}
INDICATOR = {**TASK, "unit": "unit", "baseline": "baseline", "target": "target"}


NAMING = ("code", "name", "title", "text")  # what an added part cannot go without
PARTS = ("objective", "task", "indicator")  # of a NAP plan, each under the one before


def _options(p: argparse.ArgumentParser, fields: dict[str, str], adding: bool) -> None:
    for option in fields:
        required = adding and option in NAMING
        p.add_argument(f"--{option.replace('_', '-')}", dest=option, required=required)


def _values(args: argparse.Namespace, fields: dict[str, str]) -> dict[str, Any]:
    return {f: getattr(args, o) for o, f in fields.items() if getattr(args, o) is not None}


def _scale(text: str | None) -> dict[str, int]:
    if text is None:
        return {}
    try:
        lo, _, hi = text.partition("-")
        return {"scale_min": int(lo), "scale_max": int(hi)}
    except ValueError:
        raise InputError(N_("Write the scale as 1-4.")) from None


def add_framework_actions(acts: Any) -> None:
    """`tirek assessment framework|framework-add|version-new|version-edit|dimension-*|
    question-*|score`."""
    a = acts.add_parser("framework", help="show a framework version's dimensions and questions")
    a.add_argument("--version", required=True, metavar="ID", help="framework version id")
    a.set_defaults(handler=run_framework_show)
    a = acts.add_parser("framework-add", help="create an empty framework (version 1)")
    a.add_argument("--name", required=True, metavar="TEXT")
    a.add_argument("--scale", default="1-4", metavar="1-4", help="lowest and highest score")
    a.add_argument("--description", metavar="TEXT")
    a.set_defaults(handler=run_framework_add)
    a = acts.add_parser("version-new", help="start a framework's next version (a copy)")
    a.add_argument("framework", metavar="FRAMEWORK_ID")
    a.set_defaults(handler=run_version_new)
    a = acts.add_parser("version-edit", help="change the scale or note of an unused version")
    a.add_argument("version", metavar="VERSION_ID")
    a.add_argument("--scale", metavar="1-5")
    _options(a, VERSION, adding=False)
    a.set_defaults(handler=run_version_edit)
    for part, fields in (("dimension", DIMENSION), ("question", QUESTION)):
        under = "version" if part == "dimension" else "dimension"
        a = acts.add_parser(f"{part}-add", help=f"add a {part} to an unused version")
        a.add_argument(f"--{under}", required=True, metavar="ID", dest="under")
        _options(a, fields, adding=True)
        a.set_defaults(handler=run_part_add, part=part, fields=fields)
        a = acts.add_parser(f"{part}-edit", help=f"change a {part} of an unused version")
        a.add_argument("id", metavar=f"{part.upper()}_ID")
        _options(a, fields, adding=False)
        a.set_defaults(handler=run_part_edit, part=part, fields=fields)
        a = acts.add_parser(f"{part}-delete", help=f"delete a {part} of an unused version")
        a.add_argument("id", metavar=f"{part.upper()}_ID")
        a.set_defaults(handler=run_part_delete, part=part)
    a = acts.add_parser("score", help="correct one score of a recorded assessment")
    a.add_argument("assessment", metavar="ASSESSMENT_ID")
    a.add_argument("--question", required=True, metavar="ID")
    given = a.add_mutually_exclusive_group(required=True)
    given.add_argument("--score", type=int, metavar="N")
    given.add_argument("--not-applicable", action="store_true")
    a.add_argument("--note", metavar="TEXT")
    a.set_defaults(handler=run_score)


def run_framework_show(store: Store, args: argparse.Namespace) -> int:
    d = asm.get_framework(store, args.version)
    state = f"used by {d.assessments}" if d.frozen else "editable"
    print(f"{d.name}, version {d.number} ({state}), scale {d.scale_min}-{d.scale_max}")
    for dim in d.dimensions:
        print(f"{dim.id}\t{dim.code}\t{dim.name}")
        for q in dim.questions:
            print(f"  {q.id}\tweight {q.weight:g}\t{q.text}")
    return 0


def run_framework_add(store: Store, args: argparse.Namespace) -> int:
    values = {"name": args.name, "description": args.description, **_scale(args.scale)}
    fid, vid = asm.create_framework(store, values)
    print(f"Framework created: {fid}. Version id: {vid}")
    return 0


def run_version_new(store: Store, args: argparse.Namespace) -> int:
    print(f"Next version started: {asm.new_version(store, args.framework)}")
    return 0


def run_version_edit(store: Store, args: argparse.Namespace) -> int:
    changed = asm.update_version(
        store, args.version, {**_values(args, VERSION), **_scale(args.scale)}
    )
    print(f"Changed: {', '.join(sorted(changed)) or 'nothing'}")
    return 0


def run_part_add(store: Store, args: argparse.Namespace) -> int:
    add = asm.add_dimension if args.part == "dimension" else asm.add_question
    print(f"The {args.part} was added: {add(store, args.under, _values(args, args.fields))}")
    return 0


def run_part_edit(store: Store, args: argparse.Namespace) -> int:
    change = asm.update_dimension if args.part == "dimension" else asm.update_question
    changed = change(store, args.id, _values(args, args.fields))
    print(f"Changed: {', '.join(sorted(changed)) or 'nothing'}")
    return 0


def run_part_delete(store: Store, args: argparse.Namespace) -> int:
    (asm.delete_dimension if args.part == "dimension" else asm.delete_question)(store, args.id)
    print(f"The {args.part} was deleted.")
    return 0


def run_score(store: Store, args: argparse.Namespace) -> int:
    score = None if args.not_applicable else args.score
    changed = asm.set_score(store, args.assessment, args.question, score, args.note)
    print(f"Changed: {', '.join(sorted(changed)) or 'nothing'}")
    return 0


def add_nap_actions(acts: Any) -> None:
    """`tirek nap show|plan-add|objective-add|task-add|indicator-add|delete`."""
    a = acts.add_parser("show", help="a plan's objectives, tasks and indicators")
    a.add_argument("--plan", required=True, metavar="ID")
    a.set_defaults(handler=run_nap_show)
    a = acts.add_parser("plan-add", help="create an empty plan (to fill part by part)")
    a.add_argument("--title", required=True, metavar="TEXT")
    a.add_argument("--years", metavar="2024-2027", help="the plan's first and last year")
    a.add_argument("--notes", metavar="TEXT")
    a.set_defaults(handler=run_plan_add)
    a = acts.add_parser("objective-add", help="add an objective to a plan")
    a.add_argument("--plan", required=True, metavar="ID")
    _options(a, {"code": "code", "title": "title"}, adding=True)
    a.set_defaults(handler=run_nap_add, under=None, fields={"code": "code", "title": "title"})
    for what, under, fields in (("task", "objective", TASK), ("indicator", "task", INDICATOR)):
        a = acts.add_parser(f"{what}-add", help=f"add a {what} under a plan's {under}")
        a.add_argument("--plan", required=True, metavar="ID")
        a.add_argument(f"--{under}", required=True, dest="under_code", metavar="NO.")
        _options(a, fields, adding=True)
        a.set_defaults(handler=run_nap_add, under=under, fields=fields)
    a = acts.add_parser("delete", help="delete an objective, task or indicator with its parts")
    a.add_argument("--plan", required=True, metavar="ID")
    part = a.add_mutually_exclusive_group(required=True)
    for what in PARTS:
        part.add_argument(f"--{what}", dest=what, metavar="NO.")
    a.set_defaults(handler=run_nap_delete)


def _years(text: str | None) -> dict[str, int]:
    if not text:
        return {}
    try:
        a, _, b = text.partition("-")
        return {"start_year": int(a), "end_year": int(b or a)}
    except ValueError:
        raise InputError(N_("Write the years as 2024-2027.")) from None


def _part_id(store: Store, plan_id: str, what: str, code: str) -> str:
    """The id of the plan's objective, task or indicator numbered `code`."""
    plan = nap.get_plan(store, plan_id)
    for o in plan.objectives:
        if what == "objective" and o.code == code.strip():
            return o.id
        for t in o.tasks:
            if what == "task" and t.code == code.strip():
                return t.id
            for i in t.indicators:
                if what == "indicator" and i.code == code.strip():
                    return i.id
    raise NotFoundError(N_("This plan has no {what} {code}."), what=what, code=code)


def run_nap_show(store: Store, args: argparse.Namespace) -> int:
    plan = nap.get_plan(store, args.plan)
    years = f"{plan.start_year or ''}-{plan.end_year or ''}"
    print(f"{plan.title} ({years})")
    for o in plan.objectives:
        print(f"{o.code}\t{o.title}")
        for t in o.tasks:
            print(f"  {t.code}\t{t.title}")
            for i in t.indicators:
                progress = len(nap.list_progress(store, i.id))
                evidence = len(nap.list_evidence(store, i.id))
                print(f"    {i.code}\t{i.title}\t{progress} progress, {evidence} evidence")
    return 0


def run_plan_add(store: Store, args: argparse.Namespace) -> int:
    values = {"title": args.title, "notes": args.notes, **_years(args.years)}
    print(f"Plan created: {nap.create_plan(store, values)}")
    return 0


def run_nap_add(store: Store, args: argparse.Namespace) -> int:
    values = _values(args, args.fields)
    if args.under is None:
        new = nap.add_objective(store, args.plan, values)
    else:
        under = _part_id(store, args.plan, args.under, args.under_code)
        add = nap.add_task if args.under == "objective" else nap.add_indicator
        new = add(store, under, values)
    print(f"Added {values['code']}: {new}")
    return 0


def run_nap_delete(store: Store, args: argparse.Namespace) -> int:
    what = next(w for w in PARTS if getattr(args, w))
    nap.delete_part(store, what, _part_id(store, args.plan, what, getattr(args, what)))
    print(f"Deleted {what} {getattr(args, what)} with everything under it.")
    return 0
