"""`tirek audit`: who changed, exported, printed or erased what, and when."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.dates import day
from app.core.services.audit import AuditFilter, audit_page
from app.core.store import Store


def register(sub: Any) -> None:
    p = sub.add_parser("audit", help="who changed, exported, printed or erased what (newest first)")
    p.add_argument("--person", metavar="ID", help="only what concerns this person")
    p.add_argument("--laptop", metavar="NAME", help="only what this laptop did")
    p.add_argument("--since", type=day, metavar="DATE", help="from this day (YYYY-MM-DD)")
    p.add_argument("--until", type=day, metavar="DATE", help="up to this day, included")
    p.add_argument("--page", type=int, default=1, help="page number (50 entries a page)")
    p.set_defaults(handler=run_audit)


def run_audit(store: Store, args: argparse.Namespace) -> int:
    flt = AuditFilter(
        person_id=args.person,
        laptop=args.laptop,
        since=args.since,
        until=args.until,
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
