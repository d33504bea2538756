"""Import matching and folded search at 100,000 people (issue 14).

- checking and importing a 5,000-row people sheet against a registry of 100,000 people,
  with matching (every row against the registry and the file) beside the same file with
  matching off, in the same run; then the same file again (everything matched, nothing
  written);
- search-as-you-type with letter folding: the median keystroke of typing names letter by
  letter (Russian keyboard, Latin letters) into the people list.

The registry (people and organisations only, written through the Writer) is built once and
cached in benchmarks/.data/people-100k.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import time
from pathlib import Path

from openpyxl import Workbook

from app.core import demo_names as names
from app.core.models import Person, new_id
from app.core.services.people import list_people
from app.core.services.people_import import check_people_file, import_people
from app.core.store import Store
from app.core.text import fold
from benchmarks.harness import DATA, Context, copy_home

PEOPLE = 100_000
IMPORT_ROWS = 5_000
KYRGYZ_TO_RUSSIAN = str.maketrans("ңөүҢӨҮ", "ноуНОУ")


def _person(rng: random.Random) -> tuple[str, int, str]:
    stem = rng.choice(names.SURNAME_STEMS_KY)
    name = f"{rng.choice(names.FEMALE_KY)} {stem}{'ева' if stem[-1] in 'ай' else 'ова'}"
    return (
        name,
        1950 + rng.randrange(55),
        f"+996{rng.choice(('555', '700', '772'))}{rng.randrange(10**6):06d}",
    )


def registry() -> Path:
    home = DATA / "people-100k"
    if (home / "READY").exists():
        return home
    shutil.rmtree(home, ignore_errors=True)
    store = Store.open(home)
    store.initialise("Bench-People", "coordinator")
    rng = random.Random(14)
    rows = []
    for _ in range(PEOPLE):
        name, year, phone = _person(rng)
        rows.append({"id": new_id(), "full_name": name, "birth_year": year, "phone": phone,
                     "sex": "female", "merged_into_id": None})  # fmt: skip
    for i in range(0, PEOPLE, 10_000):
        with store.write() as w:
            w.create_many(Person, rows[i : i + 10_000])
    store.close()
    (home / "READY").write_text("ok")
    return home


def _sheet(path: Path, rows: int) -> Path:
    """Half the rows are people already registered (typed differently), half new ones."""
    rng = random.Random(15)
    wb = Workbook()
    ws = wb.active
    ws.append(["№", "ФИО", "Год рождения", "Телефон", "Область", "Район"])
    again = random.Random(14)
    known = [_person(again) for _ in range(rows // 2)]
    for i in range(rows):
        if i % 2 == 0:
            name, year, phone = known[i // 2]
            name = name.translate(KYRGYZ_TO_RUSSIAN)  # typed on a Russian keyboard
        else:
            name, year, phone = _person(rng)
            name = name + " " + rng.choice(("Бакытовна", "Асановна", "Жумабековна"))
        ws.append([i + 1, name, year, "0" + phone[4:], "Ошская обл.", "Кара-Сууский р-н"])
    wb.save(path)
    return path


def run(ctx: Context) -> None:
    home = registry()
    out = DATA / "bench-people-out"
    out.mkdir(parents=True, exist_ok=True)
    sheet = _sheet(out / "people.xlsx", IMPORT_ROWS)
    for matching in (False, True):
        copy = copy_home(home, f"bench-people-{matching}")
        store = Store.open(copy)
        try:
            t = time.perf_counter()
            check = check_people_file(store, sheet, matching=matching)
            checked = time.perf_counter() - t
            everyone_new = {r: "new" for r, m in check.matches.items() if m.verdict == "possible"}
            result = import_people(store, check, decisions=everyone_new)
            total = time.perf_counter() - t
            what = "with matching" if matching else "matching off"
            ctx.row("people import", f"check {IMPORT_ROWS:,} rows vs {PEOPLE:,} ({what})",
                    checked, "s")  # fmt: skip
            ctx.row("people import", f"check + import {IMPORT_ROWS:,} rows ({what}; "
                    f"{result.added:,} added, {result.linked:,} linked)", total, "s",
                    aim="< 5 s")  # fmt: skip
            if matching:
                t = time.perf_counter()
                again = import_people(store, check_people_file(store, sheet))
                ctx.row("people import", f"the same file again ({again.added} added, "
                        f"{again.linked:,} linked)", time.perf_counter() - t, "s")  # fmt: skip
                _search(ctx, store)
        finally:
            store.close()
            shutil.rmtree(copy, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)


# The search before folding (name_key prefixes, no identity walk), as the baseline.
_OLD_SEARCH = (
    "SELECT id, full_name FROM person WHERE deleted = 0 AND merged_into_id IS NULL {words} "
    "ORDER BY name_key, id LIMIT 100"
)


def _search(ctx: Context, store: Store) -> None:
    typed = ["Асанова Жаныл", "Asanova Janyl", "Гулнара Омурбекова", "Aigul Bek", "Бермет То"]
    times, old = [], []
    with store.connect() as conn:
        cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        for text in typed:
            for n in range(1, len(text) + 1):
                t = time.perf_counter()
                list_people(store, text=text[:n], limit=100, with_total=False)
                times.append(time.perf_counter() - t)
                words = fold(text[:n]).split()
                sql = _OLD_SEARCH.format(
                    words=" ".join("AND (name_key LIKE ? OR name_key LIKE ?)" for _ in words)
                )
                args = [x for w in words for x in (f"{w}%", f"% {w}%")]
                t = time.perf_counter()
                cur.execute(sql, args).fetchall()
                old.append(time.perf_counter() - t)
        cur.close()
    ctx.row("search", f"keystroke median, folded search at {PEOPLE:,} people ({len(times)} keys)",
            statistics.median(times) * 1000, "ms", baseline=statistics.median(old) * 1000,
            aim="< 50 ms")  # fmt: skip
    ctx.row("search", "keystroke median, the search before folding (name_key, raw SQL)",
            statistics.median(old) * 1000, "ms")  # fmt: skip
    ctx.row("machine", "load average (1 min) at the end", os.getloadavg()[0], "")
    ctx.row("search", "keystroke 90th percentile", statistics.quantiles(times, n=10)[-1] * 1000,
            "ms")  # fmt: skip
