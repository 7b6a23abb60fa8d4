"""A total whose breakdown follows it in brackets, with no 其中: “预拨资金3608万元（中央资金
2855万元、省级资金733万元）”, “在编在岗13人（管理人员10人，工勤人员3人）”. Written so, the
bracket is the whole breakdown; a bracket opened by 其中 or 含 may name some parts only and is
read with the other 其中 lists."""

from __future__ import annotations

import re

from jixiao.review.checks.claim_totals import usable
from jixiao.review.checks.partitions import member_label
from jixiao.review.checks.partitions import names_whole
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.text.quantities import DATE
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import same_measure

_OPEN = "（("
_CLOSE = "）)"
#: A bracket that gives some parts only, a rate, or what the figure is not.
_PARTIAL = re.compile(
    r"^\s*(?:其中|含|包含|包括|不含|不包括|即|约|另|占|比|较|同比|按|每|主要|用于|如|例如)"
)
#: Rates, thresholds, examples (…等), money's state (已支付, 待支付), signed changes and a
#: score's deduction (扣分前82.5分，扣分2.5分): a bracket that describes the figure rather
#: than breaking it down.
_PER = re.compile(r"每|/|%|以上|以下|等|已|待|未|尚|增加|减少|增|减|节约|扣")
MIN_PARTS = 2
_SPACES = re.compile(r" *")
#: A part's own rate against its plan, inside the bracket after the part.
_OWN_PLAN_RATE = re.compile(
    r"[，,]\s*(?:完成|占|为)(?:年初|调整后?|全年)?(?:预算|计划)数?的?\d+(?:\.\d+)?%(?=[；;，,]|$)"
)


#: A part's own change on the year, told right after it inside the bracket (“公务用车购置费
#: 100.00万元，比上年增加0万元；…”): no part, and no sign that the bracket only describes.
_OWN_CHANGE = re.compile(
    r"[，,]\s*(?:比|较)(?:上年|去年|上一年)(?:同期)?(?:增加|减少)\s*\d+(?:\.\d+)?\s*(?:亿元|万元|元)"
    r"(?:[，,]\s*(?:增长|下降)\s*\d+(?:\.\d+)?\s*%)?(?=\s*[；;。）)]|$)"
)


def _bracket(text: str, at: int) -> tuple[int, int] | None:
    """The bracket opening right at ``at`` and where it closes (none nested inside)."""
    if at >= len(text) or text[at] not in _OPEN:
        return None
    for end in range(at + 1, len(text)):
        if text[end] in _OPEN:
            return None
        if text[end] in _CLOSE:
            return at, end
    return None


def bracket_claims(sentence: Sentence) -> list[SumClaim]:
    """Every “X（A a、B b）” of the sentence as a total and its parts."""
    claims: list[SumClaim] = []
    for total in sentence.quantities:
        # a PDF export may space the bracket from its figure (“144人 （行政编…）”)
        at = _SPACES.match(sentence.text, total.end)
        span = _bracket(sentence.text, at.end()) if at and usable(total) else None
        if span is None:
            continue
        inside = sentence.text[span[0] + 1 : span[1]]
        if _PER.search(_OWN_PLAN_RATE.sub("", _OWN_CHANGE.sub("", inside))):
            continue
        changes = [m.span() for m in _OWN_CHANGE.finditer(inside)]
        inner = [
            q
            for q in sentence.quantities
            if span[0] < q.start < span[1]
            and not any(a <= q.start - span[0] - 1 < b for a, b in changes)
        ]
        # “（2023年结转A，2024年下达B）”: the years name the parts; “（A，完成年初预算52.42%；
        # B…）”: each part's own rate against its plan
        parts = _named_counts_dropped(
            sentence.text, total, [q for q in inner if q.kind not in (DATE, PERCENT)]
        )
        if len(parts) < MIN_PARTS or not all(_part_of(total, q) for q in parts):
            continue
        if _PARTIAL.match(inside) and not _whole_included(inside, parts):
            continue
        claims.append(SumClaim(sentence, total, tuple(parts), (), declared=True))
    return claims


#: “（包括：公务用车运行维护费A、公务用车购置B）”: what the figure includes, all of it when
#: the parts name every member of a known whole.
_INCLUDES = re.compile(r"^\s*(?:包括|包含)")


def _whole_included(inside: str, parts: list[Quantity]) -> bool:
    return _INCLUDES.match(inside) is not None and names_whole(
        [member_label(q.label) for q in parts]
    )


def _named_counts_dropped(text: str, total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts without a count of another unit inside a part's name (“3个市场化公司聘用人员
    1155人”: 3个 names the companies, the part is 1155人)."""
    kept = []
    for at, q in enumerate(parts):
        after = parts[at + 1] if at + 1 < len(parts) else None
        inside_name = (
            after is not None
            and not same_measure(q, total)
            and same_measure(after, total)
            and not re.search(r"[、，,；;]", text[q.end : after.start])
        )
        if not inside_name:
            kept.append(q)
    return kept


#: A part named by a clause (“女6人中有1人为借调人员”) is no item of a breakdown.
_CLAUSE = re.compile(r"中有|有|为|是")


def _part_of(total: Quantity, part: Quantity) -> bool:
    named = not _CLAUSE.search(part.label)
    return named and same_measure(part, total) and not part.approx and part.kind == total.kind
