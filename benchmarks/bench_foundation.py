"""Foundation: building the large demo, and the people-list query at that scale.

The query is timed through the service (`list_people`: session, SQLAlchemy, dataclasses)
beside the same SQL in raw sqlite3 on the same file in the same run.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys

from app.core.services.people import list_people
from app.core.store import Store
from app.core.text import fold
from benchmarks.harness import DATA, Context, large_home, run_child, timed

RAW_PREFIX = """
select p.id, p.full_name, p.sex, p.birth_year, p.phone, p.organisation_id, o.name,
       p.category, p.region_id, p.district_id
from person p left outer join organisation o on o.id = p.organisation_id
where p.deleted = 0 and p.merged_into_id is null and p.name_key >= ? and p.name_key < ?
order by p.name_key, p.id limit 50
"""
RAW_WORD = """
select p.id, p.full_name, p.sex, p.birth_year, p.phone, p.organisation_id, o.name,
       p.category, p.region_id, p.district_id
from person p left outer join organisation o on o.id = p.organisation_id
where p.deleted = 0 and p.merged_into_id is null
  and (p.name_key like ? escape '\\' or p.name_key like ? escape '\\')
order by p.name_key, p.id limit 50
"""


def run(ctx: Context) -> None:
    # 1. demo --scale large in a child process of its own (time and its peak memory).
    home = DATA / "bench-demo"
    shutil.rmtree(home, ignore_errors=True)
    tirek = [sys.executable, "-m", "app", "--home", str(home)]
    run_child([*tirek, "init", "--device-name", "Bench"])
    seconds, peak = run_child([*tirek, "demo", "--scale", "large"])
    ctx.row("demo --scale large", "wall time", seconds, "s")
    ctx.row("demo --scale large", "peak memory", peak, "MB")
    shutil.rmtree(home, ignore_errors=True)

    # 2. The people list at 100,000 people.
    store = Store.open(large_home())
    raw = sqlite3.connect(store.home.database)
    for typed in ("Айг", "Бермет Ж"):
        key = fold(typed)
        t_raw, rows = timed(
            lambda k=key: raw.execute(RAW_PREFIX, (k, k + "\U0010ffff")).fetchall(), repeat=30
        )
        t_svc, page = timed(
            lambda t=typed: list_people(store, name_prefix=t, limit=50, with_total=False), repeat=30
        )
        assert len(page.rows) == len(rows)
        ctx.row(
            f"people list, name prefix '{typed}'",
            "first page (50), sorted",
            t_svc * 1000,
            "ms",
            baseline=t_raw * 1000,
            aim="< 50 ms, < 2x raw",
        )
    word = fold("жылдыз")
    t_raw, rows = timed(
        lambda: raw.execute(RAW_WORD, (f"{word}%", f"% {word}%")).fetchall(), repeat=10
    )
    t_svc, page = timed(
        lambda: list_people(store, text="жылдыз", limit=50, with_total=False), repeat=10
    )
    ctx.row(
        "people search, any word 'жылдыз'",
        "first page (50), sorted",
        t_svc * 1000,
        "ms",
        baseline=t_raw * 1000,
    )
    t_total, _ = timed(lambda: list_people(store, name_prefix="Айг", limit=50), repeat=10)
    ctx.row("people list, name prefix 'Айг'", "with total count", t_total * 1000, "ms")
    raw.close()
    store.close()
