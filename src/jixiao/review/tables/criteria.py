"""Indicator rows of a scoring form whose 分值 and 得分 stand apart: between them the
indicator's explanation and its 评分标准 (序号 | 一级指标 | 二级指标 | 三级指标 | 指标分值 |
指标解释 | 评分标准 | 自评得分 | 备注), as 部门整体 evaluation forms print them. The form has
no 年度指标值 or 实际完成值; each row is a line of cells between bars, its 得分 sometimes
wrapped onto the next line when a long 评分标准 ran over.
"""

from __future__ import annotations

import re

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import MAX_WEIGHT
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.flat import TOTAL_LABEL
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.rows import Total

#: The header: 分值, then the columns that explain it, then the score.
_HEADER = re.compile(r"分值.*(?:解释|说明|评分标准|评分细则|评分办法).*(?:得分|自评|评分)")
_BARS = re.compile(r"[|｜]")
_NAMED = re.compile(r"[\u4e00-\u9fff].*[\u4e00-\u9fff]")
#: A wrapped row's score: the next line holds it alone (and perhaps an empty 备注).
_MAX_WRAP_CELLS = 2


def _cells(paragraph: Paragraph) -> list[str]:
    return [cell.strip() for cell in _BARS.split(paragraph.text) if cell.strip()]


def _points(text: str) -> Figure | None:
    value = figure(text)
    if value is None or value.percent or value.value > MAX_WEIGHT or "," in value.text:
        return None
    return value


def _weight_at(cells: list[str]) -> int | None:
    """The first figure after a named cell: the 分值 (a leading 序号 comes before any name)."""
    for at in range(1, len(cells)):
        weight = _points(cells[at])
        if weight is not None and weight.value > 0 and _NAMED.search(cells[at - 1]):
            return at
    return None


def _score(cells: list[str], after: int, wrapped: Paragraph | None) -> Figure | None:
    """The first figure after the explaining cells, or the lone figure of the next line."""
    explained = False
    for cell in cells[after + 1 :]:
        value = _points(cell)
        if value is not None:
            return value if explained else None
        explained = True
    if not explained or wrapped is None:
        return None
    rest = _cells(wrapped)
    return _points(rest[0]) if 0 < len(rest) <= _MAX_WRAP_CELLS else None


def _row(paragraph: Paragraph, following: Paragraph | None) -> IndicatorRow | Total | None:
    cells = _cells(paragraph)
    at = _weight_at(cells)
    if at is None:
        return None
    score = _score(cells, at, following)
    weight = _points(cells[at])
    if score is None or weight is None:
        return None
    if TOTAL_LABEL.match(cells[at - 1]):
        return Total(paragraph, weight, score)
    return IndicatorRow(paragraph, cells[at - 1], "", "", weight, score, False)


def criteria_tables(doc: ReportDoc) -> list[ScoredTable]:
    """The scoring forms of ``doc`` whose 分值 and 得分 have the 评分标准 between them."""
    paragraphs = doc.paragraphs
    header = next(
        (at for at, p in enumerate(paragraphs) if _BARS.search(p.text) and _HEADER.search(p.text)),
        None,
    )
    if header is None:
        return []
    table = ScoredTable()
    for at in range(header + 1, len(paragraphs)):
        following = paragraphs[at + 1] if at + 1 < len(paragraphs) else None
        read = _row(paragraphs[at], following)
        if isinstance(read, Total):
            table.total = read
            break
        if read is not None:
            table.rows.append(read)
    return [table] if table.rows else []
