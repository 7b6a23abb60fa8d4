"""A web table saved as text one cell to a line: each cell closed by a bar (“34.64 |”, or
the cell on its line and a bar alone on the next), an empty cell a bar alone, and each row
closed by a line of bars (“|||||”). Rows between two such lines are put back together as
table rows, blanks kept, so they are read as a grid is; the lines before the first closing
line stay as they are (where the table begins cannot be told from a caption).
"""

from __future__ import annotations

import re

from jixiao.review.readers.blocks import Block
from jixiao.review.readers.blocks import row_block

_ROW_END = re.compile(r"^[|｜]{2,}$")
_BAR = re.compile(r"^[|｜]$")
_FIGURE = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")
_CLOSED = re.compile(r"^(?P<cell>[^|｜]+?)\s*[|｜]$")
#: A row longer than this many lines is no row: the bars closed something else.
MAX_ROW_LINES = 40
MIN_ROWS = 2
MIN_CELLS = 2


def _row(lines: list[str]) -> list[str] | None:
    """The cells of one row's lines, or None when they are not one cell to a line."""
    cells: list[str] = []
    open_cell: list[str] = []
    for line in lines:
        closed = _CLOSED.match(line)
        if _BAR.match(line):
            cells.append("".join(open_cell))  # the open cell, or an empty one
            open_cell = []
        elif closed:
            cells.append("".join([*open_cell, closed.group("cell")]))
            open_cell = []
        elif "|" in line or "｜" in line:
            return None  # a row of its own (a | b | c): not this layout
        else:
            open_cell.append(line)  # a cell wrapped over lines
    if open_cell:
        cells.append("".join(open_cell))
    barred = any(_BAR.match(line) or _CLOSED.match(line) for line in lines)
    # a row has cells, and a figure or three cells at least; else it is prose between bars
    table_like = len(cells) >= MIN_CELLS and (len(cells) >= 3 or any(map(_FIGURE.match, cells)))
    return cells if barred and table_like else None


def join_cell_lines(lines: list[str]) -> list[Block]:
    """Blocks of ``lines``: the rows of a one-cell-to-a-line table as rows, the rest as
    running text."""
    ends = [i for i, line in enumerate(lines) if _ROW_END.match(line)]
    if len(ends) < MIN_ROWS:
        return [Block(text=line) for line in lines]
    blocks: list[Block] = [Block(text=line) for line in lines[: ends[0]]]
    for start, end in zip(ends, [*ends[1:], len(lines)], strict=True):
        inside = lines[start + 1 : end]
        cells = _row(inside) if end < len(lines) and len(inside) <= MAX_ROW_LINES else None
        if cells is None:
            blocks.extend(Block(text=line) for line in inside)
            continue
        row = row_block(cells, "")
        blocks.extend([row] if row is not None else [])
    return blocks
