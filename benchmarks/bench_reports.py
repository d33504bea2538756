"""Donor report, duplicate detection and spreadsheet import on the large demo data (issue 6).

- the donor report of one project (1,250 trainings, ~62,000 participations) as .xlsx, and
  of the whole database (a period covering everything), read from the large installation;
- duplicate detection over the 100,000 people, beside a naive all-pairs estimate (a sample
  of pairs scored with the same comparison, extrapolated to n(n-1)/2 pairs);
- checking and importing a 5,000-row people spreadsheet into a copy of the installation.
"""

from __future__ import annotations

import random
import shutil
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import text

from app.core import demo_names as names
from app.core.matching import Facts, compare, name_key
from app.core.services.duplicates import _load_facts, find_duplicates
from app.core.services.people_import import check_people_file, import_people
from app.core.services.reports import ReportScope, donor_report
from app.core.store import Store
from app.documents.reports.workbook import write_report_xlsx
from benchmarks.harness import DATA, Context, copy_home, large_home, timed

PAIR_SAMPLE = 200_000
IMPORT_ROWS = 5_000


def _people_sheet(path: Path, rows: int) -> Path:
    rng = random.Random(6)
    wb = Workbook()
    ws = wb.active
    ws.append(["№", "ФИО", "Пол", "Год рождения", "Телефон", "Область", "Район", "Организация"])
    places = [("Ошская область", "Араванский район"), ("Чуйская область", "Сокулукский район")]
    for i in range(rows):
        stem = rng.choice(names.SURNAME_STEMS_KY)
        region, district = rng.choice(places)
        ws.append(
            [
                i + 1,
                f"{rng.choice(names.FEMALE_KY)} {stem}{'ева' if stem[-1] in 'ай' else 'ова'}",
                "ж",
                1950 + rng.randrange(55),
                f"0{rng.choice(('555', '700', '772'))} {rng.randrange(10**6):06d}",
                region,
                district,
                f"ОФ «{rng.choice(names.NGO_WORDS)}»",
            ]
        )
    wb.save(path)
    return path


def run(ctx: Context) -> None:
    home = large_home()
    store = Store.open(home)
    out = DATA / "bench-reports-out"
    out.mkdir(parents=True, exist_ok=True)
    try:
        with store.read() as s:
            project = s.execute(
                text("SELECT row_text(id) FROM project ORDER BY name LIMIT 1")
            ).scalar_one()

        def project_report() -> None:
            r = donor_report(store, ReportScope(project_id=project))
            write_report_xlsx(r, out / "project.xlsx")

        seconds, _ = timed(project_report, repeat=3)
        ctx.row("reports", "donor report of one project (xlsx)", seconds, "s", aim="< 3 s")

        def whole_report() -> None:
            scope = ReportScope(date_from=date(2000, 1, 1), date_to=date(2100, 1, 1))
            write_report_xlsx(donor_report(store, scope), out / "all.xlsx")

        seconds, _ = timed(whole_report)
        ctx.row("reports", "donor report of the whole database (xlsx)", seconds, "s")

        t = time.perf_counter()
        scan = find_duplicates(store)
        seconds = time.perf_counter() - t
        facts, _ = _load_facts(store)
        people = list(facts.values())
        rng = random.Random(1)
        pairs = [(rng.choice(people), rng.choice(people)) for _ in range(PAIR_SAMPLE)]
        t = time.perf_counter()
        for a, b in pairs:
            compare(a, b)
        per_pair = (time.perf_counter() - t) / PAIR_SAMPLE
        n = len(people)
        naive = per_pair * n * (n - 1) / 2
        ctx.row(
            "duplicates",
            f"find duplicates among {n:,} people ({len(scan.pairs):,} pairs found)",
            seconds,
            "s",
            baseline=naive,
            aim="< 30 s",
        )
        ctx.row("duplicates", "naive all-pairs estimate (sampled)", naive, "s")
        key_time, _ = timed(lambda: [name_key(f"Айгүл Бекова {i}") for i in range(10_000)])
        ctx.row("duplicates", "name keys per second", 10_000 / key_time, "/s")
        assert isinstance(people[0], Facts)
    finally:
        store.close()

    copy = copy_home(home, "bench-reports-import")
    target = Store.open(copy)
    try:
        sheet = _people_sheet(out / "people.xlsx", IMPORT_ROWS)
        t = time.perf_counter()
        check = check_people_file(target, sheet)
        checked = time.perf_counter() - t
        # Every row is matched first; rows possibly registered are decided "new" here.
        new = {r: "new" for r, m in check.matches.items() if m.verdict == "possible"}
        result = import_people(target, check, decisions=new)
        total = time.perf_counter() - t
        assert result.added + result.linked == IMPORT_ROWS, result
        ctx.row("import", f"check {IMPORT_ROWS:,}-row people sheet", checked, "s")
        ctx.row("import", f"check + import {IMPORT_ROWS:,} people (xlsx)", total, "s", aim="< 5 s")
    finally:
        target.close()
        shutil.rmtree(copy, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
