"""`tirek sync ...`: export, import, status, held, trust, retire, folder, conflicts, log."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from app.core.errors import N_, InputError
from app.core.store import Store
from app.sync import exchange, held, review, signing, state
from app.sync.exchange import Receipt

PASSPHRASE_ENV = "TIREK_SYNC_PASSPHRASE"
EXIT_REFUSED = 1
EXIT_HELD = 3


def register(sub: Any) -> None:
    p = sub.add_parser("sync", help="exchange records with other laptops through files")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    def with_passphrase(a: argparse.ArgumentParser) -> None:
        a.add_argument(
            "--passphrase-file",
            metavar="FILE",
            help=f"file holding the network passphrase (or set ${PASSPHRASE_ENV})",
        )

    a = actions.add_parser("export", help="write a bundle file for another laptop")
    a.add_argument("--out", required=True, metavar="DIR", help="folder to write the file into")
    a.add_argument("--for", dest="for_peer", metavar="PEER", help="device name or fingerprint")
    a.add_argument("--request", metavar="FILE", help="a sync request file from the recipient")
    with_passphrase(a)
    a.add_argument(
        "--plain",
        action="store_true",
        help="do not encrypt the file even though a network passphrase is known",
    )
    a.set_defaults(handler=run_export)

    a = actions.add_parser("request", help="write a sync request (what this laptop has)")
    a.add_argument("--out", required=True, metavar="DIR")
    with_passphrase(a)
    a.set_defaults(handler=run_request)

    a = actions.add_parser("import", help="import bundle files")
    a.add_argument("files", nargs="+", metavar="FILE")
    with_passphrase(a)
    a.set_defaults(handler=run_import)

    a = actions.add_parser("status", help="this laptop's vector, its peers and state digest")
    a.set_defaults(handler=run_status)

    a = actions.add_parser("held", help="list files held until their sender is approved")
    a.set_defaults(handler=run_held)

    a = actions.add_parser("trust", help="approve a sender and apply what it sent")
    a.add_argument("sender", metavar="SENDER", help="device name or key fingerprint")
    a.set_defaults(handler=run_trust)

    a = actions.add_parser("retire", help="stop accepting a laptop's later work (travels)")
    a.add_argument("sender", metavar="SENDER")
    a.add_argument("--reason", help="why (lost, stolen, replaced), kept with the record")
    a.set_defaults(handler=run_retire)

    a = actions.add_parser("rekey", help="a new signing key after the keys folder was lost")
    a.set_defaults(handler=run_rekey)

    a = actions.add_parser("folder", help="exchange through a shared folder")
    a.add_argument("folder", metavar="DIR")
    with_passphrase(a)
    a.set_defaults(handler=run_folder)

    a = actions.add_parser("conflicts", help="list conflicts waiting for review")
    a.set_defaults(handler=run_conflicts)

    a = actions.add_parser("resolve", help="settle a conflict (coordinators)")
    a.add_argument("entity")
    a.add_argument("row_id")
    a.add_argument("field")
    g = a.add_mutually_exclusive_group(required=True)
    g.add_argument("--value", help="the value to keep, as JSON (e.g. '\"Osh\"' or 12)")
    g.add_argument("--keep-deleted", action="store_true")
    g.add_argument("--restore", action="store_true")
    g.add_argument("--accept", action="store_true", help="keep the change made elsewhere")
    g.add_argument("--reject", action="store_true", help="dismiss the change made elsewhere")
    a.set_defaults(handler=run_resolve)

    a = actions.add_parser(
        "compact", help="remove tombstones older than the network's horizon (coordinators)"
    )
    a.add_argument("--horizon-days", type=int, default=730, metavar="DAYS")
    a.set_defaults(handler=run_compact)

    a = actions.add_parser("log", help="the audit trail of one record")
    a.add_argument("entity")
    a.add_argument("row_id")
    a.set_defaults(handler=run_log)


def _passphrase(args: argparse.Namespace) -> str | None:
    if args.passphrase_file:
        try:
            return Path(args.passphrase_file).read_text("utf-8").strip()
        except OSError as err:
            raise InputError(
                N_("Cannot read the passphrase file: {reason}"), reason=err.strerror or err
            ) from err
    return os.environ.get(PASSPHRASE_ENV) or None


def run_export(store: Store, args: argparse.Namespace) -> int:
    result = exchange.export_bundle(
        store,
        Path(args.out),
        for_peer=args.for_peer,
        request=Path(args.request) if args.request else None,
        # Encrypted whenever the network passphrase is known; --plain is the opt-out.
        passphrase=None if args.plain else _passphrase(args),
    )
    print(result.path)
    return 0


def run_request(store: Store, args: argparse.Namespace) -> int:
    result = exchange.export_bundle(store, Path(args.out), passphrase=_passphrase(args), empty=True)
    print(result.path)
    return 0


def _print_receipts(receipts: list[Receipt]) -> int:
    for r in receipts:
        if r.status == "refused":
            print(f"{r.file}: REFUSED: {r.message}")
            continue
        line = (
            f"{r.file}: {r.status} from {r.sender}: {r.ops_new} new changes, "
            f"{r.ops_known} already known, {r.conflicts} conflicts raised"
        )
        if r.status == "held":
            line = f"{r.file}: {r.message}"
        elif r.message:
            line += f" ({r.message})"
        print(line)
    if any(r.status == "refused" for r in receipts):
        return EXIT_REFUSED
    if any(r.status == "held" for r in receipts):
        return EXIT_HELD
    return 0


def run_import(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    files = [Path(f) for f in args.files]
    return _print_receipts(exchange.import_files(store, files, _passphrase(args)))


def run_status(store: Store, _args: argparse.Namespace) -> int:
    ov = exchange.overview(store)
    with store.read() as session:
        names = state.device_names(session)
    ident = store.require_identity()
    print(f"this laptop:  {ov.device_name} ({ident.role}), key {ov.fingerprint}")
    print(f"digest:       {ov.digest}")
    print("has changes:")
    for origin, seq in ov.vector.items():
        print(f"  {names.get(origin, origin[:8]):<20} {origin}  up to {seq}")
    print("peers:")
    for p in ov.peers:
        extra = (
            f", its stamps {p.clock_ahead_days:.1f} days ahead of this laptop's clock"
            if p.clock_ahead_days
            else ""
        )
        print(
            f"  {p.device_name:<20} {p.fingerprint}  {p.trust}, "
            f"last file from it: {p.last_import_at or '-'}, "
            f"last file for it: {p.last_export_at or '-'}{extra}"
        )
    conflicts = len(review.list_conflicts(store))
    print(f"open conflicts: {conflicts}; files held for approval: {len(ov.held)}")
    _print_waiting(ov)
    return 0


def _print_waiting(ov: exchange.Overview) -> None:
    """What waits for what (nothing stalls: it is applied as soon as that arrives)."""
    if not ov.waiting_changes and not ov.waiting_rows:
        print("waiting: nothing")
        return
    print("waiting:")
    for c in ov.waiting_changes:
        who = ov.names.get(c.origin, c.origin[:8])
        print(
            f"  {c.count} changes from {who} wait for its changes "
            f"{c.needs_from}..{c.needs_to} (an earlier file of {who})"
        )
    for r in ov.waiting_rows:
        if r.waiting_for == "create":
            what = "their creation (a file of the laptop that created them)"
        elif r.waiting_for.startswith(held.HOLD):
            who = ", ".join(ov.names.get(o, o[:8]) for o in held.held_origins(r.waiting_for))
            print(
                f"  {r.count} {r.entity} records (e.g. {r.example}) hold changes from {who} "
                "that only a coordinator may make; applied once the network knows it as "
                "a coordinator (docs/roles.md)"
            )
            continue
        else:
            entity, _, row_id = r.waiting_for.partition(":")
            what = f"{entity} {row_id} (not here yet)"
        print(f"  {r.count} {r.entity} records (e.g. {r.example}) wait for {what}")


def run_held(store: Store, _args: argparse.Namespace) -> int:
    held = exchange.list_held(store)
    if not held:
        print("No files are held.")
    for h in held:
        print(f"{h.file_name}: from {h.sender} (key {h.fingerprint}), received {h.received_at}")
    return 0


def run_trust(store: Store, args: argparse.Namespace) -> int:
    peer, receipts = exchange.trust(store, args.sender)
    print(f"Approved {peer.device_name} (key {peer.fingerprint}).")
    return _print_receipts(receipts)


def run_retire(store: Store, args: argparse.Namespace) -> int:
    peer = exchange.retire(store, args.sender, args.reason)
    print(
        f"Retired {peer.device_name} (key {peer.fingerprint}): its later changes are now "
        "refused here, and everywhere the retirement travels with the next sync."
    )
    return 0


def run_rekey(store: Store, _args: argparse.Namespace) -> int:
    ident, moved = signing.rekey_laptop(store)
    print(f"New signing key for {ident.device_name}: {ident.fingerprint}")
    if moved:
        print(f"{moved} changes not yet acknowledged by any peer were re-issued under it.")
    print(
        "Tell the coordinator this fingerprint by phone; peers hold this laptop's files "
        f"until they approve it (tirek sync trust {ident.fingerprint})."
    )
    return 0


def run_folder(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    result = exchange.sync_folder(store, Path(args.folder), _passphrase(args))
    code = _print_receipts(result.receipts)
    if result.exported is not None:
        print(f"wrote {result.exported.path} ({result.exported.op_count} changes)")
    else:
        print("nothing new to send")
    return code


def run_conflicts(store: Store, _args: argparse.Namespace) -> int:
    conflicts = review.list_conflicts(store)
    if not conflicts:
        print("No conflicts.")
    for c in conflicts:
        print(f"{c.entity} {c.row_id} {c.field}: {c.words}")
        for v in c.versions:
            field = f"{v.field} = " if v.field and v.field != c.field else ""
            shown = json.dumps(v.value, ensure_ascii=False)
            if v.label:
                shown = f"{shown} ({v.label})"
            print(
                f"  {field}{shown}  by {v.author} on {v.device}, "
                f"{v.when.isoformat(timespec='minutes')}"
            )
    return 0


def run_resolve(store: Store, args: argparse.Namespace) -> int:
    value = None
    if args.value is not None:
        try:
            value = json.loads(args.value)
        except ValueError:
            value = args.value
    review.settle(
        store,
        args.entity,
        args.row_id,
        args.field,
        value=value,
        has_value=args.value is not None,
        keep_deleted=True if args.keep_deleted else False if args.restore else None,
        accept=True if args.accept else False if args.reject else None,
    )
    print("Conflict settled; the decision travels with the next sync.")
    return 0


def run_log(store: Store, args: argparse.Namespace) -> int:
    for e in review.audit_trail(store, args.entity, args.row_id):
        what = e.kind if e.field is None else f"{e.kind} {e.field}"
        value = "" if e.value is None else json.dumps(e.value, ensure_ascii=False)
        print(f"{e.when.isoformat(timespec='seconds')}  {e.author} on {e.device}: {what} {value}")
    return 0


def run_compact(store: Store, args: argparse.Namespace) -> int:
    from app.core.compaction import compact_tombstones

    n = compact_tombstones(store, args.horizon_days)
    print(
        f"Compacted {n} deleted records older than {args.horizon_days} days; the compaction "
        "reaches the other laptops with the next sync."
    )
    return 0
