"""A year-on-year change split into the changes of the parts that make its figure:

    支出较去年增加2102.84万元，主要是基本支出增加271.33万元，项目支出增加1831.50万元。

基本支出 and 项目支出 make the whole of 支出, so their changes make its change. The parts are
the changes right after “主要是 / 其中 / 主要原因是”, in the same direction as the total's,
and only when they name every member of the whole the change is said of (基本支出 and 项目支出
of 支出, 人员经费 and 公用经费 of 基本支出): the changes of some parts may add to more or less.
"""

from __future__ import annotations

import re

from jixiao.review.checks.partitions import makes_whole
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence

_CHANGE = re.compile(r"(?:较|比|同比|与)[^，。；,;]{0,14}?(?P<way>增加|减少)了?$")
#: What opens the parts, after the change's own rate where it states one (“减少313.27万元，
#: 下降82.82%。其中：…”).
_OPENS = re.compile(
    r"^\s*(?:[，,]\s*(?:下降|降低|增长|上升|减少|增加)了?\s*\d+(?:\.\d+)?%\s*)?[，,。]?\s*"
    r"(?:主要是|主要为|主要原因是|其中[:：]?)"
)
_PART = re.compile(r"(?P<way>增加|减少)了?$")


def _parts(sentence: Sentence, change: Quantity, way: str) -> list[Quantity]:
    """The changes after ``change`` in its direction, up to the first figure that is not one."""
    parts: list[Quantity] = []
    for q in sentence.quantities:
        if q.start <= change.start or q.kind == PERCENT:
            continue  # the change's and each part's own rate (“…减少40.22万元，下降54.19%；”)
        part = _PART.search(q.label)
        nil = q.kind == MONEY and q.value == 0 and not q.approx  # “因公出国（境）费支出0.00元”
        if not nil and (q.kind != MONEY or q.approx or part is None or part.group("way") != way):
            break
        parts.append(q)
    return parts


def change_split_claims(sentence: Sentence) -> list[SumClaim]:
    """Each change followed by the same-direction changes of its parts."""
    claims: list[SumClaim] = []
    for change in sentence.quantities:
        total = _CHANGE.search(change.label)
        if change.kind != MONEY or change.approx or total is None:
            continue
        if not _OPENS.match(sentence.text[change.end :]):
            continue
        parts = _parts(sentence, change, total.group("way"))
        # the whole is named before the change (““三公”经费支出23.60万元，较上年减少5.40万元”)
        named = sentence.text[: change.start]
        if len(parts) >= 2 and makes_whole([p.label for p in parts], named):
            claims.append(SumClaim(sentence, change, tuple(parts), ()))
    return claims
