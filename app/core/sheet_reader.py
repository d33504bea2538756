"""The one reader of spreadsheets and CSV files for the core's imports.

Every import (people lists, training workbooks, NAP plans, assessment frameworks and
forms) reads through here: `read_grid` opens a workbook's sheet, `grid_csv` a CSV file;
`read_table` finds a table's header row(s) in either (real registration lists are
messy: a title row above the table, headers merged across cells or split over two
rows, blank rows, CSV files saved by Excel with semicolons in cp1251) and returns every
data row with its spreadsheet row number, so problems are reported as "row 14, column
C". `read_sheet` is the strict form for Tirek's own templates: headers in the first row.
Problems with the file itself are one clear InputError. Writing files is
app/documents' work (app/documents/sheets/tabular.py).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import N_, InputError, unreadable

FORMATS = ("xlsx", "csv")
HEADER_SCAN = 20  # rows at the top searched for the header (details lines may stand above)


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]  # as written (two header rows joined with a space)
    rows: tuple[tuple[int, tuple[Any, ...]], ...]  # (spreadsheet row number, cells)
    merged_header: bool = False


def column_name(index: int, header: str) -> str:
    """How a column is named in a problem report: its letter and header, e.g. "C (Phone)"."""
    letter = _column_letter(index + 1)
    return f"{letter} ({header})" if header else letter


def _column_letter(n: int) -> str:
    """1 -> A, 27 -> AA (as the spreadsheet shows it)."""
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def file_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InputError(
            N_("{path}: Tirek reads .xlsx and .csv files, not .{suffix}."),
            field="path",
            path=path.name,
            suffix=suffix or "(none)",
        )
    return suffix


def read_grid(path: Path, sheet: str | None = None) -> list[list[Any]]:
    """Every row of a workbook's sheet (the first one when none is named) as values.

    The one place a spreadsheet is opened for reading: a missing file, a file that is
    not a workbook and a missing sheet are each one clear InputError.
    """
    from openpyxl import load_workbook  # only needed for imports

    if not path.is_file():
        raise InputError(N_("There is no file {path}."), field="path", path=path)
    try:
        wb = load_workbook(path, data_only=True)
    except Exception as err:  # openpyxl raises many kinds for a file that is not xlsx
        raise unreadable(
            N_("{path} cannot be read as an .xlsx spreadsheet ({reason})."), path, err
        ) from None
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise InputError(
                N_("{path} has no sheet named {sheet}."), field="path", path=path.name, sheet=sheet
            )
        ws = wb[sheet] if sheet else wb.worksheets[0]
        grid = [list(r) for r in ws.iter_rows(values_only=True)]
        # A merged cell keeps its value only in its top-left corner: spread it over the
        # range in the top rows, where merged headers live.
        for rng in ws.merged_cells.ranges:
            if rng.min_row > HEADER_SCAN + 1:
                continue
            value = grid[rng.min_row - 1][rng.min_col - 1]
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    grid[r - 1][c - 1] = value
        return grid
    finally:
        wb.close()


def decode_text(path: Path, raw: bytes) -> str:
    """The text of a CSV as offices save it: UTF-8 (with or without a byte-order mark),
    UTF-16 (Excel's "Unicode text"), or a Windows code page (cp1251), found by
    charset-normalizer when the byte-order mark does not say."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    head = raw[:4000]
    for start, encoding in ((1, "utf-16-le"), (0, "utf-16-be")):
        # UTF-16 without a byte-order mark: every other byte is the high byte of a Latin
        # (0x00) or Cyrillic (0x04) letter.
        high = head[start::2]
        if len(head) % 2 == 0 and high and (high.count(0) + high.count(4)) * 10 >= len(high) * 9:
            return raw.decode(encoding, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # only needed for imports

    best = charset_normalizer.from_bytes(raw, cp_isolation=["cp1251", "koi8_r", "cp866"]).best()
    if best is None:
        raise InputError(N_("{path} is not a text file."), field="path", path=path.name)
    return str(best)


def grid_csv(path: Path) -> list[list[Any]]:
    text = decode_text(path, path.read_bytes())
    # Old Mac line ends (CR only) and Windows ones read as one kind.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Excel writes ";" where the decimal comma is local (ru/ky settings), "," elsewhere;
    # csv.Sniffer guesses wrong on ragged files, so the most frequent candidate wins.
    sample = text[:4096]
    delimiter = max(",;\t", key=lambda d: (sample.count(d), d == ","))
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    rows: list[list[Any]] = []
    line = 1  # where the row being read starts
    try:
        for r in reader:
            rows.append(list(r))
            line = reader.line_num + 1
    except csv.Error as err:
        # An unclosed quote would swallow every row after it: say where it opened.
        raise InputError(
            N_('{path}, row {row}: a quote (") is opened and not closed; close it or remove it.'),
            field="path",
            path=path.name,
            row=line,
        ) from err
    # A quote written before formula-like text on export (tabular._text) is not part of it.
    return [[c[1:] if c.startswith("'") and formula_like(c[1:]) else c for c in r] for r in rows]


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def read_table(
    path: Path,
    is_header: Callable[[str], bool],
    *,
    sheet: str | None = None,
) -> Table:
    """The table in a file: its header row(s) found by `is_header`, then the data rows."""
    grid = read_grid(path, sheet) if file_format(path) == "xlsx" else grid_csv(path)
    width = max((len(r) for r in grid), default=0)
    grid = [r + [None] * (width - len(r)) for r in grid]

    def names(rows: Sequence[list[Any]]) -> list[str]:
        out = []
        for c in range(width):
            parts: list[str] = []
            for r in rows:
                v = "" if _blank(r[c]) else str(r[c]).strip()
                if v and v not in parts:
                    parts.append(v)
            out.append(" ".join(parts))
        return out

    best: tuple[int, int, int] = (0, -1, 1)  # (matches, first row, number of header rows)
    for i in range(min(HEADER_SCAN, len(grid))):
        for depth in (1, 2):
            if i + depth > len(grid):
                continue
            score = sum(1 for h in names(grid[i : i + depth]) if h and is_header(h))
            if score > best[0]:
                best = (score, i, depth)
    if best[0] < 1:
        raise InputError(
            N_("{path}: no column names that Tirek knows were found in the first rows."),
            field="path",
            path=path.name,
        )
    _, first, depth = best
    headers = names(grid[first : first + depth])
    rows = tuple(
        (n + 1, tuple(r))
        for n, r in enumerate(grid)
        if n >= first + depth and not all(_blank(v) for v in r)
    )
    return Table(tuple(headers), rows, depth > 1)


# Text a spreadsheet would run as a formula (=, +, -, @ first; CSV/formula injection):
# written as text. A plain number or phone ("+996 555 123 456", "-2") is harmless and kept.
_FORMULA_START = ("=", "+", "-", "@")
_JUST_A_NUMBER = re.compile(r"^[+-]?[\d\s().,-]*$")


def formula_like(value: Any) -> bool:
    return (
        isinstance(value, str)
        and value.startswith(_FORMULA_START)
        and not _JUST_A_NUMBER.match(value)
    )


def header_key(header: Any) -> str:
    """A template header as compared: case, dots and spacing ignored."""
    return " ".join(str(header or "").lower().replace(".", " ").split())


def cell_text(v: Any) -> Any:
    """A cell as the rules expect it: whole numbers as their digits, dates kept."""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return v if v is None or isinstance(v, str) else (v if hasattr(v, "year") else str(v))


def read_sheet(
    path: Path, sheet: str, headers: tuple[str, ...]
) -> list[tuple[int, dict[str, Any]]]:
    """[(row number, {header: value})] of the non-empty rows of a template sheet.

    A template sheet has its column headers in its first row (any order; case and dots
    do not matter); every row below with something in it is a record.
    """
    rows = read_grid(path, sheet)
    index = {header_key(h): i for i, h in enumerate(rows[0] if rows else ()) if h is not None}
    missing = [h for h in headers if header_key(h) not in index]
    if missing:
        raise InputError(
            N_("The sheet {sheet} lacks the column(s): {columns}. Start from the template."),
            sheet=sheet,
            columns=", ".join(missing),
        )
    at = {h: index[header_key(h)] for h in headers}
    out = []
    for n, values in enumerate(rows[1:], start=2):
        cells = {h: values[i] if i < len(values) else None for h, i in at.items()}
        if any(not _blank(v) for v in cells.values()):
            out.append((n, cells))
    return out
