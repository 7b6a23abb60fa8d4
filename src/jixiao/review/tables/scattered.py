"""The 资金 block of a 项目支出绩效自评表 whose PDF text put its cells out of order:

    年初预算数 全年预算数 全年执行数 分值 执行率 得分 20000.00 20000.00 4.52 其中:当年财政拨款
    0 0 — … 年度资金总额 项目资金 (元) … 实施单位 9,304 预期目标 年度 总体 目标 10 45.17%

No cell keeps its column, but the block still says enough: the budget is the amount written
twice right after the header (年初预算数 = 全年预算数), the 执行率 is the block's only
percentage, and the amount spent is its only other amount of the budget's size (a hundredth
of it or more; the 分值 and 得分 are smaller). When any of these is not one figure, the block
is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure

_HEADER = re.compile(r"年初预算数\s*全年预算数\s*全年执行数\s*分值\s*执行率\s*得分")
#: Where the 资金 block ends: the indicator block's header, or the next table.
_END = re.compile(r"一级指标|绩效自评表")
#: A figure of the block (not a year, a date or a count: 2022年, 1期).
_NUMBER = re.compile(r"(?<![\d.,%])\d[\d,]*(?:\.\d+)?%?(?![\d%年月日号期次个])")
SIZE = Decimal(100)  # the amount spent is a hundredth of the budget or more


@dataclass(frozen=True, slots=True)
class ScatteredFunds:
    """A 资金 block read from figures out of order: its budget, what was spent, its rate."""

    paragraph: Paragraph
    budget: Figure
    executed: Figure
    rate: Figure


def _block(paragraph: Paragraph, match: re.Match[str]) -> ScatteredFunds | None:
    text = paragraph.text
    end = _END.search(text, match.end())
    block = text[match.end() : end.start() if end else len(text)]
    found = [f for m in _NUMBER.finditer(block) if (f := figure(m.group(0))) is not None]
    rates = [f for f in found if f.percent]
    amounts = [f for f in found if not f.percent]
    if len(rates) != 1 or len(amounts) < 2 or amounts[0].value != amounts[1].value:
        return None
    budget = amounts[0]
    if budget.value <= 0:
        return None
    spent = {
        f.value: f
        for f in amounts[2:]
        if f.value != budget.value and f.value * SIZE >= budget.value
    }
    if len(spent) != 1:
        return None
    return ScatteredFunds(paragraph, budget, next(iter(spent.values())), rates[0])


def scattered_funds(doc: ReportDoc) -> list[ScatteredFunds]:
    """Every 资金 block of a 自评表 whose header is followed by its figures out of order."""
    found: list[ScatteredFunds] = []
    for paragraph in doc.paragraphs:
        for match in _HEADER.finditer(paragraph.text):
            funds = _block(paragraph, match)
            if funds is not None:
                found.append(funds)
    return found
