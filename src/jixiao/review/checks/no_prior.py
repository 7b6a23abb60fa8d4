"""A change on the year of an item last year did not have (a 部门预算说明):

    2023年政府采购预算17000元，同比增加12000元，上年无该预算，增长率无可比性。

With nothing last year, the increase is this year's whole level: 17000, not 12000.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.review.checks.gaps import difference_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import same_measure

_INCREASE = re.compile(r"(?:同比|比上年|较上年)增加$")
#: What the text says of last year right after the change: nothing was there.
_NOTHING_BEFORE = re.compile(
    r"^\s*[，,]\s*(?:上年|去年)(?:无(?:该|此)?(?:项)?(?:预算|支出|安排)?|未(?:安排|列支|列)"
    r"|(?:为|是)?0(?:\.0+)?(?:万?元))"
)


def _changes(sentence: Sentence) -> Iterator[tuple[Quantity, Quantity]]:
    level: Quantity | None = None
    for q in sentence.quantities:
        if q.kind != MONEY or q.approx:
            continue
        if _INCREASE.search(q.label) and level is not None and same_measure(level, q):
            if _NOTHING_BEFORE.match(sentence.text[q.end :]):
                yield level, q
            level = None
        else:
            level = q


def check_no_prior(doc: ReportDoc) -> list[ReviewFinding]:
    """Increases of items last year did not have, against this year's level."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for level, change in _changes(sentence):
            if abs(level.value - change.value) <= level.ulp + change.ulp:
                continue
            message = (
                f"上年无此项，同比增加额应为本年数{level.text}，报告列为{change.text}，请核实。"
            )
            findings.append(difference_finding(sentence, level, change, message, level.text))
    return findings
