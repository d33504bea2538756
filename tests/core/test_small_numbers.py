"""Small-number suppression: the rule on named tables and a property over random ones."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import settings as app_settings
from app.core.small_numbers import (
    DEFAULT_THRESHOLD,
    Suppressed,
    determined_cells,
    suppress,
    threshold_setting,
)
from app.core.store import Store


def test_a_cell_of_three_is_hidden_with_a_complement_in_its_column() -> None:
    s = suppress([[3], [40], [12]], 5)
    # 3 is below 5; alone in its column the total (55) minus 40 and 12 would give it back,
    # so the smallest shown cell (12) is hidden too.
    assert [row[0] for row in s.cells] == [True, False, True]
    assert not any(s.column_totals)


def test_zero_is_shown_and_used_as_a_complement_only_when_nothing_else_is_left() -> None:
    s = suppress([[0], [2], [30]], 5)
    assert [row[0] for row in s.cells] == [False, True, True]
    s = suppress([[0], [2]], 5)
    assert [row[0] for row in s.cells] == [True, True]


def test_a_single_small_cell_hides_its_total() -> None:
    s = suppress([[3]], 5)
    assert s.cells == ((True,),) and s.column_totals == (True,)


def test_row_and_column_totals_iterate_to_a_fixed_point() -> None:
    values = [[3, 20, 30], [40, 50, 60], [70, 80, 90]]
    s = suppress(values, 5, row_totals=True, column_totals=True)
    hidden = {(r, c) for r in range(3) for c in range(3) if s.cells[r][c]}
    # 3 forces 20 (its row) and 40 (its column); those force a cell in column 1 and
    # row 1: the smallest is 50, which closes both.
    assert hidden == {(0, 0), (0, 1), (1, 0), (1, 1)}
    assert_protected(values, s, True, True)


def test_two_hidden_blocks_joined_by_one_cell_get_one_more() -> None:
    # Found by the linear check: every line had two hidden cells, yet the row and column
    # sums together gave (2, 3) away.
    values = [[0, 1, 49, 17, 0], [0, 25, 3, 69, 2], [1, 85, 1, 2, 3], [2, 0, 1, 23, 3],
              [0, 1, 50, 1, 0]]  # fmt: skip
    s = suppress(values, 5, row_totals=True, column_totals=True)
    assert_protected(values, s, True, True)


def test_nothing_small_nothing_hidden() -> None:
    s = suppress([[5, 6], [70, 0]], 5, row_totals=True)
    assert not s.any


def test_the_threshold_is_a_setting_with_a_safe_default(store: Store) -> None:
    assert threshold_setting(store.home) == DEFAULT_THRESHOLD
    app_settings.put(store.home, "reports", "small_numbers", "10")
    assert threshold_setting(store.home) == 10
    app_settings.put(store.home, "reports", "small_numbers", "ten")
    assert threshold_setting(store.home) == DEFAULT_THRESHOLD


def assert_protected(values: list[list[int]], s: Suppressed, rows: bool, cols: bool) -> None:
    """No hidden cell is its line's published total minus the line's shown cells."""
    n_rows, n_cols = len(values), len(values[0])
    for r in range(n_rows):
        for c in range(n_cols):
            if 0 < values[r][c] < s.threshold:
                assert s.cells[r][c], "a small cell is shown"
    lines = []
    if cols:
        lines += [([(r, c) for r in range(n_rows)], s.column_totals[c]) for c in range(n_cols)]
    if rows:
        lines += [([(r, c) for c in range(n_cols)], s.row_totals[r]) for r in range(n_rows)]
    for cells, total_hidden in lines:
        hidden = [rc for rc in cells if s.cells[rc[0]][rc[1]]]
        assert total_hidden or len(hidden) != 1, (cells, hidden)
    assert not pinned_down(s, n_rows, n_cols, rows, cols)


def pinned_down(s: Suppressed, n_rows: int, n_cols: int, rows: bool, cols: bool) -> list[int]:
    """Hidden cells a reader can compute from the published sums (an independent check:
    exact Gauss-Jordan elimination)."""
    hidden = [(r, c) for r in range(n_rows) for c in range(n_cols) if s.cells[r][c]]
    eqs: list[list[Fraction]] = []
    if cols:
        eqs += [[Fraction(h[1] == c) for h in hidden] for c in range(n_cols)
                if not s.column_totals[c]]  # fmt: skip
    if rows:
        eqs += [[Fraction(h[0] == r) for h in hidden] for r in range(n_rows)
                if not s.row_totals[r]]  # fmt: skip
    # Reduce the equations; a cell is pinned down when some combination of them is its
    # unit vector, i.e. a reduced row has exactly one non-zero entry after full reduction.
    m = [row[:] for row in eqs if any(row)]
    pivots: list[int] = []
    rank = 0
    for col in range(len(hidden)):
        p = next((i for i in range(rank, len(m)) if m[i][col] != 0), None)
        if p is None:
            continue
        m[rank], m[p] = m[p], m[rank]
        m[rank] = [x / m[rank][col] for x in m[rank]]
        for i in range(len(m)):
            if i != rank and m[i][col] != 0:
                f = m[i][col]
                m[i] = [a - f * b for a, b in zip(m[i], m[rank], strict=True)]
        pivots.append(col)
        rank += 1
    return [pivots[i] for i in range(rank) if sum(1 for x in m[i] if x != 0) == 1]


tables = st.integers(1, 6).flatmap(
    lambda n_cols: st.lists(
        st.lists(st.one_of(st.integers(0, 7), st.integers(0, 200)), min_size=n_cols,
                 max_size=n_cols),
        min_size=1,
        max_size=8,
    )
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(tables, st.integers(1, 10), st.booleans(), st.booleans())
def test_no_hidden_cell_follows_from_the_published_sums(
    values: list[list[int]], threshold: int, rows: bool, cols: bool
) -> None:
    s = suppress(values, threshold, row_totals=rows, column_totals=cols)
    assert_protected(values, s, rows, cols)
    # A total is hidden only when its line has no other cell to hide.
    for c, hidden in enumerate(s.column_totals):
        if hidden:
            assert all(row[c] for row in s.cells)
    if not rows:
        assert not any(s.row_totals)


masks = st.integers(1, 6).flatmap(
    lambda n_cols: st.tuples(
        st.lists(st.lists(st.booleans(), min_size=n_cols, max_size=n_cols), min_size=1,
                 max_size=7),
        st.lists(st.booleans(), min_size=7, max_size=7),
        st.lists(st.booleans(), min_size=n_cols, max_size=n_cols),
    )
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(masks)
def test_the_graph_finds_exactly_the_cells_linear_algebra_pins_down(
    mask: tuple[list[list[bool]], list[bool], list[bool]],
) -> None:
    hide, row_hidden, col_hidden = mask
    row_hidden = row_hidden[: len(hide)]
    s = Suppressed(5, tuple(map(tuple, hide)), tuple(row_hidden), tuple(col_hidden))
    hidden = [(r, c) for r, row in enumerate(hide) for c, h in enumerate(row) if h]
    by_algebra = {hidden[i] for i in pinned_down(s, len(hide), len(hide[0]), True, True)}
    assert set(determined_cells(hide, row_hidden, col_hidden)) == by_algebra
