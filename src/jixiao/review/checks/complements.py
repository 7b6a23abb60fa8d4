"""结转结余率 stated beside 执行率 in one paragraph: the one is 100% less the other."""

from __future__ import annotations

import re

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.quantities import fmt

_LEFTOVER_RATE = re.compile(r"结转结余率(?:为|是|达到?|约|[:：]|\s)*$")
_EXECUTION_RATE = re.compile(r"执行率(?:为|是|达到?|约|[:：]|\s)*$")
#: Money carried in from the year before, or the rate's own formula after it: the 结转结余率
#: is then over more than the year's budget.
_CARRIED_IN = re.compile(r"(?:年初|上年)结转")
_FORMULA = re.compile(r"\s*[（(][^（()）]*[÷/]")
#: The money left stated in the rate's own sentence (“年末结转结余451.00万元，结转结余率8.53%”):
#: the rate is that money over the budget, which may hold the year before's balance too.
_LEFT_MONEY = re.compile(r"结转|结余")


def _labelled_rate(
    text: str, quantities: list[Quantity], pattern: re.Pattern[str]
) -> Quantity | None:
    for q in quantities:
        if q.kind == PERCENT and pattern.search(text[max(0, q.start - 14) : q.start]):
            return q
    return None


def _left_apart(text: str, quantities: list[Quantity], rate: Quantity) -> bool:
    """True when the rate's sentence states the money left before it and the paragraph does
    not show it as the budget less what was spent (“年末结转结余451.00万元，结转结余率8.53%”
    with no two amounts 451.00 apart): the money may hold the year before's balance, so the
    rate is that money over the budget (the rate checks'), not the 执行率's complement."""
    opens = max(text.rfind(c, 0, rate.start) for c in "。！？") + 1
    money = [q for q in quantities if q.kind == MONEY and not q.approx]
    left = [q for q in money if opens <= q.start < rate.start and _LEFT_MONEY.search(q.label)]
    return bool(left) and not any(
        a.value - b.value == q.value for q in left for a in money for b in money
    )


def check_complements(doc: ReportDoc) -> list[ReviewFinding]:
    """结转结余率 stated beside 执行率 in one paragraph should be its complement."""
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs:
        if paragraph.is_heading or "结转结余率" not in paragraph.text:
            continue
        quantities = find_quantities(paragraph.text)
        leftover = _labelled_rate(paragraph.text, quantities, _LEFTOVER_RATE)
        execution = _labelled_rate(paragraph.text, quantities, _EXECUTION_RATE)
        if leftover is None or execution is None:
            continue
        if _CARRIED_IN.search(paragraph.text) or _FORMULA.match(paragraph.text, leftover.end):
            continue  # over 年初结转结余 + 预算, as the paragraph says: no complement
        if _left_apart(paragraph.text, quantities, leftover):
            continue
        expected = HUNDRED - execution.value
        if abs(leftover.value - expected) <= leftover.ulp + execution.ulp:
            continue
        message = (
            f"按1减执行率{execution.text}复算，结转结余率应为{fmt(expected)}%，"
            f"报告列为{leftover.text}。"
        )
        findings.append(
            make_finding(
                "complement-mismatch",
                paragraph,
                message,
                span=(leftover.start, leftover.end),
                stated=leftover.text,
                recomputed=f"{fmt(expected)}%",
            )
        )
    return findings
