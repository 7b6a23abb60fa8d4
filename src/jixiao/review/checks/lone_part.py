"""One part told after 其中, larger than the total it is part of:

    累计完成地方本级一般公共预算收入35969万元，完成年初预算的102.31%。其中：地方税收收入
    完成37614万元，…

A list of two parts or more is added up by the sums check, as is a 其中 inside the sentence
of its whole; a lone part opening the sentence after its whole's can still not be more than
it. The whole is the one the sums check would split there — not a plan a rate is of (完成预算X
的P%), nor a change — and a part of none (项目支出0万元) does not count.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.all_claims import all_claims
from jixiao.review.checks.claim_totals import total_before
from jixiao.review.checks.part_changes import a_change
from jixiao.review.checks.sum_claims import OF_RATE
from jixiao.review.knock_ons import FIGURE
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.slips import slip
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import join_sentences

_MARK = re.compile(r"其中[:：，,]?")
_LEAD = re.compile("^" + _MARK.pattern)
_LIST_END = re.compile(r"[；;。]")
_NOT_A_WHOLE = re.compile(r"压减|节约|户均|人均|平均|负债")
_KINDS = ("收入", "支出", "资金", "资产", "经费", "补贴", "补助")


def _same_kind(whole: str, part: str) -> bool:
    """The whole and the part are named as money of one kind (…收入 and …收入)."""
    return any(kind in whole and kind in part for kind in _KINDS)


def _part(sentence: Sentence, q: Quantity) -> bool:
    """A part of money: not approximate, no change, not the plan a rate is of."""
    return (
        q.kind == MONEY
        and not q.approx
        and not a_change(sentence, q)
        and not OF_RATE.match(sentence.text, q.end)
    )


def _lone(sentence: Sentence, claimed: set[tuple[int, Decimal]], at: int) -> ReviewFinding | None:
    """The finding on the 其中 at ``at``, when its one part is larger than its whole."""
    mark = _MARK.match(sentence.text, at)
    whole = total_before(sentence, mark.start()) if mark else None
    if mark is None or whole is None or whole.kind != MONEY or whole.approx:
        return None
    stop = _LIST_END.search(sentence.text, mark.end())
    end = stop.start() if stop else len(sentence.text)
    listed = [q for q in sentence.quantities if mark.end() <= q.start < end]
    parts = [q for q in listed if _part(sentence, q) and q.value]  # (项目支出0: no part)
    if len(parts) != 1:
        return None  # (two parts or more: the sums check adds them up)
    part = parts[0]
    if _NOT_A_WHOLE.search(whole.label) or not _same_kind(whole.label, part.label):
        return None  # (压减3200万元, 户均0.14万元, 负债总额: no whole of the part)
    if (sentence.paragraph.index, whole.value) in claimed:
        return None  # the sums check reads this list already
    if part.unit != whole.unit or part.value <= whole.value:
        return None
    how = slip(_digits(part.text), _digits(whole.text))
    name = _LEAD.sub("", part.label.strip("：:，, "))
    message = (
        f"“其中”所列{name}{part.text}大于其所属总数{whole.text}，"
        f"分项不应超过总数，请核实。{f'两数疑为{how}。' if how else ''}"
    )
    return make_finding(
        "sum-mismatch",
        sentence.paragraph,
        message,
        span=(sentence.start + part.start, sentence.start + part.end),
        stated=part.text,
        recomputed=f"不超过{whole.text}",
    )


def _digits(text: str) -> str:
    found = FIGURE.search(text)
    return found.group(0).replace(",", "") if found else ""


def check_lone_part(doc: ReportDoc) -> list[ReviewFinding]:
    """A part after 其中 larger than its whole."""
    sentences = doc_sentences(doc)
    claimed = {(c.sentence.paragraph.index, c.total.value) for c in all_claims(doc)}
    findings: list[ReviewFinding] = []
    for at, sentence in enumerate(sentences):
        previous = sentences[at - 1] if at else None
        opens = sentence.text.lstrip().startswith("其中")
        if opens and previous is not None and previous.paragraph is sentence.paragraph:
            joined = join_sentences(previous, sentence)
            finding = _lone(joined, claimed, len(joined.text) - len(sentence.text.lstrip()))
            findings.extend([finding] if finding else [])
    return findings
