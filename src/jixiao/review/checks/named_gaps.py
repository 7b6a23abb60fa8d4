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
    (re.compile(r"送审|报审|评审金额"), re.compile(r"审定"), re.compile(r"审减|核减")),
    (
        re.compile(r"采购预算|预算金额|预算资金|采购计划|计划金额|比预算"),
        re.compile(r"实际采购|采购(?:总)?金额|合同金额|成交金额|中标金额"),
        re.compile(r"节约|节省|节支"),
    ),
)
#: A rate said to be of what was bought or approved, not of the budget.
_OF_BOUGHT = re.compile(r"按(?:成交|中标|合同|实际采购|审定)|占(?:实际)?采购金额")
#: The rate of a triad's gap right after it: of the larger amount.
_GAP_RATE = re.compile(r"(?:审减|核减|节约|节支|节省)率(?:为|是|达)?$")


def _named(sentence: Sentence, names: tuple[re.Pattern[str], ...]) -> list[tuple[int, Quantity]]:
    """The sentence's amounts each named by exactly one of ``names``, with its place there."""
    found = []
    for q in sentence.quantities:
        if q.kind != MONEY or q.approx:
            continue
        kinds = [k for k, words in enumerate(names) if words.search(q.label[-8:])]
        if len(kinds) == 1:
            found.append((kinds[0], q))
    return found


def _triads(sentence: Sentence, names: tuple[re.Pattern[str], ...]) -> list[list[Quantity]]:
    """Each larger amount, smaller amount and gap named one right after the other (or the
    smaller first: 采购总金额A，比预算的B节约资金C), in one unit."""
    named = _named(sentence, names)
    triads = []
    for at, window in enumerate(zip(named, named[1:], named[2:], strict=False)):
        kinds = [k for k, _ in window]
        if at and named[at - 1][0] != 2:
            continue  # (甲预算A，中标B，乙预算C，中标D，合计节约E: no three of one)
        quantities = [q for _, q in window]
        if kinds == [1, 0, 2] and "比" in quantities[1].label[-6:]:
            quantities = [quantities[1], quantities[0], quantities[2]]
        elif kinds != [0, 1, 2]:
            continue
        between = sentence.text[window[0][1].end : window[2][1].start]
        # (其中…节约资金A；全年共节约资金B: the part's gap is not the whole's; 工程预算送审A，
        # 审定B；工程决算…审减C: another subject's after a ；)
        if len({q.unit for q in quantities}) == 1 and not re.search(r"其中|[；;]", between):
            triads.append(quantities)
    return triads


def _gap_rate(sentence: Sentence, triad: list[Quantity]) -> ReviewFinding | None:
    """The 审减率 or 节约率 right after a gap against the gap over the larger amount (or the
    smaller)."""
    big, small, gap = triad
    after = [q for q in sentence.quantities if q.start > gap.start]
    rate = after[0] if after else None
    if rate is None or rate.kind != PERCENT or rate.approx or not _GAP_RATE.search(rate.label):
        return None
    if small.value <= 0 or gap.value <= 0:
        return None
    # of the larger amount; of what was bought when the rate says so (按成交金额计算的节约率)
    bases = (big, small) if _OF_BOUGHT.search(rate.label[-14:]) else (big,)
    given = [gap.value / base.value * HUNDRED for base in bases]
    slack = [
        rate.ulp + g * (gap.ulp / gap.value + b.ulp / b.value)
        for g, b in zip(given, bases, strict=True)
    ]
    if any(abs(g - rate.value) <= s for g, s in zip(given, slack, strict=True)):
        return None
    how = "审减额÷送审额" if "审" in gap.label[-8:] else "节约额÷预算数"
    return rate_finding(sentence.paragraph, rate, given[0], how, sentence.span_of(rate))


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
    # (the first of a list: 货物、工程、服务 分别为A、B和C; 预算A，实际B，其中工程类节约资金C，
    # 节约率P: the part's, of its own budget)
    listed = "分别" in base.label or sentence.text[base.end : base.end + 1] in ("、", "和")
    last = max((q.end for q in before if q.end <= saved[0].start and q is not saved[0]), default=0)
    if listed or "其中" in sentence.text[max(base.end, last) : saved[0].start]:
        return None
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


def _name(gap: Quantity) -> str:
    """The gap's name as written before it (审减金额, 节约资金), its 为 or 共 aside."""
    label = re.sub(r"[为是达共计]+$", "", gap.label)
    words = re.search(r"(?:审减|核减|节约|节省|节支)[\u4e00-\u9fff]{0,2}$", label)
    return words.group(0) if words else label[-4:]


def _gap_finding(
    sentence: Sentence, big: Quantity, small: Quantity, gap: Quantity
) -> ReviewFinding | None:
    exact = big.value - small.value
    if abs(exact - gap.value) <= big.ulp + small.ulp + gap.ulp:
        return None
    digits = max(places(q.text) for q in (big, small, gap))
    written = Decimal(re.sub(r"[^\d.]", "", gap.text))
    scale = gap.value / written if written else Decimal(1)  # (values are in 元)
    shown = f"{fmt(exact / scale, digits)}{gap.unit}"
    message = (
        f"{big.text}与{small.text}之差为{shown}，报告所列{_name(gap)}{gap.text}，两者不符，请核实。"
    )
    return figure_finding(sentence, gap, message, shown)


def _sentence_findings(sentence: Sentence) -> list[ReviewFinding]:
    found: list[ReviewFinding | None] = []
    triads = [t for names in _TRIADS for t in _triads(sentence, names)]
    for big, small, gap in triads:
        wrong = _gap_finding(sentence, big, small, gap)
        # (a wrong gap makes its rate wrong too: the gap is the one slip told)
        found += [wrong] if wrong is not None else [_gap_rate(sentence, [big, small, gap])]
    if len(triads) <= 1:
        found.append(_saving_rate(sentence))
    return [f for f in found if f is not None]


def check_named_gaps(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 审减 or 节约 amount against the two amounts it lies between, and its rate."""
    return [f for sentence in doc_sentences(doc) for f in _sentence_findings(sentence)]
