"""`tirek people consent ...` and `tirek people erase ...` (docs/privacy-erasure.md)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.dates import moment
from app.core.errors import N_, InputError
from app.core.services import privacy
from app.core.store import Store
from app.core.vocab import CONSENT_KINDS

WAYS = ("paper_sheet", "self_registration", "verbal")


def register(sub: Any) -> None:
    p = sub.add_parser("people", help="consent statements and erasure of a person")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    c = actions.add_parser(
        "consent",
        help="show a person's consent, or record a statement (given or withdrawn)",
        description="Without --kind: show the current consent and its history. With it: "
        "record one statement, e.g. tirek people consent ID --kind data --given "
        "--how paper_sheet",
    )
    c.add_argument("person_id", metavar="ID")
    c.add_argument("--kind", choices=CONSENT_KINDS)
    state = c.add_mutually_exclusive_group()
    state.add_argument("--given", action="store_true", help="she gave her consent")
    state.add_argument("--withdrawn", action="store_true", help="she withdrew (or refused) it")
    c.add_argument("--how", choices=WAYS, default="paper_sheet")
    c.add_argument("--witness", metavar="NAME", help="who witnessed consent given verbally")
    c.add_argument("--when", type=moment, metavar="DATE", help="when she gave it (default: now)")
    c.set_defaults(handler=run_consent)

    e = actions.add_parser(
        "erase",
        help="erase a person on her request (cannot be undone; travels to every laptop)",
    )
    e.add_argument("person_id", metavar="ID")
    e.add_argument("--reason", required=True, help="e.g. her written request of 2026-11-30")
    e.set_defaults(handler=run_erase)


def run_consent(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    if args.kind:
        if not (args.given or args.withdrawn):
            raise InputError(N_("Say --given or --withdrawn."), field="given")
        privacy.record_consent(
            store, args.person_id, args.kind, args.given, args.how, args.witness, args.when
        )
        print(f"Recorded: consent ({args.kind}) {'given' if args.given else 'withdrawn'}.")
    consent = privacy.consent_of(store, args.person_id)
    for kind in CONSENT_KINDS:
        print(f"{kind}: {'given' if consent.current.get(kind) else 'not given'}")
    for st in consent.history:
        when = st.given_at.isoformat(sep=" ") if st.given_at else "-"
        who = f", witness {st.witness}" if st.witness else ""
        by = f", recorded by {st.recorded_by} on {st.recorded_on}" if st.recorded_by else ""
        print(f"  {when}  {st.kind} {'given' if st.given else 'withdrawn'} ({st.how}{who}{by})")
    return 0


def run_erase(store: Store, args: argparse.Namespace) -> int:
    # A coordinator's right: the service refuses others (app/core/rights.py).
    shown = privacy.erase_person(store, args.person_id, args.reason)
    print(
        f"Erased. She is now shown as {shown}; her attendance still counts. This cannot be "
        "undone; the erasure reaches the other laptops with the next sync."
    )
    return 0
