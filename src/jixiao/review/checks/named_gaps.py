"""What a review cut or a purchase saved, named beside the two amounts it lies between:

    送审金额115991万元，审定金额97219万元，审减金额18906万元     → 115991 − 97219 = 18772
    采购预算金额42875.34万元，实际采购金额42642.41万元，节约金额232.93万元

The three amounts stand in one sentence in that order, each named by its words; the gap is
held to the first less the second, within half the last written digit of each.

A saving's rate after it (节约率10.5%) is of the budget when one is stated, else of what was
bought and saved together (the budget it implies) or of what was bought: it must be one.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.percent_findings import HUNDRED
from jixiao.review.checks.percent_findings import places
from jixiao.review.checks.percent_findings import rate_finding
from jixiao.review.checks.sum_claims import figure_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: (the larger amount, the smaller, their gap), each by the words naming it.
_TRIADS = (
    (re.compile(r"送审"), re.compile(r"审定"), re.compile(r"审减|核减")),
    (
        re.compile(r"采购预算|预算金额|预算资金"),
        re.compile(r"实际采购|采购金额|合同金额|成交金额|中标金额"),
        re.compile(r"节约|节省|节支"),
    ),
)


def _named(sentence: Sentence, words: re.Pattern[str]) -> list[Quantity]:
    return [
        q
        for q in sentence.quantities
        if q.kind == MONEY and not q.approx and words.search(q.label[-8:])
    ]


def _triad(sentence: Sentence, names: tuple[re.Pattern[str], ...]) -> list[Quantity] | None:
    found = [_named(sentence, words) for words in names]
    if any(len(f) != 1 for f in found):
        return None
    big, small, gap = (f[0] for f in found)
    in_order = big.start < small.start < gap.start
    one_unit = big.unit == small.unit == gap.unit
    return [big, small, gap] if in_order and one_unit else None


_SAVED = re.compile(r"节约|节省|节支")
_SAVING_RATE = re.compile(r"(?:节约|节支|节省)率(?:为|是|达)?$")
_BUDGET = re.compile(r"预算")
_BOUGHT = re.compile(r"采购(?:额|金额|规模)|合同金额|成交金额|中标金额")


def _saving_rate(sentence: Sentence) -> ReviewFinding | None:
    """A 节约率 against the saving and the budget (or what was bought) before it."""
    quantities = sentence.quantities
    rate = next((q for q in quantities if q.kind == PERCENT and _SAVING_RATE.search(q.label)), None)
    if rate is None or rate.approx:
        return None
    before = [q for q in quantities if q.kind == MONEY and q.end <= rate.start and not q.approx]
    saved = [q for q in before if _SAVED.search(q.label[-8:])]
    budget = [q for q in before if _BUDGET.search(q.label[-10:]) and q not in saved]
    bought = [q for q in before if _BOUGHT.search(q.label[-10:]) and q not in saved + budget]
    if len(saved) != 1 or len(budget) > 1 or len(bought) > 1 or not (budget or bought):
        return None
    base = (budget or bought)[0]
    if "分别" in base.label or sentence.text[base.end : base.end + 1] in ("、", "和"):
        return None  # (the first of a list: 货物、工程、服务 分别为A、B和C)
    cut = saved[0].value
    bases = [b.value for b in budget] + [v for b in bought for v in (b.value + cut, b.value)]
    given = [cut / base * HUNDRED for base in bases if base > 0]
    if not given or cut <= 0:
        return None
    # (the rate's own rounding, and what rounding the saving and its base moves it by)
    slack = rate.ulp + max(given) * 2 * saved[0].ulp / cut
    if any(abs(g - rate.value) <= slack for g in given):
        return None
    how = "节约额÷预算数" if budget else "节约额÷（采购额＋节约额）"
    span = sentence.span_of(rate)
    return rate_finding(sentence.paragraph, rate, given[0], how, span)


def check_named_gaps(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 审减 or 节约 amount against the two amounts it lies between."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for names in _TRIADS:
            triad = _triad(sentence, names)
            if triad is None:
                continue
            big, small, gap = triad
            exact = big.value - small.value
            if abs(exact - gap.value) <= big.ulp + small.ulp + gap.ulp:
                continue
            digits = max(places(q.text) for q in triad)
            written = Decimal(re.sub(r"[^\d.]", "", gap.text))
            scale = gap.value / written if written else Decimal(1)  # (values are in 元)
            shown = f"{fmt(exact / scale, digits)}{gap.unit}"
            message = (
                f"{big.text}与{small.text}之差为{shown}，报告所列{gap.label[-4:]}{gap.text}，"
                "两者不符，请核实。"
            )
            findings.append(figure_finding(sentence, gap, message, shown))
        rate = _saving_rate(sentence)
        findings += [rate] if rate is not None else []
    return findings
