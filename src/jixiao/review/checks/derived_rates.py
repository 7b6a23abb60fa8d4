"""The 预算调整率 and 结转结余率 a 自评表 states beside its 资金 block, recomputed from the
block's own amounts:

    年度资金总额 | 3517.57 | 4019.92 | 3871.55 | 10 | 96.31 | 9.63
    预算调整率 | 14.28 | 结转结余率 | 3.69
        调整率 = (全年预算数 − 年初预算数) ÷ 年初预算数 = 14.28%
        结转结余率 = (全年预算数 − 全年执行数) ÷ 全年预算数 = 3.69%

A cut (调减) is an adjustment too, so the 调整率 may be written without its sign; the
结转结余率 may be written as 100% less the 执行率 as the table rounds it. The rate is the
first figure after its label (past a target with its ≤/≥, in an indicator row), read as a
percentage or, written below 1, as a fraction.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.funds import funds_rows
from jixiao.review.text.kind import TABLES
from jixiao.review.text.quantities import fmt

_SEP = r"[\s|｜:：]*"
_RATE = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:预算)?(?P<name>调整率|结转结余率)(?:[（(]%[)）])?{_SEP}"
    rf"(?:[≤≥<>＜＞]=?\s*-?\d+(?:\.\d+)?\s*%?{_SEP})?"
    r"(?P<value>-?\d+(?:\.\d+)?\s*%?)(?![\d.])"
)
_FRACTION_MAX = Decimal(1)


def _readings(stated: Figure) -> list[tuple[Decimal, Decimal]]:
    """The percentages a rate cell may mean, each with what its rounding allows: as written,
    and ×100 for a fraction below 1."""
    readings = [(stated.value, stated.ulp)]
    if not stated.percent and abs(stated.value) < _FRACTION_MAX:
        readings.append((stated.value * HUNDRED, stated.ulp * HUNDRED))
    return readings


def _due(name: str, row: FundsRow) -> tuple[Decimal, str] | None:
    """What the rate comes to from the total's amounts, and how it is worked."""
    columns = row.columns
    budget = columns.get("budget")
    if budget is None or budget.value <= 0:
        return None
    if name == "调整率":
        initial = columns.get("initial")
        if initial is None or initial.value <= 0:
            return None
        exact = (budget.value - initial.value) / initial.value * HUNDRED
        how = f"（全年预算数{budget.text}－年初预算数{initial.text}）÷年初预算数{initial.text}"
        return exact, how
    executed = columns.get("executed")
    if executed is None:
        return None
    exact = (budget.value - executed.value) / budget.value * HUNDRED
    how = f"（全年预算数{budget.text}－全年执行数{executed.text}）÷全年预算数{budget.text}"
    return exact, how


def _fits(name: str, stated: Figure, exact: Decimal, row: FundsRow) -> bool:
    targets = [exact, abs(exact)]
    rate = row.columns.get("rate")
    if name == "结转结余率" and rate is not None:
        targets.append(HUNDRED - rate.value)  # the funds reader gives it as a percentage
    return any(abs(r - t) <= ulp for r, ulp in _readings(stated) for t in targets)


def _finding(paragraph: Paragraph, match: re.Match[str], row: FundsRow) -> ReviewFinding | None:
    stated = figure(match.group("value").replace(" ", ""))
    due = _due(match.group("name"), row)
    if stated is None or due is None or _fits(match.group("name"), stated, due[0], row):
        return None
    exact, how = due
    name = "预算" + match.group("name") if match.group("name") == "调整率" else "结转结余率"
    message = f"{name}应为{how}＝{fmt(exact)}%，表中为{stated.text}。"
    return make_finding(
        "derived-rate-mismatch",
        paragraph,
        message,
        span=match.span("value"),
        stated=stated.text,
        recomputed=f"{fmt(exact)}%",
    )


def check_derived_rates(doc: ReportDoc) -> list[ReviewFinding]:
    """A 自评表's 预算调整率 and 结转结余率 against its 资金总额 row's amounts."""
    if doc.identity.kind not in TABLES:
        return []
    rows = [row for row in funds_rows(doc) if row.complete]
    if not rows:
        return []
    total = rows[0]
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs:
        if paragraph.index <= total.paragraph.index:
            continue
        for match in _RATE.finditer(paragraph.text):
            finding = _finding(paragraph, match, total)
            if finding is not None:
                findings.append(finding)
    return findings
