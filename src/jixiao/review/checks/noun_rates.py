"""A 开工率 (完工率, 完成率) after the one count it is of, its base the count of the same things
stated before it in the paragraph:

    76个农村公路建设项目，共计181公里，…。截至7月底，…；其中62个农村公路建设项目已经进场施工，
    开工率是81.2%，…

The two counts name the same things (个农村公路建设项目), so the rate is 62 ÷ 76 = 81.6%.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.checks.percent_findings import rate_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import paragraph_sentences

_RATE = re.compile(r"(?:开工|完工|完成|建成)率(?:是|为|达到?)?$")
#: The things counted, right after the count (“个农村公路建设项目”); the later count's words
#: run on into what was done (“农村公路建设项目已经进场”), so they need only open with them.
_NOUN = re.compile(r"^[\u4e00-\u9fff]{2,12}")
_MIN_NOUN = 3
_HUNDRED = Decimal(100)


def _noun(sentence: Sentence, q: Quantity) -> str:
    found = _NOUN.match(sentence.text[q.end :])
    return found.group(0) if found else ""


def _counts(sentence: Sentence, rate: Quantity) -> list[Quantity]:
    """The counts in the rate's clause before it."""
    clause = max(sentence.text.rfind(c, 0, rate.start) for c in "；;。")
    return [
        q
        for q in sentence.quantities
        if q.kind == COUNT and clause < q.start < rate.start and not q.approx
    ]


def _paragraph_findings(sentences: list[Sentence]) -> Iterator[ReviewFinding]:
    seen: list[tuple[Quantity, str]] = []
    for sentence in sentences:
        for rate in sentence.quantities:
            if rate.kind != PERCENT or not _RATE.search(rate.label.strip()):
                continue
            counts = _counts(sentence, rate)
            noun = _noun(sentence, counts[0]) if len(counts) == 1 else ""
            if len(noun) < _MIN_NOUN:
                continue
            done = counts[0]
            bases = {
                q.value: q
                for q, named in seen
                if len(named) >= _MIN_NOUN
                and noun.startswith(named)
                and q.unit == done.unit
                and q.value > done.value
            }
            if len(bases) != 1:
                continue
            base = next(iter(bases.values()))
            exact = done.value / base.value * _HUNDRED
            how = f"{done.text}÷{base.text}"
            span = sentence.span_of(rate)
            finding = rate_finding(sentence.paragraph, rate, exact, how, span)
            if finding is not None:
                yield finding
        seen += [(q, _noun(sentence, q)) for q in sentence.quantities if q.kind == COUNT]


def check_noun_rates(doc: ReportDoc) -> list[ReviewFinding]:
    """A rate of one count over the earlier count of the same things in its paragraph."""
    return [f for run in paragraph_sentences(doc) for f in _paragraph_findings(run)]
