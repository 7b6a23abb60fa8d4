"""A table a web page saved one cell to a paragraph, with no bars, blank cells lost:

    市县名称 / 资金合计 / 中央资金 / 省级资金 / 市级资金 / 备注
    舞钢市 / 154 / 154
    宝丰县 / 89 / 89
    …
    合计 / 2960 / 2960

Under a header of short words, each row is a label and as many figures as every other row
(two at least: the blank cells gone, which columns they stand in cannot be told, but they
stand in the same ones); the last row, 合计 or 总计, against the rows above it, figure by
figure. A row of 小计 or 其中 (a nesting the cells do not show) leaves the table alone, and
so does one of another number of figures, a percentage, or a header naming a column that is
not summed (执行率, 补助标准, 增减). The rows, 合计 among them, are also held to the one sum
of adjacent figures all of them keep but one (核定人数 = 常规扶持 + 特殊扶持), as row_formulas
holds a table's rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.checks.row_formulas import broken_formula
from jixiao.review.checks.row_formulas import formula_finding
from jixiao.review.checks.total_rows import TOTAL_LABEL
from jixiao.review.checks.total_rows import sum_mismatch
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import whole_adds_up

#: A header word or a row's label: short words, with a year or a unit in them at most
#: (2021年移民核定人数, 下达补贴资金(万元)), never a figure.
_WORD = re.compile(r"^(?=.*[\u4e00-\u9fff])[\u4e00-\u9fff（）()、\d]{2,14}$")
_NESTED = re.compile(r"小计|其中")
#: A column that is not summed (a rate, a standard, an average, a change): which column it
#: is cannot be told with the blank cells lost, so the table is left alone.
_NO_SUM = re.compile(r"率|标准|单价|均|比例|占比|增减|增长|变动")
_MIN_HEADER = 3
_MIN_FIGURES = 2
_MIN_ROWS = 2


@dataclass(frozen=True, slots=True)
class _Row:
    label: str
    figures: list[Figure]
    paragraph: Paragraph


def _header_end(paragraphs: Sequence[Paragraph], at: int) -> int:
    """Where a header of short words from ``at`` ends, the first row's label being the last
    word before a figure (``at`` itself: no header)."""
    end = at
    while end < len(paragraphs) and _WORD.match(paragraphs[end].text):
        end += 1
    return end - 1 if end - at > _MIN_HEADER else at


def _rows(paragraphs: Sequence[Paragraph], at: int) -> list[_Row]:
    """The rows from ``at``: a label, then its figures, up to the first row closed by 合计."""
    rows: list[_Row] = []
    while at < len(paragraphs) and _WORD.match(paragraphs[at].text):
        label, figures = paragraphs[at], []
        at += 1
        while at < len(paragraphs) and (value := figure(paragraphs[at].text)) is not None:
            figures.append(value)
            at += 1
        rows.append(_Row(label.text, figures, label))
        if TOTAL_LABEL.match(label.text):
            break
    return rows


def _tables(doc: ReportDoc) -> Iterator[tuple[_Row, list[_Row]]]:
    """Each such table's 合计 row and the rows above it."""
    paragraphs = doc.paragraphs
    at = 0
    while at < len(paragraphs):
        end = _header_end(paragraphs, at)
        if end == at:
            at += 1
            continue
        rows = _rows(paragraphs, end)
        header = "".join(p.text for p in paragraphs[at:end])
        at = end + 1
        if len(rows) <= _MIN_ROWS or not TOTAL_LABEL.match(rows[-1].label):
            continue
        widths = {len(row.figures) for row in rows}
        nested = any(_NESTED.search(row.label) for row in rows)
        rated = _NO_SUM.search(header) or any(f.percent for row in rows for f in row.figures)
        if len(widths) == 1 and widths.pop() >= _MIN_FIGURES and not nested and not rated:
            yield rows[-1], rows[:-1]


def _finding(total: _Row, rows: list[_Row], column: int) -> ReviewFinding:
    parts = [(row, row.figures[column]) for row in rows]
    added = sum((f.value for _, f in parts), Decimal(0))
    return sum_mismatch(total, total.figures[column], parts, added, f"所列第{column + 1}个数")


def check_paragraph_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 合计 of a table saved one cell to a paragraph against the rows above it, figure by
    figure, when one of its figures at least holds (the rows were read as the table has
    them)."""
    found: list[ReviewFinding] = []
    for total, rows in _tables(doc):
        every = [*rows, total]
        broken = broken_formula([row.figures for row in every])
        if broken is not None:
            formula, at = broken
            finding = formula_finding(every[at], formula, every[at].figures)
            if finding is not None:
                found.append(finding)
        columns = range(len(total.figures))
        held = [c for c in columns if whole_adds_up(total.figures[c], [r.figures[c] for r in rows])]
        if held:
            found.extend(_finding(total, rows, c) for c in columns if c not in held)
    return found
