"""A rate its two figures do not give, and what either figure would have to be for the rate
to stand: where the rate is written finely enough that one value alone, at the figure's own
places, gives it (195.5 ÷ 230 is 85.00%, written 97.75%: 195.5 ÷ 200 is the only budget to
the unit that gives 97.75%), the finding says so, as the difference check does for a change.
A rate of change over its level (c ÷ (L − c)) leaves a few values for either figure; the
nearest is named only when the figure as written is a slip of the hand from it (2978 for 2798).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import replace
from decimal import ROUND_CEILING
from decimal import ROUND_FLOOR
from decimal import Decimal

from jixiao.core.numbers import HUNDRED
from jixiao.review.model import ReviewFinding
from jixiao.review.slips import ONE_DIGIT
from jixiao.review.slips import one_digit
from jixiao.review.slips import places
from jixiao.review.slips import slip

_CODES = frozenset({"rate-mismatch", "table-rate-mismatch"})
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
#: “195.5÷全年预算数230”, “2万元÷433万元”: a part over a plain whole (not “÷(A＋B)”).
_QUOTIENT = re.compile(
    rf"(?P<part_label>[\u4e00-\u9fff]{{0,10}})(?<![\d.])(?P<part>{_NUMBER})"
    r"(?P<part_unit>[万亿]?元|人次|人|个|项|户|次)?÷"
    rf"(?P<whole_label>[\u4e00-\u9fff]{{0,14}}?)(?P<whole>{_NUMBER})"
    r"(?P<whole_unit>[万亿]?元|人次|人|个|项|户|次)?(?![\d.])"
)
#: A rate written to decimals and three significant digits or more (97.75%, 108.70%,
#: 96.00%): a coarser one (19%, 100%) leaves too wide a span for its figures to be named.
_FINE = 3


def _fine(rate: str) -> bool:
    return "." in rate and len(rate.replace(".", "").lstrip("0")) >= _FINE


_RATE = re.compile(r"^\s*(?P<rate>\d+(?:\.\d+)?)\s*%")


def _only_value(low: Decimal, high: Decimal, step: Decimal) -> Decimal | None:
    """The one multiple of ``step`` within [low, high], or None when there are none or
    several."""
    first = (low / step).to_integral_value(ROUND_CEILING) * step
    last = (high / step).to_integral_value(ROUND_FLOOR) * step
    return first if first == last and first > 0 else None


def _needed(part: str, whole: str, rate: str) -> tuple[Decimal | None, Decimal | None]:
    """The part and the whole that would give ``rate`` with the other figure as written."""
    n, d, r = Decimal(part), Decimal(whole), Decimal(rate)
    half = places(rate) / 2
    low, high = (r - half) / HUNDRED, (r + half) / HUNDRED
    if low <= 0:
        return None, None
    new_part = _only_value(low * d, high * d, places(part))
    new_whole = _only_value(n / high, n / low, places(whole))
    return new_part, new_whole


@dataclass(frozen=True, slots=True)
class _Side:
    """A figure of the rate as its message writes it: its name (if any), digits and unit."""

    label: str
    figure: str
    unit: str

    def needs(self, new: Decimal) -> str:
        """“全年预算数应为200”, or, unnamed, “24万元应为28万元”."""
        label = re.split(r"为|是|的|按", self.label)[-1].lstrip("年度")  # (…应为全年执行数)
        named = label or self.figure + self.unit
        return f"{named}应为{new}{self.unit}"

    def slipped(self, new: Decimal) -> str:
        """“2978万元疑为2798万元之误（相邻两位数字颠倒）”."""
        return f"{self.figure}{self.unit}疑为{new}{self.unit}之误（{_typed(self.figure, new)}）"


#: “按报告所列数据（265.4万元、231.08万元）复算”: the two figures, whole first.
_LISTED = re.compile(
    rf"数据[（(](?P<whole>{_NUMBER})(?P<whole_unit>[万亿]?元|人次|人|个|项|户|次)?[、，,]"
    rf"(?P<part>{_NUMBER})(?P<part_unit>[万亿]?元|人次|人|个|项|户|次)?[）)]"
)


#: “收入15.8万元，前文所列其预算为200万元”: the part, then the budget it is a share of.
_NAMED_BUDGET = re.compile(
    rf"(?<![\d.])(?P<part>{_NUMBER})(?P<part_unit>[万亿]?元)?，前文所列其预算为"
    rf"(?P<whole>{_NUMBER})(?P<whole_unit>[万亿]?元)?"
)


def _sides(finding: ReviewFinding) -> tuple[_Side, _Side] | None:
    """The part and the whole of the rate, when the message names them once and they give
    the rate it recomputes."""
    found = [
        *_QUOTIENT.finditer(finding.message),
        *_LISTED.finditer(finding.message),
        *_NAMED_BUDGET.finditer(finding.message),
    ]
    if len(found) != 1:
        return None
    match = found[0]
    sides = tuple(
        _Side(
            match.groupdict().get(f"{side}_label") or "",
            match.group(side).replace(",", ""),
            match.group(f"{side}_unit") or "",
        )
        for side in ("part", "whole")
    )
    part, whole = sides
    recomputed = _RATE.match(finding.recomputed or "")
    if recomputed is None or not Decimal(whole.figure):
        return None
    exact = Decimal(part.figure) / Decimal(whole.figure) * HUNDRED
    told = recomputed.group("rate")
    return (part, whole) if exact.quantize(places(told)) == Decimal(told) else None


#: “2,978万元÷(28,583万元－2,978万元)”: a change over the level it changed from (the level
#: now less an increase, or plus a decrease).
_CHANGE = re.compile(
    rf"(?<![\d.])(?P<part>{_NUMBER})(?P<unit>[万亿]?元|人次|人|个|项|户|次)?÷[(（]"
    rf"(?P<whole>{_NUMBER})(?P=unit)?(?P<sign>[－＋])(?P=part)(?P=unit)?[)）]"
)


def _needed_change(part: str, level: str, rate: str, down: bool) -> tuple[Decimal | None, ...]:
    """The change and the level now that would give ``rate`` with the other as written: the
    rate is c ÷ (L − c) for an increase, c ÷ (L + c) for a decrease."""
    c, n, r = Decimal(part), Decimal(level), Decimal(rate)
    half = places(rate) / 2
    low, high = (r - half) / HUNDRED, (r + half) / HUNDRED
    if low <= 0 or (down and high >= 1):
        return None, None
    sign = -1 if down else 1  # c = r·L ÷ (1 ± r), L = c ÷ r ± c, c rising with r
    r = r / HUNDRED
    new_part = _nearest(low * n / (1 + sign * low), high * n / (1 + sign * high), places(part))
    new_level = _nearest(c / high + sign * c, c / low + sign * c, places(level))
    return (
        (r * n / (1 + sign * r)).quantize(places(part)) if new_part else None,
        (c / r + sign * c).quantize(places(level)) if new_level else None,
    )


#: The most values at a figure's places a rate's rounding may leave for it to be named.
_FEW = 3


def _nearest(low: Decimal, high: Decimal, step: Decimal) -> bool:
    """[low, high] holds a value at ``step`` and no more than a few."""
    first = (low / step).to_integral_value(ROUND_CEILING)
    last = (high / step).to_integral_value(ROUND_FLOOR)
    return 0 < first <= last < first + _FEW


def _typed(figure: str, new: Decimal) -> str | None:
    """How ``figure`` is ``new`` typed wrong: digits swapped, the point moved, one digit."""
    return slip(figure, str(new)) or (ONE_DIGIT if one_digit(figure, str(new)) else None)


def _change_sides(finding: ReviewFinding) -> tuple[_Side, _Side, bool] | None:
    found = list(_CHANGE.finditer(finding.message))
    if len(found) != 1:
        return None
    match = found[0]
    unit = match.group("unit") or ""
    part = _Side("", match.group("part").replace(",", ""), unit)
    level = _Side("", match.group("whole").replace(",", ""), unit)
    return part, level, match.group("sign") == "＋"


def _variants(figure: str) -> set[str]:
    """``figure`` with two neighbouring digits swapped or its point moved one place."""
    found = set()
    for at in range(len(figure) - 1):
        pair = figure[at : at + 2]
        if "." not in pair and pair[0] != pair[1]:
            swapped = figure[:at] + pair[::-1] + figure[at + 2 :]
            if not re.match(r"0\d", swapped):
                found.add(swapped)
    value = Decimal(figure)
    found.update(f"{(value * k).normalize():f}" for k in (Decimal(10), Decimal("0.1")))
    return found - {figure}


def _with_slip(finding: ReviewFinding, rate: str) -> ReviewFinding:
    """A rate written too coarsely to name a figure by its value still names the one figure
    that a slip of the hand (digits swapped, the point moved) would make give it, to a place
    finer than the rate is written (100% is 670.47 over 670.47, not 667.47 over it)."""
    sides = _sides(finding)
    if sides is None:
        return finding
    part, whole = sides
    stated, half = Decimal(rate), places(rate) / 20  # (to a place finer than written)
    found: list[tuple[_Side, Decimal]] = []
    for side, other, over in ((part, whole, False), (whole, part, True)):
        for variant in _variants(side.figure):
            n, d = (other.figure, variant) if over else (variant, other.figure)
            if Decimal(d) and abs(Decimal(n) / Decimal(d) * HUNDRED - stated) <= half:
                found.append((side, Decimal(variant)))
    if len(found) != 1:
        return finding
    side, meant = found[0]
    return replace(finding, message=f"{finding.message}若比率无误，{side.slipped(meant)}。")


def _with_needed(finding: ReviewFinding) -> ReviewFinding:
    rate = _RATE.match(finding.stated or "")
    if rate is None:
        return finding
    if not _fine(rate.group("rate")):
        return _with_slip(finding, rate.group("rate"))
    changed = _change_sides(finding)
    sides = _sides(finding) if changed is None else changed[:2]
    if sides is None:
        return finding
    part, whole = sides
    new_part, new_whole = (
        _needed(part.figure, whole.figure, rate.group("rate"))
        if changed is None
        else _needed_change(part.figure, whole.figure, rate.group("rate"), changed[2])
    )
    pairs = [(side, new) for side, new in ((part, new_part), (whole, new_whole)) if new]
    if changed is not None:  # (named only as a slip: the nearest of a few values)
        told = [side.slipped(new) for side, new in pairs if _typed(side.figure, new)]
        return (
            replace(finding, message=f"{finding.message}若比率无误，{told[0]}。")
            if told
            else finding
        )
    told = [side.needs(new) for side, new in pairs if new != Decimal(side.figure)]
    if not told:
        return finding
    return replace(finding, message=f"{finding.message}若比率无误，则{'，或'.join(told)}。")


def name_needed(findings: list[ReviewFinding]) -> list[ReviewFinding]:
    """Each rate its figures do not give says what either figure would have to be, where the
    rate as written leaves one value for it."""
    return [_with_needed(f) if f.code in _CODES else f for f in findings]
