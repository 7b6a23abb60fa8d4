"""A 资金 row of whole amounts glued to its 执行率 (“年度资金总额:4000400098%”), read only
when no way of cutting the figures gives the stated rate.

Whole amounts glued together can be cut many ways (4000 | 4000, 400 | 0400 …) and the rate's
own digits run into them (98% or 8%). Every cut is tried — two or three amounts as the header
has money columns (the 年初预算数 may be blank), with or without a 分值 between the amounts
and the rate, every length of the rate — and the row is taken as wrong only when none of them
gives the rate it states. It is then shown cut into amounts of equal length, the way a clerk
who typed the same budget twice would have written it; with no such cut, nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.funds import IMPLIED_WEIGHT
from jixiao.review.tables.funds import FundsRow

#: The label of the total or of a source row, then the glued run up to the rate's %.
_ROW = re.compile(
    r"(?:年度(?:财政)?资金总额|合计|总计|其中[:：]?\s*[\u4e00-\u9fff、]{2,16}?"
    r"|(?:中央|地方|省级?|市级?|县级?|区级?|本级)(?:财政)?(?:补助)?资金|上年结转资金|其他资金"
    r"|(?:本年|当年)财政拨款|自筹资金|单位资金|债券资金|社会资本)\s*[:：]?\s*"
    r"(?P<run>[1-9]\d{4,23}(?:\.\d{1,2})?)%(?P<score>\d{1,2}(?:\.\d{1,2})?(?![\d.%]))?"
)
_HEADER = re.compile(r"预算数\s*[（(]?A[）)]?.{0,40}执行数\s*[（(]?B[）)]?.{0,12}执行率")
_HEADER_REACH = 240
_WEIGHT = re.compile(r"分值|权重")
_MAX_RATE = Decimal(300)  # spent beyond the budget (2000 | 2100 | 105%) is a reading too
_MAX_WEIGHT = 30
_MIN_BUDGET = 10
_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class _Reading:
    amounts: tuple[str, ...]
    rate: str
    weight: str | None = None

    def gives_rate(self) -> bool:
        """The last amount over the one before it gives the rate, within the rounding of the
        rate's last digit and of whole amounts."""
        budget, executed = Decimal(self.amounts[-2]), Decimal(self.amounts[-1])
        if budget == 0:
            return False
        rate = Decimal(self.rate)
        places = len(self.rate.partition(".")[2])
        slack = Decimal(5).scaleb(-places - 1) + _HUNDRED * (
            Decimal("0.5") / budget + Decimal("0.5") * executed / budget / budget
        )
        return abs(executed / budget * _HUNDRED - rate) <= slack

    def plausible(self) -> bool:
        """No more spent than budgeted."""
        return int(self.amounts[-1]) <= int(self.amounts[-2])

    def even(self) -> bool:
        return len({len(a) for a in self.amounts}) == 1


def _cuts(digits: str, pieces: int) -> Iterator[tuple[str, ...]]:
    """``digits`` cut into ``pieces`` figures, none with a leading zero (0 alone may stand)."""
    if pieces == 1:
        if digits and (digits == "0" or not digits.startswith("0")):
            yield (digits,)
        return
    for end in range(1, len(digits) - pieces + 2):
        head = digits[:end]
        if head != "0" and head.startswith("0"):
            continue
        for rest in _cuts(digits[end:], pieces - 1):
            yield (head, *rest)


def _readings(run: str, initial: bool, weighted: bool) -> Iterator[_Reading]:
    """Every cut of ``run``: the amounts the header has (a 年初预算数 perhaps blank), a
    分值 after them where the header names one, the rate's digits of every length."""
    digits, _, decimals = run.partition(".")
    counts = (2, 3) if initial else (2,)
    for size in (1, 2, 3):
        head, rate = digits[:-size], digits[-size:]
        if len(rate) > 1 and rate.startswith("0"):
            continue
        rate_text = f"{rate}.{decimals}" if decimals else rate
        if Decimal(rate_text) > _MAX_RATE:
            continue
        for count in counts:
            for cut in _cuts(head, count):
                yield from _spent(_Reading(cut, rate_text))
            if not weighted:
                continue
            for cut in _cuts(head, count + 1):
                if 0 < int(cut[-1]) <= _MAX_WEIGHT:
                    yield from _spent(_Reading(cut[:-1], rate_text, cut[-1]))


def _spent(reading: _Reading) -> Iterator[_Reading]:
    """The reading, unless it says nothing: a rate of nothing (“…100%” read as …10 | 0%), or
    a budget under 10, whose rounding would let any rate through."""
    if Decimal(reading.rate) > 0 and int(reading.amounts[-2]) >= _MIN_BUDGET:
        yield reading


def _all_readings(run: str, header: str) -> list[_Reading]:
    rate_at = header.rfind("执行率")
    weighted = _WEIGHT.search(header, 0, max(rate_at, 0)) is not None
    return list(_readings(run, "年初预算" in header, weighted))


def _sure_rate(run: str, header: str) -> str | None:
    """The rate every reading that gives its rate agrees on (None: none, or several)."""
    rates = {r.rate for r in _all_readings(run, header) if r.gives_rate()}
    return rates.pop() if len(rates) == 1 else None


def _sure_weighted(run: str, header: str) -> _Reading | None:
    """The one reading with a 分值 that gives its rate, when no other reading gives one."""
    giving = {r for r in _all_readings(run, header) if r.gives_rate()}
    return giving.pop() if len(giving) == 1 and next(iter(giving)).weight else None


def _wrong(run: str, header: str) -> _Reading | None:
    """The reading to show when no reading of ``run`` under ``header`` gives its rate."""
    readings = _all_readings(run, header)
    if not readings or any(r.gives_rate() for r in readings):
        return None
    even = [r for r in readings if r.even() and len(r.amounts) == 2 and r.plausible()]
    return max(even, key=lambda r: len(r.rate)) if even else None


def _figure(text: str, percent: bool = False) -> Figure:
    return Figure(Decimal(text), percent, f"{text}%" if percent else text)


def glued_whole_funds(doc: ReportDoc) -> list[FundsRow]:
    """The 资金 rows of whole amounts glued to a rate that no cut of them gives."""
    rows: list[FundsRow] = []
    before = ""
    for paragraph in doc.paragraphs:
        for match in _ROW.finditer(paragraph.text):
            header = (before + paragraph.text[: match.start()])[-_HEADER_REACH:]
            row = _row(paragraph, match, header) if _HEADER.search(header) else None
            if row is not None:
                rows.append(row)
        before = (before + paragraph.text)[-_HEADER_REACH:]
    return rows


def _scored(paragraph: Paragraph, match: re.Match[str], header: str) -> FundsRow | None:
    """A row that gives its rate, with the 得分 after it and the 分值 in the header
    (“得分(20分*执行率)”): the rate and score, for the score's check."""
    weight, score = IMPLIED_WEIGHT.search(header), match.group("score")
    if weight is None and score is not None:
        return _weighted(paragraph, match.group("run"), score, header)
    rate = _sure_rate(match.group("run"), header) if weight and score else None
    if rate is None or weight is None or score is None:
        return None
    columns = {
        "weight": _figure(weight.group("weight")),
        "rate": _figure(rate, percent=True),
        "score": _figure(score),
    }
    return FundsRow(paragraph, columns, True, {})


def _weighted(paragraph: Paragraph, run: str, score: str, header: str) -> FundsRow | None:
    """A row whose cells split one way only into amounts, 分值 and a rate they give
    (“202010100.00%10”: 20 | 20 | 10 | 100.00% and the 得分 10)."""
    reading = _sure_weighted(run, header)
    if reading is None or reading.weight is None or len(reading.amounts) != 2:
        return None
    budget, executed = reading.amounts
    columns = {
        "budget": _figure(budget),
        "executed": _figure(executed),
        "weight": _figure(reading.weight),
        "rate": _figure(reading.rate, percent=True),
        "score": _figure(score),
    }
    return FundsRow(paragraph, columns, True, {})


#: How far (points) the rate of the one cut meant may stand from the stated rate.
_NEAR_POINTS = Decimal(2)


def _off(reading: _Reading) -> Decimal:
    """How far the rate the two amounts give is from the stated one, in points."""
    budget, executed = (Decimal(a) for a in reading.amounts)
    return abs(executed / budget * _HUNDRED - Decimal(reading.rate))


def _near(run: str, header: str) -> _Reading | None:
    """The one cut into two amounts whose rate is within a slip of the stated one, of its
    order of size (“1484631.00%”: 148 | 46 give 31.08%, no other cut comes near), when no
    cut gives the stated rate to its last digit: the rate was written wrong."""
    readings = [r for r in _all_readings(run, header) if len(r.amounts) == 2 and not r.weight]
    exact = Decimal(5).scaleb(-len(readings[0].rate.partition(".")[2]) - 1) if readings else 0
    if any(_off(r) <= exact for r in readings):
        return None
    near = [r for r in readings if _off(r) <= _NEAR_POINTS and r.plausible() and _sized(r)]
    return near[0] if len(near) == 1 else None


def _sized(reading: _Reading) -> bool:
    """The amounts give a rate within half and twice the stated one (a cut giving 0.02% for
    a stated 1.00% has glued a digit of the rate into an amount)."""
    budget, executed = (Decimal(a) for a in reading.amounts)
    rate = Decimal(reading.rate)
    return rate / 2 <= executed / budget * _HUNDRED <= rate * 2


def _row(paragraph: Paragraph, match: re.Match[str], header: str) -> FundsRow | None:
    reading = _wrong(match.group("run"), header) or _near(match.group("run"), header)
    if reading is None:
        return _scored(paragraph, match, header)
    budget, executed = reading.amounts
    columns = {
        "budget": _figure(budget),
        "executed": _figure(executed),
        "rate": _figure(reading.rate, percent=True),
    }
    return FundsRow(paragraph, columns, True, {})
