"""A project table's 基本信息 amounts against the 支出合计 of its 支出明细 (the layout of a
项目支出绩效评价报告 form, 浙江省财政厅制 and others):

    计划安排资金(万元) | 1355.81 | 实际到位资金(万元) | 1355.81
    实际支出(万元) | 588.32
    二、项目支出明细情况
    支出内容(经济科目) | 计划支出数 | 实际支出数
    …
    支出合计 | 1355.81 | 588.23                     → 实际支出 588.32 against 588.23

The 实际支出 stated first is the 实际支出数 column's 合计, and the 计划安排资金 its 计划支出数
column's, when the detail shows that column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_paragraphs import DETAIL_TOTAL
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import adds_up
from jixiao.review.tables.cells import figure

_UNIT = r"\s*(?:[(（]\s*万?元\s*[)）])?\s*[:：]?$"
#: The 基本信息 fields and the detail's columns they are the total of.
_FIELDS = (
    (re.compile(rf"^实际支出{_UNIT}"), re.compile(r"^实际支出数")),
    (re.compile(rf"^计划安排资金{_UNIT}"), re.compile(r"^计划支出数")),
)


def _stated(doc: ReportDoc, field: re.Pattern[str]) -> tuple[Paragraph, str, Figure] | None:
    """The first paragraph that states the field, its name and its amount."""
    for paragraph in doc.paragraphs:
        cells = [c.strip() for c in paragraph.cells if c.strip(" |｜")]
        for name, value in pairwise(cells):
            if field.match(name) and (amount := figure(value)) is not None:
                return paragraph, name, amount
    return None


def _detail_total(
    doc: ReportDoc, after: int, column: re.Pattern[str]
) -> tuple[Paragraph, Figure] | None:
    """The 合计 of the detail column after paragraph ``after``: the first total row under the
    first header that names the column."""
    at: int | None = None
    for paragraph in doc.paragraphs[after:]:
        cells = [c.strip() for c in paragraph.cells]
        if at is None:
            at = next((i for i, c in enumerate(cells) if column.match(c.replace(" ", ""))), None)
            continue
        if cells and DETAIL_TOTAL.match(cells[0].replace(" ", "")):
            value = figure(cells[at]) if at < len(cells) else None
            return (paragraph, value) if value is not None else None
    return None


def _findings(doc: ReportDoc) -> Iterator[ReviewFinding]:
    for field, column in _FIELDS:
        stated = _stated(doc, field)
        if stated is None:
            continue
        paragraph, name, amount = stated
        detail = _detail_total(doc, paragraph.index, column)
        if detail is None or adds_up(amount, [detail[1]]):
            continue
        total = detail[1]
        message = (
            f"基本信息中“{name}”为{amount.text}，而支出明细的合计为{total.text}，"
            "两者应当一致，请核实。"
        )
        yield make_finding(
            "detail-total-mismatch", paragraph, message, stated=amount.text, recomputed=total.text
        )


def check_detail_totals(doc: ReportDoc) -> list[ReviewFinding]:
    """A project table's 实际支出 and 计划安排资金 against its 支出明细's 合计."""
    return list(_findings(doc))
