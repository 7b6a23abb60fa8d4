"""How far a total may stand from the sum of its parts: the rounding the figures written
allow, and the lists short of their total that are still meant to be the whole (nearly all
of it, or short by what one mistyped digit leaves)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP
from decimal import Decimal

from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MEASURE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import SCORE
from jixiao.review.text.quantities import Quantity


def tolerance(total: Quantity, parts: tuple[Quantity, ...]) -> Decimal:
    """Counts and scores add exactly; money may differ by one unit of its coarsest digit (尾差),
    except that parts written coarser than a total whose precision other parts share are
    exact."""
    figures = (total, *parts)
    if total.kind in (COUNT, SCORE):
        if all(q.ulp == Decimal("0.5") for q in figures):
            return Decimal(0)
        return 2 * min(q.ulp for q in figures)
    fine = [q for q in parts if q.ulp <= total.ulp]
    if fine:  # 89.97 = 30 + 30 + 29.99: whole 30s beside a 29.99 are exact, not rounded
        unit = 2 * max(q.ulp for q in (total, *fine))
        finer = [q.ulp for q in fine if q.ulp < total.ulp]
        if not finer:
            return unit
        # a total written coarser than its parts is their sum rounded: within its half unit
        # and the parts' own, the parts all read at the finest precision one of them shows
        # (269,847,166.9 is not 269,847,166.81 rounded; 1586 is not 43.8 + 43 + 1500)
        return min(unit, total.ulp + min(finer) * len(fine))
    return 2 * max(q.ulp for q in figures)


#: Parts each within their total but together this many times it are nested or overlapping
#: figures, not its parts.
OVERLAPPING = Decimal("1.5")
#: A list of this many parts covering this share of its total is meant to be the whole.
NEARLY_ALL_PARTS = 3
NEARLY_ALL_SHARE = Decimal("0.9")


def nearly_all(total: Quantity, parts: tuple[Quantity, ...], added: Decimal) -> bool:
    """Three or more parts of money or counts that cover nine tenths of the total or more."""
    return (
        total.kind in (MONEY, COUNT, MEASURE)
        and len(parts) >= NEARLY_ALL_PARTS
        and added >= total.value * NEARLY_ALL_SHARE
    )


#: A gap this small a share of its total, shaped like a slip of one digit, is no part left out.
SLIP_SHARE = Decimal("0.01")
#: The significant digits of a gap one wrong digit (1…9) or two swapped digits (9 × 1…9) leave.
_SLIP_DIGITS = frozenset(range(1, 10)) | frozenset(9 * d for d in range(1, 10))


#: A gap that two swapped digits of one written figure close exactly, this share of its total
#: at most, is that figure typed wrong (414.45 + 337 for 787.45: 337 written for 373; a
#: swap in the hundreds of the largest part, 1470 for 1740, passes a tenth).
SWAP_SHARE = Decimal("0.15")


def _swaps(figure: Quantity) -> Iterator[Decimal]:
    """What swapping each two neighbouring digits of ``figure`` as written adds to it."""
    step = 2 * figure.ulp
    if not step:
        return
    digits = str(int(figure.value / step))
    for at in range(len(digits) - 1):
        if digits[at] != digits[at + 1]:
            swapped = digits[:at] + digits[at + 1] + digits[at] + digits[at + 2 :]
            yield (int(swapped) - int(digits)) * step


def _swap_gap(total: Quantity, parts: tuple[Quantity, ...], gap: Decimal) -> bool:
    """(also of people counted: 48 + 56 for 113, 56 written for 65)"""
    if total.kind not in (MONEY, COUNT) or not 0 < gap <= total.value * SWAP_SHARE:
        return False
    return any(gap in _swaps(part) for part in parts) or -gap in _swaps(total)


def slip_gap(total: Quantity, parts: tuple[Quantity, ...], added: Decimal) -> bool:
    """Money parts short of their total by a gap one mistyped or two swapped digits leave
    (8353 + 2068 for 10441: 20; 95.34 + 153.3 for 248.73: 0.09), within a hundredth of it,
    or three twentieths when swapping two digits of one figure closes it: a part typed
    wrong, not one the list leaves out."""
    gap = total.value - added
    if _swap_gap(total, parts, gap) or _moved_point(total, parts, gap):
        return True
    if total.kind != MONEY or not 0 < gap <= total.value * SLIP_SHARE:
        return False
    finest = min(2 * q.ulp for q in (total, *parts))  # the last digit written, 0.01 or 1
    if all(q.value % (10 * finest) == 0 for q in (total, *parts)):
        return False  # round figures (1000 over 600 and 390): a round part left out
    return _slip_digits(gap, finest)


#: A part written with its point moved one or two places left is short of itself by nine or
#: ninety-nine times what is written (2.2 for 22: 19.8).
_POINT_MOVES = (Decimal(9), Decimal(99))
#: …, read so only when the list holds three quarters of its total at least: a list of
#: some parts only may fall short by any gap, nine times a part's among them.
MOVED_SHARE = Decimal("0.25")
#: …, unless the parts are the levels of government that fund it (中央, 省级 …), which a
#: list names all of.
_LEVELS = re.compile(r"中央|省级|市级|县级|区级|本级|地方")


def _moved_point(total: Quantity, parts: tuple[Quantity, ...], gap: Decimal) -> bool:
    """Money parts short of their total by what one part's misplaced point leaves (22 written
    2.2, 120000 written 12000), the total not round: a round part left out may leave any
    gap, and nine times a part that is one digit and zeros is too likely to be one."""
    if total.kind != MONEY or gap <= 0 or _round(total):
        return False
    if gap > total.value * MOVED_SHARE and not all(_LEVELS.search(p.label) for p in parts):
        return False
    return any(
        gap == times * part.value and (not _round(part) or _digits(gap) > 1)
        for part in parts
        for times in _POINT_MOVES
    )


def _digits(value: Decimal) -> int:
    """How many significant digits ``value`` has (108000: 3)."""
    return len(value.normalize().as_tuple().digits)


def _round(figure: Quantity) -> bool:
    """The figure's last written digit is a 0 or it has none (25.60, 300)."""
    return not figure.ulp or figure.value % (20 * figure.ulp) == 0


def _slip_digits(gap: Decimal, finest: Decimal) -> bool:
    """The gap, in units of the last digit written, is one significant digit or two that are
    a multiple of 9: what one mistyped or two swapped digits leave."""
    units = int(gap / finest) if finest else 0
    while units and units % 10 == 0:
        units //= 10
    return units in _SLIP_DIGITS


def slip_apart(total: Quantity, parts: tuple[Quantity, ...], added: Decimal) -> bool:
    """Money parts off their total, either way, within a hundredth of it, by a gap a slip of
    one digit leaves (910.02 for 910.47: 0.45)."""
    gap = abs(total.value - added)
    if total.kind != MONEY or not 0 < gap <= total.value * SLIP_SHARE:
        return False
    return _slip_digits(gap, min(2 * q.ulp for q in (total, *parts)))


def written_as(value: Decimal, like: Quantity) -> Decimal:
    """``value`` rounded half-up to the last digit ``like`` is written to."""
    digit = 2 * like.ulp
    if not digit:
        return value
    return (value / digit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * digit
