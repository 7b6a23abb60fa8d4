"""A fund's balance of the year against its income and spending stated just before it:

    2023年社会保险基金收入22.39亿元，比上年增长7.3%；社会保险基金支出19.85亿元，比上年增长
    19.8%。2023年收支结余2.54亿元，历年累计结余21.76亿元。    → 22.39 − 19.85 = 2.54

The balance is named 收支结余 (本年收支结余, 当年收支结余); the income and the spending are the
one amount each named …收入 and …支出 in its sentence or the two before it in its paragraph,
the spending's name repeating the income's (社会保险基金), neither a change nor a plan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence

from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import has_any
from jixiao.review.text.sentences import in_paragraph

_BALANCE = re.compile(r"(?:本年|当年|年度)?收支结余(?:为|是)?$")
_FLOW = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?P<flow>收入|支出)(?:为|是|完成)?$")
_NOT_LEVEL = re.compile(r"预算|计划|累计|上年|去年")
REACH = 2  # sentences before the balance's own


def _flows(sentences: Sequence[Sentence], balance: Quantity) -> dict[str, list[Quantity]]:
    found: dict[str, list[Quantity]] = {"收入": [], "支出": []}
    for sentence in sentences:
        for q in sentence.quantities:
            if q is balance or q.kind != MONEY or q.approx:
                continue
            named = _FLOW.search(q.label)
            if named and not has_any(q.label, COMPARE_WORDS) and not _NOT_LEVEL.search(q.label):
                found[named.group("flow")].append(q)
    return found


def _same_fund(income: Quantity, spending: Quantity) -> bool:
    a, b = _FLOW.search(income.label), _FLOW.search(spending.label)
    if a is None or b is None:
        return False
    stem = a.group("name")[-4:]
    return len(stem) >= 2 and stem in b.group("name")


def _findings(window: Sequence[Sentence], sentence: Sentence) -> Iterator[ReviewFinding]:
    for balance in sentence.quantities:
        if balance.kind != MONEY or balance.approx or not _BALANCE.search(balance.label):
            continue
        flows = _flows(window, balance)
        if len(flows["收入"]) != 1 or len(flows["支出"]) != 1:
            continue
        income, spending = flows["收入"][0], flows["支出"][0]
        if not _same_fund(income, spending) or spending.unit != income.unit:
            continue
        right = income.value - spending.value
        if abs(right - balance.value) <= income.ulp + spending.ulp + balance.ulp:
            continue
        shown = fmt_quantity(right, balance)
        message = (
            f"收支结余应为收入{income.text}－支出{spending.text}＝{shown}，"
            f"文中为{balance.text}，请核实。"
        )
        yield claim_finding("remainder-mismatch", sentence, balance, balance, message, shown)


def check_fund_balances(doc: ReportDoc) -> list[ReviewFinding]:
    """Balances of the year that a fund's income less its spending does not give."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for at, sentence in enumerate(sentences):
        findings.extend(_findings(in_paragraph(sentences, at, before=REACH), sentence))
    return findings
