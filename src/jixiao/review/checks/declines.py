"""A fall of more than 100%: an amount or a count that fell cannot lose more than it had
(“与上年相比减少9.65万元，下降274.15%”), so the rate was worked over the wrong base or
slipped. A rate of points (个百分点) is no fall of a level and is not read here."""

from __future__ import annotations

import re

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.sentences import doc_sentences

#: The words right before a rate of fall: “下降274.15%”, “降幅达到38.7%”, “减少了12%”.
_FALL = re.compile(r"(?:下降|降低|减少|减幅|降幅)(?:了|为|达到?)?\s*$")


def check_declines(doc: ReportDoc) -> list[ReviewFinding]:
    """Each rate of fall above 100%."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for q in sentence.quantities:
            if q.kind != PERCENT or q.value <= HUNDRED or q.approx:
                continue
            if not _FALL.search(sentence.text[max(0, q.start - 6) : q.start]):
                continue
            message = (
                f"下降{q.text}超过100%：数额减少不会超过原数，降幅应以上年数为基数计算，请核实。"
            )
            findings.append(
                make_finding(
                    "decline-over-hundred",
                    sentence.paragraph,
                    message,
                    span=sentence.span_of(q),
                    stated=q.text,
                )
            )
    return findings
