"""A total told with its change over last year, split after its 其中 into parts told the same
way:

    全市累计完成一般公共预算收入126.05亿元，同比增加2.25亿元。其中：地方财政收入完成80.18亿元，
    增加2.79亿元；上划中央收入完成37.78亿元，减少0.46亿元；上划省级收入完成8.09亿元，减少766万元

The changes, signed, make the total's exactly (2.79 − 0.46 − 0.0766 = 2.25): the parts are
the whole, and their levels must make the total's level too. The other way round is weaker —
a kind left out may have spent nothing this year and still have changed (因公出国 nil this
year, 4.20万元 last) — so levels that add up make the changes a sum only when the parts name
all of a known whole (税收收入 and 非税收入) and every change goes one way.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.partitions import names_whole
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import role

MIN_PARTS = 2
#: The most of the total a slip in the levels is taken to move it by.
_SLIP_SHARE = Decimal("0.05")
#: A change said right after a level (“，同比增加2.25亿元”, “，减少766万元”): its way.
_CHANGE = re.compile(
    r"(?:(?:比|较|同比)[^，,；;。]{0,12}?|^[，,]\s*)"
    r"(?P<way>增收|增加|增支|多支|减收|减少|减支|少支)了?$"
)
#: “…80.18亿元，增加2.79亿元”: a change right after its level, its label cut at the comma.
_BARE_CHANGE = re.compile(r"[，,]\s*(?P<way>增收|增加|增支|多支|减收|减少|减支|少支)了?\s*$")


def _ahead(q: Quantity) -> int:
    """Where the words of a bare change may start: a few characters before the figure."""
    return max(0, q.start - 6)


#: The words a label keeps after the last figure glued into it.
GLUED_FIGURE = re.compile(r"\d[\d.,]*(?:%|[万亿]?元)")

Told = tuple[Quantity, Decimal | None]  # an amount, and its signed change when it is one


def holds(total: Quantity, parts: list[Quantity]) -> bool:
    """The parts make the total: exactly, or within the rounding of figures written with
    decimals (parts of two places may miss by 0.01; whole amounts are taken as exact)."""
    return _within(total.value, total, [q.value for q in parts], parts)


def _within(value: Decimal, total: Quantity, values: list[Decimal], parts: list[Quantity]) -> bool:
    gap = abs(sum(values, Decimal(0)) - value)
    if "." not in total.text and all("." not in q.text for q in parts):
        return gap == 0
    return gap <= total.ulp + sum((q.ulp for q in parts), Decimal(0))


def _told(sentence: Sentence, start: int, end: int) -> list[Told]:
    found: list[Told] = []
    for q in sentence.quantities:
        if not start <= q.start < end or q.kind != MONEY or q.approx or q.in_brackets:
            continue
        label = GLUED_FIGURE.split(q.label)[-1]
        change = _CHANGE.search(label) or _BARE_CHANGE.search(sentence.text[_ahead(q) : q.start])
        if change is None:
            found.append((q, None))
            continue
        down = "减" in change.group("way") or "少" in change.group("way")
        found.append((q, -q.value if down else q.value))
    return found


def _pairs(told: list[Told]) -> list[tuple[Quantity, Quantity, Decimal]] | None:
    """The (level, change) pairs of ``told`` when it is exactly that, pair after pair."""
    if len(told) % 2 or not told:
        return None
    pairs = []
    for (level, own), (change, signed) in zip(told[0::2], told[1::2], strict=True):
        if own is not None or signed is None:
            return None
        pairs.append((level, change, signed))
    return pairs


#: “，完成年初预算数60999万元的40.4%”: an amount that is a rate's base, not the level.
_BASE_OF = re.compile(r"^\s*的\s*\d")


def _whole(sentence: Sentence, told: list[Told]) -> list[Told]:
    """The total's level and its change: the change last, and the level the last amount
    before it that is neither a plan nor a rate's base."""
    if not told or told[-1][1] is None:
        return []
    levels = [
        t
        for t in told[:-1]
        if t[1] is None
        and role(t[0].label) != "plan"
        and not _BASE_OF.match(sentence.text[t[0].end :])
    ]
    return [levels[-1], told[-1]] if levels else []


def level_change_claims(sentence: Sentence, mark: int, end: int) -> list[SumClaim]:
    """The column that fails where the other makes its total: levels or changes."""
    whole = _pairs(_whole(sentence, _told(sentence, 0, mark)))
    parts = _pairs(_told(sentence, mark, end))
    if whole is None or parts is None or len(parts) < MIN_PARTS:
        return []
    ((level, change, signed),) = whole
    levels = [p[0] for p in parts]
    changes = [p[1] for p in parts]
    changes_hold = _within(signed, change, [p[2] for p in parts], changes)
    gap = abs(sum((q.value for q in levels), Decimal(0)) - level.value)
    # (a slip moves a level a little; a part left out for not changing, a lot)
    if changes_hold and not holds(level, levels) and gap <= level.value * _SLIP_SHARE:
        return [SumClaim(sentence, level, tuple(levels), (), declared=True)]
    one_way = len({s < 0 for *_, s in [*whole, *parts]}) == 1
    named = [part for part in re.split(r"[；;]", sentence.text[mark:end]) if part.strip()]
    if holds(level, levels) and not changes_hold and one_way and names_whole(named):
        return [SumClaim(sentence, change, tuple(changes), (), declared=True)]
    return []
