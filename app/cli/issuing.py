"""`tirek network ...` (start, join, invite, delegate, withdraw, page), `approve`, `revoke`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.dates import day
from app.core.errors import N_, InputError
from app.core.services import certificates, issuers
from app.core.store import Store
from app.sync import exchange


def register(sub: Any) -> None:
    p = sub.add_parser("network", help="the network this laptop belongs to, and its issuers")
    acts = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = acts.add_parser("start", help="start a new network (a coordinator, once)")
    a.add_argument("--verify-url", metavar="URL", help="where the verify page will be published")
    a.set_defaults(handler=run_start)
    a = acts.add_parser("join", help="join the coordinator's network with an invitation")
    a.add_argument("invitation", metavar="FILE|CODE")
    a.set_defaults(handler=run_join)
    a = acts.add_parser("invite", help="write an invitation for another laptop")
    a.add_argument("--out", type=Path, metavar="FILE", help="also write it to a file")
    a.set_defaults(handler=run_invite)
    a = acts.add_parser("delegate", help="let a laptop issue certificates for a period")
    a.add_argument("laptop", metavar="NAME")
    a.add_argument("--until", type=day, required=True, metavar="DATE")
    a.add_argument("--from", dest="start", type=day, metavar="DATE")
    a.set_defaults(handler=run_delegate)
    a = acts.add_parser("withdraw", help="refuse a laptop's certificates from a date on")
    a.add_argument("laptop", metavar="NAME")
    a.add_argument("--from", dest="start", type=day, metavar="DATE")
    a.add_argument("--reason", required=True)
    a.set_defaults(handler=run_withdraw)
    a = acts.add_parser("page", help="write the network's verify page (one HTML file)")
    a.add_argument("--out", type=Path, required=True, metavar="FILE.html")
    a.set_defaults(handler=run_page)

    p = sub.add_parser("approve", help="sign the drafts of a training (coordinators)")
    p.add_argument("--training", required=True, metavar="ID")
    p.set_defaults(handler=run_approve)

    p = sub.add_parser("revoke", help="revoke a certificate, with a reason (coordinators)")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=run_revoke)


def run_start(store: Store, args: argparse.Namespace) -> int:
    net = issuers.start_network(store, args.verify_url)
    print(f"Started network {net}; this laptop is its first issuer.")
    print(f"invitation code: {issuers.invitation(store).code()}")
    return 0


def run_join(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    net = issuers.join_network(store, issuers.read_invitation(args.invitation))
    print(f"Joined network {net}.")
    # Its coordinators are known now: changes held for a coordinator may apply (roles.md).
    left = exchange.recheck_held(store)
    if left:
        print(f"{left} records still hold changes that only a coordinator may make.")
    return 0


def run_invite(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    inv = issuers.invitation(store)
    if args.out is not None:
        try:
            args.out.write_text(inv.as_json(), encoding="utf-8")
        except OSError as err:
            raise InputError(
                N_("Cannot save {path}: {reason}"), path=args.out, reason=err.strerror or err
            ) from err
        print(f"Invitation saved: {args.out}")
    print(f"network:         {inv.network}")
    print(f"invitation code: {inv.code()}")
    return 0


def run_delegate(store: Store, args: argparse.Namespace) -> int:
    issuers.delegate(store, args.laptop, args.start or date.today(), args.until)
    print(f"{args.laptop} may issue certificates until {args.until.isoformat()}.")
    return 0


def run_withdraw(store: Store, args: argparse.Namespace) -> int:
    start = args.start or date.today()
    issuers.withdraw(store, args.laptop, start, args.reason)
    print(f"Certificates signed by {args.laptop} on or after {start.isoformat()} are refused.")
    return 0


def run_page(store: Store, args: argparse.Namespace) -> int:
    from app.documents.verify_page import write_verify_page

    out = write_verify_page(store, args.out)
    print(f"Verify page saved: {out}")
    return 0


def run_approve(store: Store, args: argparse.Namespace) -> int:
    n = certificates.approve(store, args.training)
    print(f"Signed {n} certificate(s).")
    return 0


def run_revoke(store: Store, args: argparse.Namespace) -> int:
    issuers.revoke(store, args.number.strip().upper(), args.reason)
    print(f"Certificate {args.number} revoked.")
    return 0
