"""Items listed below the paragraph that announces them with “具体如下：”:

项目共5个，项目支出14.97万元。具体如下：          → the count against the items listed,
1、档案整理费5万元，…                              and the amount against their sum
2、…
项目资金为14.97万元，实际已支付14.97万元。具体如下：  → each amount against the items'
1、档案整理费5万元，实际已支付5万元，…                amounts of its own kind
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.item_claims import counted_heads_claims
from jixiao.review.checks.item_claims import heads_claims
from jixiao.review.checks.item_claims import item_heads
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import count_of
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.sentences import income_and_spending
from jixiao.review.text.sentences import role

MIN_COUNTED = 2

#: “…项目共4个，项目支出609.74万元。其中：…。具体如下：” then the numbered projects: the count and
#: the amount it is told with.
_COUNT_AND_AMOUNT = re.compile(
    r"共(?P<n>[两二三四五六七八九]|\d{1,2})个[，,]?[^，,。；;\d]{0,12}?"
    r"(?P<amount>\d[\d,]*(?:\.\d+)?\s*[万亿]?元)"
)
_FOLLOWS = re.compile(r"(?:具体|明细)(?:情况)?如下[:：]\s*$")


def counted_below(doc: ReportDoc) -> Iterator[tuple[Paragraph, re.Match[str], list[str]]]:
    """Each count of projects told with its amount before “具体如下：”, with the heads of the
    numbered paragraphs that follow it (two at least)."""
    for at, paragraph in enumerate(doc.paragraphs):
        if not _FOLLOWS.search(paragraph.text):
            continue
        counted = list(_COUNT_AND_AMOUNT.finditer(paragraph.text))
        heads = item_heads(doc, at) if len(counted) == 1 else []
        if len(heads) >= MIN_COUNTED:
            yield paragraph, counted[0], heads


def counted_below_claims(doc: ReportDoc) -> list[SumClaim]:
    """A count of projects told with their amount, then “具体如下：” and numbered paragraphs,
    each with its amount: they make the amount, declared whole when as many as the count
    (else a list that may be short, whose count :func:`counted_below_findings` tells)."""
    claims: list[SumClaim] = []
    for paragraph, counted, heads in counted_below(doc):
        whole = len(heads) == count_of(counted.group("n"))
        found = counted_heads_claims(paragraph, counted.end(), heads)
        claims.extend(found if whole else [replace(c, declared=False) for c in found])
    return claims


def told_below_claims(doc: ReportDoc) -> list[SumClaim]:
    """“项目资金为14.97万元，实际已支付14.97万元。具体如下：” then numbered items each with
    its budget and what it paid: the budget over the items' budgets, the payment over their
    payments (the list not declared whole: no count says so). The sentence before states one
    amount of each kind at most: two of one kind are parts, not totals."""
    claims: list[SumClaim] = []
    for at, paragraph in enumerate(doc.paragraphs):
        follows = _FOLLOWS.search(paragraph.text)
        if follows is None or _COUNT_AND_AMOUNT.search(paragraph.text):
            continue
        start = paragraph.text.rfind("。", 0, follows.start()) + 1
        lead = paragraph.text[paragraph.text.rfind("。", 0, max(start - 1, 0)) + 1 : start]
        for total, kind in _lead_totals(lead):
            heads = item_heads(doc, at, kind)
            if len(heads) >= MIN_COUNTED and not any("每" in head for head in heads):
                found = heads_claims(paragraph, total.label + total.text, heads)
                claims.extend(c for c in found if not _two_ways(c))
    return claims


def _two_ways(claim: SumClaim) -> bool:
    """Items of what came in under a total of what went out, or the other way (“本年支出A。
    具体情况如下：” over “…本年收入B，…；本年支出C”): the items are not its parts."""
    return income_and_spending([claim.total.label, *(p.label for p in claim.parts)])


#: What is left of the money or a standard per unit: no total of the items below.
_NO_TOTAL = re.compile(r"结余|结转|剩余|余额|节约|每")


def _lead_totals(lead: str) -> list[tuple[Quantity, str]]:
    """The amounts of the sentence before “具体如下：” that items may make, each with its
    kind: one of each kind at most (two of one kind are parts, not totals), not a balance
    (结余2万元), and a plain 资金 only where no budget is named beside it."""
    money = [q for q in find_quantities(lead) if q.kind == MONEY]
    kinds = [role(q.label) for q in money]
    if len(set(kinds)) != len(kinds):
        return []
    totals = [(q, k) for q, k in zip(money, kinds, strict=True) if not _NO_TOTAL.search(q.label)]
    if any(kind == "plan" for _, kind in totals):
        totals = [(q, kind) for q, kind in totals if kind != "other"]
    return totals


def counted_below_findings(doc: ReportDoc) -> list[ReviewFinding]:
    """“项目共5个，项目支出14.97万元。具体如下：” over fewer (or more) numbered projects."""
    findings = []
    for paragraph, counted, heads in counted_below(doc):
        stated = count_of(counted.group("n"))
        if stated == len(heads):
            continue
        names = "、".join(_NAME_OF_HEAD.sub("", head) for head in heads)
        message = (
            f"称共{counted.group('n')}个，但其后逐项列出的为{len(heads)}个（{names}），"
            "数量不符，请核实。"
        )
        span = (counted.start(), counted.end())
        findings.append(
            make_finding(
                "list-count-mismatch",
                paragraph,
                message,
                span=span,
                stated=str(stated),
                recomputed=str(len(heads)),
            )
        )
    return findings


#: The amount a numbered head ends with, left out of the name.
_NAME_OF_HEAD = re.compile(r"\d[\d,]*(?:\.\d+)?\s*[万亿]?元$")
