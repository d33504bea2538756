"""Small record commands for scripts and the bundle's smoke test: `tirek training add`."""

from __future__ import annotations

import argparse
from typing import Any

from app.core.services.reference import region_id
from app.core.services.trainings import create_training
from app.core.store import Store


def register(sub: Any) -> None:
    p = sub.add_parser("training", help="record trainings from the command line")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="record a new training")
    add.add_argument("--title", required=True)
    add.add_argument("--start", required=True, metavar="DATE", help="e.g. 2026-03-15")
    add.add_argument("--end", required=True, metavar="DATE")
    add.add_argument(
        "--region",
        metavar="CODE",
        help="region code, e.g. osh, batken or bishkek",
    )
    add.add_argument("--venue")
    add.set_defaults(handler=run_training_add)


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
