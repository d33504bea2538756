"""`tirek gui`, `init`, `demo` and `info`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.output import terminal_progress
from app.core.identity import ROLES

if TYPE_CHECKING:  # the window's start imports as little as it can before the key derivation
    from app.core.store import Store


def register(sub: Any) -> None:
    # Demo data pulls in every area's services: loaded only when the full command line is
    # built, never on the way to opening the window.
    from app.core.demo import SCALES

    p = sub.add_parser("gui", help="open the desktop window (the default)")
    p.set_defaults(handler=run_gui, without_store=True)

    p = sub.add_parser("init", help="set up this installation (device name, role, keys)")
    p.add_argument(
        "--device-name", required=True, metavar="NAME", help="a name for this laptop, e.g. Osh-1"
    )
    p.add_argument("--role", choices=ROLES, default="trainer")
    joining = p.add_mutually_exclusive_group()
    joining.add_argument("--invitation", metavar="FILE|CODE", help="join the coordinator's network")
    joining.add_argument(
        "--new-network", action="store_true", help="start a new network (a coordinator)"
    )
    p.set_defaults(handler=run_init)

    p = sub.add_parser("demo", help="fill the database with demo data")
    p.add_argument("--scale", choices=tuple(SCALES), default="small")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=run_demo)

    p = sub.add_parser("info", help="show the home folder, schema version and row counts")
    p.set_defaults(handler=run_info)


def run_gui(_store: None, args: argparse.Namespace) -> int:
    # Qt is loaded only for the GUI; it asks the passphrase in a window, then its first-run
    # wizard sets up a fresh installation. The key derivation (scrypt, a good part of a
    # second) starts first, on the other core, while Qt and the window are loaded.
    from app.core import passphrase
    from app.core.paths import Home

    passphrase.unlock_ahead(Home(args.home_dir))
    from app.ui.app import start

    return start(args.home_dir)


def run_init(store: Store, args: argparse.Namespace) -> int:
    from app.core.services import issuers

    invitation = issuers.read_invitation(args.invitation) if args.invitation else None
    if args.new_network and args.role != "coordinator":
        issuers.start_network_refused()
    ident = store.initialise(args.device_name, args.role)
    if invitation is not None:
        issuers.join_network(store, invitation)
    elif args.new_network:
        issuers.start_network(store)
    print(f"Set up {ident.device_name} ({ident.role}) in {store.home.root}")
    print(f"replica id:      {ident.replica_id}")
    print(f"key fingerprint: {ident.fingerprint}")
    if issuers.joined(store):
        print(f"network:         {issuers.network_id(store)}")
    else:
        print("network:         none yet (tirek network join FILE|CODE from the coordinator)")
    return 0


def run_demo(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    from app.core.demo import load_demo

    result = load_demo(store, args.scale, args.seed, terminal_progress())
    if not result.added:
        print(f"Demo data with seed {args.seed} is already here; nothing added.")
        return 0
    c = result.counts
    print(
        f"Demo data added ({args.scale}, seed {args.seed}): {c['person']} people, "
        f"{c['training']} trainings, {c['session']} sessions, "
        f"{c['attendance_mark']} attendance marks, {c['meeting']} meetings."
    )
    return 0


def run_info(store: Store, _args: argparse.Namespace) -> int:
    ident = store.identity()
    print(f"home folder:    {store.home.root}")
    print(f"database:       {store.home.database}")
    print(f"schema version: {store.schema_version()}")
    if ident is None:
        print("device:         (not set up: run `tirek init --device-name NAME`)")
    else:
        print(f"device:         {ident.device_name} ({ident.role})")
        print(f"replica id:     {ident.replica_id}")
        print(f"key:            {ident.fingerprint}")
    print("records:")
    for name, count in store.row_counts().items():
        print(f"  {name:<18} {count:>9}")
    return 0
