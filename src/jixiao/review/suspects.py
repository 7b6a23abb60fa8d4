"""A total its listed parts miss, and which part to suspect. A part typed with two
neighbouring digits swapped is the commonest slip by hand:

    资金19204.096万元，其中央省14059.11万元、市级1929万元、县级3845.986万元

The parts make 19834.096, 630 over; 1929 less 630 is 1299, the same digits with two swapped:
the finding names 1929 as the likely slip. With two parts and no such swap, either may be the
wrong one, and the finding gives what each would have to be (as the difference check does).
With more, the one figure whose point moved, or else the one figure a single digit typed wrong
would make right (80 for 50), is named.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from jixiao.review.knock_ons import FIGURE
from jixiao.review.model import ReviewFinding
from jixiao.review.slips import MOVED_POINT
from jixiao.review.slips import ONE_DIGIT
from jixiao.review.slips import SWAPPED
from jixiao.review.slips import corrected
from jixiao.review.slips import one_digit
from jixiao.review.slips import slip
from jixiao.review.text.quantities import Quantity

_CODES = frozenset(
    {"sum-mismatch", "sum-short", "score-mismatch", "weight-total-mismatch", "score-total-mismatch"}
)
#: A name quoted in a message (“效益指标(30分)”): its figures are no parts.
_QUOTED = re.compile(r"“[^”]*”")


def _value(text: str | None) -> Decimal | None:
    digits = _digits(text or "")
    return Decimal(digits) if digits else None


def _parts(message: str, told: tuple[Decimal, ...]) -> list[str]:
    """The figures of a sum's message that are its parts: not the total, the sum or the gap
    (each passed over once, the gap from the end)."""
    # (“所列3项合计…”: a count of the parts, no part; “效益指标(30分)”: a name)
    plain = _QUOTED.sub(lambda m: " " * len(m.group(0)), message)
    figures = [m.group(0) for m in FIGURE.finditer(plain) if plain[m.end() : m.end() + 1] != "项"]
    values = [Decimal(f.replace(",", "")) for f in figures]
    drop: set[int] = set()
    for number, from_end in zip(told, (False, False, True), strict=True):
        order = range(len(values) - 1, -1, -1) if from_end else range(len(values))
        at = next((i for i in order if i not in drop and values[i] == number), None)
        if at is not None:
            drop.add(at)
    return [figure for i, figure in enumerate(figures) if i not in drop]


def _suspects(
    parts: list[str], gap: Decimal, total: str, unit: str, whole: str = "总数"
) -> str | None:
    """The figures that, written as a slip of the hand, make the sum miss its total — every
    swap of two neighbouring digits (the total's own first) — or, with two parts and no such
    swap, what each part would have to be, else the one figure with its point moved. The
    total is told as ``whole`` (总数, or 该指标分值 for a label's weight over its rows)."""
    fixes = [(_digits(part), corrected(part, gap)) for part in parts]  # (plain, as stated)
    sole = [p for p, fix in fixes if fix == _digits(total)]  # 238.93 + 0 + 0: either is it
    if sole and slip(_digits(total), sole[0]) == SWAPPED:
        return f"{whole}{_digits(total)}{unit}与分项{sole[0]}{unit}其一疑有误（{SWAPPED}）。"
    named = [("", p, fix) for p, fix in fixes if fix]
    total_fix = corrected(total, -gap) if total else None
    if total_fix:
        named.insert(0, (whole, _digits(total), total_fix))
    among = sum(1 for figure in (total, *parts) if figure and Decimal(_digits(figure) or 0))
    swapped = _slipped(named, unit, whole, (SWAPPED,), among)
    if swapped:
        return swapped
    fixes = [(part, fix) for part, fix in fixes if Decimal(part)]  # (12 + 0 + 1: two parts)
    if len(fixes) != 2 or not all(fix for _, fix in fixes):
        return _slipped(named, unit, whole, (MOVED_POINT, ONE_DIGIT), among)
    (one, fix_one), (other, fix_other) = fixes
    if one == other:
        return f"若{whole}无误，则其中一项{one}{unit}应为{fix_one}{unit}。"
    return (
        f"若{whole}无误，则{one}{unit}应为{fix_one}{unit}，或{other}{unit}应为{fix_other}{unit}。"
    )


#: Two figures each one digit from what would make the sum (15人 for 13, or 4人 for 2) are
#: named only among four figures or more: with fewer, naming both clears none.
_TWO_TYPED_AMONG = 4


def _slipped(
    named: list[tuple[str, str, str]],
    unit: str,
    whole: str,
    kinds: tuple[str, ...],
    among: int,
) -> str | None:
    """The figures (who, as written, as it should be) that are a slip of the first of
    ``kinds`` that names any, ``among`` figures in all: every swap, or the one moved point,
    or the one (or, among many, two) figures one digit typed wrong."""
    for kind in kinds:
        if kind == ONE_DIGIT:
            found = [(who, p, fix) for who, p, fix in named if one_digit(p, fix)]
        else:
            found = [(who, p, fix) for who, p, fix in named if slip(p, fix) == kind]
        two = kind == ONE_DIGIT and len(found) == 2 and among >= _TWO_TYPED_AMONG
        few = len(found) == 1 or two  # (10分 and 10分 again: two figures, either may be it)
        if found and (kind == SWAPPED or few):
            return _told(found, unit, whole) + f"（{kind}）。"
    return None


def slipped_figure(moves: list[tuple[str, Quantity, Decimal]]) -> str | None:
    """Which of ``moves`` (who, the figure, how far its value must move for the statement
    to hold; all in one unit) is likely a slip of the hand: “期初数135382万元疑为135832万元之
    误（相邻两位数字颠倒）。”."""
    units = {_unit(figure.text) for _, figure, _ in moves}
    if len(units) != 1 or not all(figure.value for _, figure, _ in moves):
        return None
    named = []
    for who, figure, gap in moves:
        written = _digits(figure.text)
        fix = corrected(written, gap * Decimal(written) / figure.value)
        named.extend([(who, written, fix)] if fix is not None else [])
    return _slipped(named, units.pop(), "", (SWAPPED, MOVED_POINT, ONE_DIGIT), len(moves))


def _told(named: list[tuple[str, str, str]], unit: str, whole: str) -> str:
    """“总数3382万元疑为3328万元之误，或…”; a part first is told as 若总数无误."""
    said = "，或".join(f"{who}{figure}{unit}疑为{fix}{unit}之误" for who, figure, fix in named)
    return said if named[0][0] else f"若{whole}无误，" + said


def _digits(figure: str) -> str:
    found = FIGURE.search(figure)
    return "" if found is None else found.group(0).replace(",", "")


def _unit(text: str) -> str:
    """The unit written after a figure (万元, 人, 个), or none."""
    found = FIGURE.search(text)
    return "" if found is None else text[found.end() :].strip()


def _with_suspect(finding: ReviewFinding) -> ReviewFinding:
    stated, added = _value(finding.stated), _value(finding.recomputed)
    if stated is None or added is None or stated == added:
        return finding
    gap = stated - added
    parts = _parts(finding.message, (stated, added, abs(gap)))
    if sum((Decimal(_digits(part)) for part in parts), Decimal(0)) != added:
        return finding  # the message lists no parts that make the sum (a gap's two levels)
    weights = finding.code == "weight-total-mismatch"  # (a label's weight over its rows')
    unit = _unit(finding.recomputed or "") or ("分" if weights else "")
    total = FIGURE.search(finding.stated or "")
    whole = "该指标分值" if weights else "总数"
    said = _suspects(parts, gap, "" if total is None else total.group(0), unit, whole)
    return finding if said is None else replace(finding, message=finding.message + said)


def name_suspects(findings: list[ReviewFinding]) -> list[ReviewFinding]:
    """Each sum that misses its total names the part likely typed wrong, where one is."""
    return [_with_suspect(f) if f.code in _CODES else f for f in findings]
