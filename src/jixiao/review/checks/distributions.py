"""Counts shared out of a count: “5家企业分别荣获2个、4个” — the counts after 分别 should
add up to the count before it (or be one each)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_FENBIE = re.compile(r"分别(荣获|获得|获批|获|入选|为|有|是)")


def check_distributions(doc: ReportDoc) -> list[ReviewFinding]:
    """“N家企业分别荣获A个、B个”: the distributed counts should add up to N."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for mark in _FENBIE.finditer(sentence.text):
            finding = _distribution(sentence, mark.start())
            if finding is not None:
                findings.append(finding)
    return findings


def _distribution(sentence: Sentence, mark: int) -> ReviewFinding | None:
    before = [q for q in sentence.quantities if q.end <= mark and q.kind == COUNT]
    if not before or len(sentence.text[before[-1].end : mark]) > 8 or before[-1].approx:
        return None
    total = before[-1]
    end = next((i for i in range(mark, len(sentence.text)) if sentence.text[i] in "，；。,;"), None)
    parts = [q for q in sentence.quantities if mark < q.start < (end or len(sentence.text))]
    if len(parts) < 2 or any(q.kind != COUNT or q.approx for q in parts):
        return None
    added = sum((q.value for q in parts), Decimal(0))
    if added == total.value or len(parts) == total.value:
        return None
    listed = "＋".join(q.text for q in parts)
    message = f"{total.text}分别所获{listed}＝{fmt(added, 0)}，与{total.text}不符，请说明口径。"
    return claim_finding(
        "distribution-mismatch", sentence, total, parts[-1], message, fmt(added, 0)
    )
