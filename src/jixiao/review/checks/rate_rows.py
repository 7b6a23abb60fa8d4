"""An indicator row named 预算执行率 whose 实际完成值 is not the rate of its own 资金 row.

“时效指标 | 预算执行率 | 100% | 100%” under a 资金 row of 593.27 / 448.64 states the same
rate twice, with two values. The 资金 row's rate is its 全年执行数 ÷ 全年预算数 when both are
read, else the 执行率 it states; one 资金 row per document only (a folder of several tables
pairs nothing).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.checks.cell_quotes import show
from jixiao.review.checks.funds import HUNDRED
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import figure
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.funds import funds_rows
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.scored import scored_tables

_NAME = re.compile(r"^(?:预算|资金|项目资金|项目预算)?执行率$")
_PERCENT = re.compile(r"^[=＝]?\s*(\d+(?:\.\d+)?%)$")


def _funds_rate(funds: FundsRow) -> tuple[Decimal, str] | None:
    """The 资金 row's rate and how it was had."""
    budget, executed = funds.columns.get("budget"), funds.columns.get("executed")
    if funds.complete and budget is not None and executed is not None and budget.value > 0:
        return executed.value / budget.value * HUNDRED, f"{executed.text}÷{budget.text}"
    stated = funds.columns.get("rate")
    return (stated.value, f"表中{stated.text}") if stated is not None else None


def _finding(row: IndicatorRow, funds: FundsRow) -> ReviewFinding | None:
    match = _PERCENT.match(row.actual.strip())
    actual = figure(match.group(1)) if match else None
    own = _funds_rate(funds)
    if actual is None or own is None or not _NAME.match(row.name):
        return None
    rate, how = own
    if abs(actual.value - rate) <= actual.ulp or rate > HUNDRED:
        return None
    shown = f"{show(rate, max(actual.places, 2))}%"
    message = (
        f"指标“{row.name}”实际完成值为{actual.text}，而资金行执行率为{shown}（{how}），"
        "同一执行率前后不一，请核实。"
    )
    return make_finding(
        "rate-row-mismatch",
        row.paragraph,
        message,
        span=quote_span(row.paragraph, row.actual),
        stated=actual.text,
        recomputed=shown,
    )


def check_rate_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """预算执行率 rows against the 资金 row of the same (single) table."""
    funds = funds_rows(doc)
    if len(funds) != 1:
        return []
    findings: list[ReviewFinding] = []
    for table in scored_tables(doc):
        for row in table.rows:
            if row.paragraph.index > funds[0].paragraph.index:
                finding = _finding(row, funds[0])
                if finding is not None:
                    findings.append(finding)
    return findings
