"""Amounts paid at a standard per unit, checked as the product of the standard and the
count they name in one sentence:

    补贴面积160118.88亩，按照每亩补贴91.07元的标准，共计发放补贴资金1458.32万元。
                                          → 160,118.88亩 × 91.07元 = 1,458.20万元

A standard is money said per one unit (每亩补贴91.07元, 按120元/人); the count is the one
figure of that unit in the sentence, and the amount the one other sum of money that names
what was paid out (共计发放, 补助资金 …). A standard with a second period or a bound (每人
每月, 最高不超过每户) is no standard of the whole sum, and none is read where a sentence
names more than one. The product is compared as an interval: every figure may be off by
half its last written digit.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MEASURE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_money
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_PER_UNIT = "亩|人|户|个|所|家|吨|平方米|立方米|公里|座|套|台|辆|名"
#: “每亩补贴”, “按照每户”: the unit a standard is paid on, right before the figure.
_PER_BEFORE = re.compile(rf"每(?P<unit>{_PER_UNIT})[\u4e00-\u9fff]{{0,6}}?(?:标准)?(?:为|是)?$")
#: “91.07元/亩”: the unit written after the figure (not “元/人·月”, “元/人/年”).
_PER_AFTER = re.compile(rf"\s*/\s*(?P<unit>{_PER_UNIT})(?![/·・*×\u4e00-\u9fff]*[月年天日次])")
#: A bound or an average: the standard is not what the whole sum was paid at.
_BOUND = re.compile(r"最高|最低|不超过|不低于|上限|以内|以上|以下|平均|[均约≤≥<>=＜＞]")
#: A second period (每人每月): the standard of a month, not of the whole sum.
_PERIOD = re.compile(r"每[^每]*每|[月年天日]")
#: The sum paid out: 共计发放, 补贴资金, 兑付金额 ….
_PAID = re.compile(r"共|合计|总计|累计|发放|兑付|拨付|补贴资金|补助资金|奖补资金|资金|金额")
#: A part, a change or a comparison is no count of the whole.
_NOT_WHOLE = re.compile(r"其中|含|增加|减少|较|比|同比|新增|剩余|未")
_ALIASES = {"名": "人"}


def _per_unit(sentence: Sentence, money: Quantity) -> str | None:
    """The unit a money figure is a standard for, when it is one."""
    after = _PER_AFTER.match(sentence.text, money.end)
    if _BOUND.search(money.label):
        return None
    if after is not None:
        return _ALIASES.get(after.group("unit"), after.group("unit"))
    before = _PER_BEFORE.search(money.label)
    if before is None or _PERIOD.search(money.label[before.start() :]):
        return None
    tail = sentence.text[money.end : money.end + 3]
    if re.match(r"\s*/", tail):
        return None  # “每户1000元/年”
    return _ALIASES.get(before.group("unit"), before.group("unit"))


def _standard(sentence: Sentence) -> tuple[Quantity, str] | None:
    """The one standard per unit of the sentence."""
    found = []
    for quantity in sentence.quantities:
        if quantity.kind == MONEY and not quantity.approx:
            unit = _per_unit(sentence, quantity)
            found.extend([(quantity, unit)] if unit is not None else [])
    return found[0] if len(found) == 1 else None


def _count(sentence: Sentence, unit: str) -> Quantity | None:
    """The one figure of ``unit`` in the sentence, when it counts a whole."""
    counts = [q for q in sentence.quantities if q.kind in (COUNT, MEASURE) and q.unit == unit]
    if len(counts) != 1:
        return None
    count = counts[0]
    whole = not (count.approx or count.in_brackets or _NOT_WHOLE.search(count.label))
    return count if whole and count.value > 0 else None


def _paid(sentence: Sentence, standard: Quantity) -> Quantity | None:
    """The one other sum of money that names what was paid out."""
    others = [
        q
        for q in sentence.quantities
        if q.kind == MONEY and q is not standard and not q.approx and not q.in_brackets
    ]
    if len(others) != 1 or not _PAID.search(others[0].label):
        return None
    return None if _NOT_WHOLE.search(others[0].label) else others[0]


def _beyond(count: Quantity, standard: Quantity, paid: Quantity) -> Decimal | None:
    """The exact product, when no reading of the written figures within their rounding
    gives the amount paid."""
    exact = count.value * standard.value
    low = (count.value - count.ulp) * (standard.value - standard.ulp)
    high = (count.value + count.ulp) * (standard.value + standard.ulp)
    if paid.value + paid.ulp < low or paid.value - paid.ulp > high:
        return exact
    return None


def _finding(sentence: Sentence, figures: tuple[Quantity, Quantity, Quantity]) -> ReviewFinding:
    count, standard, paid = figures
    per = re.sub(r"^[\d.,]+", "", count.text)
    exact = count.value * standard.value
    right = fmt_money(exact, paid.unit)
    message = (
        f"按每{per}{standard.text}的标准、{count.text}复算，应为{right}，文中写为{paid.text}，"
        "金额与标准、数量之积不符。"
    )
    start = min(q.start for q in figures)
    span = (sentence.start + start, sentence.start + max(q.end for q in figures))
    return make_finding(
        "product-mismatch",
        sentence.paragraph,
        message,
        span=span,
        stated=paid.text,
        recomputed=right,
    )


def _judged(sentence: Sentence) -> ReviewFinding | None:
    found = _standard(sentence)
    if found is None:
        return None
    standard, unit = found
    count = _count(sentence, unit)
    paid = _paid(sentence, standard)
    if count is None or paid is None or _beyond(count, standard, paid) is None:
        return None
    return _finding(sentence, (count, standard, paid))


def check_products(doc: ReportDoc) -> list[ReviewFinding]:
    """Sums paid at a standard per unit that are not the standard times the count."""
    findings = (_judged(sentence) for sentence in doc_sentences(doc))
    return [finding for finding in findings if finding is not None]
