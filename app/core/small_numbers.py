"""Small numbers in reports that leave the office: primary and complementary suppression.

A count of 1 to threshold-1 people in one group (three women with a disability from one
village) can name them. Such a cell is shown as "<5" (the threshold is a setting, default
5). Hiding it is not enough when the table also shows its totals: total minus the other
cells gives it back. So:

1. Primary: every cell with 0 < value < threshold is suppressed. Zero is shown: "nobody"
   names nobody, and hiding zeros would hide most of a sparse table for no protection.
2. Complementary: every line (a column whose total is published, a row whose total is
   published) that holds exactly one suppressed cell gets a second one: the smallest
   cell still shown in that line (non-zero cells first, then zeros; ties: the first).
   A line with no other cell to hide gets its total hidden instead.
3. Repeat 2 until nothing changes (a complement in a column may leave its row with one).
4. Only when both row and column totals are published: two hidden cells per line can
   still leave one cell fixed by the sums of several lines together (two hidden blocks
   joined by one cell). Such a cell is found as a bridge of the graph of hidden cells
   (`determined_cells`) and its row gets one more hidden cell; then back to 2.

After it, no suppressed cell follows from the published totals and cells by linear sums:
each line with a published total holds none or at least two suppressed cells (or its
total is hidden), and no combination of lines pins one down. Cross-table inference (two
breakdowns of the same people) is not covered; see docs/privacy-reports.md.

This is the one implementation: every outgoing report builds its tables through
`suppress` and shows cells through `shown`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core import settings
from app.core.paths import Home

DEFAULT_THRESHOLD = 5


@dataclass(frozen=True)
class Suppressed:
    """Which cells and totals of a table to hide (True: show "<threshold")."""

    threshold: int
    cells: tuple[tuple[bool, ...], ...]  # rows x columns
    row_totals: tuple[bool, ...]  # per row (only ever True when row totals are published)
    column_totals: tuple[bool, ...]  # per column

    def cell(self, r: int, c: int) -> bool:
        return self.cells[r][c]

    @property
    def any(self) -> bool:
        return any(map(any, self.cells)) or any(self.row_totals) or any(self.column_totals)


def suppress(
    values: Sequence[Sequence[int]],
    threshold: int = DEFAULT_THRESHOLD,
    *,
    row_totals: bool = False,
    column_totals: bool = True,
) -> Suppressed:
    """Decide which cells of `values` (rows x columns, non-negative counts) to hide.

    `row_totals` / `column_totals`: whether the report publishes each row's / column's
    sum (the donor report's breakdowns publish column totals only: its columns are
    different counts and do not add up across a row).
    """
    n_rows = len(values)
    n_cols = len(values[0]) if n_rows else 0
    hide = [[0 < v < threshold for v in row] for row in values]
    hide_row_total = [False] * n_rows
    hide_col_total = [False] * n_cols
    lines: list[Line] = []
    if column_totals:
        lines += [([(r, c) for r in range(n_rows)], hide_col_total, c) for c in range(n_cols)]
    if row_totals:
        lines += [([(r, c) for c in range(n_cols)], hide_row_total, r) for r in range(n_rows)]
    changed = True
    while changed:
        changed = _complete_lines(values, hide, lines)
        if not changed and row_totals and column_totals:
            fixed = determined_cells(hide, hide_row_total, hide_col_total)
            if fixed:
                r = fixed[0][0]
                _hide_smallest(values, hide, lines[n_cols + r])
                changed = True
    return Suppressed(
        threshold,
        tuple(tuple(row) for row in hide),
        tuple(hide_row_total),
        tuple(hide_col_total),
    )


Line = tuple[list[tuple[int, int]], list[bool], int]


def _hide_smallest(values: Sequence[Sequence[int]], hide: list[list[bool]], line: Line) -> None:
    """Hide the line's smallest shown cell (non-zero first), or its total when none is left."""
    cells, totals, index = line
    shown_cells = [rc for rc in cells if not hide[rc[0]][rc[1]]]
    if shown_cells:
        # Smallest non-zero first: hiding a zero protects less (a reader may guess it), but
        # it is better than hiding the total.
        r, c = min(shown_cells, key=lambda rc: (values[rc[0]][rc[1]] == 0, values[rc[0]][rc[1]]))
        hide[r][c] = True
    else:
        totals[index] = True


def _complete_lines(
    values: Sequence[Sequence[int]], hide: list[list[bool]], lines: list[Line]
) -> bool:
    """One pass of rule 2; True when it hid something."""
    changed = False
    for line in lines:
        cells, totals, index = line
        if totals[index]:
            continue
        if sum(1 for r, c in cells if hide[r][c]) == 1:
            _hide_smallest(values, hide, line)
            changed = True
    return changed


def determined_cells(
    hide: Sequence[Sequence[bool]],
    hidden_row_totals: Sequence[bool],
    hidden_column_totals: Sequence[bool],
) -> list[tuple[int, int]]:
    """The hidden cells a reader can compute from the published row and column totals.

    Each line with a published total is one equation over its hidden cells (its sum is the
    total minus the cells shown). See the table as a graph: a node per row and per column,
    an edge per hidden cell. Adding +d and -d around an even cycle keeps every sum, and so
    does a path between two lines whose totals are not published (nothing checks their
    ends). So a cell's value is fixed exactly when its edge lies on no cycle once all the
    unpublished lines are joined into one node: when it is a bridge of that graph.
    (Linear algebra says the same, slower; the tests check one against the other.)
    """
    free = -1  # every line whose total is not published
    n_rows = len(hide)
    edges: list[tuple[int, int]] = []
    cells: list[tuple[int, int]] = []
    for r, row in enumerate(hide):
        for c, h in enumerate(row):
            if h:
                a = free if hidden_row_totals[r] else r
                b = free if hidden_column_totals[c] else n_rows + c
                edges.append((a, b))
                cells.append((r, c))
    return [cells[i] for i in sorted(_bridges(edges))]


def _bridges(edges: list[tuple[int, int]]) -> set[int]:
    """Indexes of the bridges of a multigraph (Tarjan, iterative; self-loops never are)."""
    links: dict[int, list[tuple[int, int]]] = {}
    for i, (a, b) in enumerate(edges):
        links.setdefault(a, []).append((b, i))
        links.setdefault(b, []).append((a, i))
    order: dict[int, int] = {}
    low: dict[int, int] = {}
    found: set[int] = set()
    for root in links:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack = [(root, -1, iter(links[root]))]
        while stack:
            node, via, it = stack[-1]
            step = next(it, None)
            if step is None:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > order[parent]:
                        found.add(via)
                continue
            nxt, edge = step
            if edge == via:
                continue
            if nxt in order:
                low[node] = min(low[node], order[nxt])
            else:
                order[nxt] = low[nxt] = len(order)
                stack.append((nxt, edge, iter(links[nxt])))
    return found


COMPLEMENT = "x"


def hidden_text(threshold: int) -> str:
    """What a cell hidden for being small shows: "<5" (no words: every language reads it)."""
    return f"<{threshold}"


def shown(value: int, hidden: bool, threshold: int) -> str:
    """A cell as published: its number, "<5" when hidden and small, "x" when hidden only
    to protect another (a hidden 40 shown as "<5" would be a false figure)."""
    if not hidden:
        return str(value)
    return hidden_text(threshold) if value < threshold else COMPLEMENT


def threshold_setting(home: Home) -> int:
    """The installation's threshold ([reports] small_numbers in settings.ini), default 5.

    A value that is not a whole number of at least 1 falls back to the default: the
    protection must not vanish because of a typo.
    """
    raw = settings.get(home, "reports", "small_numbers")
    try:
        value = int(raw) if raw is not None else DEFAULT_THRESHOLD
    except ValueError:
        return DEFAULT_THRESHOLD
    return value if value >= 1 else DEFAULT_THRESHOLD
