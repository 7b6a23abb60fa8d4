"""A web table saved as text one cell to a line: each cell closed by a bar (“34.64 |”, or
the cell on its line and a bar alone on the next), an empty cell a bar alone, and each row
closed by a line of bars (“|||||”). Rows between two such lines are put back together as
table rows, blanks kept, so they are read as a grid is; the lines before the first closing
line stay as they are (where the table begins cannot be told from a caption).

With no closing lines, a run of barred cells is cut into rows by its width: the cells before
its first figure are the header and the first row's label (“村名 |”, “金额 |”, “备注 |”,
“林畲村 |”, “50 |”: four columns), and the run is kept as rows only when each row then opens
with a label.
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
        return _unclosed_rows(lines)
    blocks: list[Block] = _unclosed_rows(lines[: ends[0]])
    for start, end in zip(ends, [*ends[1:], len(lines)], strict=True):
        inside = lines[start + 1 : end]
        cells = _row(inside) if end < len(lines) and len(inside) <= MAX_ROW_LINES else None
        if cells is None:
            blocks.extend(Block(text=line) for line in inside)
            continue
        row = row_block(cells, "")
        blocks.extend([row] if row is not None else [])
    return blocks


def _cell(line: str) -> str | None:
    """The cell a barred line holds ("" for a bar alone), or None for running text."""
    if _BAR.match(line):
        return ""
    closed = _CLOSED.match(line)
    return closed.group("cell").strip() if closed else None


def _width(cells: list[str]) -> int | None:
    """The number of columns of a run of cells, when its rows open with labels."""
    first = next((i for i, cell in enumerate(cells) if _FIGURE.match(cell)), None)
    if first is None or first < MIN_CELLS + 1:
        return None
    width = first - 1  # the header, then the first row's label
    rows = [cells[i : i + width] for i in range(0, len(cells), width)]
    if len(rows) < MIN_ROWS + 1 or len(rows[-1]) != width:
        return None
    labelled = all(row[0] and not _FIGURE.match(row[0]) for row in rows[1:])
    return width if labelled else None


def _unclosed_rows(lines: list[str]) -> list[Block]:
    """Runs of barred cells with no closing lines, as rows where their width can be told."""
    blocks: list[Block] = []
    run: list[str] = []  # the lines of a run of barred cells
    for line in [*lines, ""]:
        if line and _cell(line) is not None:
            run.append(line)
            continue
        blocks.extend(_run_blocks(run))
        run = []
        if line:
            blocks.append(Block(text=line))
    return blocks


def _run_blocks(run: list[str]) -> list[Block]:
    cells = [cell for line in run if (cell := _cell(line)) is not None]
    width = _width(cells) if cells else None
    if width is None:
        return [Block(text=line) for line in run]
    rows = (row_block(cells[i : i + width], "") for i in range(0, len(cells), width))
    return [row for row in rows if row is not None]
