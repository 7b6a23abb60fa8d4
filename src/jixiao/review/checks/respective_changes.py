"""Changes told of two figures at once: “包括公务用车购置费0.14亿元和公务用车运行费1.27亿元，
与2015年相比，分别减少0.18亿元和0.56亿元，下降56.3%和30.6%” — each rate is its change over
its own figure of last year (this year's ± the change)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.review.checks.percent_findings import change_rate
from jixiao.review.checks.percent_findings import how_changed
from jixiao.review.checks.percent_findings import rate_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_AMOUNT = r"\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)"
_RATE = r"\d+(?:\.\d+)?\s*[%％]"
#: “…和…，合计1.41亿元，…分别减少”: the pair's total is not one of the pair.
_TOTAL = re.compile(r"合计|共计|总计|两项|共$")
_UP = "增加|增长|上升|提高"
_DOWN = "减少|下降|降低"
#: “分别减少C1和C2，下降p1和p2”: two changes and their two rates, in order.
_RESPECTIVE = re.compile(
    rf"分别(?P<way>{_UP}|{_DOWN})了?\s*(?P<c1>{_AMOUNT})\s*[和、及]\s*(?P<c2>{_AMOUNT})\s*[，,]\s*"
    rf"(?:分别)?(?:{_UP}|{_DOWN})了?\s*(?P<r1>{_RATE})\s*[和、及]\s*(?P<r2>{_RATE})"
)


def _figure(sentence: Sentence, start: int, kind: str) -> Quantity | None:
    return next((q for q in sentence.quantities if q.start >= start and q.kind == kind), None)


def _findings(sentence: Sentence) -> Iterator[ReviewFinding]:
    for match in _RESPECTIVE.finditer(sentence.text):
        levels = [
            q
            for q in sentence.quantities
            if q.kind == MONEY and q.end <= match.start() and not _TOTAL.search(q.label)
        ]
        if len(levels) < 2 or any(q.approx for q in levels[-2:]):
            continue
        down = match.group("way") in _DOWN.split("|")
        pairs = (("c1", "r1"), ("c2", "r2"))
        for level, (change_at, rate_at) in zip(levels[-2:], pairs, strict=True):
            change = _figure(sentence, match.start(change_at), MONEY)
            rate = _figure(sentence, match.start(rate_at), PERCENT)
            if change is None or rate is None:
                continue
            exact = change_rate(level.value, change.value, down)
            if exact is None:
                continue
            how = how_changed(change.text, level.text, down)
            span = (sentence.start + rate.start, sentence.start + rate.end)
            finding = rate_finding(sentence.paragraph, rate, exact, how, span)
            if finding is not None:
                yield finding


def check_respective_changes(doc: ReportDoc) -> list[ReviewFinding]:
    """Each of two changes told together against its own figure."""
    return [finding for sentence in doc_sentences(doc) for finding in _findings(sentence)]
