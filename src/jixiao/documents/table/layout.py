"""Layout arithmetic for the 自评表: the column grid, bands of columns, and row heights.

Pure functions on integers (column widths in Excel character units, font sizes in
half-points, heights in points); nothing here touches a workbook.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

#: A band of grid columns: first and last column index, both inclusive.
Span = tuple[int, int]

#: Body text size in half-points (五号, 10.5 pt): the unit the width estimate is based on.
BODY_HALF_POINTS = 21
#: Vertical padding of a row around its text, in points.
ROW_PADDING = 8
#: The fewest grid columns any block needs (the budget block has seven cells).
MIN_GRID_COLUMNS = 7
_INFINITE = 1 << 62


@dataclass(frozen=True, slots=True)
class Grid:
    """The sheet's columns: widths, and which grid columns each indicator column covers.

    Attributes:
        widths: width of every grid column, in Excel character units.
        columns: for each column of ``layout.columns``, the grid span it occupies.
    """

    widths: tuple[int, ...]
    columns: tuple[Span, ...]

    @property
    def last(self) -> int:
        """Index of the last grid column."""
        return len(self.widths) - 1

    def width(self, span: Span) -> int:
        """Total width of a span, in character units."""
        return sum(self.widths[span[0] : span[1] + 1])


def make_grid(widths: Sequence[int], minimum: int = MIN_GRID_COLUMNS) -> Grid:
    """Build the grid from the indicator columns, splitting the widest until ``minimum``."""
    parts = [[w] for w in widths]
    while sum(len(p) for p in parts) < minimum:
        widest = max(range(len(parts)), key=lambda i: max(parts[i]))
        piece = max(parts[widest])
        parts[widest].remove(piece)
        parts[widest].extend([piece - piece // 2, piece // 2])
    spans: list[Span] = []
    start = 0
    for part in parts:
        spans.append((start, start + len(part) - 1))
        start += len(part)
    return Grid(widths=tuple(w for p in parts for w in p), columns=tuple(spans))


def partition(widths: Sequence[int], shares: Sequence[int]) -> list[Span]:
    """Split the columns into ``len(shares)`` bands whose widths best match the shares.

    Raises:
        ValueError: when there are fewer columns than bands (a programming error).
    """
    count, bands = len(widths), len(shares)
    if bands > count or bands == 0:
        raise ValueError(f"cannot split {count} columns into {bands} bands")
    prefix = list(accumulate(widths, initial=0))
    total, weight = prefix[-1], sum(shares)

    @cache
    def best(col: int, band: int) -> tuple[int, tuple[int, ...]]:
        if band == bands:
            return (0, ()) if col == count else (_INFINITE, ())
        options: list[tuple[int, tuple[int, ...]]] = []
        for end in range(col + 1, count - (bands - band - 1) + 1):
            miss = (prefix[end] - prefix[col]) * weight - shares[band] * total
            rest, ends = best(end, band + 1)
            options.append((miss * miss + rest, (end, *ends)))
        return min(options)

    ends = best(0, 0)[1]
    starts = (0, *ends[:-1])
    return [(start, end - 1) for start, end in zip(starts, ends, strict=True)]


def text_units(text: str) -> int:
    """Width of a text in character units: CJK and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def line_count(text: str, width: int, half_points: int = BODY_HALF_POINTS) -> int:
    """How many lines a wrapped text takes in a cell ``width`` units wide."""
    capacity = max(1, width * BODY_HALF_POINTS // half_points)
    lines = 0
    for paragraph in text.split("\n"):
        lines += max(1, -(-text_units(paragraph) // capacity))
    return lines


def row_height(lines: int, half_points: int = BODY_HALF_POINTS) -> int:
    """Row height in points for ``lines`` lines of text at the given size."""
    line = -(-half_points * 3 // 4)  # 1.5 × the font size, in points (CJK fonts run tall)
    return lines * line + ROW_PADDING


def run_starts(keys: Sequence[object]) -> list[int]:
    """For each row, the length of the run of equal keys it starts (0 inside a run)."""
    lengths = [0] * len(keys)
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            lengths[start] = index - start
            start = index
    return lengths


def page_capacity(widths: Sequence[int], *, landscape: bool, margins_pt: tuple[int, int]) -> int:
    """Usable page height in sheet points once the table is scaled to fit one A4 page wide.

    ``margins_pt`` are the total horizontal and vertical margins in points.
    """
    page_w, page_h = (842, 595) if landscape else (595, 842)
    usable_w, usable_h = page_w - margins_pt[0], page_h - margins_pt[1]
    table_w = Fraction(sum(w * 7 + 5 for w in widths) * 3, 4)  # Excel pixels → points
    scale = min(Fraction(1), Fraction(usable_w) / table_w)
    return int(usable_h / scale * Fraction(19, 20))  # keep 5% in hand for renderer differences


def page_breaks(
    heights: Sequence[int], keep: Sequence[Span], capacity: int, repeated: int
) -> list[int]:
    """Rows to break a page before, so that no ``keep`` range of rows is split across pages.

    Args:
        heights: height in points of every row, from row 0.
        keep: ranges of rows (first, last) to keep on one page when they fit on one.
        capacity: usable page height in the same points.
        repeated: height of the header row repeated at the top of every later page.
    """
    ends = dict(keep)
    breaks: list[int] = []
    used, row = 0, 0
    while row < len(heights):
        last = ends.get(row, row)
        block = sum(heights[row : last + 1])
        fresh = repeated if breaks else 0
        if used + block > capacity and used > fresh:
            breaks.append(row)
            used = repeated
        used += block
        row = last + 1
    return breaks
