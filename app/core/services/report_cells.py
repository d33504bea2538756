"""The donor report's figures as they leave the office: small numbers hidden.

`app/core/small_numbers.py` decides which cells to hide; this module applies it to the
donor report, the same way for the PDF, the workbook and the Reports page's "as it will
leave the office" view. Each breakdown is one table: its groups are the rows, and the
three counts (participations, unique people, completed) the columns, each with its total
published (the "Total" line, and the summary's figures). A rate or a share computed from
a hidden count would give it back, so it is hidden too ("…").

With `threshold=None` every figure is shown (the internal view).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.services.reports import Breakdown, DonorReport
from app.core.small_numbers import COMPLEMENT, shown, suppress

RATE_HIDDEN = "…"
COUNTS = ("participations", "people", "completed")
NOTE = (
    "<{n}: fewer than {n}, not shown to protect the people counted. "
    + COMPLEMENT
    + ": hidden so that the totals do not give such a number away. …: a rate that would."
)

Count = int | str  # a number, or the hidden text ("<5")
Rate = float | str  # a fraction, or "…"


@dataclass(frozen=True)
class Line:
    label: str
    participations: Count
    people: Count
    completed: Count
    completion_rate: Rate
    share: Rate


@dataclass(frozen=True)
class BreakdownCells:
    dimension: str
    title: str
    lines: tuple[Line, ...]
    total: Line


def _rate(num: Count, den: Count, value: float) -> Rate:
    return RATE_HIDDEN if isinstance(num, str) or isinstance(den, str) else value


def _suppressed(b: Breakdown, threshold: int) -> tuple[list[list[bool]], list[bool]]:
    values = [[g.participations, g.people, g.completed] for g in b.groups]
    if not values:
        return [], [False] * 3
    s = suppress(values, threshold, column_totals=True)
    return [list(row) for row in s.cells], list(s.column_totals)


def report_cells(report: DonorReport, threshold: int | None) -> tuple[BreakdownCells, ...]:
    """Every breakdown's lines and total line, with small numbers hidden unless
    `threshold` is None.

    Every breakdown counts the same people, so its column totals are the same numbers
    (and the summary's): a total one breakdown must hide is hidden in all of them, and
    the shares (a cell over the total) with it.
    """
    decided = [_suppressed(b, threshold) for b in report.breakdowns] if threshold else []
    hidden_totals = [any(t[c] for _, t in decided) for c in range(3)]
    return tuple(
        _cells(report, b, decided[i][0] if decided else None, hidden_totals, threshold or 0)
        for i, b in enumerate(report.breakdowns)
    )


def _cells(
    report: DonorReport,
    b: Breakdown,
    hidden: list[list[bool]] | None,
    hidden_totals: list[bool],
    threshold: int,
) -> BreakdownCells:
    def count(v: int, h: bool) -> Count:
        return shown(v, h, threshold) if h else v

    lines = []
    for i, g in enumerate(b.groups):
        h = hidden[i] if hidden is not None else [False] * 3
        part, people = count(g.participations, h[0]), count(g.people, h[1])
        done = count(g.completed, h[2])
        share = g.participations / report.participations if report.participations else 0.0
        share_rate = RATE_HIDDEN if hidden_totals[0] else _rate(part, part, share)
        lines.append(
            Line(g.label, part, people, done, _rate(done, part, g.completion_rate), share_rate)
        )
    totals = [sum(g.participations for g in b.groups), sum(g.people for g in b.groups),
              sum(g.completed for g in b.groups)]  # fmt: skip
    tp, tpe, td = (count(v, h) for v, h in zip(totals, hidden_totals, strict=True))
    rate = totals[2] / totals[0] if totals[0] else 0.0
    share_total: Rate = RATE_HIDDEN if hidden_totals[0] else (1.0 if b.groups else 0.0)
    total = Line("Total", tp, tpe, td, _rate(td, tp, rate), share_total)
    return BreakdownCells(b.dimension, b.title, tuple(lines), total)


def hidden_summary(report: DonorReport, threshold: int | None) -> frozenset[str]:
    """The summary figures to hide: a count whose total a breakdown had to hide (a
    breakdown with one group holding a small number), and rates made from them."""
    if threshold is None:
        return frozenset()
    hidden: set[str] = set()
    names = ("participations", "unique_people", "completed")
    for cells in report_cells(report, threshold)[:1]:
        t = cells.total
        for name, value in zip(names, (t.participations, t.people, t.completed), strict=True):
            if isinstance(value, str):
                hidden.add(name)
    if hidden & {"participations", "completed"}:
        hidden.add("completion_rate")
    return frozenset(hidden)


def note(threshold: int | None) -> str:
    """The line under a report that hides numbers (English, like the report's headings)."""
    if threshold is None:
        return ""
    return NOTE.format(n=threshold)
