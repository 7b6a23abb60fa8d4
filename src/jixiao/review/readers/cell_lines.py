"""A web table saved as text one cell to a line: each cell closed by a bar (“34.64 |”, or
the cell on its line and a bar alone on the next), an empty cell a bar alone, and each row
closed by a line of bars (“|||||”). Rows between two such lines are put back together as
table rows, blanks kept, so they are read as a grid is; the lines before the first closing
line stay as they are (where the table begins cannot be told from a caption).

With no closing lines, a run of barred cells is cut into rows by its width: the cells before
its first figure are the header and the first row's label (“村名 |”, “金额 |”, “备注 |”,
“林畲村 |”, “50 |”: four columns), and the run is kept as rows only when each row then opens
with a label (the last row may have lost its blank cells at its end; a barred “单位:万元”
above the header is a caption, not a cell). Under a header of merged cells (公车购置及运行
维护费 over 合计, 车辆购置, 车辆运行) the header is wider than the rows: the rows are then
cut at their labels, when these stand evenly apart, and the header kept as one row; its
merged name joined with the 合计 under it, when that makes it as wide as the rows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from jixiao.review.readers.blocks import Block
from jixiao.review.readers.blocks import row_block
from jixiao.review.readers.header_rows import FIGURE as _FIGURE
from jixiao.review.readers.header_rows import is_label as _is_label
from jixiao.review.readers.header_rows import rows_past_header
from jixiao.review.text.sentences import word_pairs

_ROW_END = re.compile(r"^[|｜]{2,}$")
_BAR = re.compile(r"^[|｜]$")
_CLOSED = re.compile(r"^(?P<cell>[^|｜]+?)\s*[|｜]$")
#: A row longer than this many lines is no row: the bars closed something else.
MAX_ROW_LINES = 40
MIN_ROWS = 2
MIN_CELLS = 2
MAX_CELL = 30  # a longer line before a bar alone is prose, not a cell


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
        # (only a run with several empty cells, the bars alone that open its rows, is tried)
        several = cells is not None and cells.count("") > MIN_ROWS
        table = _unclosed_rows(inside) if several else []
        if sum(1 for block in table if block.cells) > MIN_ROWS:
            # a whole table of unclosed rows (each opened by a bar alone) between two
            # closing lines, its caption's and the next table's
            blocks.extend(table)
            continue
        if cells is None:
            # (a table of unclosed rows after a caption closed like a row: cut by its width)
            blocks.extend(_unclosed_rows(inside))
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


def _rows(cells: list[str]) -> list[list[str]] | None:
    """The rows of a run of cells, when each row opens with a label: cut by the width of the
    header (the cells before the first row's label), or, under a header of merged cells
    wider than the rows, by the even distance between the rows' labels."""
    first = next((i for i, cell in enumerate(cells) if _FIGURE.match(cell)), None)
    if first is None or first < MIN_CELLS + 1:
        return None
    numbered = _numbered(cells, first)  # (its 序号 the first figure, rows 1, 2, 3 … in turn)
    if numbered is not None:
        return numbered
    if "" in cells[:first]:  # a row of a label over blank cells before the first figures
        past = rows_past_header(cells, first, _cut)
        if past is not None:
            return past
    # the header, then the first row's label (or its label and a 公式 cell, “A=B+C”)
    for width in range(first - 1, max(MIN_CELLS, first - 1 - _LEAD_WORDS) - 1, -1):
        rows = _cut(cells, width)
        if rows is not None:
            return rows
    return _rows_by_labels(cells, first - 1) or rows_past_header(cells, first, _cut)


#: The label a table's closing rows open with, after its numbered ones.
_CLOSING = re.compile(r"^(?:合|总|總|小)\s*[计計]$")  # (a page in 繁体 too)


def _numbered(cells: list[str], first: int) -> list[list[str]] | None:
    """The rows of a table whose rows open with their 序号 (1, 2, 3 …) right after a header
    of ``first`` cells, closed by a 合计 row (its cells after the total dropped)."""
    if cells[first] != "1" or first < MIN_CELLS + 1:
        return None
    rows = [cells[i : i + first] for i in range(0, len(cells), first)]
    body, number = rows[1:], 1
    while body and body[0][0] == str(number):
        body, number = body[1:], number + 1
    closing = [row for row in body if row and _CLOSING.match(row[0])]
    if number <= MIN_ROWS or len(body) != len(closing) or len(body) > 1:
        return None
    if body:
        rows[-1] = _under_figures(rows[-1], rows[1:-1], first)
    return rows if all(len(row) == first for row in rows) else None


def _under_figures(total: list[str], rows: list[list[str]], width: int) -> list[str]:
    """A 合计 row whose 序号 and name cells were merged (“合计 | 100”), its figures set under
    the columns of figures of the rows above (the 序号 aside), when as many."""
    columns = sorted({j for row in rows for j, c in enumerate(row) if j and _FIGURE.match(c)})
    figures = [cell for cell in total[1:] if cell]
    if len(figures) != len(columns):
        return total + [""] * (width - len(total))
    placed = [total[0]] + [""] * (width - 1)
    for column, cell in zip(columns, figures, strict=True):
        placed[column] = cell
    return placed


#: Word cells a row may open with before its first figure besides its label (a 公式 cell).
_LEAD_WORDS = 1


def _cut(cells: list[str], width: int) -> list[list[str]] | None:
    """The rows of ``cells`` cut every ``width`` cells, when each opens with a label."""
    rows = [cells[i : i + width] for i in range(0, len(cells), width)]
    # a row of bars alone between two rows (“焦作林场 | | 10 | | | | | | | |”): nothing in it
    rows = [row for row in rows[:-1] if any(row)] + rows[-1:]
    if _is_label(rows[-1][0]):
        # the last row's blank cells dropped by the export (“公务用车购置费 |” right before
        # the text after the table)
        rows[-1] = rows[-1] + [""] * (width - len(rows[-1]))
    labelled = all(_is_label(row[0]) for row in rows[1:])
    return rows if len(rows) >= MIN_ROWS + 1 and len(rows[-1]) == width and labelled else None


def _rows_by_labels(cells: list[str], at: int) -> list[list[str]] | None:
    data = cells[at:]
    starts = [i for i, cell in enumerate(data) if _is_label(cell)]
    gaps = {b - a for a, b in pairwise(starts)}
    if len(starts) < MIN_ROWS or len(gaps) != 1:
        return None
    width = gaps.pop()
    if width <= MIN_CELLS or len(data) != width * len(starts) or width >= at:
        return None
    return [_folded(cells[:at], width)] + [data[i : i + width] for i in range(0, len(data), width)]


_GROUP_TOTAL = re.compile(r"^(?:合|小)\s*[计計]$")


#: Words too common to tie a merged cell to the columns under it.
_COMMON = {"公务", "经费", "费用", "支出", "资金"}


def _share_words(parent: str, child: str) -> bool:
    """The merged cell and the first column under it share a word (公车购置及运行维护费 and
    车辆购置: 购置) — not the cell before another group's 小计 (公务接待费, 小计, 公务用车
    购置费)."""
    pairs = word_pairs(parent) - _COMMON
    return any(pair in child for pair in pairs)


def _folded(header: list[str], width: int) -> list[str]:
    """The header of merged cells set over the rows' columns, when it is wider than them by
    as many cells as it has merged names over a 合计 or 小计 of their own (“公车购置及运行维护费”,
    “合计”, “车辆购置”, “车辆运行”: the merged name's column is its 合计); else as it is."""
    over = [i for i in range(1, len(header) - 1) if _GROUP_TOTAL.match(header[i + 1])]
    over = [i for i in over if header[i] and not _GROUP_TOTAL.match(header[i])]
    over = [i for i in over if i + 2 < len(header) and _share_words(header[i], header[i + 2])]
    if len(header) - len(over) != width:
        return header
    folded = list(header)
    for i in reversed(over):
        folded[i : i + 2] = [folded[i] + folded[i + 1].replace(" ", "")]
    return folded


def _barred(lines: list[str]) -> list[str]:
    """Lines with each short cell followed by a bar alone on the next line closed on its own
    line (“年度”, “|” → “年度 |”)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        wrapped = _wrapped_cell(lines, i, out)
        if wrapped:
            out.append(f"{''.join(wrapped)} |")
            i += len(wrapped) + 1
            continue
        if _cell(line) is None and _BAR.match(nxt) and _short(line, out) and "。" not in line:
            out.append(f"{line} |")
            i += 2
            continue
        out.append(line)
        i += 1
    return out


#: A cell inside a run of cells may be longer (a 目标值 listing “(1)…;(2)…;(3)…”).
MAX_RUN_CELL = 80


def _short(line: str, out: list[str]) -> bool:
    """Short enough for a cell: any line of a cell's length, a longer one after a cell."""
    inside = bool(out) and _cell(out[-1]) is not None and not _CAPTION_LIKE.search(line)
    return len(line) <= (MAX_RUN_CELL if inside else MAX_CELL)


#: The caption of the next table (“表2 …分配明细（单位：万元…）”): no cell however it is barred.
_CAPTION_LIKE = re.compile(r"^(?:附?表|附件)\s*\d|[单單]位\s*[:：]")


#: A cell wrapped over this many lines at most (“投 入” / “(15分)” between two bars).
MAX_WRAPPED = 3


def _wrapped_cell(lines: list[str], i: int, out: list[str]) -> list[str]:
    """The short lines of one cell wrapped between two bar lines, from ``lines[i]`` (the
    line before them already a cell or a bar), or [] when ``lines[i]`` opens none."""
    if not out or _cell(out[-1]) is None:
        return []
    k = i
    while k < len(lines) and k - i <= MAX_WRAPPED and _cell(lines[k]) is None:
        if len(lines[k]) > MAX_CELL or "|" in lines[k] or "｜" in lines[k]:
            return []
        k += 1
    if k - i < 2 or k >= len(lines) or not _BAR.match(lines[k]):
        return []
    return lines[i:k]


def _unclosed_rows(lines: list[str]) -> list[Block]:
    """Runs of barred cells with no closing lines, as rows where their width can be told."""
    blocks: list[Block] = []
    run: list[str] = []  # the lines of a run of barred cells
    for line in [*_barred(lines), ""]:
        if line and _cell(line) is not None:
            run.append(line)
            continue
        blocks.extend(_run_blocks(run))
        run = []
        if line:
            blocks.append(Block(text=line))
    return blocks


#: The unit a table's figures are in, barred like a cell above its header (“单位:万元 |”).
_UNIT_CAPTION = re.compile(r"^(?:金额|金額)?[单單]位\s*[:：]")


def _lead_blanks_off(cells: list[str]) -> list[str]:
    """The cells from the first that holds something (bars alone, “| | |”, open a run as
    empty cells)."""
    first = next((i for i, cell in enumerate(cells) if cell), len(cells))
    return cells[first:]


#: How far into a run its caption may stand: a title and bars alone before the unit.
_CAPTION_REACH = 8


def _caption(cells: list[str]) -> list[str]:
    """The cells above the header: a barred 单位:万元, after bars alone and a title at most."""
    for at, cell in enumerate(cells[:_CAPTION_REACH]):
        if _UNIT_CAPTION.match(cell):
            return cells[: at + 1] if sum(1 for c in cells[:at] if c) <= 1 else []
    return []


_AMOUNT = re.compile(r"^(?P<figure>\d[\d,]*(?:\.\d+)?)\s*(?:元|万元|亿元)(?:/[\u4e00-\u9fff])?$")
_MIN_NAMED = 3


def _names_over_amounts(cells: list[str]) -> list[list[str]] | None:
    """A one-row table with no label column, its names over its amounts (“中央 |”, “自治区 |”,
    …, “合计 |”, “416元 |”, “37元 |” …): read as one row of names each before its amount."""
    half = len(cells) // 2
    names, amounts = cells[:half], [_AMOUNT.match(cell) for cell in cells[half:]]
    if len(cells) % 2 or half < _MIN_NAMED or not all(map(_is_label, names)):
        return None
    if any(len(name) > MAX_NAME for name in names) or not all(amounts):
        return None
    figures = [m.group("figure") for m in amounts if m is not None]
    return [[cell for pair in zip(names, figures, strict=True) for cell in pair]]


#: The longest name a one-row table heads an amount with.
MAX_NAME = 8


#: A 自评表's 资金 block header opening a run after the form's own lines (项目名称, 主管部门 …):
#: its first cell, with a budget column within the next few.
_FUNDS_HEAD = re.compile(r"^(?:项目资金|资金情况|预算执行情况)")
_BUDGET_COLUMN = re.compile(r"预算数|预算$")
_FUNDS_REACH = 3
#: A unit alone on its line under a header cell (“项目资金 |”, “(万元) |”): that cell wrapped.
_UNIT_CELL = re.compile(r"^[（(](?:万元|元|亿元)[)）]$")


def _form_lines(cells: list[str]) -> int:
    """How many cells open the run before a 资金 block's header (0 when there is none)."""
    for at, cell in enumerate(cells):
        near = cells[at + 1 : at + 1 + _FUNDS_REACH]
        if at and _FUNDS_HEAD.match(cell) and any(_BUDGET_COLUMN.search(c) for c in near):
            return at
    return 0


def _units_joined(cells: list[str]) -> list[str]:
    joined: list[str] = []
    for cell in cells:
        if joined and joined[-1] and _UNIT_CELL.match(cell):
            joined[-1] += cell
        else:
            joined.append(cell)
    return joined


def _run_blocks(run: list[str]) -> list[Block]:
    cells = [cell for line in run if (cell := _cell(line)) is not None]
    form = _form_lines(cells)
    rest = _cell_blocks(_units_joined(cells[form:])) if form else None
    if rest is not None:
        return [Block(text=cell) for cell in cells[:form] if cell] + rest
    found = _cell_blocks(cells)
    return [Block(text=line) for line in run] if found is None else found


def _cell_blocks(cells: list[str]) -> list[Block] | None:
    """The run's cells as its caption and rows, or None when no width cuts them into rows."""
    caption = _caption(cells)
    body = cells[len(caption) :]
    # an empty corner cell heads the label column; bars alone opening each row do not
    rows = (_rows(body) or _rows(_lead_blanks_off(body))) if body else None
    rows = rows or _names_over_amounts(body)
    if rows is None:
        return None
    caption = [cell for cell in caption if cell]
    blocks = (_barred_label(row_block(row, ""), row) for row in rows)
    return [Block(text=cell) for cell in caption] + [b for b in blocks if b is not None]


def _barred_label(block: Block | None, row: list[str]) -> Block | None:
    """A row of a label alone over blank cells (“二、平原乡镇”, a group of the rows below) keeps
    a bar after its label, as a row written with bars does: a row inside its table, not a
    heading that ends it."""
    if block is None or block.cells is None or len(block.cells) != 1 or len(row) < 2:
        return block
    return replace(block, text=f"{block.text}｜")
