"""The audit view and small-number suppression on the large installation (issue 16).

- the audit's first page (50 entries) with no filter, for one person (her record, her
  enrolments and marks among ~1.42 million ops), for one laptop, for one laptop and a
  month, and a later page (the 20th);
- hiding small numbers in the donor report of one project and of the whole database,
  beside computing the report itself (the baseline: suppression is added to it).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import text

from app.core.services.audit import AuditFilter, audit_page, hlc_time
from app.core.services.report_cells import hidden_summary, report_cells
from app.core.services.reports import ReportScope, donor_report
from app.core.small_numbers import suppress
from app.core.store import Store
from benchmarks.harness import Context, large_home, timed


def run(ctx: Context) -> None:
    store = Store.open(large_home())
    try:
        with store.read() as s:
            person = s.execute(
                text(
                    "SELECT row_text(person_id) FROM attendance_mark GROUP BY person_id "
                    "ORDER BY count(*) DESC LIMIT 1"
                )
            ).scalar_one()
            marks = s.execute(
                text("SELECT count(*) FROM attendance_mark WHERE person_id = op_key(:p)"),
                {"p": person},
            ).scalar_one()
            device = s.execute(text("SELECT device_name FROM installation")).scalar_one()
            last = s.execute(text("SELECT max(hlc) FROM op_log")).scalar_one()
            project = s.execute(
                text("SELECT row_text(id) FROM project ORDER BY name LIMIT 1")
            ).scalar_one()
        month_end = hlc_time(last).date()
        month = AuditFilter(laptop=device, since=month_end - timedelta(days=30), until=month_end)

        seconds, page = timed(lambda: audit_page(store), repeat=5)
        ctx.row("audit", f"first page, no filter ({len(page.entries)} entries)", seconds, "s")
        seconds, page = timed(lambda: audit_page(store, AuditFilter(person_id=person)), repeat=5)
        ctx.row(
            "audit",
            f"first page for one person ({marks} marks; {len(page.entries)} entries)",
            seconds,
            "s",
            aim="< 0.5 s",
        )
        seconds, page = timed(lambda: audit_page(store, AuditFilter(laptop=device)), repeat=5)
        ctx.row("audit", "first page for one laptop", seconds, "s")
        seconds, page = timed(lambda: audit_page(store, month), repeat=5)
        ctx.row("audit", f"first page for one laptop and 30 days ({len(page.entries)})", seconds,
                "s")  # fmt: skip
        seconds, page = timed(lambda: audit_page(store, page=19), repeat=3)
        ctx.row("audit", "page 20, no filter", seconds, "s")

        with store.read() as s:
            first_day = date.fromisoformat(
                s.execute(text("SELECT min(start_date) FROM training")).scalar_one()
            )
        for name, scope in (
            ("one project", ReportScope(project_id=project)),
            ("one week", ReportScope(date_from=first_day, date_to=first_day + timedelta(days=6))),
            ("whole database", ReportScope(date_from=date(2000, 1, 1), date_to=date(2100, 1, 1))),
        ):
            base, report = timed(lambda scope=scope: donor_report(store, scope))  # type: ignore[misc]
            seconds, cells = timed(
                lambda report=report: (report_cells(report, 5), hidden_summary(report, 5)),  # type: ignore[misc]
                repeat=5,
            )
            hidden = sum(
                isinstance(x, str)
                for b in cells[0]
                for line in b.lines
                for x in (line.participations, line.people, line.completed)
            )
            ctx.row(
                "suppression",
                f"hide small numbers, donor report of {name} ({hidden} cells hidden)",
                seconds,
                "s",
                baseline=base,
            )
        # The worst case of the rule: a table publishing row and column totals, many small
        # cells, so the exact linear check runs many times.
        rng = random.Random(16)
        table = [[rng.choice((0, 1, 2, 3, 7, 12, 40)) for _ in range(8)] for _ in range(40)]
        seconds, got = timed(lambda: suppress(table, 5, row_totals=True), repeat=3)
        hidden = sum(map(sum, got.cells))
        ctx.row("suppression", f"40 x 8 table, row and column totals ({hidden} hidden)", seconds,
                "s")  # fmt: skip
    finally:
        store.close()
