"""A total stated with a count, split over the sentences after it by groups that each give
their own count and amount, with no 其中: “完成项目签约44个，…总投资额186.5亿元。正式签约项目
38个，…总投资额111.72亿元；…。签订意向协议6个，…总投资额74.1亿元。” The groups' counts
making the total's count exactly (38 + 6 = 44) shows they split it; their amounts, named as
one another, then make its amount."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.claim_totals import usable
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import ReportDoc
from jixiao.review.text.names import figure_name
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import has_any
from jixiao.review.text.sentences import join_sentences

MIN_GROUPS = 2
#: A count of those above a threshold (亿元以上项目34个) is a subset, not a group.
_THRESHOLD = re.compile(r"以上|以下")
#: A period or a year: groups by time may run into one another (上半年 holds 第一季度).
_PERIOD = re.compile(r"季度|半年|\d{1,2}月|[1-9]\d{3}年|上年|去年|当年|本年")
_NAME_END = re.compile(r"[为是达共计：:，,\s]+$")


def _name(q: Quantity) -> str:
    return _NAME_END.sub("", figure_name(q.label))


def _counts(sentence: Sentence) -> list[Quantity]:
    return [
        q
        for q in sentence.quantities
        if q.kind == COUNT and usable(q) and not _THRESHOLD.search(q.label)
    ]


def _named_money(sentence: Sentence, name: str | None = None) -> list[Quantity]:
    return [
        q
        for q in sentence.quantities
        if q.kind == MONEY
        and usable(q)
        and len(_name(q)) >= 2
        and not has_any(q.label, COMPARE_WORDS)
        and (name is None or _name(q) == name)
    ]


def _group(sentence: Sentence, name: str) -> tuple[Quantity, Quantity] | None:
    """A group's count (its sentence's first) and its one amount of that name."""
    counts, money = _counts(sentence), _named_money(sentence, name)
    if not counts or len(money) != 1 or counts[0].start > money[0].start:
        return None
    if "其中" in sentence.text[: counts[0].start] or has_any(sentence.text, COMPARE_WORDS):
        return None
    if _PERIOD.search(sentence.text[: counts[0].start]):
        return None  # “第一季度…10个”, “2022年储备项目10个”: a period's, not a kind's
    return counts[0], money[0]


#: A group: its sentence, its count and its amount.
Group = tuple[Sentence, Quantity, Quantity]


def _groups(run: tuple[Sentence, ...], name: str, unit: str) -> list[Group]:
    """The groups in the sentences of ``run``, while each gives a count in ``unit``."""
    found: list[Group] = []
    for sentence in run:
        group = _group(sentence, name)
        if group is None or group[0].unit != unit:
            break
        found.append((sentence, *group))
    return found


def _claim(sentences: tuple[Sentence, ...], at: int) -> SumClaim | None:
    first = sentences[at]
    if has_any(first.text, COMPARE_WORDS):
        return None
    run = tuple(s for s in sentences[at + 1 : at + 8] if s.paragraph is first.paragraph)
    for total in reversed(_named_money(first)):
        for count in (c for c in _counts(first) if c.end <= total.start):
            groups = _groups(run, _name(total), count.unit)
            made = Decimal(0)
            for number, (_, done, _) in enumerate(groups, start=1):
                made += done.value
                if made == count.value and number >= MIN_GROUPS:
                    return _joined_claim(first, total, groups[:number])
    return None


def _joined_claim(first: Sentence, total: Quantity, groups: list[Group]) -> SumClaim:
    """The claim over the sentences read as one (offsets those of the first sentence)."""
    joined = first
    for sentence, _, _ in groups:
        joined = join_sentences(joined, sentence)
    starts = {amount.start + sentence.start - first.start for sentence, _, amount in groups}
    parts = tuple(q for q in joined.quantities if q.start in starts)
    moved = next(q for q in joined.quantities if q.start == total.start)
    return SumClaim(joined, moved, parts, (), declared=True)


def counted_group_claims(doc: ReportDoc) -> list[SumClaim]:
    """Each counted total of the document split by groups in the sentences after it."""
    sentences = doc_sentences(doc)
    claims = (_claim(sentences, at) for at in range(len(sentences)))
    return [claim for claim in claims if claim is not None]
