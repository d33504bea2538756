"""Frameworks and assessments through spreadsheets, for offline work with a laptop.

- A coordinator writes a framework in a sheet "Framework" (one row per question; an empty
  dimension code repeats the one above) and imports it as a new framework.
- An assessment form (written by app/documents/network/xlsx.py) lists a version's
  questions with the question id in column A; the assessor fills in Score and Note, and
  the filled form is imported as one assessment. Rows are checked first: on any problem
  nothing is written and every problem is listed by row and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import N_, InputError
from app.core.services.assessments import (
    add_dimension_in,
    add_question_in,
    create_framework_in,
    dimension_rules,
    get_framework,
    question_rules,
    record_assessment,
    require_coordinator,
    version_rules,
)
from app.core.services.nap_import import ImportRejected, Problem
from app.core.services.validation import apply_rules, integer, long_text, text
from app.core.sheet_reader import cell_text, read_sheet
from app.core.store import Store

__all__ = ["FrameworkImport", "ImportRejected", "import_assessment_form", "import_framework"]

FRAMEWORK_SHEET = "Framework"
FRAMEWORK_COLUMNS = (
    ("Dimension code", "code"),
    ("Dimension", "name"),
    ("Dimension guidance", "guidance"),
    ("Question", "text"),
    ("Question guidance", "q_guidance"),
    ("Weight", "weight"),
)
FORM_SHEET = "Assessment"
FORM_COLUMNS = ("Question id", "Dimension", "Question", "Guidance", "Score", "Note")


@dataclass(frozen=True)
class FrameworkImport:
    framework_id: str
    version_id: str
    dimensions: int
    questions: int


def import_framework(
    store: Store, path: Path, *, name: str, scale_min: int = 1, scale_max: int = 4
) -> FrameworkImport:
    """Create a framework (version 1) from the sheet "Framework" of `path`; all or nothing."""
    require_coordinator(store)
    head = apply_rules({"name": text(required=True, label="Name")}, {"name": name}, partial=False)
    scale = apply_rules(
        version_rules(), {"scale_min": scale_min, "scale_max": scale_max}, partial=True
    )
    if scale["scale_max"] <= scale["scale_min"]:
        raise InputError(N_("The highest score must be above the lowest score."))
    rows = read_sheet(path, FRAMEWORK_SHEET, tuple(h for h, _ in FRAMEWORK_COLUMNS))
    if not rows:
        raise InputError(
            N_("The sheet {sheet} has no rows under its headers."), sheet=FRAMEWORK_SHEET
        )
    dim_rules, q_rules = dimension_rules(), question_rules()
    dims: dict[str, dict[str, Any]] = {}
    questions: list[tuple[str, dict[str, Any]]] = []
    problems: list[Problem] = []
    last_code: Any = None
    for n, cells in rows:
        raw = {f: cell_text(cells[h]) for h, f in FRAMEWORK_COLUMNS}
        if raw["code"] is None or str(raw["code"]).strip() == "":
            raw["code"] = last_code
        else:
            last_code = raw["code"]
        checks = (
            ("Dimension code", dim_rules["code"], "code"),
            ("Dimension", text(max_len=300, label="Dimension"), "name"),
            ("Dimension guidance", long_text("Guidance"), "guidance"),
            ("Question", q_rules["text"], "text"),
            ("Question guidance", long_text("Guidance"), "q_guidance"),
            ("Weight", q_rules["weight"], "weight"),
        )
        clean: dict[str, Any] = {}
        for header, rule, field in checks:
            try:
                clean[field] = rule(field, raw[field])
            except InputError as err:
                problems.append(Problem(n, header, err.message))
        if clean.get("code") and clean.get("name") and clean["code"] not in dims:
            # Known even when this row has another problem: no knock-on errors below it.
            dims[clean["code"]] = {"name": clean["name"], "guidance": clean.get("guidance")}
        if any(p.row == n for p in problems):
            continue
        code = clean["code"]
        if code not in dims:
            if not clean["name"]:
                problems.append(Problem(n, "Dimension", f"dimension {code} needs its name here"))
                continue
            dims[code] = {"name": clean["name"], "guidance": clean["guidance"]}
        questions.append(
            (code, {"text": clean["text"], "guidance": clean["q_guidance"],
                    "weight": 1.0 if raw["weight"] in (None, "") else clean["weight"]})
        )  # fmt: skip
    if problems:
        raise ImportRejected(problems)
    # Written through the framework services' own functions, in one unit of work.
    with store.write() as w:
        fid, vid = create_framework_in(
            w, {**head, "description": None, "is_example": False, **scale}
        )
        dim_ids: dict[str, str] = {}
        for pos, (code, d) in enumerate(dims.items(), start=1):
            dim_ids[code] = add_dimension_in(w, vid, {"position": pos, "code": code, **d})
        counters: dict[str, int] = {}
        for code, q in questions:
            counters[code] = counters.get(code, 0) + 1
            add_question_in(w, dim_ids[code], {"position": counters[code], **q})
    return FrameworkImport(fid, vid, len(dims), len(questions))


def import_assessment_form(
    store: Store,
    path: Path,
    *,
    organisation_id: str,
    version_id: str,
    date: Any,
    assessor: str,
    note: str | None = None,
) -> str:
    """Record one assessment from a filled form (sheet "Assessment"); returns its id."""
    details = get_framework(store, version_id)
    known = {q.id for d in details.dimensions for q in d.questions}
    rows = read_sheet(path, FORM_SHEET, FORM_COLUMNS)
    score_rule = integer(details.scale_min, details.scale_max, label="Score")
    problems: list[Problem] = []
    scores: dict[str, tuple[int | None, str | None]] = {}
    for n, cells in rows:
        qid = str(cells["Question id"] or "").strip()
        if qid not in known:
            problems.append(
                Problem(n, "Question id", "not a question of this framework version; use a "
                        "form printed for it")
            )  # fmt: skip
            continue
        try:
            score = score_rule("score", cell_text(cells["Score"]))
            remark = long_text("Note")("note", cell_text(cells["Note"]))
        except InputError as err:
            problems.append(Problem(n, "Score" if err.field == "score" else "Note", err.message))
            continue
        scores[qid] = (score, remark)
    if problems:
        raise ImportRejected(problems)
    return record_assessment(
        store,
        {
            "organisation_id": organisation_id,
            "version_id": version_id,
            "date": date,
            "assessor": assessor,
            "note": note,
        },
        scores,
    )
