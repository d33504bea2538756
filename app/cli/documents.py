"""`tirek certificates`, `verify`, `sheet` and `minutes`: printed documents."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.dates import day
from app.cli.output import save_path, terminal_progress
from app.core.errors import N_, InputError
from app.core.services.certificates import LANGUAGES, list_register
from app.core.services.verification import VALID, verify, verify_page
from app.core.store import Store
from app.documents.certificates import print_certificates
from app.documents.minutes import write_minutes
from app.documents.signin_sheet import write_signin_sheet
from app.documents.verify_pdf import pages_in_pdf

DOC_LANGS = ("ky", "ru", "en", "ky+ru")


def register(sub: Any) -> None:
    p = sub.add_parser("certificates", help="issue and print a training's certificates")
    p.add_argument("--training", required=True, metavar="ID")
    p.add_argument(
        "--out",
        type=Path,
        metavar="FILE.pdf|DIR",
        help="one PDF with all certificates (a folder: named after the training)",
    )
    p.add_argument("--each", type=Path, metavar="DIR", help="one PDF per person in DIR")
    p.add_argument("--lang", choices=LANGUAGES, default="ky")
    p.add_argument("--org-name", metavar="NAME", help="organisation name (default: settings)")
    p.add_argument("--logo", metavar="FILE", help="logo image (default: settings)")
    p.add_argument(
        "--partner-logo",
        action="append",
        default=[],
        metavar="FILE",
        help="a donor's or partner's logo (repeat; default: settings)",
    )
    p.add_argument(
        "--signatory",
        action="append",
        default=[],
        metavar='"NAME | ROLE"',
        help="who signs (repeat for up to three)",
    )
    p.add_argument(
        "--correct",
        action="store_true",
        help="issue a new version for people whose details changed (a corrected name)",
    )
    p.add_argument("--issued-on", type=day, metavar="DATE", help="date of issue (default today)")
    p.set_defaults(handler=run_certificates)

    p = sub.add_parser("register", help="the certificate register: numbers, codes, names")
    p.add_argument("--training", metavar="ID", help="only this training's certificates")
    p.set_defaults(handler=run_register)

    p = sub.add_parser("verify", help="check a certificate code, QR text or PDF, offline")
    p.add_argument("code", nargs="+", metavar="CODE", help="the printed code, or a PDF file")
    p.set_defaults(handler=run_verify)

    p = sub.add_parser("sheet", help="print the sign-in sheet of a session")
    p.add_argument("--session", required=True, metavar="ID")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--lang", choices=DOC_LANGS, default="ru")
    p.add_argument("--walk-ins", type=int, default=6, metavar="N", help="blank rows at least")
    p.set_defaults(handler=run_sheet)

    p = sub.add_parser("minutes", help="print the approved minutes of a meeting")
    p.add_argument("--meeting", required=True, metavar="ID")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--lang", choices=DOC_LANGS, default="ru")
    p.set_defaults(handler=run_minutes)


def run_register(store: Store, args: argparse.Namespace) -> int:
    rows = list_register(store, args.training)
    for c in rows:
        draft = "\tDRAFT" if c.draft else ""
        f = c.facts
        print(f"{c.number}\t{c.code}\t{f.person_name}\t{f.training_title}\t{f.issued_on}{draft}")
    print(f"{len(rows)} certificate(s).")
    return 0


def _writable(path: Path | None, folder: bool = False) -> None:
    if path is None:
        return
    if not folder:
        save_path(path)
    elif path.exists() and not path.is_dir():
        raise InputError(N_("{path} is a file, not a folder."), path=path)


def run_certificates(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    if args.out is None and args.each is None:
        raise InputError(N_("Say where to save the certificates: --out FILE.pdf or --each DIR."))
    _writable(args.out)
    _writable(args.each, folder=True)
    result = print_certificates(
        store,
        args.training,
        lang=args.lang,
        out=args.out,
        each_dir=args.each,
        organisation=args.org_name,
        logo=args.logo,
        signatories=args.signatory,
        partner_logos=args.partner_logo,
        correct=args.correct,
        issued_on=args.issued_on,
        progress=terminal_progress(),
    )
    for c in result.certificates:
        draft = "\tDRAFT (not valid until a coordinator signs it)" if c.draft else ""
        print(f"{c.number}\t{c.code}\t{c.facts.person_name}{draft}")
    for f in result.files:
        print(f"saved: {f}")
    return 0


def run_verify(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    text = " ".join(args.code)
    path = Path(text)
    if text.lower().endswith(".pdf") and path.is_file():
        pages = pages_in_pdf(path)
        if not pages:
            raise InputError(N_("No certificate code was found in {path}."), path=path)
        results = [verify_page(store, qr, visible) for qr, visible in pages]
    else:
        results = [verify(store, text)]
    ok = True
    for v in results:
        ok = ok and v.status == VALID
        print(f"{v.status.upper().replace('_', ' ')}: {v.message}")
        if v.note:
            print(f"  note:         {v.note}")
        if v.facts is not None:
            f = v.facts
            print(
                f"  number:       {f.number}" + (f" (version {f.version})" if f.version > 1 else "")
            )
            print(f"  name:         {f.person_name}")
            print(f"  training:     {f.training_title}")
            print(f"  dates:        {f.start_date.isoformat()} to {f.end_date.isoformat()}")
            print(f"  hours:        {f.hours:g}")
            print(f"  organisation: {f.organisation}")
            print(f"  issued on:    {f.issued_on.isoformat()}")
        print(f"  knowledge:    {v.freshness}")
    return 0 if ok else 1


def run_sheet(store: Store, args: argparse.Namespace) -> int:
    _writable(args.out)
    if args.walk_ins < 0:
        raise InputError(N_("--walk-ins cannot be negative."))
    out = write_signin_sheet(store, args.session, args.out, args.lang, args.walk_ins)
    print(f"Sign-in sheet saved: {out}")
    return 0


def run_minutes(store: Store, args: argparse.Namespace) -> int:
    _writable(args.out)
    out = write_minutes(store, args.meeting, args.out, args.lang)
    print(f"Minutes saved: {out}")
    return 0
