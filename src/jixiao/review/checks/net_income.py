"""A net income worked out in one clause run (a project's 收益测算) against its gross income
less the costs taken off it:

    …可实现总收入15万元，扣除土地租金、生产、劳务等费用成本每亩4000元，计12万元，可实现集体
    统一经营净收入8万元；                                         → 15 − 12 = 3万元

The gross (总收入, 销售收入, 产值), then 扣除 (减去, 除去) and the costs' sum (the one amount
between the two but for costs per unit), then the net (净收入, 纯收入, 净收益, 净利润), all in
one ；-part; a cost said per unit (每亩4000元) is the rate of the sum, not the sum.
"""

from __future__ import annotations

import re
from itertools import pairwise

from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_GROSS = re.compile(r"(?:总收入|总收益|销售收入|年产值|总产值)(?:为|达|达到|约)?$")
_TAKEN_OFF = re.compile(r"扣除|减去|除去")
_NET_NAME = re.compile(r"净收入|纯收入|净收益|净利润")
_NET = re.compile(rf"(?:{_NET_NAME.pattern})(?:为|达|达到)?$")
#: A cost said per unit (每亩4000元): the rate, not the sum taken off.
_PER_UNIT = re.compile(r"每[\u4e00-\u9fff]{1,2}")


def semicolon_parts(text: str) -> list[tuple[int, int]]:
    """The ；-parts of a sentence (and the sentence itself when it has none)."""
    cuts = [-1, *(i for i, ch in enumerate(text) if ch in "；;"), len(text)]
    return [(a + 1, b) for a, b in pairwise(cuts)]


def _finding(sentence: Sentence, start: int, end: int) -> ReviewFinding | None:
    money = [q for q in sentence.quantities if start <= q.start < end and q.kind == MONEY]
    gross = next((q for q in money if _GROSS.search(q.label)), None)
    net = next((q for q in money if _NET.search(q.label)), None)
    if gross is None or net is None or net.start < gross.start or gross.approx:
        return None
    between = sentence.text[gross.end : net.start]
    if not _TAKEN_OFF.search(between):
        return None
    costs = [q for q in money if gross.end <= q.start < net.start and not _PER_UNIT.search(q.label)]
    if len(costs) != 1 or costs[0].approx or net.approx:
        return None
    cost = costs[0]
    right = gross.value - cost.value
    if abs(right - net.value) <= gross.ulp + cost.ulp + net.ulp:
        return None
    shown = fmt_quantity(right, net)
    named = _NET_NAME.search(net.label)
    message = (
        f"总收入{gross.text}扣除成本{cost.text}后应为{shown}，"
        f"文中{named.group(0) if named else '净收入'}为{net.text}，"
        "收益测算有误，请核实。"
    )
    return claim_finding("net-income-mismatch", sentence, gross, net, message, shown, net.text)


def check_net_income(doc: ReportDoc) -> list[ReviewFinding]:
    """Net incomes that are not their gross income less the costs taken off it."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for start, end in semicolon_parts(sentence.text):
            finding = _finding(sentence, start, end)
            findings.extend([finding] if finding is not None else [])
    return findings
