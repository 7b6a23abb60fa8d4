"""A satisfaction rate against the survey counts its paragraph states before it:

    共发放问卷500份，回收有效问卷486份，回收率97.20%。其中表示满意的462份，满意度为95.06%。
    → 462 ÷ 486 = 95.06%

The base is the last count of returned or valid questionnaires (有效问卷, 回收问卷, 有效样本,
受访) before the satisfied count, in the same unit; the satisfied count is the one count named
满意 (not 不满意) between the base and the rate. Where several are named (非常满意, 满意,
基本满意) which of them the rate takes cannot be told: the rate is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import groupby

from jixiao.review.checks.percent_findings import rate_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_BASE = re.compile(r"(?:有效|回收|收回)[^，。；,;\d]{0,6}(?:问卷|调查表|答卷|样本)|有效样本|受访")
_SATISFIED = re.compile(r"满意")
_UNSATISFIED = re.compile(r"不满意")
_RATE = re.compile(r"满意(?:度|率)(?:为|是|达到?)?\s*$")
_HUNDRED = Decimal(100)

Placed = tuple[Sentence, Quantity]


def _rates(placed: list[Placed]) -> Iterator[tuple[Placed, Quantity, Quantity]]:
    """Each satisfaction rate with its base and satisfied count."""
    for at, (sentence, rate) in enumerate(placed):
        if rate.kind != PERCENT or not _RATE.search(rate.label):
            continue
        counts = [q for _, q in placed[:at] if q.kind == COUNT and not q.in_brackets]
        bases = [n for n, q in enumerate(counts) if _BASE.search(q.label)]
        if not bases:
            continue
        base = counts[bases[-1]]
        after = counts[bases[-1] + 1 :]
        satisfied = [q for q in after if _SATISFIED.search(q.label)]
        if len(satisfied) != 1 or _UNSATISFIED.search(satisfied[0].label):
            continue
        count = satisfied[0]
        if count.unit != base.unit or not 0 < count.value <= base.value or count.approx:
            continue
        yield (sentence, rate), base, count


def check_survey_rates(doc: ReportDoc) -> list[ReviewFinding]:
    """Satisfaction rates that the survey counts stated before them do not give."""
    findings: list[ReviewFinding] = []
    for _, sentences in groupby(doc_sentences(doc), key=lambda s: s.paragraph.index):
        placed = [(s, q) for s in sentences for q in s.quantities]
        for (sentence, rate), base, count in _rates(placed):
            exact = count.value / base.value * _HUNDRED
            how = f"{count.text}÷{base.text}"
            span = sentence.span_of(rate)
            finding = rate_finding(sentence.paragraph, rate, exact, how, span)
            if finding is not None:
                findings.append(finding)
    return findings
