"""Import a plan's structure (objectives, tasks, indicators) from the spreadsheet template.

The template (docs/network.md; `tirek nap template FILE.xlsx` writes an empty one) has a
sheet named "Plan" whose first row holds the column headers below (in any order; case
and spaces do not matter). One row per indicator. The objective and task columns may be
left empty on the rows that follow: an empty objective or task number repeats the one
above, as when cells were merged. Every row is checked first; if any row has a problem,
nothing is written and every problem is listed by row and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import N_, InputError
from app.core.services.nap import (
    add_indicator_in,
    add_objective_in,
    add_task_in,
    create_plan_in,
    indicator_rules,
    objective_rules,
    plan_rules,
    task_rules,
)
from app.core.services.validation import apply_rules, text
from app.core.sheet_reader import cell_text, read_sheet
from app.core.store import Store

SHEET = "Plan"


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    level: str  # objective | task | indicator
    required: bool
    help: str


COLUMNS: tuple[Column, ...] = (
    Column("Objective no.", "code", "objective", True, "e.g. 1 (empty: same as above)"),
    Column("Objective", "title", "objective", False, "needed on an objective's first row"),
    Column("Task no.", "code", "task", True, "e.g. 1.1 (empty: same as above)"),
    Column("Task", "title", "task", False, "needed on a task's first row"),
    Column("Responsible bodies", "responsible", "task", False, "ministries, akimiats, ..."),
    Column("Deadline", "deadline", "task", False, "a date: 2026-12-31 or 31.12.2026"),
    Column("Indicator no.", "code", "indicator", True, "e.g. 1.1.1, unique in the plan"),
    Column("Indicator", "title", "indicator", True, "what is measured"),
    Column("Unit", "unit", "indicator", False, "e.g. number, %, yes/no"),
    Column("Baseline", "baseline", "indicator", False, "a number"),
    Column("Target", "target", "indicator", False, "a number"),
)


@dataclass(frozen=True)
class Problem:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.column}: {self.message}"


class ImportRejected(InputError):
    """The spreadsheet has problems; nothing was imported. `problems` lists them all."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:10])
        more = len(problems) - 10
        super().__init__(
            N_("The spreadsheet was not imported ({count} problem(s); nothing was saved): {list}"),
            count=len(problems),
            list=shown + (f"; ... and {more} more" if more > 0 else ""),
        )


@dataclass(frozen=True)
class ImportResult:
    plan_id: str
    objectives: int
    tasks: int
    indicators: int


def import_plan(
    store: Store,
    path: Path,
    *,
    title: str,
    start_year: int | None = None,
    end_year: int | None = None,
) -> ImportResult:
    """Create a plan from the template spreadsheet `path`; all rows or nothing."""
    plan = apply_rules(
        plan_rules(),
        {"title": title, "start_year": start_year, "end_year": end_year},
        partial=True,
    )
    rows = read_sheet(path, SHEET, tuple(c.header for c in COLUMNS))
    if not rows:
        raise InputError(N_("The sheet {sheet} has no rows under its headers."), sheet=SHEET)
    problems: list[Problem] = []
    rules = {
        "objective": objective_rules(),
        "task": task_rules(),
        "indicator": indicator_rules(),
    }
    # An objective's or task's text is needed only on its first row (checked in _merge).
    rules["objective"]["title"] = text(max_len=2000, label="Objective")
    rules["task"]["title"] = text(max_len=2000, label="Task")
    objectives: dict[str, dict[str, Any]] = {}
    tasks: dict[str, dict[str, Any]] = {}
    indicators: dict[str, dict[str, Any]] = {}
    last: dict[str, Any] = {"objective": None, "task": None}
    for n, cells in rows:
        parts: dict[str, dict[str, Any]] = {"objective": {}, "task": {}, "indicator": {}}
        for c in COLUMNS:
            raw = cell_text(cells[c.header])
            if c.field == "code" and c.level in last:
                if raw is None or str(raw).strip() == "":
                    raw = last[c.level]  # an empty number repeats the one above
                else:
                    last[c.level] = raw  # even on a row with problems: no knock-on errors
            try:
                parts[c.level][c.field] = rules[c.level][c.field](c.field, raw)
            except InputError as err:
                problems.append(Problem(n, c.header, err.message))
        if any(p.row == n for p in problems):
            continue
        o, t, i = parts["objective"], parts["task"], parts["indicator"]
        _merge(objectives, o, n, "Objective", problems)
        _merge(tasks, {**t, "objective": o["code"]}, n, "Task", problems)
        if i["code"] in indicators:
            problems.append(
                Problem(n, "Indicator no.", f"{i['code']} appears twice (also row "
                        f"{indicators[i['code']]['row']})")
            )  # fmt: skip
            continue
        indicators[i["code"]] = {**i, "task": t["code"], "row": n}
    if problems:
        raise ImportRejected(sorted(problems, key=lambda p: p.row))
    # Written through the plan services' own functions, in one unit of work.
    with store.write() as w:
        pid = create_plan_in(w, {**plan, "notes": None, "is_example": False})
        o_ids: dict[str, str] = {}
        t_ids: dict[str, str] = {}
        for pos, (code, o) in enumerate(objectives.items(), start=1):
            o_ids[code] = add_objective_in(
                w, pid, {"code": code, "title": o["title"], "position": pos}
            )
        for pos, (code, t) in enumerate(tasks.items(), start=1):
            t_ids[code] = add_task_in(
                w,
                o_ids[t["objective"]],
                {
                    "code": code,
                    "title": t["title"],
                    "responsible": t["responsible"],
                    "deadline": t["deadline"],
                    "position": pos,
                },
            )
        for pos, (code, i) in enumerate(indicators.items(), start=1):
            add_indicator_in(
                w,
                t_ids[i["task"]],
                {
                    "code": code,
                    "title": i["title"],
                    "unit": i["unit"],
                    "baseline": i["baseline"],
                    "target": i["target"],
                    "responsible": tasks[i["task"]]["responsible"],
                    "deadline": tasks[i["task"]]["deadline"],
                    "position": pos,
                },
            )
    return ImportResult(pid, len(objectives), len(tasks), len(indicators))


def _merge(
    seen: dict[str, dict[str, Any]],
    part: dict[str, Any],
    row: int,
    what: str,
    problems: list[Problem],
) -> None:
    """Keep the first row's text of an objective or task; later rows may repeat or omit it."""
    code = part["code"]
    if code not in seen:
        if not part.get("title"):
            problems.append(
                Problem(row, what, f"{what} {code} first appears here and needs its text")
            )
            return
        seen[code] = {**part, "row": row}
        return
    first = seen[code]
    if "objective" in part and part["objective"] != first["objective"]:
        problems.append(
            Problem(row, "Task no.", f"task {code} is under objective {first['objective']} "
                    f"on row {first['row']}")
        )  # fmt: skip
    for key, value in part.items():
        if key not in ("code", "row", "position") and value is not None and first.get(key) is None:
            first[key] = value  # e.g. a deadline given on a later row
