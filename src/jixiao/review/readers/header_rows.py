"""A run of barred cells (one cell to a line) whose rows do not begin right after its header:
merged group cells stand above the header (绩效目标设置情况, 绩效目标完成情况 over
目标名称 | 目标值 | … | 权重分值 | 评分规则 | 得分), and a row of words with its cells left
empty (一、投入目标) comes before the first row of figures. Its width is the one that keeps
the figures in the same columns row after row (the 权重分值 and the 得分 of each indicator);
under another width they drift a column or two each row.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: A cell that is a figure (an amount, a count, a percentage).
FIGURE = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")
#: Rows a table must have below its header for its width to be told from its figures.
_MIN_ROWS = 3
#: Columns that hold a figure in most rows: a 分值 and a 得分 at least.
_MIN_FIGURE_COLUMNS = 2
#: A figure column holds figures in this share of the rows with figures, words in none.
_STEADY = 0.75


def is_label(cell: str) -> bool:
    """A cell that holds words (not blank, not a figure)."""
    return bool(cell) and not FIGURE.match(cell)


def rows_past_header(
    cells: list[str], first: int, cut: Callable[[list[str], int], list[list[str]] | None]
) -> list[list[str]] | None:
    """The rows of ``cells`` (its first figure at ``first``) under a header of words that
    ends before the cell opening the first row, group cells above it kept as a row of their
    own; None when no width keeps two columns of figures steady."""
    for width in range(first - 1, 2, -1):
        # (the group cells above the header are fewer than its own: the header ends before
        # twice its width)
        for end in range(min(first - 1, 2 * width - 1), width - 1, -1):
            rows = _rows_at(cells, width, end, cut)
            if rows is not None:
                return rows
    return None


def _rows_at(
    cells: list[str],
    width: int,
    end: int,
    cut: Callable[[list[str], int], list[list[str]] | None],
) -> list[list[str]] | None:
    header, lead = cells[end - width : end], cells[: end - width]
    if not all(map(is_label, header)) or not all(map(is_label, lead)) or len(lead) >= width:
        return None
    if not is_label(cells[end]):
        return None
    rows = cut(cells[end - width :], width)
    if rows is None or len(rows) <= _MIN_ROWS or not _steady(rows[1:], width):
        return None
    return ([lead] if lead else []) + rows


def _steady(rows: list[list[str]], width: int) -> bool:
    """Two columns or more hold figures in most rows that have figures, and words in none."""
    with_figures = [row for row in rows if any(FIGURE.match(cell) for cell in row)]
    if len(with_figures) < _MIN_ROWS:
        return False
    steady = 0
    for column in range(1, width):
        column_cells = [row[column] for row in with_figures if column < len(row)]
        figures = sum(1 for cell in column_cells if FIGURE.match(cell))
        words = sum(1 for cell in column_cells if is_label(cell))
        steady += words == 0 and figures >= _STEADY * len(with_figures)
    return steady >= _MIN_FIGURE_COLUMNS
