"""Counts split by grade, each with its share of the count they make, the count stated before
them with no 其中:

    抽审的41个项目审核等级为：1个项目评为优，占评定项目的2.44%；3个项目评为良，占评定项目的
    7.32%；35个项目评为中，占…85.37%；2个项目评为差，占…4.88%。

The parts are the counts each followed by its share (占…的P%), of the total's unit; the total
is the count right before the first part that the parts make exactly (so it is their base).
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from jixiao.review.checks.claim_shares import share_findings
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

MIN_PARTS = 2


def _pairs(sentence: Sentence) -> list[tuple[Quantity, Quantity]]:
    """Each count followed, in its clause, by its share (占…)."""
    figures = sentence.quantities
    pairs = []
    for part, share in pairwise(figures):
        if part.kind != COUNT or share.kind != PERCENT or part.approx or share.approx:
            continue
        clause = sentence.text[part.end : share.start]
        if share.label.startswith("占") and not any(c in clause for c in "；;。"):
            pairs.append((part, share))
    return pairs


def _claim(sentence: Sentence) -> SumClaim | None:
    pairs = _pairs(sentence)
    if len(pairs) < MIN_PARTS:
        return None
    parts = tuple(part for part, _ in pairs)
    if len({p.unit for p in parts}) != 1:
        return None
    before = [
        q
        for q in sentence.quantities
        if q.end <= parts[0].start and q.kind == COUNT and q.unit == parts[0].unit
    ]
    added = sum((p.value for p in parts), Decimal(0))
    if not before or before[-1].approx or before[-1].value != added:
        return None
    return SumClaim(sentence, before[-1], parts, tuple(pairs), declared=True)


def check_count_shares(doc: ReportDoc) -> list[ReviewFinding]:
    """Shares of counts that are not their count over the count they make."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        claim = _claim(sentence)
        if claim is not None:
            findings.extend(share_findings(claim))
    return findings
