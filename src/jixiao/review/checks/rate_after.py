"""A money rate stated before its inputs: “预算执行率为98.5%，全年预算数1234.56万元，全年
支出1200.00万元”, “资金到位率100%（下达500万元，实际到位480万元）”, or the amounts in the
next sentence of the paragraph (“…执行率为98.5%。全年预算数为…，全年支出…。”).

Only the two amounts right after the rate are read, and only when one is said to be planned
(预算, 下达, 安排) and the other done (支出, 执行, 到位).
"""

from __future__ import annotations

import re

from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import join_sentences
from jixiao.review.text.sentences import role

#: The rates over money: what was spent, paid or received of a budget.
_MONEY_RATE = re.compile(r"(?:执行|支出|支付|到位|拨付)率(?:为|是|达到?|[:：])?\s*$")
#: What follows the rate before its inputs: a comma or a bracket.
_OPENS = ("，", ",", "（", "(")

AfterRate = tuple[Sentence, Quantity, list[Quantity]]


def inputs_after(sentences: tuple[Sentence, ...], at: int, rate: Quantity) -> AfterRate | None:
    """The sentence to read, the rate in it and its plan and result stated right after it —
    in its sentence, or in the next one of its paragraph (None: not this shape)."""
    sentence = sentences[at]
    if not _MONEY_RATE.search(sentence.text[max(0, rate.start - 12) : rate.start]):
        return None
    after = [q for q in sentence.quantities if q.start >= rate.end]
    if after:
        opens = sentence.text[rate.end : rate.end + 1] in _OPENS
        pair = _pair(after) if opens else []
        return (sentence, rate, pair) if pair else None
    if at + 1 >= len(sentences) or sentences[at + 1].paragraph is not sentence.paragraph:
        return None
    both = join_sentences(sentence, sentences[at + 1])
    moved = next((q for q in both.quantities if q.start == rate.start), None)
    if moved is None:
        return None
    pair = _pair([q for q in both.quantities if q.start >= moved.end])
    return (both, moved, pair) if pair else None


def _pair(after: list[Quantity]) -> list[Quantity]:
    """The first two figures, when they are a planned and a done amount of money."""
    first = after[:2]
    if len(first) < 2 or any(q.kind != MONEY or q.approx or q.value <= 0 for q in first):
        return []
    return first if {role(q.label) for q in first} == {"plan", "actual"} else []
