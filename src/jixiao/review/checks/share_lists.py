"""Shares of a list's parts said in the sentence right after it, in the parts' order:

    项目资金总额575.00万元，其中：中央资金300.00万元，省级资金150.00万元，市级资金80.00万元，
    县级配套资金45.00万元。中央、省、市、县资金分别占52.17%、26.09%、13.91%、7.83%。

The sentence opens with the parts' names joined by 、 (or 和, 及, 与), as many as the list has
parts and shares, each name's characters found in its part's label in order; each share is
then its part over the list's total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.all_claims import all_claims
from jixiao.review.checks.claim_shares import share_holds
from jixiao.review.checks.percent_findings import judge_percent
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_SUBJECT = re.compile(
    r"^(?P<names>[\u4e00-\u9fff]{1,8}?(?:[、和及与][\u4e00-\u9fff]{1,8}?)+)"
    r"(?:资金|经费|支出|收入)?(?:分别)?占(?:比|(?:资金)?总(?:额|数|资金|投资)的)?(?:比例|比重)?(?:分别)?"
    r"(?:为|是)?(?=\s*\d)"
)
_SEPARATOR = re.compile(r"[、和及与]")
_HUNDRED = Decimal(100)


def _in_order(name: str, label: str) -> bool:
    """Each character of ``name`` stands in ``label``, in order (省 in 省级资金)."""
    at = 0
    for character in name:
        at = label.find(character, at)
        if at < 0:
            return False
        at += 1
    return True


def _next(sentences: tuple[Sentence, ...], claim: SumClaim) -> Sentence | None:
    """The sentence right after the claim's, in its paragraph."""
    end = claim.sentence.start + len(claim.sentence.text)
    paragraph = claim.sentence.paragraph
    return next(
        (s for s in sentences if s.paragraph is paragraph and s.start >= end),
        None,
    )


def _findings(claim: SumClaim, sentence: Sentence) -> Iterator[ReviewFinding]:
    match = _SUBJECT.match(sentence.text)
    if match is None:
        return
    names = _SEPARATOR.split(match.group("names"))
    shares = [q for q in sentence.quantities if q.kind == PERCENT]
    parts, total = claim.parts, claim.total
    if not len(names) == len(shares) == len(parts) or total.value <= 0:
        return
    if not all(_in_order(name, part.label) for name, part in zip(names, parts, strict=True)):
        return
    for part, share in zip(parts, shares, strict=True):
        if share_holds(part, share, total):
            continue
        exact = part.value / total.value * _HUNDRED
        right = judge_percent(share, exact).right
        message = f"{part.text}÷{total.text}＝{fmt(exact, 2)}%，报告为{share.text}，占比有误。"
        span = sentence.span_of(share)
        paragraph = sentence.paragraph
        yield make_finding(
            "share-mismatch", paragraph, message, span=span, stated=share.text, recomputed=right
        )


def check_share_lists(doc: ReportDoc) -> list[ReviewFinding]:
    """Shares said of a list's parts, by name, in the sentence after the list."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for claim in all_claims(doc):
        following = _next(sentences, claim)
        if following is not None:
            findings.extend(_findings(claim, following))
    return findings
