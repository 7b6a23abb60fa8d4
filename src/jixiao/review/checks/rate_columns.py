"""A table's rate column (执行率, 到位率, 支出率, 完成率 …) recomputed row by row, by the one
formula the table's own rows give it:

    资金来源 | 预算数 | 到位数 | 支出数 | 执行率
    中央资金 | 300.00 | 300.00 | 291.40 | 97.13%
    省级资金 | 150.00 | 150.00 | 150.00 | 100.00%
    市级资金 | 80.00  | 80.00  | 71.25  | 98.06%      → 71.25 ÷ 80.00 = 89.06%
    合计     | 530.00 | 530.00 | 512.65 | 96.73%

The formula is the pair of amount columns (part ÷ whole) that gives the rate on every row but
one, three rows at least; that row is wrong when no such pair gives its rate. Where two pairs
fit equally (预算数 = 到位数 on every row), the row is wrong only when neither gives it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP
from decimal import Decimal
from itertools import permutations

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.tables.doc_rows import header_end
from jixiao.review.tables.doc_rows import header_names
from jixiao.review.tables.funds import funds_rows

#: also a 决算 table's “完成年初预算（%）”, “占调整预算%”: what was spent over a budget.
_RATE_HEAD = re.compile(
    r"(?:执行|到位|支出|支付|完成|使用|拨付)(?:率|进度)"
    r"|(?:完成|占|为)(?:年初|调整后?的?|全年|年度)?预算(?:数)?的?\s*[（(]?[%％]"
)
#: A score table's 得分率, worked from its points columns.
_SCORE_RATE = re.compile(r"得分率")
_POINTS = re.compile(r"得分|分值|权重|满分|标准分")
#: Columns of rates, shares, numbers and notes: no amounts.
_NOT_AMOUNT = re.compile(r"率|进度|占|比重|比例|序号|编号|代码|备注|说明|%|得分|分值")
_HUNDRED = Decimal(100)
#: A row that says how its own rate is reckoned (“该行执行率按到位数计算”, a 逆向指标).
_OWN_RULE = re.compile(r"计算|逆向|反向|[=＝÷/]")
_MIN_ROWS = 3
#: A column of formulas, one a row: no row's own rule.
_FORMULA = re.compile(r"公式|计算方法|计算方式")
#: “指标 | 计算公式 | 分子项 | 分子金额 | 分母项 | 分母金额 | 指标值”: the common indicators of a
#: 部门整体 table, each rate beside the two amounts it is worked from.
_VALUE_HEAD = re.compile(r"^(?:指标值|实际值|完成值)$")

Pair = tuple[int, int]


def _rate(row: TableRow, column: int, in_percent: bool) -> Figure | None:
    """The row's rate cell as a percentage (“97.13%”, or 97.13 under a “(%)” header)."""
    value = row.value(column)
    if value is None or not (value.percent or in_percent):
        return None
    return value


def _gives(row: TableRow, pair: Pair, rate: Figure) -> bool | None:
    """Whether the pair's part ÷ whole gives the rate as written; None when a cell is blank."""
    part, whole = row.value(pair[0]), row.value(pair[1])
    if part is None or whole is None or part.percent or whole.percent or whole.value <= 0:
        return None
    exact = part.value / whole.value * _HUNDRED
    digit = Decimal(1).scaleb(-rate.places)
    return exact.quantize(digit, rounding=ROUND_HALF_UP) == rate.value


def _within_rounding(part: Figure, whole: Figure, rate: Figure) -> bool:
    """The rate written is reached by the cells as they may have been before rounding
    (92.0 ÷ 156.7 for 58.8%: 92.05 ÷ 156.65 = 58.76%)."""
    if whole.value <= whole.ulp:
        return False
    low = (part.value - part.ulp) / (whole.value + whole.ulp) * _HUNDRED
    high = (part.value + part.ulp) / (whole.value - whole.ulp) * _HUNDRED
    return low - rate.ulp <= rate.value <= high + rate.ulp


def _explained(row: TableRow, names: list[str]) -> bool:
    """A cell of words in the row, its label aside, says how the row's rate is reckoned (not
    a column of formulas that every row fills: “计算公式 | 调整数÷年初预算数×100%”)."""
    return any(
        _OWN_RULE.search(cell)
        for column, cell in enumerate(row.cells)
        if cell.strip() != row.label
        and not (column < len(names) and _FORMULA.search(names[column]))
    )


def _formula(
    rated: list[tuple[TableRow, Figure]], amounts: list[int], names: list[str]
) -> list[Pair]:
    """The pairs that give the rate on every row but one at most (the most rows of any); or,
    with more rows off, the one pair the header names (支出 over 预算) when it gives the rate
    on two rows at least and every other pair on fewer."""
    fits: dict[Pair, int] = {}
    for pair in permutations(amounts, 2):
        given = [_gives(row, pair, rate) for row, rate in rated]
        if None in given:
            continue
        fits[pair] = sum(1 for g in given if g)
    best = max(fits.values(), default=0)
    if best < _MIN_ROWS - 1:
        return []
    if best < len(rated) - 1:
        named = _named_pair(amounts, names)
        alone = list(fits.values()).count(best) == 1
        return [named] if named is not None and alone and fits.get(named) == best else []
    return [pair for pair, count in fits.items() if count == best]


#: The header of a column spent (the part) and of the budget it is spent from (the whole).
_SPENT_HEAD = re.compile(r"支出|执行|使用|拨付|决算|完成")
_BUDGET_HEAD = re.compile(r"预算|计划|下达|批复|安排")


def _named_pair(amounts: list[int], names: list[str]) -> Pair | None:
    """The one amount column the header names as spent and the one it names as budgeted
    (“实际支出(万元)” over “预算金额(万元)”), when each is named once."""
    spent = [
        c for c in amounts if _SPENT_HEAD.search(names[c]) and not _BUDGET_HEAD.search(names[c])
    ]
    budget = [
        c for c in amounts if _BUDGET_HEAD.search(names[c]) and not _SPENT_HEAD.search(names[c])
    ]
    return (spent[0], budget[0]) if len(spent) == 1 and len(budget) == 1 else None


def _column(
    rows: list[TableRow], column: int, names: list[str], in_percent: bool, shown: list[str]
) -> Iterator[ReviewFinding]:
    rated = [(row, rate) for row in rows if (rate := _rate(row, column, in_percent)) is not None]
    if len(rated) < _MIN_ROWS:
        return
    if _SCORE_RATE.search(names[column]):  # “得分率”: of the points, 得分 over 分值
        amounts = [c for c, name in enumerate(names) if _POINTS.search(name) and "率" not in name]
    else:
        amounts = [c for c, n in enumerate(names) if c != column and not _NOT_AMOUNT.search(n)]
    pairs = _formula(rated, amounts, names)
    fitting = sum(1 for row, rate in rated if pairs and _gives(row, pairs[0], rate))
    basis = "同表其他各行均按此计算" if fitting >= len(rated) - 1 else "即表头所列两栏之比"
    for row, rate in rated:
        if not pairs or any(_gives(row, pair, rate) for pair in pairs) or _explained(row, names):
            continue
        part, whole = pairs[0]
        a, b = row.value(part), row.value(whole)
        if a is None or b is None or _within_rounding(a, b, rate):
            continue
        exact = a.value / b.value * _HUNDRED
        right = f"{exact.quantize(Decimal(1).scaleb(-rate.places), rounding=ROUND_HALF_UP)}%"
        worked = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        message = (
            f"“{row.label}”一行的{shown[column]}应为{shown[part]}{a.text}÷{shown[whole]}{b.text}"
            f"＝{worked}%（{basis}），表中为{rate.text}。"
        )
        yield make_finding(
            "rate-mismatch", row.paragraph, message, stated=rate.text, recomputed=right
        )


def _funds_paragraphs(doc: ReportDoc) -> set[int]:
    """The rows of a 自评表's 资金 block, whose rates the table checks already recompute."""
    return {
        paragraph.index
        for row in funds_rows(doc)
        for paragraph in (row.paragraph, *(source.paragraph for source in row.source_rows))
    }


#: “表2 …执行情况表（单位：万元、%）”: the rates of the table are written without their %.
_UNITS_IN_PERCENT = re.compile(r"单位[:：][^）)]{0,12}[%％]")


def _caption_in_percent(doc: ReportDoc, first: int, names: list[str]) -> bool:
    """The table's caption gives % among its units: in the two paragraphs before it, or
    read into its header."""
    before = [p.text for p in doc.paragraphs if first - 2 <= p.index < first]
    return any(_UNITS_IN_PERCENT.search(text) for text in [*before, *names])


def _shown_names(last: TableRow, names: list[str]) -> list[str]:
    """The columns' names as a message shows them: the header row right above the figures
    where it names the column (the rows above it may be the form's own lines, 主管部门 …)."""
    cells = [re.sub(r"\s+", "", cell) for cell in last.cells]
    if len(cells) != len(names):
        return names
    return [cell or name for cell, name in zip(cells, names, strict=True)]


def check_rate_columns(doc: ReportDoc) -> list[ReviewFinding]:
    """Each rate column of each table against the formula its other rows follow."""
    findings: list[ReviewFinding] = []
    funds = _funds_paragraphs(doc)
    for table in doc_tables(doc):
        end = header_end(table)
        names = header_names(table, end) if end else None
        if names is None:
            continue
        rows = [row for row in table[end:] if len(row.cells) == len(names)]
        captioned = _caption_in_percent(doc, table[0].paragraph.index, names)
        shown = _shown_names(table[end - 1], names)
        fractions = any("分子" in n for n in names) and any("分母" in n for n in names)
        for column, name in enumerate(names):
            valued = fractions and _VALUE_HEAD.match(name) is not None
            if _RATE_HEAD.search(name) or _SCORE_RATE.search(name) or valued:
                found = _column(rows, column, names, "%" in name or captioned, shown)
                findings.extend(f for f in found if f.paragraph not in funds)
    return findings
