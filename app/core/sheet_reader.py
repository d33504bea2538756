"""The one reader of a template sheet for the core's imports (NAP plans, assessments).

A template sheet has its column headers in its first row (any order, case and dots do
not matter); every row below with something in it is a record. Problems with the file
itself (not a workbook, no such sheet, a column missing) are one clear InputError.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.errors import N_, InputError


def header_key(header: Any) -> str:
    """A header as compared: case, dots and spacing ignored."""
    return " ".join(str(header or "").lower().replace(".", " ").split())


def cell_text(v: Any) -> Any:
    """A cell as the rules expect it: whole numbers as their digits, dates kept."""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return v if v is None or isinstance(v, str) else (v if hasattr(v, "year") else str(v))


def read_sheet(
    path: Path, sheet: str, headers: tuple[str, ...]
) -> list[tuple[int, dict[str, Any]]]:
    """[(row number, {header: value})] of the non-empty rows of a template sheet."""
    from openpyxl import load_workbook  # only needed for imports

    if not path.is_file():
        raise InputError(N_("There is no file {path}."), path=path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many kinds for a file that is not xlsx
        raise InputError(
            N_("{path} cannot be read as an .xlsx spreadsheet ({reason})."),
            path=path,
            reason=type(err).__name__,
        ) from None
    try:
        if sheet not in wb.sheetnames:
            raise InputError(
                N_('The spreadsheet has no sheet named "{sheet}". Start from the template.'),
                sheet=sheet,
            )
        rows = wb[sheet].iter_rows(values_only=True)
        header = next(rows, None) or ()
        index = {header_key(h): i for i, h in enumerate(header) if h is not None}
        missing = [h for h in headers if header_key(h) not in index]
        if missing:
            raise InputError(
                N_("The sheet {sheet} lacks the column(s): {columns}. Start from the template."),
                sheet=sheet,
                columns=", ".join(missing),
            )
        out = []
        for n, values in enumerate(rows, start=2):
            at = {h: index[header_key(h)] for h in headers}
            cells = {h: values[i] if i < len(values) else None for h, i in at.items()}
            if any(v is not None and str(v).strip() != "" for v in cells.values()):
                out.append((n, cells))
        return out
    finally:
        wb.close()
