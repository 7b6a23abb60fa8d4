"""A 成本指标 whose 实际完成值 is more money than its table spent in the whole year, or, when
it is the project's whole cost (项目总成本), any other sum than that spending.

A project's cost cannot exceed what the project spent: “成本指标 … 运行维护费 150万 150万”
beside a 资金 row whose 全年执行数 is 125.25万 states the same spending twice, with two
values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.checks.score_only import target_rows
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.funds import funds_rows
from jixiao.review.tables.groups import COST
from jixiao.review.tables.groups import indicator_group
from jixiao.review.tables.rows import NamedRow
from jixiao.review.tables.scored import scored_tables
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.quantities import fmt_quantity

_OPERATOR = re.compile(r"[≥≤<>＜＞]|不超过|不高于|以内|以下|控制在")
#: The 资金 row's amounts are in 万元 unless the table says otherwise (金额单位：亿元, a cell
#: 金额单位 beside a cell 亿元, or “（亿元）” under the block's label) on the lines above it
#: or the line after.
WAN = Decimal(10_000)
_UNITS = {"元": Decimal(1), "万元": WAN, "亿元": Decimal(100_000_000)}
_UNIT = re.compile(r"(?:单位\s*[:：｜|]\s*|[（(])(?P<unit>亿元|万元|元)(?:[）)]|\s|[｜|]|$)")
_UNIT_REACH = 10


def _unit(doc: ReportDoc, funds: FundsRow) -> Decimal:
    at = funds.paragraph.index
    near = [p for p in doc.paragraphs if at - _UNIT_REACH <= p.index <= at + 1]
    units = [m.group("unit") for p in near for m in _UNIT.finditer(p.text)]
    return _UNITS[units[-1]] if units else WAN


def _above(row: NamedRow, funds: Sequence[FundsRow]) -> FundsRow | None:
    """The 资金 row read above the indicator row, if any."""
    above = [f for f in funds if f.paragraph.index <= row.paragraph.index]
    return above[-1] if above else None


def _spent(doc: ReportDoc, funds: FundsRow) -> Decimal | None:
    """The 全年执行数 (元) of a 资金 row (its sources' under a total left at 0)."""
    executed = funds.columns.get("executed")
    if executed is not None and executed.value > 0:
        return executed.value * _unit(doc, funds)
    # a total row left at 0 over its sources' figures: what the sources spent
    sources = [s.columns["executed"].value for s in funds.source_rows if "executed" in s.columns]
    spent = sum(sources, Decimal(0))
    return spent * _unit(doc, funds) if spent > 0 else None


def _target_budget(
    doc: ReportDoc, row: NamedRow, funds: FundsRow
) -> tuple[Decimal, Decimal] | None:
    """The row's 年度指标值 as one sum of money and the 资金 row's 全年预算数, both in 元."""
    budget = funds.columns.get("budget")
    target = [q for q in find_quantities(row.target) if q.kind == MONEY and not q.approx]
    if budget is None or len(target) != 1:
        return None
    return target[0].value, budget.value * _unit(doc, funds)


def _whole(doc: ReportDoc, row: NamedRow, funds: FundsRow, cost: Quantity, *, alone: bool) -> bool:
    """Whether the row is the project's whole cost: named so (项目总成本), or, the table's
    only cost row (``alone``), with a 年度指标值 that is the 资金 row's whole 全年预算数
    (“≤200万元” beside a budget of 200) while the 实际完成值 is not that budget again —
    several cost rows each capped at the budget are parts of it."""
    if "/" in row.actual:
        return False  # a cost per unit (元/人)
    if _WHOLE_COST.search(row.name):
        return True
    pair = _target_budget(doc, row, funds) if alone else None
    return pair is not None and pair[0] == pair[1] != cost.value


#: A target this many times the year's budget counts the money of more than one year.
_YEARS_WIDE = Decimal("1.5")
_MANY_YEARS = re.compile(r"总投资|总投入|累计|投资总额")


def _wider(doc: ReportDoc, row: NamedRow, funds: FundsRow) -> bool:
    """A row that counts more than this year's money, which may pass its spending: named as a
    total investment (项目总投资, 累计) or with a 年度指标值 well above the year's whole
    全年预算数 (“≤2860万元” beside 760 of this year)."""
    if _MANY_YEARS.search(row.name):
        return True
    pair = _target_budget(doc, row, funds)
    return pair is not None and pair[0] >= pair[1] * _YEARS_WIDE


def _cost(row: NamedRow) -> Quantity | None:
    """The 实际完成值 as an amount of money, when it is written as one plainly (a bare figure
    in the unit of its 年度指标值: “≤202.6万元 | 123.9”)."""
    if _OPERATOR.search(row.actual):
        return None  # “≤150万元”: the target copied, not a figure spent
    actual = row.actual.strip()
    unit = _MONEY_UNIT.search(row.target)
    if _BARE.match(actual) and unit is not None:
        actual += unit.group(0)
    money = [q for q in find_quantities(actual) if q.kind == MONEY and not q.approx]
    return money[0] if len(money) == 1 else None


_MONEY_UNIT = re.compile(r"亿元|万元|元")
_BARE = re.compile(r"^\d+(?:\.\d+)?$")
#: A 成本指标 that is the whole project's cost: what it cost is what it spent.
_WHOLE_COST = re.compile(r"^(?:项目)?(?:总成本|全成本|成本总额|成本合计)$|^项目(?:总)?成本$")


#: A row written one cell per line keeps its 实际完成值 a few lines above its 得分.
ROW_REACH = 8


def _actual_at(doc: ReportDoc, row: NamedRow) -> Paragraph:
    """The paragraph holding the row's 实际完成值 (the 得分's, when it is not found)."""
    first = max(0, row.paragraph.index - 1 - ROW_REACH)
    for paragraph in reversed(doc.paragraphs[first : row.paragraph.index]):
        if row.actual in paragraph.text:
            return paragraph
    return row.paragraph


def _finding(doc: ReportDoc, row: NamedRow, cost: Quantity, spent: Decimal) -> ReviewFinding:
    shown = fmt_quantity(spent, cost)
    paragraph = _actual_at(doc, row)
    above = cost.value > spent
    message = (
        f"成本指标“{row.name}”实际完成值为{cost.text}，高于资金行全年执行数{shown}；"
        "成本不应超过项目全年支出，二者必有一处有误，请核实。"
        if above
        else f"成本指标“{row.name}”实际完成值{cost.text}与资金行全年执行数"
        f"{shown}不一致；项目总成本即项目全年支出，二者必有一处有误，请核实。"
    )
    return make_finding(
        "cost-above-spending" if above else "cost-off-spending",
        paragraph,
        message,
        span=quote_span(paragraph, row.actual),
        stated=cost.text,
        recomputed=shown,
    )


def _cost_rows(
    doc: ReportDoc, funds: Sequence[FundsRow]
) -> list[tuple[NamedRow, Quantity, FundsRow]]:
    """The 成本指标 rows with an amount for 实际完成值, each with the 资金 row above it."""
    rows: list[NamedRow] = [row for table in scored_tables(doc) for row in table.rows]
    found: list[tuple[NamedRow, Quantity, FundsRow]] = []
    for row in [*rows, *target_rows(doc)]:
        cost, above = _cost(row), _above(row, funds)
        if cost is not None and above is not None and indicator_group(doc, row) == COST:
            found.append((row, cost, above))
    return found


def check_cost_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """成本指标 rows whose actual cost is above the 全年执行数 of their table, or, for the
    project's whole cost (项目总成本), off it either way."""
    funds = funds_rows(doc)
    rows = _cost_rows(doc, funds) if funds else []
    findings: list[ReviewFinding] = []
    for row, cost, above in rows:
        spent = _spent(doc, above)
        if spent is None:
            continue
        alone = sum(1 for _, _, other in rows if other is above) == 1
        whole = _whole(doc, row, above, cost, alone=alone)
        over = cost.value > spent + 2 * cost.ulp and not _wider(doc, row, above)
        if over or (whole and cost.value < spent - 2 * cost.ulp):
            findings.append(_finding(doc, row, cost, spent))
    return findings
