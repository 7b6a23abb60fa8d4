"""A change whose base, last year's figure, is written right before it:

    收入较2020年4729万元减少533万元，同比下降11.2%。

The rate is the change over that base: 533 ÷ 4729 = 11.27%, so 11.3%, not 11.2%.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.checks.changes import STATED_PRIOR
from jixiao.review.checks.gaps import difference_finding
from jixiao.review.checks.percent_findings import change_finding
from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import DATE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import same_measure

#: “较2020年”, “比上年”, “与上年同期的”: the figure after it is the year compared with.
_YEAR = r"(?:上年|去年|上一年|20\d\d\s*年度?)"
_PRIOR = re.compile(
    rf"(?:较|比|与){_YEAR}(?:同期)?的?(?:决算数?|预算数?)?"
    r"(?:[\u4e00-\u9fff]{0,6}(?:支出|收入|经费))?$"  # 比上年累计支出433万元
    rf"|{STATED_PRIOR.pattern}"  # “…141.55万元，2014年为107.89万元，较2014年增加”
)
#: “本年…896.28万元，上年960.76万元，减少64.48万元”: last year's level named 上年 alone, right
#: after this year's (not 上年结转, money carried into this year).
BARE_PRIOR = re.compile(r"^(?:上年|去年|上一年)(?:同期)?$")
_BESIDE = re.compile(r"^\s*[，,（(]\s*$")
_STATED_YEAR = re.compile(r"(?<![较比与])(20\d\d)\s*年度?(?:同期)?(?:为|是)$")
_WAY = re.compile(
    rf"^\s*(?:[，,]\s*(?:较|比){_YEAR})?(?:相比)?[，,]?\s*"
    r"(?:收[、和]?支(?:总计|总额)?|收入[、和]支出(?:总计)?)?[均各]?"  # “收、支总计各增加”
    r"(?:增加|减少|增长|下降|降低)了?\s*$"
)
_RATE_WORD = re.compile(r"(?:增长|下降|降低|增加|减少|增幅|降幅)(?:了|为)?\s*$|^[（(]\s*$")


def _changes(sentence: Sentence) -> Iterator[ReviewFinding]:
    figures = sentence.quantities
    for base, change, rate in zip(figures, figures[1:], figures[2:], strict=False):
        # money, or counts of one unit (“比上年12,935人次增加1,927人次，增长14.90%”)
        counted = base.kind == COUNT and same_measure(base, change)
        if not (counted or (base.kind == MONEY == change.kind)) or rate.kind != PERCENT:
            continue
        if base.approx or change.approx or not base.value:
            continue
        if not (_PRIOR.search(base.label) or bare_prior(sentence, base)):
            continue
        text = sentence.text
        if not _WAY.match(text[base.end : change.start]):
            continue
        stated = _STATED_YEAR.search(base.label)
        if stated and stated.group(1) not in text[base.end : change.start]:
            continue  # “2023年为120万元，较上年增加…”: this year's level, not the base
        if not _RATE_WORD.search(text[change.end : rate.start].lstrip("，, ")):
            continue
        if _levels_give(sentence, (base, change, rate)):
            continue  # the change itself is wrong: the difference check tells it
        finding = _pinned_change(sentence, (base, change, rate)) or over_base(
            sentence, (change, base, rate), base.start
        )
        if finding is not None:
            yield finding


def _this_year(sentence: Sentence, base: Quantity) -> Quantity | None:
    """This year's level, written right before last year's ``base`` in its measure."""
    before = [q for q in sentence.quantities[: sentence.quantities.index(base)] if q.kind != DATE]
    return before[-1] if before and same_measure(before[-1], base) else None


def _levels_give(sentence: Sentence, figures: tuple[Quantity, Quantity, Quantity]) -> bool:
    """The rate is right over the two levels the sentence writes, this year's right before
    last year's, and the change is off their gap beyond its rounding (“支出251万元，比上年
    285万元下降43万元，下降12%”: 34 ÷ 285 = 11.93%): the difference check tells that wrong
    change, and the rate is no fault of its own."""
    base, change, rate = figures
    level = _this_year(sentence, base)
    if level is None:
        return False
    gap = abs(level.value - base.value)
    if abs(gap - change.value) <= level.ulp + base.ulp + change.ulp:
        return False  # (433 and 431 with a fall of 3: within rounding, no difference is told)
    return abs(rate.value - gap / base.value * HUNDRED) <= rate.ulp


def _pinned_change(
    sentence: Sentence, figures: tuple[Quantity, Quantity, Quantity]
) -> ReviewFinding | None:
    """A change within the rounding of the two levels written before it, but not the one the
    rate pins down (“支出431万元，比上年433万元减少3万元，下降0.46%”: the levels' gap may be 1
    to 3, the rate makes it 433 × 0.46% = 1.99, so 2): the change is the wrong figure, not
    the rate."""
    base, change, rate = figures
    level = _this_year(sentence, base)
    if level is None:
        return None
    gap = abs(level.value - base.value)
    step = 2 * change.ulp  # the change's last written digit
    pinned, even = (
        (x / step).quantize(Decimal(1)) * step for x in (rate.value * base.value / HUNDRED, gap)
    )
    if pinned != even or pinned == change.value:
        return None
    right = fmt_quantity(gap, change)
    message = (
        f"{level.text}与{base.text}相差{right}（按{rate.text}复算亦为{right}），"
        f"报告列为{change.text}，请核实。"
    )
    return difference_finding(sentence, level, change, message, right)


def bare_prior(sentence: Sentence, base: Quantity) -> bool:
    """``base`` is last year's level named 上年 alone, right after a figure of the same
    measure (this year's)."""
    if not BARE_PRIOR.match(base.label):
        return False
    figures = sentence.quantities
    at = figures.index(base)
    if at == 0 or not same_measure(figures[at - 1], base):
        return False
    gap = sentence.text[figures[at - 1].end : base.start - len(base.label)]
    return _BESIDE.match(gap) is not None


def over_base(
    sentence: Sentence, figures: tuple[Quantity, Quantity, Quantity], start: int
) -> ReviewFinding | None:
    """A change's rate against the change over its base (quoted from ``start``): wrong, or
    off only within the figures' rounding."""
    change, base, rate = figures
    exact = change.value / base.value * HUNDRED
    slack = exact * (change.ulp / change.value + base.ulp / base.value) if change.value else 0
    how = f"{change.text}÷{base.text}"
    span = (sentence.start + start, sentence.start + rate.end)
    near = abs(rate.value - exact) <= rate.ulp + slack
    return change_finding(sentence.paragraph, rate, exact, (how, span), near=near)


def check_prior_bases(doc: ReportDoc) -> list[ReviewFinding]:
    """Change rates over a last year's figure written right before the change."""
    return [finding for sentence in doc_sentences(doc) for finding in _changes(sentence)]
