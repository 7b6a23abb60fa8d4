"""Rates of one spending figure over the two budgets of its sentence, each rate naming its
budget:

    …年初预算4,862.00万元，调整后的全年预算为5,318.46万元，支出决算为5,207.93万元，
    完成年初预算的107.11%，完成调整预算的97.29%。   → 5,207.93 ÷ 5,318.46 = 97.92%

With two budgets in the sentence the nearest-amount reading cannot tell which is meant, so
each rate is taken over the budget its own words name (年初 or 调整/全年), and only when the
sentence states that budget, and one spending figure, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.review.checks.percent_findings import rate_finding
from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.checks.rate_findings import allowed
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: “完成年初预算的107.11%”, “为调整后预算的97.92%”: the rate's clause names its budget.
_PLAN_RATE = re.compile(
    r"(?:完成|为|占|达到?)(?:(?P<opening>年初)|(?P<adjusted>调整后?的?|全年))预算(?:数)?的\s*$"
)
_OPENING = re.compile(r"年初预算(?:数)?(?:为|是)?$")
_ADJUSTED = re.compile(r"(?<!年初)(?:调整后?的?(?:全年)?预算|调整预算|全年预算)(?:数)?(?:为|是)?$")
#: “支出决算为5,207.93万元”, “实际支出”, “执行数”: the figure the rates are of.
_SPENT = re.compile(r"(?:决算|执行|实际支出|实际完成)(?:数)?(?:为|是|[:：])?$")
_CLAUSE_ENDS = "，,；;。：:"


def _only(sentence: Sentence, pattern: re.Pattern[str]) -> Quantity | None:
    """The one exact amount of ``sentence`` whose label ends as ``pattern`` says."""
    found = {
        q.value: q
        for q in sentence.quantities
        if q.kind == MONEY and not q.approx and pattern.search(q.label)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _rates(sentence: Sentence) -> Iterator[tuple[Quantity, bool]]:
    """Each rate of the sentence that names its budget, with True for the opening one."""
    for q in sentence.quantities:
        if q.kind != PERCENT or q.approx:
            continue
        start = max(sentence.text.rfind(c, 0, q.start) for c in _CLAUSE_ENDS) + 1
        named = _PLAN_RATE.search(sentence.text, start, q.start)
        if named is not None:
            yield q, named.group("opening") is not None


def _budgets(sentence: Sentence) -> tuple[Quantity, Quantity, Quantity] | None:
    """The sentence's 年初 budget, adjusted budget and spending, each stated once."""
    opening, adjusted = _only(sentence, _OPENING), _only(sentence, _ADJUSTED)
    spent = _only(sentence, _SPENT)
    if opening is None or adjusted is None or spent is None:
        return None
    return opening, adjusted, spent


def names_its_budget(sentence: Sentence, rate: Quantity) -> bool:
    """True when ``rate`` names one of the two budgets its sentence states: this check reads
    it, or no reading can (two spending figures), never the nearest-amount reading."""
    both = _only(sentence, _OPENING) is not None and _only(sentence, _ADJUSTED) is not None
    return both and any(q is rate for q, _ in _rates(sentence))


def check_plan_rates(doc: ReportDoc) -> list[ReviewFinding]:
    """Rates over the 年初 or the 调整 budget, where the sentence states both."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        budgets = _budgets(sentence)
        if budgets is None:
            continue
        opening, adjusted, spent = budgets
        for rate, of_opening in _rates(sentence):
            base = opening if of_opening else adjusted
            if base.value <= 0 or spent.start > rate.start:
                continue
            finding = _finding(sentence, rate, spent, base)
            if finding is not None:
                findings.append(finding)
    return findings


def _finding(
    sentence: Sentence, rate: Quantity, spent: Quantity, base: Quantity
) -> ReviewFinding | None:
    exact = spent.value / base.value * HUNDRED
    if allowed(rate, exact, [spent, base]):
        return None  # what the rounding of the two amounts as written allows
    how = f"按本句{spent.text}÷{base.text}"
    span = (sentence.start + rate.start, sentence.start + rate.end)
    return rate_finding(sentence.paragraph, rate, exact, how, span)
