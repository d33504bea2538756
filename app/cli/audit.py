"""`tirek audit`: who changed, exported, printed or erased what, and when."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from app.core.errors import N_, InputError
from app.core.services.audit import AuditFilter, audit_page
from app.core.store import Store


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(
            N_("{value} is not a date; write it as 2026-03-10."), value=value
        ) from None


def register(sub: Any) -> None:
    p = sub.add_parser("audit", help="who changed, exported, printed or erased what (newest first)")
    p.add_argument("--person", metavar="ID", help="only what concerns this person")
    p.add_argument("--laptop", metavar="NAME", help="only what this laptop did")
    p.add_argument("--since", metavar="DATE", help="from this day (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="up to this day, included")
    p.add_argument("--page", type=int, default=1, help="page number (50 entries a page)")
    p.set_defaults(handler=run_audit)


def run_audit(store: Store, args: argparse.Namespace) -> int:
    flt = AuditFilter(
        person_id=args.person,
        laptop=args.laptop,
        since=_day(args.since) if args.since else None,
        until=_day(args.until) if args.until else None,
    )
    page = audit_page(store, flt, max(0, args.page - 1))
    for e in page.entries:
        record = f"{e.entity}:{e.row_id}" if e.entity else "-"
        print(
            "\t".join(
                (e.at.strftime("%Y-%m-%d %H:%M:%S"), e.laptop, e.who, e.action, record,
                 e.field or "-", e.what or "-", ",".join(e.person_ids) or "-")
            )
        )  # fmt: skip
    more = f"; more: --page {page.page + 2}" if page.has_more else ""
    print(f"Page {page.page + 1}: {len(page.entries)} entries{more}.")
    return 0
