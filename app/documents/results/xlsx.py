"""A project's results framework as .xlsx, in the layout donors use: one row per
indicator (level, code, statement, indicator, unit, baseline, then target and actual per
period), and an Evidence sheet listing every record behind every number.

Text cells that start with = + - @ are written as text, never as formulas.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from app.core.services.results.framework import StatementRow
from app.core.services.results.indicators import IndicatorResult
from app.documents.layout import writing

_FORMULA_START = ("=", "+", "-", "@")


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value  # shown as typed; a spreadsheet never evaluates it
    return value


def write_framework_xlsx(
    path: Path,
    project: str,
    statements: Sequence[StatementRow],
    periods: Sequence[str],
    values: dict[str, dict[str, IndicatorResult]],  # period -> indicator id -> result
) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Framework"
    ws.append([_safe(project)])
    ws["A1"].font = Font(bold=True, size=13)
    head = ["Level", "Code", "Statement", "Indicator", "Unit", "Baseline"]
    for p in periods:
        head += [f"Target {p}", f"Actual {p}"]
    ws.append(head)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for st in statements:
        for ind in st.indicators or ():
            row: list[Any] = [st.level, st.code, st.text, ind.name, ind.unit or "", ind.baseline]
            for p in periods:
                got = values.get(p, {}).get(ind.id)
                row += [ind.targets.get(p), got.value if got else None]
            ws.append([_safe(v) for v in row])
        if not st.indicators:
            ws.append([_safe(v) for v in (st.level, st.code, st.text)])
    for col, width in zip("ABCDEF", (10, 8, 40, 40, 8, 10), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=3):
        for cell in row[2:4]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ev = wb.create_sheet("Evidence")
    ev.append(["Period", "Indicator", "Record", "Id", "Name", "Detail"])
    for cell in ev[1]:
        cell.font = Font(bold=True)
    for p in periods:
        for result in values.get(p, {}).values():
            for r in result.records:
                ev.append([_safe(v) for v in (p, result.code, r.kind, r.id, r.label, r.detail)])
    path = Path(path)
    with writing(path) as tmp:
        wb.save(tmp)
    return path
