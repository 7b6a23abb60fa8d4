"""A 绩效目标完成情况 table a web page summed up into one run of text, its 权重 written as
percentages: “一级指标二级指标三级指标指标值完成值权重得分产出指标…回收率≥90%98.70%20%18资金
足额拨付率100%100%10%10…得分合计100”. Each row ends in its 权重 with its % and its 得分 glued
to the next row's name, which leaves no doubt where one stops; the 权重 make 100%.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.rows import Total

_HEADER = re.compile(r"权重\s*得分")
_ROW = re.compile(
    r"(?<![\d.])(?P<weight>\d{1,3})%(?P<score>\d{1,3}(?:\.\d{1,2})?)(?=[\u4e00-\u9fff])"
)
_TOTAL = re.compile(r"得分合计\s*(?P<score>\d{1,3}(?:\.\d{1,2})?)(?![\d.%])")
_NAME = re.compile(r"[\u4e00-\u9fff]{2,}")
_MIN_ROWS = 3
#: 权重 written as percentages make the whole table.
_WHOLE = Figure(Decimal(100), False, "100")


def glued_weight_tables(doc: ReportDoc) -> list[ScoredTable]:
    """The tables of ``doc`` summed up into one paragraph with their 权重 as percentages."""
    tables: list[ScoredTable] = []
    for paragraph in doc.paragraphs:
        header = _HEADER.search(paragraph.text)
        total = _TOTAL.search(paragraph.text, header.end()) if header else None
        if header is None or total is None:
            continue
        rows: list[IndicatorRow] = []
        start = header.end()
        for match in _ROW.finditer(paragraph.text, header.end(), total.end()):
            names = _NAME.findall(paragraph.text[start : match.start()])
            weight, score = figure(match.group("weight")), figure(match.group("score"))
            if names and weight is not None and score is not None:
                rows.append(IndicatorRow(paragraph, names[-1], "", "", weight, score, False))
            start = match.end()
        score = figure(total.group("score"))
        if len(rows) >= _MIN_ROWS and score is not None:
            tables.append(ScoredTable(rows, Total(paragraph, _WHOLE, score)))
    return tables
