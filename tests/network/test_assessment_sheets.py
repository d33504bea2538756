"""A framework from a spreadsheet, and an assessment from a filled form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from app.core.services import assessments as asm
from app.core.services.assessment_sheets import (
    FRAMEWORK_COLUMNS,
    ImportRejected,
    import_assessment_form,
    import_framework,
)
from app.core.store import Store
from app.documents.network.xlsx import write_assessment_form, write_framework_template
from tests.conftest import op_count
from tests.network.helpers import make_org

HEADERS = [h for h, _ in FRAMEWORK_COLUMNS]


def framework_sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Framework"
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


ROWS: list[list[Any]] = [
    ["governance", "Governance", "Board and charter", "Board meets", None, 2],
    [None, None, None, "Decisions minuted", "Ask for minutes", None],
    ["advocacy", "Advocacy", None, "Raised an issue", None, 1],
]


def test_a_framework_from_a_spreadsheet_and_an_assessment_from_a_form(
    store: Store, tmp_path: Path
) -> None:
    r = import_framework(store, framework_sheet(tmp_path / "f.xlsx", ROWS), name="Capacity")
    assert (r.dimensions, r.questions) == (2, 3)
    f = asm.get_framework(store, r.version_id)
    assert [(d.code, [(q.text, q.weight) for q in d.questions]) for d in f.dimensions] == [
        ("governance", [("Board meets", 2.0), ("Decisions minuted", 1.0)]),
        ("advocacy", [("Raised an issue", 1.0)]),
    ]
    form = write_assessment_form(store, r.version_id, tmp_path / "form.xlsx")
    wb = load_workbook(form)
    ws = wb["Assessment"]
    assert ws.column_dimensions["A"].hidden
    scores = {"Board meets": 4, "Decisions minuted": 1, "Raised an issue": None}
    for row in ws.iter_rows(min_row=2):
        row[4].value = scores[row[2].value]
        row[5].value = "no minutes" if row[2].value == "Decisions minuted" else None
    wb.save(form)
    org = make_org(store)
    aid = import_assessment_form(
        store, form, organisation_id=org, version_id=r.version_id, date="2026-02-01",
        assessor="Айгүл",
    )  # fmt: skip
    result = asm.get_assessment(store, aid)
    assert result.dimension("governance").score == 3.0  # type: ignore[union-attr]
    assert result.dimension("advocacy").score is None  # type: ignore[union-attr]
    assert result.overall == 3.0


def test_bad_rows_are_listed_and_nothing_is_written(store: Store, tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[0][5] = "heavy"  # weight, row 2
    rows[2][1] = None  # a new dimension without its name, row 4
    ops = op_count(store)
    with pytest.raises(ImportRejected) as err:
        import_framework(store, framework_sheet(tmp_path / "f.xlsx", rows), name="X")
    assert [(p.row, p.column) for p in err.value.problems] == [(2, "Weight"), (4, "Dimension")]
    assert op_count(store) == ops

    good = import_framework(store, framework_sheet(tmp_path / "g.xlsx", ROWS), name="Y")
    form = write_assessment_form(store, good.version_id, tmp_path / "form.xlsx")
    wb = load_workbook(form)
    ws = wb["Assessment"]
    ws.cell(2, 5).value = 9  # out of the 1-4 scale
    ws.cell(3, 1).value = "not-a-question"
    wb.save(form)
    ops = op_count(store)
    with pytest.raises(ImportRejected) as err:
        import_assessment_form(
            store, form, organisation_id=make_org(store), version_id=good.version_id,
            date="2026-02-01", assessor="X",
        )  # fmt: skip
    assert [(p.row, p.column) for p in err.value.problems] == [(2, "Score"), (3, "Question id")]
    assert "Score must be between 1 and 4" in err.value.message


def test_the_framework_template_imports_once_filled(store: Store, tmp_path: Path) -> None:
    path = write_framework_template(tmp_path / "t.xlsx")
    wb = load_workbook(path)
    for row in wb["Example"].iter_rows(min_row=2, values_only=True):
        wb["Framework"].append(list(row))
    wb.save(path)
    assert import_framework(store, path, name="From the template").questions == 3
