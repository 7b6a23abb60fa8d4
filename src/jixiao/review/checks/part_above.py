"""A single part told with its whole that is larger than the whole:

    年初批复预算8个项目985万元（含1个年初结转结余项目1050万元）
    年初预算985万元，其中结转结余1050万元
    从奖励资金13714万元中分配20977.80万元

A part cannot pass what holds it, so one of the two figures is wrong. The sum checks leave a
single part to its share; this check holds the part itself to the whole. A change's parts
(减少985万元，其中…减少1050万元，…增加65万元) may pass it: changes are left alone.
"""

from __future__ import annotations

import re

from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: What lies between the whole and its part: the word that opens the part, and its name.
_OPENS_PART = re.compile(
    r"^\s*[，,]?\s*[（(]?\s*(?:其中|含|包含|包括)[:：]?[^，,。；;（()）]{0,20}$"
)
#: What lies between a part and the next one of a list: a separator and a name.
_NEXT_PART = re.compile(r"^[、，,；;]\s*[^，,。；;()（）]{0,12}$")
#: “从奖励资金31714万元中分配20977.80万元”: an amount taken out of a pool.
#: (not “…中安排并整合涉农资金共180万元”: money pooled with it)
_TAKEN_FROM = re.compile(
    r"^\s*中\s*[，,]?\s*(?:分配|安排|拨付|列支|切块|调剂|使用)了?(?:给)?"
    r"(?![^，,。；;()（）]*(?:整合|统筹|共|合计|连同|加上))[^，,。；;()（）]{0,10}$"
)
_FROM_TO = re.compile(r"由|从")
_CHANGED = re.compile(r"^\s*(?:调整|调减|调增|变更|减少|增加|增至|降至|下降|上升)")
_CHANGE = re.compile(r"增加|减少|增长|下降|增减|变动|调增|调减|节约|超支|差额|比上年|较上年")


def _part_after(sentence: Sentence, whole: Quantity) -> Quantity | None:
    """The next amount after ``whole``, when the words between open a part of it and no
    other part follows it."""
    later = [q for q in sentence.quantities if q.start >= whole.end and q.kind == MONEY]
    if not later:
        return None
    part = later[0]
    between = sentence.text[whole.end : part.start]
    taken = _TAKEN_FROM.match(between) and re.search(r"[从在]", whole.label)
    if not (_OPENS_PART.match(between) or taken):
        return None
    # a list of parts (其中A120万元、B30万元): the sum checks hold it to its whole
    after = sentence.text[part.end : later[1].start] if len(later) > 1 else ""
    return None if _NEXT_PART.match(after) else part


def _finding(sentence: Sentence, whole: Quantity, part: Quantity) -> ReviewFinding:
    message = (
        f"所述{part.text}为{whole.text}的一部分，却大于{whole.text}；"
        "部分不应大于整体，二者必有一处有误，请核实。"
    )
    return claim_finding("sum-mismatch", sentence, whole, part, message, part.text)


def check_part_above(doc: ReportDoc) -> list[ReviewFinding]:
    """A single part, opened by 其中/含/包括 right after its whole, that passes it."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for whole in sentence.quantities:
            if whole.kind != MONEY or whole.approx or _CHANGE.search(whole.label):
                continue
            part = _part_after(sentence, whole)
            if part is None or part.approx or _CHANGE.search(part.label):
                continue
            taken = _TAKEN_FROM.match(sentence.text[whole.end : part.start])
            if (_FROM_TO.search(part.label) and not taken) or _CHANGED.match(
                sentence.text[part.end :]
            ):
                continue  # “由年初预算的50000万元调整为32000万元”: a level before a change
            if part.value > whole.value + whole.ulp + part.ulp:
                findings.append(_finding(sentence, whole, part))
    return findings
