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

from jixiao.review.checks.percent_findings import judge_percent
from jixiao.review.checks.percent_findings import rate_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import paragraph_sentences

_BASE = re.compile(r"(?:有效|回收|收回)[^，。；,;\d]{0,6}(?:问卷|调查表|答卷|样本)|有效样本|受访")
#: Every count of questionnaires a rate may be over (发放 too: “满意度按满意人数÷发放问卷数”).
_ANY_BASE = re.compile(rf"{_BASE.pattern}|发放[^，。；,;\d]{{0,6}}(?:问卷|调查表)")
_SATISFIED = re.compile(r"满意")
_UNSATISFIED = re.compile(r"不[太很甚够大]?满意")
#: The rate of all the satisfied (not 不满意率, 非常满意率), of this year (not 上年满意度).
_RATE = re.compile(r"(?<![不常太])满意(?:度|率)(?:为|是|达到?)?\s*$")
_OTHER_YEAR = re.compile(r"上年|去年|上一年|同期|(?:19|20)\d\d\s*年")
_HUNDRED = Decimal(100)

Placed = tuple[Sentence, Quantity]


def _rates(placed: list[Placed]) -> Iterator[tuple[Placed, Quantity, Quantity, list[Quantity]]]:
    """Each satisfaction rate with its base, its satisfied count and every count it may be
    over; a count serves the first rate after it only (“…满意的288份，满意度96%；对组织工作的
    满意度为98.33%” is of another question)."""
    used: set[int] = set()
    for at, (sentence, rate) in enumerate(placed):
        if rate.kind != PERCENT or not _RATE.search(rate.label) or _OTHER_YEAR.search(rate.label):
            continue
        counts = [q for _, q in placed[:at] if q.kind == COUNT and not q.in_brackets]
        bases = [n for n, q in enumerate(counts) if _BASE.search(q.label)]
        if not bases:
            continue
        base = counts[bases[-1]]
        satisfied = [q for q in counts[bases[-1] + 1 :] if _SATISFIED.search(q.label)]
        if len(satisfied) != 1 or _UNSATISFIED.search(satisfied[0].label):
            continue
        count = satisfied[0]
        if id(count) in used or count.approx:
            continue
        used.add(id(count))
        if count.unit != base.unit or not 0 < count.value <= base.value:
            continue
        over = [q for q in counts if _ANY_BASE.search(q.label) and q.unit == count.unit]
        yield (sentence, rate), base, count, over


def _gives(count: Quantity, whole: Quantity, rate: Quantity) -> bool:
    """``count`` over ``whole`` is the rate as written."""
    if whole.value <= 0:
        return False
    verdict = judge_percent(rate, count.value / whole.value * _HUNDRED)
    return not verdict.wrong and not verdict.truncated


def check_survey_rates(doc: ReportDoc) -> list[ReviewFinding]:
    """Satisfaction rates that the survey counts stated before them do not give."""
    findings: list[ReviewFinding] = []
    for sentences in paragraph_sentences(doc):
        placed = [(s, q) for s in sentences for q in s.quantities]
        for (sentence, rate), base, count, over in _rates(placed):
            if any(_gives(count, whole, rate) for whole in over):
                continue
            exact = count.value / base.value * _HUNDRED
            how = f"{count.text}÷{base.text}"
            span = sentence.span_of(rate)
            finding = rate_finding(sentence.paragraph, rate, exact, how, span)
            if finding is not None:
                findings.append(finding)
    return findings
