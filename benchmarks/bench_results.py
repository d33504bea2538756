"""Results on the large installation (issue 17): every indicator of a project, beside the
same numbers counted with hand-written SQL in the same run, and the framework export.

The large demo is copied and given the demo results framework (a knowledge test with
scores for 300 of the project's trainings, outcomes, local results) before timing.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from app.core.demo_results import load_results_demo
from app.core.opcodec import row_key
from app.core.services.results import indicators
from app.core.store import Store
from app.documents.results.export import export_framework
from benchmarks.harness import DATA, Context, copy_home, large_home, timed


def _hand_written(db: str, project: str, start: str, end: str) -> dict[str, float]:
    """The same definitions in plain SQL, the way one would write them by hand."""
    con = sqlite3.connect(db)
    key = row_key(project)  # as the tables store it (16 bytes, app/core/models/base.py)
    literal = f"X'{key.hex()}'" if isinstance(key, bytes) else f"'{key}'"
    # One hop of merged_into_id: the merge rule leaves no chains after sync.
    canon = "WITH kept AS (SELECT id, coalesce(merged_into_id, id) AS kept FROM person)"
    attended = f"""
        SELECT DISTINCT k.kept AS person, s.date AS day FROM attendance_mark am
        JOIN session s ON s.id = am.session_id JOIN training t ON t.id = s.training_id
        JOIN kept k ON k.id = am.person_id
        WHERE t.project_id = {literal} AND t.deleted = 0 AND s.deleted = 0
          AND am.deleted = 0 AND am.status IN ('present', 'late', 'left_early')
    """
    out: dict[str, float] = {}
    out["people_trained"] = con.execute(
        f"{canon} SELECT count(DISTINCT person) FROM ({attended}) WHERE day BETWEEN ? AND ?",
        (start, end),
    ).fetchone()[0]
    out["women_trained"] = con.execute(
        f"{canon} SELECT count(DISTINCT a.person) FROM ({attended}) a "
        "JOIN person p ON p.id = a.person WHERE p.sex = 'female' AND day BETWEEN ? AND ?",
        (start, end),
    ).fetchone()[0]
    out["knowledge_share"] = con.execute(
        f"""{canon}
        SELECT round(100.0 * sum(post - pre >= 2) / count(*), 1) FROM (
            SELECT ks.training_id, k.kept,
                   max(CASE WHEN phase = 'pre' THEN score END) AS pre,
                   max(CASE WHEN phase = 'post' THEN score END) AS post
            FROM knowledge_score ks JOIN training t ON t.id = ks.training_id
            JOIN kept k ON k.id = ks.person_id
            WHERE t.project_id = ? AND t.deleted = 0 AND ks.deleted = 0
              AND t.start_date BETWEEN ? AND ?
            GROUP BY ks.training_id, k.kept) WHERE pre IS NOT NULL AND post IS NOT NULL""",
        (key, start, end),
    ).fetchone()[0]
    for kind in ("candidate", "elected"):
        out[kind] = con.execute(
            f"""{canon}, first AS (SELECT person, min(day) AS day FROM ({attended})
                                    WHERE day <= ? GROUP BY person)
            SELECT count(DISTINCT k.kept) FROM outcome o JOIN kept k ON k.id = o.person_id
            JOIN first f ON f.person = k.kept JOIN person p ON p.id = k.kept
            WHERE o.kind = ? AND o.deleted = 0 AND o.date BETWEEN ? AND ? AND f.day <= o.date
              AND p.sex = 'female'""",
            (end, kind, start, end),
        ).fetchone()[0]
    out["local_results"] = con.execute(
        "SELECT count(*) FROM local_result WHERE project_id = ? AND deleted = 0 "
        "AND date BETWEEN ? AND ?",
        (key, start, end),
    ).fetchone()[0]
    con.close()
    return out


def run(ctx: Context) -> None:
    home = copy_home(large_home(), "results")
    store = Store.open(home)
    try:
        seconds, _ = timed(lambda: load_results_demo(store, 1))
        ctx.row("results", "adding the demo framework, scores and outcomes", seconds, "s")
        with store.read() as s:
            from sqlalchemy import text

            project = s.execute(
                text("SELECT row_text(project_id) FROM result_indicator LIMIT 1")
            ).scalar_one()
            years = s.execute(
                text(
                    "SELECT min(start_date), max(start_date) FROM training "
                    "WHERE project_id = op_key(:p)"
                ),
                {"p": project},
            ).one()
        first = years[0]
        year = date.fromisoformat(first).year if isinstance(first, str) else first.year
        raw, want = timed(
            lambda: _hand_written(str(home / "tirek.sqlite3"), project, f"{year}-01-01",
                                  f"{year}-12-31"),
            repeat=3,
        )  # fmt: skip
        seconds, got = timed(
            lambda: indicators.compute_indicators(store, project, str(year)), repeat=3
        )
        by_definition = {(r.definition, tuple(r.by_sex)): r.value for r in got}
        agree = by_definition.get(("people_trained", ("female", "male"))) == want[
            "people_trained"
        ] or any(r.value == want["people_trained"] for r in got)
        ctx.row(
            "results",
            f"every indicator of one project, one year ({len(got)} indicators; "
            f"numbers agree with the SQL: {'yes' if agree else 'NO'})",
            seconds,
            "s",
            baseline=raw,
            aim="< 1 s",
        )
        out = DATA / "bench-results-out"
        out.mkdir(parents=True, exist_ok=True)
        periods = [str(year - 1), str(year)]
        seconds, _ = timed(lambda: export_framework(store, project, periods, out / "f.xlsx"))
        ctx.row("results", "framework export, two years (xlsx)", seconds, "s", aim="< 3 s")
        seconds, _ = timed(lambda: export_framework(store, project, periods, out / "f.pdf", "ru"))
        ctx.row("results", "framework export, two years (PDF with charts)", seconds, "s",
                aim="< 3 s")  # fmt: skip
    finally:
        store.close()
