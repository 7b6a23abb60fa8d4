"""A table's 合计 row against the rows above it, column by column (an allocation table, a
“三公” 经费 table, a list of projects):

    村名      金额      备注
    A村       50
    B村       110
    C村       89.424
    合计      299.424        → 50 + 110 + 89.424 = 249.424: the 合计 is wrong, or a row

A row whose label repeats the words of the row above it in order (公务用车购置费 and
公务用车运行维护费 under 公务用车购置及运行维护费) is a part of that row, not of the total: the
parts are checked against their row, and the row alone counts in the total. A table with a
其中, 小计 or 减 row, classification codes (2010301 行政运行) or numbered or dashed labels
(1., （1）, ——) is left alone: which rows add up to which cannot be told from the table —
except for one 小计 row alone, made by the rows above it, and with the rows after it making
the 合计.
Shares, rates, averages and changes are no sums; a cell left blank or dashed holds nothing,
and a column with any other cell that is no amount is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from itertools import combinations
from typing import Protocol

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_sums import rounding_gap
from jixiao.review.checks.cell_sums import sum_of
from jixiao.review.checks.partitions import makes_whole
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import adds_up
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import unexplained_sum
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.tables.doc_rows import header_end
from jixiao.review.tables.doc_rows import header_names
from jixiao.review.text.names import in_order
from jixiao.review.text.quantities import fmt

#: The total row: 合计, “三公”经费合计, 总“三公”经费支出 (the first of a table; a 收入总计 after
#: 本年收入合计 adds other rows to it).
TOTAL_LABEL = re.compile(
    r"^(?:合计|总计|共计|总合计)$|^总[“”\"\u4e00-\u9fff]{0,10}(?:经费|支出|金额)$"
    r"|^[“”\"\u4e00-\u9fff]{1,10}(?:合计|总计)$"
)
#: Rows whose place in the sum cannot be told from the table.
NESTED = re.compile(
    r"^(?:其中|含|包括|减|\d{3,}|\d+[.．、]|[（(]\d+[)）]|[（(][一二三四五六七八九十]+[)）]"
    r"|[一二三四五六七八九十]+、|[-—－]+)|^.*小计"
)
#: Columns of shares, rates, scores and counts of items: no sums.
NO_SUM = re.compile(
    r"率|比例|比重|占比|%|分值|得分|权重|序号|编号|代码|年份|指标值|均|增长|增幅|增减|幅度"
)
#: A 小计 row alone: the rows above it, then it and the rows after it make the 合计.
SUBTOTAL = re.compile(r"^小\s*计$")
_MIN_ROWS = 2
_MIN_TOTALS = 2  # amounts of a 合计 row whose rows hold one figure each
_MIN_NAME = 4  # 东村 under 东山村 is a neighbour, not a part
_MAX_PARTITION = 5


def _within(short: str, long: str) -> bool:
    """A part's label: shorter than its row's, its characters in that row's label in order."""
    return _MIN_NAME <= len(short) < len(long) and in_order(short, long)


def money_value(row: TableRow, column: int) -> Figure | None:
    """The figure of a row's cell in ``column`` when it is an amount (not a percentage)."""
    found = row.value(column)
    return found if found is not None and not found.percent else None


def _parts_after(rows: list[TableRow], i: int) -> list[TableRow]:
    """The rows right after ``rows[i]`` that are its parts: labels repeating its words (two at
    least), or the members of a partition that makes it (人员经费 and 公用经费 under 基本支出,
    set apart only by indentation)."""
    parts: list[TableRow] = []
    while i + 1 + len(parts) < len(rows) and _within(rows[i + 1 + len(parts)].label, rows[i].label):
        parts.append(rows[i + 1 + len(parts)])
    if parts:
        return parts
    for size in range(_MAX_PARTITION, 1, -1):
        following = rows[i + 1 : i + 1 + size]
        if len(following) == size and makes_whole([r.label for r in following], rows[i].label):
            return following
    return []


def _grouped(rows: list[TableRow]) -> list[tuple[TableRow, list[TableRow]]]:
    """The rows that count in the total, each with its own parts."""
    grouped: list[tuple[TableRow, list[TableRow]]] = []
    i = 0
    while i < len(rows):
        parts = _parts_after(rows, i)
        grouped.append((rows[i], parts))
        i += 1 + len(parts)
    return grouped


class Row(Protocol):
    """A row a sum finding names: its label, and the paragraph it quotes."""

    @property
    def label(self) -> str: ...

    @property
    def paragraph(self) -> Paragraph: ...


def sum_finding(
    total_row: TableRow,
    total: Figure,
    parts: list[tuple[TableRow, Figure]],
    header: str,
    where: str = "其上",
    known: bool = False,
) -> ReviewFinding | None:
    added = unexplained_sum(total, [f for _, f in parts], known)
    column = f"“{header}”栏" if header else ""
    if added is None:
        named = f"表中“{total_row.label}”行{column}"
        return rounding_gap(total_row.paragraph, total, [f for _, f in parts], named)
    return sum_mismatch(total_row, total, parts, added, column, where)


def sum_mismatch(
    total_row: Row,
    total: Figure,
    parts: Sequence[tuple[Row, Figure]],
    added: Decimal,
    column: str = "",
    where: str = "其上",
) -> ReviewFinding:
    """“表中“合计”行…为X，其上各行（A、B）之和为a＋b＝Y，相差Z，请核实。”"""
    places = max(f.places for f in [total, *(f for _, f in parts)])
    shown = fmt(added, places)
    sum_text = "＋".join(f.text for _, f in parts)
    message = (
        f"表中“{total_row.label}”行{column}为{total.text}，{where}各行"
        f"（{'、'.join(row.label for row, _ in parts)}）之和为{sum_text}＝{shown}，"
        f"相差{fmt(abs(added - total.value), places)}，请核实。"
    )
    return make_finding(
        "sum-mismatch",
        total_row.paragraph,
        message,
        stated=total.text,
        recomputed=shown,
    )


def _column_findings(
    rows: list[TableRow], total_row: TableRow, column: int, name: str, where: str
) -> list[ReviewFinding]:
    total = money_value(total_row, column)
    if total is None:
        return []
    findings = []
    counted: list[tuple[TableRow, Figure]] = []
    for row, parts in _grouped(rows):
        value = money_value(row, column)
        if value is None and row.blank(column):
            continue  # “经营收入 | |”, “其他资金 | - | -”: none
        if value is None:
            return []
        counted.append((row, value))
        part_values = [(part, money_value(part, column)) for part in parts]
        if len(parts) >= _MIN_ROWS and all(v is not None for _, v in part_values):
            found = sum_finding(row, value, [(p, v) for p, v in part_values if v], "", "其下")
            findings.extend([found] if found else [])
    if len(counted) < _MIN_ROWS:
        return []
    found = sum_finding(total_row, total, counted, name, where)
    # rows under rows the table sets apart by indentation alone, told by their figures (a
    # sum that does not hold either way is reported as the labels group the rows)
    nested = [f for _, f in _nested_by_values(rows, column) or []]
    if found is not None and nested and _made(total, nested, found.code == "sum-mismatch"):
        return findings
    return findings + ([found] if found else [])


def _made(total: Figure, parts: list[Figure], rounded: bool) -> bool:
    """The parts make the total: within rounding (``rounded``), else exactly (a 尾差 is noted
    unless the rows nested by their figures leave none)."""
    return adds_up(total, parts) if rounded else sum_of(parts) == total.value


def all_blank(row: TableRow) -> bool:
    """Every cell after the row's label is left blank."""
    return all(row.blank(column) for column in range(1, len(row.cells)))


def _nested_by_values(rows: list[TableRow], column: int) -> list[tuple[TableRow, Figure]] | None:
    """The rows that count in the total when each row that the rows right after it add up
    to (工资福利支出 + 商品和服务支出 + … under 基本支出, and 办公费 + 印刷费 + … under 公用经费
    under it) counts alone; None when a row has no figure."""
    values = [money_value(row, column) for row in rows]
    figures = [v for v in values if v is not None]
    if len(figures) < len(values):
        return None
    sizes: dict[int, int] = {}
    top: list[tuple[TableRow, Figure]] = []
    i = 0
    while i < len(figures):
        top.append((rows[i], figures[i]))
        i += 1 + _subtree(figures, i, sizes)
    return top


def _subtree(figures: list[Figure], i: int, sizes: dict[int, int]) -> int:
    """How many figures after ``figures[i]`` lie under it: children (two at least, each
    with what lies under it) that add up to it within the rounding written; 0: none."""
    if i in sizes:
        return sizes[i]
    sizes[i] = 0
    children: list[Figure] = []
    j = i + 1
    while j < len(figures) and sum(c.value for c in children) <= figures[i].value:
        children.append(figures[j])
        j += 1 + _subtree(figures, j, sizes)
        if len(children) >= _MIN_ROWS and figures[i].value and adds_up(figures[i], children):
            sizes[i] = j - i - 1
            break
    return sizes[i]


#: A row after a budget's parts that says what was left of it, no part of its 合计.
_ASIDE = re.compile(r"结转(?:和|及)?结余|结余资金")


def _without_aside(rows: list[TableRow]) -> list[TableRow]:
    """The rows under a 合计 without the trailing rows of what was left (年末结转结余)."""
    end = len(rows)
    while end and _ASIDE.search(rows[end - 1].label):
        end -= 1
    return rows[:end]


def _table_findings(table: list[TableRow]) -> list[ReviewFinding]:
    start = header_end(table)
    subtotals = [i for i in range(start, len(table)) if SUBTOTAL.match(table[i].label)]
    nested = [r for r in table[start:] if NESTED.match(r.label) and not all_blank(r)]
    if start == 0 or len(nested) > len(subtotals) or len(subtotals) > 1:
        return []  # (a 其中 row left blank nests nothing)
    at = next((i for i in range(start, len(table)) if TOTAL_LABEL.match(table[i].label)), None)
    names = header_names(table, start)
    if at is None or names is None:
        return []  # no total, or which column is which cannot be told
    if subtotals:  # a 合计 first over a 小计: which rows it holds cannot be told
        return (
            _subtotal_findings(table, (start, subtotals[0], at), names) if subtotals[0] < at else []
        )
    return _total_findings(table, start, at, names)


def _total_findings(
    table: list[TableRow], start: int, at: int, names: list[str]
) -> list[ReviewFinding]:
    """The 合计 row at ``at`` against the rows the table gives it."""
    if at == start:  # 合计 first: its rows under it, to the table's end
        rows, where = _without_aside(table[start + 1 :]), "其下"
        if len(rows) < _MIN_ROWS or any(TOTAL_LABEL.match(row.label) for row in rows):
            return []
    else:
        rows, where = table[start:at], "其上"
        if len(rows) < _MIN_ROWS:
            return []
        short = _short_rows_findings(table, start, at, names)
        if short is not None:
            return short
    findings: list[ReviewFinding] = []
    total_row = _under_figure_columns(_below_numbers(table[at], rows), rows)
    for column, name in enumerate(names):
        if not NO_SUM.search(name):
            findings.extend(_column_findings(rows, total_row, column, name, where))
    return findings


def _below_numbers(total_row: TableRow, rows: list[TableRow]) -> TableRow:
    """The 合计 row set under the columns of rows that open with a 序号 it lacks (“合计 | 82 |
    443 …” under “1 | 高岳街道办事处 | 16 | 65 …”): its label under theirs."""
    widths = {len(row.cells) for row in rows}
    numbered = all(re.fullmatch(r"\d{1,3}", row.cells[0].strip()) for row in rows)
    if len(widths) != 1 or not numbered or len(total_row.cells) != widths.pop() - 1:
        return total_row
    moved = TableRow(total_row.paragraph, total_row.label, ("", *total_row.cells))
    # (a 合计 row that kept its 名称 cell blank lost a cell at its end, not its 序号: each of
    # its figures must then fall under a column of figures)
    under = all(
        rows[0].value(c) is not None for c in range(len(moved.cells)) if moved.value(c) is not None
    )
    return moved if under and not total_row.blank(1) else total_row


def _under_figure_columns(total_row: TableRow, rows: list[TableRow]) -> TableRow:
    """A 合计 row whose word cells an export merged away (“合计 | 21 | 12” under “霞山村 | 4
    | 修复拦水坝3座 | 4”): its figures set under the rows' columns of figures, when as many.
    When fewer (a 补助标准 column of one figure left out of the total), the figures are set
    under the columns, in order, they add up to; none is set when no such columns are found."""
    widths = {len(row.cells) for row in rows}
    width = widths.pop() if len(widths) == 1 else 0
    if len(total_row.cells) >= width:
        return total_row
    columns = [c for c in range(1, width) if all(row.value(c) is not None for row in rows)]
    cells = [cell for cell in total_row.cells[1:] if cell.strip()]
    if len(cells) > len(columns) or not all(figure(cell) for cell in cells):
        return total_row
    if len(cells) < len(columns):
        columns = next(
            (list(c) for c in combinations(columns, len(cells)) if _makes(rows, c, cells)), []
        )
        cells = cells if columns else []
    placed = [total_row.cells[0], *[""] * (width - 1)]
    for column, cell in zip(columns, cells, strict=True):
        placed[column] = cell
    return TableRow(total_row.paragraph, total_row.label, tuple(placed))


def _makes(rows: list[TableRow], columns: tuple[int, ...], cells: list[str]) -> bool:
    """Each of ``cells`` is the sum of the rows' figures in its column."""
    for column, cell in zip(columns, cells, strict=True):
        total = figure(cell)
        parts = [f for row in rows if (f := row.value(column)) is not None]
        if total is None or not adds_up(total, parts):
            return False
    return True


def _subtotal_findings(
    table: list[TableRow], at: tuple[int, int, int], names: list[str]
) -> list[ReviewFinding]:
    """A 小计 over the rows between the header and it, and the 合计 over the 小计 and the
    rows after it (“中央 … 县级 / 小计 / 上年结转资金 / 其他资金 / 合计”)."""
    start, subtotal, total = at
    above, beside = table[start:subtotal], table[subtotal:total]
    if len(above) < _MIN_ROWS or len(beside) < _MIN_ROWS:
        return []
    findings: list[ReviewFinding] = []
    for column, name in enumerate(names):
        if NO_SUM.search(name):
            continue
        wrong = _column_findings(above, table[subtotal], column, name, "其上")
        # a wrong 小计 under a 合计 its rows make: the 小计 alone is at fault
        rows = [*above, *beside[1:]] if wrong else beside
        findings.extend(wrong + _column_findings(rows, table[total], column, name, "其上"))
    return findings


def _short_rows_findings(
    table: list[TableRow], start: int, at: int, names: list[str]
) -> list[ReviewFinding] | None:
    """Rows of one figure each, shorter than their 合计 row of two amounts or more (the empty
    cells after the figure dropped: the figure may be under either column): their sum against
    the one amount of the 合计 it comes near (计划支出数 1355.81, 实际支出数 588.23 over rows
    adding to 588.41). None when the table is not of this shape; no finding either when no
    one amount of the 合计 comes near (the column checks are then left out: which column each
    row's figure stands in cannot be told)."""
    total_row = table[at]
    totals = [(c, f) for c in range(len(names)) if (f := money_value(total_row, c)) is not None]
    rows = table[start:at]
    if len(totals) < _MIN_TOTALS or len(rows) < _MIN_ROWS:
        return None
    counted: list[tuple[TableRow, Figure]] = []
    for row in rows:
        figures = [f for c in range(1, len(row.cells)) if (f := money_value(row, c)) is not None]
        if len(row.cells) >= len(total_row.cells) or len(figures) != 1:
            return None
        counted.append((row, figures[0]))
    parts = [f for _, f in counted]
    near = [(c, t) for c, t in totals if unexplained_sum(t, parts) is not None]
    if any(adds_up(total, parts) for _, total in totals) or len(near) != 1:
        return []
    column, total = near[0]
    found = sum_finding(total_row, total, counted, names[column])
    return [found] if found else []


def check_total_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """Each table's 合计 row against the sum of the rows between its header and it."""
    return [finding for table in doc_tables(doc) for finding in _table_findings(table)]
