"""A total that closes, in a sentence of its own, the list of the sentence before it:

    …下达转移支付慈善会项目40万元；城乡低保…项目2.75万元；…；基本公共卫生服务项目3万元。
    共计下达中央、市级转移支付资金3508.69万元。

The list is clean: three items or more, split by ；, each with one amount; the closing sentence
opens with 共计, 合计 or 总计 and states one amount, which the items must make.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.sum_tolerance import tolerance
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import same_measure

_CLOSING = re.compile(r"^\s*(?:共计|合计|总计)")
_ITEM_SPLIT = re.compile(r"[；;]")
_MIN_ITEMS = 3


def _items(sentence: Sentence, total: Quantity) -> tuple[Quantity, ...] | None:
    """The one amount of each ；-item of ``sentence``, when every item has exactly one."""
    items: list[Quantity] = []
    start = 0
    for piece in _ITEM_SPLIT.split(sentence.text):
        end = start + len(piece)
        inside = [q for q in sentence.quantities if start <= q.start < end and q.kind == MONEY]
        start = end + 1
        if len(inside) != 1:
            return None
        item = inside[0]
        if item.approx or item.in_brackets or not same_measure(item, total):
            return None
        items.append(item)
    return tuple(items) if len(items) >= _MIN_ITEMS else None


def _finding(before: Sentence, sentence: Sentence) -> ReviewFinding | None:
    if not _CLOSING.match(sentence.text) or before.paragraph is not sentence.paragraph:
        return None
    money = [q for q in sentence.quantities if q.kind == MONEY]
    if len(money) != 1 or money[0].approx:
        return None
    total = money[0]
    parts = _items(before, total)
    if parts is None:
        return None
    added = sum((p.value for p in parts), Decimal(0))
    if abs(added - total.value) <= tolerance(total, parts):
        return None
    listed = "＋".join(p.text for p in parts)
    gap = fmt_quantity(abs(added - total.value), total)
    message = (
        f"所述总数{total.text}与上句所列{len(parts)}项之和不符：{listed}＝"
        f"{fmt_quantity(added, total)}，相差{gap}，请核实。"
    )
    return make_finding(
        "sum-mismatch",
        sentence.paragraph,
        message,
        span=sentence.span_of(total),
        stated=total.text,
        recomputed=fmt_quantity(added, total),
    )


def check_closing_sentences(doc: ReportDoc) -> list[ReviewFinding]:
    """Totals closing the ；-list of the sentence before them."""
    findings: list[ReviewFinding] = []
    for before, sentence in itertools.pairwise(doc_sentences(doc)):
        finding = _finding(before, sentence)
        if finding is not None:
            findings.append(finding)
    return findings
