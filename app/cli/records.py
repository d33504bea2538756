"""Small record commands for scripts and the bundle's smoke test: `tirek training add`,
and deleting a person, a training or a meeting (`delete ID --yes`) with its undo
(`restore ID`), the same services the screens use (app/core/services/deletion.py)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.dates import day
from app.core.errors import N_, InputError
from app.core.services import deletion
from app.core.services.reference import region_id
from app.core.services.trainings import create_training
from app.core.store import Store


def register(sub: Any) -> None:
    p = sub.add_parser("training", help="record trainings from the command line")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="record a new training")
    add.add_argument("--title", required=True)
    add.add_argument("--start", required=True, type=day, metavar="DATE", help="e.g. 2026-03-15")
    add.add_argument("--end", required=True, type=day, metavar="DATE")
    add.add_argument(
        "--region",
        metavar="CODE",
        help="region code, e.g. osh, batken or bishkek",
    )
    add.add_argument("--venue")
    add.set_defaults(handler=run_training_add)
    _deleting(actions, "training")
    for kind, what in (("person", "people in the registry"), ("meeting", "meetings")):
        kp = sub.add_parser(kind, help=f"delete {what} (and undo it)")
        _deleting(kp.add_subparsers(dest="action", metavar="ACTION", required=True), kind)


def _deleting(actions: Any, kind: str) -> None:
    d = actions.add_parser("delete", help=f"delete a {kind} (undo with `restore`)")
    d.add_argument("id", metavar="ID", help=f"the {kind}'s Tirek ID")
    d.add_argument("--yes", action="store_true", help="really delete it (no question asked)")
    d.set_defaults(handler=run_delete, kind=kind)
    r = actions.add_parser("restore", help=f"bring back a deleted {kind} (undo the delete)")
    r.add_argument("id", metavar="ID", help=f"the {kind}'s Tirek ID")
    r.set_defaults(handler=run_restore, kind=kind)


def run_delete(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    if not args.yes:
        raise InputError(
            N_("Deleting needs --yes (it can be undone with `tirek {kind} restore {id}`)."),
            field="yes",
            kind=args.kind,
            id=args.id,
        )
    name = deletion.delete(store, args.kind, args.id)
    print(f"Deleted: {name}. Undo with: tirek {args.kind} restore {args.id}")
    return 0


def run_restore(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    name = deletion.restore(store, args.kind, args.id)
    print(f"Restored: {name}")
    return 0


def run_training_add(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    values: dict[str, Any] = {
        "title": args.title,
        "start_date": args.start,
        "end_date": args.end,
        "venue": args.venue,
        "region_id": region_id(args.region.strip().lower()) if args.region else None,
    }
    training = create_training(store, values)
    print(f"Training recorded: {training}")
    return 0
