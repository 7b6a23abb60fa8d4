"""Amounts paid at a standard per unit, checked as the product of the standard and the
count they name in one sentence:

    补贴面积160118.88亩，按照每亩补贴91.07元的标准，共计发放补贴资金1458.32万元。
                                          → 160,118.88亩 × 91.07元 = 1,458.20万元

A standard is money said per one unit (每亩补贴91.07元, 按120元/人); the count is the one
figure of that unit in the sentence, and the amount the one other sum of money that names
what was paid out (共计发放, 补助资金 …), not planned (预算, 下达). A month's standard (每人
每月) is paid for the months the sentence states; a bound (最高不超过每户) is no standard of
the whole sum, and none is read where a sentence names more than one. The product is
compared as an interval: a whole count is exact, every other figure may be off by half its
last written digit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise
from typing import Protocol

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_money
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: The unit a standard is paid on: a measure, or one character (亩, 人, 户, 台, 盏, 剂 …).
_UNIT = r"人次|平方米|立方米|平方公里|公里|千米|公顷|公斤|千克|[\u4e00-\u9fff]"
#: Periods, not units: “元/年”, “元/月” say how often, not of what.
_NO_UNIT = re.compile(r"[年月日天期批笔项]")
#: “每亩补贴”, “按照每户”: the unit a standard is paid on, right before the figure.
_PER_BEFORE = re.compile(
    rf"每(?P<unit>{_UNIT})(?:[（(][\u4e00-\u9fff、]{{1,4}}[）)])?[\u4e00-\u9fff]{{0,6}}?(?:标准)?(?:为|是)?$"
)
#: “91.07元/亩”, “960元/人·年”: the unit written after the figure, and a period after it.
_PER_AFTER = re.compile(rf"\s*/\s*(?P<unit>{_UNIT})(?:\s*[·・*/]\s*(?P<period>[\u4e00-\u9fff]))?")
#: A bound or an average: the standard is not what the whole sum was paid at.
_BOUND = re.compile(r"最高|最低|不超过|不低于|上限|以内|以上|以下|平均|[均约≤≥<>=＜＞]")
#: A second period (每人每月): the standard of a month, not of the whole sum (a year's
#: standard is the year's sum: 960元/人·年 for the year reported).
_PERIOD = re.compile(r"每[^每]*每(?!年)|[月天日]")
#: The sum paid out: 共计发放, 补贴资金, 兑付金额, or the result of “…元/亩×…亩=”.
_PAID = re.compile(r"共|合计|总计|累计|发放|兑付|拨付|补贴资金|补助资金|奖补资金|资金|金额|[=＝]$")
#: A part, a change or a comparison is no count of the whole.
_NOT_WHOLE = re.compile(r"其中|含|增加|减少|较|比|同比|新增|剩余|未|上年|去年|上一年|同期")
#: A sum planned, not paid: 项目预算资金, 计划安排, 下达.
_PLANNED = re.compile(r"预算|计划|安排|下达|批复|概算|投资|年初")
_ALIASES = {"人": "人|名", "名": "人|名"}
#: The standard shared among levels: the sum may be one level's share of the product.
_LEVEL = re.compile(r"(?:省|市|县|区|乡|镇)级|本级|中央|地方|配套")
_SHARED = re.compile(r"比例分担|按\d+(?:\.\d+)?\s*[:：]\s*\d+|分级负担|共同承担")
_MEASURE = re.compile(r"亩|平方米|立方米|平方公里|公里|千米|公顷|米|吨")
#: “每人每月”: a month's standard, paid for the months the sentence counts (享受10个月).
_MONTHLY = re.compile(r"每[^每月天日]{1,3}每月[\u4e00-\u9fff]{0,6}$")
_MONTHS = re.compile(r"(?<![\d.])(?P<n>\d{1,2})\s*个月")
_STOPS = "，。；：、！？,;:（）()\n"


def standard_of(text: str, money: Quantity) -> tuple[str, bool] | None:
    """The unit a money figure of ``text`` is a standard for (每亩补贴91.07元, 960元/人·年),
    and whether it is a month's (每人每月2,000元, 90元/人·月), when it is one."""
    if _BOUND.search(money.label):
        return None
    after = _PER_AFTER.match(text, money.end)
    if after is not None:
        period = after.group("period")
        ok = not _NO_UNIT.fullmatch(after.group("unit")) and period in (None, "年", "月")
        return (after.group("unit"), period == "月") if ok else None
    before = _PER_BEFORE.search(money.label)
    if before is None or re.match(r"\s*/", text[money.end : money.end + 3]):
        return None  # “每户1000元/年”
    said = money.label[before.start() :]
    monthly = _MONTHLY.match(said) is not None
    if (_PERIOD.search(said) and not monthly) or _NO_UNIT.fullmatch(before.group("unit")):
        return None
    return before.group("unit"), monthly


def per_unit(text: str, money: Quantity) -> str | None:
    """The unit a money figure of ``text`` is a standard for, when it is one."""
    found = standard_of(text, money)
    return found[0] if found is not None else None


def _standard(sentence: Sentence) -> tuple[Quantity, str, bool] | None:
    """The one standard per unit of the sentence."""
    found = []
    for quantity in sentence.quantities:
        if quantity.kind == MONEY and not quantity.approx:
            standard = standard_of(sentence.text, quantity)
            found.extend([(quantity, *standard)] if standard is not None else [])
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True, slots=True)
class Written:
    """A figure as written: its value (in 元 for money), half its last written digit (none
    for an exact count) and its text."""

    value: Decimal
    ulp: Decimal
    text: str


def written(number: str, scale: Decimal, text: str, *, exact: bool = False) -> Written:
    """``number`` (thousands commas allowed) times ``scale``, rounded at its last digit."""
    digits = number.replace(",", "")
    places = len(digits.split(".")[1]) if "." in digits else 0
    ulp = Decimal(0) if exact else Decimal(5).scaleb(-places - 1) * scale
    return Written(Decimal(digits) * scale, ulp, text)


class _Figure(Protocol):
    @property
    def value(self) -> Decimal: ...

    @property
    def ulp(self) -> Decimal: ...


def product_missed(factors: Sequence[_Figure], paid: _Figure) -> Decimal | None:
    """The exact product of ``factors``, when no reading of the written figures within
    their rounding gives ``paid``."""
    exact = low = high = Decimal(1)
    for factor in factors:
        exact *= factor.value
        low *= factor.value - factor.ulp
        high *= factor.value + factor.ulp
    return exact if paid.value + paid.ulp < low or paid.value - paid.ulp > high else None


#: The words that name a count the whole, right before it: 合计共, 共计, 总计.
_WHOLE = re.compile(r"(?:合计|共计|总计|共有|共)$")
_PER_UNIT_YIELD = re.compile(r"(?:每[\u4e00-\u9fff]{1,2}|亩)产[\u4e00-\u9fff]{0,4}$")


def _count(sentence: Sentence, unit: str) -> Written | None:
    """The one figure of ``unit`` in the sentence (160118.88亩, 2.5万亩, 18640剂, 832个行政村),
    when it counts a whole: not a part, a change or a figure in brackets."""
    pattern = re.compile(
        r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<wan>万)?"
        rf"(?:个(?:行政|贫困|脱贫|困难)?)?(?:{_ALIASES.get(unit, re.escape(unit))})"
    )
    found = list(pattern.finditer(sentence.text))
    if len(found) > 1:  # “…合计共132697卷，其中：档案118606卷…”: the whole before its parts
        found = [m for m in found if _WHOLE.search(sentence.text, 0, m.start())][:1]
        opened = sentence.text.find("其中")
        found = found if found and 0 <= found[0].start() < opened else []
    if len(found) != 1:
        return None
    match = found[0]
    before = sentence.text[: match.start()]
    if before.count("（") + before.count("(") > before.count("）") + before.count(")"):
        return None  # “（上年为1000人）”: a figure in brackets
    label = re.split(f"[{_STOPS}]", before)[-1]
    if _NOT_WHOLE.search(label) or re.search(r"[约近超逾余多]$", label):
        return None
    if _PER_UNIT_YIELD.search(label):
        return None  # “每亩产李子1000公斤”: a yield per 亩, not a whole
    number = match.group("num")
    scale = Decimal(10_000) if match.group("wan") else Decimal(1)
    # a whole count of people or things is exact; an area or a weight may be rounded
    exact = "." not in number and scale == 1 and not _MEASURE.fullmatch(unit)
    count = written(number, scale, match.group(0), exact=exact)
    return count if count.value > 0 else None


def _paid(sentence: Sentence, standard: Quantity) -> Quantity | None:
    """The one other sum of money that names what was paid out."""
    others = [
        q
        for q in sentence.quantities
        if q.kind == MONEY and q is not standard and not q.approx and not q.in_brackets
    ]
    if len(others) != 1 or not _PAID.search(others[0].label) or _PLANNED.search(others[0].label):
        return None
    if _SHARED.search(sentence.text) and _LEVEL.search(others[0].label):
        return None  # (省、市、县按5:3:2比例分担，…县级配套资金A: one level's share)
    return None if _NOT_WHOLE.search(others[0].label) else others[0]


def _finding(
    sentence: Sentence, count: Written, standard: Quantity, paid: Quantity, unit: str
) -> ReviewFinding:
    exact = count.value * standard.value
    right = fmt_money(exact, paid.unit)
    message = (
        f"按每{unit}{standard.text}的标准、{count.text}复算，应为{right}，文中写为{paid.text}，"
        "金额与标准、数量之积不符。"
    )
    start, end = min(standard.start, paid.start), max(standard.end, paid.end)
    span = (sentence.start + start, sentence.start + end)
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
    standard, unit, monthly = found
    count = _count(sentence, unit)
    if count is not None and monthly:
        count = _for_months(sentence, count)
    paid = _paid(sentence, standard)
    rule = _as_ruled(sentence, standard)
    if count is None or paid is None or product_missed((count, rule), paid) is None:
        return None
    return _finding(sentence, count, standard, paid, unit + ("每月" if monthly else ""))


def _bracketed(sentence: Sentence) -> list[ReviewFinding]:
    """Amounts each followed by its own standard in brackets (“市级配套资金182.9万元（1000元/
    户），区级配套资金274.35万元（1500元/户）”), each the standard times the sentence's count."""
    findings: list[ReviewFinding] = []
    money = [q for q in sentence.quantities if q.kind == MONEY and not q.approx]
    for paid, standard in pairwise(money):
        gap = sentence.text[paid.end : standard.start]
        if paid.in_brackets or not standard.in_brackets or gap.strip() not in ("（", "("):
            continue
        found = standard_of(sentence.text, standard)
        count = _count(sentence, found[0]) if found else None
        if found is None or count is None or _NOT_WHOLE.search(paid.label):
            continue
        unit, monthly = found
        if monthly:  # “48万元（200元/户·月）”: a month's standard, paid for months
            count = _for_months(sentence, count)
            if count is None:
                continue
            unit += "每月"
        if product_missed((count, _as_ruled(sentence, standard)), paid) is not None:
            findings.append(_finding(sentence, count, standard, paid, unit))
    return findings


#: “按照规定每卷2元的标准”: a standard the rules set, in whole 元, is exact as written.
_RULED = re.compile(r"^\s*(?:/[\u4e00-\u9fff]{1,3})?的?标准")


def _as_ruled(sentence: Sentence, standard: Quantity) -> Quantity:
    """The standard, exact when written in whole 元 and named a 标准 (每卷2元的标准: half a
    yuan either way would be a quarter of it)."""
    whole = "." not in standard.text and standard.unit == "元"
    named = _RULED.match(sentence.text, standard.end) or "规定" in standard.label
    return replace(standard, ulp=Decimal(0)) if whole and named else standard


def _for_months(sentence: Sentence, count: Written) -> Written | None:
    """A month's standard paid to ``count`` for the one number of months the sentence
    states (38人享受10个月: 380 person-months)."""
    months = list(_MONTHS.finditer(sentence.text))
    if len(months) != 1:
        return None
    number = Decimal(months[0].group("n"))
    text = f"{count.text}×{months[0].group(0)}"
    return Written(count.value * number, count.ulp * number, text)


def check_products(doc: ReportDoc) -> list[ReviewFinding]:
    """Sums paid at a standard per unit that are not the standard times the count."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        judged = _judged(sentence)
        findings.extend([judged] if judged is not None else _bracketed(sentence))
    return findings
