"""Reading and writing plain tables in .xlsx and .csv.

Real registration lists are messy: a title row above the table, headers merged across
cells or split over two rows, blank rows, CSV files saved by Excel with semicolons in
cp1251. `read_table` finds the header row(s) by looking for known column names and
returns every data row with its spreadsheet row number, so problems can be reported
as "row 14, column C".
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import charset_normalizer
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from app.core.errors import N_, InputError
from app.core.paths import make_private

FORMATS = ("xlsx", "csv")
HEADER_SCAN = 20  # rows at the top searched for the header (details lines may stand above)


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]  # as written (two header rows joined with a space)
    rows: tuple[tuple[int, tuple[Any, ...]], ...]  # (spreadsheet row number, cells)
    merged_header: bool = False


def column_name(index: int, header: str) -> str:
    """How a column is named in a problem report: its letter and header, e.g. "C (Phone)"."""
    return f"{get_column_letter(index + 1)} ({header})" if header else get_column_letter(index + 1)


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


def _grid_xlsx(path: Path, sheet: str | None) -> list[list[Any]]:
    try:
        wb = load_workbook(path, data_only=True)
    except Exception as err:  # openpyxl raises many kinds for a damaged file
        raise InputError(
            N_("{path} cannot be read as an Excel workbook ({reason})."),
            field="path",
            path=path.name,
            reason=type(err).__name__,
        ) from err
    if sheet is not None and sheet not in wb.sheetnames:
        raise InputError(
            N_("{path} has no sheet named {sheet}."), field="path", path=path.name, sheet=sheet
        )
    ws = wb[sheet] if sheet else wb.worksheets[0]
    grid = [list(r) for r in ws.iter_rows(values_only=True)]
    # A merged cell keeps its value only in its top-left corner: spread it over the range
    # in the top rows, where merged headers live.
    for rng in ws.merged_cells.ranges:
        if rng.min_row > HEADER_SCAN + 1:
            continue
        value = grid[rng.min_row - 1][rng.min_col - 1]
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                grid[r - 1][c - 1] = value
    wb.close()
    return grid


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
    # A quote written before formula-like text on export (see _text) is not part of it.
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
    grid = _grid_xlsx(path, sheet) if file_format(path) == "xlsx" else grid_csv(path)
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
