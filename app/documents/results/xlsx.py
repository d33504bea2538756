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
from openpyxl.cell import WriteOnlyCell
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
    # Write-only: the Evidence sheet of a large project holds tens of thousands of rows.
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Framework")
    for col, width in zip("ABCDEF", (10, 8, 40, 40, 8, 10), strict=True):
        ws.column_dimensions[col].width = width

    def cell(value: Any, bold: bool = False, wrap: bool = False) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value=_safe(value))
        if bold:
            c.font = Font(bold=True)
        if wrap:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        return c

    title = cell(project)
    title.font = Font(bold=True, size=13)
    ws.append([title])
    head = ["Level", "Code", "Statement", "Indicator", "Unit", "Baseline"]
    for p in periods:
        head += [f"Target {p}", f"Actual {p}"]
    ws.append([cell(h, bold=True) for h in head])
    for st in statements:
        for ind in st.indicators or ():
            row: list[Any] = [st.level, st.code, st.text, ind.name, ind.unit or "", ind.baseline]
            for p in periods:
                got = values.get(p, {}).get(ind.id)
                row += [ind.targets.get(p), got.value if got else None]
            ws.append([cell(v, wrap=i in (2, 3)) for i, v in enumerate(row)])
        if not st.indicators:
            ws.append([cell(v) for v in (st.level, st.code, st.text)])
    ev = wb.create_sheet("Evidence")
    ev.append([cell(h, bold=True) for h in ("Period", "Indicator", "Record", "Id", "Name",
                                                 "Detail")])  # fmt: skip
    for p in periods:
        for result in values.get(p, {}).values():
            for r in result.records:
                ev.append([_safe(v) for v in (p, result.code, r.kind, r.id, r.label, r.detail)])
    path = Path(path)
    with writing(path) as tmp:
        wb.save(tmp)
    return path
