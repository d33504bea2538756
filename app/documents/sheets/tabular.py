"""Writing plain tables in .xlsx and .csv (exports, templates).

Reading them is the core's (app/core/sheet_reader.py), which also strips the quote the
CSV writer puts before formula-like text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from app.core.paths import make_private
from app.core.sheet_reader import formula_like

_FORMULA_START = ("=", "+", "-", "@")  # never written as a formula (see formula_like)


def _cell(ws: Any, value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        cell = WriteOnlyCell(ws, value)
        cell.data_type = "s"  # never a formula, whatever it starts with
        return cell
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        # A real date cell (Excel sorts and filters it), shown without a time of day.
        cell = WriteOnlyCell(ws, value)
        cell.number_format = "yyyy-mm-dd hh:mm" if isinstance(value, datetime) else "yyyy-mm-dd"
        return cell
    return value


def write_xlsx(
    path: Path, sheets: Iterable[tuple[str, Sequence[str], Iterable[Sequence[Any]]]]
) -> None:
    """A workbook with one sheet per (title, headers, rows); numbers stay numbers."""
    wb = Workbook(write_only=True)
    for title, headers, rows in sheets:
        ws = wb.create_sheet(title[:31])
        ws.append(list(headers))
        for row in rows:
            ws.append([_cell(ws, v) for v in row])
    wb.save(path)
    make_private(path)


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """UTF-8 with a byte-order mark so Excel opens Cyrillic correctly."""
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        out = csv.writer(fh)
        out.writerow(headers)
        for row in rows:
            out.writerow([_text(v) for v in row])
    make_private(path)


def _text(value: Any) -> str:
    if formula_like(value):
        return "'" + str(value)  # Excel shows the text; Tirek's reader removes the quote
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
