"""A figure after a part that is the part's own change, not another part: compared with a
year or a budget in its label, a bare 减少 after a comparison or before its own rate, or a
part's adjustment after the level it was adjusted to; and a 其中 a semicolon sets apart
from its total."""

from __future__ import annotations

import re

from jixiao.review.checks.partitions import names_whole
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence

_YEAR_COMPARED = re.compile(r"较|比上|比去|比20\d\d|比年初|比预算|比调整|同比|相比")
#: “其中年初安排5个，年中增加4个”: what the year added is a part, not a comparison.
IN_YEAR = re.compile(r"^(?!.*(?:较|比|同比))(?:.*年中|.*追加)")
_BARE_CHANGE = re.compile(r"^(?:增加|减少|增长|下降|降低)了?$")
_COMPARED_BEFORE = re.compile(r"(?:相比|同比|[较比](?:上年|去年|上一年))\s*[，,]\s*$")
_CHANGE_RATE_AFTER = re.compile(r"\s*[，,]\s*(?:同比)?(?:下降|增长|降低|上升)了?\s*\d")


#: A part adjusted to a level, then by how much (调整为A，调减B): B is A's own change.
_ADJUSTED_BY = re.compile(r"^(?:调增|调减)了?$")
_TO_LEVEL = re.compile(r"调整为(?:[^，。；,;]|(?<=\d)[,，](?=\d))*[，,]\s*(?:调增|调减)$")
_CLAUSE_BACK = 30


def a_change(sentence: Sentence, q: Quantity) -> bool:
    """``q`` is a change on a year: compared in its label, or a bare 减少 after a comparison
    a clause before (“…2.77万元，与上年相比，减少0.19万元”) or before its own rate."""
    if _YEAR_COMPARED.search(q.label) and not IN_YEAR.search(q.label):
        return True
    if _ADJUSTED_BY.match(q.label):
        # “税收收入拟调整为85000万元，调减16000万元，下降9.7%”: the part's own adjustment
        clause = sentence.text[max(0, q.start - _CLAUSE_BACK) : q.start]
        return _TO_LEVEL.search(clause) is not None
    if not _BARE_CHANGE.match(q.label):
        return False
    at = sentence.text.rfind(q.label, 0, q.start)
    # “…公务接待费980万元，减少30万元，下降2.97%”: a change its rate follows
    rated = _CHANGE_RATE_AFTER.match(sentence.text, q.end) is not None
    return rated or bool(_COMPARED_BEFORE.search(sentence.text, 0, at))


def past_semicolon(sentence: Sentence, total: Quantity, labels: list[str], mark: int) -> bool:
    """A 其中 a semicolon sets apart from its total (“…预算总额为1969万元，…；其中：…”) splits
    it only when the parts name every member of a known whole (not “基本支出300万元，占比
    60%；其中人员经费250万元…；项目支出200万元…”: 项目支出 is 基本支出's sibling)."""
    gap = sentence.text[total.end : mark]
    if "；" not in gap and ";" not in gap:
        return False
    # the total opens its ；-clause (not “决算为18.00万元，年初预算为20.00万元；其中：…”)
    opened = max(sentence.text.rfind(c, 0, total.start) for c in "；;。")
    first = next(
        (q for q in sentence.quantities if q.start > opened and q.kind == total.kind), None
    )
    return first is not total or not names_whole(labels)
